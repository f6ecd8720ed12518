"""Experience stated inside a goal, as learners type it, over the generator's API, page and command line and the
finder, on the shipped catalog: what the learner has worked as or with, for how long, is what they know or where they
come from, said and undoable, never a second subject to learn and never "not understood".

Before: "devops, i worked as a sysadmin for 5 years" built "DevOps Engineer and Linux" (installing Linux and vimtutor
added); "backend developer, 3 years as a java developer" still taught the Java language; "data scientist.
background: 10 years as an accountant using excel" built Excel as a second subject and said “background” was not
understood; "i was a teacher for 10 years, ..." left “was” and “teacher” not understood.
"""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import (
    finder_answer,
    generate_answer,
    generated,
    generated_page,
    names_read,
    reading_of,
    topics_taught,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()

#: What a phrase read as the learner's background means.
BACKGROUND = "your background, not something to learn here"


def _known_skipped(roadmap: dict[str, Any]) -> set[str]:
    """The topics left out of the roadmap because the learner knows them."""
    return {s["id"] for s in roadmap["skipped"] if s["reason"].startswith("you know it")}


SYSADMIN = [
    ("devops, i worked as a sysadmin for 5 years", "i worked as a sysadmin for 5 years"),
    ("devops engineer, i have been a linux sysadmin for 5 years", "i have been a linux sysadmin for 5 years"),
]


@pytest.mark.parametrize(("goal", "said"), SYSADMIN)
def test_years_as_a_sysadmin_are_what_the_learner_knows_not_a_second_subject(goal: str, said: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "DevOps Engineer"  # before: "DevOps Engineer and Linux"
    reading = reading_of(roadmap, said)
    assert reading["how"] == "known"
    assert "Linux system administration" in names_read(reading)
    assert "linux-system-administration" in _known_skipped(roadmap)
    assert not {"linux-distributions", "vim"} & topics_taught(roadmap)  # the Linux roadmap's first steps
    assert roadmap["not_understood"] == []
    assert roadmap["deadline"] is None  # "for 5 years" is how long they worked, never a time frame


@pytest.mark.parametrize(("goal", "said"), SYSADMIN)
def test_undoing_years_as_a_sysadmin_reads_them_as_typed(goal: str, said: str) -> None:
    undone = generated(goal, plain=[said])
    assert "linux-system-administration" not in _known_skipped(undone)
    assert all(u["said"] != said for u in undone["understood"])


JAVA = [
    ("backend developer, 3 years as a java developer", "3 years as a java developer"),
    ("backend developer, i've been coding in java for 3 years", "i've been coding in java for 3 years"),
    ("backend developer, java dev for 3 years", "java dev for 3 years"),
]


@pytest.mark.parametrize(("goal", "said"), JAVA)
def test_years_of_java_know_the_java_language_and_the_role_is_learnt_in_it(goal: str, said: str) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == "Backend Developer in Java"  # before: "Backend Developer and Java" for "java dev"
    reading = reading_of(roadmap, said)
    assert reading["how"] == "known"
    # the Java roadmap's phases before Junior that build on the language: its foundations, building and testing
    java = {"Java basics", "The Java Collections Framework", "Apache Maven", "Testing Java with JUnit"}
    assert java <= set(names_read(reading)), names_read(reading)
    assert "backend-language" in _known_skipped(roadmap)  # no 40 h of "A backend programming language (Java)"
    assert "backend-language" not in topics_taught(roadmap)
    assert roadmap["not_understood"] == []


def test_undoing_years_of_java_teaches_the_language_again() -> None:
    goal, said = JAVA[0]
    assert "backend-language" in topics_taught(generated(goal, plain=[said]))


def test_a_few_months_of_a_language_are_its_basics_only() -> None:
    roadmap = generated("backend developer, i've been coding in java for 3 months")
    assert names_read(reading_of(roadmap, "i've been coding in java for 3 months")) == ["Java basics"]
    assert "backend-language" in topics_taught(roadmap)


def test_a_job_named_as_background_with_a_tool_used_is_background_and_known() -> None:
    goal = "data scientist. background: 10 years as an accountant using excel"
    roadmap = generated(goal)
    assert roadmap["title"] == "Data Scientist"  # before: "Data Scientist and Spreadsheets for data analysis ..."
    assert names_read(reading_of(roadmap, "accountant")) == [BACKGROUND]
    known = reading_of(roadmap, "background: 10 years as an accountant using excel")
    assert known["how"] == "known"
    assert names_read(known) == ["Spreadsheets for data analysis (Excel and Google Sheets)"]
    assert roadmap["not_understood"] == []  # before: “background”


def test_undoing_a_background_clause_reads_all_of_it_as_typed() -> None:
    goal = "data scientist. background: 10 years as an accountant using excel"
    undone = generated(goal, plain=["background: 10 years as an accountant using excel"])
    assert undone["title"].startswith("Data Scientist and Spreadsheets")  # as before: Excel a second subject
    assert undone["known"] == []


@pytest.mark.parametrize(
    ("goal", "title", "background"),
    [
        ("i was a teacher for 10 years, want to become a data analyst", "Data Analyst", "teacher"),
        ("coming from a marketing background, want to do data analysis with sql", "Data Analyst with SQL", "marketing"),
        ("mechanical engineer with matlab experience wanting machine learning", "Machine Learning Engineer", None),
    ],
)
def test_a_job_that_is_no_skill_is_the_learners_background(goal: str, title: str, background: str | None) -> None:
    roadmap = generated(goal)
    assert roadmap["title"] == title
    apart = [u["said"] for u in roadmap["understood"] if u["how"] == "background"]
    assert apart, roadmap["understood"]
    assert background is None or background in apart, apart
    assert roadmap["not_understood"] == []  # before: “was”, “teacher”; “coming”, “marketing background”; “matlab”
    assert roadmap["known"] == []
    assert roadmap["deadline"] is None


def test_a_mechanical_engineer_with_matlab_experience_is_said_as_background() -> None:
    roadmap = generated("mechanical engineer with matlab experience wanting machine learning")
    apart = {u["said"] for u in roadmap["understood"] if u["how"] == "background"}
    assert apart == {"mechanical engineer", "matlab experience"}


def test_years_of_experience_in_manual_testing_are_known_not_a_roadmap_to_learn() -> None:
    roadmap = generated("i have 6 years of experience in manual testing, want automation")
    # before: "QA Engineer and Software testing fundamentals", manual testing read as a second subject to learn;
    # now what they know is said, and after it "automation" is test automation (test_past_learning_in_goal.py)
    said = "i have 6 years of experience in manual testing"
    read = names_read(reading_of(roadmap, said))  # what a manual tester does daily: QA Engineer's first phase
    assert read[0] == "Quality assurance fundamentals"
    assert {"Test design techniques", "Bug reporting and tracking", "Test planning and strategy"} <= set(read), read
    assert "Software testing fundamentals" not in read, "writing automated tests is what they came to learn"


def test_years_worked_in_wordpress_are_known_and_web_developer_stays_a_choice() -> None:
    status, body = generate_answer("web developer, worked 2 years in wordpress")
    assert status == 404, body.get("title")  # before: the WordPress Developer roadmap, to learn
    assert "what you said you know (“worked 2 years in wordpress”)" in body["hint"]


def test_a_former_job_is_what_the_learner_knows() -> None:
    status, body = generate_answer("ex-network engineer moving into cloud")
    assert status == 404, body.get("title")  # before: the Network Engineer roadmap, to learn; now which cloud job
    assert "what you said you know (“ex-network engineer”)" in body["hint"], body


def test_years_of_php_before_go_are_php_known() -> None:
    roadmap = generated("after 4 years of php i want to learn go")
    assert roadmap["title"] == "Go"
    assert "PHP language basics" in names_read(reading_of(roadmap, "after 4 years of php"))


def test_the_page_the_command_line_and_the_finder_read_years_as_a_sysadmin_alike() -> None:
    goal, said = SYSADMIN[0]
    page = generated_page(goal)
    assert f"“{said}” → what you know: Linux system administration" in page
    assert "DevOps Engineer and Linux" not in page
    result = runner.invoke(app, ["generate", goal])
    flat = " ".join(result.output.split())
    assert f"“{said}” → what you know: Linux system administration" in flat, flat
    assert "DevOps Engineer Roadmap" in flat
    assert f"--plain '{said}'" in flat
    found = finder_answer(goal)
    assert found["recommendations"][0]["slug"] == "devops"
    assert "linux" not in [r["slug"] for r in found["recommendations"]]  # before: Linux second
    assert "linux-system-administration" in found["known"]


@pytest.mark.parametrize(
    ("goal", "title", "background"),
    [
        ("frontend developer coming from graphic design", "Frontend Developer", "graphic design"),
        ("cloud engineer coming from helpdesk", "Cloud Engineer", "helpdesk"),
        ("coming from a helpdesk background, cloud engineer", "Cloud Engineer", "helpdesk"),
        ("coming from a marketing background, learn sql", "SQL", "marketing"),
        ("i'm coming from teaching, want to learn python", "Python", "teaching"),
        ("cloud engineer from helpdesk", "Cloud Engineer", "helpdesk"),
        ("ux designer from a nursing background", "UX Design", "nursing"),
    ],
)
def test_where_the_learner_comes_from_is_their_background_wherever_the_goal_says_it(
    goal: str, title: str, background: str
) -> None:
    # before: "The catalog has no roadmap for “graphic design”" (and for “helpdesk”), as if they wanted to learn it;
    # "coming from a marketing background, learn sql" said “coming” and “marketing background” not understood
    roadmap = generated(goal)
    assert roadmap["title"] == title
    apart = [u["said"] for u in roadmap["understood"] if u["how"] == "background"]
    assert apart == [background], roadmap["understood"]
    assert roadmap["not_understood"] == []
    assert not [n for n in roadmap["notes"] if "no roadmap for" in n], roadmap["notes"]


@pytest.mark.parametrize(
    ("goal", "said", "known", "title"),
    [
        ("coming from java, learn go", "coming from java", "Java basics", "Go"),
        ("coming from a java background, learn go", "coming from a java background", "Java basics", "Go"),
        (
            "i'm coming from angular and want to learn react",
            "i'm coming from angular",
            "Angular components and templates",
            "React",
        ),
        ("devops from sysadmin", "from sysadmin", "Linux system administration", "DevOps Engineer"),
        ("data engineer coming from dba", "coming from dba", "SQL basics", "Data Engineer"),
        # a move's origin too: before, "switch from sysadmin to devops" set sysadmin apart as background and taught
        # Linux administration; "migrate from angular to react" built Django's migrations, Angular and React
        ("switch from sysadmin to devops", "switch from sysadmin", "Linux system administration", "DevOps Engineer"),
        ("migrate from angular to react", "migrate from angular", "Angular components and templates", "React"),
        ("moving from java to go", "moving from java", "Java basics", "Go"),
    ],
)
def test_a_skill_or_job_the_learner_comes_from_is_what_they_know(goal: str, said: str, known: str, title: str) -> None:
    # before: "coming from java, learn go" built Java and Go side by side, "devops from sysadmin" DevOps and Linux
    roadmap = generated(goal)
    assert roadmap["title"] == title
    reading = reading_of(roadmap, said)
    assert reading["how"] == "known"
    assert known in names_read(reading)
    assert roadmap["not_understood"] == []


def test_undoing_where_the_learner_comes_from_reads_it_as_typed() -> None:
    undone = generated("coming from java, learn go", plain=["coming from java"])
    assert undone["known"] == []
    assert "java-basics" in topics_taught(undone)


@pytest.mark.parametrize(
    ("goal", "subject"),
    [
        ("backend developer from scratch", "Backend Developer"),
        ("scrape data coming from websites with python", "Collecting data from APIs and the web"),
        ("learn python from zero", "Python"),
    ],
)
def test_from_that_names_no_origin_is_read_as_before(goal: str, subject: str) -> None:
    roadmap = generated(goal)
    assert not [u for u in roadmap["understood"] if u["how"] in ("background", "known")], roadmap["understood"]
    assert roadmap["title"].startswith(subject), roadmap["title"]


@pytest.mark.parametrize(
    ("goal", "said", "known", "title"),
    [
        (
            "i've been coding python for 6 months, want data science",
            "i've been coding python for 6 months",
            "Python basics",
            "Data Scientist",
        ),
        ("6 months of javascript, want react", "6 months of javascript", "JavaScript syntax and types", "React"),
        (
            "i have 6 months experience with react, want next.js",
            "i have 6 months experience with react",
            "React",
            "Next.js",
        ),
    ],
)
def test_months_of_a_skill_are_what_the_learner_knows(goal: str, said: str, known: str, title: str) -> None:
    # before: "Python and Data Scientist", "JavaScript and React", "React and Next.js": what they have done for months
    # was a second subject to learn
    roadmap = generated(goal)
    assert roadmap["title"] == title
    reading = reading_of(roadmap, said)
    assert reading["how"] == "known"
    assert known in names_read(reading)
    assert roadmap["deadline"] is None  # how long they did it, never a time frame
    assert roadmap["not_understood"] == []
