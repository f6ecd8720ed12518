"""Generated roadmaps: properties for any goal on the sample catalog (Hypothesis), the issue's goals on the shipped
catalog."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmapfinder.catalog import Catalog, load_catalog
from roadmapfinder.catalog.loader import catalog_in
from roadmapfinder.catalog.models import Level
from roadmapfinder.errors import InvalidInput, NotFound
from roadmapfinder.understanding import GeneratedRoadmap, generate_roadmap
from tests.conftest import SAMPLE_CONTENT

SAMPLE: Catalog = load_catalog(SAMPLE_CONTENT)
SHIPPED: Catalog = catalog_in(None)
TOPIC_NAMES = sorted(t.name for t in SAMPLE.topics)
ROADMAP_NAMES = sorted(r.title for r in SAMPLE.roadmaps)


def skills(roadmap: GeneratedRoadmap) -> list[str]:
    return [s.topic for p in roadmap.phases for s in p.core_skills]


def check_invariants(catalog: Catalog, roadmap: GeneratedRoadmap) -> None:
    order = skills(roadmap)
    assert len(order) == len(set(order)), "no topic twice"
    position = {t: i for i, t in enumerate(order)}
    skipped = {s.id for s in roadmap.skipped}
    for topic_id in order:
        for prerequisite in catalog.topic(topic_id).prerequisites:
            assert prerequisite in skipped or position[prerequisite] < position[topic_id], (topic_id, prerequisite)
    ranks = [p.level.rank for p in roadmap.phases]
    assert ranks == sorted(ranks), "levels never go down"
    asked = {s.topic for p in roadmap.phases for s in p.core_skills if s.why.startswith(("you asked for", "part of "))}
    names = {t.name: t.id for t in catalog.topics}
    for phase in roadmap.phases:  # a small goal grows by where it leads: each such topic says from which topic
        for skill in phase.core_skills:
            if skill.why.startswith("where "):
                base = names[skill.why.removeprefix("where ").removesuffix(" leads next")]
                assert base in catalog.topic(skill.topic).prerequisites
                assert base in position or base in skipped
                asked.add(skill.topic)
            elif skill.why.startswith("taught with "):
                base = names[skill.why.removeprefix("taught with ").rsplit(" in ", 1)[0]]
                assert base in position
                assert any(skill.topic in u.phase.core_skills for u in catalog.uses_of(base))
                asked.add(skill.topic)
    reachable: set[str] = set()
    pending = list(asked)
    while pending:
        topic_id = pending.pop()
        if topic_id not in reachable:
            reachable.add(topic_id)
            pending.extend(catalog.topic(topic_id).prerequisites)
    assert set(order) <= reachable, "every core skill is asked for or a prerequisite of one"
    had = [s.id for s in roadmap.skipped if s.reason.startswith("you know it") or "are promoted from" in s.reason]
    had += [m.key for u in roadmap.known if u.counts_as_known for m in u.means if catalog.has_topic(m.key)]
    taught = set(catalog.with_prerequisites(had))  # knowing a topic, they know what it needs
    taught |= {s.id for s in roadmap.skipped if s.reason.startswith("below your level")}
    for phase in roadmap.phases:
        assert bool(phase.projects) != bool(phase.no_project), f"phase {phase.number} has a project or says why not"
        taught |= {s.topic for s in phase.core_skills}
        for project in phase.projects:  # what it uses beyond the phase and what came before is said on it, by name
            beyond = [t for t in project.practises if t.id not in taught]
            assert [t.id for t in project.also_uses] == [t.id for t in beyond], project.title
            assert all(t.name in project.also_uses_line for t in beyond), project.also_uses_line
            assert len(beyond) * 2 <= len(project.practises), f"{project.title} is mostly beyond phase {phase.number}"
        assert phase.goal
        assert phase.estimated_weeks.min <= phase.estimated_weeks.max
    # 4-8 phases, like the catalog's roadmaps; fewer only when no more catalog projects fit a phase of practice
    assert 1 <= len(roadmap.phases) <= 8


goals = st.lists(st.sampled_from(TOPIC_NAMES + ROADMAP_NAMES), min_size=1, max_size=3, unique=True)


@pytest.mark.slow  # 120 goals, about 5 s: `make test`
@settings(max_examples=120, deadline=None)
@given(
    goals,
    st.lists(st.sampled_from(TOPIC_NAMES), max_size=4, unique=True),
    st.sampled_from(["beginner", "junior", "mid", "senior"]),
    st.sampled_from(["job", "freelance", "hobby"]),
    st.integers(min_value=1, max_value=40),
)
def test_invariants_hold_for_any_goal(names: list[str], known: list[str], level: str, purpose: str, hours: int) -> None:
    goal = " and ".join(names)
    try:
        roadmap = generate_roadmap(
            SAMPLE, goal=goal, known=", ".join(known), level=level, purpose=purpose, hours_per_week=hours
        )
    except InvalidInput as refused:  # everything known: said plainly
        message = refused.message
        roadmap = None
    if roadmap is None:
        assert "nothing is left to learn" in message
        return
    check_invariants(SAMPLE, roadmap)
    known_ids = {t.id for t in SAMPLE.topics if t.name in known}
    assert not known_ids & set(skills(roadmap)), "known topics never appear"
    again = generate_roadmap(
        SAMPLE, goal=goal, known=", ".join(known), level=level, purpose=purpose, hours_per_week=hours
    )
    assert again == roadmap, "same inputs, same roadmap"


@pytest.mark.parametrize(
    "goal", ["Go microservices on AWS", "Kubernetes security", "react and typescript", "linux", "pyhton for data"]
)
def test_issue_goals_generate_real_roadmaps(goal: str) -> None:
    roadmap = generate_roadmap(SHIPPED, goal=goal, hours_per_week=8)
    check_invariants(SHIPPED, roadmap)
    assert 4 <= len(roadmap.phases) <= 8
    assert roadmap.not_understood == []
    assert all("at 8 h/week" in p.estimate for p in roadmap.phases)
    assert all(s.detail and s.why for p in roadmap.phases for s in p.core_skills)


def test_a_composite_goal_keeps_every_part() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="Go microservices on AWS")
    assert roadmap.title == "Go, Monoliths and microservices and AWS"
    topics = set(skills(roadmap))
    assert {"go-basics", "microservices", "cloud-fundamentals"} <= topics
    why = {s.topic: s.why for p in roadmap.phases for s in p.core_skills}
    assert why["microservices"] == "you asked for it (“microservices”)"
    assert why["go-basics"] == "part of Go, which you asked for (“Go”)"
    assert any(w.startswith("needed before ") for w in why.values())


def test_the_same_inputs_give_the_same_id_and_others_another() -> None:
    first = generate_roadmap(SHIPPED, goal="Kubernetes security", known="docker", hours_per_week=6)
    again = generate_roadmap(SHIPPED, goal="kubernetes security", known="docker", hours_per_week=6)
    assert first.id == again.id
    assert len(first.id) == 12
    assert generate_roadmap(SHIPPED, goal="Kubernetes security", hours_per_week=6).id != first.id


def test_known_topics_and_levels_leave_with_their_reasons() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="Kubernetes security", known="docker", level="beginner")
    reasons = {s.id: s.reason for s in roadmap.skipped}
    assert reasons == {
        "docker": "you know it (you said “docker”)",
        "linux-command-line": "you know Containers with Docker and what it builds on",
    }
    assert not {"docker", "linux-command-line"} & set(skills(roadmap))
    senior = generate_roadmap(SHIPPED, goal="backend", level="senior")
    assert any(s.reason == "below your level (senior)" for s in senior.skipped)
    assert "how-the-web-works" not in skills(senior)


def test_a_goal_outside_the_catalog_is_not_found_with_a_hint() -> None:
    with pytest.raises(NotFound) as caught:
        generate_roadmap(SHIPPED, goal="elixir")
    assert "“elixir”" in caught.value.hint
    assert caught.value.suggestions, "the roadmaps whose content mentions it"
    with pytest.raises(NotFound) as gibberish:
        generate_roadmap(SHIPPED, goal="qwzx vbnm")
    assert "“qwzx vbnm”" in gibberish.value.hint


def test_a_hobby_leaves_senior_career_preparation_out() -> None:
    job = generate_roadmap(SHIPPED, goal="kubernetes", purpose="job")
    hobby = generate_roadmap(SHIPPED, goal="kubernetes", purpose="hobby")
    assert job.total_hours > hobby.total_hours
    assert any(s.reason == "career preparation, left out for a hobby" for s in hobby.skipped)


def test_bad_inputs_are_refused_plainly() -> None:
    with pytest.raises(InvalidInput):
        generate_roadmap(SHIPPED, goal="")
    with pytest.raises(InvalidInput):
        generate_roadmap(SHIPPED, goal="linux", level="wizard")
    with pytest.raises(InvalidInput):
        generate_roadmap(SHIPPED, goal="linux", purpose="fame")
    with pytest.raises(InvalidInput):
        generate_roadmap(SHIPPED, goal="linux", hours_per_week=0)


def test_levels_climb_from_beginner() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="backend")
    assert roadmap.phases[0].level == Level.BEGINNER
    assert roadmap.phases[-1].level.rank > Level.BEGINNER.rank


@pytest.mark.parametrize(
    ("goal", "known", "level"),
    [
        ("Kubernetes security", "docker", "beginner"),
        ("Kubernetes security", "linux and docker", "junior"),
        ("Kubernetes security", "", "mid"),
        ("http", "", "beginner"),
    ],
)
def test_a_small_goal_still_gets_four_phases_that_say_where_it_leads(goal: str, known: str, level: str) -> None:
    roadmap = generate_roadmap(SHIPPED, goal=goal, known=known, level=level)
    check_invariants(SHIPPED, roadmap)
    whys = [s.why for p in roadmap.phases for s in p.core_skills]
    assert any(w.startswith(("where ", "taught with ")) for w in whys), whys
    assert roadmap.phases[-1].level.rank >= roadmap.phases[0].level.rank
