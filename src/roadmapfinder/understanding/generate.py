"""`generate_roadmap`: a roadmap for any goal, built from the topic graph like the catalog's own roadmaps.

1. The goal is read by the interpreter. A phrase naming a topic asks for that topic ("Kubernetes security"). A
   phrase naming a roadmap asks for its core skills; in a goal of several phrases ("Go microservices on AWS")
   only the roadmap's foundations (phases up to Junior) and its topics about the other phrases are asked for, so
   the stack stays about the goal rather than three whole roadmaps.
2. Each asked topic brings its prerequisite closure; topics the learner knows (read by the same interpreter) and
   what they build on (`beneath.known_beneath`: knowing React is knowing HTML and JavaScript's syntax, unless the goal
   names the topic), topics below their level and, for a hobby, senior career preparation leave the roadmap, each
   with its reason.
3. Each topic's level is the level at which the asked roadmap (else the catalog) first teaches it, raised to
   its prerequisites' level; topics are ordered prerequisites first, then by level, so levels never go down.
4. Topics are grouped by level into 4-8 phases (a large level is split), each titled after a catalog phase
   whose title honestly fits it, else with its topics' names (`phase_titles`), with a goal sentence, an
   estimate at the learner's pace, and projects taken from the catalog's projects that practise its topics (at
   least one per phase).
Same inputs, same roadmap: every choice is ordered, and the id is a digest of the content.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import re
from collections.abc import Collection, Sequence
from datetime import date

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.estimate import days_of_phases, phase_weeks, weeks_at_pace, weeks_said
from roadmapfinder.catalog.models import REFERENCE_HOURS_PER_WEEK, Level
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.catalog.shapes import Days, TopicRef, Weeks, and_list
from roadmapfinder.clock import today as clock_today
from roadmapfinder.errors import InvalidInput, NotFound, UndoableReading
from roadmapfinder.planning.request import CurrentLevel
from roadmapfinder.search.engine import search_words
from roadmapfinder.search.shapes import RoadmapHit
from roadmapfinder.search.text import STOPWORDS, clean_query, normalize, terms
from roadmapfinder.understanding.beneath import known_beneath
from roadmapfinder.understanding.choice_beside import beside_example, field_beside_choice
from roadmapfinder.understanding.counterparts import barred, cloud_alone
from roadmapfinder.understanding.employers import BIG_TECH_ROADMAPS
from roadmapfinder.understanding.feelings import Within
from roadmapfinder.understanding.felt_alone import felt_alone_refusal, little_maths_among
from roadmapfinder.understanding.goal_known import known_in_goal, learner_knows
from roadmapfinder.understanding.goal_words import BACKGROUND, FIELD_JOBS
from roadmapfinder.understanding.goals import GoalReading, generic_suggestions, read_goal, senses_in, subject_title
from roadmapfinder.understanding.in_reacts_place import (
    InPlace,
    frontend_only,
    in_a_role_of_react,
    in_reacts_place,
)
from roadmapfinder.understanding.interpret import Meaning, Ref
from roadmapfinder.understanding.known import KnownReading, Understood, known_from, undo_places
from roadmapfinder.understanding.lexicon import EVERYDAY_NAMES, FIELD_SEARCH
from roadmapfinder.understanding.listing import listed as _listed
from roadmapfinder.understanding.only_known import only_known_refusal
from roadmapfinder.understanding.phase_projects import (
    CatalogProject,
    Reach,
    also_uses,
    also_uses_line,
    beyond,
    catalog_projects,
    fits,
    no_project_reason,
    phase_projects,
    practised,
    unpractised,
)
from roadmapfinder.understanding.phase_titles import phase_titles
from roadmapfinder.understanding.role_with import (
    read_role_with,
    senses_within,
    titled,
    understood_with,
    without_taught,
)
from roadmapfinder.understanding.scope import (
    Cut,
    FieldJob,
    aimed_past_first_job,
    apart_from_field_job,
    beyond_cuts,
    field_jobs,
    job_roles,
    job_words,
    promoted_from,
    promoted_in,
    promotion_goals,
    promotion_in_field_said,
    promotion_jobs,
    promotion_uncut,
    promotion_words,
    read_scope,
    scope_out,
    scope_reading,
    stands_for,
    their_job_reading,
    uncut,
    wants_in,
    without_framing,
)
from roadmapfinder.understanding.shapes import (
    CoreSkillOut,
    GeneratedPhaseOut,
    GeneratedProjectOut,
    GeneratedRoadmap,
    SkippedTopicOut,
)
from roadmapfinder.understanding.stacks import StackReading, goal_stack, slots_known, stand_ins, variant_of
from roadmapfinder.understanding.struggles import maths_note
from roadmapfinder.understanding.timeframe import (
    counted_pace,
    deadline_pace,
    deadline_reading,
    hurry_note,
    read_pace,
    read_study_days,
    read_time,
    read_work_hours,
    short_days,
    work_hours_reading,
)
from roadmapfinder.understanding.titles import goal_title, with_more
from roadmapfinder.understanding.without import (
    DoneWithout,
    built_on,
    contradicted,
    done_without,
    offered_without,
    taught_in_place,
)

PURPOSES = ("job", "freelance", "hobby")
MIN_PHASES, MAX_PHASES = 4, 8
#: A level with more topics than this is split into two phases (while there is room for more phases).
LARGE_PHASE = 10
#: In a goal of several phrases, a named roadmap contributes its phases up to this level.
_FOUNDATION = Level.JUNIOR
#: How the reasons of topics a small goal grows by begin (see `_going_further`).
_FURTHER = ("where ", "taught with ")


def generate_roadmap(
    catalog: Catalog,
    *,
    goal: str | None,
    known: str | None = None,
    hours_per_week: float | str | None = None,
    level: str | None = None,
    purpose: str | None = None,
    plain: Collection[str] = (),
    today: date | None = None,
) -> GeneratedRoadmap:
    """A roadmap for `goal` at the learner's pace, less what they know (see the module docstring).

    `plain` lists phrases of the goal whose reading the learner undid: they are read as typed (`goals.read_goal`,
    `timeframe.read_time_frame`, `scope.read_scope`). A deadline in the goal ("in 6 months") is counted from
    `today` (default: `clock.today`, in the site's time zone) and reported with what it needs (`deadline`);
    without hours a week, a realistic deadline sets the pace. A goal to get a job, or to build one app, with a
    career roadmap takes the roadmap up to its milestone (`scope`).
    Raises `NotFound` (with a hint and the roadmaps that honestly help, or none) when nothing in the goal names a
    skill the catalog teaches or the goal is one it does not cover, and `InvalidInput` for an empty goal, hours
    outside 1-80, or an unknown level or purpose.
    """
    goal_text = clean_query(goal)
    hours = parse_hours_per_week(hours_per_week) or REFERENCE_HOURS_PER_WEEK
    current = _level(level)
    why_learn = (purpose or "job").strip().lower()
    if why_learn not in PURPOSES:
        raise InvalidInput(f"unknown purpose `{purpose}`", hint=f"choose one of: {', '.join(PURPOSES)}")
    undone = sorted({" ".join(p.split()) for p in plain if p.strip()})
    known_reading = known_from(catalog, [known], plain=undone) if known and known.strip() else None
    # "5 hours a week": the learner's hours, said in the goal; read first, so that a clause of what they know never
    # runs on over it ("i know python, 5 hours a week")
    # "while working full time": the hours of their job, read before the pace, which must never take them
    work_hours, unworked = read_work_hours(goal_text, plain=undone)
    pace, unpaced = read_pace(unworked, plain=undone)
    days, unpaced = read_study_days(unpaced, plain=undone)  # "only on weekends": the dated plan's days
    stated = known_in_goal(catalog, unpaced, plain=undone)  # "i know a bit of python and want to ..."
    if stated.only_known:  # "i know a bit of python and excel": what to reach with it is the question
        mentioned = [] if stated.readings else _mentioning(catalog, stated.not_understood)
        raise only_known_refusal(catalog, goal_text, stated, mentioned=mentioned)
    if stated.felt_alone:  # "i hate math": how they feel is said, and the roadmaps that need little maths offered
        refusal = felt_alone_refusal(catalog, goal_text, stated)
        refusal.readings = _undoable([*map(work_hours_reading, work_hours), *stated.said_apart(catalog)])
        raise refusal
    known_topics = learner_knows(known_reading, stated)
    given = parse_hours_per_week(hours_per_week) is not None
    pace_notes = []
    if pace is not None:
        counted = counted_pace(pace, hours if given else None, default=hours)
        hours, given = counted.hours or hours, counted.hours is not None
        pace_notes += [counted.note] if counted.note else []
    time = read_time(stated.goal, today=today or clock_today(), plain=undone)
    frame, words = time.frame, time.words
    if not words.strip():  # a deadline alone ("in 6 months") names nothing to learn: read the words as typed
        frame, words = None, stated.goal
        time = read_time("", today=today or clock_today())
    avoided = stated.avoided  # "mobile apps without react": built with Flutter
    # "python security job": Python and the security job, never the topic "python security" names
    field_apart = apart_from_field_job(catalog, words, plain=undone)
    reading = read_goal(
        catalog,
        without_framing(field_apart.text),
        plain=undone,
        knows=known_topics,
        background=stated.background,
        avoid=avoided,
    )
    if not reading.subjects and (job := promoted_in(catalog, words, stated.works_as, undone)):
        # "i'm a backend developer and want to get promoted": the job they said they have is the one promoted in
        words = f"{job.said}, {words}"
        reading = read_goal(
            catalog, without_framing(words), plain=undone, knows=known_topics, background=stated.background
        )
        reading.understood = [job.reading(catalog) if job.names(u.said) else u for u in reading.understood]
        reading.notes.insert(0, job.note(catalog))
    stack = _in_stack(catalog, reading, words, undone, known_topics)  # "python backend": Backend Developer in Python
    for slot, said in (slots_known(catalog, stack, known_topics) if stack else {}).items():
        known_topics.setdefault(slot, said)  # "3 years as a java developer": the role's language is known in Java
    # "full stack vue developer": Full-Stack's frontend in Vue.js, the role whole as "with vue" keeps it
    within, within_role = _frontend_within(catalog, reading, undone)
    subjects = reading.subjects
    if not subjects:
        refusal = _not_found(catalog, goal_text, reading, plain=undone, read=words)
        if refusal.choice and (little := little_maths_among(catalog, stated, refusal.suggestions)):
            # "i hate math but want to code": only the choice's ways in with no maths topic of their own, as the
            # finder picks; Computer Science was offered too, said to teach maths in its own topics
            refusal.suggestions = list(little)
            refusal.goals = {slug: goal for slug, goal in refusal.goals.items() if slug in little}
        offered_without(catalog, stated.feelings, refusal)  # "web developer without javascript": Backend Developer
        if frame is not None:  # the deadline was understood: say so, so the learner knows it will count
            refusal.hint += f"; your deadline “{frame.said}” ({frame.line}) counts once the goal names a roadmap"
        if stated.readings:  # what the goal says the learner knows was read: say so too
            said = and_list([f"“{s}”" for s in dict.fromkeys(u.said for u in stated.readings)])
            refusal.hint += f"; what you said you know ({said}) counts once the goal names a roadmap"
        # "switch careers from teaching to tech": the choice was made with “teaching” read as their background, which
        # the learner may undo there as on a roadmap
        # "i hate math but want to code": which of the choice's roadmaps teach maths is said with the feeling
        apart = stated.said_apart(catalog, among=refusal.suggestions if refusal.choice else ())
        refusal.readings = _undoable([*map(work_hours_reading, work_hours), *apart, *reading.understood])
        refusal.choosing = _choosing(refusal, reading)
        raise refusal
    if contradiction := contradicted(catalog, stated.feelings, subjects, stated.goal):
        # "react without react": said, and the choice left (React as asked, or the role with Vue.js), never a swap
        refusal = contradiction.refusal(catalog, goal_text)
        refusal.readings = _undoable([*map(work_hours_reading, work_hours), *stated.said_apart(catalog)])
        raise refusal
    # "data engineer with python": the role as asked, with the tool it is done with in it, never cut beside it
    role_with = read_role_with(
        catalog, subjects, words, listed=_listed(words, subjects), plain=undone, stack_said=stack.said if stack else ""
    )
    named = {ref.key for m in subjects if not m.roadmaps for ref in m.topics}  # asked for by their own name
    job_notes = _asked_despite_job(catalog, named, stated.by_job, known_topics, known_reading)
    purpose_notes = []
    goal_purpose = reading.interpretation.purpose or ""
    if not (purpose or "").strip() and goal_purpose in _SAID_PURPOSES:
        why_learn = goal_purpose  # "learn python as a hobby": no senior career preparation, said and changeable
        purpose_notes.append(_SAID_PURPOSES[goal_purpose])
    named_roadmaps = list(dict.fromkeys(r.key for m in subjects for r in m.roadmaps))
    # "python, want a data job": the field's job for the language (Data Analyst), never its job in another field
    in_fields = field_jobs(catalog, words, named_roadmaps, _fields_said(reading), purpose=why_learn, plain=undone)
    if field_undone := next((j for j in in_fields if j.undone and j.field in FIELD_JOBS), None):
        raise _field_job_choice(goal_text, field_undone)
    roles = job_roles(catalog, words, named_roadmaps, purpose=why_learn, plain=undone, fields=in_fields)
    for in_field in (j for j in in_fields if (j.skill, j.role) in roles and not j.undone):
        reading.understood.append(in_field.reading(catalog))
        reading.notes = [n for n in reading.notes if not n.startswith(f"“{in_field.word}” names a whole field")]
        reading.notes.append(in_field.note(catalog, field_apart.joined))  # and what "python security" is alone
    reading.notes += field_apart.role_notes()  # "python security engineer": what "python security" is alone
    for skill, role in roles:  # "a junior python developer job": the role that hires for it, said in the scope
        said = next(m.said for m in subjects if any(r.key == skill for r in m.roadmaps))
        title = catalog.roadmap(role).title
        subjects.append(Meaning(said=said, roadmaps=[Ref(key=role, name=title)], how="synonym", confidence=1.0))
        reading.titles.append(title)
        named_roadmaps.append(role)
    cuts = read_scope(catalog, words, named_roadmaps, purpose=why_learn, plain=undone, roles=dict(roles))
    whole = uncut(catalog, words, named_roadmaps, cuts, purpose=why_learn, plain=undone)

    upto = {c.roadmap: c.phases for c in cuts}
    # a sense's foundations, and a framework learnt as the frontend of a role with a server ("vue developer" of "full
    # stack vue developer", "mean stack"), as "full stack developer with vue" takes it
    framed = frontend_only(catalog, subjects, within)
    for slug in (s for s in [*(s for sense in reading.senses for s in sense.roadmaps), *framed] if s not in upto):
        upto[slug] = sum(1 for p in catalog.roadmap(slug).phases if p.level.rank <= Level.JUNIOR.rank)
    # a role said with its tools, or with its frontend's framework: as asked, never cut beside them
    kept_whole: set[str] = {within_role} if within_role else set()
    in_place: list[tuple[str, str]] = []
    role_with_said = role_with.said if role_with is not None else ""
    with_notes = []
    if role_with is not None:  # what the role teaches of its tools adds nothing; the rest is added beside it
        taught = role_with.taught(catalog, upto.get(role_with.role_slug))
        subjects = without_taught(subjects, taught)
        kept_whole.add(role_with.role_slug)
        reading.understood = understood_with(reading.understood, role_with)
        reading.titles = titled(catalog, reading.titles, role_with)
        for sense in senses_within(reading.senses, role_with):  # "with unity": Game Developer's own engine
            reading.titles = [t for t in reading.titles if t != sense.title]
            reading.notes = [n for n in reading.notes if n != sense.not_covered]
        # "with unity": the role's phase of another engine (Unreal Engine and C++) stays, said so; "with godot":
        # Godot's fundamentals in Unity's place
        engines = role_with.other_engines(catalog, senses_in(catalog))
        if in_place := role_with.in_place(catalog, senses_in(catalog)):  # the tool as the role's topic, never the
            tools = {t.said: t for t in role_with.tools}  # common goal's own path beside it (Godot's Python)
            subjects = [tools.get(m.said, m) for m in subjects]
        with_notes.append(role_with.note(catalog, taught, engines, in_place))
    listed = _listed(words, subjects)
    asked, base_level = _asked(catalog, subjects, reading.made_of, upto, listed=listed, whole=kept_whole)
    either = _listed(words, subjects, _EITHER_GAP)
    sides = list(dict.fromkeys(reading.titles)) if either else []  # "eks vs ecs": each side as the title names it
    several = _several(subjects) and not listed and role_with is None  # a role with its tools: its own note says
    partly = _partly(catalog, subjects, asked, upto, sides=sides) if several else []
    skipped: dict[str, str] = {}
    for topic_id, said in known_topics.items():
        skipped[topic_id] = f"you know it (you said “{said}”)"
    # "i already know react": what React builds on is known too, unless the goal asks for it by name
    readings = [*(known_reading.understood if known_reading else []), *stated.readings]
    beneath = {t: why for t, why in known_beneath(catalog, known_topics, readings).items() if t not in named}
    for topic_id, why in beneath.items():
        skipped.setdefault(topic_id, why)
    for skill, role in roles:  # Python is the backend language
        if (topic := stands_for(skill, role)) and topic not in known_topics:
            skipped[topic] = f"{catalog.roadmap(skill).title} is the one you learn for it"
    for slot, why in stand_ins(catalog, named_roadmaps).items():  # "backend developer and python": Python once
        if slot not in known_topics:
            skipped.setdefault(slot, why)
    instead = dict(_instead(reading, asked))  # "in godot": Godot's fundamentals, not Unity's
    for default, chosen in in_place:  # "game developer with godot": Godot's fundamentals learnt where Unity's were
        asked.pop(default, None)
        asked.setdefault(chosen, f"in place of {catalog.topic(default).name}, as you asked (“{role_with_said}”)")
        if default in base_level:
            base_level[chosen] = base_level[default]
        instead[default] = chosen
    on_cloud_notes, on_cloud = [], {}
    for on in reading.done_on:  # "azure cloud engineer": each AWS topic's Azure counterpart learnt in its place
        swap = dict(on.pairs(asked, named))
        asked = {swap.get(t, t): (on.why if t in swap else why) for t, why in asked.items()}  # in place, in order
        base_level.update({chosen: base_level[default] for default, chosen in swap.items() if default in base_level})
        # the cloud's own topics before the first counterpart; with none ("devops on azure": DevOps teaches generic
        # cloud topics), with the generic ones they build on, never at the level the catalog names them beside Cloud
        # Engineer's last phase (Azure fundamentals was learnt at Senior prep, after all the cloud work)
        level = on.own_level(base_level[d] for d in swap if d in base_level) or on.own_level(
            base_level[p] for t in on.own for p in catalog.topic(t).prerequisites if p in base_level
        )
        if level is not None:
            base_level.update({t: level for t in on.own if t in asked and base_level.get(t, level).rank >= level.rank})
        instead.update(swap)
        on_cloud.update(dict.fromkeys(swap, on.left_out))
        on_cloud_notes += [on.note(catalog, swap.items())] if swap else []
    for default, chosen in instead.items():
        skipped[default] = on_cloud.get(default) or f"{catalog.topic(chosen).name} takes its place in this roadmap"
    # "frontend without react": React's topics leave, Vue's take their place, learnt where React's were; never
    # `instead`, so no project written for React is handed over as Vue's (`Reach.left_out`)
    # "react native without react": React Native is built on React, which stays (`kept_on`)
    built_from = {r.key for m in reading.subjects for r in m.roadmaps} | {s for g in reading.senses for s in g.roadmaps}
    taught_now = catalog.with_prerequisites(asked, skipped)
    without = done_without(catalog, stated.feelings, taught_now, plain=undone, roadmaps=built_from)
    kept_on = built_on(catalog, stated.feelings, built_from)
    # "vue developer": the role in Vue.js, React's topics left out with Vue's in their place (React asked for, or
    # done without by a dislike, is not this)
    done_in = None
    if not any(done.framework == "react" for done in without):
        done_in = in_reacts_place(
            catalog, reading.subjects, taught_now, with_said=role_with_said, within=within, plain=undone
        )
    # "full stack python developer": the role's server in Python, Node.js's topics left out with Python's in place
    in_stack = _in_nodes_place(catalog, stack, taught_now)
    swapped_out: list[DoneWithout | InPlace] = [*without, *(d for d in (done_in, in_stack) if d is not None)]
    for done in swapped_out:  # each put where the topic it replaces was asked: the server's language before its
        for left, placed in done.places:  # framework
            skipped[left] = done.why(catalog, left)
            if placed is not None and placed not in asked:
                asked = _put_in_place(asked, left, placed, done.placed(catalog, left))
                if left in base_level:
                    base_level.setdefault(placed, base_level[left])
            asked.pop(left, None)
    # "i want to be a gcp engineer": what the cut leaves out of the role is on Google Cloud too
    standing = {d: c for on in reading.done_on for d, c in on.standing(named).items()}
    own_cloud = [t for on in reading.done_on for t in on.own]  # "... on azure": their job taught Azure's fundamentals
    promoted = promoted_from(catalog, cuts, standing, own_cloud)  # "get promoted to senior": the first phases
    floor = _promotion_floor(catalog, cuts)  # and what the phases past it need first is learnt at their level
    skipped.update({t: why for t, why in promoted.items() if t not in skipped})
    background, background_notes, fences = _background(catalog, asked, skipped)
    skipped.update(background)
    beyond = beyond_cuts(catalog, cuts, asked, standing)
    fences = {*fences, *beyond}
    below: set[str] = set()
    for topic_id in catalog.with_prerequisites(asked, skipped):
        level_here = base_level.get(topic_id) or _lowest_level(catalog, topic_id)
        if topic_id not in named and level_here.rank < current.floor.rank:
            skipped[topic_id] = f"below your level ({current.value})"
            below.add(topic_id)
        elif why_learn == "hobby" and topic_id not in named and level_here == Level.SENIOR_PREP:
            skipped[topic_id] = "career preparation, left out for a hobby"
    topics = catalog.with_prerequisites(asked, skipped)
    for topic_id, why in beyond.items():
        if topic_id not in topics and topic_id not in skipped:
            skipped[topic_id] = why
    if not topics:
        raise InvalidInput(
            f"nothing is left to learn for “{goal_text}”: you know every topic it needs",
            hint="remove some known topics, or ask for a bigger goal",
        )
    # What a project may use that this roadmap does not teach: what the learner knows with what that needs first
    # (knowing React, they know JavaScript), the job they are promoted from, and what is below their level; and
    # what it may never need: what the roadmap leaves out on purpose, with a reason (Arduino's linker scripts, a
    # hobby's career preparation).
    had = {*catalog.with_prerequisites([*known_topics, *promoted]), *below}
    done_on = reading.done_on or cloud_alone(catalog, subjects)  # "learn azure": its projects on Azure too
    reach = Reach(
        usable=frozenset(had),
        left_out=frozenset(t for t in skipped if t not in had and t not in instead),
        barred=barred(catalog, done_on, instead) if done_on else frozenset(),
    )
    levels, order, groups = _layout(catalog, topics, base_level, instead, reach, floor)
    for floor in (current.floor, Level.BEGINNER):  # a small goal grows by where it leads, at the learner's level
        further = (
            _going_further(catalog, topics, skipped, floor, fences, goal=asked) if len(groups) < MIN_PHASES else []
        )
        for topic_id, why in further:  # first, else below it
            if len(groups) >= MIN_PHASES:
                break
            if topic_id not in topics:
                asked[topic_id] = why
                topics = catalog.with_prerequisites(asked, skipped)
                levels, order, groups = _layout(catalog, topics, base_level, instead, reach, floor)
    # A known topic is left out of this roadmap only when it would be in it: knowing Excel leaves nothing out of React.
    knowing = {*known_topics, *beneath}
    others = {t: r for t, r in skipped.items() if t not in knowing}
    would_need = set(catalog.with_prerequisites(asked, others))
    skipped = {t: r for t, r in skipped.items() if t not in knowing or t in would_need}
    # a topic is said to be replaced by its cloud's counterpart only when that counterpart is taught: a promotion on
    # Azure starts from a job that had Azure compute, and AWS compute had no place in it
    skipped = {t: r for t, r in skipped.items() if t not in on_cloud or instead[t] in order}
    whys = _whys(catalog, order, asked, instead)
    # what the learner put out of it; a topic a cloud's counterpart stands for is the same subject there
    replaced = {*(t for t in instead if t not in on_cloud), *(left for done in swapped_out for left, _ in done.places)}
    standing_for = {instead[t]: t for t in on_cloud}
    role_titles = [r.title for r in catalog.roadmaps if r.role]
    # "backend api developer": Backend Developer once, with API Design; "frontend without react": with Vue.js, though
    # what React left is the role as named ("left out of Frontend Developer")
    # "mobile apps without react": "A mobile app with Flutter"
    swaps = [*(done.swap(catalog) for done in without), *(away.swap() for away in reading.away_from.values())]
    goal_names = goal_title(reading.titles, role_titles, swaps)
    in_sentences = in_a_sentence(goal_names)
    named_as = in_a_sentence(goal_title(reading.titles, role_titles))

    def laid_out(pace: float) -> list[GeneratedPhaseOut]:
        built = _phases(
            catalog,
            groups,
            levels,
            whys,
            pace,
            reach,
            in_sentences,
            reading.roadmap_keys,
            asked,
            instead,
            replaced,
            standing_for,
        )
        shown = _in_variants(
            catalog, built + _practice_phases(catalog, built, pace, MIN_PHASES - len(built), instead, reach), stack
        )
        for on in done_on:  # "azure cloud engineer": its projects in Azure's words
            shown = on.worded(shown)
        return shown

    phases = laid_out(hours)
    scope = [scope_out(catalog, c, skipped, standing) for c in cuts]
    deadline = None
    if frame is not None:
        needed = deadline_pace(sum(p.hours for p in phases), frame, hours, given=given)
        phases, hours = (laid_out(needed), needed) if needed != hours else (phases, hours)
        deadline = deadline_reading(frame, phases, hours, given=given, title=in_sentences)
    understood = [
        *map(work_hours_reading, work_hours),
        # "i hate yaml": it stays; "without react": left out, Vue.js in its place
        *stated.said_apart(
            catalog,
            Within(
                in_sentences,
                set(topics),
                {
                    **{d.clause: d.line(catalog, named_as) for d in without},
                    **{said: (a.slug, a.verdict(named_as)) for said, a in reading.away_from.items()},
                },
                kept_on,
            ),
        ),
        *(done_in.reading(catalog, u) if done_in and u.said == done_in.said else u for u in reading.understood),
        *([stack.understood(catalog)] if stack else []),
    ]
    triggers = {w for c in cuts for w in normalize(c.said).split()}  # the milestone's words: read, not left over
    if any(c.kind == "job" for c in cuts) or whole:  # a job goal said as a cut or as the whole roadmap
        triggers |= job_words(words)
    understood += [scope_reading(catalog, c) for c in cuts]
    # "automate boring stuff at work": the job they have, said with its Undo as the finder says it, unless a cut says it
    if theirs := their_job_reading(words, purpose=why_learn, plain=undone, said=[u.said for u in understood]):
        understood.append(theirs)
        triggers |= set(normalize(theirs.said).split())
    named_by = [(m.said, r.key) for m in subjects for r in m.roadmaps]
    if promoted_whole := promotion_uncut(catalog, words, named_by, cuts, undone):  # "promotion to staff engineer"
        own = set(normalize(promoted_whole.said).split())  # the job's words are read with it, said once
        understood = [u for u in understood if not set(normalize(u.said).split()) <= own]
        understood.append(promoted_whole)
        triggers |= own
    past_first_job = aimed_past_first_job(catalog, words, named_roadmaps, undone, cuts=cuts)  # "senior": whole
    understood += past_first_job
    triggers |= {w for u in past_first_job for w in normalize(u.said).split()}
    if frame is not None:
        understood.append(
            Understood(said=frame.said, means=[Ref(key=frame.by.isoformat(), name=frame.line)], how="deadline")
        )
    if pace is not None:
        understood.append(pace.understood())
    if days is not None:
        understood.append(days.understood())
    # the phases' ranges at 10 h a week added up, then converted, as a catalog roadmap's total is: the range the
    # deadline quotes (converted ranges added up counted a whole week for each phase shorter than one)
    total_weeks = weeks_at_pace((p.hours for p in phases), hours)
    roadmap = GeneratedRoadmap(
        id="",
        title=goal_names,
        goal=goal_text,
        understood=understood,
        not_understood=list(
            dict.fromkeys(
                [
                    *(kept for p in reading.not_understood if (kept := _unread(p, triggers))),
                    *stated.not_understood,
                    *(known_reading.not_understood if known_reading else []),
                ]
            )
        ),
        notes=[
            *reading.notes,
            *on_cloud_notes,
            *(s.message for s in scope),
            *with_notes,
            *(done.note(catalog, round(sum(p.hours for p in phases), 1)) for done in without),
            *(d.note(catalog) for d in (done_in, in_stack) if d is not None),
            *partly,
            *whole,
            *background_notes,
            *([maths_note(catalog, stated.struggles, topics, in_sentences)] if stated.struggles else []),
            *job_notes,
            *time.notes,
            *pace_notes,
            *purpose_notes,
            *([hurry_note(time.hurry, phases, hours, given=given)] if time.hurry and frame is None else []),
        ],
        plain=undone,
        known=list(known_reading.understood) if known_reading else [],
        known_said=" ".join((known or "").split()),
        skipped=[
            SkippedTopicOut(id=t, name=catalog.topic(t).name, reason=r)
            for t, r in skipped.items()
            if catalog.has_topic(t)
        ],
        hours_per_week=hours,
        level=current.value,
        purpose=why_learn,
        total_hours=round(sum(p.hours for p in phases), 1),
        estimated_weeks=Weeks(min=total_weeks.min, max=total_weeks.max),
        estimated_days=_days([p.hours for p in phases], hours),
        phases=phases,
        scope=scope,
        deadline=deadline,
        stack=stack.stack if stack else None,
        study_days=short_days(pace.days if pace is not None and pace.days else days.days if days else ()),
    )
    return roadmap.model_copy(update={"id": _content_id(roadmap)})


def _in_stack(
    catalog: Catalog, reading: GoalReading, words: str, undone: Collection[str], knows: dict[str, str]
) -> StackReading | None:
    """The goal's stack (`stacks.goal_stack`: the language it names with its role, else the one the learner knows,
    `knows`), the reading changed to say so: the language is no subject and no title of its own ("Backend Developer
    in Python"), and its own line ("“python” → Python") gives way to the stack's, said after the role's."""
    titled = {m.said: subject_title(catalog, m) for m in reading.subjects}  # as `read_goal` titled each
    subjects, stack = goal_stack(catalog, reading.subjects, words=words, knows=knows, plain=undone)
    kept = {m.said for m in subjects}
    gone = [m for m in reading.subjects if m.said not in kept]
    added = [m for m in subjects if m.said not in {u.said for u in reading.understood}]
    reading.subjects = subjects
    if stack is None:  # undone inside the role's phrase, "python" of "python backend": each as typed, side by side
        reading.understood = [u for u in reading.understood if not any(u.said == m.said for m in gone)]
        reading.understood += [Understood(said=m.said, means=m.refs, how=m.how) for m in added]
        reading.titles = list(dict.fromkeys([*reading.titles, *(r.name for m in added for r in m.roadmaps)]))
        return None
    gone_names = {r.name for m in gone for r in m.roadmaps if r.key != stack.role}
    role = next(m for m in subjects if any(r.key == stack.role for r in m.roadmaps))
    reading.understood = [
        u.model_copy(update={"means": role.refs}) if u.said == role.said else u
        for u in reading.understood
        if not any(u.said == m.said for m in gone)
    ]  # "java backend developer", an alias of Spring Boot too: Backend Developer alone, in Java
    role_titles = {catalog.roadmap(stack.role).title, titled.get(role.said, "")}  # "Backend Developer with Spring Boot"
    reading.titles = [stack.title(catalog) if t in role_titles else t for t in reading.titles if t not in gone_names]
    return stack


def _frontend_within(catalog: Catalog, reading: GoalReading, undone: Collection[str]) -> tuple[str, str]:
    """The phrase of a framework's frontend job read as the framework of another role the goal names
    (`in_reacts_place.in_a_role_of_react`: "vue developer" of "full stack vue developer"), the reading changed to
    say so: no Frontend Developer in its line or the title, which is the role's with the framework ("Full-Stack
    Developer with Vue.js"); with the role's slug; ("", "") when there is none."""
    titled = {m.said: subject_title(catalog, m) for m in reading.subjects}
    subjects, role = in_a_role_of_react(catalog, reading.subjects, plain=undone)
    phrase = next((m for m, was in zip(subjects, reading.subjects, strict=True) if m is not was), None)
    if role is None or phrase is None:
        return "", ""
    reading.subjects = subjects
    reading.understood = [
        u.model_copy(update={"means": phrase.refs}) if u.said == phrase.said else u for u in reading.understood
    ]
    framework = phrase.roadmaps[0].name
    role_said = next(m.said for m in subjects if any(r.key == role for r in m.roadmaps))
    role_title = titled.get(role_said, "")
    kept = [t for t in reading.titles if t != titled[phrase.said]]
    reading.titles = with_more(kept, role_title, f"{role_title} with {framework}")
    return phrase.said, role


def _put_in_place(asked: dict[str, str], left: str, placed: str, why: str) -> dict[str, str]:
    """`asked` with `placed` (and why) where `left` was asked, else last: the order topics are asked in is the order
    a phase teaches those nothing orders otherwise."""
    if left not in asked:
        return {**asked, placed: why}
    return {k: v for t, w in asked.items() for k, v in ([(placed, why)] if t == left else []) + [(t, w)]}


def _in_nodes_place(catalog: Catalog, stack: StackReading | None, taught: Collection[str]) -> InPlace | None:
    """The stack's language in the place of the role's Node.js topics it would teach (`stacks.in_nodes_place`), as a
    framework takes React's: the same swap, said and undone the same way; None for a stack that takes no place."""
    if stack is None or not (places := taught_in_place(catalog, dict(stack.places), taught)):
        return None
    return InPlace(said=stack.said, framework=stack.language, places=places, of="Node.js", stack=stack.stack)


def _in_variants(
    catalog: Catalog, phases: list[GeneratedPhaseOut], stack: StackReading | None
) -> list[GeneratedPhaseOut]:
    """The phases with each stack-neutral topic named as the stack teaches it (A backend programming language is
    Python; the ORM topic, SQLAlchemy), as a plan in that stack names them."""
    if stack is None:
        return phases
    return [
        p.model_copy(
            update={
                "core_skills": [
                    s.model_copy(update={"variant": variant_of(catalog, s.topic, stack.stack)}) for s in p.core_skills
                ]
            }
        )
        for p in phases
    ]


def _content_id(roadmap: GeneratedRoadmap) -> str:
    """A digest of everything the roadmap's page shows: what it teaches, at what pace, and how it read the learner's
    words (each reading, its undo, what was not understood, the notes, why each skill is there).

    The page is stored under this id and every asker is sent to it, so two goals that build the same topics but
    were read differently ("learn python" and "pyhton", a spelling fix to report and undo) must not share a page:
    the second learner would be shown the first one's words and readings. Letter case and runs of spaces change
    nothing shown that matters, so "Kubernetes security" and "kubernetes  security" are one roadmap.
    """
    # days say again what the hours and the pace say: left out, so that roadmaps stored before them keep their ids
    shown = roadmap.model_dump(
        mode="json", exclude={"id": True, "estimated_days": True, "phases": {"__all__": {"estimated_days"}}}
    )
    shown["goal"], shown["known_said"] = (" ".join(str(shown[k]).split()) for k in ("goal", "known_said"))
    if shown["stack"] is None:  # added later: a roadmap in no stack keeps the id it had before
        del shown["stack"]
    if not shown["study_days"]:  # added later too: a roadmap whose goal names no days keeps its id
        del shown["study_days"]
        for phase in shown["phases"]:
            for skill in phase["core_skills"]:
                del skill["variant"]
    return hashlib.sha256(json.dumps(shown, sort_keys=True).casefold().encode()).hexdigest()[:12]


def _level(level: str | None) -> CurrentLevel:
    text = (level or "beginner").strip().lower()
    try:
        return CurrentLevel(text)
    except ValueError:
        valid = ", ".join(c.value for c in CurrentLevel)
        raise InvalidInput(f"unknown level `{level}`", hint=f"choose one of: {valid}") from None


def _undoable(readings: list[Understood]) -> tuple[UndoableReading, ...]:
    """The readings a refusal was made with that the learner may undo, each phrase once, as a roadmap's page offers
    them (`undo_places`)."""
    last = undo_places(readings)
    return tuple(
        UndoableReading(said=u.said, line=u.line, how=u.how)
        for place, u in enumerate(readings)
        if last.get(u.said) == place
    )


def _choosing(refusal: NotFound, reading: GoalReading) -> str:
    """What needs choosing, said alone above choices that each say who they suit ("learn ai"): the hint with each
    choice's whole sentence (who every roadmap suits, in one paragraph) in its short words, all else the hint says
    kept; empty when no choice says who it suits. The hint keeps the whole sentence for a reader of it alone (an API
    client that shows no `suits`)."""
    if not refusal.suits:
        return ""
    choosing = refusal.hint
    for sense in reading.refused:
        if sense.choosing:
            choosing = choosing.replace(sense.not_covered.rstrip("."), sense.choosing.rstrip("."))
    return "" if choosing == refusal.hint else choosing


def _not_found(
    catalog: Catalog, goal: str, reading: GoalReading, *, plain: Collection[str] = (), read: str = ""
) -> NotFound:
    """Nothing to build from: say plainly what was not understood or is not covered, and offer only roadmaps that
    honestly help, ranked by what the goal means, never by how their names look; none rather than unrelated ones.

    A goal the catalog does not cover ("3d printing") says so, with what is nearby and when it helps. A field word
    ("games") points to that field's roadmaps; a kind of thing ("a zoom extension") to the roadmaps that make such
    things; any other word to the roadmaps whose content mentions it, saying where (Elixir is not taught, but the
    functional programming topic names it).
    """
    if reading.refused:
        suggestions = list(dict.fromkeys(slug for sense in reading.refused for slug in sense.suggestions))
        choice = all(sense.choice for sense in reading.refused)  # "learn to code": which language, not what is missing
        # "how do i get promoted to senior dev": each job's promotion, never its whole roadmap; the manager's route
        # (the sense's `alternative`, to lead a team instead) is that roadmap as it is
        other = {sense.alternative[0] for sense in reading.refused if sense.alternative}
        roles = [slug for slug in suggestions if slug not in other]
        goals = promotion_goals(catalog, goal, roles, plain) if choice else {}
        hint = " ".join(reading.notes).rstrip(".")
        # who each roadmap suits, said beside it where it is offered ("learn ai"; `_choosing` then says above them
        # only what needs choosing)
        suits = {slug: line for sense in reading.refused for slug, line in sense.suits} if choice else {}
        if unread := _unread_beside_choice(goal, reading, plain):
            hint += "; the catalog has no roadmap or topic named " + ", ".join(f"“{w}”" for w in unread)
        if choice and reading.fields:  # "learn apis and databases": the field listed beside the choice, said
            in_field = _field_roadmaps(catalog, reading.interpretation.fields)
            hint += "; " + field_beside_choice(
                reading.fields,
                _titles(catalog, in_field).split(", ") if in_field else [],
                _beside_example(catalog, suggestions, in_field),
            )
        return NotFound("roadmap for", goal, suggestions, hint=hint, choice=choice, goals=goals, suits=suits)
    fields = reading.interpretation.fields
    said = promotion_words(goal, plain)
    if said and fields and not reading.not_understood and (promoted := promotion_jobs(catalog, goal, fields, plain)):
        # "get promoted as a mobile developer": which of the field's jobs, each the promotion in it, as the finder
        # asks; it was refused as a field with the field's skill roadmaps offered whole, the promotion dropped
        hint = promotion_in_field_said(said, [catalog.roadmap(slug).title for slug in promoted]).rstrip(".")
        return NotFound("roadmap for", goal, list(promoted), hint=hint, choice=True, goals=promoted)
    if reading.employers and not reading.not_understood:  # "join faang": where, not what; a choice, nothing missing
        hint = "; ".join(n.rstrip(".") for n in reading.notes)
        # the big tech companies hire developers through interviews, and "google interviews" asks for them
        if any(e.group or e.interviews for e in reading.employers):
            hint += (
                "; their developer jobs are won in coding and system design interviews, which these prepare for"
                if any(e.group for e in reading.employers)
                else "; the interviews for its developer jobs test coding and system design, which these prepare for"
            )
            return NotFound("roadmap for", goal, list(BIG_TECH_ROADMAPS), hint=hint, choice=True)
        return NotFound("roadmap for", goal, [], hint=hint + "; say what you want to do there", choice=True)
    if reading.not_taught:  # "vr": no roadmap, said plainly with the nearest (`goals._not_taught`)
        hint = "; ".join(n.rstrip(".") for n in reading.notes)
        if reading.not_understood:
            hint += "; the catalog has no roadmap or topic named " + ", ".join(f"“{w}”" for w in reading.not_understood)
        return NotFound("roadmap for", goal, list(reading.nearest), hint=hint)
    what = ", ".join(f"“{w}”" for w in reading.not_understood)
    # the whole goal only when nothing else is said of it ("i'm an accountant and want to build websites" says why)
    # the words looked for, never a clause read apart ("mobile developer", not "... without javascript")
    named = read.strip() or goal
    unnamed = [f"the catalog has no roadmap or topic named {what or f'“{named}”'}"] if what or not reading.notes else []
    hint = "; ".join([*unnamed, *(n.rstrip(".") for n in reading.notes)])
    suggestions = generic_suggestions(catalog, reading)
    interpretation = reading.interpretation
    if suggestions:
        hint += "; such things are usually made with " + _titles(catalog, suggestions)
    elif jobs := [FIELD_JOBS[f] for f in interpretation.fields if f in FIELD_JOBS] if wants_in(goal) else []:
        suggestions = list(dict.fromkeys(slug for roles, _ in jobs for slug in roles))
        hint = "; ".join(sentence for _, sentence in jobs)  # "a job in data": which one
    elif interpretation.fields:
        suggestions = _field_roadmaps(catalog, interpretation.fields)
        hint += "; it names a field: choose a roadmap in it (" + _titles(catalog, suggestions) + ")"
    elif set(reading.persons) & set(reading.not_understood):  # "become a doctor": mentions lead to no such job
        if _mentioning(catalog, reading.not_understood):
            hint += "; roadmaps that only mention it would not lead to that job"
    else:
        mentions = _mentioning(catalog, reading.not_understood)
        suggestions = [slug for slug, _ in mentions]
        if mentions:
            hint += "; mentioned in " + ", ".join(f"{catalog.roadmap(s).title} ({where})" for s, where in mentions)
    return NotFound("roadmap for", goal, suggestions, hint=hint)


def _fields_said(reading: GoalReading) -> dict[str, str]:
    """Each field the goal names by its category, with its word as typed ("data-ai": "data")."""
    return {m.field: m.said for m in reading.interpretation.meanings if m.field and m.said in reading.fields}


def _field_job_choice(goal: str, job: FieldJob) -> NotFound:
    """The field's first jobs to choose from, when the learner undid the one read for their language ("data job"
    with Python, undone): as a job in the field alone is answered ("want a data job"), never the language's job in
    another field."""
    roles, sentence = FIELD_JOBS[job.field]
    return NotFound("roadmap for", goal, list(roles), hint=sentence, choice=True)


def _field_roadmaps(catalog: Catalog, fields: list[str]) -> list[str]:
    """The first three roadmaps the search finds for the goal's field words ("databases": Database Administrator,
    SQL, MongoDB): offered for a field named alone, said beside a choice."""
    found = search_words(catalog, " ".join(FIELD_SEARCH[f] for f in fields), limit=10)
    return [hit.slug for hit in found.results if isinstance(hit, RoadmapHit)][:3]


def _beside_example(catalog: Catalog, choices: list[str], in_field: list[str]) -> str:
    """A goal with the choice's first roadmap and the field's first skill (its first roadmap when it has none), as a
    learner writes it (`choice_beside.beside_example`): "learn api design and sql"; empty when either has none."""
    first = next((catalog.roadmap(s) for s in choices if catalog.has_roadmap(s)), None)
    skill = next((s for s in in_field if not catalog.roadmap(s).role), in_field[0] if in_field else None)
    if first is None or skill is None:
        return ""
    return beside_example(first.title, catalog.roadmap(skill).title, choice_is_role=first.role)


def _unread_beside_choice(goal: str, reading: GoalReading, plain: Collection[str]) -> list[str]:
    """What a goal that leaves a choice said that nothing read ("cooking" of "learn to code, i like cooking"), as the
    finder says it: the choice was answered with its own note alone, and the rest of the goal vanished. The words
    of a promotion are the choice's own ("senior" of "get promoted to senior dev": its level), never unread."""
    promotion = set(normalize(promotion_words(goal, plain) or "").split())
    return [kept for phrase in reading.not_understood if (kept := _unread(phrase, promotion))]


def _titles(catalog: Catalog, slugs: list[str]) -> str:
    return ", ".join(catalog.roadmap(s).title for s in slugs)


def _mentioning(catalog: Catalog, phrases: list[str]) -> list[tuple[str, str]]:
    """Up to three roadmaps whose content mentions every word the goal did not name ("elixir": the functional
    programming topic of Computer Science), each with where; words the search had to correct mention nothing."""
    found: dict[str, str] | None = None
    for word in (w for phrase in phrases for w in normalize(phrase).split() if w not in STOPWORDS):
        results = search_words(catalog, word, limit=10)
        hits = {} if results.corrected else {h.slug: _where(h) for h in results.results if isinstance(h, RoadmapHit)}
        found = hits if found is None else {s: w for s, w in found.items() if s in hits}
    return list((found or {}).items())[:3]


def _where(hit: RoadmapHit) -> str:
    topic = next((m.text for m in hit.matched if m.field == "topic"), None)
    return f"the topic {topic}" if topic else "its summary"


#: What stands between subjects the learner hesitates between or compares: "rust or go", "react, vue or angular",
#: "eks vs ecs", "react versus vue".
_EITHER_GAP = re.compile(r"\s*(?:,|or|,\s*or|vs\.?|versus)\s*", re.IGNORECASE)


#: A purpose the goal's words say when none was chosen ("as a hobby", "for fun", "for clients"), and the note saying
#: so; "job" is what an unsaid purpose means anyway.
_SAID_PURPOSES = {
    "hobby": "Read as learning for a hobby, as your goal says: senior career preparation is left out (choose the "
    "purpose “job” to include it).",
    "freelance": "Read as learning to work for clients, as your goal says (choose another purpose to change it).",
}


def _partly(
    catalog: Catalog,
    subjects: list[Meaning],
    asked: Collection[str],
    cut: dict[str, int],
    *,
    sides: Sequence[str] = (),
) -> list[str]:
    """The note for roadmaps a goal of several subjects took only in part (their foundations and their topics about
    the others: `_asked`), so the learner never takes them for the whole roadmaps; none when every one is whole. With
    `sides`, the goal offers them as a choice ("rust or go", "eks vs ecs"), each side named as the title names it."""
    roadmaps = {ref.key: catalog.roadmap(ref.key) for m in subjects for ref in m.roadmaps if ref.key not in cut}
    titles = [
        roadmap.title
        for roadmap in roadmaps.values()
        if any(t not in asked for phase in roadmap.phases for t in phase.core_skills)
    ]
    if not titles:
        return []
    said = " and ".join(dict.fromkeys(m.said for m in subjects))
    if sides:  # "rust or go", "eks vs ecs": a choice to make, the foundations of each side by side to compare
        # each side as the roadmap's title names it, a topic too ("aws or azure": AWS or Microsoft Azure fundamentals),
        # and a phrase read as two subjects once ("eks": Kubernetes on AWS, not Kubernetes, AWS CLI, ... each)
        named = " or ".join([", ".join(sides[:-1]), sides[-1]]) if len(sides) > 1 else sides[0]
        return [
            f"You named {named}: here are the foundations of each (phases up to Junior), side by side to compare; "
            "ask for the one you choose alone to learn it in full."
        ]
    return [
        f"Beside each other, {_join(titles)} give{'s' if len(titles) == 1 else ''} the foundations (phases up to "
        f"Junior) and what is about the rest of your goal, not the whole roadmap; to learn each in full, list them "
        f"side by side (“{said}”)."
    ]


def _asked_despite_job(
    catalog: Catalog,
    named: Collection[str],
    by_job: dict[str, str],
    known_topics: dict[str, str],
    known_reading: KnownReading | None,
) -> list[str]:
    """Take out of `known_topics` the topics the goal asks for by name that only what the learner works as made known,
    and say so: a job says what someone most likely knows, their goal what they want to learn, and the goal wins.
    "i am a manual tester and want to learn software testing fundamentals" (which a QA Engineer's first phase counts
    as known) was refused: "nothing is left to learn: you know every topic it needs".
    A topic said outright to be known ("what I know", "i know docker") stays known."""
    said_outright = set(known_reading.topics) if known_reading else set()
    taught: dict[str, list[str]] = {}
    for topic_id in named:
        if topic_id in by_job and topic_id not in said_outright:
            taught.setdefault(by_job[topic_id], []).append(catalog.topic(topic_id).name)
            known_topics.pop(topic_id, None)
    return [
        f"“{job}” counts {and_list(names)} as known, but your goal asks for "
        f"{'it' if len(names) == 1 else 'them'}: taught here."
        for job, names in taught.items()
    ]


def _unread(phrase: str, read: set[str]) -> str:
    """A phrase left not understood, less the words read as the milestone ("veteran transitioning" of "veteran
    transitioning to cybersecurity" is “veteran”: “transitioning to” is the move to the job)."""
    return " ".join(w for w in phrase.split() if not set(normalize(w).split()) <= read or not normalize(w).split())


def _several(subjects: list[Meaning]) -> bool:
    """Whether the goal names more than one subject: two phrases that name the same roadmaps ("kubernetes" and "cka"
    of "learn kubernetes for the cka", "networking" and "ccna") are one subject named twice, never two taken beside
    each other, each up to Junior, with a note to list one beside itself."""
    named = {
        (tuple(sorted(r.key for r in m.roadmaps)), () if m.roadmaps else tuple(sorted(t.key for t in m.topics)))
        for m in subjects
    }
    return len(named) > 1


def _asked(
    catalog: Catalog,
    subjects: list[Meaning],
    made_of: set[str],
    cut: dict[str, int],
    *,
    listed: bool = False,
    whole: Collection[str] = (),
) -> tuple[dict[str, str], dict[str, Level]]:
    """Topic id -> why it was asked for, and the level at which the asked roadmap teaches it; a common goal's
    topics (`made_of`: "chrome extension") are what the learner's thing is made with; a roadmap in `cut` (slug ->
    phases) contributes only its first phases (`scope.read_scope`). Beside another subject a roadmap gives its
    foundations and its topics about the other ("python for devops"), unless the learner `listed` them side by
    side ("devops and python"): then each is whole; so is a role said with its tools (`whole`: "devops with
    kubernetes", `role_with`), whatever the tools give beside it."""
    asked: dict[str, str] = {}
    base_level: dict[str, Level] = {}
    composite = _several(subjects) and not listed
    for meaning in subjects:  # topics asked for by name come first: that is the reason they show
        if not meaning.roadmaps:
            for ref in meaning.topics:
                why = "needed for “{}”" if meaning.said in made_of else "you asked for it (“{}”)"
                asked.setdefault(ref.key, why.format(meaning.said))
    for meaning in subjects:
        others = [m for m in subjects if m is not meaning]
        related = {t for m in others for t in terms(m.said) if t not in EVERYDAY_NAMES and len(t) > 2}
        for ref in meaning.roadmaps:
            roadmap = catalog.roadmap(ref.key)
            for phase in roadmap.phases[: cut.get(ref.key)]:
                for topic_id in phase.core_skills:
                    # a roadmap cut at a milestone gives every phase up to it, even beside another subject
                    foundation = (
                        not composite or phase.level.rank <= _FOUNDATION.rank or ref.key in cut or ref.key in whole
                    )
                    if not foundation and not related & _topic_terms(catalog, topic_id):
                        continue
                    if foundation:  # a topic about the other phrases keeps the level the catalog first teaches it
                        base_level.setdefault(topic_id, phase.level)
                    asked.setdefault(topic_id, f"part of {roadmap.title}, which you asked for (“{meaning.said}”)")
    return asked, base_level


def _instead(reading: GoalReading, asked: Collection[str]) -> list[tuple[str, str]]:
    """The catalog's topics this goal learns another way (`GoalSense.instead`), each with the one in its place.

    The catalog's default stays when the learner asked for it by name too ("unity and godot"), and when the one in
    its place is not in the goal after all (a sense read in another language).
    """
    return [
        (default, chosen)
        for sense in reading.senses
        for default, chosen in sense.instead
        if default not in asked and chosen in asked
    ]


def _topic_terms(catalog: Catalog, topic_id: str) -> frozenset[str]:
    """The words of a topic's name, aliases and summary, worked out once per topic and kept with the catalog."""
    table = catalog.derived(_topic_terms_table)
    if topic_id not in table:
        topic = catalog.topic(topic_id)
        table[topic_id] = frozenset(terms(" ".join((topic.name, *topic.aliases, topic.summary))))
    return table[topic_id]


def _topic_terms_table(catalog: Catalog) -> dict[str, frozenset[str]]:
    return {}


def _background(
    catalog: Catalog, asked: dict[str, str], stop: dict[str, str]
) -> tuple[dict[str, str], list[str], set[str]]:
    """The prerequisites that are how a used thing is made (`goal_words.BACKGROUND`), left out of this goal: each
    topic with why, a note for the learner naming them, their hours and how to include them, and the background
    topics themselves (a small goal does not grow back into them).

    A background is left out only when the goal uses the thing (it reaches a `through` topic) and needs none of its
    topics otherwise: asked for by name or as part of a roadmap, or needed by an asked topic along another path.
    """
    left_out: dict[str, str] = {}
    notes: list[str] = []
    fences: set[str] = set()
    for entry in BACKGROUND:
        stopped = set(stop) | set(left_out)
        closure = catalog.with_prerequisites(asked, stopped)
        if not set(entry.through) & set(closure) or (entry.when and not set(entry.when) & set(asked)):
            continue
        others = [t for t in asked if t not in entry.through]
        elsewhere = catalog.with_prerequisites(others, stopped | set(entry.through))
        if set(entry.topics) & set(elsewhere):
            continue
        kept = set(catalog.with_prerequisites(asked, stopped | set(entry.topics)))
        dropped = [t for t in closure if t not in kept]
        if not dropped:
            continue
        fences.update(entry.topics)
        for topic_id in dropped:
            left_out[topic_id] = f"{entry.what}: {entry.why}"
        hours = sum(catalog.topic(t).effort_hours for t in dropped)
        names = _join([catalog.topic(t).name for t in dropped])
        notes.append(
            f"Left out: {entry.what}, {hours:g} h ({names}); {entry.why}. "
            f"To learn it too, add “{entry.include}” to your goal."
        )
    return left_out, notes, fences


def _lowest_level(catalog: Catalog, topic_id: str) -> Level:
    levels = [use.phase.level for use in catalog.uses_of(topic_id)]
    return min(levels, key=lambda lv: lv.rank) if levels else Level.BEGINNER


def _needs(catalog: Catalog, topic_id: str, instead: dict[str, str]) -> list[str]:
    """The topic's prerequisites in this roadmap: one the goal learns another way is the topic in its place.

    2D game development needs an engine's fundamentals; in a Godot goal that is Godot's, so it comes after them.
    """
    return [instead.get(p, p) for p in catalog.topic(topic_id).prerequisites]


def _promotion_floor(catalog: Catalog, cuts: Collection[Cut]) -> Level:
    """The lowest level a promotion's roadmap is learnt at: its first phase past the job the learner has (Backend
    Developer's "Advanced backend and scalability", Mid-Level → Advanced); Beginner without a promotion.

    A topic the kept phases need first that the job they have does not teach (Load balancing, before Resilience
    patterns) is learnt there, with those phases, rather than at the lowest level the catalog teaches it anywhere:
    "get promoted to senior backend engineer" opened with "Phase 1: Load balancing (Junior)", a one-topic phase
    labelled with a level the learner is promoted past."""
    levels = [catalog.roadmap(c.roadmap).phases[c.start].level for c in cuts if c.kind == "promotion"]
    return min(levels, key=lambda lv: lv.rank) if levels else Level.BEGINNER


def _levels(
    catalog: Catalog,
    topics: list[str],
    base_level: dict[str, Level],
    instead: dict[str, str],
    floor: Level = Level.BEGINNER,
) -> dict[str, Level]:
    """Each topic's level, never below its prerequisites' (topics come prerequisites first); a topic no asked phase
    teaches (a prerequisite) never below `floor` (`_promotion_floor`)."""
    ladder = list(Level)
    levels: dict[str, Level] = {}
    for topic_id in topics:
        own = base_level.get(topic_id) or max(_lowest_level(catalog, topic_id), floor, key=lambda lv: lv.rank)
        needs = [levels[p].rank for p in _needs(catalog, topic_id, instead) if p in levels]
        levels[topic_id] = ladder[max([own.rank, *needs])]
    return levels


def _order(catalog: Catalog, topics: list[str], levels: dict[str, Level], instead: dict[str, str]) -> list[str]:
    """Prerequisites first; among topics ready to learn, the lowest level, then the closure's order."""
    position = {t: i for i, t in enumerate(topics)}
    waiting = {t: {p for p in _needs(catalog, t, instead) if p in position and p != t} for t in topics}
    dependents: dict[str, list[str]] = {}
    for topic_id, prerequisites in waiting.items():
        for prerequisite in prerequisites:
            dependents.setdefault(prerequisite, []).append(topic_id)
    ready = [(levels[t].rank, position[t], t) for t, needs in waiting.items() if not needs]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        topic_id = heapq.heappop(ready)[-1]
        order.append(topic_id)
        for dependent in dependents.get(topic_id, ()):
            waiting[dependent].discard(topic_id)
            if not waiting[dependent]:
                heapq.heappush(ready, (levels[dependent].rank, position[dependent], dependent))
    return order


def _whys(catalog: Catalog, order: list[str], asked: dict[str, str], instead: dict[str, str]) -> dict[str, str]:
    """Why each topic is there: asked for, or needed before the first later topic that requires it."""
    whys: dict[str, str] = {}
    for index, topic_id in enumerate(order):
        if topic_id in asked:
            whys[topic_id] = asked[topic_id]
            continue
        needing = next((t for t in order[index + 1 :] if topic_id in _needs(catalog, t, instead)), None)
        whys[topic_id] = f"needed before {catalog.topic(needing).name}" if needing else "a prerequisite"
    return whys


def _layout(
    catalog: Catalog,
    topics: list[str],
    base_level: dict[str, Level],
    instead: dict[str, str],
    reach: Reach,
    floor: Level = Level.BEGINNER,
) -> tuple[dict[str, Level], list[str], list[list[str]]]:
    """Each topic's level, the learning order and the phases (for a learner with `reach`: what projects may use;
    prerequisites no lower than `floor`)."""
    levels = _levels(catalog, topics, base_level, instead, floor)
    order = _order(catalog, topics, levels, instead)
    return levels, order, _group(catalog, order, levels, instead, reach)


def _going_further(
    catalog: Catalog,
    topics: list[str],
    skipped: dict[str, str],
    floor: Level,
    fences: Collection[str] = (),
    *,
    goal: Collection[str] = (),
) -> list[tuple[str, str]]:
    """Where a small goal leads: the topics that build on it, then those the catalog teaches beside it, each
    with why it is there.

    A goal of one or two topics ("HTTP", or "Kubernetes security" for someone who knows Docker) cannot fill the
    four phases a roadmap has; rather than pad it, it grows by the catalog's next steps: topics whose
    prerequisites the roadmap (or the learner) already covers, nearest first, lowest level first; when nothing
    builds on it, the other core skills of the catalog phases that teach it, when they need nothing more. Topics
    the learner knows, topics
    left out for a reason, topics below the learner's level and a background the goal does not need (`fences`:
    "Evaluating LLM systems" would bring model evaluation back to a chatbot) never come back this way. What builds on
    a prerequisite only, not on the `goal`'s own topics, comes only when a roadmap that teaches the goal teaches it
    too (`_near`): "pen testing" grew from Networking fundamentals into IPv4 subnetting and network devices' CLI,
    a network engineer's next steps, in a roadmap titled "Penetration testing methodology".
    """
    dependents = catalog.derived(_dependents_of)
    have = set(topics) | set(skipped)
    found: list[tuple[str, str]] = []
    own, near = set(goal), _near(catalog, goal)

    def fits(topic_id: str) -> bool:  # it, and what it brings along, is new and not below the learner's level
        new = catalog.with_prerequisites([topic_id], have)
        low = any(_lowest_level(catalog, t).rank < floor.rank for t in new)
        return topic_id in new and not low and not set(new) & set(fences)

    ring = list(topics)
    while ring and len(found) < 2 * MIN_PHASES:
        candidates: dict[str, str] = {}
        for base in reversed(ring):  # what builds on the goal itself before what builds on its prerequisites
            for topic_id in dependents.get(base, ()):
                ready = all(p in have or p in candidates for p in catalog.topic(topic_id).prerequisites)
                on_course = base in own or topic_id in near  # from a prerequisite: never into another field
                if on_course and fits(topic_id) and topic_id not in candidates and ready:
                    candidates[topic_id] = f"where {catalog.topic(base).name} leads next"
        ring = sorted(candidates, key=lambda t: (_lowest_level(catalog, t).rank, t))
        found.extend((t, candidates[t]) for t in ring)
        have.update(candidates)
    for base in reversed(topics):  # the goal's own topics come last in `topics`: their phases first
        for use in catalog.uses_of(base):
            for topic_id in use.phase.core_skills:
                # beside it, never what it needs of another field: "bug bounty", taught beside C in Penetration
                # Tester, brought web security, Burp Suite and web exploitation into "learn c"
                ready = all(p in have for p in catalog.topic(topic_id).prerequisites)
                if fits(topic_id) and ready:
                    found.append((topic_id, f"taught with {catalog.topic(base).name} in {use.roadmap.title}"))
                    have.add(topic_id)
    return found


def _near(catalog: Catalog, goal: Collection[str]) -> set[str]:
    """The topics of every roadmap that teaches one of the goal's topics (a goal of none: no limit is known, all)."""
    if not goal:
        return {t.id for t in catalog.topics}
    return {t for roadmap in catalog.roadmaps if not set(goal).isdisjoint(roadmap.topic_ids) for t in roadmap.topic_ids}


def _dependents_of(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Topic id -> the topics that list it as a prerequisite, in catalog order (worked out once per catalog)."""
    table: dict[str, list[str]] = {}
    for topic in catalog.topics:
        for prerequisite in topic.prerequisites:
            table.setdefault(prerequisite, []).append(topic.id)
    return {k: tuple(v) for k, v in table.items()}


def _group(
    catalog: Catalog, order: list[str], levels: dict[str, Level], instead: dict[str, str], reach: Reach
) -> list[list[str]]:
    """Consecutive topics of one level form a phase; large ones split, and small goals still get 4 phases where
    each is practised with a project of its own (`_cut`), else they grow by where they lead (generate_roadmap)."""
    groups: list[list[str]] = []
    for topic_id in order:
        if groups and levels[groups[-1][-1]] == levels[topic_id]:
            groups[-1].append(topic_id)
        else:
            groups.append([topic_id])
    while len(groups) > MAX_PHASES:  # merge the two smallest neighbours of one level, else the smallest pair
        sizes = [len(a) + len(b) for a, b in itertools.pairwise(groups)]
        at = sizes.index(min(sizes))
        groups[at : at + 2] = [groups[at] + groups[at + 1]]
    while len(groups) < MAX_PHASES and (split := _split(catalog, groups, instead, reach)):
        groups = split
    return groups


def _split(catalog: Catalog, groups: list[list[str]], instead: dict[str, str], reach: Reach) -> list[list[str]] | None:
    """The phases with one more cut, or None: the largest phase is cut (while there are fewer than four, or it has
    more than `LARGE_PHASE` topics), else, when one project practises its topics together, the next largest that
    may be cut; nothing is cut when the largest may not be."""
    hours = [sum(catalog.topic(t).effort_hours for t in g) for g in groups]
    for rank, at in enumerate(sorted(range(len(groups)), key=lambda i: (-hours[i], i))):
        group = groups[at]
        if len(group) < 2 or (len(groups) >= MIN_PHASES and len(group) <= LARGE_PHASE):
            if rank == 0:
                return None
            continue
        if (cut := _cut(catalog, groups, at, instead, reach)) is not None:
            return [*groups[:at], group[:cut], group[cut:], *groups[at + 1 :]]
    return None


def _cut(catalog: Catalog, groups: list[list[str]], at: int, instead: dict[str, str], reach: Reach) -> int | None:
    """Where to cut phase `at` in two: where one project's topics are not split, so each half is practised with a
    project of its own (no project would be wanted in two phases that was not before, `phase_projects.unpractised`),
    nearest half its hours where no phase is then left without a project that had one, else the one leaving the
    fewest phases without a project.
    Cut between a game engine's fundamentals and 2D game development, the one project that practises them, the
    Finished 2D platformer, would want it after the engine while it needs the 2D lessons, and again after them. A
    large phase is cut nearest half anyway; a small goal's phase is not cut (None), and the goal grows by where it
    leads instead."""
    group = groups[at]

    def counts(layout: list[list[str]]) -> tuple[int, int]:
        return unpractised(phase_projects(catalog, layout, reach, instead, again=True))

    twice, without = counts(groups)
    cuts = _cut_points(catalog, group)
    unsplit = []  # (phases without a project, nearness to half) of each cut that splits no project's topics
    for near, cut in enumerate(cuts):
        after_twice, after_without = counts([*groups[:at], group[:cut], group[cut:], *groups[at + 1 :]])
        if after_twice <= twice and after_without <= without:
            return cut  # no phase loses its project: the nearest half such cut
        if after_twice <= twice:
            unsplit.append((after_without, near, cut))
    if unsplit:
        return min(unsplit)[2]
    return cuts[0] if len(group) > LARGE_PHASE else None


def _cut_points(catalog: Catalog, group: list[str]) -> list[int]:
    """Where a phase may be cut in two, best first: nearest half its hours, the earlier of two as near."""
    total = sum(catalog.topic(t).effort_hours for t in group)
    running, gaps = 0.0, []
    for index, topic_id in enumerate(group[:-1], start=1):
        running += catalog.topic(topic_id).effort_hours
        gaps.append((abs(total / 2 - running), index))
    return [index for _, index in sorted(gaps)]


def _phases(
    catalog: Catalog,
    groups: list[list[str]],
    levels: dict[str, Level],
    whys: dict[str, str],
    hours_per_week: float,
    reach: Reach,
    goal_names: str,
    named_roadmaps: set[str],
    asked: dict[str, str],
    instead: dict[str, str],
    replaced: set[str],
    standing_for: dict[str, str],
) -> list[GeneratedPhaseOut]:
    phases: list[GeneratedPhaseOut] = []
    # a catalog phase less what the learner has (`reach.usable`) keeps its title
    titles = phase_titles(catalog, groups, named_roadmaps, replaced, standing_for, reach.usable)
    chosen = phase_projects(catalog, groups, reach, instead)
    for number, (group, title, projects) in enumerate(zip(groups, titles, chosen, strict=True), start=1):
        hours = sum(catalog.topic(t).effort_hours for t in group) + sum(p.project.effort_hours for p in projects)
        at_pace = phase_weeks(hours).at_pace(hours_per_week)  # the catalog's one estimation rule
        low, high = at_pace.min, at_pace.max
        phases.append(
            GeneratedPhaseOut(
                number=number,
                title=title,
                level=levels[group[0]],
                goal=_phase_goal(catalog, group, number, len(groups), goal_names, asked),
                estimated_weeks=Weeks(min=low, max=max(low, high)),
                estimated_days=_days([hours], hours_per_week),
                estimate=_estimate_words(hours, hours_per_week),
                hours=round(hours, 1),
                core_skills=[_skill(catalog, t, whys[t]) for t in group],
                projects=[
                    _project_out(
                        catalog, p, instead, also_uses(_practised(p, instead), groups, number - 1, reach.usable)
                    )
                    for p in projects
                ],
                no_project="" if projects else no_project_reason(catalog, groups, number - 1, chosen, instead),
            )
        )
    return phases


def _practice_phases(
    catalog: Catalog,
    phases: list[GeneratedPhaseOut],
    hours_per_week: float,
    missing: int,
    instead: dict[str, str],
    reach: Reach,
) -> list[GeneratedPhaseOut]:
    """Phases of practice when even the catalog's next steps cannot fill four phases (everything else is known
    or below the learner's level): one more catalog project each, one that practises the roadmap's topics
    first, else one of the roadmaps that teach them; by the phases' rule, the fewest topics beyond the roadmap
    first, never one that does not fit (`phase_projects.fits`)."""
    if missing <= 0:
        return []
    here = {s.topic for p in phases for s in p.core_skills}
    have = here | reach.usable
    used = {j.key for p in phases for j in p.projects}
    teaching = {u.roadmap.slug for t in here for u in catalog.uses_of(t)}  # else a project of their roadmaps
    fresh = [
        e
        for e in catalog_projects(catalog)
        if e.key not in used
        and (set(_practised(e, instead)) & here or e.roadmap in teaching)
        and fits(_practised(e, instead), have, reach)
        and e.key not in reach.barred
    ]
    fresh.sort(
        key=lambda e: (
            len(beyond(_practised(e, instead), have)),
            -len(set(_practised(e, instead)) & here),
            e.project.effort_hours,
            e.key,
        )
    )
    level = phases[-1].level
    added: list[GeneratedPhaseOut] = []
    for entry in fresh[:missing]:
        at_pace = phase_weeks(entry.project.effort_hours).at_pace(hours_per_week)
        low, high = at_pace.min, max(at_pace.min, at_pace.max)
        added.append(
            GeneratedPhaseOut(
                number=len(phases) + len(added) + 1,
                title=f"Practice: {entry.project.title}",
                level=level,
                goal=f"Put what you learnt to work on a real project: {entry.project.title}.",
                estimated_weeks=Weeks(min=low, max=high),
                estimated_days=_days([entry.project.effort_hours], hours_per_week),
                estimate=_estimate_words(entry.project.effort_hours, hours_per_week),
                hours=round(entry.project.effort_hours, 1),
                core_skills=[],
                projects=[
                    _project_out(catalog, entry, instead, [(t, None) for t in beyond(_practised(entry, instead), have)])
                ],
            )
        )
    return added


def _days(phase_hours: list[float], hours_per_week: float) -> Days:
    """The calendar days of phases of these hours at the learner's pace, as the API answers them."""
    low, high = days_of_phases(phase_hours, hours_per_week)
    return Days(min=low, max=high)


def _estimate_words(hours: float, hours_per_week: float) -> str:
    """The phase's time in the words of every page and export: "2–3 weeks", or days when a week or less."""
    return f"{weeks_said(phase_weeks(hours), at=hours_per_week)} at {hours_per_week:g} h/week"


#: The words a generated title or a topic's name may start with that are no part of a name ("A mobile app", "Your
#: first game", "How the web works", "The DOM and browser events").
_LEADING_WORDS = frozenset({"A", "An", "The", "Your", "How", "What"})


def in_a_sentence(title: str) -> str:
    """The title as it reads inside a sentence: "on the way to your first game", not "... to Your first game", and
    "Learn how the web works, the DOM and browser events", not "Learn How the web works, The DOM ...". A title the
    generator wrote as a phrase, or a topic's name written as one, starts with an article, "your", "how" or "what",
    lower-cased here; a name (Linux, Backend Developer, HTTP and HTTPS) starts with none and keeps its capitals."""
    first, _, rest = title.partition(" ")
    return f"{first.lower()} {rest}" if first in _LEADING_WORDS and rest else title


def _phase_goal(
    catalog: Catalog, group: list[str], number: int, total: int, goal_names: str, asked: dict[str, str]
) -> str:
    names = [in_a_sentence(catalog.topic(t).name) for t in group]
    listed = _join(names[:3] + ([f"{len(names) - 3} more"] if len(names) > 3 else []))
    if all(asked.get(t, "").startswith(_FURTHER) for t in group):
        return f"Go further with {listed}: where {goal_names} leads next."
    if number == total:
        return f"Learn {listed}, and reach your goal: {goal_names}."
    if not any(t in asked for t in group):
        return f"Learn {listed}: the ground that {goal_names} builds on."
    return f"Learn {listed}, on the way to {goal_names}."


def _skill(catalog: Catalog, topic_id: str, why: str) -> CoreSkillOut:
    topic = catalog.topic(topic_id)
    return CoreSkillOut(
        topic=topic.id, name=topic.name, detail=_one_line(topic.summary), hours=topic.effort_hours, why=why
    )


def _one_line(summary: str) -> str:
    sentence = summary.split(". ")[0].strip().rstrip(".")
    return sentence + "." if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…"


def _practised(entry: CatalogProject, instead: dict[str, str]) -> Sequence[str]:
    return practised(entry.project.practises, instead)


def _project_out(
    catalog: Catalog, entry: CatalogProject, instead: dict[str, str], uses: list[tuple[str, int | None]]
) -> GeneratedProjectOut:
    """The project as shown, with what it uses that the learner will not have by its phase (`uses`), said."""
    project = entry.project
    return GeneratedProjectOut(
        key=entry.key,
        title=project.title,
        description=project.description,
        practises=[_ref(catalog, t) for t in _practised(entry, instead)],
        effort_hours=project.effort_hours,
        also_uses=[_ref(catalog, t) for t, _ in uses],
        also_uses_line=also_uses_line(catalog, uses),
    )


def _ref(catalog: Catalog, topic_id: str) -> TopicRef:
    topic = catalog.topic(topic_id)
    return TopicRef(id=topic.id, name=topic.name, effort_hours=topic.effort_hours)


def _join(names: list[str]) -> str:
    return and_list(names) if names else ""
