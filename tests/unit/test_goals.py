"""The generator on goals as learners write them (tests/assets/generate_eval.yaml), on the shipped catalog: common
goals read as what they are made with, generic words never built from out of context, goals the catalog does not
cover refused with only the roadmaps that honestly help, and every reading undoable."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.loader import catalog_in
from roadmapfinder.catalog.models import Category
from roadmapfinder.errors import NotFound
from roadmapfinder.understanding import generate_roadmap
from roadmapfinder.understanding.choice_beside import CODING_FOR
from roadmapfinder.understanding.goal_words import BACKGROUND, GENERIC_SUGGESTIONS, SENSES
from roadmapfinder.understanding.lexicon import SHARED_ALIAS_CONTEXTS
from roadmapfinder.understanding.shapes import GeneratedRoadmap
from roadmapfinder.understanding.timeframe import read_time_frame

SHIPPED: Catalog = catalog_in(None)
EVAL_SET = Path(__file__).parent.parent / "assets" / "generate_eval.yaml"
GOALS: list[dict[str, Any]] = yaml.safe_load(EVAL_SET.read_text())
#: The day the eval set's deadlines are counted from ("by march": 17 weeks, to its end).
TODAY = date(2026, 12, 5)


def _topics(roadmap: GeneratedRoadmap) -> set[str]:
    return {s.topic for p in roadmap.phases for s in p.core_skills}


@pytest.mark.parametrize("goal", GOALS, ids=[f"{g['say']}|{g.get('know', '')}|{g.get('plain', '')}" for g in GOALS])
def test_each_goal_of_the_eval_set_gets_what_a_mentor_would_answer(goal: dict[str, Any]) -> None:
    def generate() -> GeneratedRoadmap:
        return generate_roadmap(
            SHIPPED, goal=goal["say"], known=goal.get("know"), plain=goal.get("plain", ()), today=TODAY
        )

    if goal.get("refused"):
        with pytest.raises(NotFound) as caught:
            generate()
        offered = caught.value.suggestions
        assert set(goal.get("suggestions", [])) <= set(offered), offered
        assert not set(goal.get("not_suggested", [])) & set(offered), offered
        if goal.get("suggestions") == []:
            assert offered == [], "no suggestion rather than an unrelated one"
        assert goal.get("hint", "") in caught.value.hint
        return
    roadmap = generate()
    if "title" in goal:
        assert roadmap.title == goal["title"]
    assert set(goal.get("topics", [])) <= _topics(roadmap)
    assert not set(goal.get("not_topics", [])) & _topics(roadmap)
    assert roadmap.total_hours <= goal.get("max_hours", 10_000)
    assert goal.get("note", "") in " ".join(roadmap.notes)
    if goal.get("all_understood"):
        assert roadmap.not_understood == []
    assert set(goal.get("not_understood", [])) <= set(roadmap.not_understood)
    shown = [j.title for p in roadmap.phases for j in p.projects]
    assert len(shown) == len(set(shown)), f"a project in two phases: {shown}"
    for said in goal.get("undoable", []):  # said in the Understood line, and the learner can undo it
        assert any(u.said == said and u.undoable for u in roadmap.understood), [u.line for u in roadmap.understood]
    for said in goal.get("background", []):  # said as where the learner comes from, undoable; nothing to learn
        background = [u for u in roadmap.understood if u.said == said]
        assert [(u.means[0].key, u.undoable) for u in background] == [("background", True)], background
        assert said not in roadmap.not_understood
        assert f"“{said}”" in " ".join(roadmap.notes)
    if "deadline" in goal:
        expected = goal["deadline"]
        if expected is None:
            assert roadmap.deadline is None
        else:
            assert roadmap.deadline is not None, "the deadline was not read"
            assert any(u.said == roadmap.deadline.said and u.undoable for u in roadmap.understood)
            for key, value in expected.items():
                found = roadmap.hours_per_week if key == "pace" else getattr(roadmap.deadline, key)
                assert found == value, (key, found, roadmap.deadline.message)
    if "scope" in goal:
        if goal["scope"] is None:
            assert roadmap.scope == []
        else:
            assert roadmap.scope, "the roadmap was not cut at a milestone"
            assert all(s.kind == goal["scope"]["kind"] for s in roadmap.scope)
            assert all(s.phases == goal["scope"].get("phases", s.phases) for s in roadmap.scope)


def test_the_goal_vocabulary_names_only_what_the_catalog_has() -> None:
    slugs = {r.slug for r in SHIPPED.roadmaps}
    for sense in SENSES:
        assert sense.phrases, sense.key
        assert all(SHIPPED.has_topic(t) for t in sense.topics), sense.key
        assert all(SHIPPED.has_topic(t) for pair in sense.instead for t in pair), sense.key
        assert all(chosen in sense.topics for _, chosen in sense.instead), f"{sense.key}: what takes the place"
        assert set(sense.roadmaps) | set(sense.suggestions) <= slugs, sense.key
        assert sense.build == bool(sense.topics or sense.roadmaps), sense.key
        assert sense.build or sense.not_covered, f"{sense.key}: a refusal says why"
    assert {s for kinds in GENERIC_SUGGESTIONS.values() for s in kinds} <= slugs
    assert all(SHIPPED.has_topic(t) for contexts in SHARED_ALIAS_CONTEXTS.values() for t, _ in contexts)
    # where learning to code starts for what it is for, and where that leads ("learn to code websites")
    assert {s for c in CODING_FOR.values() for s in (c.start, *c.leads_to)} <= slugs
    assert set(CODING_FOR) - {"ai"} <= {c.value for c in Category}, "a field's category, or the AI common goal"
    said = " ".join(g["say"].lower() for g in GOALS)
    for sense in SENSES:
        assert any(p.lower() in said for p in sense.phrases), f"{sense.key} has no goal in the eval set"


def test_a_phrase_writes_in_capitals_only_the_little_words_it_keeps() -> None:
    """The phrase table marks a little word a phrase keeps by writing it in capitals ("career change to IT"); a
    capital anywhere else ("what should I learn") would keep a word the phrase means to step over. IT, WITH and USING
    ("coding WITH ai": "coding for ai" is no coding assistant) are those words today: add another here when the table
    marks it."""
    phrases = [phrase for sense in SENSES for phrase in (*sense.phrases, *sense.target_phrases)]
    assert {word for phrase in phrases for word in phrase.split() if word != word.lower()} == {"IT", "WITH", "USING"}


def test_a_generic_word_read_out_of_context_is_never_built_from() -> None:
    """“extension” is an alias of Swift protocols and generics: "a zoom extension" must not become a Swift roadmap,
    and a goal with a real subject beside it builds from the subject alone, saying what was dropped."""
    with pytest.raises(NotFound) as caught:
        generate_roadmap(SHIPPED, goal="build a zoom extension")
    assert "“extension” alone is too general" in caught.value.hint
    assert "Swift" not in caught.value.hint
    roadmap = generate_roadmap(SHIPPED, goal="kubernetes extension")
    assert roadmap.title == "Kubernetes"
    assert any("“extension” alone is too general" in n for n in roadmap.notes)
    assert "extension" in roadmap.not_understood


def test_a_common_goal_is_reported_in_the_learners_words_and_can_be_undone() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="build a chrome extension")
    (reading,) = roadmap.understood
    assert reading.said == "chrome extension"
    assert reading.undoable
    assert "The DOM and browser events" in reading.line
    assert roadmap.not_understood == []  # "chrome" is understood as part of the goal, not left over
    assert all("chrome extension" in s.why for s in roadmap.phases[-1].core_skills)
    undone = generate_roadmap(SHIPPED, goal="kubernetes for my chrome extension", plain=["chrome extension"])
    assert undone.plain == ["chrome extension"]
    assert undone.title == "Kubernetes"
    assert "chrome" in " ".join(undone.not_understood)
    assert undone.id != generate_roadmap(SHIPPED, goal="kubernetes for my chrome extension").id


def test_what_a_small_website_is_for_is_not_reported_as_not_understood() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="make a website for my bakery")
    assert roadmap.not_understood == []
    assert any("“bakery”" in n and "changes nothing" in n for n in roadmap.notes)
    for_clients = generate_roadmap(SHIPPED, goal="build websites for money")  # sites for clients, not one small site
    assert for_clients.title == "Building websites for clients"
    assert not any("changes nothing" in n for n in for_clients.notes)


def test_a_goal_with_a_skill_keeps_its_skill_and_notes_what_is_not_covered() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="python and 3d printing")
    assert roadmap.title == "Python"
    assert any("3D printing" in n for n in roadmap.notes)


def test_a_goal_that_uses_a_model_leaves_out_how_models_are_trained_and_says_how_to_include_it() -> None:
    """A chatbot on an LLM API pulled in linear algebra and calculus through RAG -> LLM fundamentals -> deep learning.
    What is left out is listed with why, named (never by id) in a note with its hours and the words that include it."""
    roadmap = generate_roadmap(SHIPPED, goal="An AI chatbot")
    skipped = {s.id: s.reason for s in roadmap.skipped}
    assert {"deep-learning", "linear-algebra", "calculus-for-ml"} <= set(skipped)
    assert all("how language models are made and trained" in skipped[t] for t in ("deep-learning", "linear-algebra"))
    (note,) = [n for n in roadmap.notes if n.startswith("Left out:")]
    assert "Linear algebra for data science and ML" in note
    assert "linear-algebra" not in note
    assert "add “deep learning” to your goal" in note
    included = generate_roadmap(SHIPPED, goal="An AI chatbot and deep learning")
    assert {"deep-learning", "linear-algebra"} <= _topics(included)
    assert not any(n.startswith("Left out:") for n in included.notes)
    trains = generate_roadmap(SHIPPED, goal="llm fine-tuning")  # fine-tuning trains a model: the maths stays
    assert "linear-algebra" in _topics(trains)


def test_the_background_the_generator_may_leave_out_names_only_what_the_catalog_has() -> None:
    for entry in BACKGROUND:
        assert all(SHIPPED.has_topic(t) for t in (*entry.through, *entry.topics, *entry.when)), entry.key
        for through in entry.through:  # each background topic is really reached through the used topic
            assert set(entry.topics) & set(SHIPPED.with_prerequisites([through])), entry.key
        roadmap = generate_roadmap(SHIPPED, goal=entry.include)
        assert set(entry.topics) & _topics(roadmap), f"{entry.key}: “{entry.include}” does not include it"


@pytest.mark.parametrize(
    ("goal", "said", "by"),
    [
        ("data analyst job in 6 months", "in 6 months", date(2027, 6, 5)),  # by the calendar: 5 Dec -> 5 Jun
        ("learn react in 2 weeks", "in 2 weeks", date(2026, 12, 19)),
        ("become a backend developer by next summer", "by next summer", date(2027, 6, 1)),
        ("learn kubernetes by march", "by march", date(2027, 3, 31)),  # a month named as a deadline: its end
        ("get a remote job in tech within a year", "within a year", date(2027, 12, 5)),
        ("learn rust by the end of the year", "by the end of the year", date(2026, 12, 31)),
        ("learn python in a month", "in a month", date(2027, 1, 5)),
        ("learn sql in 1.5 months", "in 1.5 months", date(2027, 1, 20)),  # part of a month: 30.44 days each
        ("learn mongodb march", None, None),  # a month without "by" is not a deadline
        ("learn go in depth", None, None),
    ],
)
def test_a_deadline_is_read_with_its_date_and_taken_out_of_the_words(goal: str, said: str | None, by: date) -> None:
    frame, words = read_time_frame(goal, today=TODAY)
    if said is None:
        assert frame is None
        assert words == goal
        return
    assert frame is not None
    assert (frame.said, frame.by) == (said, by)
    assert said not in words
    assert read_time_frame(goal, today=TODAY, plain=[said]) == (None, goal)  # undone: read as typed


def test_a_job_goal_is_cut_at_the_job_ready_phase_and_the_rest_is_listed_with_how_to_include_it() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="become a devops engineer", today=TODAY)
    (scope,) = roadmap.scope
    job_ready = next(n for n, p in enumerate(SHIPPED.roadmap("devops").phases, start=1) if p.job_ready)
    assert scope.phases == job_ready
    after = [s for s in roadmap.skipped if s.reason.startswith("after the job-ready milestone")]
    assert after
    assert all("undo “become”" in s.reason for s in after)
    assert scope.left_out_hours == sum(SHIPPED.topic(s.id).effort_hours for s in after)
    hobby = generate_roadmap(SHIPPED, goal="become a devops engineer", purpose="hobby", today=TODAY)
    assert hobby.scope == []  # a hobby is not a job


def test_no_word_of_time_is_spelling_corrected_into_a_name() -> None:
    """“friday” was Frida (a mobile pentesting tool), “march” MongoDB's $match: words of time are never corrected."""
    from roadmapfinder.understanding.interpret import interpret
    from roadmapfinder.understanding.lexicon import TIME_WORDS

    for word in TIME_WORDS:
        for text in (word, f"learn python {word}"):
            assert not [m for m in interpret(SHIPPED, text).meanings if m.corrected and word in m.said.split()], text


@pytest.mark.parametrize(
    ("goal", "said", "by"),
    [
        ("website by friday", "by friday", date(2026, 12, 11)),  # TODAY is a Saturday
        ("learn sql by next week", "by next week", date(2026, 12, 13)),  # the end of next week, a Sunday
        ("i need to know docker for an interview tomorrow", "for an interview tomorrow", date(2026, 12, 6)),
        ("learn python before my exams in may", "before my exams in may", date(2027, 5, 1)),
        ("learn kubernetes by the end of the month", "by the end of the month", date(2026, 12, 31)),
        ("learn java by christmas", "by christmas", date(2026, 12, 25)),
        ("learn python this weekend", "this weekend", date(2026, 12, 6)),
        ("learn sql by march 15", "by march 15", date(2027, 3, 15)),
        ("learn python tonight", "tonight", date(2026, 12, 5)),
        ("learn java for spring boot", None, None),
        ("i want to start learning python today", None, None),
    ],
)
def test_everyday_deadlines_are_read_with_their_date(goal: str, said: str | None, by: date | None) -> None:
    frame, words = read_time_frame(goal, today=TODAY)
    if said is None:
        assert frame is None
        return
    assert frame is not None
    assert (frame.said, frame.by) == (said, by)
    assert said not in words


def test_a_reading_always_says_what_it_became() -> None:
    """“website” beside React was shown as “website” → (nothing): a field word is a note, never an empty reading."""
    roadmap = generate_roadmap(SHIPPED, goal="build a website with react", today=TODAY)
    assert all(u.means for u in roadmap.understood)
    assert any("“website” names a whole field" in n for n in roadmap.notes)


def test_a_known_topic_outside_the_roadmap_is_not_listed_as_left_out_of_it() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="learn react", known="excel, javascript", today=TODAY)
    left = {s.name: s.reason for s in roadmap.skipped}
    assert not any("Spreadsheets" in name for name in left), left
    assert any(r.startswith("you know it") for r in left.values())  # JavaScript is part of React: still said
    assert any("Spreadsheets" in r.name for u in roadmap.known for r in u.means)  # and what excel was read as


def test_an_app_like_a_product_is_said_as_the_kind_of_app_with_names_and_undo() -> None:
    """ "an app like uber" is read as the kind of product, in the learner's words, by names, undoable; what Uber
    needs that the catalog does not teach is said."""
    roadmap = generate_roadmap(SHIPPED, goal="build an app like uber")
    (reading,) = [u for u in roadmap.understood if u.said == "app like uber"]
    assert reading.undoable
    assert "React Native fundamentals" in reading.line
    assert "react-native-basics" not in reading.line
    assert any("maps SDK" in n for n in roadmap.notes)
    undone = generate_roadmap(SHIPPED, goal="build an app like uber", plain=["app like uber"])
    assert undone.title != roadmap.title


def test_a_junior_job_with_a_skill_roadmap_is_the_role_that_hires_for_it_and_says_so() -> None:
    roadmap = generate_roadmap(SHIPPED, goal="get hired as a junior python developer")
    assert {s.roadmap for s in roadmap.scope} == {"python", "backend"}
    (note,) = [n for n in roadmap.notes if "most often a Backend Developer job" in n]
    assert "undo “hired”" in note
    skipped = {s.id: s.reason for s in roadmap.skipped}
    assert "Python is the one you learn for it" in skipped["backend-language"]
    assert roadmap.not_understood == []  # "junior" is part of the job, not left over
    hobby = generate_roadmap(SHIPPED, goal="get hired as a junior python developer", purpose="hobby")
    assert hobby.scope == []


def test_a_job_in_a_whole_field_asks_which_and_keeps_the_deadline() -> None:
    with pytest.raises(NotFound) as caught:
        generate_roadmap(SHIPPED, goal="get a job in data by summer", today=TODAY)
    assert caught.value.suggestions == ["data-analyst", "data-engineer", "data-scientist"]
    assert "Data Analyst" in caught.value.hint
    assert "data-analyst" not in caught.value.hint
    assert "by summer" in caught.value.hint
    assert "1 June 2027" in caught.value.hint


def test_an_engine_the_goal_names_takes_the_place_of_the_catalogs_default_engine_and_says_so() -> None:
    """2D game development needs Unity's fundamentals in the catalog, so "a 2d platformer in godot" brought Unity and
    C# beside Godot's Python: the named engine's fundamentals stand in for Unity's, in order, with Unity left out and
    why; with no engine named the catalog's Unity path stays."""
    roadmap = generate_roadmap(SHIPPED, goal="make a 2d platformer in godot")
    order = [s.topic for p in roadmap.phases for s in p.core_skills]
    assert order.index("godot-fundamentals") < order.index("2d-game-development")
    assert not {"unity-fundamentals", "csharp-basics", "csharp-oop"} & set(order)
    (unity,) = [s for s in roadmap.skipped if s.id == "unity-fundamentals"]
    assert "Godot Engine fundamentals" in unity.reason
    unnamed = generate_roadmap(SHIPPED, goal="i want to make a 2d platformer game")
    assert {"unity-fundamentals", "csharp-basics"} <= _topics(unnamed)
    assert "unity-fundamentals" not in {s.id for s in unnamed.skipped}


#: The games a goal may name beside an engine, as learners write them.
GAME_THINGS = ["a mobile game", "a multiplayer game", "a 3d game", "an rpg with enemy ai and a save system", "a game"]


@pytest.mark.parametrize("engine", ["godot", "unreal engine"])
@pytest.mark.parametrize("thing", GAME_THINGS)
def test_a_named_engine_brings_neither_unity_nor_the_csharp_unity_is_scripted_in(thing: str, engine: str) -> None:
    """The catalog's game lessons are Unity's: "a mobile game" named Unity's fundamentals itself, and game programming
    patterns (under multiplayer, game AI, profiling) need C#'s delegates and events, so "a mobile game in godot" came
    with Unity, and "godot multiplayer game" with four C# topics. With an engine named, neither comes, and what its
    own topics take the place of is listed as left out."""
    roadmap = generate_roadmap(SHIPPED, goal=f"{thing} in {engine}")
    assert not {t for t in _topics(roadmap) if t.startswith(("unity", "csharp", "dotnet"))}, _topics(roadmap)
    left_out = {s.id: s.reason for s in roadmap.skipped}
    assert "takes its place" in left_out["unity-fundamentals"]


def test_csharp_on_a_godot_path_only_when_the_goal_asks_for_it() -> None:
    """Godot is scripted in GDScript (through Python here) or C#: "godot with c#" had no C# at all (the alias
    "godot c#" took the words as Godot's fundamentals), and "a godot game in c#" took the C# roadmap's web lessons."""
    for goal in ("godot with c#", "make a godot game in c#"):
        roadmap = generate_roadmap(SHIPPED, goal=goal)
        assert {"csharp-basics", "csharp-oop", "csharp-delegates-lambdas", "godot-fundamentals"} <= _topics(roadmap)
        assert not {"python-basics", "unity-fundamentals", "http", "aspnet-core"} & _topics(roadmap)
        assert any(n.startswith("Built with C#") for n in roadmap.notes)
    assert "python-basics" in _topics(generate_roadmap(SHIPPED, goal="godot game"))


def test_a_word_in_a_game_goal_is_the_games_said_and_undoable_and_elsewhere_keeps_its_reading() -> None:
    """ "ai" of "a godot rpg with enemy ai" brought the whole Machine Learning Engineer roadmap, "publish" of "publish
    my godot game on steam" a documentation site, and "ui" of "a godot rpg with ui" UX Design. In a game goal they are
    the game's, each said as a reading the learner can undo; in any other goal they read as before."""
    roadmap = generate_roadmap(SHIPPED, goal="godot rpg with save system and enemy ai")
    (enemies,) = [u for u in roadmap.understood if u.said == "enemy ai"]
    assert [r.name for r in enemies.means] == ["Game AI and pathfinding"]
    assert enemies.undoable
    undone = generate_roadmap(SHIPPED, goal="godot rpg with save system and enemy ai", plain=["enemy ai"])
    assert not any(u.said == "ai" for u in undone.understood)  # one undo takes back the whole phrase, not half of it
    assert not {"game-ai-pathfinding", "machine-learning-fundamentals"} & _topics(undone)
    assert "enemy ai" in undone.not_understood
    published = generate_roadmap(SHIPPED, goal="publish my godot game on steam", plain=["publish"])
    assert "docs-publishing-platforms" in _topics(published)
    with pytest.raises(NotFound) as learn_ai:  # "ai" alone is a choice of the AI roadmaps (it built Machine Learning)
        generate_roadmap(SHIPPED, goal="learn ai")
    assert learn_ai.value.choice
    assert "machine-learning" in learn_ai.value.suggestions
    assert "generative-ai-basics" in _topics(generate_roadmap(SHIPPED, goal="chrome extension with ai"))
    assert "game-ui" not in _topics(generate_roadmap(SHIPPED, goal="learn ui"))


def test_the_package_a_goal_publishes_is_read_as_what_is_published_and_can_be_undone() -> None:
    """ "python package" of "publish a python package" is an alias of Python functions, modules and packages, so the
    goal asked for Python's import system beside packaging, and the roadmap was titled after both. The package is
    what is published: packaging and PyPI, said and undoable; undone, it is read as typed, the old reading."""
    goal = "publish a python package"
    roadmap = generate_roadmap(SHIPPED, goal=goal)
    (package,) = [u for u in roadmap.understood if u.said == "python package"]
    assert [r.key for r in package.means] == ["python-packaging-venvs"]
    assert package.undoable
    assert roadmap.title.startswith("Packaging and publishing Python packages and Virtual environments")
    assert "modules" not in roadmap.title
    undone = generate_roadmap(SHIPPED, goal=goal, plain=["python package"])
    (typed,) = [u for u in undone.understood if u.said == "python package"]
    assert [r.key for r in typed.means] == ["python-functions-modules"]


def test_the_library_a_goal_publishes_is_understood_and_undone_is_read_as_typed() -> None:
    """ "library" of "how do i publish my python library to pypi" names nothing in the catalog and was left out as not
    understood, though it is what is published, as "package" is."""
    goal = "how do i publish my python library to pypi"
    (library,) = [u for u in generate_roadmap(SHIPPED, goal=goal).understood if u.said == "library"]
    assert [r.key for r in library.means] == ["python-packaging-venvs"]
    undone = generate_roadmap(SHIPPED, goal=goal, plain=["library"])
    assert not any(u.said == "library" for u in undone.understood)
    assert "library" in undone.not_understood


def test_a_part_of_a_common_goals_thing_is_read_beside_it_and_can_be_undone() -> None:
    """ "3d game" of "3d game in godot" was dropped as "read within" the Godot goal it shares "game" with, and "3d" of
    "3d godot game" was not understood: both name a part of the game the goal makes. A reading that shares words with
    a common goal and names a whole roadmap (iOS Developer of "an iphone app like instagram") still gives way to it."""
    for goal in ("3d game in godot", "3d godot game"):
        roadmap = generate_roadmap(SHIPPED, goal=goal)
        assert {"3d-game-development", "godot-fundamentals"} <= _topics(roadmap)
        assert roadmap.not_understood == []
    (three_d,) = [u for u in generate_roadmap(SHIPPED, goal="3d godot game").understood if u.said == "3d"]
    assert three_d.undoable
    undone = generate_roadmap(SHIPPED, goal="3d godot game", plain=["3d"])
    assert undone.not_understood == ["3d"]
    assert "3d-game-development" not in _topics(undone)
    assert "3d" in generate_roadmap(SHIPPED, goal="make a 3d platformer").not_understood  # no part of a platformer


#: Words only Unity uses for things every engine has (Godot's node is the RigidBody, so case matters): on a Godot
#: path each must come with Godot's word beside it.
UNITY_ONLY = re.compile(
    r"\b(Rigidbody(2D)?|FixedUpdate|MonoBehaviours?|GameObject|Cinemachine|Animator|GetKeyDown|Canvas Scaler|uGUI"
    r"|[Ss]orting layers?|[Mm]ixer groups?|[Ee]xit [Tt]ime|[Ss]patial [Bb]lend)\b"
)


def _unity_words_alone(roadmap: GeneratedRoadmap) -> list[str]:
    """Each summary, key point, question and project of the roadmap that names a Unity-only term without Godot's, or
    a project to write in C# without Godot's languages."""
    texts: list[str] = []
    for skill in _topics(roadmap):
        topic = SHIPPED.topic(skill)
        texts += [topic.summary, *topic.key_points]
        for q in topic.questions:
            texts.append(" ".join([q.ask, q.answer, q.why, q.model_answer, *(f"{w.choice} {w.why}" for w in q.wrong)]))
    projects = [project.description for phase in roadmap.phases for project in phase.projects]
    texts += projects
    csharp = [text for text in projects if "C#" in text]  # a project in C# alone is Unity's, not Godot's (GDScript)
    return [text for text in texts if (UNITY_ONLY.search(text) or text in csharp) and "Godot" not in text]


@pytest.mark.parametrize(
    "goal",
    [
        "make a 2d platformer in godot",
        "a godot game with menus, sound effects and gamepad controls",
        "godot game with shaders and animation",
        "godot game with automated tests and playtesting",
        "a godot board game with an ai opponent",
    ],
)
def test_a_godot_learner_reads_godots_terms_wherever_the_catalog_names_unitys(goal: str) -> None:
    """The 2D topic, its quiz and the platformer project were written for Unity (Rigidbody2D, sorting layers, mixer
    groups), so a learner who asked for Godot met Unity's words as if they were the only ones: where the idea is
    every engine's, the text names both."""
    roadmap = generate_roadmap(SHIPPED, goal=goal)
    assert "godot-fundamentals" in _topics(roadmap)
    assert _unity_words_alone(roadmap) == []


def test_a_catalog_project_practises_the_named_engines_fundamentals_in_unitys_place() -> None:
    """The Finished 2D platformer said it practised "Unity fundamentals" on a roadmap that leaves Unity out for
    Godot: a project shows the topics as this roadmap teaches them. (The goals ask for the menus, sound and controls
    it practises too: a roadmap that teaches none of them, "make a 2d platformer in godot", has no project that
    is mostly beyond it, `phase_projects`.)"""
    roadmap = generate_roadmap(SHIPPED, goal="a godot game with menus, sound effects and gamepad controls")
    (platformer,) = [j for p in roadmap.phases for j in p.projects if j.title == "Finished 2D platformer"]
    practised = [t.name for t in platformer.practises]
    assert "Godot Engine fundamentals" in practised
    assert "Unity fundamentals" not in practised
    assert "Unity fundamentals" not in platformer.also_uses_line
    unnamed = generate_roadmap(SHIPPED, goal="a 2d game with menus, sound effects and gamepad controls")
    unity = next(j for p in unnamed.phases for j in p.projects if j.title == "Finished 2D platformer")
    assert "Unity fundamentals" in [t.name for t in unity.practises]


def test_a_word_that_says_which_one_is_read_with_the_phrase_beside_it_and_can_be_undone() -> None:
    """ "2d" of "a 2d platformer" was left not understood while "platformer" was read as 2D game development: a word
    of the name of what the phrase beside it was read as is part of that reading, said and undoable."""
    roadmap = generate_roadmap(SHIPPED, goal="i want to make a 2d platformer game")
    (reading,) = [u for u in roadmap.understood if u.said == "2d"]
    assert [r.name for r in reading.means] == ["2D game development"]
    assert reading.undoable
    assert roadmap.not_understood == []
    undone = generate_roadmap(SHIPPED, goal="i want to make a 2d platformer game", plain=["2d"])
    assert undone.not_understood == ["2d"]  # read as typed: said again as not understood
    animation = generate_roadmap(SHIPPED, goal="learn 2d animation")  # Game animation is not 2D: "2d" stays unread
    assert "2d" in animation.not_understood


def test_a_field_with_no_roadmap_is_said_plainly_with_the_nearest_by_name() -> None:
    """ "vr" in "i want to make vr games" was called what the game is for, "which changes nothing in what to learn";
    alone it was refused with no suggestion."""
    roadmap = generate_roadmap(SHIPPED, goal="i want to make vr games")
    (note,) = [n for n in roadmap.notes if "“vr”" in n]
    assert note.startswith("The catalog has no roadmap for “vr”")
    assert "Game Developer" in note
    assert "game-developer" not in note
    assert not any("changes nothing" in n for n in roadmap.notes)
    assert "vr" not in roadmap.not_understood
    with pytest.raises(NotFound) as caught:
        generate_roadmap(SHIPPED, goal="learn vr development")
    assert caught.value.suggestions == ["game-developer", "csharp", "cpp"]
    assert "headsets" in caught.value.hint


def test_a_junior_job_with_a_skill_no_role_hires_for_stops_at_its_junior_level_and_says_so() -> None:
    """ "junior rust developer" was the whole 440 h roadmap with "junior" not understood, while "junior python
    developer" stopped at its milestone."""
    roadmap = generate_roadmap(SHIPPED, goal="junior rust developer")
    (scope,) = roadmap.scope
    assert (scope.roadmap, scope.kind, scope.said, scope.phases, scope.of) == ("rust", "job", "junior", 3, 7)
    assert "Rust has no job-ready milestone of its own" in scope.message
    (reading,) = [u for u in roadmap.understood if u.said == "junior"]
    assert reading.how == "milestone"
    assert reading.undoable
    assert roadmap.not_understood == []
    after = {s.id: s.reason for s in roadmap.skipped}
    assert after["rust-async-tokio"].startswith("after the Junior level of Rust (undo “junior”")
    whole = generate_roadmap(SHIPPED, goal="junior rust developer", plain=["junior"])
    assert whole.scope == []
    assert whole.total_hours > roadmap.total_hours
    hobby = generate_roadmap(SHIPPED, goal="junior rust developer", purpose="hobby")
    assert hobby.scope == []


def test_a_misspelt_language_a_common_goal_is_written_in_is_reported_as_a_spelling_fix() -> None:
    """ "pyhton discord bot" was built with Python and said so in a note, while the Understood line listed only
    "discord bot": the fix of "pyhton" is reported as any other spelling fix is, and undoing it reads it as typed."""
    roadmap = generate_roadmap(SHIPPED, goal="pyhton discord bot")
    fixed = next(u for u in roadmap.understood if u.said == "pyhton")
    assert [r.name for r in fixed.means] == ["Python"]
    assert fixed.how == "spelling"
    assert fixed.corrected == "python"
    assert fixed.undoable
    assert "Built with Python, as you asked." in roadmap.notes
    undone = generate_roadmap(SHIPPED, goal="pyhton discord bot", plain=["pyhton"])
    assert "pyhton" in undone.not_understood
    assert all(u.said != "pyhton" for u in undone.understood)
    assert not any("as you asked" in n for n in undone.notes), "nothing was asked for once the fix is undone"


@pytest.mark.parametrize(
    ("goal", "as_package", "language"),
    [
        ("publish a python library", "publish a python package", "Python"),
        ("how do i publish my python library to pypi", "publish a python package", "Python"),
        ("publish my javascript library to npm", "publish an npm package", "JavaScript"),
    ],
)
def test_the_language_a_published_library_is_written_in_brings_only_what_publishing_it_needs(
    goal: str, as_package: str, language: str
) -> None:
    """ "python" of "publish a python library" was read as the whole Python roadmap beside packaging (216 h), while
    "publish a python package" was 75 h: the language a published thing is written in is what it is built with
    (`GoalSense.language`), said and not a second subject, as "python" of "a discord bot in python" is."""
    roadmap, package = generate_roadmap(SHIPPED, goal=goal), generate_roadmap(SHIPPED, goal=as_package)
    assert _topics(roadmap) == _topics(package)
    assert roadmap.total_hours == package.total_hours
    said = language.lower()
    assert any(u.said == said and [r.name for r in u.means] == [language] for u in roadmap.understood)
    assert f"Built with {language}, as you asked." in roadmap.notes


def test_a_roadmap_spelt_by_its_title_and_an_alias_is_read_once() -> None:
    """ "ux designer" spells UX Design's title and its alias "ux designer" alike: one roadmap, said once."""
    roadmap = generate_roadmap(SHIPPED, goal="become a ux designer", today=TODAY)
    assert [r.name for u in roadmap.understood if u.said == "ux designer" for r in u.means] == ["UX Design"]
