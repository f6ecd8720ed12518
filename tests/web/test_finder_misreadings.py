"""Goals the finder misread, as learners write them, through the finder's API, its page and the CLI.

A roadmap named outright is followed by its neighbours (what it shares, what it builds on), not by roadmaps that use
a word of its name; a topic many roadmaps teach is ordered by how they teach it; a field the catalog has no roadmap
for is said plainly, with the nearest roadmaps; the learner's everyday words (an online store, ChatGPT apps, a parking
lot to design) are read as what they mean.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.catalog import default_catalog
from roadmapfinder.cli.app import app
from roadmapfinder.understanding import generate_roadmap
from roadmapfinder.understanding.lexicon import NOT_TAUGHT
from tests.helpers import check_openapi, text

pytestmark = pytest.mark.usefixtures("use_shipped_catalog")


def _picks(goal: str, purpose: str = "job") -> list[str]:
    found = _finder(goal, purpose)
    return [r["slug"] for r in found["recommendations"]]


def _finder(goal: str, purpose: str = "job") -> dict[str, Any]:
    response = Client().post("/api/v1/finder", {"goal": goal, "purpose": purpose}, content_type="application/json")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "first", "among", "never"),
    [
        ("full stack", "full-stack", {"frontend"}, {"elasticsearch", "nextjs"}),
        ("data engineering", "data-engineer", {"data-analyst"}, {"prompt-engineering", "game-developer", "ai-agents"}),
        ("engineering manager", "engineering-manager", {"product-manager"}, {"prompt-engineering", "ai-agents"}),
        ("embedded", "embedded-systems", {"cpp"}, {"ai-engineer", "ai-agents", "prompt-engineering"}),
        ("system design", "system-design", {"backend"}, {"ux-design", "design-system"}),
        ("distributed systems", "system-design", {"backend"}, {"ux-design", "design-system"}),
        ("system design interview prep", "system-design", {"backend"}, {"ux-design", "design-system"}),
        ("uber clone design", "system-design", {"backend"}, {"ux-design", "technical-writer", "product-manager"}),
        ("computer vision", "machine-learning", set(), set()),
        ("automate boring stuff at work", "python", set(), {"qa-engineer", "network-engineer"}),
        ("chatgpt apps", "ai-engineer", set(), {"ios", "android", "swiftui", "flutter", "react-native"}),
        ("make an online store", "wordpress", set(), {"machine-learning", "game-developer", "redis", "swiftui"}),
        ("big data", "data-engineer", {"data-scientist"}, {"dsa"}),
        ("i want to learn big data", "data-engineer", {"data-scientist"}, {"dsa"}),
    ],
)
def test_a_goal_leads_where_a_mentor_would(
    goal: str, purpose: str, first: str, among: set[str], never: set[str]
) -> None:
    picks = _picks(goal, purpose)
    assert picks[0] == first, picks
    assert among <= set(picks), picks
    assert not never & set(picks), picks


@pytest.mark.parametrize(
    ("goal", "purpose", "expected"),
    [
        ("how the internet works", "job", {"network-engineer", "computer-science"}),
        ("operating systems", "job", {"site-reliability", "linux", "cyber-security", "computer-science"}),
        ("get into cloud", "job", {"cloud-engineer"}),
        ("i am a accountant and want to learn coding", "job", {"data-analyst"}),
    ],
)
def test_the_first_pick_is_a_fair_start(goal: str, purpose: str, expected: set[str]) -> None:
    picks = _picks(goal, purpose)
    assert picks[0] in expected, picks


@pytest.mark.parametrize(
    ("goal", "never"),
    [
        ("prepare for faang interviews", "bi-analyst"),
        ("design a parking lot", "ux-design"),
        ("low level design", "ux-design"),
        ("object oriented design interview", "ux-design"),
        ("i am a accountant and want to learn coding", "aws"),
        ("operating systems", "penetration-tester"),
        # a platformer is a 2D game, not a software platform (Flutter's platform integration, MLOps' platforms)
        ("make a 2d platformer", "flutter"),
        ("make a 2d platformer in godot", "mlops"),
        ("platformer", "devops"),
    ],
)
def test_no_pick_comes_from_a_word_it_only_shares(goal: str, never: str) -> None:
    for purpose in ("job", "freelance", "hobby"):
        assert never not in _picks(goal, purpose), (purpose, _picks(goal, purpose))


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize("goal", ["i want to make a platformer game", "make a platformer game", "platformer games"])
def test_the_field_word_of_a_topic_adds_no_pick_its_words_find(goal: str, purpose: str) -> None:
    # "game" beside "platformer" says what 2D game development says already: searched as the field's words
    # ("game developer"), it found Flutter and API Design by "developer" and "development"
    picks = _picks(goal, purpose)
    assert picks[0] == "game-developer"
    assert picks == _picks("platformer", purpose)
    assert not {"flutter", "api-design", "frontend", "devrel"} & set(picks), picks


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize("goal", ["html for web", "css for web", "web development for beginners", "python for web"])
def test_the_web_words_of_a_frameworks_alias_make_it_no_pick(goal: str, purpose: str) -> None:
    # "web" searched as its field's words ("web development") named ASP.NET Core and PHP by their aliases ".net web
    # developer" and "php web development" (and Rails by "ruby web development"), and a hobbyist asking for HTML for
    # the web got ASP.NET Core second; the learner named none of them ("python for web" guards Python and Django)
    picks = _picks(goal, purpose)
    assert not {"aspnet-core", "php"} & set(picks), picks
    assert {"frontend", "django"} & set(picks), picks


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize("topic", ["html", "css"])
def test_web_beside_a_topic_of_the_web_roadmaps_adds_nothing(topic: str, purpose: str) -> None:
    # the web field's own roadmaps are those its words name, Frontend and Full-Stack ("web developer"), which teach HTML
    # and CSS: "for web" says no more than the topic, as "game" in "platformer game"
    assert _picks(f"{topic} for web", purpose) == _picks(topic, purpose)


def test_html_for_web_from_the_command_line_starts_with_the_web_roadmaps() -> None:
    result = CliRunner().invoke(
        app,
        ["finder", "--goal", "html for web", "--known", "", "--hours", "5", "--purpose", "hobby", "--json"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert [r["slug"] for r in json.loads(result.output)["recommendations"]] == ["html-css", "frontend", "javascript"]


@pytest.mark.parametrize("purpose", ["job", "freelance"])
def test_a_field_alone_is_not_hedged_with_what_its_word_points_to(purpose: str) -> None:
    found = _finder("web", purpose)
    assert "As you typed it" not in found["message"]
    assert "aspnet-core" not in [r["slug"] for r in found["recommendations"]]


def test_a_field_without_a_roadmap_is_said_plainly_with_the_nearest() -> None:
    found = _finder("robotics", "hobby")
    assert found["message"] == (
        "We have no roadmap for “robotics”. The nearest we have are Embedded Systems, C++ and Python."
    )
    assert [r["slug"] for r in found["recommendations"]] == ["embedded-systems", "cpp", "python"]
    assert all(r["reason"].startswith("We have no roadmap for robotics") for r in found["recommendations"])
    assert found["not_understood"] == [], "understood: a field with no roadmap, said so above"


def test_beside_a_subject_it_has_the_missing_field_is_said_too() -> None:
    found = _finder("python for robotics", "hobby")
    assert found["recommendations"][0]["slug"] == "python"
    assert "We have no roadmap for “robotics”." in found["message"]
    assert "We did not understand" not in found["message"]


def test_the_finder_page_and_the_cli_say_the_same() -> None:
    page = text(Client().get("/finder", {"goal": "robotics", "purpose": "hobby", "hours": "6"}).content.decode())
    assert "We have no roadmap for “robotics”" in page
    assert "Embedded Systems" in page
    result = CliRunner().invoke(
        app, ["finder", "--goal", "robotics", "--purpose", "hobby", "--hours", "6", "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert [r["slug"] for r in json.loads(result.output)["recommendations"]] == ["embedded-systems", "cpp", "python"]


def test_a_reading_of_ours_is_said_as_ours_not_as_what_the_learner_asked() -> None:
    found = _finder("i am a accountant and want to learn coding", "job")
    assert found["recommendations"][0]["reason"].startswith("We read “accountant” as Data Analyst")


def test_the_nearest_roadmaps_exist() -> None:
    catalog = default_catalog()
    for slugs in NOT_TAUGHT.values():
        for slug in slugs:
            catalog.roadmap(slug)


@pytest.mark.parametrize(
    ("goal", "first", "never"),
    [
        ("nlp", "ai-engineer", {"go", "ruby", "rust", "javascript"}),
        ("build a chatbot", "ai-engineer", {"technical-writer"}),
        ("growth hacking", "product-manager", set()),
    ],
)
def test_a_learner_word_is_what_it_means(goal: str, first: str, never: set[str]) -> None:
    picks = _picks(goal)
    assert picks[0] == first, picks
    assert not never & set(picks), picks


@pytest.mark.parametrize(
    "goal",
    [
        "get a job in tech fast",
        "im a lawyer wanting to code",
        "hoping to get into tech",
        # what the learner does now is their background, not something to learn or to search for
        "i'm a teacher and want to get into tech",
        "im a teacher",
        "i'm a chef and want to code",
        "career switch from marketing",
        # how, where and for how much, not what
        "no degree tech job",
        "highest paying tech job",
        "i want to work remotely",
    ],
)
def test_a_goal_with_no_subject_gets_the_field_question_not_a_guess(goal: str) -> None:
    found = _finder(goal)
    assert found["recommendations"] == []
    assert found["follow_up"]["question"] == "Which field interests you?"


@pytest.mark.parametrize(("query", "never"), [("embedded", "ai-engineer"), ("operating systems", "penetration-tester")])
def test_search_keeps_words_apart_that_only_share_a_stem(query: str, never: str) -> None:
    response = Client().get("/api/v1/search", {"q": query})
    roadmaps = [r["slug"] for r in response.json()["results"] if r["kind"] == "roadmap"]
    assert never not in roadmaps[:3], roadmaps


def test_search_has_nothing_for_robotics_rather_than_robots_txt() -> None:
    result = CliRunner().invoke(app, ["search", "robotics", "--json"], catch_exceptions=False)
    assert json.loads(result.output)["results"] == []


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "said", "nearest"),
    [
        ("scrum", "scrum", ["product-manager", "engineering-manager"]),
        ("agile", "agile", ["product-manager", "engineering-manager"]),
        ("i want to be a scrum master", "scrum master", ["product-manager", "engineering-manager"]),
        ("agile coach", "agile coach", ["product-manager", "engineering-manager"]),
        ("project manager", "project manager", ["product-manager", "engineering-manager"]),
        ("it support", "it support", ["linux", "network-engineer", "cyber-security"]),
        ("help desk", "help desk", ["linux", "network-engineer", "cyber-security"]),
    ],
)
def test_a_role_without_a_roadmap_is_said_plainly_with_only_the_nearest(
    goal: str, purpose: str, said: str, nearest: list[str]
) -> None:
    found = _finder(goal, purpose)
    assert [r["slug"] for r in found["recommendations"]] == nearest
    assert f"We have no roadmap for “{said}”." in found["message"]
    assert all(r["reason"].startswith(f"We have no roadmap for {said}") for r in found["recommendations"])


def test_a_topic_without_a_roadmap_says_how_it_was_read() -> None:
    found = _finder("scrum")
    assert found["message"] == (
        "We read “scrum” as Agile teamwork and collaboration, taught inside other roadmaps. "
        "We have no roadmap for “scrum”. The nearest we have are Product Manager and Engineering Manager."
    )


@pytest.mark.parametrize("goal", ["fastapi", "i want to learn fastapi", "fast api"])
@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
def test_a_framework_leads_with_its_language(goal: str, purpose: str) -> None:
    assert _picks(goal, purpose)[0] == "python", _picks(goal, purpose)


@pytest.mark.parametrize("goal", ["get into cloud", "cloud"])
@pytest.mark.parametrize("purpose", ["freelance", "hobby"])
def test_cloud_as_a_hobby_starts_with_the_cloud_not_a_tool_for_it(goal: str, purpose: str) -> None:
    assert _picks(goal, purpose)[0] == "aws", _picks(goal, purpose)


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "among", "never"),
    [
        # what comes after a roadmap named outright: how far it takes the learner into another too, not only what
        # another teaches of it ("docker" was followed by DevSecOps, for container security: see below)
        ("unreal engine", {"cpp"}, {"site-reliability", "software-engineer", "engineering-manager", "qa-engineer"}),
        ("unity", {"csharp"}, set()),
        ("go", {"csharp", "backend", "software-engineer"}, set()),  # one of them, and three picks
        ("golang", {"csharp", "backend", "software-engineer"}, set()),
        ("rust", {"software-engineer"}, set()),
        ("game developer", {"csharp", "cpp"}, {"frontend", "devrel"}),
        ("qa engineer", {"software-engineer"}, {"game-developer"}),
        ("android developer", {"kotlin", "ios"}, {"devrel"}),
        ("flutter", {"ios"}, set()),
        ("mongodb", {"sql"}, set()),
        # a framework leads to the language it is written in
        ("flask", {"python", "backend"}, set()),
        ("i want to learn flask", {"python"}, set()),
        # a person's job is not a product: "worker" is not Cloudflare Workers
        ("im a retail worker wanting to get into tech", set(), {"cloudflare"}),
        # a common goal is what it is made with, not the words it shares (Cloudflare's bot protection)
        ("make a discord bot", {"python", "nodejs"}, {"cloudflare", "devrel", "code-review"}),
        ("learn to make discord bots", {"python"}, {"cloudflare"}),
        ("build a telegram bot", {"python"}, {"cloudflare"}),
        ("minecraft mods", {"java"}, {"go"}),
    ],
)
def test_the_next_picks_are_where_a_mentor_would_send_you(
    goal: str, purpose: str, among: set[str], never: set[str]
) -> None:
    picks = _picks(goal, purpose)
    if goal in ("go", "golang"):  # a language with no neighbour had no next pick at all
        assert len(picks) == 3, picks
        assert among & set(picks), picks
    else:
        assert among <= set(picks), picks
    assert not never & set(picks), picks


@pytest.mark.parametrize("purpose", ["job", "freelance"])
def test_docker_for_work_leads_on_to_devops(purpose: str) -> None:
    """DevSecOps, which teaches Docker's rarest topics (container security), came before DevOps, a tenth of which is
    what Docker teaches."""
    assert _picks("docker", purpose)[1:] in (["devops", "kubernetes"], ["kubernetes", "devops"])


def test_a_common_goal_says_how_it_was_read_with_an_undo() -> None:
    found = _finder("make a discord bot")
    assert found["message"] == (
        "We read “discord bot” as Chat bots, made with Python and Node.js. The roadmap built for it, Chat bots, comes "
        "first; the whole roadmaps after it are longer."
    )
    assert found["interpretation"]["meanings"][0]["how"] == "synonym"  # our reading: the page offers its Undo
    assert found["recommendations"][0]["reason"].startswith("It teaches what “discord bot” is made with.")
    undone = Client().post(
        "/api/v1/finder", {"goal": "make a discord bot", "plain": ["discord bot"]}, content_type="application/json"
    )
    assert [r["slug"] for r in undone.json()["recommendations"]][:1] != ["python"]


@pytest.mark.parametrize(
    "goal", ["i want to protect my company from hackers", "how do i protect my website from hackers"]
)
def test_protecting_from_hackers_is_defending_as_the_generator_reads_it_with_an_undo(goal: str) -> None:
    """The finder read "hackers" as Penetration testing methodology and led with the Penetration Tester roadmap,
    "protect" not understood, where the generator builds Cyber Security's foundations ("Defending against
    attackers")."""
    found = _finder(goal)
    said = goal.removeprefix("i want to ").removeprefix("how do i ")
    assert found["message"] == (
        f"We read “{said}” as Defending against attackers, which starts with the foundations of Cyber Security."
    )
    assert found["not_understood"] == []
    (meaning,) = found["interpretation"]["meanings"]
    assert (meaning["said"], meaning["how"]) == (said, "synonym")  # our reading: the page offers its Undo
    assert [r["key"] for r in meaning["roadmaps"]] == ["cyber-security"]
    picks = found["recommendations"]
    assert picks[0]["slug"] == "cyber-security"
    assert picks[0]["reason"].startswith(f"Its foundations are what “{said}” asks for.")
    assert generate_roadmap(default_catalog(), goal=goal).title == "Defending against attackers"
    undone = Client().post("/api/v1/finder", {"goal": goal, "plain": [said]}, content_type="application/json").json()
    assert undone["recommendations"][0]["slug"] == "penetration-tester", "undone: read as typed, as before"
    page = text(Client().get("/finder", {"goal": goal, "purpose": "job", "hours": "6"}).content.decode())
    assert "Defending against attackers" in page
    cli = CliRunner().invoke(
        app, ["finder", "--goal", goal, "--known", "", "--hours", "6", "--purpose", "job"], catch_exceptions=False
    )
    assert "Defending against attackers" in cli.output
    assert f"--plain '{said}'" in " ".join(cli.output.split())


@pytest.mark.parametrize(
    ("goal", "message", "first"),
    [
        # who the learner is, opening the goal, is not what to learn: "coach" was Feedback and coaching; it is their
        # background, as the generator says (it was "not understood")
        (
            "rugby coach who wants to learn data analysis",
            "We read “data analysis” as Data Analyst. “rugby coach”: your background, not what to learn.",
            "data-analyst",
        ),
        ("as a coach, i want to learn sql", "We read “sql” as SQL. We did not understand “coach”.", "sql"),
        # a server written in a language is that language's, not nginx beside it
        ("build a web server in go", "We read “web server in go” as HTTP services with net/http.", "go"),
        ("write a web server in rust", "We read “web server in rust” as Web services in Rust (axum, SQLx).", "rust"),
        ("set up nginx as a web server", "We read “nginx” as Web servers and reverse proxies.", None),  # guard
    ],
)
def test_the_finder_reads_the_learner_and_the_thing_written_in_a_language_as_the_generator(
    goal: str, message: str, first: str | None
) -> None:
    found = _finder(goal)
    assert found["message"].startswith(message), found["message"]
    if first is not None:
        assert found["recommendations"][0]["slug"] == first
    said = {m["said"] for m in found["interpretation"]["meanings"]}
    understood = generate_roadmap(default_catalog(), goal=goal).understood
    read = [u.said for u in understood if u.means[0].key != "background"]  # the background: in the message
    assert read == sorted(said, key=goal.find), "the generator reads it alike"


@pytest.mark.parametrize(
    ("goal", "said"),
    [("make money online with coding", "money online with coding"), ("how can i make money coding", "money coding")],
)
def test_earning_with_code_is_read_as_making_websites_for_clients_as_the_generator_builds_it(
    goal: str, said: str
) -> None:
    """The finder asked "make money online with coding" which field (the generator answered "learn to code" and never
    said a word about the money): earning with code, nothing else named, is read as websites for paying clients, the
    way "websites for money" is, said as our reading with its undo; a skill or a thing named is that, for money."""
    found = _finder(goal)
    assert found["message"].startswith(f"We read “{said}” as Building websites for clients")
    assert found["recommendations"][0]["slug"] == "wordpress"
    assert found["follow_up"] is None
    (meaning,) = found["interpretation"]["meanings"]
    assert (meaning["said"], meaning["how"]) == (said, "synonym")
    roadmap = generate_roadmap(default_catalog(), goal=goal)
    assert roadmap.title == "Building websites for clients"
    assert "commonest way to start earning with code" in " ".join(roadmap.notes)
    assert _picks("make money online with coding in python")[0] == "python"  # a skill named is that skill


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("keep hackers out of my network", "keep hackers out of my network"),
        ("how do i stop hackers getting into our company network", "stop hackers getting into our company network"),
    ],
)
def test_a_network_kept_from_hackers_is_the_learners_own_not_the_network_engineer_job(goal: str, said: str) -> None:
    """The finder led "keep hackers out of my network" with Network Engineer ("network" as the career, "out" as
    MongoDB's aggregation pipeline, "keep" searched), and the generator built Network Engineer beside the defenders'
    foundations: what is defended is read with the phrase (`GoalSense.targets`), on every surface, and undone it is
    read as typed."""
    found = _finder(goal)
    assert found["message"] == (
        f"We read “{said}” as Defending against attackers, which starts with the foundations of Cyber Security."
    )
    assert found["not_understood"] == []
    picks = [r["slug"] for r in found["recommendations"]]
    assert picks[0] == "cyber-security", picks
    assert "network-engineer" not in picks, picks
    roadmap = generate_roadmap(default_catalog(), goal=goal)
    assert (roadmap.title, roadmap.not_understood) == ("Defending against attackers", [])
    assert [u.said for u in roadmap.understood] == [said]
    undone = Client().post("/api/v1/finder", {"goal": goal, "plain": [said]}, content_type="application/json").json()
    assert "network-engineer" in [r["slug"] for r in undone["recommendations"]], "undone: read as typed, as before"
    cli = CliRunner().invoke(
        app, ["finder", "--goal", goal, "--known", "", "--hours", "6", "--purpose", "job"], catch_exceptions=False
    )
    assert "Defending against attackers" in cli.output
    assert "network-engineer" not in cli.output


def test_a_framework_says_the_language_it_is_written_in() -> None:
    python = next(r for r in _finder("flask")["recommendations"] if r["slug"] == "python")
    assert python["reason"].startswith("“flask” is written in Python, so learn it first unless you know it already.")


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    "goal", ["i like drawing and want to do something with computers", "i like drawing", "digital art"]
)
def test_drawing_is_said_to_have_no_roadmap_with_design_frontend_and_games_nearest(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    assert [r["slug"] for r in found["recommendations"]] == ["ux-design", "frontend", "game-developer"]
    assert "We have no roadmap for" in found["message"]
    assert "Computer Science" not in found["message"]
    assert "We did not understand" not in found["message"]


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize("goal", ["fix computers for a living", "i want to fix computers", "repair laptops"])
def test_fixing_computers_is_it_support_said_plainly(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    assert [r["slug"] for r in found["recommendations"]] == ["linux", "network-engineer", "cyber-security"]
    assert "We have no roadmap for" in found["message"]
    assert "The nearest we have are Linux, Network Engineer and Cyber Security." in found["message"]
    assert "Computer Science" not in found["message"]


@pytest.mark.parametrize(
    "goal",
    [
        "something with computers",
        "something creative with computers",
        "work from home",
        "make money online",
        "i want to be a programer",  # misspelt learner talk is still talk, not a word of a name to search
        "i know nothing about computers",
        "zero experience, want a tech job",
        "complete beginner want to learn coding",
    ],
)
def test_computers_home_and_online_are_no_subject(goal: str) -> None:
    found = _finder(goal)
    assert found["recommendations"] == []
    assert found["follow_up"]["question"] == "Which field interests you?"


@pytest.mark.parametrize(
    ("goal", "first"),
    [
        ("cybersecurity but i know nothing", "cyber-security"),
        ("complete beginner web dev", "frontend"),
        ("absolute beginner python", "python"),
        ("devops from scratch", "devops"),
    ],
)
def test_starting_from_nothing_is_a_level_not_a_subject(goal: str, first: str) -> None:
    found = _finder(goal)
    assert found["recommendations"][0]["slug"] == first
    assert "We did not understand" not in found["message"]
    assert "We searched for" not in found["message"]
    assert "You said you start from the beginning" in found["message"]
    assert found["interpretation"]["starting"] is True


def test_starting_from_nothing_is_said_beside_the_field_question() -> None:
    found = _finder("i know nothing about computers")
    assert "You said you start from the beginning" in found["message"]


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize("goal", ["make video games", "i want to make video games", "make computer games"])
def test_video_games_is_one_phrase_the_games_field_said_as_a_person_would(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    assert found["recommendations"][0]["slug"] == "game-developer"
    assert len(found["recommendations"]) == 3  # the field's one roadmap is followed by what it shares most with
    assert "as the field of making games" in found["message"]
    assert "More specialisations" not in found["message"]
    assert "We searched for" not in found["message"]
    assert "We did not understand" not in found["message"]


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("websites", "the field of web development"),
        ("phone apps", "the field of phone apps"),
        ("cloud stuff", "the field of cloud and DevOps"),
        ("how do i become a hacker", "the field of security"),
    ],
)
def test_a_field_is_named_as_a_person_would(goal: str, said: str) -> None:
    message = _finder(goal)["message"]
    assert said in message
    assert "a field (" not in message


@pytest.mark.parametrize(
    ("goal", "first", "said"),
    [
        ("web develpment", "frontend", "“develpment” as “development”"),
        ("machine lerning", "machine-learning", "“lerning” as “learning”"),
        ("deep lerning", "machine-learning", "“lerning” as “learning”"),
        ("i want to learn machine lerning", "machine-learning", "“lerning” as “learning”"),
    ],
)
def test_a_misspelt_word_of_a_name_or_of_learner_talk_is_fixed(goal: str, first: str, said: str) -> None:
    found = _finder(goal)
    assert found["recommendations"][0]["slug"] == first
    assert said in found["message"]
    assert "We did not understand" not in found["message"]
    assert "We searched for" not in found["message"]


def test_the_finder_page_says_what_it_read_in_words_and_no_category_names() -> None:
    page = text(Client().get("/finder", {"goal": "make video games", "purpose": "hobby"}).content.decode())
    assert "the field of making games" in page
    assert "More specialisations" not in page
    assert "Game Developer" in page


@pytest.mark.parametrize(
    ("goal", "not_read_as"),
    [
        ("analyze data", "postgresql-query-planning"),
        ("i want to analyze data", "postgresql-query-planning"),
        ("protect my website", "typescript-classes"),
        ("protect my computer from hackers", "typescript-classes"),
        ("3d modeling", "swiftdata"),
        ("i like 3d modeling", "swiftdata"),
        ("speech recognition", "team-culture-values"),
        ("image recognition", "team-culture-values"),
        ("secure my home network", "comptia-security-plus"),
        ("i want to find a job in data", "mongodb-crud"),
        ("i just want to make websites", "makefiles"),
        ("apps that are safe for kids", "crypto-wallets-keys"),
        ("i want to watch less tv and code more", "vue-reactivity"),
        ("aspiring frontend developer", "dotnet-aspire"),
        ("virtual reality", "linux-virtualization"),
    ],
)
def test_an_everyday_word_is_not_read_as_a_topic(goal: str, not_read_as: str) -> None:
    meanings = _finder(goal)["interpretation"]["meanings"]
    assert not_read_as not in {t["key"] for m in meanings for t in m["topics"]}, meanings


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "picks", "said"),
    [
        ("i'm good at maths", ["data-scientist", "machine-learning", "dsa"], "use maths most"),
        ("i love math", ["data-scientist", "machine-learning", "dsa"], "use maths most"),
        ("mathematics", ["data-scientist", "machine-learning", "dsa"], "use maths most"),
        ("i love puzzles and logic", ["dsa", "computer-science", "penetration-tester"], "logic and solving puzzles"),
        ("i like solving problems", ["dsa", "computer-science", "penetration-tester"], "logic and solving puzzles"),
        ("help people with tech problems", ["linux", "network-engineer", "cyber-security"], "IT support"),
        ("i want to fix people's computer problems", ["linux", "network-engineer", "cyber-security"], "IT support"),
        ("virtual reality", ["game-developer", "csharp", "cpp"], "nearest"),
    ],
)
def test_an_interest_without_a_roadmap_names_the_roadmaps_that_use_it_and_why(
    goal: str, purpose: str, picks: list[str], said: str
) -> None:
    found = _finder(goal, purpose)
    assert [r["slug"] for r in found["recommendations"]] == picks
    assert "We have no roadmap for" in found["message"]
    assert said in found["message"]
    assert "We searched for" not in found["message"]


def test_an_interest_card_says_why_it_is_offered() -> None:
    reason = _finder("i'm good at maths")["recommendations"][0]["reason"]
    assert reason.startswith("We have no roadmap for maths; it is one of the roadmaps that use maths most.")


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "never"),
    [
        ("big data", {"dsa"}),
        ("i want to learn big data", {"dsa"}),
        ("computer vision", {"computer-science", "network-engineer", "aws"}),
        ("how the internet works", {"docker", "api-design", "embedded-systems"}),
        ("learn how the internet works", {"docker", "api-design", "embedded-systems"}),
    ],
)
def test_a_topic_goal_offers_what_teaches_it_not_what_shares_a_word(goal: str, purpose: str, never: set[str]) -> None:
    picks = _picks(goal, purpose)
    assert len(picks) == 3, picks
    assert not never & set(picks), picks


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
def test_how_the_internet_works_is_networking_first(purpose: str) -> None:
    found = _finder("how the internet works", purpose)
    assert found["recommendations"][0]["slug"] == "network-engineer"
    assert "Networking fundamentals" in found["message"]


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize("goal", ["python and agile", "python and scrum", "agile and python"])
def test_a_role_without_a_roadmap_beside_a_subject_chooses_no_pick(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    assert [r["slug"] for r in found["recommendations"]] == _picks("python", purpose)
    assert "We have no roadmap for" in found["message"]


def test_a_misspelt_word_of_learner_talk_can_be_undone() -> None:
    found = _finder("machine lerning")
    meaning = found["interpretation"]["meanings"][0]
    assert (meaning["said"], meaning["corrected"], meaning["how"]) == (
        "machine lerning",
        "machine learning",
        "spelling",
    )
    undone = (
        Client()
        .post(
            "/api/v1/finder", {"goal": "machine lerning", "plain": ["machine lerning"]}, content_type="application/json"
        )
        .json()
    )
    assert "“lerning” as “learning”" not in undone["message"]
    assert "As you asked, we read “machine lerning” word by word." in undone["message"]


def test_the_finder_page_says_the_interest_in_words_and_names_not_ids() -> None:
    page = text(Client().get("/finder", {"goal": "i'm good at maths", "purpose": "job"}).content.decode())
    assert "The roadmaps that use maths most are Data Scientist" in page
    assert "data-scientist" not in page.replace("/roadmaps/data-scientist", "")


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
def test_protecting_a_website_from_ddos_is_cloudflare_not_typescript(purpose: str) -> None:
    found = _finder("protect my website from ddos attacks and bots", purpose)
    assert "cloudflare" in [r["slug"] for r in found["recommendations"]]
    assert "TypeScript" not in found["message"]


@pytest.mark.parametrize(
    "goal", ["i'm good at maths", "robotics", "i want to be a scrum master", "fix computers for a living"]
)
def test_a_field_said_to_have_no_roadmap_is_not_also_not_understood(goal: str) -> None:
    found = _finder(goal)
    assert "We have no roadmap for" in found["message"]
    assert found["not_understood"] == [], found["not_understood"]
    assert "Not understood" not in text(Client().get("/finder", {"goal": goal, "purpose": "job"}).content.decode())


def _topics_read(goal: str) -> set[str]:
    return {t["key"] for m in _finder(goal)["interpretation"]["meanings"] for t in m["topics"]}


@pytest.mark.parametrize(
    ("goal", "meant", "never"),
    [
        # a stem shared by other words is not their subject: transformers are models, not CSS or game transforms
        ("transformers", {"transformer-architecture"}, {"css-animations", "game-math"}),
        ("i want to understand transformers", {"transformer-architecture"}, {"css-animations", "game-math"}),
        ("ui", set(), {"oop"}),  # designing interfaces, not the interfaces of object-oriented code
        ("access", set(), {"accessible-design", "web-accessibility"}),
        ("accessibility", {"accessible-design"}, set()),
        ("queues", {"message-brokers"}, {"data-structures"}),
        ("aggregations", set(), {"django-orm-queries", "domain-driven-design"}),
        ("virtual machines", {"linux-virtualization"}, {"compilers-interpreters"}),
    ],
)
def test_a_word_is_read_as_a_learner_means_it(goal: str, meant: set[str], never: set[str]) -> None:
    read = _topics_read(goal)
    assert meant <= read, read
    assert not never & read, read


def test_ui_is_designing_user_interfaces() -> None:
    assert _picks("ui")[0] == "ux-design"


@pytest.mark.parametrize(
    ("goal", "first", "second", "among"),
    [
        # a phrase made of two roadmaps' names joins them, with nothing in between
        ("rust for embedded", "rust", "embedded-systems", set()),
        # what teaches compilers, then what the word finds: C++ compilers and their build pipeline
        ("compilers", "computer-science", None, {"cpp"}),
    ],
)
def test_a_topic_goal_is_followed_by_what_its_own_words_find(
    goal: str, first: str, second: str | None, among: set[str]
) -> None:
    picks = _picks(goal)
    assert picks[0] == first, picks
    if second is not None:
        assert picks[1] == second, picks
    assert among <= set(picks), picks


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
def test_games_in_unity_are_followed_by_game_developers_neighbours(purpose: str) -> None:
    picks = _picks("vr games in unity", purpose)
    assert picks[0] == "game-developer", picks
    assert not {"devrel", "frontend"} & set(picks), picks


@pytest.mark.parametrize("goal", ["my goal is to become a data analyst", "my goal is to learn rust"])
def test_my_goal_is_to_searches_the_goal_not_the_word_goal(goal: str) -> None:
    found = _finder(goal)
    assert "goal" not in found["not_understood"]
    assert "“goal”" not in found["message"]
    assert not {"product-manager", "devrel"} & {r["slug"] for r in found["recommendations"]}


GODOT = "i know a bit of python and want to make games in godot"


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
def test_what_the_goal_says_the_learner_knows_is_counted_as_known_not_searched(purpose: str) -> None:
    found = _finder(GODOT, purpose)
    check_openapi("/api/v1/finder", 200, found, method="post")
    picks = [r["slug"] for r in found["recommendations"]]
    assert picks[0] == "game-developer", picks
    assert not {"python", "ai-engineer", "data-scientist"} & set(picks), "Python is what they know, not a goal"
    assert found["message"].startswith(
        "Read apart from your goal: “i know a bit of python” → what you know: Python basics."
    )
    (said,) = found["goal_known"]
    assert (said["said"], said["how"], [m["name"] for m in said["means"]]) == (
        "i know a bit of python",
        "known",
        ["Python basics"],
    )
    assert "python-basics" in found["known"], "left out of the estimates, as `known` would be"
    assert "python" not in [m["said"] for m in found["interpretation"]["meanings"]]


def test_its_undo_reads_the_clause_as_typed_as_before() -> None:
    answers = {"goal": GODOT, "purpose": "job", "plain": ["i know a bit of python"]}
    response = Client().post("/api/v1/finder", answers, content_type="application/json")
    found = response.json()
    assert found["goal_known"] == []
    assert "python" in [r["slug"] for r in found["recommendations"]]
    assert "As you asked, we read “i know a bit of python” word by word." in found["message"]


def test_what_the_goal_says_the_learner_does_not_know_is_neither_known_nor_searched() -> None:
    found = _finder("i don't know python, want to learn java")
    picks = [r["slug"] for r in found["recommendations"]]
    assert picks[0] == "java", picks
    assert "python" not in picks
    (said,) = found["goal_known"]
    assert said["denied"]
    assert said["said"] == "i don't know python"
    assert found["known"] == []
    assert "don't" not in found["not_understood"]


def test_the_finder_page_says_it_with_an_undo_and_hands_it_to_the_plan() -> None:
    client = Client()
    page = client.get("/finder", {"goal": GODOT, "hours": "10", "purpose": "hobby"}).content.decode()
    shown = text(page)
    assert "From your goal: “i know a bit of python” → what you know: Python basics Undo" in shown
    assert "Counted as known, and left out of the estimates: Python basics." in shown
    plan = re.search(r'href="(/generate\?roadmap=game-developer[^"]+)"', page)
    assert plan is not None
    assert "known=i%20know%20a%20bit%20of%20python" in plan.group(1), "the plan reads the same words"
    undo = re.search(r'From your goal: [^<]*<a class="undo" href="([^"]+)"', page)
    assert undo is not None
    again = text(client.get(undo.group(1).replace("&amp;", "&")).content)
    assert "Your goal: “python” → Python" in again, "undone: read as typed, the old reading"
    assert "From your goal" not in again


def test_the_cli_finder_says_it_too() -> None:
    result = CliRunner().invoke(
        app, ["finder", "--goal", GODOT, "--known", "", "--hours", "10", "--purpose", "job"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "“i know a bit of python” → what you know: Python basics" in result.output
    assert "(python)" not in result.output, "no Python roadmap among the picks"


@pytest.mark.parametrize(
    ("goal", "as_named", "provider"),
    [
        ("i wanna learn gcp", "i wanna learn google cloud", "Google Cloud fundamentals"),
        ("learn azure", "learn microsoft azure", "Microsoft Azure fundamentals"),
    ],
)
def test_a_cloud_provider_by_its_short_name_is_that_provider_not_the_cloud_in_general(
    goal: str, as_named: str, provider: str
) -> None:
    found, named = _finder(goal), _finder(as_named)
    said = goal.split()[-1]
    assert found["message"].startswith(f"We read “{said}” as {provider}."), found["message"]
    assert _topics_read(goal) == _topics_read(as_named), "the short name reads as the provider's own name does"
    assert "cloud-fundamentals" not in _topics_read(goal)
    assert [r["slug"] for r in found["recommendations"]] == [r["slug"] for r in named["recommendations"]]


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "word", "read_as"),
    [
        ("make a 2d platformer in godot", "2d", "2D game development"),
        ("a 3d godot game", "3d", "3D game development"),
    ],
)
def test_a_word_that_says_which_game_is_read_as_the_generator_reads_it(
    goal: str, word: str, read_as: str, purpose: str
) -> None:
    found = _finder(goal, purpose)
    check_openapi("/api/v1/finder", 200, found, method="post")
    assert found["not_understood"] == [], found["not_understood"]
    assert found["interpretation"]["loose_words"] == []
    assert f"“{word}”" in found["message"], found["message"]
    assert "name nothing on their own" not in found["message"], found["message"]
    read = {m["said"]: [t["name"] for t in m["topics"]] for m in found["interpretation"]["meanings"]}
    assert read[word] == [read_as], read
    assert found["generate"] == goal, "the generated roadmap is built on the same reading"


def test_the_finder_page_reads_2d_with_the_platformer_and_lets_it_be_undone() -> None:
    goal = "make a 2d platformer in godot"
    client = Client()
    page = client.get("/finder", {"goal": goal, "purpose": "hobby"}).content.decode()
    shown = text(page)
    assert "“2d” → 2D game development Undo" in shown, shown
    assert "Not understood" not in shown
    undo = re.search(r"“2d” → 2D game development\s*<a class=\"undo\" href=\"([^\"]+)\"", page)
    assert undo is not None
    again = client.get(undo.group(1).replace("&amp;", "&")).content.decode()
    assert "“2d” → 2D game development" not in text(again), "undone: read as typed"
    assert "We searched for “2d”" in text(again)


KNOWS_THEN_VAGUE = "i know a bit of python, i want a job in tech"


def test_each_field_link_keeps_what_the_goal_said_the_learner_knows() -> None:
    client = Client()
    page = client.get("/finder", {"goal": KNOWS_THEN_VAGUE, "hours": "10", "purpose": "job"}).content.decode()
    assert "Which field interests you?" in text(page)
    (choices,) = re.findall(r'<ul class="follow-up">(.*?)</ul>', page, re.S)
    links = [html.unescape(href) for href in re.findall(r'href="([^"]+)"', choices)]
    assert len(links) >= 9, links
    for link in links:
        answer = parse_qs(urlsplit(link).query, keep_blank_values=True)
        assert answer["known"] == ["i know a bit of python"], link
        assert (answer["hours"], answer["purpose"]) == (["10"], ["job"]), link
    chosen = text(client.get(links[0]).content)  # web
    assert "Roadmaps for you" in chosen
    assert "You know “python” → Python basics" in chosen, "the next answer still knows it"
    assert "Counted as known, and left out of the estimates: Python basics." in chosen


def test_the_api_and_the_cli_hand_the_known_clause_to_the_next_answer() -> None:
    found = _finder(KNOWS_THEN_VAGUE)
    check_openapi("/api/v1/finder", 200, found, method="post")
    assert found["follow_up"] is not None
    assert found["known_text"] == "i know a bit of python"
    result = CliRunner().invoke(
        app, ["finder", "--goal", KNOWS_THEN_VAGUE, "--known", "", "--hours", "10", "--purpose", "job"]
    )
    assert result.exit_code == 0, result.output
    assert "roadmapfinder finder --goal web --known 'i know a bit of python' --hours 10 --purpose job" in result.output


def _read(found: dict[str, Any]) -> dict[str, list[str]]:
    return {m["said"]: [r["name"] for r in [*m["topics"], *m["roadmaps"]]] for m in found["interpretation"]["meanings"]}


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize("goal", ["make a godot rpg with enemy ai", "a godot game with enemy ai"])
def test_ai_in_a_game_goal_is_the_games_enemies_as_the_generator_reads_it(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    check_openapi("/api/v1/finder", 200, found, method="post")
    read = _read(found)
    assert read["enemy ai"] == ["Game AI and pathfinding"], read
    assert "ai" not in read, "no longer Machine Learning Engineer"
    assert "Machine Learning" not in found["message"], found["message"]
    assert found["not_understood"] == [], "“enemy” is read with its ai"
    picks = {r["slug"] for r in found["recommendations"]}
    assert "game-developer" in picks
    assert not {"machine-learning", "data-scientist", "ai-engineer", "mlops"} & picks, picks
    said = {u.said: [r.name for r in u.means] for u in generate_roadmap(default_catalog(), goal=goal).understood}
    assert said["enemy ai"] == read["enemy ai"], "the generator reads it the same"


def test_an_undone_enemy_ai_is_neither_the_games_ai_nor_machine_learning_as_in_the_generator() -> None:
    goal = "make a godot rpg with enemy ai"
    response = Client().post(
        "/api/v1/finder", {"goal": goal, "purpose": "hobby", "plain": ["enemy ai"]}, content_type="application/json"
    )
    found = response.json()
    read = _read(found)
    assert "enemy ai" not in read, read
    assert "ai" not in read, read
    assert "Machine Learning" not in found["message"], found["message"]
    assert "enemy ai" in found["not_understood"], found["not_understood"]
    assert not {"machine-learning", "data-scientist"} & {r["slug"] for r in found["recommendations"]}


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize(
    ("goal", "package"),
    [("publish a python package", "python package"), ("upload my python packages", "python packages")],
)
def test_the_package_a_goal_publishes_is_packaging_as_the_generator_reads_it(
    goal: str, package: str, purpose: str
) -> None:
    found = _finder(goal, purpose)
    check_openapi("/api/v1/finder", 200, found, method="post")
    read = _read(found)
    packaging = ["Virtual environments and packaging (venv, pip, uv, pyproject.toml)"]
    assert read[package] == packaging, read
    assert "Python functions, modules and packages" not in found["message"], found["message"]
    assert "documentation" not in found["message"], "publishing a package is not hosting docs"
    assert found["recommendations"][0]["slug"] == "python"
    said = {u.said: [r.name for r in u.means] for u in generate_roadmap(default_catalog(), goal=goal).understood}
    assert said[package] == read[package], "the generator reads it the same"


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
@pytest.mark.parametrize("goal", ["how do i publish my python library to pypi", "publish a python library"])
def test_the_library_a_goal_publishes_is_understood_as_the_generator_reads_it(goal: str, purpose: str) -> None:
    found = _finder(goal, purpose)
    check_openapi("/api/v1/finder", 200, found, method="post")
    read = _read(found)
    assert read["library"] == ["Virtual environments and packaging (venv, pip, uv, pyproject.toml)"], read
    assert found["not_understood"] == [], found["not_understood"]
    assert "name nothing on their own" not in found["message"], found["message"]
    assert "documentation" not in found["message"], "a library is published to PyPI, not hosted as docs"
    said = {u.said: [r.name for r in u.means] for u in generate_roadmap(default_catalog(), goal=goal).understood}
    assert said["library"] == read["library"], "the generator reads it the same"


def _cli_finder(goal: str, *plain: str) -> str:
    undo = [arg for phrase in plain for arg in ("--plain", phrase)]
    result = CliRunner().invoke(app, ["finder", "--goal", goal, "--known", "", "--purpose", "hobby", *undo])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("goal", "offered"),
    [
        ("pyhton", "--plain pyhton"),
        ("design twitter", "--plain 'design twitter'"),
        ("a godot game with enemy ai", "--plain 'enemy ai'"),
        ("make a discord bot", "--plain 'discord bot'"),
        ("i know a bit of python, i want a job in tech", "--plain 'i know a bit of python'"),
    ],
)
def test_the_cli_finder_says_how_to_undo_a_reading_as_generate_does(goal: str, offered: str) -> None:
    shown = _cli_finder(goal)
    assert f"Not what you meant? Add {offered} to read it as typed" in shown, shown
    assert shown.count("Not what you meant?") == 1, "only what says more than its words (not “godot”, a name)"
    said = offered.removeprefix("--plain ").strip("'")
    again = _cli_finder(goal, said)
    assert "Not what you meant?" not in again, "undone: read as typed, nothing more to undo"
    assert f"we read “{said}”" in again or "We did not understand" in again, again


@pytest.mark.parametrize("goal", ["make an rpg in godot", "i want to make an rpg"])
def test_the_finder_page_offers_to_undo_rpg_read_as_the_games_field_as_the_generator_does(goal: str) -> None:
    """ "rpg" is a kind of game read as the games field, which says more than the word (lexicon.FIELD_KINDS): the
    generator offers `--plain rpg`, but the finder's "How we read you" had no line for it, so no Undo."""
    client = Client()
    page = client.get("/finder", {"goal": goal, "purpose": "hobby"}).content.decode()
    assert "Your goal: “rpg” → the field of making games Undo" in text(page), text(page)
    undo = _goal_undo(page, "“rpg” → the field of making games")
    again = text(client.get(undo).content)
    assert "“rpg” → the field of making games" not in again, "undone: read as typed"
    assert "As you asked, we read “rpg” as you typed it." in again or "We did not understand" in again, again
    said = generate_roadmap(default_catalog(), goal=goal).understood
    assert any(u.said == "rpg" and u.undoable for u in said), "the generator offers the same undo"


@pytest.mark.parametrize("goal", ["make an rpg in godot", "i want to make an rpg"])
def test_the_cli_finder_offers_to_undo_rpg_as_generate_does(goal: str) -> None:
    shown = _cli_finder(goal)
    assert "Not what you meant? Add --plain rpg to read it as typed" in shown, shown
    assert "Not what you meant? Add --plain rpg" not in _cli_finder(goal, "rpg"), "undone, nothing more to undo"


def _goal_undo(page: str, line: str) -> str:
    """The Undo link of the "How we read you" line of the goal that says `line`."""
    item = next(li for li in re.findall(r"<li>Your goal: .*?</li>", page, re.S) if line in html.unescape(li))
    found = re.search(r'class="undo" href="([^"]+)"', item)
    assert found is not None, item
    return html.unescape(found.group(1))


@pytest.mark.parametrize("goal", ["make a godot rpg with enemy ai", "a godot game with enemy ai"])
def test_an_undone_enemy_ai_is_not_understood_as_the_learners_one_phrase_as_in_the_generator(goal: str) -> None:
    """Undone, "enemy ai" was reported as two phrases not understood, “enemy”, “ai”, while the generator reports the
    learner's one phrase "enemy ai"."""
    response = Client().post(
        "/api/v1/finder", {"goal": goal, "purpose": "hobby", "plain": ["enemy ai"]}, content_type="application/json"
    )
    found = response.json()
    check_openapi("/api/v1/finder", 200, found, method="post")
    assert found["not_understood"] == ["enemy ai"], found["not_understood"]
    assert "We did not understand “enemy ai”." in found["message"], found["message"]
    generated = generate_roadmap(default_catalog(), goal=goal, plain=["enemy ai"])
    assert generated.not_understood == found["not_understood"], "the generator says the same"
    result = CliRunner().invoke(app, ["finder", "--goal", goal, "--known", "", "--plain", "enemy ai", "--json"])
    assert json.loads(result.output)["not_understood"] == ["enemy ai"]


@pytest.mark.parametrize(
    ("goal", "said", "read_as"),
    [
        ("make a 2d platformer in godot", "godot", "Godot Engine fundamentals"),
        ("make games in godot", "godot", "Godot Engine fundamentals"),
        ("i want to learn python", "python", "Python"),
    ],
)
def test_the_message_and_how_we_read_you_name_the_same_reading(goal: str, said: str, read_as: str) -> None:
    """ "godot" is only an alias of the Unity-based Game Developer roadmap: the message said “godot” as Game Developer,
    then "We have no roadmap built on Godot Engine fundamentals", while "How we read you" said “godot” → Godot Engine
    fundamentals. A phrase naming a roadmap outright ("python") is read as that roadmap, in both."""
    markup = Client().get("/finder", {"goal": goal, "purpose": "hobby"}).content.decode()
    page = text(markup)
    listed = [text(li).strip().removesuffix(" Undo") for li in re.findall(r"<li>Your goal: (.*?)</li>", markup, re.S)]
    assert f"“{said}” → {read_as}" in listed, listed
    assert f"“{said}” as Game Developer" not in page
    cli = json.loads(_cli_finder_json(goal))
    assert f"“{said}” as {read_as}" in cli["message"], cli["message"]


@pytest.mark.parametrize(
    ("goal", "known", "line", "prose"),
    [
        ("pyhton data analyst", "pyhton, sql", "Your goal: “pyhton” → Python", "We read “pyhton” as Python"),
        ("become a data analyst", "excel", "Your goal: “data analyst” → Data Analyst", "We read “data analyst”"),
        (
            "i know a bit of python and want to make games in godot",
            "",
            "From your goal: “i know a bit of python” → what you know: Python basics",
            "Read apart from your goal",
        ),
    ],
)
def test_the_finder_page_says_how_it_read_the_answers_once_under_how_we_read_you(
    goal: str, known: str, line: str, prose: str
) -> None:
    """The page said each reading twice: in the message's paragraph ("We read “pyhton” as Python") and again under
    "How we read you" ("Your goal: “pyhton” → Python Undo"). It is said once, in the list, with its Undo; what the
    message says beyond the readings stays (the API and the command line, which list no readings, keep it whole)."""
    markup = Client().get("/finder", {"goal": goal, "known": known, "purpose": "hobby"}).content.decode()
    page = text(markup)
    assert page.count(line) == 1, page
    assert prose not in page, page
    assert page.index("How we read you") < page.index(line) < page.index("Generate a plan from it")
    if "“data analyst”" not in line:  # a roadmap named outright says no more than its words: nothing to undo
        assert f"{line} Undo" in page, "its Undo stays"
    message = json.loads(_cli_finder_json(goal, known))["message"]
    assert prose in message, "the API's message stays whole"
    if "godot" in goal:
        assert "We have no roadmap built on Godot Engine fundamentals." in page, "what is beyond the readings stays"
        assert "A roadmap generated for your goal is built on it." in page


def _cli_finder_json(goal: str, known: str = "") -> str:
    result = CliRunner().invoke(app, ["finder", "--goal", goal, "--known", known, "--purpose", "hobby", "--json"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("goal", "read"),
    [
        # "match" and "skills" are no words the interpreter knows: the reading says them, never "not understood"
        ("find a job that would match my skills", " We read “match my skills” as what to learn next."),
        ("what should i learn next", ""),
        ("i want a better paying job", ""),
    ],
)
def test_a_goal_asking_which_roadmap_fits_gets_the_field_question_never_a_search_of_its_words(
    goal: str, read: str
) -> None:
    found = _finder(goal)
    assert found["recommendations"] == []
    assert found["message"] == f"“{goal}” names no one skill yet: a field narrows it down.{read}"
    assert found["not_understood"] == []
    assert found["follow_up"]["question"] == "Which field interests you?"
    refused = Client().post("/api/v1/roadmaps/generate", {"goal": goal}, content_type="application/json")
    assert refused.status_code == 404
    assert "answer the finder's four questions" in refused.json()["hint"]
    assert refused.json()["suggestions"] == []
