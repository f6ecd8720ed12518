"""The interpreter of what learners say, and the surfaces of the core that use it (finder, plan "known", search
explanations), on the issue's cases. Real names need the shipped catalog; the sample one covers the rest."""

from __future__ import annotations

from datetime import date

import pytest

from roadmapfinder.catalog import Catalog, load_catalog
from roadmapfinder.catalog.loader import catalog_in
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning import PlanRequest, build_plan
from roadmapfinder.search import recommend_roadmaps, search_catalog
from roadmapfinder.understanding import interpret, known_from
from tests.conftest import SAMPLE_CONTENT

SHIPPED: Catalog = catalog_in(None)
SAMPLE: Catalog = load_catalog(SAMPLE_CONTENT)


def topics_known(text: str, catalog: Catalog = SHIPPED) -> set[str]:
    return set(known_from(catalog, [text]).topics)


def test_a_bare_name_known_is_that_topic_never_the_whole_roadmap() -> None:
    assert topics_known("linux") == {"linux-command-line"}
    assert topics_known("python") == {"python-basics"}
    assert topics_known("i know a bit of python and excel") == {"python-basics", "spreadsheets-for-analysis"}
    reading = known_from(SHIPPED, ["Linux"])
    assert [u.line for u in reading.understood] == ["“Linux” → Linux and the command line"]


def test_a_roadmap_name_made_of_topic_names_means_those_topics() -> None:
    assert topics_known("HTML and CSS") == {"html", "css"}


def test_knowing_linux_does_not_skip_http_or_docker_in_a_backend_plan() -> None:
    plan = build_plan(SHIPPED, PlanRequest(targets=("backend",), known=("linux",)), today=date(2027, 1, 4))
    skipped = {s.id: s.reason for s in plan.skipped}
    assert skipped == {"linux-command-line": "you know it (you said “linux”)"}
    planned = {t.id for p in plan.phases for t in p.topics}
    assert {"http", "how-the-web-works"} <= planned
    assert any(t.startswith("docker") or "container" in t for t in planned)


def test_knowing_python_does_not_count_sql_docker_or_the_command_line_in_the_finder() -> None:
    found = recommend_roadmaps(SHIPPED, goal="data analyst", known="python", purpose="job")
    assert found.known == ["python-basics"]
    for recommendation in found.recommendations:
        assert set(recommendation.known_topics) <= {"python-basics"}


@pytest.mark.parametrize(
    ("said", "roadmap"), [("pyhton", "python"), ("javascrpt", "javascript"), ("kuberentes", "kubernetes")]
)
def test_misspellings_are_corrected_to_the_catalogs_names(said: str, roadmap: str) -> None:
    meaning = interpret(SHIPPED, said).meanings[0]
    assert meaning.how == "spelling"
    assert meaning.said == said, "the learner's words are quoted as written"
    assert roadmap in [r.key for r in meaning.roadmaps]


@pytest.mark.parametrize("word", ["kubernetes", "typescript", "postgresql", "terraform", "photon"])
def test_a_known_word_is_never_corrected_away(word: str) -> None:
    meaning = interpret(SHIPPED, word).meanings[0]
    assert meaning.how in ("name", "alias")
    assert meaning.corrected is None


def test_gibberish_and_making_money_are_not_understood() -> None:
    for text in ("asdf qwer zxcv", "make money", "lorem ipsum dolor"):
        reading = interpret(SHIPPED, text)
        assert not reading.understood, text
    money = interpret(SHIPPED, "build websites for money")
    assert money.understood
    assert [m.field for m in money.meanings] == ["web"]
    assert not money.topic_keys, "“money” is not the SQL money type"


def test_a_language_the_catalog_only_mentions_is_not_understood() -> None:
    for language in ("elixir", "Haskell", "clojure", "ocaml", "lua"):
        reading = interpret(SHIPPED, language)
        assert not reading.understood, language
        assert reading.not_understood == [language], "named as written, never corrected (clojure is not closure)"


def test_no_content_alias_is_an_everyday_word_in_disguise() -> None:
    assert interpret(SHIPPED, "oracle").not_understood == ["oracle"], "not the blockchain oracles topic"
    assert not interpret(SHIPPED, "exit").understood, "not Python's __exit__"
    assert "nextjs-pages-router" not in interpret(SHIPPED, "app").topic_keys


def test_everyday_words_that_are_names_need_support() -> None:
    web_design = interpret(SHIPPED, "I want to go into web design").roadmap_keys
    assert "go" not in web_design, "“go into” is not the Go language"
    assert set(web_design) == {"html-css", "ux-design"}, "web design is made of both"
    assert "go" in interpret(SHIPPED, "Go microservices on AWS").roadmap_keys
    assert "go" in interpret(SHIPPED, "python, go, rust").roadmap_keys


def test_purpose_words_set_the_purpose_not_a_subject() -> None:
    reading = interpret(SHIPPED, "react for freelance clients")
    assert reading.purpose == "freelance"
    assert reading.roadmap_keys == ["react"]
    assert reading.not_understood == []


def test_bad_text_is_refused_plainly() -> None:
    with pytest.raises(InvalidInput):
        interpret(SHIPPED, "python\x00")
    with pytest.raises(InvalidInput):
        interpret(SHIPPED, "x" * 3000)
    assert not interpret(SHIPPED, "   ").understood


def test_the_finder_asks_which_field_when_it_did_not_understand() -> None:
    found = recommend_roadmaps(SHIPPED, goal="asdf qwer zxcv")
    assert not found.understood
    assert found.recommendations == []
    assert found.follow_up is not None
    keys = [c.key for c in found.follow_up.choices]
    assert keys[:6] == ["web", "mobile", "data", "cloud", "security", "games"]
    assert "did not understand" in found.message
    answered = recommend_roadmaps(SHIPPED, goal=keys[5])
    assert answered.understood
    assert answered.recommendations[0].slug == "game-developer"


def test_make_money_is_a_follow_up_question_not_a_database_roadmap() -> None:
    found = recommend_roadmaps(SHIPPED, goal="make money")
    assert not found.understood
    assert found.follow_up is not None


def test_the_purpose_changes_the_picks_and_the_estimates() -> None:
    job = recommend_roadmaps(SHIPPED, goal="web development", purpose="job")
    hobby = recommend_roadmaps(SHIPPED, goal="web development", purpose="hobby")
    assert job.recommendations[0].kind == "role"
    # "web development" names Frontend and Full-Stack Developer ("web developer"), which lead for both purposes; a
    # hobby keeps a skill roadmap, HTML & CSS, where a job has Backend Developer
    assert [r.kind for r in hobby.recommendations].count("skill") > [r.kind for r in job.recommendations].count("skill")
    assert [r.slug for r in job.recommendations] != [r.slug for r in hobby.recommendations]
    role = recommend_roadmaps(SHIPPED, goal="frontend developer", purpose="job").recommendations[0]
    leisurely = recommend_roadmaps(SHIPPED, goal="frontend developer", purpose="hobby").recommendations[0]
    assert role.slug == leisurely.slug == "frontend"
    assert role.left_out == []
    assert leisurely.left_out, "a hobby leaves the career phases out"
    assert leisurely.weeks_max < role.whole_weeks_max  # the whole roadmap, career phases and all
    assert role.weeks_max < role.whole_weeks_max  # a job counts up to the job-ready milestone
    data_job = recommend_roadmaps(SHIPPED, goal="data", purpose="job").recommendations
    data_freelance = recommend_roadmaps(SHIPPED, goal="data", purpose="freelance").recommendations
    assert data_job[0].slug == "data-scientist"
    assert data_freelance[0].slug in {"data-analyst", "bi-analyst"}, "freelance favours what clients pay for"
    assert "Clients pay for this kind of work" in data_freelance[0].reason


def test_reasons_read_as_written_sentences() -> None:
    found = recommend_roadmaps(SHIPPED, goal="pyhton", purpose="hobby")
    first = found.recommendations[0]
    assert first.slug == "python"
    assert first.reason.startswith("You asked for Python (you wrote “pyhton”).")
    assert "Matches" not in first.reason
    assert found.message == "We read “pyhton” as Python."


def test_one_unknown_word_in_known_is_reported_not_a_refused_plan() -> None:
    request = PlanRequest(targets=("alpha-dev",), known=("markup", "qqzzx"))
    plan = build_plan(SAMPLE, request, today=date(2027, 1, 4))
    assert plan.not_understood == ("qqzzx",)
    assert [s.id for s in plan.skipped] == ["markup"]


def test_search_explanations_quote_words_never_stems() -> None:
    for query in ("k8s", "kubernetes networking", "pyhton"):
        result = search_catalog(SHIPPED, query)
        shown = [word for hit in result.results for m in hit.matched for word in m.text.replace(",", " ").split()]
        assert shown, query
        assert "kubernet" not in shown, shown
        assert "pyhton" not in shown, "explanations show the catalog's word for a misspelling"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("pyhton", "python"), ("dokcer", "docker"), ("machine lerning", "machine learning"), ("javscript", "javascript")],
)
def test_search_corrects_a_slip_to_the_name_meant_never_to_a_content_word(typed: str, meant: str) -> None:
    found = search_catalog(SHIPPED, typed)
    assert found.corrected == meant, "not “photon” for pyhton, not “leaning” for lerning"
    assert meant.split()[0] in found.results[0].title.lower()


@pytest.mark.parametrize(
    ("target", "first", "never"),
    [
        ("backnd", "Backend Developer", "API gateways and edge policies"),
        ("kubernets", "Kubernetes", "API gateways and edge policies"),
        ("reactt", "React", "Advanced prompting techniques"),
        ("fsharp", "C# and .NET", "High availability and disaster recovery"),
    ],
)
def test_close_names_for_an_unknown_plan_target_are_real_near_misses(target: str, first: str, never: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        build_plan(SHIPPED, PlanRequest(targets=(target,)), today=date(2027, 1, 4))
    close = str(refused.value).split("close names: ", 1)[1].split(")")[0].split(", ")
    assert close[0] == first
    assert never not in close, "a shared run of letters is not a near miss"


def test_a_goal_with_no_near_miss_gets_no_close_names_rather_than_noise() -> None:
    with pytest.raises(InvalidInput) as refused:
        build_plan(SHIPPED, PlanRequest(targets=("elixir",)), today=date(2027, 1, 4))
    assert "close names" not in str(refused.value), "not Data ingestion and extraction, not Incident response"


@pytest.mark.parametrize(
    ("goal", "first"),
    [
        ("manage a team of engineers", "engineering-manager"),
        ("i want to lead a team", "engineering-manager"),
        ("i want to design apps", "ux-design"),
        ("design user interfaces", "ux-design"),
        ("web design", "ux-design"),
    ],
)
def test_people_and_design_goals_find_their_roles(goal: str, first: str) -> None:
    found = recommend_roadmaps(SHIPPED, goal=goal, purpose="job")
    assert found.recommendations[0].slug == first, [r.slug for r in found.recommendations]


def test_the_follow_up_offers_the_roles_beyond_code_and_design_is_that_field() -> None:
    lost = recommend_roadmaps(SHIPPED, goal="asdf qwer", purpose="job")
    assert lost.follow_up is not None
    assert "design" in [choice.key for choice in lost.follow_up.choices]
    picked = recommend_roadmaps(SHIPPED, goal="design", purpose="job")
    assert picked.recommendations[0].slug == "ux-design"
    assert {r.slug for r in picked.recommendations} <= {
        "ux-design",
        "product-manager",
        "technical-writer",
        "engineering-manager",
        "developer-relations",
    }


@pytest.mark.parametrize(
    ("goal", "first", "not_first"),
    [("build websites", "html-css", "aspnet-core"), ("data", "data-scientist", "mlops")],
)
def test_a_hobbyist_with_a_broad_goal_starts_where_a_newcomer_can(goal: str, first: str, not_first: str) -> None:
    """Not a roadmap longer than needed, nor one that assumes another roadmap the learner has not started."""
    found = recommend_roadmaps(SHIPPED, goal=goal, hours_per_week=5, purpose="hobby")
    assert found.recommendations[0].slug == first, [r.slug for r in found.recommendations]
    assert found.recommendations[0].slug != not_first


def test_a_freelancer_who_builds_websites_is_offered_what_clients_pay_for() -> None:
    found = recommend_roadmaps(SHIPPED, goal="build websites for money", hours_per_week=5, purpose="freelance")
    picks = [r.slug for r in found.recommendations]
    # the generator's common goal, building websites for clients: WordPress, with the HTML and CSS under it
    assert picks[:2] == ["wordpress", "html-css"], picks
    assert not {"api-design", "aspnet-core", "ruby-on-rails"} & set(picks), picks


@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
def test_a_topic_goal_keeps_the_roadmap_built_on_it_whatever_the_purpose(purpose: str) -> None:
    """Four roadmaps teach the CAP theorem as a core skill; the purpose must not push out the one that practises it
    most, nor may the backend it assumes: the learner chose the topic as where to start."""
    found = recommend_roadmaps(SHIPPED, goal="cap theorem", purpose=purpose)
    picks = [r.slug for r in found.recommendations]
    assert "system-design" in picks, picks
    assert found.message == "We read “cap theorem” as CAP theorem and consistency models."


def test_a_word_for_a_kind_of_thing_read_as_its_field_can_be_undone() -> None:
    """ "rpg" is a kind of game, read as the field of making games: a curated reading, so undone it names nothing. A
    field's own word ("website") read as typed is still its field."""
    assert interpret(SHIPPED, "make an rpg in godot").fields == ["more"]
    undone = interpret(SHIPPED, "make an rpg in godot", plain=["rpg"])
    assert undone.fields == []
    assert "rpg" in undone.not_understood
    assert interpret(SHIPPED, "make a website for my bakery", plain=["website"]).fields == ["web"]


@pytest.mark.parametrize(
    ("goal", "phrase"), [("design twitter", "design twitter"), ("how do i design whatsapp", "design whatsapp")]
)
def test_designing_a_product_offers_system_design_and_says_how_the_goal_was_read(goal: str, phrase: str) -> None:
    # read as the system design prompt, System Design leads (tests/web/test_system_design_prompts.py); once the learner
    # undoes that reading, the design field is read and said, and the goal as typed still keeps System Design a place
    found = recommend_roadmaps(SHIPPED, goal=goal, purpose="job", plain=[phrase])
    picks = [r.slug for r in found.recommendations]
    assert "system-design" in picks, picks
    assert "as the field of design" in found.message, "the reading is still said, not replaced silently"
    assert "As you typed it, your goal points most to System Design" in found.message
    reason = next(r.reason for r in found.recommendations if r.slug == "system-design")
    assert reason.startswith(f"Your goal as you typed it, “{goal}”, points here most."), reason


@pytest.mark.parametrize("goal", ["design a logo", "ui design", "i want to design a logo"])
@pytest.mark.parametrize("purpose", ["job", "freelance", "hobby"])
def test_a_design_goal_still_goes_to_design_roadmaps(goal: str, purpose: str) -> None:
    found = recommend_roadmaps(SHIPPED, goal=goal, purpose=purpose)
    picks = [r.slug for r in found.recommendations]
    assert picks[0] == "ux-design", picks
    assert "system-design" not in picks, picks


def _readings(text: str) -> dict[str, tuple[bool, bool, str]]:
    """Each topic or roadmap the "what I know" text names: (started, denied, the words that hedged or denied it)."""
    return {ref.key: (u.started, u.denied, u.hedge) for u in known_from(SHIPPED, [text]).understood for ref in u.means}


@pytest.mark.parametrize(
    ("said", "subject", "words"),
    [
        ("not python yet", "python", "not … yet"),  # before: Python basics known, "not" and "yet" not understood
        ("excel, not python", "python", "not"),
        ("i have no idea about docker", "docker", "no idea about"),  # before: Docker known, "idea" not understood
        ("never heard of kubernetes", "kubernetes", "never heard of"),
        ("python, want to learn django", "django", "want to learn"),  # before: Django known
        ("i know python and want to learn django", "django", "want to learn"),
    ],
)
def test_what_the_learner_says_they_do_not_know_yet_is_never_counted_as_known(
    said: str, subject: str, words: str
) -> None:
    reading = known_from(SHIPPED, [said])
    assert _readings(said)[subject] == (False, True, words)
    assert not {t for t in reading.topics if t.startswith(subject)}, reading.topics
    assert not reading.not_understood, "the words that deny it are read, never reported"


@pytest.mark.parametrize(
    ("said", "subject", "words"),
    [
        ("i used kubernetes once at work", "kubernetes", "once"),  # before: Kubernetes known, "once" not understood
        ("react (used it once)", "react", "used it once"),
        ("docker a couple of times", "docker", "a couple of times"),
        ("rusty on react", "react", "rusty on"),  # before: React known, "rusty" not understood
        ("my react is rusty", "react", "is rusty"),
    ],
)
def test_a_subject_met_once_or_gone_rusty_is_only_started(said: str, subject: str, words: str) -> None:
    reading = known_from(SHIPPED, [said])
    assert _readings(said)[subject] == (True, False, words)
    assert subject in reading.started
    assert subject not in reading.topics
    assert not reading.not_understood


def test_a_foundation_gone_rusty_or_half_known_is_its_basics_and_no_word_is_left_unread() -> None:
    for said in ("rusty python", "i kinda know html", "sql, used it a few times"):
        reading = known_from(SHIPPED, [said])
        assert reading.topics, said
        assert not reading.started, said
        assert not reading.not_understood, (said, reading.not_understood)  # before: "rusty", "kinda", "times"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("python,javascript,sql", ["python", "javascript", "sql"]),  # before: "python,javascript,sql" three times
        ("html/css/js", ["html/css", "js"]),
        ("react/node", ["react", "node"]),
        ("c++/c#", ["c++", "c#"]),
    ],
)
def test_a_list_typed_without_spaces_quotes_each_name_in_the_learners_words_once(typed: str, said: list[str]) -> None:
    reading = known_from(SHIPPED, [typed])
    assert [u.said for u in reading.understood] == said
    assert [m.said for m in interpret(SHIPPED, f"learn {typed}").meanings] == said


@pytest.mark.parametrize("typed", ["html+css", "html & css", "html&css", "html/css"])
def test_html_and_css_joined_any_way_are_those_two_topics_never_a_roadmaps_first_phase(typed: str) -> None:
    assert topics_known(typed) == {"html", "css"}  # before: "html+css" was How the web works, HTTP, HTML and Git


@pytest.mark.parametrize(("typed", "topic"), [("ci/cd", "ci-cd"), ("a/b testing", "ab-testing"), ("tcp/ip", None)])
def test_a_name_written_with_a_slash_stays_one_name(typed: str, topic: str | None) -> None:
    meanings = interpret(SHIPPED, typed).meanings
    assert [m.said for m in meanings] == [typed]
    assert topic is None or [t.key for t in meanings[0].topics] == [topic]


def test_knowing_nothing_about_a_subject_is_not_knowing_it() -> None:
    reading = known_from(SHIPPED, ["i know nothing about backend"])  # before: Backend's six entry topics known
    assert not reading.topics
    assert [(u.denied, u.hedge) for u in reading.understood] == [(True, "know nothing about")]


@pytest.mark.parametrize(
    ("said", "hedge"),
    [
        ("i did the javascript roadmap halfway", "halfway"),  # before: all 32 topics known
        ("i'm halfway through the javascript roadmap", "halfway through"),  # before: "halfway" not understood
        ("i did most of the javascript roadmap", "most of"),  # before: all 32 topics known
        ("finished the first half of the javascript roadmap", "the first half of"),
    ],
)
def test_part_of_a_roadmap_is_never_the_whole_roadmap(said: str, hedge: str) -> None:
    reading = known_from(SHIPPED, [said])
    assert not reading.finished
    assert not any("the whole roadmap" in r.name for u in reading.understood for r in u.means)
    assert {u.hedge for u in reading.understood} == {hedge}
    assert set(reading.topics) | set(reading.started) <= set(SHIPPED.roadmap("javascript").phases[0].core_skills)
    assert not reading.not_understood


@pytest.mark.parametrize("said", ["react (beginner)", "react: beginner", "react - still learning", "react (some)"])
def test_a_level_written_after_a_subject_hedges_it(said: str) -> None:
    reading = known_from(SHIPPED, [said])  # before: React known, its level dropped
    assert "react" in reading.started
    assert "react" not in reading.topics


@pytest.mark.parametrize(
    "said",
    [
        "strong sql skills",
        "i'm a junior frontend dev",
        "senior java engineer",
        "learned python at uni",
        "ccna certified",
    ],
)
def test_how_or_how_well_the_learner_knows_a_subject_is_never_reported_as_not_understood(said: str) -> None:
    reading = known_from(SHIPPED, [said])
    assert reading.topics
    assert not reading.not_understood  # before: "strong", "skills", "junior", "senior", "learned", "uni", "certified"


@pytest.mark.parametrize("said", ["i've read about microservices", "i read a book on kubernetes"])
def test_reading_about_a_subject_is_having_started_it(said: str) -> None:
    reading = known_from(SHIPPED, [said])  # before: known, and "read", "book" not understood
    assert reading.started
    assert not reading.topics
    assert not reading.not_understood


@pytest.mark.parametrize(
    ("said", "never"),
    [
        ("i understand oop concepts", "cpp-concepts"),  # before: C++20 concepts
        ("python scripting", "shell-scripting"),  # before: Bash
        ("i can write basic python scripts", "shell-scripting"),
        ("i've deployed apps on heroku", "kubernetes"),  # before: Kubernetes ("deployments")
        ("i've deployed apps on heroku", "kubernetes-workloads"),
        ("i write sql queries at work", "swiftdata"),  # before: SwiftData ("@query")
        ("i have a google it support certificate", "cryptography-basics"),  # before: Applied cryptography
        ("google data analytics certificate", "analytics-portfolio-job-search"),  # before: that topic alone
        ("andrew ng's machine learning course", "angular-cli-basics"),  # before: Angular's first phase
        ("python exceptions", "cpp-error-handling"),  # before: C++ error handling
    ],
)
def test_an_everyday_word_in_what_the_learner_knows_is_never_an_unrelated_topic(said: str, never: str) -> None:
    reading = known_from(SHIPPED, [said])
    assert never not in {*reading.topics, *reading.started}, [u.line for u in reading.understood]


def test_the_google_data_analytics_certificate_knows_the_data_analysts_first_topics() -> None:
    known = topics_known("i have the google data analytics certificate")
    assert "spreadsheets-for-analysis" in known  # before: only how to find an analyst job


@pytest.mark.parametrize(
    ("said", "unread"),
    [
        ("python, r", ["r"]),
        ("r programming", ["r programming"]),
        ("cs degree", ["cs degree"]),
        ("sql; c in university", ["c in university"]),
    ],
)
def test_a_part_of_what_the_learner_knows_that_nothing_reads_is_said_never_dropped(
    said: str, unread: list[str]
) -> None:
    assert known_from(SHIPPED, [said]).not_understood == unread  # before: nothing, as if it had not been written


@pytest.mark.parametrize("said", ["total beginner, nothing", "python, etc", "python and more", "node.js, vue.js"])
def test_a_part_saying_nothing_to_read_is_not_reported(said: str) -> None:
    assert not known_from(SHIPPED, [said]).not_understood


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("i'd like to learn sql", "sql"),  # before: SQL known, "i'd" not understood
        ("neither python nor java", "java"),  # before: both known
        ("python yes, sql no", "sql"),  # before: SQL known, "yes" not understood
        ("html ✔ css ✔ js ✘", "javascript-basics"),  # before: JavaScript known
    ],
)
def test_more_ways_of_saying_a_subject_is_not_known(said: str, subject: str) -> None:
    reading = known_from(SHIPPED, [said])
    assert _readings(said)[subject][1], [u.line for u in reading.understood]
    assert not {t for t in reading.topics if t.startswith(subject)}
    assert not reading.not_understood


@pytest.mark.parametrize(
    "said", ["forgot most of my sql", "i used to code in php years ago", "java, but it's been a while"]
)
def test_a_subject_known_long_ago_leaves_no_word_unread(said: str) -> None:
    assert not known_from(SHIPPED, [said]).not_understood  # before: "forgot", "ago", "while"


def test_a_denied_subject_is_said_by_what_it_names_never_by_a_roadmap_that_only_lists_it() -> None:
    reading = known_from(SHIPPED, ["i know a bit of react but not redux"])
    denied = [u for u in reading.understood if u.denied]
    assert [(u.said, [r.name for r in u.means]) for u in denied] == [("redux", ["Frontend state management"])]
    # before: "“redux” → React: you said “not”", beside "“react” → React: you started it"


@pytest.mark.parametrize("said", ["MEAN stack", "LAMP stack", "my tech stack is python and sql"])
def test_a_stack_is_never_the_data_structure(said: str) -> None:
    assert "data-structures" not in topics_known(said)  # before: "stack" was Data structures


@pytest.mark.parametrize(
    ("said", "subject"),
    [("i havnt used docker", "docker"), ("i do'nt know react", "react"), ("not done any python", "python")],
)
def test_a_denial_typed_loosely_is_a_denial(said: str, subject: str) -> None:
    reading = known_from(SHIPPED, [said])  # before: known, the denial's words not understood
    assert _readings(said)[subject][1]
    assert not reading.not_understood


@pytest.mark.parametrize("said", ["a lil python", "abit of python", "ive used git", "im ok with sql"])
def test_a_hedge_or_a_pronoun_typed_loosely_is_read(said: str) -> None:
    assert not known_from(SHIPPED, [said]).not_understood  # before: "lil", "abit", "ive", "im"


@pytest.mark.parametrize(
    ("known", "undone", "left"),
    [
        ("html/css/js", "html/css", "js"),  # before: "/js"
        ("react/node, sql", "react", "node, sql"),  # before: "/node, sql"
        ("python+sql", "sql", "python"),  # before: "python+"
        ("c++, python", "python", "c++"),
    ],
)
def test_undoing_a_name_of_a_list_typed_without_spaces_leaves_the_rest_as_a_learner_would_write_it(
    known: str, undone: str, left: str
) -> None:
    from roadmapfinder.planning.learner_input import known_without

    assert known_without(known, undone) == left
    assert [u.said for u in known_from(SHIPPED, [left]).understood]


@pytest.mark.parametrize(
    "said",
    [
        "i have not finished the python roadmap",  # before: all 41 topics known
        "i haven't completed the python roadmap",
        "almost finished the python roadmap",  # before: all known, "almost" not understood
        "i nearly finished the python roadmap",
    ],
)
def test_a_roadmap_not_yet_finished_is_never_all_known(said: str) -> None:
    reading = known_from(SHIPPED, [said])
    assert not reading.finished
    assert set(reading.topics) == {"python-basics"}, "a bit of Python is its basics"
    assert not reading.not_understood


@pytest.mark.parametrize(
    "said",
    [
        "python roadmap done",  # before: Python basics only
        "python roadmap (done)",
        "finished the python roadmap on roadmap.sh",  # before: "roadmap.sh" was POSIX sh, known
        "i've completed roadmap.sh's python roadmap",  # before: Python's first topics and POSIX sh
    ],
)
def test_a_finished_roadmap_said_other_ways_is_the_whole_roadmap(said: str) -> None:
    reading = known_from(SHIPPED, [said])
    assert list(reading.finished) == ["python"]
    assert set(reading.topics) == set(SHIPPED.roadmap("python").topic_ids)
    assert not reading.not_understood


@pytest.mark.parametrize(
    ("said", "topic", "never"),
    [
        ("java script", "javascript-basics", "java-basics"),  # before: Java, "script" not understood
        ("type script", "typescript", None),  # before: nothing but "script" not understood
        ("git hub", "github-collaboration", "signalr"),  # before: Git and SignalR ("hub")
        ("post gres", "sql-basics", None),
    ],
)
def test_a_name_typed_as_two_words_is_that_name(said: str, topic: str, never: str | None) -> None:
    reading = known_from(SHIPPED, [said])
    assert topic in reading.topics
    assert never not in reading.topics
    assert not reading.not_understood
    assert [u.said for u in reading.understood] == [said], "quoted as written"


@pytest.mark.parametrize(("said", "how"), [("power bi", "name"), ("c sharp", "alias"), ("excel, no sql", "alias")])
def test_two_words_that_are_a_name_or_a_denial_are_never_joined(said: str, how: str) -> None:
    assert interpret(SHIPPED, said).meanings[0].how == how


@pytest.mark.parametrize("said", ["I know Python, Django, DRF, PostgreSQL", "AWS (EC2, S3), git", "Tools: Git, Docker"])
def test_a_part_read_as_the_same_thing_as_another_or_a_label_is_not_reported(said: str) -> None:
    assert not known_from(SHIPPED, [said]).not_understood  # before: "DRF", "S3)", "Languages" not understood


@pytest.mark.parametrize(
    ("said", "aim"),
    [
        ("python; i want to become a data scientist", "data-scientist"),  # before: its seven first topics known
        ("python, goal: data scientist", "data-scientist"),
        ("sql, looking to get into data engineering", "data-engineer"),
        ("i know excel and want a data analyst job", "data-analyst"),
        ("excel, interested in power bi", "power-bi"),
        ("html css, trying to learn react", "react"),  # before: React known
    ],
)
def test_a_goal_written_in_what_the_learner_knows_is_never_counted_as_known(said: str, aim: str) -> None:
    reading = known_from(SHIPPED, [said])
    aimed = [u for u in reading.understood if any(r.key == aim for r in u.means)]
    assert aimed, [u.line for u in reading.understood]
    assert all(u.denied for u in aimed), [u.line for u in aimed]
    assert len(reading.topics) <= 2, "only what they said they know"
    assert not reading.not_understood


@pytest.mark.parametrize(
    ("said", "foundation"),
    [
        ("weak in sql", "sql-basics"),  # before: SQL basics known, and left out of the learner's plan
        ("i'm bad at javascript", "javascript-basics"),
        ("struggling with python", "python-basics"),
        ("my sql is weak", "sql-basics"),  # before: "weak" not understood, SQL basics known
        ("not very good with css", "css"),  # before: "not" not understood, CSS known
    ],
)
def test_a_foundation_the_learner_struggles_with_is_only_started(said: str, foundation: str) -> None:
    reading = known_from(SHIPPED, [said])
    assert foundation in reading.started, [u.line for u in reading.understood]
    assert foundation not in reading.topics
    assert not reading.not_understood


@pytest.mark.parametrize("said", ["struggling with react", "weak in react", "shaky on react", "bad at react"])
def test_a_subject_the_learner_struggles_with_is_only_started(said: str) -> None:
    reading = known_from(SHIPPED, [said])  # before: React known, "struggling", "weak", "shaky" not understood
    assert "react" in reading.started
    assert not reading.not_understood


@pytest.mark.parametrize(
    ("said", "known", "started"),
    [
        ("learned python from youtube", {"python-basics"}, set()),  # before: Video and livestreams known too
        ("i watched some youtube videos on docker", set(), {"docker"}),  # before: Video started, Docker known
        ("did the freecodecamp html course", {"html"}, set()),  # before: "freecodecamp" not understood
        ("udemy course on react", {"react"}, set()),
    ],
)
def test_where_the_learner_learnt_a_subject_is_no_subject(said: str, known: set[str], started: set[str]) -> None:
    reading = known_from(SHIPPED, [said])
    assert set(reading.topics) == known
    assert set(reading.started) == started
    assert not reading.not_understood
