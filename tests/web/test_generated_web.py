"""Generated roadmaps and what the generate form understood, through the Django client: the home page's headline
form, the result page like a catalog roadmap's, its downloads, a goal nothing matches with "Ask for this
roadmap", the hand-off to a dated plan, and the preview's understood lines with undo (htmx and plain submit)."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import parse_qsl

import pytest
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from roadmapfinder.generated.selectors import demand_list
from tests.helpers import text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _generated(client: Client, **query: str) -> str:
    response = client.get("/roadmaps/generate", query)
    assert response.status_code == 302, response.content[:300]
    location: str = response["Location"]
    assert re.fullmatch(r"/roadmaps/generated/\w{12}", location)
    return location


def test_the_home_page_leads_with_the_generate_form() -> None:
    body = Client().get("/").content.decode()
    assert 'action="/roadmaps/generate"' in body
    assert "Generate a roadmap for:" in text(body)
    assert body.index("Generate a roadmap for:") < body.index('id="q"')  # before the search box


def test_a_goal_in_learners_words_opens_a_roadmap_page_like_a_catalog_one() -> None:
    client = Client()
    location = _generated(client, goal="pyhton", known="i know a bit of python and excel", hours="6")
    page = client.get(location)
    assert page.status_code == 200
    shown = text(page.content)
    assert "Python Roadmap" in shown
    assert "“pyhton” → Python (read as “python”)" in shown
    assert "You know “python” → Python basics" in shown
    assert re.search(r"Python basics\s*: you know it", shown)  # each left-out topic with why
    assert "Phase 1:" in shown
    assert "Part of Python, which you asked for" in shown  # each skill with why it is there
    assert "<svg" in page.content.decode()
    assert "Make a dated plan from this roadmap" in shown
    assert _generated(client, goal="pyhton", known="i know a bit of python and excel", hours="6") == location


@pytest.mark.slow  # typesets a PDF
def test_the_downloads_are_the_exporters_files() -> None:
    client = Client()
    location = _generated(client, goal="Kubernetes security", known="docker")
    markdown = client.get(f"{location}.md")
    assert markdown.status_code == 200
    assert markdown["Content-Disposition"].startswith("attachment")
    assert markdown.content.decode().startswith("# Kubernetes security Roadmap")
    pdf = client.get(f"{location}.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert b"%PDF" in pdf.content[:8]
    svg = client.get(f"{location}.svg")
    assert "<svg" in svg.content.decode()
    assert "Kubernetes security" in svg.content.decode()


def test_pdf_download_is_readable(tmp_path: object) -> None:
    from io import BytesIO

    client = Client()
    location = _generated(client, goal="Kubernetes security")
    reader = PdfReader(BytesIO(client.get(f"{location}.pdf").content))
    assert "Kubernetes security Roadmap" in "".join(p.extract_text() for p in reader.pages)


def test_a_goal_nothing_matches_says_so_and_offers_to_ask_for_it() -> None:
    client = Client()
    page = client.get("/roadmaps/generate", {"goal": "elixir"})
    assert page.status_code == 404
    shown = text(page.content)
    assert "We cannot build a roadmap for “elixir” yet" in shown
    assert "no roadmap or topic named “elixir”" in shown, "said plainly: not in the catalog"
    assert "Functional programming Roadmap" not in shown, "never replaced by the topic that used to list it"
    assert 'href="/roadmaps/' in page.content.decode()  # suggestions are links
    assert "Ask for this roadmap" in shown
    assert demand_list() == []  # looking is not asking
    asked = client.post("/roadmaps/generate/ask", {"goal": "Elixir"}, follow=True)
    assert "your request for “Elixir” is recorded" in text(asked.content)
    assert [(d.goal, d.count) for d in demand_list()] == [("elixir", 1)]


def test_an_unknown_generated_id_is_a_404_page() -> None:
    assert Client().get("/roadmaps/generated/nosuchthing1").status_code == 404


def test_make_a_dated_plan_hands_the_topics_to_the_plan_form() -> None:
    client = Client()
    location = _generated(client, goal="Kubernetes security", known="docker", hours="8")
    roadmap_id = location.rsplit("/", 1)[1]
    page = client.get(location).content.decode()
    link = re.search(r'href="(/generate\?from=[^"]+)"', page)
    assert link is not None
    form = client.get(link.group(1).replace("&amp;", "&"))
    shown = text(form.content)
    assert "From your generated roadmap: Kubernetes security" in shown
    assert "hours over" in shown  # the preview of the plan it makes
    hidden = re.findall(r'<input type="hidden" name="(goals|add)" value="([^"]+)"', form.content.decode())
    created = client.post(
        "/generate",
        {
            "from": roadmap_id,
            "hours": "8",
            "level": "beginner",
            "known": "docker",
            "goals": [v for k, v in hidden if k == "goals"],
            "add": [v for k, v in hidden if k == "add"],
        },
    )
    assert created.status_code == 302
    plan = client.get(created["Location"])
    assert plan.status_code == 200
    assert "Kubernetes" in text(plan.content)


def test_the_preview_lists_what_it_understood_with_an_undo_and_every_skipped_topic() -> None:
    client = Client()
    form = {
        "roadmap": "backend",
        "hours": "10",
        "level": "beginner",
        "known": "i know a bit of python and excel, linux",
    }
    preview = client.post("/generate/preview", form, headers={"HX-Request": "true"})
    shown = text(preview.content)
    assert "“linux” → Linux and the command line" in shown
    assert "“python” → Python basics" in shown
    assert 'name="undo" value="linux"' in preview.content.decode()
    assert "Linux and the command line: you know it" in shown  # every skipped topic with its reason
    assert "you finished" not in shown  # a bare name is never a whole roadmap
    undone = client.post("/generate/preview", {**form, "undo": "linux"}, headers={"HX-Request": "true"})
    body = undone.content.decode()
    assert "Linux and the command line: you know it" not in text(body)
    assert 'id="known" name="known" value="i know a bit of python and excel"' in body
    assert 'hx-swap-oob="true"' in body


def test_undo_without_javascript_shows_the_form_again_without_the_phrase() -> None:
    form = {"roadmap": "backend", "hours": "10", "level": "beginner", "known": "pyhton, linux", "undo": "pyhton"}
    page = Client().post("/generate", form)
    assert page.status_code == 200  # shown again, nothing saved
    body = page.content.decode()
    assert 'id="known" name="known" value="linux"' in body
    assert "“linux” → Linux and the command line" in text(body)


def test_undo_inside_a_sentence_takes_its_and_with_it() -> None:
    """An undone word leaves a sentence the learner could have written: "a bit of pyhton and excel" without
    “pyhton” is "a bit of excel", never "a bit of and excel"."""
    form = {"roadmap": "backend", "hours": "10", "level": "beginner", "known": "i know a bit of pyhton and excel, git"}
    for undo, left in [
        ("pyhton", "i know a bit of excel, git"),
        ("excel", "i know a bit of pyhton, git"),
        ("git", "i know a bit of pyhton and excel"),
    ]:
        body = Client().post("/generate/preview", {**form, "undo": undo}, headers={"HX-Request": "true"}).content
        assert f'id="known" name="known" value="{left}"' in body.decode(), undo
    said = "python, sql and a little docker"
    body = Client().post("/generate/preview", {**form, "known": said, "undo": "sql"}, headers={"HX-Request": "true"})
    assert 'value="python, a little docker"' in body.content.decode()


def test_finished_roadmaps_are_a_separate_control() -> None:
    client = Client()
    form = {"roadmap": "backend", "hours": "10", "level": "beginner", "known": "", "finished": "Frontend Developer"}
    shown = text(client.post("/generate/preview", form, headers={"HX-Request": "true"}).content)
    assert shown.count("finished the Frontend Developer roadmap") == 1  # the reason once, its topics after it
    assert "HTTP and HTTPS" in shown.split("You finished the Frontend Developer roadmap, ", 1)[1]
    page = client.get("/generate").content.decode()
    assert 'id="finished" name="finished"' in page
    assert '<option value="Frontend Developer">' in page
    assert "I finished these roadmaps" in text(page)


def test_the_finder_asks_one_question_when_it_understood_nothing() -> None:
    page = Client().get("/finder", {"goal": "qwzx vbnm", "hours": "10", "purpose": "job"})
    shown = text(page.content)
    assert "We did not understand your goal" in shown
    assert "Roadmaps for you" not in shown
    links = re.findall(r'<ul class="follow-up">.*?</ul>', page.content.decode(), re.S)
    assert links
    assert links[0].count('href="/finder?goal=') >= 4  # web, mobile, data, cloud...


def test_the_finder_shows_how_it_read_known_with_an_undo_link() -> None:
    answers = {"goal": "backend", "known": "i know a bit of python and excel, linux", "hours": "10", "purpose": "job"}
    page = Client().get("/finder", answers).content.decode()
    assert "You know “linux” → Linux and the command line" in text(page)
    undo = re.search(r'You know “linux” → Linux and the command line <a class="undo" href="([^"]+)"', page)
    assert undo is not None
    again = text(Client().get(undo.group(1).replace("&amp;", "&")).content)
    assert "“linux” →" not in again
    assert "You know “python” → Python basics" in again


def test_a_dated_plan_from_a_generated_roadmap_shows_names_that_round_trip_even_with_commas() -> None:
    client = Client()
    location = _generated(client, goal="API versioning", hours="6")
    roadmap_id = location.rsplit("/", 1)[1]
    form = client.get(f"/generate?from={roadmap_id}&hours=6")
    assert "API versioning, compatibility and deprecation" in text(form.content)  # named, never by id
    made = client.post("/generate", {"from": roadmap_id, "hours": "6", "level": "beginner"})
    assert made.status_code == 302, made.content[:400]
    plan_url = made["Location"]
    plan_id = plan_url.rsplit("/", 1)[1]
    before = client.get(f"/api/v1/plans/{plan_id}").json()
    assert before["title"] == client.get(f"/api/v1/roadmaps/generated/{roadmap_id}").json()["title"]
    assert "api-versioning" in [t["id"] for p in before["phases"] for t in p["topics"]]
    page = client.get(plan_url).content.decode()
    assert "Made from your generated roadmap" in text(page)
    # its edit form sent back as it is (the generated roadmap's phases are kept, not in the boxes) gives the same plan
    boxes = dict(re.findall(r'<input id="(goals|add)" name="\1" value="([^"]*)"', page))
    again = client.post(plan_url, {"goals": boxes["goals"], "add": boxes["add"], "hours": "6", "level": "beginner"})
    assert again.status_code == 302, again.content[:600]
    after = client.get(f"/api/v1/plans/{plan_id}").json()
    assert (after["title"], after["phases"]) == (before["title"], before["phases"])
    # a topic added by its name, which holds commas, shows by name in the box and reads back as one name
    added = {"add": "API versioning, compatibility and deprecation", "hours": "6", "level": "beginner"}
    assert client.post(plan_url, added).status_code == 302
    page = client.get(plan_url).content.decode()
    add_box = dict(re.findall(r'<input id="(goals|add)" name="\1" value="([^"]*)"', page))["add"].replace("&#x27;", "'")
    assert add_box == "API versioning, compatibility and deprecation", "the edit box shows names"
    assert client.post(plan_url, added | {"add": add_box}).status_code == 302
    assert client.get(f"/api/v1/plans/{plan_id}").json()["request"]["add"] == [add_box], "one name, not three"


def test_a_generated_roadmap_is_tracked_like_a_catalog_one_with_and_without_javascript() -> None:
    client = Client()
    location = _generated(client, goal="Kubernetes security", known="docker")
    roadmap_id = location.rsplit("/", 1)[1]
    assert "start tracking" in text(client.get(location).content).lower()
    client.get("/me/progress/start", {"next": location})
    page = client.get(location).content.decode()
    overall = re.search(r'id="progress-overall".*?(\d+) of (\d+) finished', page, re.S)
    assert overall, "an overall bar"
    total = int(overall.group(2))
    assert 'id="progress-phase-1"' in page, "a bar per phase"
    assert 'id="progress-phase-4"' in page
    assert 'name="project"' in page, "projects have a done box"
    first = re.search(r'<li id="topic-([\w-]+)"', page)
    assert first
    topic = first.group(1)
    mark = {"topic": topic, "status": "done", "track": f"generated:{roadmap_id}", "phase": "1", "next": location}
    plain = client.post("/me/progress/topic", mark)  # without JavaScript: the form posts and comes back
    assert (plain.status_code, plain["Location"]) == (302, location)
    assert f"1 of {total} finished" in text(client.get(location).content)
    again = mark | {"status": "none"}
    redrawn = client.post("/me/progress/topic", again, headers={"HX-Request": "true"}).content.decode()
    assert re.search(r'id="progress-overall"[^>]*hx-swap-oob', redrawn), "htmx redraws the bars in place"
    assert f"0 of {total} finished" in text(redrawn)
    wrong = client.post("/me/progress/topic", mark | {"track": "generated:nope"})
    assert wrong.status_code == 404


def test_a_common_goal_shows_how_it_was_read_what_the_catalog_lacks_and_an_undo_link() -> None:
    client = Client()
    page = client.get(_generated(client, goal="make a website for my bakery"))
    shown = text(page.content)
    assert "A small website Roadmap" in shown
    assert "“website” → How the web works" in shown
    assert "“bakery”: what it is for" in shown
    assert "WordPress" in shown  # the no-code way, offered beside it
    assert "Not understood" not in shown
    undo = re.search(r'<a class="undo" href="([^"]+)"', page.content.decode())
    assert undo is not None
    again = client.get(undo.group(1).replace("&amp;", "&"))
    assert again.status_code == 404  # read as typed, "website" names a field: the field's roadmaps are offered
    assert "Frontend Developer" in text(again.content)


def test_a_phrase_read_for_two_roadmaps_has_one_undo_link() -> None:
    client = Client()
    page = client.get(_generated(client, goal="i want to be a frontend and backend developer")).content.decode()
    assert text(page).count("“want to be” →") == 2, "read for Frontend and for Backend"
    undos = re.findall(r'<a class="undo" href="([^"]+)"[^>]*aria-label="Undo: read “([^”]+)” as typed"', page)
    assert [said for _, said in undos].count("want to be") == 1


def test_a_goal_the_catalog_does_not_cover_says_so_and_offers_only_what_helps() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "roblox games"})
    assert response.status_code == 404
    shown = text(response.content)
    assert "Luau" in shown
    assert "Roadmaps that may help" in shown
    assert "Game Developer" in shown
    assert "Frontend Developer" not in shown


def test_a_deadline_is_said_on_the_page_undoable_and_becomes_the_plans_target_date() -> None:
    client = Client()
    page = client.get(_generated(client, goal="become a backend developer by next summer"))
    shown = text(page.content)
    assert "Your deadline: “by next summer” (by 1 June" in shown
    assert "Backend Developer up to the job-ready milestone" in shown
    body = page.content.decode()
    assert "plain=by+next+summer" in body
    assert "plain=become" in body
    plan_link = re.search(r'href="(/generate\?from=[^"]+)"', body)
    assert plan_link
    assert "target_date=" in plan_link.group(1)
    form = client.get(plan_link.group(1).replace("&amp;", "&"))
    target = re.search(r"target_date=(\d{4}-\d{2}-\d{2})", plan_link.group(1))
    assert target
    assert f'value="{target.group(1)}"' in form.content.decode()


def test_what_the_goal_says_the_learner_knows_is_read_as_known_undoable_and_carried_to_the_plan() -> None:
    client = Client()
    page = client.get(_generated(client, goal="i know a bit of python and want to make games in godot"))
    shown = text(page.content)
    assert "Godot games Roadmap" in shown
    assert "“i know a bit of python” → what you know: Python basics" in shown
    assert "Data with Python" not in shown, "Python is what the learner knows, not what they asked for"
    body = page.content.decode()
    undo = re.search(
        r'<a class="undo" href="([^"]+)"[^>]*aria-label="Undo: read “i know a bit of python” as typed"', body
    )
    assert undo is not None
    again = client.get(client.get(undo.group(1).replace("&amp;", "&"))["Location"])
    assert "“python” → Python" in text(again.content), "undone: read as typed, the old reading"
    plan_link = re.search(r'href="(/generate\?from=[^"]+)"', body)
    assert plan_link is not None
    assert "known=i+know+a+bit+of+python" in plan_link.group(1), "the plan reads what they know from the same words"


def test_the_undo_and_plan_links_keep_the_learners_hedge_so_a_started_topic_stays_started() -> None:
    client = Client()
    page = client.get(_generated(client, goal="nextjs in 6 months", known="i did some react tutorials"))
    shown = text(page.content)
    assert "“react” → React: you started it (you said “some … tutorials”)" in shown
    body = page.content.decode()
    plan_link = re.search(r'href="(/generate\?from=[^"]+)"', body)
    assert plan_link is not None
    assert "known=i+did+some+react+tutorials" in plan_link.group(1), "the learner's words, not the bare “react”"
    form = text(client.get(plan_link.group(1).replace("&amp;", "&")).content)
    assert "“react” → React: you started it (you said “some … tutorials”)" in form
    assert "React: you know it" not in form
    undo = re.search(r'<a class="undo" href="([^"]+)"[^>]*aria-label="Undo: read “in 6 months” as typed"', body)
    assert undo is not None
    again = text(client.get(client.get(undo.group(1).replace("&amp;", "&"))["Location"]).content)
    assert "“react” → React: you started it" in again, "undoing the deadline keeps React started"
    assert "You know “react”" not in again


def test_what_the_goal_says_the_learner_does_not_know_is_said_and_neither_known_nor_built() -> None:
    client = Client()
    page = client.get(_generated(client, goal="i don't know python, want to learn java"))
    shown = text(page.content)
    assert "Java Roadmap" in shown
    assert "Python basics" not in shown, "no Python: they did not ask for it"
    assert "“i don't know python” → what you do not know yet: Python (not counted as known, nor read as a goal)" in (
        shown
    )
    body = page.content.decode()
    assert 'aria-label="Undo: read “i don\'t know python” as typed"' in body.replace("&#x27;", "'")
    plan_link = re.search(r'href="(/generate\?from=[^"]+)"', body)
    assert plan_link is not None
    assert "known=" not in plan_link.group(1), "nothing they know to hand to the plan"


def test_each_learner_sees_how_their_own_words_were_read_when_two_goals_build_the_same_topics() -> None:
    # Both build Python's roadmap; the page the second learner is sent to must say their spelling was fixed, with
    # its undo, not show the first learner's goal.
    first, second = Client(), Client()
    plain = second.get(_generated(first, goal="learn python")).content.decode()
    assert "“pyhton”" not in plain
    misspelt = _generated(second, goal="pyhton")
    page = second.get(misspelt).content.decode()
    assert "“pyhton” → Python (read as “python”)" in text(page)
    assert 'aria-label="Undo: read “pyhton” as typed"' in page
    assert "learn python" not in text(page)
    assert _generated(Client(), goal="Learn  Python") == _generated(Client(), goal="learn python")


def test_learn_to_code_is_answered_with_the_usual_first_languages_not_a_bare_no() -> None:
    response = Client().get("/roadmaps/generate", {"goal": "i want to learn to code"})
    assert response.status_code == 200  # an answer: where to start is the learner's to choose
    page = text(response.content)
    assert "“i want to learn to code”: choose where to start" in page
    assert "starts with one language" in page
    assert "the catalog has no roadmap or topic named" not in page
    markup = response.content.decode()
    links = re.findall(r'href="/roadmaps/([\w-]+)"', markup)
    assert links[:2] == ["python", "javascript"]
    assert 'href="/finder?goal=i+want+to+learn+to+code"' in markup
    assert "Ask for this roadmap" not in page  # nothing is missing from the catalog: a choice to make
    body = {"goal": "learn to code"}
    assert Client().post("/api/v1/roadmaps/generate", body, content_type="application/json").status_code == 404
    assert demand_list() == []
    finder = text(Client().get("/finder", {"goal": "learn to code", "hours": "5", "purpose": "hobby"}).content)
    assert "“learn to code” names no one skill yet: a field narrows it down." in finder
    assert "Which field interests you?" in finder


def test_a_deadline_that_is_not_realistic_still_becomes_the_plans_target_date_and_the_plan_says_so() -> None:
    client = Client()
    page = client.get(_generated(client, goal="learn react in 2 weeks"))
    assert "is not realistic for React" in text(page.content)
    plan_link = re.search(r'href="(/generate\?from=[^"]+)"', page.content.decode())
    assert plan_link
    query = dict(parse_qsl(plan_link.group(1).split("?", 1)[1].replace("&amp;", "&")))
    assert query["target_date"] == (timezone.localdate() + timedelta(weeks=2)).isoformat()  # before: left out
    preview = text(client.post("/generate/preview", query, headers={"HX-Request": "true"}).content)
    assert "after your target of" in preview, preview
    assert "Move the target date or drop some topics." in preview
