"""The estimation rule counts a phase's own topics and its projects: a topic a prerequisite roadmap teaches is a
recap there, derived from the catalog (never listed by hand), and the validator, the recompute script and the
command line all agree. On the sample catalog, where Beta Operations assumes Alpha Developer."""

from __future__ import annotations

import json
import re
import runpy
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from roadmapfinder.catalog import load_catalog
from roadmapfinder.catalog.loader import catalog_in
from roadmapfinder.cli.app import app
from tests.unit.test_content_validation import edit, only_problem

BETA = "roadmaps/beta-ops.yaml"
SCRIPT = Path(__file__).parents[2] / "scripts" / "recompute_estimates.py"
runner = CliRunner()


def test_a_topic_a_prerequisite_teaches_is_a_recap_named_by_the_roadmap_that_teaches_it(content_copy: Path) -> None:
    catalog = load_catalog(content_copy)
    beta, alpha = catalog.roadmap("beta-ops"), catalog.roadmap("alpha-dev")
    assert catalog.recap_of(beta, "terminal") == alpha
    assert catalog.recap_of(beta, "containers") is None, "its own topic"
    assert catalog.recaps(alpha) == (), "a roadmap that assumes nothing has no recaps"
    ship = beta.phases[0]
    assert catalog.counted_topics(beta, ship) == ("containers", "pipelines", "monitoring")
    assert catalog.phase_hours(beta, ship) == 30 + 10, "three 10-hour topics and a 10-hour project"
    assert catalog.roadmap_hours(beta) == sum(catalog.phase_hours(beta, p) for p in beta.phases) == 70


def test_listing_another_prerequisite_topic_changes_no_estimate(content_copy: Path) -> None:
    """Nobody maintains a list of recaps: a topic the prerequisite teaches added to a phase is one at once."""
    edit(content_copy, BETA, lambda d: d["phases"][0]["core_skills"].append("styling"))
    catalog = load_catalog(content_copy)  # valid as it stands: the range did not have to change
    beta = catalog.roadmap("beta-ops")
    assert catalog.recap_of(beta, "styling") == catalog.roadmap("alpha-dev")
    assert catalog.roadmap_hours(beta) == 70


def test_the_validator_refuses_a_range_that_counts_recap_hours(content_copy: Path) -> None:
    # 4-6 weeks is what the phase's 50 hours made when Alpha's terminal basics were counted again
    edit(content_copy, BETA, lambda d: d["phases"][0].update(estimated_weeks={"min": 4, "max": 6}))
    problem = only_problem(content_copy)
    assert (problem.file, problem.field, problem.rule) == (BETA, "phases[0].estimated_weeks", "estimate")
    assert problem.message == (
        "phase 1 is estimated at 4-6 weeks but its own topics (not its 1 recap topic `terminal`, taught by the "
        "prerequisite roadmap Alpha Developer) and projects add up to 40 hours, which the rule turns into 3-5 weeks "
        "at 10 h/week"
    )
    assert problem.fix == (
        "set estimated_weeks to {min: 3, max: 5} (scripts/recompute_estimates.py does it), or correct the topics' "
        "effort_hours"
    )


def test_the_validate_command_names_file_field_and_fix(content_copy: Path) -> None:
    edit(content_copy, BETA, lambda d: d["phases"][1].update(estimated_weeks={"min": 4, "max": 6}))
    result = runner.invoke(app, ["validate", str(content_copy)], env={"COLUMNS": "300"})
    assert result.exit_code == 1
    out = " ".join(result.output.split())
    for expected in (
        "roadmaps/beta-ops.yaml",
        "phases[1].estimated_weeks",
        "[estimate]",
        "set estimated_weeks to {min: 1, max: 2}",
    ):
        assert expected in out, expected


def test_the_recompute_script_writes_ranges_without_recap_hours(content_copy: Path) -> None:
    for roadmap in (content_copy / "roadmaps").glob("*.yaml"):  # the script keeps the layout: ranges on one line
        one_line = re.sub(
            r"estimated_weeks:\n\s+min: (\d+)\n\s+max: (\d+)",
            r"estimated_weeks: {min: \1, max: \2}",
            roadmap.read_text(),
        )
        roadmap.write_text(one_line)
    path = content_copy / BETA
    path.write_text(re.sub(r"\{min: \d+, max: \d+\}", "{min: 4, max: 6}", path.read_text()))
    namespace = runpy.run_path(str(SCRIPT))
    assert namespace["main"](content_copy) == 0
    ranges = [p["estimated_weeks"] for p in yaml.safe_load(path.read_text())["phases"]]
    assert ranges == [{"min": 3, "max": 5}, {"min": 1, "max": 2}, {"min": 1, "max": 2}, {"min": 1, "max": 2}]
    load_catalog(content_copy)  # and the validator agrees


def test_show_marks_recaps_and_says_what_the_estimate_assumes() -> None:
    result = runner.invoke(app, ["show", "beta-ops"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stdout).split())  # the text, whatever the terminal's width
    assert "Total: 6–11 weeks at 10 h/week · 70 hours" in out
    assert "Assumes: Alpha Developer" in out
    assert "Estimates assume you have done Alpha Developer: the 13 topics marked “Recap” are taught there" in out
    assert "Terminal basics Recap · taught in Alpha Developer, not counted" in out  # its name, never [terminal]
    assert "Containers 2. Pipelines" in out, "its own topic, unmarked"
    assert "[containers]" not in out
    assert "(10 hours; recaps not counted)" in out


def test_show_json_carries_the_recaps() -> None:
    result = runner.invoke(app, ["show", "beta-ops", "--json"])
    body = json.loads(result.stdout)
    assert body["recap_count"] == 13
    assert body["total_hours"] == 70
    assert body["phases"][0]["core_skills"][3]["recap_of"] == {"slug": "alpha-dev", "title": "Alpha Developer"}


def test_a_plan_of_a_roadmap_alone_says_what_it_assumes_and_how_to_add_it() -> None:
    result = runner.invoke(app, ["plan", "beta-ops", "--start", "2027-01-04"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "70 hours" in result.stdout, "the same hours as the roadmap's page"
    assert (
        "Beta Operations assumes you have done Alpha Developer, so this plan leaves out the 13 Beta Operations "
        "topics that Alpha Developer teaches. Not done it yet? Plan it too: "
        "roadmapfinder plan 'Alpha Developer' beta-ops"
    ) in " ".join(result.stderr.split())
    finished = runner.invoke(app, ["plan", "beta-ops", "--finished", "alpha-dev", "--start", "2027-01-04"])
    assert "assumes you have done" not in finished.stderr


@pytest.mark.slow
def test_a_plan_of_one_roadmap_has_the_hours_of_its_page_and_names_what_it_assumes() -> None:
    from datetime import date

    from roadmapfinder.planning import PlanRequest, build_plan

    shipped = load_catalog()
    for slug in ("system-design", "software-architect", "engineering-manager", "django", "typescript", "vue"):
        roadmap = shipped.roadmap(slug)
        plan = build_plan(shipped, PlanRequest(targets=[slug]), today=date(2027, 1, 4))
        assert plan.total_hours == shipped.roadmap_hours(roadmap), slug
        assert [a.slug for a in plan.assumed] == list(roadmap.prerequisite_roadmaps), slug
        assert sum(a.recaps for a in plan.assumed) == len(shipped.recaps(roadmap)), slug
    both = build_plan(shipped, PlanRequest(targets=["backend", "system-design"]), today=date(2027, 1, 4))
    assert both.assumed == ()
    assert both.total_hours == shipped.roadmap_hours(shipped.roadmap("backend")) + 186


def test_a_roadmap_counts_the_topic_it_is_about_when_its_prerequisite_only_glances_at_it() -> None:
    """The Django roadmap showed its own `django` topic as “Recap · taught in Python, not counted”, because the Python
    roadmap listed the 20-hour Django topic as an extra. Python now teaches an introduction of its own, so Django
    counts Django, and no roadmap's subject is a recap of a prerequisite's extra section."""
    catalog = catalog_in(None)
    django, python = catalog.roadmap("django"), catalog.roadmap("python")
    assert catalog.recap_of(django, "django") is None
    assert "django" in catalog.counted_topics(django, django.phases[0])
    assert "django-introduction" in python.topic_ids
    assert "django" not in python.topic_ids
    for roadmap in catalog.roadmaps:
        for topic_id in catalog.recaps(roadmap):
            if topic_id == roadmap.slug:
                teacher = catalog.recap_of(roadmap, topic_id)
                assert teacher is not None
                assert any(topic_id in p.core_skills for p in teacher.phases), (roadmap.slug, teacher.slug)
