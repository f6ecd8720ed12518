"""Content validation: one broken fixture per rule, and the exact report an author gets for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from roadmapfinder.catalog import ContentInvalid, Problem, load_catalog
from roadmapfinder.cli.app import app

Data = dict[str, Any]


def edit(root: Path, file: str, change: Callable[[Data], None]) -> None:
    """Apply `change` to one YAML file of a content folder."""
    path = root / file
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def problems(root: Path) -> list[Problem]:
    with pytest.raises(ContentInvalid) as caught:
        load_catalog(root)
    return caught.value.problems


def only_problem(root: Path) -> Problem:
    found = problems(root)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


ALPHA = "roadmaps/alpha-dev.yaml"


def test_the_sample_content_is_valid(content_copy: Path) -> None:
    catalog = load_catalog(content_copy)
    assert [r.slug for r in catalog.roadmaps] == ["alpha-dev", "beta-ops"]
    assert len(catalog.topics) == 20


def test_yaml_syntax_error_names_the_line(content_copy: Path) -> None:
    (content_copy / "topics/markup.yaml").write_text("id: markup\nname: [unclosed\n")
    found = problems(content_copy)
    [problem] = [p for p in found if p.rule == "yaml"]
    assert problem.file == "topics/markup.yaml"
    # the roadmaps that use the broken topic are reported too, so nothing hides behind the first error
    assert {p.file for p in found if p.rule == "unknown-topic"} == {ALPHA, "roadmaps/beta-ops.yaml"}
    assert problem.field.startswith("line ")
    assert problem.message.startswith("not valid YAML")


def test_unknown_field_is_an_error_not_ignored(content_copy: Path) -> None:
    edit(content_copy, "roadmaps/beta-ops.yaml", lambda d: d.update(efort_hours=3))
    problem = only_problem(content_copy)
    assert problem == Problem(
        "roadmaps/beta-ops.yaml",
        "efort_hours",
        "schema",
        "Extra inputs are not permitted",
        "remove `efort_hours` or correct its spelling; unknown fields are not allowed",
    )


def test_missing_field_and_bad_level_are_reported_together(content_copy: Path) -> None:
    def change(d: Data) -> None:
        del d["outro"]
        d["phases"][1]["level"] = "Expert"

    edit(content_copy, ALPHA, change)
    found = {(p.field, p.rule): p for p in problems(content_copy)}
    assert found[("outro", "schema")].fix == "add `outro` (see content/README.md for what it holds)"
    assert found[("phases[1].level", "schema")].fix.startswith("use one of: 'Beginner', 'Beginner → Junior'")


def test_file_name_must_match_the_slug(content_copy: Path) -> None:
    (content_copy / ALPHA).rename(content_copy / "roadmaps/alpha.yaml")
    problem = only_problem(content_copy)
    assert problem.rule == "file-name"
    assert problem.message == "roadmap slug `alpha-dev` differs from the file name"
    assert problem.fix == "rename the file to `alpha-dev.yaml` or set slug to `alpha`"


def test_an_alias_may_not_name_another_roadmap(content_copy: Path) -> None:
    title = yaml.safe_load((content_copy / "roadmaps/beta-ops.yaml").read_text())["title"]
    edit(content_copy, ALPHA, lambda d: d.update(aliases=[*d.get("aliases", []), title.upper()]))
    problem = only_problem(content_copy)
    assert problem == Problem(
        ALPHA,
        "aliases",
        "alias-names-another",
        f"alias `{title.upper()}` is the name of the roadmap `beta-ops`",
        "remove it: learners who say it mean `beta-ops`",
    )


@pytest.mark.parametrize("alias", ["analyze", "@model", "security+", "Protected"])
def test_an_alias_may_not_be_an_everyday_word(content_copy: Path, alias: str) -> None:
    # "analyze data" was PostgreSQL's EXPLAIN, "3d modeling" SwiftData's @model, "secure my home network" Security+
    edit(content_copy, "topics/markup.yaml", lambda d: d.update(aliases=[*d.get("aliases", []), alias]))
    problem = only_problem(content_copy)
    assert (problem.file, problem.field, problem.rule) == ("topics/markup.yaml", "aliases", "alias-everyday-word")
    assert f"`{alias}`" in problem.message


def test_an_everyday_word_inside_a_phrase_is_a_fine_alias(content_copy: Path) -> None:
    edit(content_copy, "topics/markup.yaml", lambda d: d.update(aliases=[*d.get("aliases", []), "explain analyze"]))
    assert load_catalog(content_copy).topic("markup")


def test_duplicate_topic_ids(content_copy: Path) -> None:
    (content_copy / "topics/markup-copy.yaml").write_text((content_copy / "topics/markup.yaml").read_text())
    found = [p for p in problems(content_copy) if p.rule == "duplicate"]
    assert {(p.file, p.message) for p in found} == {
        ("topics/markup.yaml", "topic id `markup` is also used by topics/markup-copy.yaml"),
        ("topics/markup-copy.yaml", "topic id `markup` is also used by topics/markup.yaml"),
    }


def test_unknown_topic_suggests_the_closest_ids(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d["phases"][0]["core_skills"].__setitem__(3, "version-contrl"))
    found = problems(content_copy)
    unknown = next(p for p in found if p.rule == "unknown-topic")
    assert unknown.field == "phases[0].core_skills[3]"
    assert unknown.message == "no topic `version-contrl`"
    assert unknown.fix.startswith("use the id of an existing topic in topics/ (did you mean `version-control`")


def test_unknown_prerequisite_roadmap(content_copy: Path) -> None:
    edit(content_copy, "roadmaps/beta-ops.yaml", lambda d: d.update(prerequisite_roadmaps=["alpha-devv"]))
    found = [p for p in problems(content_copy) if p.rule == "unknown-roadmap"]
    assert len(found) == 1
    assert found[0].message == "no roadmap `alpha-devv`"
    assert "did you mean `alpha-dev`" in found[0].fix


def test_a_topic_taught_twice(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d["phases"][1]["core_skills"].append("terminal"))
    found = [p for p in problems(content_copy) if p.rule == "repeated-topic"]
    assert [(p.field, p.message) for p in found] == [
        ("phases[1].core_skills[4]", "`terminal` is already taught at phases[0].core_skills[2]")
    ]


def test_phase_count(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d.update(phases=d["phases"][:3]))
    found = [p for p in problems(content_copy) if p.rule == "phase-count"]
    assert [p.message for p in found] == ["the roadmap has 3 phases; it needs 4-8"]


def test_empty_phase(content_copy: Path) -> None:
    def change(d: Data) -> None:
        d["phases"][3]["core_skills"] = d["phases"][3]["core_skills"][:3]
        d["phases"][3]["projects"] = []

    edit(content_copy, ALPHA, change)
    found = {p.field: p.message for p in problems(content_copy) if p.rule == "empty-phase"}
    assert found == {
        "phases[3].core_skills": "phase 4 has 3 core skills; it needs 4",
        "phases[3].projects": "phase 4 has no project",
    }


def test_min_weeks_above_max(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d["phases"][0].update(estimated_weeks={"min": 6, "max": 4}))
    problem = only_problem(content_copy)
    assert (problem.field, problem.rule, problem.message) == (
        "phases[0].estimated_weeks",
        "week-range",
        "min 6 is above max 4",
    )
    assert problem.fix == "swap them: {min: 4, max: 6}"


def test_levels_going_backwards(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d["phases"][2].update(level="Beginner"))
    problem = only_problem(content_copy)
    assert problem.rule == "level-order"
    assert problem.message == "level `Beginner` comes after `Beginner → Junior`: levels never go down"


def test_estimate_that_disagrees_with_effort(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d["phases"][0].update(estimated_weeks={"min": 20, "max": 30}))
    problem = only_problem(content_copy)
    assert problem.rule == "estimate"
    assert problem.message == (
        "phase 1 is estimated at 20-30 weeks but its topics and projects add up to 50 hours, "
        "which the rule turns into 4-6 weeks at 10 h/week"
    )
    assert problem.fix.startswith("set estimated_weeks to {min: 4, max: 6}")


def test_a_range_one_week_off_the_rule_is_reported(content_copy: Path) -> None:
    """The rule is a formula, not a tolerance: a hand-widened range disagrees with the hours."""
    edit(content_copy, ALPHA, lambda d: d["phases"][0].update(estimated_weeks={"min": 4, "max": 7}))
    assert only_problem(content_copy).rule == "estimate"


@pytest.mark.parametrize(
    ("hours", "weeks"),
    [(3, (1, 2)), (10, (1, 2)), (50, (4, 6)), (60, (5, 8)), (100, (8, 13)), (345, (28, 43))],
)
def test_phase_weeks_formula(hours: float, weeks: tuple[int, int]) -> None:
    from roadmapfinder.catalog.estimate import phase_weeks

    assert (phase_weeks(hours).min, phase_weeks(hours).max) == weeks


def test_topic_and_project_hours_come_in_bands(content_copy: Path) -> None:
    edit(content_copy, "topics/markup.yaml", lambda d: d.update(effort_hours=7))
    found = [p for p in problems(content_copy) if p.rule == "effort-band"]
    assert [(p.file, p.field) for p in found] == [("topics/markup.yaml", "effort_hours")]
    assert found[0].message == "7 hours is not one of the topic bands 3, 5, 10, 20, 40"
    assert "nearest: 5" in found[0].fix


def test_project_hours_come_in_bands(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d["phases"][0]["projects"][0].update(effort_hours=12))
    found = {p.rule: p for p in problems(content_copy)}
    assert found["effort-band"].field == "phases[0].projects[0].effort_hours"
    assert found["effort-band"].message == "12 hours is not one of the project bands 5, 10, 20, 40"


def _make_role(d: Data, job_ready_phase: int | None, kind: str = "role") -> None:
    d["kind"] = kind
    if job_ready_phase is not None:
        d["phases"][job_ready_phase].update(job_ready=True, job_ready_note="A deployed API to show an employer.")


def test_a_role_roadmap_from_no_experience_needs_a_job_ready_milestone(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: _make_role(d, None))
    problem = only_problem(content_copy)
    assert (problem.rule, problem.field) == ("role-band", "phases")
    assert "no job-ready milestone" in problem.message


def test_a_job_ready_milestone_outside_the_band_is_reported(content_copy: Path) -> None:
    """The sample roadmap is small: even its last phase comes far below the band's 300 hours."""
    edit(content_copy, ALPHA, lambda d: _make_role(d, 3))
    problem = only_problem(content_copy)
    assert problem.rule == "role-band"
    assert problem.field == "phases[3].job_ready"
    assert problem.message.endswith("the band is 300-500 hours")


def test_a_role_beyond_code_has_its_own_band(content_copy: Path) -> None:
    """No first programming language to learn from zero: the band of a non-coding role starts at 200 hours."""
    edit(content_copy, ALPHA, lambda d: _make_role(d, 0, kind="non-coding-role"))
    problem = only_problem(content_copy)
    assert problem.rule == "role-band"
    assert problem.message.endswith("the band is 200-500 hours")


def test_an_unknown_kind_is_refused(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d.update(kind="manager"))
    [problem] = [p for p in problems(content_copy) if p.file == ALPHA]
    assert (problem.rule, problem.field) == ("schema", "kind")
    assert "'role', 'non-coding-role' or 'skill'" in problem.fix


def test_job_ready_only_on_a_role_roadmap_with_a_note_and_once(content_copy: Path) -> None:
    def change(d: Data) -> None:
        d["phases"][1].update(job_ready=True)
        d["phases"][2].update(job_ready=True, job_ready_note="Two services deployed.")

    edit(content_copy, ALPHA, change)
    found = [(p.field, p.message) for p in problems(content_copy) if p.rule == "job-ready"]
    assert ("phases[1].job_ready_note", "a job-ready phase has no note") in found
    assert ("phases[1].job_ready", "only a role roadmap has a job-ready milestone") in found
    assert ("phases[2].job_ready", "a roadmap has one job-ready milestone; this is the second") in found


def test_topic_prerequisite_cycle(content_copy: Path) -> None:
    edit(content_copy, "topics/web-basics.yaml", lambda d: d.update(prerequisites=["http-basics"]))
    cycles = [p for p in problems(content_copy) if p.rule == "prerequisite-cycle"]
    assert [p.message for p in cycles] == ["topic prerequisites form a cycle: http-basics → web-basics → http-basics"]


def test_roadmap_prerequisite_cycle(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d.update(prerequisite_roadmaps=["beta-ops"]))
    cycles = [p for p in problems(content_copy) if p.rule == "prerequisite-cycle"]
    assert [p.message for p in cycles] == ["roadmap prerequisites form a cycle: alpha-dev → beta-ops → alpha-dev"]


def test_prerequisite_taught_too_late(content_copy: Path) -> None:
    edit(content_copy, "topics/markup.yaml", lambda d: d.update(prerequisites=["api-basics"]))
    problem = only_problem(content_copy)
    assert problem == Problem(
        ALPHA,
        "phases[1].core_skills[0]",
        "prerequisite-order",
        "`markup` needs `api-basics`, which this roadmap has not taught before it",
        "teach `api-basics` earlier, or list a roadmap that teaches it in prerequisite_roadmaps",
    )


def test_project_practising_a_later_topic(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d["phases"][0]["projects"][0]["practises"].append("queries"))
    problem = only_problem(content_copy)
    assert problem.rule == "project-topic"
    assert problem.field == "phases[0].projects[0].practises[2]"


def test_topic_without_summary_key_points_or_resources(content_copy: Path) -> None:
    edit(content_copy, "topics/markup.yaml", lambda d: d.update(summary="", key_points=["one"], resources=[]))
    found = {p.field: p.message for p in problems(content_copy) if p.rule == "topic-text"}
    assert found == {
        "summary": "the topic has no summary",
        "key_points": "the topic has 1 key points; it needs 3-8",
        "resources": "the topic has no resource",
    }


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://example.org/docs", "is not an https URL"),
        ("https://bit.ly/abc", "goes through a link shortener"),
        ("https://www.google.com/search?q=html", "is a search-engine URL"),
        ("https://example.org/docs?utm_source=x", "carries tracking parameters"),
    ],
)
def test_links_that_break_the_rules(content_copy: Path, url: str, reason: str) -> None:
    edit(content_copy, "topics/markup.yaml", lambda d: d["resources"][0].update(url=url))
    problem = only_problem(content_copy)
    assert (problem.field, problem.rule, problem.message) == ("resources[0].url", "link", f"`{url}` {reason}")


@pytest.mark.parametrize(
    "url", ["https://developers.google.com/search/docs", "https://cloud.google.com/docs?hl=en", "https://bing.com/"]
)
def test_documentation_on_search_companies_hosts_is_not_a_search_url(content_copy: Path, url: str) -> None:
    edit(content_copy, "topics/markup.yaml", lambda d: d["resources"][0].update(url=url))
    assert load_catalog(content_copy).topic("markup").resources[0].url == url


def test_every_problem_is_reported_at_once_by_the_cli(content_copy: Path) -> None:
    edit(content_copy, "topics/markup.yaml", lambda d: d["resources"][0].update(url="http://example.org"))
    edit(content_copy, ALPHA, lambda d: d["phases"][2].update(level="Beginner"))
    result = CliRunner().invoke(app, ["validate", str(content_copy)])
    assert result.exit_code == 1
    assert "2 content problem(s)" in result.stderr
    assert "roadmaps/alpha-dev.yaml: phases[2].level:" in result.stderr
    assert "topics/markup.yaml: resources[0].url:" in result.stderr
    assert "fix: " in result.stderr
    assert "Traceback" not in result.output


def test_validate_reports_a_folder_that_is_not_content(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "needs `roadmaps/` and `topics/` subfolders" in result.stderr


def test_validate_json_lists_problems(content_copy: Path) -> None:
    edit(content_copy, ALPHA, lambda d: d["phases"][2].update(level="Beginner"))
    result = CliRunner().invoke(app, ["validate", str(content_copy), "--json"])
    assert result.exit_code == 1
    assert '"rule": "level-order"' in result.stdout


def test_validate_passes_on_valid_content(content_copy: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(content_copy)])
    assert result.exit_code == 0
    assert "Content is valid: 2 roadmaps, 20 topics." in result.stdout


def test_shared_resources_are_defined_once_and_cited_by_ref(content_copy: Path) -> None:
    (content_copy / "resources.yaml").write_text(
        "sample-docs: {title: Sample docs, url: 'https://example.org/docs/', kind: docs, free: true}\n"
    )
    edit(content_copy, "topics/markup.yaml", lambda d: d.update(resources=[{"ref": "sample-docs"}]))
    resource = load_catalog(content_copy).topic("markup").resources[0]
    assert (resource.title, resource.url, resource.shared) == (
        "Sample docs",
        "https://example.org/docs/",
        "sample-docs",
    )


def test_unknown_shared_resource_suggests_the_closest(content_copy: Path) -> None:
    (content_copy / "resources.yaml").write_text(
        "sample-docs: {title: Sample docs, url: 'https://example.org/docs/', kind: docs, free: true}\n"
    )
    edit(content_copy, "topics/markup.yaml", lambda d: d.update(resources=[{"ref": "sample-doc"}]))
    [problem] = [p for p in problems(content_copy) if p.rule == "unknown-resource"]
    assert (problem.file, problem.field) == ("topics/markup.yaml", "resources[0].ref")
    assert (
        problem.fix
        == "use an id defined in resources.yaml (did you mean `sample-docs`?), or write the resource in full"
    )


def test_a_broken_shared_resource_names_its_id(content_copy: Path) -> None:
    (content_copy / "resources.yaml").write_text(
        "sample-docs: {title: Sample docs, url: 'https://x.org/', kind: blog}\n"
    )
    [problem] = problems(content_copy)
    assert (problem.file, problem.field, problem.rule) == ("resources.yaml", "sample-docs.kind", "schema")


def test_a_retired_id_is_never_a_live_topic_and_names_real_replacements(content_copy: Path) -> None:
    (content_copy / "retired.yaml").write_text(
        "markup: {name: Markup, replaced_by: [styling]}\nold-http: {name: Old HTTP, replaced_by: [http-basic]}\n"
    )
    found = {(p.field, p.message): p for p in problems(content_copy) if p.rule == "retired"}
    assert set(found) == {
        ("markup", "`markup` is a live topic id"),
        ("old-http.replaced_by[0]", "no topic `http-basic`"),
    }
    assert found[("old-http.replaced_by[0]", "no topic `http-basic`")].fix.endswith("(did you mean `http-basics`?)")
    assert all(p.file == "retired.yaml" for p in found.values())


def test_a_retired_project_key_is_never_a_live_one_and_names_real_projects(content_copy: Path) -> None:
    (content_copy / "retired.yaml").write_text(
        "alpha-dev/pages-project: {name: Pages project, replaced_by: [alpha-dev/data-project]}\n"
        "alpha-dev/old-foundations: {name: Old foundations, replaced_by: [alpha-dev/foundations-projet]}\n"
    )
    found = {(p.field, p.message): p for p in problems(content_copy) if p.rule == "retired"}
    assert set(found) == {
        ("alpha-dev/pages-project", "`alpha-dev/pages-project` is a live project key"),
        ("alpha-dev/old-foundations.replaced_by[0]", "no project `alpha-dev/foundations-projet`"),
    }
    fix = found[("alpha-dev/old-foundations.replaced_by[0]", "no project `alpha-dev/foundations-projet`")].fix
    assert fix.endswith("(did you mean `alpha-dev/foundations-project`?)")


def test_a_cloud_maps_real_topics_once_and_words_real_projects(content_copy: Path) -> None:
    (content_copy / "clouds.yaml").write_text(
        "azure:\n"
        "  name: Microsoft Azure\n"
        "  topics: {scaling: scaling, containers: contaner, monitoring: pipelines, caching-layer: pipelines}\n"
        "  projects:\n"
        "    alpha-dev/pages-projet: {description: Build it on Azure.}\n"
        "    alpha-dev/data-project: {title: Data project on Azure, description: Build it on Azure.}\n"
    )
    found = {(p.field, p.message): p for p in problems(content_copy) if p.rule == "cloud"}
    assert set(found) == {
        ("azure.topics.scaling", "`scaling` is its own counterpart"),
        ("azure.topics.containers", "no topic `contaner`"),
        ("azure.topics.caching-layer", "`pipelines` is the counterpart of `monitoring` already"),
        ("azure.projects.alpha-dev/pages-projet", "no project `alpha-dev/pages-projet`"),
    }
    assert found[("azure.topics.containers", "no topic `contaner`")].fix.endswith("(did you mean `containers`?)")
    assert all(p.file == "clouds.yaml" for p in found.values())


def test_a_valid_cloud_mapping_loads(content_copy: Path) -> None:
    (content_copy / "clouds.yaml").write_text(
        "azure:\n  name: Microsoft Azure\n  topics: {containers: pipelines}\n"
        "  projects: {alpha-dev/data-project: {description: Build it on Azure.}}\n"
    )
    cloud = load_catalog(content_copy).cloud_named("Microsoft Azure")
    assert cloud is not None
    assert dict(cloud.topics) == {"containers": "pipelines"}
    assert cloud.projects["alpha-dev/data-project"].title is None


HTTP_TOPIC = "topics/http-basics.yaml"


def test_the_sample_topic_questions_load(content_copy: Path) -> None:
    topic = load_catalog(content_copy).topic("http-basics")
    assert [q.id for q in topic.questions] == ["retry-put", "status-family", "read-a-302"]
    assert topic.questions[2].kind.is_open


def test_a_choice_question_needs_distinct_choices_and_explanations(content_copy: Path) -> None:
    def break_it(data: Data) -> None:
        data["questions"][0]["wrong"][1]["choice"] = data["questions"][0]["answer"].upper()
        del data["questions"][1]["why"]

    edit(content_copy, HTTP_TOPIC, break_it)
    found = {(p.field, p.message) for p in problems(content_copy) if p.rule == "questions"}
    assert found == {
        (
            "questions[0].wrong",
            "the choice `THE SAME AS AFTER ONE REQUEST, BECAUSE PUT REPLACES THE RESOURCE WITH THE BODY IT SENDS` "
            "appears twice (the answer among the wrong choices, or a repeat)",
        ),
        ("questions[1].answer", "the choice question needs `answer` and `why` (why the answer is right)"),
    }


def test_a_topic_needs_enough_questions_and_choice_questions(content_copy: Path) -> None:
    edit(content_copy, HTTP_TOPIC, lambda d: d.__setitem__("questions", d["questions"][1:]))
    found = {p.message for p in problems(content_copy) if p.rule == "questions"}
    assert found == {
        "the topic has 2 questions; it needs 3-6",
        "the topic has 1 multiple-choice questions; it needs at least 2",
    }


def test_an_open_question_needs_a_model_answer_and_no_choices(content_copy: Path) -> None:
    def break_it(data: Data) -> None:
        data["questions"][2]["model_answer"] = ""
        data["questions"][2]["answer"] = "GET /new"

    edit(content_copy, HTTP_TOPIC, break_it)
    found = {p.message for p in problems(content_copy) if p.rule == "questions"}
    assert found == {
        "the predict question has no model answer",
        "the predict question has `answer` or `wrong` choices",
    }


def test_the_same_question_on_two_topics_is_reported(content_copy: Path) -> None:
    question = yaml.safe_load((content_copy / HTTP_TOPIC).read_text())["questions"][0]
    edit(content_copy, "topics/markup.yaml", lambda d: d.__setitem__("questions", [question]))
    found = [p for p in problems(content_copy) if p.rule == "questions" and p.field == "questions[0].ask"]
    assert [(p.file, p.message) for p in found] == [
        ("topics/markup.yaml", "the same question is asked by topics/http-basics.yaml")
    ]


def test_choices_that_differ_only_in_punctuation_are_different_choices(content_copy: Path) -> None:
    """Code questions turn on punctuation: `{'ids': [1]}` (not JSON) and `{"ids": [1]}` are two answers."""

    def punctuate(data: Data) -> None:
        data["questions"][0]["answer"] = '`{"ids": [1]}`'
        data["questions"][0]["wrong"][0]["choice"] = "`{'ids': [1]}`"

    edit(content_copy, HTTP_TOPIC, punctuate)
    assert load_catalog(content_copy).topic("http-basics").questions[0].answer == '`{"ids": [1]}`'


CHECKLIST = "checklists/alpha-dev.yaml"


def test_a_roadmap_without_a_checklist_still_validates(content_copy: Path) -> None:
    catalog = load_catalog(content_copy)
    assert set(catalog.checklists) == {"alpha-dev"}  # Beta Operations has none yet, and that is no error
    (content_copy / CHECKLIST).unlink()
    assert load_catalog(content_copy).checklists == {}


def test_a_checklist_concept_neither_covered_nor_explained_fails(content_copy: Path) -> None:
    edit(content_copy, CHECKLIST, lambda d: d["concepts"].append({"name": "Caching headers", "source": "alpha-docs"}))
    assert only_problem(content_copy) == Problem(
        CHECKLIST,
        "concepts[5]",
        "checklist",
        "concept `Caching headers` is neither covered nor explained",
        "add `topic: <id>`, `key_point: <topic id>`, `variant: <topic id>/<stack>` or `omitted: <one-line reason>`",
    )


def test_a_checklist_cannot_claim_a_topic_another_roadmap_teaches(content_copy: Path) -> None:
    """`containers` exists, but only Beta Operations teaches it: it covers nothing on Alpha Developer."""

    def claim(data: Data) -> None:
        data["concepts"][0]["topic"] = "containers"
        data["concepts"][1]["key_point"] = "http-basic"

    edit(content_copy, CHECKLIST, claim)
    found = {p.field: p for p in problems(content_copy)}
    assert set(found) == {"concepts[0].topic", "concepts[1].key_point"}
    assert found["concepts[0].topic"].message == (
        "concept `The request and response cycle` claims topic `containers`, which the Alpha Developer roadmap does "
        "not teach"
    )
    assert "(did you mean `http-basics`" in found["concepts[1].key_point"].fix


def test_a_checklist_variant_needs_the_stack_and_one_coverage_per_concept(content_copy: Path) -> None:
    def break_it(data: Data) -> None:
        data["concepts"][3]["variant"] = "orm-layer/ruby"
        data["concepts"][2]["omitted"] = "Taught anyway"
        data["concepts"][4]["omitted"] = "x" * 161
        data["concepts"][4]["source"] = "rival"
        data["concepts"].append({"name": "writing QUERIES", "source": "alpha-docs", "topic": "queries"})

    edit(content_copy, CHECKLIST, break_it)
    found = {p.message for p in problems(content_copy) if p.rule == "checklist"}
    assert found == {
        "topic `orm-layer` has no `ruby` variant (it has: python, typescript)",
        "concept `Writing queries` is accounted for twice (topic and omitted)",
        "the reason for leaving out `Mainframe batch jobs` is longer than one line",
        "concept `Mainframe batch jobs` cites no known source `rival`",
        "concept `Writing queries` is listed more than once",
        "concept `writing QUERIES` is listed more than once",
    }


def test_a_checklist_names_an_existing_roadmap_after_its_file(content_copy: Path) -> None:
    (content_copy / CHECKLIST).rename(content_copy / "checklists/alpha-developer.yaml")
    found = {(p.field, p.message) for p in problems(content_copy)}
    assert found == {("roadmap", "the checklist names roadmap `alpha-dev` but its file is `alpha-developer`")}
    edit(content_copy, "checklists/alpha-developer.yaml", lambda d: d.update(roadmap="alpha-developer"))
    [problem] = problems(content_copy)
    assert problem.message == "no roadmap `alpha-developer`"
    assert problem.fix == "use the slug of a roadmap in roadmaps/ (did you mean `alpha-dev`?)"


def test_validate_reports_a_checklist_gap_from_the_cli(content_copy: Path) -> None:
    edit(content_copy, CHECKLIST, lambda d: d["concepts"][0].pop("topic"))
    result = CliRunner().invoke(app, ["validate", str(content_copy)])
    assert result.exit_code == 1
    assert "concept `The request and response cycle` is neither covered nor explained [checklist]" in result.output
