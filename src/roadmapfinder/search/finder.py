"""The guided finder: four answers in, the roadmaps that fit best out, each with a reason a person would write.

The goal is read by the interpreter first. When it names nothing the catalog knows ("asdf", "make money"), the
finder says so and asks one follow-up question (which field?) instead of guessing. Otherwise the phrases it
understood are searched (and, when a field word or a left-out word rebuilt the query, the goal as typed too: its
best roadmap keeps a place, and the message says so), equal scores keep the search's order, roadmaps named outright
come first, and the purpose changes the answer, not just its wording: a job favours role roadmaps (Backend
Developer) and keeps their portfolio and interview phases; a hobby favours skill roadmaps (Python, React) and leaves
the career phases out of the estimate; freelance favours what clients pay for (websites, apps, design) and keeps the
portfolio. For a goal about specific topics ("cap theorem") the purpose counts less than how centrally each roadmap
teaches them. Topics the learner knows (read by the same
interpreter: "python" is Python basics, never the whole Python roadmap) shorten each estimate by their hours.
The same function answers the web form, the API and the CLI.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from math import ceil
from typing import Literal, get_args

from pydantic import BaseModel, Field

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.estimate import weeks_said
from roadmapfinder.catalog.models import (
    NO_STACK,
    REFERENCE_HOURS_PER_WEEK,
    Category,
    Level,
    Phase,
    Roadmap,
    RoadmapKind,
    WeekRange,
)
from roadmapfinder.catalog.pace import parse_hours_per_week
from roadmapfinder.errors import InvalidInput
from roadmapfinder.search.engine import search_words
from roadmapfinder.search.shapes import RoadmapHit
from roadmapfinder.search.shares import roadmap_shares
from roadmapfinder.search.synonyms import DESIGN_PROMPT_SEARCH, DESIGN_PROMPTS
from roadmapfinder.search.tailored import Tailored, tailored_roadmap
from roadmapfinder.search.text import clean_query, normalize, terms, words
from roadmapfinder.search.unbuilt import (
    Section,
    generated_on,
    grounds,
    languages_beside,
    section_teaching,
    unbuilt_asked,
)
from roadmapfinder.understanding.beneath import known_beneath
from roadmapfinder.understanding.employers import Employer, employer_phrases, without_employers
from roadmapfinder.understanding.feelings import Within
from roadmapfinder.understanding.felt_alone import NO_MATHS_TOPIC, felt_alone, little_maths_among
from roadmapfinder.understanding.goal_known import GoalKnown, known_in_goal, learner_knows
from roadmapfinder.understanding.goal_words import GoalSense
from roadmapfinder.understanding.goals import STUDIED, GoalReading, read_goal
from roadmapfinder.understanding.interpret import Interpretation, Meaning, Ref, interpret
from roadmapfinder.understanding.known import KnownReading, Understood, known_from
from roadmapfinder.understanding.lexicon import (
    FIELD_CHOICES,
    FIELD_NAMES,
    FIELD_SEARCH,
    KNOWN_AS,
    NEAREST_BECAUSE,
    NOT_TAUGHT,
)
from roadmapfinder.understanding.not_taught import not_taught_key, not_taught_phrases
from roadmapfinder.understanding.only_known import building_on
from roadmapfinder.understanding.scope import (
    Cut,
    aimed_past_first_job,
    junior_phases,
    past_first_job_words,
    promotion_cut,
    promotion_in_field_said,
    promotion_jobs,
    promotion_respelt,
    promotion_uncut,
    promotion_words,
    read_scope,
    scope_reading,
    their_job_reading,
    their_job_words,
)
from roadmapfinder.understanding.shapes import SkippedTopicOut
from roadmapfinder.understanding.stacks import StackReading, goal_stack, takes
from roadmapfinder.understanding.timeframe import (
    PaceReading,
    counted_pace,
    read_pace,
    read_study_days,
    read_work_hours,
    work_hours_reading,
)
from roadmapfinder.understanding.vocabulary import vocabulary_for
from roadmapfinder.understanding.without import built_on, contradicted, done_without

Purpose = Literal["job", "freelance", "hobby"]
PURPOSES: tuple[str, ...] = get_args(Purpose)

#: What clients commonly pay freelancers for: sites and shops, apps, design, dashboards, writing. Named one by one:
#: a whole category sells too broadly ("web" would make API Design and ASP.NET Core freelance picks for "build
#: websites for money", ahead of WordPress).
_SELLING_SLUGS = {
    "html-css",
    "frontend",
    "full-stack",
    "wordpress",
    "react",
    "nextjs",
    "vue",
    "javascript",
    "typescript",
    "php",
    "laravel",
    "flutter",
    "react-native",
    "android",
    "ios",
    "swiftui",
    "ux-design",
    "data-analyst",
    "bi-analyst",
    "technical-writer",
    "prompt-engineering",
}
#: Words of a phase's title or goal that make it career preparation rather than the skill itself.
_CAREER = re.compile(r"\b(interviews?|careers?|portfolio|hiring|job search|résumé|resume|promotions?)\b")
#: Freelancers keep the portfolio: only interview and hiring phases are left out for them.
_INTERVIEWS = re.compile(r"\b(interviews?|hiring|job search|promotions?)\b")
_PURPOSE_PHRASE = {"job": "towards a job", "freelance": "for freelance work", "hobby": "as a hobby"}
#: The purpose "job" when the goal says the job is the one the learner has ("at work", "for my job": `their_job_words`).
_THEIR_JOB_PHRASE = "for the job you have"
#: The finder's purpose "job", said as a learner says it, which the generator's scope reads as a first job
#: (`_job_ready_phases`).
_JOB_SAID = "job"


class Recommendation(BaseModel):
    slug: str
    title: str
    reason: str
    kind: RoadmapKind = Field(
        description="role (a job building software), non-coding-role (design, product, management, writing) or skill"
    )
    weeks_min: int = Field(
        description="at the learner's pace, less the hours of the topics they know and the phases left out; for a job, "
        "a role roadmap up to its job-ready milestone (`job_ready_phases`)"
    )
    weeks_max: int
    hours_per_week: float
    known_topics: list[str] = Field(default_factory=list, description="its topics the learner already knows")
    left_out: list[str] = Field(
        default_factory=list,
        description="titles of phases the estimate leaves out for this purpose: career phases for a hobby, interview "
        "and hiring phases for freelance work (for a job, `job_ready_phases` says where it stops)",
    )
    job_ready_phases: int | None = Field(
        default=None,
        description="for a job, how many of a role roadmap's phases the estimate counts: up to its job-ready "
        "milestone, where `generate` cuts it too; null: the whole roadmap (a skill roadmap, which has no milestone, "
        "another purpose, or a goal past a first job, “become a senior data analyst”)",
    )
    promoted_from: int | None = Field(
        default=None,
        description="for a promotion in the job the learner names (“get promoted to senior backend engineer”), how "
        "many of the roadmap's first phases are that job, up to its job-ready milestone: the estimate counts the "
        "phases after them, as `generate` cuts it; null otherwise",
    )
    whole_weeks_min: int = Field(
        description="the whole roadmap's estimate, counted as `weeks_min`; the same unless `job_ready_phases` or "
        "`promoted_from` is set"
    )
    whole_weeks_max: int
    stack: str | None = Field(
        default=None,
        description="the language a plan of this pick is in (`POST /api/v1/plans`' `stack`), from the goal's `stack` "
        "reading: set on a role whose language topic has it (Backend Developer, Software Engineer); `none` when the "
        "learner undid that reading (`plain`), so that its plan does not read it again; null otherwise",
    )


class FieldChoice(BaseModel):
    key: str = Field(description="what to send back as the goal (with `known_text` as `known`)")
    label: str
    examples: str


class FollowUp(BaseModel):
    """The one question the finder asks when it did not understand the goal."""

    question: str
    choices: list[FieldChoice]


@dataclass(frozen=True)
class ReadLine:
    """One phrase of the goal as the finder page lists it under "How we read you": what it was read as, in names, and
    whether the learner may undo it (`Meaning.undoable`)."""

    said: str
    means: str
    undoable: bool

    @property
    def line(self) -> str:
        return f"“{self.said}” → {self.means}"


class FinderOut(BaseModel):
    understood: bool = Field(description="false when the goal names nothing the catalog knows")
    message: str = Field(default="", description="what was understood or not, in a sentence")
    readings_said: str = Field(
        default="",
        description="the opening of `message` that says how the goal was read, phrase by phrase (`interpretation`, "
        "`stack`) and the clauses read apart (`goal_known`): a client that lists those readings with their undos, "
        "as the web page's “How we read you” does, shows `message` without it; empty when the message opens otherwise",
    )
    interpretation: Interpretation = Field(description="how the goal was read, phrase by phrase")
    known_reading: KnownReading = Field(
        default_factory=KnownReading, description="how `known` was read: topics, each phrase, what was not placed"
    )
    goal_known: list[Understood] = Field(
        default_factory=list,
        description="clauses of the goal saying what the learner knows, only started or does not know (“i know a bit "
        "of python and ...”), read as `known` is and not searched; send one in `plain` to read it as part of the goal",
    )
    recommendations: list[Recommendation]
    known: list[str] = Field(
        default_factory=list,
        description="the topic ids understood as known, in `known` and in the goal's clauses (`goal_known`), for a "
        "plan",
    )
    known_beneath: list[SkippedTopicOut] = Field(
        default_factory=list,
        description="topics counted as known because one the learner knows, or started, builds on them, each with "
        "why (“you know React and what it builds on”), left out of the estimates as `known` is; undoing the phrase "
        "that made that one known brings them back",
    )
    not_understood: list[str] = Field(default_factory=list, description="phrases of the goal and of `known`")
    known_text: str = Field(
        default="",
        description="what the learner knows, in their words, to send as `known` with the next answer (a field chosen "
        "from `follow_up`, a plan): the `known` answer, then the goal's clauses saying what they know or only started "
        "(“i know a bit of python”), which the next goal no longer says",
    )
    follow_up: FollowUp | None = None
    pace: Understood | None = Field(
        default=None,
        description="the pace the goal states (“5 hours a week”): the estimates' hours unless `hours_per_week` was "
        "given (the message says which counts); send its `said` in `plain` to read it as typed",
    )
    hours_per_week: float | None = Field(
        default=None,
        description="the hours a week the estimates count, to send with the next answer: those given, else the "
        "goal's pace (1-80); null: neither, so the default, 10",
    )
    only_known: bool = Field(
        default=False,
        description="true when the goal said only what the learner knows (“i know a bit of python and excel”): "
        "nothing is recommended until it says what to reach with it; `follow_up` asks for a field and `known_text` "
        "carries what they know",
    )
    employers: list[str] = Field(
        default_factory=list,
        description="phrases of the goal read as where the learner wants to work (“google” of “i want to work at "
        "google”), not what to learn: neither searched nor said not understood; send one in `plain` to search it",
    )
    generate: str = Field(
        default="",
        description="the goal as typed, when it is about something no roadmap is built on (“make games in godot”) or "
        "one the generator tailors a roadmap to (`tailored`): a roadmap generated for it (`POST "
        "/api/v1/roadmaps/generate`, with the same `known`, `hours_per_week`, `purpose` and `plain`) is built on it; "
        "empty otherwise",
    )
    tailored: Tailored | None = Field(
        default=None,
        description="the roadmap the generator tailors to the goal (a curated phrase, “automate boring stuff”, “build "
        "a discord bot”), the first answer, before the whole roadmaps in `recommendations`, each of which says why it "
        "is longer; `generate` holds the goal to generate it; null otherwise",
    )
    promotion: Understood | None = Field(
        default=None,
        description="the goal's promotion in the job it names (“get promoted to senior” of “get promoted to senior "
        "backend engineer”), read as the generator reads it: that roadmap past its job-ready milestone (the "
        "recommendation's `promoted_from`), never the manager's topic “promoted” names; send its `said` in `plain` "
        "to read it as typed",
    )
    leaves_choice: bool = Field(
        default=False,
        description="true when the goal was read as one that leaves a choice (“learn to code”, “get a job”, “i want "
        "to get promoted”): understood, with no one skill to recommend yet, so `follow_up` asks which field; "
        "`not_understood` says what else of it was not",
    )
    studied: list[str] = Field(
        default_factory=list,
        description="phrases of the goal read as how the learner studies, with an AI assistant (“with ai” of “learn "
        "python with ai”): said in `message`, never searched; send one in `plain` to read it as part of what to learn",
    )
    stack: Understood | None = Field(
        default=None,
        description="the language the learner works in, read as the generator reads a goal's (`how` `stack`): named "
        "with the role (“python” of “python backend”: “in Python”), else the one they say they know (“i know python "
        "and want to be a backend developer”: “in Python, the language you know”); its `means[0].key` is the stack "
        "the picks in it carry (`Recommendation.stack`); send its `said` in `plain` to read the goal without it",
    )
    purpose: str = Field(
        default="job",
        description="what the picks and their estimates are for: the purpose chosen, else the one the goal says "
        "(“learn python for fun”: hobby, said in `message` and `purpose_said`), else job",
    )
    purpose_said: str = Field(
        default="",
        description="the goal's words that chose `purpose` when none was chosen (“fun”, or a common goal's phrase: "
        "“websites for money”); empty otherwise. Send a `purpose` to choose another",
    )
    read_as_choice: dict[str, str] = Field(
        default_factory=dict,
        description="phrases of the goal read as a goal that leaves a choice, by what they were read as (“get "
        "promoted”: “a promotion”, the next level of the job the learner has, whose field `follow_up` asks): said "
        "in `message`, never searched; send one in `plain` to read it as typed",
    )

    @property
    def said_beyond_readings(self) -> str:
        """What `message` says beyond the readings a page lists with their undos ("We have no roadmap built on Godot
        Engine fundamentals."): the page said each reading twice, in the message and again in its list."""
        return self.message.removeprefix(self.readings_said).strip()

    @property
    def purpose_line(self) -> str:
        """The purpose the goal's words chose, as a reading's line ("“fun” → what it is for: a hobby"); empty when
        none did."""
        return f"“{self.purpose_said}” → what it is for: {_PURPOSE_NAMES[self.purpose]}" if self.purpose_said else ""

    @property
    def undoable(self) -> list[str]:
        """The phrases of the goal whose reading the learner may undo by sending them in `plain`, once each, in the
        order said: the clauses saying what they know ("i know a bit of python"), then each curated reading or
        spelling fix ("enemy ai", "pyhton"). Every surface offers the same undos: the page links them, the CLI
        prints `--plain PHRASE`, as the generator's output does."""
        said = [u.said for u in self.goal_known] + [m.said for m in self.interpretation.meanings if m.undoable]
        said += [*([self.promotion.said] if self.promotion else []), *self.read_as_choice, *self.employers]
        said += self.studied + ([self.stack.said] if self.stack else [])
        return list(dict.fromkeys(said + ([self.pace.said] if self.pace else [])))

    @property
    def read_lines(self) -> list[ReadLine]:
        """Each phrase of the goal that was read, as the page lists it: a field word too ("rpg" as the field of making
        games, whose reading says more than the word and may be undone, as the generator offers)."""
        meanings = self.interpretation.meanings
        read = [ReadLine(m.said, f"{_names(m)}{_correction(m)}", m.undoable) for m in meanings if m.names or m.field]
        if self.promotion is not None:
            fixed = f" (read as “{self.promotion.corrected}”)" if self.promotion.corrected else ""  # "get promted"
            read.append(ReadLine(self.promotion.said, self.promotion.means[0].name + fixed, True))
        read += [ReadLine(said, means, True) for said, means in self.read_as_choice.items()]
        read += [ReadLine(e, "where you want to work, not what to learn", True) for e in self.employers]
        read += [ReadLine(s, STUDIED.name, True) for s in self.studied]
        return read + ([ReadLine(self.stack.said, self.stack.means[0].name, True)] if self.stack else [])


@dataclass(frozen=True)
class _Candidate:
    roadmap: Roadmap
    score: float
    named: Meaning | None  # the learner's phrase naming this roadmap
    teaches: tuple[str, ...]  # names of topics the learner asked about that it teaches
    field: str | None  # the field word (as the learner wrote it) that brought it
    matched: tuple[str, ...]  # names of its topics the search matched
    builds_on: tuple[str, ...] = ()  # titles of roadmaps it assumes, of which the learner knows topics
    rank: int = 0  # its place in the search's results: equal scores keep the search's order
    typed: str = ""  # the goal as the learner typed it, when this pick comes from searching it (`_typed_pick`)
    needed: tuple[str, ...] = ()  # names of its topics that the design a prompt asks about needs (`_needs`)
    assumed_by: str = ""  # the title of the roadmap built on the asked topics, which assumes this one
    near: str = ""  # the title of the roadmap the learner named, whose topics this one shares (`_neighbours`)
    near_field: str = ""  # the title of the field's first pick, whose topics this one shares (`_field_neighbours`)
    near_topic: str = ""  # the title of the first roadmap teaching the asked topics, whose topics this one shares
    nearest_to: str = ""  # the field, not in the catalog, this roadmap is the nearest to (lexicon.NOT_TAUGHT)
    made_for: str = ""  # the learner's common goal ("discord bot") this roadmap teaches what it is made with
    #: The learner's common goal that this roadmap's foundations are, not a thing made with it ("protect my company
    #: from hackers": Cyber Security's), or, for the sense's other suggestions, that this roadmap is near.
    foundations_for: str = ""
    near_goal: str = ""
    written_in: str = ""  # the asked framework, written in this roadmap's language (`_framework_language`)
    section: Section | None = None  # where it teaches the asked topic no roadmap is built on (`unbuilt.py`)
    grounding: tuple[str, ...] = ()  # names of what the asked unbuilt topics build on that it teaches (`_on_unbuilt`)
    grounded: str = ""  # ... and the names of those asked topics, "Google Cloud fundamentals"
    next_in: str = ""  # the role that takes this roadmap up right after what the learner knows (`_next_from_known`)
    #: why it suits a goal of only a feeling about maths or coding ("i hate math": `felt_alone.FeltAlone.reason`)
    needs_little: str = ""
    on_known: tuple[str, ...] = ()  # names of the topics the learner knows that this role builds on
    longer_than: str = ""  # the title of the roadmap the generator tailors to the goal, which comes first (`tailored`)
    before_career: str = ""  # the title of the career roadmap this one, sized for a hobby, comes before


def recommend_roadmaps(
    catalog: Catalog,
    *,
    goal: str | None,
    known: str | None = None,
    hours_per_week: float | str | None = None,
    purpose: str | None = None,
    count: int = 3,
    plain: Collection[str] = (),
) -> FinderOut:
    """The `count` roadmaps that best fit the answers, best first, each with a reason; or, when the goal names
    nothing the catalog knows, no roadmap and one follow-up question. Fewer when nothing else fits closely (none
    rather than unrelated ones), said in the message; a goal about a tool no roadmap is built on ("make games in
    godot") gets what teaches it and, when the generator builds on the tool, the goal back in `generate`.

    A clause of the goal saying what the learner knows ("i know a bit of python and want to make games in godot") is
    read as the generator reads it (`goal_known.known_in_goal`): counted as known (or started, or not known), said
    first in the message and in `goal_known`, and the rest of the goal is what is searched.
    `plain` lists phrases of the goal whose reading the learner undid (“design twitter” → System design
    interviews, “pyhton” → Python, “i know a bit of python”): they are read word by word, as typed, and the message
    says so. Refuses (`InvalidInput`) an empty or over-long goal, hours outside 1-80 and a purpose other than job,
    freelance or hobby.
    """
    goal_text = clean_query(goal)
    # "5 hours a week": the learner's pace, said in the goal; read first, as the generator reads it
    work_hours, unworked = read_work_hours(goal_text, plain=plain)  # "while working full time": never a pace
    pace, unpaced = read_pace(unworked, plain=plain)
    days, unpaced = read_study_days(unpaced, plain=plain)  # "only on weekends": said, never searched
    stated = known_in_goal(catalog, unpaced, plain=plain)
    hours, pace_note = _pace_counted(pace, hours_per_week)
    their_job = their_job_words(stated.goal, plain)  # "at work": the job they have, not one to get
    found = _recommend(
        catalog,
        goal_text,
        stated,
        known=known,
        hours_per_week=hours,
        purpose=purpose,
        count=count,
        plain=plain,
        their_job=their_job,
    )
    if pace is not None:
        found = found.model_copy(update={"pace": pace.understood(), "message": f"{found.message} {pace_note}".strip()})
    why, said = purpose_of(purpose, found.interpretation)
    found = found.model_copy(update={"purpose": why, "purpose_said": said})
    if said:  # "learn python for fun": the goal's word chose it, said as the generator says it, and changeable
        found = found.model_copy(update={"message": f"{found.message} {_PURPOSE_READ[why]}".strip()})
    if found.generate or found.tailored:  # the generator reads what the goal says the learner knows itself
        found = found.model_copy(update={"generate": goal_text})
    found = found.model_copy(
        update={
            "known_text": _known_text(known, stated.readings, unread=stated.unread),
            "hours_per_week": parse_hours_per_week(hours),
            "not_understood": list(dict.fromkeys([*found.not_understood, *stated.not_understood])),
        }
    )
    beneath = _beneath(catalog, found.known, found.known_reading, stated).items()
    found = found.model_copy(
        update={"known_beneath": [SkippedTopicOut(id=t, name=catalog.topic(t).name, reason=why) for t, why in beneath]}
    )
    said_days = [days.understood()] if days else []
    first = catalog.roadmap(found.recommendations[0].slug) if found.recommendations and not stated.felt_alone else None
    # "frontend without react": the pick teaches React, a roadmap generated for the goal leaves it out (without.py)
    slugs = [first.slug] if first else []
    # "react without react": the goal asks for it too, said so, and no roadmap generated for it leaves it out (the
    # generator leaves the choice, React or Frontend Developer with Vue.js, which the finder's picks are)
    if asks := contradicted(catalog, stated.feelings, found.interpretation.meanings, stated.goal):
        feelings = [replace(f, asked=True) if f.said == asks.clause else f for f in stated.feelings]
        stated = replace(stated, feelings=feelings)
    without = done_without(catalog, stated.feelings, first.topic_ids, plain=plain, roadmaps=slugs) if first else []
    if without:
        found = found.model_copy(update={"generate": goal_text})
    left_out = {d.clause: (d.in_place or "left-out", d.offered(catalog, first.title)) for d in without} if first else {}
    stays = built_on(catalog, stated.feelings, slugs)  # "react native without react": React Native is React
    within = Within(first.title, first.topic_ids, left_out, stays) if first else None  # "i hate yaml": DevOps uses it
    among: list[str] = []
    if found.leaves_choice and any(f.maths for f in stated.feelings):  # "i hate math but want to code": the picks
        within, among = None, [r.slug for r in found.recommendations]  # of a choice, said together as the generator
    # "at work": said when the picks were counted for the job they have (`_recommend`), with its Undo, as `generate`
    # says it, apart from a curated phrase holding it ("automate stuff at work"), whose reading says it
    theirs = their_job_reading(
        stated.goal,
        purpose=found.purpose if found.recommendations else "",
        plain=plain,
        said=[m.said for m in found.interpretation.meanings if m.undoable],
    )
    readings = [
        *map(work_hours_reading, work_hours),
        *([theirs] if theirs else []),
        *said_days,
        *stated.said_apart(catalog, within, among),
    ]
    if not readings:
        return found
    said = "Read apart from your goal: " + "; ".join(u.line for u in readings) + "."
    update = {"message": f"{said} {found.message}".strip(), "readings_said": f"{said} {found.readings_said}".strip()}
    return found.model_copy(update={**update, "goal_known": readings})


def _beneath(catalog: Catalog, known_ids: list[str], known_reading: KnownReading, stated: GoalKnown) -> dict[str, str]:
    """What the topics the learner knows (`known_ids`), in `known` and in the goal, or started, build on, with why
    (`beneath.known_beneath`): counted as known in the estimates and said."""
    return known_beneath(catalog, known_ids, [*known_reading.understood, *stated.readings])


def _felt_alone_out(
    catalog: Catalog,
    stated: GoalKnown,
    reading: Interpretation,
    known_reading: KnownReading,
    *,
    hours: float,
    why: str,
    known_topics: set[str],
    known_ids: list[str],
) -> FinderOut:
    """The finder's answer to a goal of only a feeling about maths or coding ("i hate math", "i hate coding"), as the
    generator gives it (`felt_alone`): what is said, and the roadmaps that need little of it as the picks, never
    those that use it most."""
    felt = felt_alone(catalog, stated)
    picks = [
        _recommendation(
            catalog,
            _Candidate(catalog.roadmap(slug), 0.0, None, (), None, (), needs_little=felt.reason),
            hours,
            why,
            known_topics,
        )
        for slug in felt.slugs
    ]
    message = (
        f"Nothing else to learn is named, and {felt.said_so}. The picks {felt.why}. Add what you want to learn to "
        "your goal to narrow it down."
    )
    return FinderOut(
        understood=True,
        message=message,
        interpretation=reading,
        known_reading=known_reading,
        recommendations=picks,
        known=known_ids,
        not_understood=known_reading.not_understood,
    )


def _pace_counted(pace: PaceReading | None, hours_per_week: float | str | None) -> tuple[float | str | None, str]:
    """The hours a week the estimates count, by the generator's rule (`timeframe.counted_pace`), and what to say of
    the goal's pace: why it does not count, or that it does."""
    if pace is None:
        return hours_per_week, ""
    given = parse_hours_per_week(hours_per_week)
    counted = counted_pace(pace, given, default=REFERENCE_HOURS_PER_WEEK)
    if counted.note:
        return counted.hours, counted.note
    if counted.from_goal:
        return counted.hours, f"“{pace.said}” in your goal: the estimates are at {pace.hours_per_week:g} hours a week."
    return counted.hours, f"Estimates at your pace, {pace.hours_per_week:g} hours a week."


def _known_text(known: str | None, stated: Collection[Understood], *, unread: str = "") -> str:
    """What the learner knows in their words, for their next answer: the `known` answer, then the goal's clauses
    saying what they know or only started (not those saying what they do not know), and a whole goal saying they
    know something the catalog names nothing in (`unread`: "i know a bit of cooking"). A field chosen after "Which
    field?" replaces the goal, and a plan is asked for a roadmap, not the goal: without the clauses "i know a bit of
    python, i want a job in tech" lost its Python at the next answer."""
    said = [(known or "").strip(), *(u.said for u in stated if not u.denied), unread]
    return ", ".join(dict.fromkeys(s for s in said if s))


def purpose_of(purpose: str | None, reading: Interpretation) -> tuple[str, str]:
    """The purpose the picks are made for, and the goal's word that chose it (empty when it did not): the purpose
    chosen, else the one the goal's words say ("learn python for fun": a hobby, "fun"), else a job. The finder
    picked for a job whatever the goal said, and its reasons spoke of a first job to a learner who wrote "for fun",
    while the generator read the same words. `InvalidInput` for a purpose other than job, freelance or hobby."""
    chosen = (purpose or "").strip().lower()
    if chosen:
        if chosen not in PURPOSES:
            raise InvalidInput(f"unknown purpose `{purpose}`", hint=f"choose one of: {', '.join(PURPOSES)}")
        return chosen, ""
    if reading.purpose in _PURPOSE_READ:
        return reading.purpose, reading.purpose_said
    return "job", ""


#: A purpose as a reading's line names it (`FinderOut.purpose_line`).
_PURPOSE_NAMES = {"hobby": "a hobby", "freelance": "work for clients", "job": "a job"}

#: What the message says of a purpose the goal's words chose (`purpose_of`); "job" is what an unsaid one means anyway.
_PURPOSE_READ = {
    "hobby": "Read as learning for a hobby, as your goal says: the picks and their estimates are for one (choose "
    "another purpose to change it).",
    "freelance": "Read as learning to work for clients, as your goal says: the picks and their estimates are for "
    "that (choose another purpose to change it).",
}


def _recommend(
    catalog: Catalog,
    goal_text: str,
    stated: GoalKnown,
    *,
    known: str | None,
    hours_per_week: float | str | None,
    purpose: str | None,
    count: int,
    plain: Collection[str],
    their_job: str | None = None,
) -> FinderOut:
    """`recommend_roadmaps` for what the goal asks (`stated.goal`), counting as known what `known` and the goal's
    clauses say the learner knows; for a job, `their_job` (“at work”) counts the picks for the job the learner has."""
    asked = stated.goal  # the goal without what it says the learner knows
    known_text = clean_query(known) if known and known.strip() else ""
    hours = parse_hours_per_week(hours_per_week) or REFERENCE_HOURS_PER_WEEK
    reading = interpret(catalog, asked, plain=plain)
    why, _ = purpose_of(purpose, reading)
    theirs = their_job is not None and why == "job"  # "at work": for the job they have, not a first job to get
    known_reading = known_from(catalog, [known_text], plain=plain) if known_text else KnownReading()
    known_ids = list(dict.fromkeys([*known_reading.topics, *stated.topics]))  # in `known`, then in the goal
    known_topics = {*known_ids, *_beneath(catalog, known_ids, known_reading, stated)}  # knowing React: HTML too
    not_understood = list(dict.fromkeys([*reading.not_understood, *known_reading.not_understood]))
    if stated.felt_alone:  # "i hate math": said first (`recommend_roadmaps`), and what needs little maths picked
        return _felt_alone_out(
            catalog,
            stated,
            reading,
            known_reading,
            hours=hours,
            why=why,
            known_topics=known_topics,
            known_ids=known_ids,
        )
    missing = not_taught_phrases(asked, reading)
    if missing and _only_about(reading, missing):
        nearest = list(dict.fromkeys(s for phrase in missing for s in NOT_TAUGHT[not_taught_key(phrase)]))
        nearest = [s for s in nearest if catalog.has_roadmap(s)][:count]  # as `goals.senses_in`: another catalog
        inside = {w for phrase in missing for w in words(phrase)}
        topics = [m for m in reading.meanings if not (m.field and set(words(m.said)) <= inside)]
        read = _message(reading.model_copy(update={"meanings": topics, "loose_words": [], "not_understood": []}))
        if read:  # "scrum" is a topic of the catalog's: say so, and that it is taught inside other roadmaps only
            read = read.removesuffix(".") + ", taught inside other roadmaps."
        return FinderOut(
            understood=True,
            message=f"{read} {_no_roadmap_for(catalog, missing, nearest)}{_starting(reading)}".strip(),
            interpretation=reading,
            known_reading=known_reading,
            recommendations=[
                _recommendation(
                    catalog,
                    _Candidate(catalog.roadmap(slug), 0.0, None, (), None, (), nearest_to=missing[0]),
                    hours,
                    why,
                    known_topics,
                    goal=asked,
                    plain=plain,
                )
                for slug in nearest
            ],
            known=known_ids,
            # the field said to have no roadmap was understood: listing it as not understood contradicted the message
            not_understood=[w for w in not_understood if not set(words(w)) <= inside],
        )
    # the generator's reading: common goals, what it builds on, and what the learner works as, set apart as theirs
    # "mobile apps without react": a mobile app built with Flutter, as the generator builds it
    # ... with what the learner knows, as the generator reads it ("automation" after "5 years of manual testing")
    knows = learner_knows(known_reading, stated)
    goal_reading = read_goal(
        catalog, asked, plain=plain, knows=knows, background=stated.background, avoid=stated.avoided
    )
    # "python backend", or "i know python and want to be a backend developer": the role in Python, as generated
    _, stack = goal_stack(catalog, goal_reading.subjects, words=asked, knows=knows, plain=plain)
    # ... undone: its picks' plans are in no language, rather than read in it again from what the learner knows
    undone_stack = (
        goal_stack(catalog, goal_reading.subjects, words=asked, knows=knows)[1] if plain and not stack else None
    )
    common = _common_goals(catalog, reading, goal_reading, count)
    implied = next(((m.said, s.purpose) for m, s in common if s.purpose), None)
    if implied and not (purpose or "").strip() and reading.purpose is None:  # "build websites for money": clients
        reading = reading.model_copy(update={"purpose_said": implied[0], "purpose": implied[1]})
        why = implied[1]  # said as a purpose the goal's words chose (`recommend_roadmaps`), undone by choosing one
    if common:  # "make a discord bot": what it is made with, from the generator's table of common goals
        return _common_goals_out(
            catalog,
            common,
            reading,
            goal_reading,
            count=count,
            hours=hours,
            why=why,
            known_topics=known_topics,
            known_ids=known_ids,
            known_reading=known_reading,
            goal=asked,
            plain=plain,
            tailoring=_Tailoring(goal_text, known, theirs and why == "job"),
        )
    for senses, offers in ((_not_covered(goal_reading), False), (_offered(goal_reading), True)):
        if not senses or missing:
            continue
        # "make games with raylib": what the catalog does not cover, and "cloud certs": AWS or Cloud Engineer, a
        # choice; each said and picked as the generator says and lists it
        said_as = goal_reading.refused_said.get(senses[0].key, asked)
        inside = {w for sense in senses for w in words(goal_reading.refused_said.get(sense.key, ""))}
        slugs = list(dict.fromkeys(s for sense in senses for s in sense.suggestions if catalog.has_roadmap(s)))
        picks = [
            _recommendation(
                catalog,
                # nearest to what the catalog does not cover ("We have no roadmap for games with raylib"), or one of
                # the roadmaps a choice offers ("cloud certs")
                _Candidate(
                    catalog.roadmap(slug),
                    0.0,
                    None,
                    (),
                    None,
                    (),
                    nearest_to="" if offers else said_as,
                    near_goal=said_as if offers else "",
                ),
                hours,
                why,
                known_topics,
                goal=asked,
                plain=plain,
            )
            for slug in slugs[:count]
        ]
        unread = [w for w in not_understood if not set(words(w)) <= inside]
        if not offers:
            message = " ".join(sense.not_covered for sense in senses) + _starting(reading)
            return FinderOut(
                understood=True,
                message=message,
                interpretation=reading,
                known_reading=known_reading,
                recommendations=picks,
                known=known_ids,
                not_understood=unread,
            )
        title = f"{senses[0].title[:1].lower()}{senses[0].title[1:]}"
        sentences = " ".join(dict.fromkeys(sense.not_covered.rstrip(".") + "." for sense in senses))
        return FinderOut(
            understood=True,
            message=f"We read “{said_as}” as {title}, which leaves a choice. {sentences}{_starting(reading)}",
            # "cloud" of "cloud certs" is no field here: the choice's phrase is read whole
            interpretation=reading.model_copy(
                update={"meanings": [m for m in reading.meanings if not set(words(m.said)) <= inside]}
            ),
            known_reading=known_reading,
            recommendations=picks,
            known=known_ids,
            not_understood=unread,
            read_as_choice={said_as: title},
            leaves_choice=True,
        )
    reading = _as_generator_reads(catalog, reading, goal_reading)  # "2d" of "a 2d platformer", "enemy ai" of a game
    reading = _fields_joined(catalog, reading, goal_reading)  # "mobile games with unity": a game, not phone apps
    employers = employer_phrases(asked, reading, plain=plain)  # "i want to work at google": where, not what
    # never a phrase the generator read as a common goal: "better pay" of "a job with better pay" is why, not where
    senses_said = [set(words(said)) for said in [*goal_reading.said_as.values(), *goal_reading.refused_said.values()]]
    employers = [e for e in employers if not any(set(words(e.said)) <= said for said in senses_said)]
    reading = without_employers(reading, employers) if employers else reading
    reading = _employer_interviews(catalog, reading, employers, plain)  # "prepare for google interviews"
    if (in_field := _promotion_in_field(catalog, reading, asked, plain, known_reading, known_ids)) is not None:
        return in_field  # "get promoted as a mobile developer": which of the field's jobs, the promotion kept
    # "get promoted to senior backend engineer": the promotion in the job it names, as the generator reads it
    promotion = promotion_words(asked, plain) if any(m.roadmaps for m in reading.meanings) else None
    reading = _promotion_read(reading, promotion) if promotion else reading
    thing = _thing_in_field(reading, goal_reading)  # "a website for my band": a small website, not all of the web
    for_what: list[str] = []  # "band" of "a website for my band": what the thing is for, as the generator says
    if thing is not None:  # our reading, which the learner may undo (`plain`): the field as typed is searched
        own = set(words(thing.said))
        for_what = [w for w in dict.fromkeys([*reading.not_understood, *reading.loose_words]) if set(words(w)) - own]
        reading = reading.model_copy(
            update={
                # the learner's whole phrase ("web app" of the field word "web"), so its Undo undoes the thing, and
                # its other words are read with it ("portfolio" of "a portfolio website" is not searched on its own);
                # the rest is what it is for ("bakery", "startup"), said, never searched nor "not understood"
                "meanings": [m.model_copy(update={"said": thing.said, "how": "synonym"}) for m in reading.meanings],
                "loose_words": [],
                "not_understood": [],
            }
        )
    not_understood = list(dict.fromkeys([*reading.not_understood, *known_reading.not_understood]))
    # a goal that leaves a choice ("what should i learn next", "a job that would match my skills") asks for a field,
    # never searches its loose words ("match", "skills" found Java's pattern matching)
    choosing = bool(goal_reading.refused) and all(sense.choice for sense in goal_reading.refused)
    aimed = [w for w in reading.loose_words if past_first_job_words(w, plain)]  # "want to be senior": no subject
    # "what should i learn next" asks what follows what they know; "a job in tech" asks which field (its question)
    asks_next = bool(goal_reading.refused) and all(sense.key == _WHAT_NEXT for sense in goal_reading.refused)
    next_to_known = not reading.meanings and not missing and not employers and not stated.only_known
    next_to_known &= (
        asks_next or _after_known(stated) or not words(asked) or (bool(aimed) and aimed == reading.loose_words)
    )
    if next_to_known and (picked := _next_from_known(catalog, known_topics, why, count)):
        # "what should i learn after html and css", "i'm a junior dev and want to be senior" knowing React: what
        # they know decides, not the words left ("senior" found Product Manager and the security certifications)
        names = "" if stated.readings else ": " + _join([catalog.topic(t).name for t in known_ids][:4])
        message = f"Your goal names nothing to learn yet, so the picks build on what you know{names}."
        past_aims = [a for c in picked if why == "job" and (a := _past_first_job(catalog, c.roadmap, asked, plain))]
        if past_aims:
            message += f" We read “{past_aims[0]}” as aiming past a first job: the whole roadmap counts."
        if goal_reading.background:
            message += f" {_join([f'“{b}”' for b in goal_reading.background])}: your background, not what to learn."
        read_aims = {w for aim in past_aims for w in words(aim)}
        left = reading.model_copy(
            update={
                "loose_words": [w for w in reading.loose_words if not set(words(w)) <= read_aims],
                "not_understood": [w for w in reading.not_understood if not set(words(w)) <= read_aims],
            }
        )
        message = f"{message} {_message(left).strip()}".strip()  # "what comes after javascript?": “comes” is said
        return FinderOut(
            understood=True,
            message=message + _starting(reading),
            interpretation=reading,
            known_reading=known_reading,
            recommendations=[
                _recommendation(catalog, c, hours, why, known_topics, goal=asked, plain=plain) for c in picked
            ],
            known=known_ids,
            not_understood=[w for w in not_understood if not set(words(w)) <= read_aims],
        )
    if not reading.understood and (not reading.loose_words or choosing):
        chosen_read = _ChoiceRead()
        jobs: list[FieldChoice] = []
        chose = False  # "learn to code", "get a job": understood as a choice, which the page heads as one
        if employers:  # "i want to work at google", "get a job at amazon": an employer hires in many fields
            opening = f"{_where_to_work(employers)} A field narrows it down."
        elif any(sense.choice for sense in goal_reading.refused):  # "learn to code": understood, leaves a choice
            # what they work as, set apart ("i'm a designer who wants to code"), is said, and the goal quoted whole
            quoted = goal_text if stated.background else asked
            jobs = _promotion_jobs(catalog, asked, plain)  # "i want to get promoted": which job, not which field
            narrows = "the job you are promoted in" if jobs else "a field"
            opening = f"“{quoted}” names no one skill yet: {narrows} narrows it down."
            if jobs:  # the jobs most held (`scope.promotion_jobs`), as the generator offers them; another is named
                opening += " Not one of these? Name yours, as in “get promoted as a QA Engineer”."
            if goal_reading.background:
                opening += f" {_join([f'“{b}”' for b in goal_reading.background])}: your background, not what to learn."
            chosen_read = _choice_read(catalog, goal_reading, not_understood, promotion_words(asked, plain))
            chose = True
            opening += chosen_read.text + _studied_said(goal_reading)
            # what the generator placed is not unread here either ("careers" of "switch careers from nursing into
            # tech": the move's own word), as it says of the same goal
            placed_not = [*goal_reading.not_understood, *known_reading.not_understood]
            unplaced = {w for said in placed_not for w in words(said)}
            not_understood = [w for w in chosen_read.not_understood if set(words(w)) & unplaced]
            if not_understood:  # "learn to code blorptastic": the choice is read, "blorptastic" is not, by name
                opening += " We did not understand " + ", ".join(f"“{w}”" for w in not_understood) + "."
        elif stated.only_known and not stated.readings:  # "i know a bit of cooking": the catalog names none of it
            unknown = ", ".join(f"“{w}”" for w in stated.not_understood)
            opening = f"You said what you know ({unknown}: no roadmap here is about it), not what you want to learn: "
            opening += "a field narrows it down."
        elif stated.only_known:  # "i know a bit of python and excel": said first (`recommend_roadmaps`), nothing asked
            opening = "That is what you know, not what you want to learn with it: a field narrows it down."
        else:
            opening = f"We did not understand “{asked}” as something to learn."
        offered = (s for sense in goal_reading.refused if sense.choice for s in sense.suggestions)
        if chose and not jobs and (little := little_maths_among(catalog, stated, offered)):
            # "i hate math but want to code": the choice's ways in with no maths topic of their own, picked (the
            # feeling is said of the first, `recommend_roadmaps`), as "i hate math" alone picks what needs little
            picked = [
                _Candidate(catalog.roadmap(slug), 0.0, None, (), None, (), needs_little=NO_MATHS_TOPIC)
                for slug in little
            ]
            return FinderOut(
                understood=True,
                message=f"“{asked}” names no one skill yet: the picks are the ways into it with no maths topic of "
                f"their own. Add what you want to make to your goal to narrow it down.{_starting(reading)}",
                interpretation=reading,
                known_reading=known_reading,
                recommendations=[_recommendation(catalog, c, hours, why, known_topics) for c in picked],
                known=known_ids,
                not_understood=not_understood,
                read_as_choice=chosen_read.read,
                leaves_choice=True,
                studied=goal_reading.studied,
            )
        return FinderOut(
            understood=False,
            message=f"{opening}{_starting(reading)}",
            interpretation=reading,
            known_reading=known_reading,
            recommendations=[],
            known=known_ids,
            not_understood=not_understood,
            follow_up=_follow_up(chosen_read.alternatives, jobs),
            only_known=stated.only_known,
            employers=[e.said for e in employers],
            read_as_choice=chosen_read.read,
            leaves_choice=chose,
            studied=goal_reading.studied,
        )
    said = reading
    if missing:  # "python and agile": agile has no roadmap of its own and chooses none; Python is what is searched
        reading = _without(reading, missing)
    reading = _without_own_fields(catalog, reading)  # "a platformer game": 2D game development, the games' topic
    about_topics = _about_topics(reading)
    made_with = set(goal_reading.said_as.values())  # "with ai": searched by what it is made with, not "ai"
    found = _candidates(catalog, reading, made_with=made_with)
    candidates = [_with_known(catalog, c, known_topics, broad=not about_topics) for c in found]
    weight = TOPIC_PURPOSE_WEIGHT if about_topics else 1.0
    ranked = sorted(
        candidates,
        key=lambda c: (-c.score * _purpose_factor(c.roadmap, why, hours) ** weight, c.rank, c.roadmap.slug),
    )
    best = _built_on_topics(catalog, reading, candidates) if about_topics else None
    if best is not None:  # the roadmap built on the asked topic leads; the purpose orders the rest
        ranked = [best, *(c for c in ranked if c is not best)]
    if about_topics and ranked and ranked[0].teaches:  # ... after the roadmaps the one that teaches it assumes
        first = [ranked[0], *_assumed_by(catalog, ranked[0], candidates, known_topics)]
        language = _framework_language(catalog, reading, ranked[0], candidates, known_topics)
        first += [c for c in language if all(c.roadmap.slug != f.roadmap.slug for f in first)]
        ranked = [*first, *(c for c in ranked if all(c.roadmap.slug != f.roadmap.slug for f in first))]
    if about_topics and any(c.teaches for c in ranked):
        # a goal about topics: the roadmaps that teach them, then what the first shares most ("big data" is Spark:
        # Data Engineer, then its neighbours; Data Structures and Algorithms only shared the word "big" of Big-O)
        teaching = [c for c in ranked if c.teaches or c.assumed_by or c.written_in]
        rest = [c for c in ranked if c not in teaching]
        near = _topic_neighbours(catalog, reading, teaching, rest, count, known_topics)
        ranked = teaching + near + [c for c in rest if all(c.roadmap.slug != n.roadmap.slug for n in near)]
    unbuilt = unbuilt_asked(catalog, reading)
    if unbuilt:  # "make games in godot": what teaches Godot, never what only shares Game Developer's other phases
        ranked = _on_unbuilt(catalog, reading, ranked, unbuilt)
    # ... first, when the field's own order does not already start with them ("video games": Game Developer)
    made_first = thing is not None and [c.roadmap.slug for c in ranked[:count]][: len(thing.slugs)] != [
        *thing.slugs[:count]
    ]
    # "make a portfolio website": the roadmap the generator tailors to the thing comes first, as for a common goal
    tailored = _thing_tailored(catalog, thing, goal_text, known, hours, why, plain, theirs=theirs) if thing else None
    if thing is not None and (made_first or tailored is not None):
        ranked = _made_first(catalog, ranked, thing, known_topics, longer_than=tailored.title if tailored else "")
        made_first = True
    chosen = ranked[:count]
    if reading.fields and all(m.field for m in reading.meanings) and 0 < len(chosen) < count:
        chosen += _field_neighbours(catalog, chosen, count, known_topics)  # "make video games": Game Developer alone
    if why == "hobby" and not (about_topics or unbuilt or made_first):  # "make ios apps": SwiftUI before iOS Developer
        chosen = _hobby_sized_first(catalog, chosen, hours, known_topics, goal=asked, plain=plain)
    # the thing a field word names is what the goal as typed means: its roadmaps stay, as the message says
    typed = None if unbuilt or made_first else _typed_pick(catalog, reading, asked, chosen, count)
    if typed is not None:
        chosen = [*chosen[: count - 1], _with_known(catalog, typed, known_topics, broad=True)]
    recommendations = [
        _recommendation(
            catalog,
            c,
            hours,
            why,
            known_topics,
            goal=asked,
            plain=plain,
            promotion=promotion,
            stack=stack,
            undone_stack=undone_stack,
            theirs=theirs,
        )
        for c in chosen
    ]
    searched, reading = reading, said
    # "become a senior data analyst": "senior" kept a role roadmap whole, so it was read, never searched for
    # ... unless it is the level of a promotion ("get promoted to senior"), read with it below
    aims = [
        aim
        for c in chosen
        if why == "job" and not promotion and (aim := _past_first_job(catalog, c.roadmap, asked, plain))
    ]
    past = {w for aim in aims for w in words(aim)} | set(words(promotion or ""))
    past |= {w for exam in goal_reading.exams for w in words(exam)}  # "certification" of "python certification"
    promoted = _promotion_of(catalog, chosen, asked, plain) if promotion else None
    if promoted is not None:  # "staff engineer" of "promotion to staff engineer": read with it, said once
        within = set(words(promoted.said))
        past |= within
        reading = reading.model_copy(
            update={"meanings": [m for m in reading.meanings if not set(words(m.said)) <= within]}
        )
    reading = _said_as_picked(reading, chosen)  # "staff engineer": the Software Architect picked, as said
    # "full stack python developer": Full-Stack Developer's catalog roadmap is on Node.js, the generated one in Python
    on_node = stack.offered(catalog) if stack and stack.role in {r.slug for r in recommendations} else ""
    stack_said = _stack_said(catalog, stack, reading) if on_node or any(r.stack for r in recommendations) else None
    loose = [w for w in searched.loose_words if not set(words(w)) <= past]
    unread = [w for w in reading.not_understood if not set(words(w)) <= past]
    readings_said = _read_sentence(reading, stack=stack_said)
    unread_said = _unread_sentence(reading.model_copy(update={"loose_words": loose, "not_understood": unread}))
    message = readings_said + unread_said
    if aims:
        message += f" We read “{aims[0]}” as aiming past a first job: the whole roadmap counts."
    if promoted is not None:
        respelt = _respelt(promoted.said, promoted.corrected)  # "get promted to senior": (“promted” as “promoted”)
        message += f" We read “{promoted.said}”{respelt} as a promotion: {promoted.means[0].name}."
    if thing is not None and made_first:
        names = _join([catalog.roadmap(slug).title for slug in thing.slugs[:count]])
        they = "it comes" if len(thing.slugs[:count]) == 1 else "they come"
        message += (
            f" We read “{thing.said}” as {thing.title[:1].lower()}{thing.title[1:]}, made with {names}: {they} first."
        )
        if tailored is not None:
            message = message.removesuffix(f": {they} first.") + "."
            message += (
                f" The roadmap built for it, {tailored.title}, comes first; the whole roadmaps after it are longer."
            )
    if for_what:
        message += f" {_join([f'“{w}”' for w in for_what])}: what it is for, which changes nothing in what to learn."
    if employers:
        message += f" {_where_to_work(employers)}"
    if goal_reading.background:
        message += f" {_join([f'“{b}”' for b in goal_reading.background])}: your background, not what to learn."
    message += _studied_said(goal_reading)
    message += "".join(f" {note}" for note in goal_reading.exams.values())  # as the generator's note says it
    not_understood = [w for w in not_understood if not set(words(w)) <= past] if past else not_understood
    if missing:
        message += " " + _no_roadmap_for(catalog, missing, [])
    kept = {normalize(f.said) for f in stated.feelings if f.kept}  # "without react" undone: React kept, said so
    undone = [p for p in dict.fromkeys(plain) if p and p.lower() in goal_text.lower() and normalize(p) not in kept]
    phrases = [p for p in undone if len(p.split()) > 1]
    if phrases:
        message += " As you asked, we read " + ", ".join(f"“{p}”" for p in phrases) + " word by word."
    if typed_words := [p for p in undone if len(p.split()) == 1]:
        message += " As you asked, we read " + ", ".join(f"“{p}”" for p in typed_words) + " as you typed it."
    if typed is not None:
        message += f" As you typed it, your goal points most to {typed.roadmap.title}, so it is among the picks."
    if unbuilt:
        message += f" We have no roadmap built on {_join([catalog.topic(t).name for t in unbuilt])}."
    if 0 < len(chosen) < count:  # none rather than unrelated ones
        message += " No other roadmap fits your goal closely enough to suggest."
    generate = bool(unbuilt) and generated_on(goal_reading, unbuilt)
    if generate:
        message += f" A roadmap generated for your goal is built on {'it' if len(unbuilt) == 1 else 'them'}."
    message += f" {on_node}" if on_node else ""
    message += _starting(reading)
    return FinderOut(
        understood=True,
        message=message.strip(),
        readings_said=readings_said.strip(),
        interpretation=reading,
        known_reading=known_reading,
        recommendations=recommendations,
        known=known_ids,
        not_understood=not_understood,
        generate=asked if generate or on_node else "",
        employers=[e.said for e in employers],
        promotion=promoted,
        studied=goal_reading.studied,
        stack=stack.understood(catalog) if stack is not None and stack_said else None,
        tailored=tailored,
    )


def _hobby_sized_first(
    catalog: Catalog,
    chosen: list[_Candidate],
    hours: float,
    known: set[str],
    *,
    goal: str,
    plain: Collection[str],
) -> list[_Candidate]:
    """For a hobby goal that makes a thing with a career roadmap in the first place (the generator's rule,
    `scope.read_scope`'s "build" cut: "make ios apps"), the first skill roadmap among the picks ahead of it when the
    career roadmap teaches most of its topics (`HOBBY_SIZED_SHARE`: the same making, at a hobby's size) and it takes
    no longer as a hobby: SwiftUI before iOS Developer, which the finder says is built for a career, the long way
    round; saying why. A mentor names first the roadmap that fits the purpose; the search's order put the roadmap the
    learner's word ("ios") named first. A field's or a role's goal ("make video games", "full stack") keeps its
    roadmap first: C# and JavaScript are not that making at a smaller size."""
    if not chosen or not is_role(chosen[0].roadmap):
        return chosen
    career = chosen[0]
    if not any(
        c.kind == "build" for c in read_scope(catalog, goal, [career.roadmap.slug], purpose="hobby", plain=plain)
    ):
        return chosen
    taught = set(career.roadmap.topic_ids)

    def weeks(candidate: _Candidate) -> int:
        roadmap = candidate.roadmap
        kept = [p for p in roadmap.phases if p not in _left_out(roadmap, "hobby")] or list(roadmap.phases)
        return _estimate(catalog, roadmap, kept, hours, known)[0].max

    def within(candidate: _Candidate) -> bool:
        topics = set(candidate.roadmap.topic_ids)
        return len(topics & taught) >= HOBBY_SIZED_SHARE * len(topics)

    sized = next(
        (c for c in chosen[1:] if not is_role(c.roadmap) and within(c) and weeks(c) <= weeks(career)),
        None,
    )
    if sized is None:
        return chosen
    first = replace(sized, before_career=career.roadmap.title)
    return [first, *(c for c in chosen if c is not sized)]


def _said_as_picked(reading: Interpretation, chosen: Sequence[_Candidate]) -> Interpretation:
    """The reading with each phrase that names a picked roadmap by one of its aliases said as that roadmap: "staff
    engineer", an alias of Software Architect and of the topic Technical leadership, was said "as Technical leadership"
    (`Meaning.names` prefers a topic to a roadmap not named outright) while the pick said "You asked for “staff
    engineer”: that is the Software Architect roadmap", and the generator "“staff engineer” → Software Architect".
    The phrase's topics are left out of what it was read as; the picks that teach them still say so. A pick found
    through a section ("godot": a roadmap that teaches it in one section) is no such naming."""
    picked = {c.named.said: c.roadmap.slug for c in chosen if c.named is not None and c.section is None}
    meanings = [
        m.model_copy(update={"topics": []})
        if picked.get(m.said) in {r.key for r in m.roadmaps} - {r.key for r in m.refs} and m.topics
        else m
        for m in reading.meanings
    ]
    return reading.model_copy(update={"meanings": meanings})


def _promotion_in_field(
    catalog: Catalog,
    reading: Interpretation,
    asked: str,
    plain: Collection[str],
    known_reading: KnownReading,
    known_ids: list[str],
) -> FinderOut | None:
    """A promotion in a field rather than a job ("get promoted as a mobile developer", "get promoted in web"): the
    field's jobs to choose from, each link the promotion in it ("get promoted as an Android Developer"). The words were
    read as Career development and engineering ladders (a manager's topic "promoted" names) beside the field's
    roadmaps whole, the promotion dropped. None when the goal is no promotion, names a roadmap, or names no field."""
    said = promotion_words(asked, plain)
    fields = [m.field for m in reading.meanings if m.field]
    if said is None or not fields or any(m.roadmaps for m in reading.meanings):
        return None
    jobs = _promotion_jobs(catalog, asked, plain, fields)
    if not jobs:
        return None
    reading = _promotion_read(reading, said)
    names = [j.label.split(" ", 2)[2] for j in jobs]  # "as an iOS Developer": its name
    respelt = _respelt(said, promotion_respelt(said))
    message = f"{_message(reading)} {promotion_in_field_said(said, names)}"
    return FinderOut(
        understood=False,
        message=message.strip(),
        interpretation=reading,
        known_reading=known_reading,
        recommendations=[],
        known=known_ids,
        not_understood=list(reading.not_understood),
        follow_up=_follow_up((), jobs),
        read_as_choice={said: "a promotion" + respelt},
        leaves_choice=True,
    )


def _promotion_read(reading: Interpretation, promotion: str) -> Interpretation:
    """The reading less what the interpreter read inside a promotion's words that names no roadmap ("promoted" of
    "get promoted to senior backend engineer": Career development and engineering ladders, a manager's topic whose
    alias is "promotions") and less its words left over ("senior", "promotion"): they are the promotion, read as the
    generator reads it (`_promotion_of`). The finder offered Backend Developer whole, with Cloud Engineer and Product
    Manager for "promoted", where `generate` gave Backend Developer past its job-ready milestone."""
    own = set(words(promotion))

    def inside(said: str) -> bool:
        return set(words(said)) <= own

    return reading.model_copy(
        update={
            "meanings": [m for m in reading.meanings if m.roadmaps or not inside(m.said)],
            "not_understood": [w for w in reading.not_understood if not inside(w)],
            "loose_words": [w for w in reading.loose_words if not inside(w)],
        }
    )


def _promotion_of(catalog: Catalog, chosen: list[_Candidate], goal: str, plain: Collection[str]) -> Understood | None:
    """The promotion as a reading of the learner's words, for the first pick the goal names: that roadmap past its
    job-ready milestone (`scope.promotion_cut`, as `generate` cuts it), or, when it has none to start from
    (Software Architect starts at Mid level), the whole roadmap, said rather than the words silently dropped."""
    said = promotion_words(goal, plain)
    named = next((c for c in chosen if c.named is not None and c.named.roadmaps), None)
    if said is None or named is None:
        return None
    cut = promotion_cut(catalog, goal, named.roadmap.slug, plain)
    if cut is not None:
        return scope_reading(catalog, cut)
    # "promotion to staff engineer": the promotion and the job's words read as one, as the generator says them
    words_named = named.named.said if named.named is not None else named.roadmap.title
    return promotion_uncut(catalog, goal, [(words_named, named.roadmap.slug)], [], plain)


def _as_generator_reads(catalog: Catalog, reading: Interpretation, found: GoalReading) -> Interpretation:
    """The reading with the phrases the generator reads otherwise, in the goal's order, no longer searched for nor
    not understood: a phrase the goal's field reads in its own sense (`GoalReading.reread`: "enemy ai" of "a godot
    rpg with enemy ai" is Game AI and pathfinding) in place of the interpreter's reading of its words ("ai" as Machine
    Learning Engineer, whose picks then crowded out the game), and the words the generator reads with the phrase
    beside them (`GoalReading.qualifiers`: "2d" of "a 2d platformer" is 2D game development); less what the generator
    leaves unread (`GoalReading.set_aside`: "ai" of an undone "enemy ai" is not machine learning either, and "enemy ai"
    is said not understood as one phrase, as the generator says it: `_as_phrases`), and what it reads as the thing a
    common goal makes (`GoalReading.gave_way`: "app for my startup" of "a web app for my startup" is the web app, not
    Android's app startup, its other words, "startup", left to be said as what the thing is for). The finder
    had said "2d" named nothing, and "ai" was machine learning, while the roadmap generated for the same goal was
    built on what the goal meant."""
    meanings = [m for m in reading.meanings if m.said not in found.set_aside]  # "ai" of an undone "enemy ai"
    # "with ai" of "learn to code games with ai": how the learner studies, never searched nor not understood; a
    # reading across it ("games with ai", Game AI) is its other words' own ("games": the field of making games)
    aid = {w for said in found.studied for w in words(said)}
    studied = [m for m in reading.meanings if m.said in found.set_aside and set(words(m.said)) & aid]
    meanings += [m for s in studied for m in _read_without(catalog, s.said, aid)]
    unread = [m.said for m in reading.meanings if m.said in found.set_aside and m not in studied]
    # "app for my startup" of "a web app for my startup": the web app, for a startup, not Android's app startup
    made = {w for said in found.made_of for w in words(said)}
    gave_way = [w for m in meanings if m.said in found.gave_way for w in words(m.said) if w not in made]
    meanings = [m for m in meanings if m.said not in found.gave_way]
    # "qa" of "switch from qa to devops": where they come from, said in `_recommend`'s message, never searched
    background = {w for said in found.background for w in words(said)}
    meanings = [m for m in meanings if not (background and set(words(m.said)) <= background)]
    added: list[Meaning] = []
    for other in found.reread:
        inside = set(words(other.said))
        kept = [m for m in meanings if not set(words(m.said)) <= inside]
        if any(inside & set(words(m.said)) for m in kept):
            continue  # a longer phrase of the interpreter's holds ("game ai" of "a game with game ai")
        meanings = kept
        added.append(other)
    added += [m for m in found.qualifiers if all(m.said != n.said for n in [*meanings, *added])]
    for sense in found.senses:  # "ai" of "a website with ai": AI features through an LLM API, not machine learning
        said = found.said_as.get(sense.key, "")
        replaced = [m for m in meanings if _replaced_within(found, m.said, said)]
        if sense.suggestions and replaced and not sense.foundations_only:
            meanings = [m for m in meanings if m not in replaced]
            slugs = list(dict.fromkeys([*sense.suggestions, *sense.language]))
            roadmaps = [Ref(key=slug, name=catalog.roadmap(slug).title) for slug in slugs]
            added.append(Meaning(said=said, roadmaps=roadmaps, how="synonym", confidence=_SENSE_CONFIDENCE))
    for sense in found.refused:  # "promoted" of "i want to get promoted": a promotion, not the manager's topic
        said = found.refused_said.get(sense.key, "")
        if sense.choice:  # read as the choice it leaves, which `_choice_read` says
            meanings = [m for m in meanings if not _replaced_within(found, m.said, said)]
    if not added and not unread and not background and not aid and meanings == reading.meanings:
        return reading
    read = {w for m in added for w in words(m.said)} | aid
    text = found.interpretation.text.lower()
    at = {m.said: text.find(m.said.lower()) for m in [*meanings, *added]}
    not_understood = [w for w in reading.not_understood if set(words(w)) - read - background]
    not_understood = _as_phrases([*not_understood, *unread], found.not_understood)
    return reading.model_copy(
        update={
            "understood": bool(meanings or added),
            "meanings": sorted([*meanings, *added], key=lambda m: at[m.said]),
            "not_understood": sorted([*not_understood, *gave_way], key=lambda w: text.find(w.lower())),
            "loose_words": [*(w for w in reading.loose_words if set(words(w)) - read), *gave_way],
        }
    )


def _names_it(roadmap: Roadmap, said: str) -> bool:
    """Whether the learner's words name the roadmap by a name of its own (its title, slug or an alias), or hold one:
    "ios" names iOS Developer, never Flutter, though the generator builds an iPhone app with it."""
    names = {normalize(n) for n in (roadmap.title, roadmap.slug, *roadmap.aliases)}
    said_words = normalize(said)
    return any(n and (n == said_words or f" {n} " in f" {said_words} ") for n in names)


def _read_without(catalog: Catalog, said: str, aid: set[str]) -> list[Meaning]:
    """The interpreter's reading of a phrase's words less those of how the learner studies ("games" of "games with
    ai", where "with ai" is the AI assistant they learn with)."""
    rest = " ".join(w for w in said.split() if w.lower() not in aid)
    return interpret(catalog, rest).meanings if rest else []


def _studied_said(found: GoalReading) -> str:
    """What the finder says of the phrases read as how the learner studies ("with ai"), as the generator's note does."""
    if not found.studied:
        return ""
    return (
        f" We read {_join([f'“{s}”' for s in found.studied])} as how you learn, with an AI assistant, which changes "
        "nothing in what to learn."
    )


def _replaced_within(found: GoalReading, said: str, phrase: str) -> bool:
    """Whether the generator read the interpreter's reading `said` as the common goal whose phrase holds it
    (`GoalReading.replaced`): "promoted" of "get promoted" is a promotion, not Career development and engineering
    ladders."""
    return bool(phrase) and said in found.replaced and set(words(said)) <= set(words(phrase))


def _as_phrases(pieces: list[str], phrases: list[str]) -> list[str]:
    """The pieces of the goal not understood, once each, those that together make up a phrase the generator reports
    not understood said as that one phrase: "enemy" and "ai" of an undone "enemy ai" are the learner's "enemy ai" (the
    interpreter left "enemy" out and read "ai", which the generator then leaves unread, `GoalReading.set_aside`)."""
    said = {w for piece in pieces for w in words(piece)}
    out: list[str] = []
    for piece in pieces:
        own = set(words(piece))
        out.append(next((p for p in phrases if own <= set(words(p)) <= said), piece))
    return list(dict.fromkeys(out))


def _on_unbuilt(
    catalog: Catalog, reading: Interpretation, ranked: list[_Candidate], unbuilt: list[str]
) -> list[_Candidate]:
    """For a goal about topics no roadmap is built on (`unbuilt.py`), the picks that share what the goal is about:
    a roadmap named, one teaching the topics or what they build on, or one the goal's own words find ("rust for
    embedded": Embedded Systems); each that teaches them in an extra section says where. Game Developer's neighbours
    C# and C++ share its Unity and Unreal phases, nothing of Godot."""
    wanted = grounds(catalog, unbuilt)
    if beside := languages_beside(catalog, reading):  # "godot with c#": what teaches Godot, then C#, nothing else
        teaching = [c for c in ranked if c.roadmap.slug not in beside and wanted & set(c.roadmap.topic_ids)]
        kept = teaching + [c for c in ranked if c.roadmap.slug in beside]
    else:
        kept = [
            c
            for c in ranked
            if c.named or c.teaches or wanted & set(c.roadmap.topic_ids) or _found_by_words(catalog, reading, c)
        ]
    return [_where_taught(catalog, c, unbuilt) for c in kept]


def _where_taught(catalog: Catalog, candidate: _Candidate, unbuilt: list[str]) -> _Candidate:
    """A pick for a goal about topics no roadmap is built on, with where it teaches them, or, when it does not, what
    of theirs it teaches: AWS teaches the cloud networking and IAM that Google Cloud fundamentals build on, which says
    more than that it shares much with Cloud Engineer."""
    section = section_teaching(candidate.roadmap, unbuilt)
    if section is not None or candidate.named or candidate.teaches or set(unbuilt) & set(candidate.roadmap.topic_ids):
        return replace(candidate, section=section)
    below = [p for t in unbuilt for p in catalog.topic(t).prerequisites if p in candidate.roadmap.topic_ids]
    return replace(
        candidate,
        grounding=tuple(catalog.topic(p).name for p in dict.fromkeys(below)),
        grounded=_join([catalog.topic(t).name for t in unbuilt]),
    )


def _not_covered(found: GoalReading) -> list[GoalSense]:
    """The common goals the catalog does not cover that the goal is about ("make games with raylib", "3d printing":
    `GoalSense.not_covered`), when it names nothing else to build from and leaves no choice: the generator refuses
    such a goal with their sentences and suggestions (`generate._not_found`), and the finder says the same. Empty
    otherwise: "learn to code" is a choice, which the finder asks as one."""
    if found.subjects or not found.refused or any(sense.choice or not sense.not_covered for sense in found.refused):
        return []
    return list(found.refused)


def _offered(found: GoalReading) -> list[GoalSense]:
    """The choices the goal is all about whose roadmaps the generator lists (`GoalSense.offered`: "certs", "cloud
    certs", "security certs"), when it names nothing else: the finder picks those roadmaps, as the generator's choice
    lists them. "cloud certs" was the cloud field's roadmaps with “certs” not understood (Cloud Engineer, Network
    Engineer, DevOps), "certs" the field question. Empty otherwise."""
    if found.subjects or found.not_understood or not found.refused or not all(s.offered for s in found.refused):
        return []
    return list(found.refused)


def _common_goals(
    catalog: Catalog, reading: Interpretation, found: GoalReading, count: int
) -> list[tuple[Meaning, GoalSense]]:
    """The common goals the goal names and nothing else ("make a discord bot": chat bots; "saas with ai": a SaaS
    product and AI features through an LLM API), when the interpreter reads no roadmap, topic or field in it but a
    word that only names a kind of thing ("extension" as Swift's protocol extensions) or something the common goal is
    not made of ("ai" as Machine Learning Engineer), each with its reading as the roadmaps it is made with, best first
    (`goal_words.SENSES`, the generator's table: a Discord bot is Python, then Node.js). Searched, its words found
    Cloudflare's bot protection, "chrome extension" iOS, and "build apps with ai" and "saas with ai" Machine Learning
    Engineer first. What the learner makes beside what it is made with ("apps" of "build apps with ai":
    `GoalReading.things`) names no field here, as the generator reads it. Empty when the goal names anything more
    ("a discord bot and react", "python scripts": their names are searched, as any goal's), when the catalog does not
    cover it, or when the learner undid the reading (`plain`, which `found`, the generator's reading of the goal, was
    read with)."""
    senses = [s for s in found.senses if s.suggestions]
    made_of = _made_of(found)
    phrases = [found.said_as.get(s.key, "") for s in senses]
    if not senses or set(phrases) != made_of or len(phrases) != len(made_of):
        return []
    if any(m.said not in made_of for m in found.subjects):
        return []
    if len(senses) > 1 and any(s.foundations_only for s in senses):
        return []  # a goal that makes nothing beside one that makes something: searched, as before
    aside = {*found.too_general, *found.replaced}  # "hackers" of "protect my company from hackers": the goal's
    things = {w for thing in found.things for w in words(thing)}  # "apps" of "build apps with ai": what is made
    aside |= {m.said for m in reading.meanings if m.field and things and set(words(m.said)) <= things}
    unread = {w for said in reading.not_understood for w in words(said)}  # "pygame", which only a common goal reads
    for sense, said in zip(senses, phrases, strict=True):
        phrase = set(words(said))
        inside = [m for m in reading.meanings if m.field and set(words(m.said)) <= phrase]
        # ... and the field words of that phrase ("website" of "protect my website from hackers", "data" and "cyber"
        # of "protect my data from cyber attacks"), and those of a phrase joining two fields into one thing: "games"
        # and "phone" of "games on my phone" are a game that runs on a phone, not two fields side by side (searched
        # so, each field's roadmaps competed, and for a hobby Flutter, Kotlin and SwiftUI came before Game
        # Developer). A phrase in one field ("phone apps", "web app") stays that field, searched, the thing's
        # roadmaps first (`_thing_in_field`: a thing any goal makes, `alone`, "portfolio website"), unless its other
        # words are a name only a common goal made one way reads: "game" of "make a game with pygame" is the game
        # made with pygame (Games in Python), as "game" of "make a game in python" is, where the finder searched the
        # field and said "We did not understand “pygame”".
        named = bool(phrase & unread) and not sense.alone
        # ... and a phrase saying more than its field, which only the common goal reads: "websites for money" and
        # "websites for clients" are work for paying clients, where the field was searched and a first job offered
        beyond = bool(inside) and not sense.alone and bool(phrase - {w for m in inside for w in words(m.said)})
        if found.replaced or sense.foundations_only or len({m.field for m in inside}) > 1 or named or beyond:
            aside |= {m.said for m in inside}
    if any((m.roadmaps or m.topics or m.field) and m.said not in aside for m in reading.meanings):
        return []  # "python scripts", "make games for android": what the goal names is searched, as for any goal
    out = []
    for sense, said in zip(senses, phrases, strict=True):
        slugs = list(dict.fromkeys([*sense.suggestions, *sense.language]))[:count]
        roadmaps = [Ref(key=s, name=catalog.roadmap(s).title) for s in slugs]
        out.append((Meaning(said=said, roadmaps=roadmaps, how="synonym", confidence=_SENSE_CONFIDENCE), sense))
    return out


def _common_picks(common: list[tuple[Meaning, GoalSense]], count: int) -> list[tuple[str, Meaning, GoalSense]]:
    """The roadmaps for the common goals a goal names, each with the goal it is made for: one goal's in its order;
    several goals' in turn, best first, a goal read only beside another first ("with ai" of "saas with ai": the AI
    Engineer roadmap before Full-Stack Developer), since what it adds is what the learner asked for beyond the thing
    itself, which its roadmap then follows."""
    ordered = sorted(common, key=lambda pair: not pair[1].beside)
    picks: dict[str, tuple[str, Meaning, GoalSense]] = {}
    for rank in range(count):
        for meaning, sense in ordered:
            if rank < len(meaning.roadmaps) and meaning.roadmaps[rank].key not in picks:
                picks[meaning.roadmaps[rank].key] = (meaning.roadmaps[rank].key, meaning, sense)
    return list(picks.values())[:count]


def _common_goals_out(
    catalog: Catalog,
    common: list[tuple[Meaning, GoalSense]],
    reading: Interpretation,
    found: GoalReading,
    *,
    count: int,
    hours: float,
    why: str,
    known_topics: set[str],
    known_ids: list[str],
    known_reading: KnownReading,
    goal: str,
    plain: Collection[str],
    tailoring: _Tailoring,
) -> FinderOut:
    """The finder's answer for a goal of common goals (`_common_goals`): the roadmap the generator tailors to them when
    it builds one from their own topics (`tailored.tailored_roadmap`), then their roadmaps (`_common_picks`), each
    saying why it is longer, said as our reading with its undo, and what the learner makes beside them said to change
    nothing ("apps")."""
    picks = _common_picks(common, count)
    aim = _THEIR_JOB_PHRASE if tailoring.theirs else _PURPOSE_PHRASE[why]
    tailored = tailored_roadmap(
        catalog,
        [sense for _, sense in common],
        said=_join([m.said for m, _ in common]),
        goal=tailoring.goal,
        known=tailoring.known,
        hours_per_week=hours,
        purpose=why,
        plain=plain,
        aim=aim,
    )
    shown_meanings = []
    for meaning, sense in common:
        if sense.foundations_only:  # "How we read you" says what the message says: Cyber Security, not all three
            meaning = meaning.model_copy(update={"roadmaps": [r for r in meaning.roadmaps if r.key in sense.roadmaps]})
        shown_meanings.append(meaning)
    read = {w for m in shown_meanings for w in words(m.said)} | {w for t in found.things for w in words(t)}
    shown = reading.model_copy(
        update={
            "understood": True,
            "meanings": shown_meanings,
            "not_understood": [w for w in reading.not_understood if set(words(w)) - read],
            "loose_words": [w for w in reading.loose_words if set(words(w)) - read],
        }
    )
    said = []
    for meaning, sense in common:
        if sense.foundations_only:
            names = _join([catalog.roadmap(s).title for s in sense.roadmaps])
            said.append(f"“{meaning.said}” as {sense.title}, which starts with the foundations of {names}")
        else:
            said.append(f"“{meaning.said}” as {sense.title}, made with {_join(meaning.names)}")
    message = "We read " + "; ".join(said) + "."
    if found.things:
        message += f" {_join([f'“{t}”' for t in found.things])}: what you are making, which changes nothing in what "
        message += "to learn."
    if tailored is not None:
        message += f" The roadmap built for it, {tailored.title}, comes first; the whole roadmaps after it are longer."
    return FinderOut(
        understood=True,
        message=message + _starting(reading),
        interpretation=shown,
        known_reading=known_reading,
        recommendations=[
            _recommendation(
                catalog,
                replace(
                    _common_pick(catalog, sense, slug, meaning.said), longer_than=tailored.title if tailored else ""
                ),
                hours,
                why,
                known_topics,
                goal=goal,
                plain=plain,
                theirs=tailoring.theirs,
            )
            for slug, meaning, sense in picks
        ],
        known=known_ids,
        not_understood=list(dict.fromkeys([*shown.not_understood, *known_reading.not_understood])),
        tailored=tailored,
    )


@dataclass(frozen=True)
class _Tailoring:
    """What the generator needs to tailor a roadmap to the goal as the finder was answered (`tailored_roadmap`): the
    goal as typed and what the learner knows in their words; and whether the time is for the job they have (“at
    work”)."""

    goal: str
    known: str | None
    theirs: bool


#: The common goal that asks what to learn next (`goal_words.SENSES`), which what the learner knows answers.
_WHAT_NEXT = "what-next"


def _after_known(stated: GoalKnown) -> bool:
    """Whether the goal asks what comes after what it says the learner knows ("what should i learn after html and
    css": `goal_known` reads "after html and css" as known)."""
    return any(not u.denied and normalize(u.said).split()[:1] in (["after"], ["beyond"]) for u in stated.readings)


def _next_from_known(catalog: Catalog, known: set[str], purpose: str, count: int) -> list[_Candidate]:
    """For a goal that names nothing to learn but what comes next, the roadmaps that build on what the learner knows:
    the roles holding most of it (`only_known.building_on`: Frontend and Full-Stack Developer for HTML and CSS), and
    the roadmap each of those roles takes up next, the first topic after the last one the learner knows that opens a
    roadmap of its own (JavaScript, which Frontend teaches right after CSS), ordered by the purpose (a hobby: the
    skill first). Searched, the goal's leftover words chose ("after html and css" found HTML & CSS itself, then
    Angular; "senior" the security certifications). Empty when the learner knows nothing the catalog teaches."""
    if not known:
        return []
    ranked = [catalog.roadmap(s) for s in building_on(catalog, known, count=len(catalog.roadmaps))]
    roles = [r for r in ranked if r.role][:2]
    opens = catalog.derived(_roadmaps_opened)
    nexts: dict[str, list[str]] = {}  # the roadmap taken up next -> the roles that take it up
    for role in roles:
        ids = role.topic_ids
        last = max(i for i, t in enumerate(ids) if t in known)
        slug = next(
            (opens[t] for t in ids[last + 1 :] if t in opens and t not in known and opens[t] != role.slug), None
        )
        if slug is not None and not set(catalog.roadmap(slug).topic_ids) <= known:
            nexts.setdefault(slug, []).append(role.title)
    picks = [_Candidate(catalog.roadmap(s), 1.0, None, (), None, (), next_in=_join(by)) for s, by in nexts.items()]
    on = tuple(catalog.topic(t).name for t in known if t in set().union(*(r.topic_ids for r in roles)))
    picks += [_Candidate(r, 1.0, None, (), None, (), on_known=on) for r in roles]
    picks.sort(key=lambda c: -_purpose_factor(c.roadmap, purpose, REFERENCE_HOURS_PER_WEEK))
    return picks[:count]


def _roadmaps_opened(catalog: Catalog) -> dict[str, str]:
    """Topic id -> the skill roadmap it opens, where a learner who reaches that topic in a role's order takes up a
    roadmap of its own: the topic the roadmap's own name is read as in "what you know" (`known.known_from`:
    "javascript" is JavaScript syntax and types), among its first topics. Not a topic most roles teach (Git, the
    Linux command line, SQL basics: `_COMMON_GROUND`), which every role takes alongside: read as first topics,
    Git opened Android Developer, so Full-Stack "took up" Android right after HTML and CSS."""
    roles = [r for r in catalog.roadmaps if r.role]
    opened: dict[str, str] = {}
    for roadmap in catalog.roadmaps:
        if roadmap.role:
            continue
        named = known_from(catalog, [roadmap.title]).topics
        if len(named) != 1 or (topic := next(iter(named))) not in roadmap.topic_ids[:3]:
            continue
        if sum(topic in r.topic_ids for r in roles) < _COMMON_GROUND * len(roles):
            opened.setdefault(topic, roadmap.slug)
    return opened


#: The share of role roadmaps teaching a topic from which it is common ground, never the roadmap taken up next.
_COMMON_GROUND = 0.5


#: The topic an employer's interviews are read as ("google interviews"), as "interview prep" and "faang interview"
#: name it: what the coding interviews of a developer job test, and the roadmaps that teach it.
_INTERVIEW_TOPIC = "coding-interview-strategy"
#: What an employer's interviews are searched as: the phrase they are read as (`_searched`).
_INTERVIEW_SEARCH = "interview prep"


def _employer_interviews(
    catalog: Catalog, reading: Interpretation, employers: list[Employer], plain: Collection[str]
) -> Interpretation:
    """The reading with an employer's interviews named alone ("help me prepare for google interviews") read as
    the coding interviews its developer jobs are won in, as "google interview prep" is: the finder said "a field
    narrows it down" and asked which, to a learner who had said what to prepare for. Said, and undone by sending
    the clause in `plain` (then as typed: the field question)."""
    interviews = next((e for e in employers if e.interviews), None)
    if interviews is None or reading.meanings or not catalog.has_topic(_INTERVIEW_TOPIC):
        return reading
    if " ".join(words(interviews.clause)) in {" ".join(words(p)) for p in plain}:
        return reading
    topic = catalog.topic(_INTERVIEW_TOPIC)
    meaning = Meaning(
        said=interviews.clause,
        topics=[Ref(key=topic.id, name=topic.name)],
        how="synonym",
        confidence=_SENSE_CONFIDENCE,
    )
    return reading.model_copy(update={"meanings": [meaning], "understood": True})


def _where_to_work(employers: list[Employer]) -> str:
    """What the finder says of the places the learner wants to work: they are no subject. The big tech companies
    ("join faang") hire developers through coding interviews, which the catalog prepares for: said, with the words
    that ask for it."""
    said = f"{_join([e.line for e in employers])}: where you want to work, not what to learn."
    if group := next((e.group for e in employers if e.group), ""):
        said += f" Their developer jobs are won in coding interviews: ask for “{group} interview prep” for those."
    return said


def _fields_joined(catalog: Catalog, reading: Interpretation, found: GoalReading) -> Interpretation:
    """The reading with the field words of two fields inside one phrase the generator reads as a common goal read as
    the one field whose roadmap makes it, beside whatever else the goal names: "mobile" and "games" of "mobile games
    with unity" are a game, the field of making games, as "video games" is (and as "mobile games" alone is Mobile
    games, made with Game Developer: `_common_goal`, which reads a goal naming nothing else). Searched as two fields
    side by side, the phone-app roadmaps (Flutter, SwiftUI) followed Game Developer for a learner who knows C#. Said
    as our reading, undone by `plain` (with which `found` was read: the two fields again)."""
    meanings = list(reading.meanings)
    for said in sorted(_made_of(found)):
        phrase = set(words(said))
        inside = [m for m in meanings if m.field and set(words(m.said)) <= phrase]
        sense = next((g for g in found.senses if g.suggestions and _names_sense(g, said)), None)
        if len({m.field for m in inside}) < 2 or sense is None:
            continue
        field = catalog.roadmap(sense.suggestions[0]).category.value  # the field whose roadmap makes the thing
        if all(m.field != field for m in inside):
            continue
        joined = Meaning(said=said, field=field, how="synonym", confidence=_SENSE_CONFIDENCE)
        at = meanings.index(inside[0])
        meanings = [m for m in meanings if m not in inside]
        meanings.insert(at, joined)
    if meanings == reading.meanings:
        return reading
    return reading.model_copy(update={"meanings": meanings})


def _names_sense(sense: GoalSense, said: str) -> bool:
    """Whether the learner's phrase is one of the common goal's, as the search stems words ("mobile games")."""
    return any(terms(p) == terms(said) for p in sense.phrases)


#: How sure a common goal's reading is, as the generator says it (`goals._SENSE_CONFIDENCE`).
_SENSE_CONFIDENCE = 0.85


@dataclass(frozen=True)
class _Thing:
    """A field word the generator reads as a thing to make (`_thing_in_field`)."""

    said: str  # the learner's word: "website"
    slugs: tuple[str, ...]  # the roadmaps it is made with, best first
    title: str  # its name: "A small website"
    sense: GoalSense  # the common goal it is, which the generator tailors a roadmap to (`_thing_tailored`)


def _thing_in_field(reading: Interpretation, found: GoalReading) -> _Thing | None:
    """For a goal read as a field alone, the thing the generator reads its field words as (`goal_words.SENSES`): the
    phrase, the roadmaps the thing is made with, best first, and its name ("website" of "a website for my band": a
    small website, made with HTML & CSS, WordPress and Frontend). A field is broad and its search finds every roadmap
    of it (for a hobby, the skills first: API Design and PHP for "a website"), while the thing names what a mentor
    would start with. The field stays said ("web app" is still the field of web development, as "phone apps" is of
    phone apps), under the learner's whole phrase, which its Undo reads as typed, and its picks follow the thing's
    (`_made_first`: "a web app" is Full-Stack, Frontend and Backend, where the field's search gave a hobby HTML & CSS,
    PHP and API Design). Only a thing a goal makes when it names nothing else (`GoalSense.alone`: a website, an app,
    a game), not what the work is for ("websites for money", whose clients' picks the field's search orders). None
    when the goal names more than the field, or two fields in one phrase (`_common_goal` reads those), or the learner
    undid the reading (`plain`, which `found` was read with)."""
    senses = [s for s in found.senses if s.suggestions and s.alone and not s.choice and not s.foundations_only]
    if len(senses) != 1 or not reading.meanings or not all(m.field for m in reading.meanings):
        return None
    field = set(words(reading.meanings[0].said))
    phrases = [m.said for m in found.subjects if field <= set(words(m.said))]  # "web app" of the field word "web"
    if len(reading.meanings) != 1 or not phrases:
        return None
    sense = senses[0]
    return _Thing(phrases[0], tuple(dict.fromkeys([*sense.suggestions, *sense.language])), sense.title, sense)


def _thing_tailored(
    catalog: Catalog,
    thing: _Thing,
    goal: str,
    known: str | None,
    hours: float,
    why: str,
    plain: Collection[str],
    *,
    theirs: bool,
) -> Tailored | None:
    """The roadmap the generator tailors to the thing a field word names (`_thing_in_field`: "make a portfolio
    website", A small website, about 93 hours), the finder's first answer as a common goal's is: the finder gave only
    the whole roadmaps it is made with (HTML & CSS, WordPress Developer, Frontend Developer), "18–27 weeks" and more,
    where `generate` answers the same goal in a few weeks."""
    return tailored_roadmap(
        catalog,
        [thing.sense],
        said=thing.said,
        goal=goal,
        known=known,
        hours_per_week=hours,
        purpose=why,
        plain=plain,
        aim=_THEIR_JOB_PHRASE if theirs else _PURPOSE_PHRASE[why],
    )


def _made_first(
    catalog: Catalog, ranked: list[_Candidate], thing: _Thing, known: set[str], *, longer_than: str = ""
) -> list[_Candidate]:
    """The field's picks with the roadmaps the thing is made with first, in the thing's order, each saying so
    (`_thing_in_field`), and that it is longer than the roadmap tailored to the thing (`longer_than`), which comes
    before them all."""
    said, slugs = thing.said, thing.slugs
    found = {c.roadmap.slug: c for c in ranked}
    first = [
        replace(found[slug], made_for=said, longer_than=longer_than)
        if slug in found
        else _with_known(
            catalog,
            _Candidate(catalog.roadmap(slug), 0.0, None, (), None, (), made_for=said, longer_than=longer_than),
            known,
            broad=True,
        )
        for slug in slugs
    ]
    return [*first, *(c for c in ranked if c.roadmap.slug not in slugs)]


def _made_of(found: GoalReading) -> set[str]:
    """The learner's phrases the generator read as common goals (`GoalReading.made_of`), and those the interpreter
    read as something the common goal is not made of (`GoalReading.replaced`): "ai" of "i want to make money with
    ai" is AI features through an LLM API, not the Machine Learning Engineer the interpreter reads in "ai".
    `made_of` leaves out every phrase the interpreter read, as a subject of its own; a replaced one is not, so the
    finder searched "ai" and put Machine Learning Engineer first for a freelancer, where the generator builds on an
    LLM's API."""
    phrases = {u.said for u in found.understood if any(u.said == m.said for m in found.subjects)}
    return found.made_of | (phrases & set(found.replaced))


def _common_pick(catalog: Catalog, sense: GoalSense, slug: str, said: str) -> _Candidate:
    """A common goal's roadmap, with why it is picked: it teaches what the thing is made with ("discord bot": Python),
    or, for a goal that makes nothing ("protect my company from hackers"), its foundations are the goal (Cyber
    Security, as the generator builds it) or it is one of the roadmaps near it (DevSecOps)."""
    pick = _Candidate(catalog.roadmap(slug), 0.0, None, (), None, ())
    if not sense.foundations_only:
        return replace(pick, made_for=said)
    return replace(pick, foundations_for=said) if slug in sense.roadmaps else replace(pick, near_goal=said)


def _only_about(reading: Interpretation, missing: list[str]) -> bool:
    """Whether the goal says nothing beyond the fields and roles the catalog has no roadmap for: every phrase read
    ("scrum" as the agile topic) and every word searched ("support" of "it support") lies within them."""
    inside = {w for phrase in missing for w in words(phrase)}
    said = [m.said for m in reading.meanings] + list(reading.loose_words)
    return all(set(words(s)) <= inside for s in said)


def _without(reading: Interpretation, missing: list[str]) -> Interpretation:
    """The reading less the phrases inside fields and roles the catalog has no roadmap for ("agile" of "python and
    agile", the agile topic that only the mobile roadmaps' last phases teach): what the rest of the goal searches."""
    inside = {w for phrase in missing for w in words(phrase)}
    return reading.model_copy(
        update={
            "meanings": [m for m in reading.meanings if not set(words(m.said)) <= inside],
            "loose_words": [w for w in reading.loose_words if not set(words(w)) <= inside],
        }
    )


def _without_own_fields(catalog: Catalog, reading: Interpretation) -> Interpretation:
    """The reading less the field words said beside topics that the field's own roadmaps teach ("game" in "make a
    platformer game": 2D game development is Game Developer's), which say nothing more than the topics: the goal is
    about the topics, as "platformer" alone is. Searched, the field's words ("game developer") found roadmaps that
    only share "developer" or "development" (Flutter, API Design), and those became picks for a hobby."""
    topics = {t.key for m in reading.meanings for t in m.topics}
    if not topics or reading.loose_words or any(m.roadmaps for m in reading.meanings):
        return reading
    # The field's own roadmaps are those its words name (FIELD_SEARCH: "game developer"; "web development" names
    # Frontend and Full-Stack by "web developer", so "web" beside "html" goes too), not every roadmap of its section:
    # "twitter" is taught in Developer Relations, which says nothing about "design" in "design twitter".
    fields = catalog.derived(_fields_roadmaps)
    own = [
        m
        for m in reading.meanings
        if m.field and not m.topics and any(topics & set(r.topic_ids) for r in fields[m.field])
    ]
    if not own:
        return reading
    return reading.model_copy(update={"meanings": [m for m in reading.meanings if m not in own]})


def _fields_roadmaps(catalog: Catalog) -> dict[str, list[Roadmap]]:
    """Each field's own roadmaps (`_field_roadmaps`), worked out once per catalog (`Catalog.derived`) rather than
    once per finder answer: every name of the field's roadmaps is normalized to compare them."""
    return {c.value: _field_roadmaps(catalog, c.value) for c in Category}


def _field_roadmaps(catalog: Catalog, field: str) -> list[Roadmap]:
    """The roadmaps a field word's search names (`FIELD_SEARCH`): those of the field with a name, title or alias, that
    is its search words or a run of two or more of them ("game developer" is Game Developer's title, "web development"
    the "web developer" of Frontend and Full-Stack Developer, "product manager" Product Manager's). One word of a
    longer search names no roadmap ("manager" of "product manager" is not Engineering Manager's "become a manager")."""
    searched = terms(FIELD_SEARCH.get(field, ""))
    runs = {
        " ".join(searched[start:end])
        for start in range(len(searched))
        for end in range(start + min(2, len(searched)), len(searched) + 1)
    }
    return [
        r
        for r in catalog.roadmaps
        if r.category.value == field and any(" ".join(terms(name)) in runs for name in (r.title, *r.aliases))
    ]


def _no_roadmap_for(catalog: Catalog, missing: list[str], nearest: list[str]) -> str:
    """The finder's plain word that the catalog has no roadmap for a field, and which roadmaps come nearest."""
    fields = _join(
        [f"“{w}”" + (f" ({KNOWN_AS[not_taught_key(w)]})" if not_taught_key(w) in KNOWN_AS else "") for w in missing]
    )
    said = f"We have no roadmap for {fields}."
    if nearest:
        because = {NEAREST_BECAUSE.get(NOT_TAUGHT[not_taught_key(w)], ("", ""))[0] for w in missing}
        lead = because.pop() if len(because) == 1 else ""
        said += f" {lead or 'The nearest we have are'} {_join([catalog.roadmap(s).title for s in nearest])}."
    return said


@dataclass(frozen=True)
class _ChoiceRead:
    """What the finder says of a goal that leaves a choice (`_choice_read`)."""

    text: str = ""  # the sentences said after the opening
    not_understood: list[str] = field(default_factory=list)  # the words still not understood
    read: dict[str, str] = field(default_factory=dict)  # the learner's phrase -> what it was read as, undoable
    alternatives: list[FieldChoice] = field(default_factory=list)  # roadmaps offered beside the field question


#: What a promotion's job choice leads to, beside its name.
_PROMOTION_CHOICE = "the promotion in it: what comes after its job-ready milestone"


def _promotion_jobs(
    catalog: Catalog, goal: str, plain: Collection[str], fields: Collection[str] = ()
) -> list[FieldChoice]:
    """For a promotion that names no job ("i want to get promoted", "get promoted as a mobile developer"), each job
    `scope.promotion_jobs` offers it in (the fields' jobs, when the goal names some: the generator's choices too), as
    the goal to send back: the promotion in that job ("get promoted as a Backend Developer", as the generator's
    choice page links them). None when the goal is no promotion."""
    goals = promotion_jobs(catalog, goal, fields, plain)
    return [
        # "as an iOS Developer": the page capitalises a label's first letter, which made the name "IOS Developer"
        FieldChoice(key=asked, label=asked[asked.rindex(" as ") + 1 :], examples=_PROMOTION_CHOICE)
        for slug, asked in goals.items()
    ]


def _choice_read(
    catalog: Catalog, goal_reading: GoalReading, not_understood: list[str], promotion: str | None = None
) -> _ChoiceRead:
    """What a goal that leaves a choice was read as, when the learner's own words say it ("become senior" of "want to
    become senior", "get promoted" of "i want to get promoted": a promotion), with what the choice means
    (`GoalSense.choice_note`) and the roadmap the learner may mean instead (`GoalSense.alternative`: Engineering
    Manager, to lead a team), and the words still not understood: "senior" was said not understood while the
    generator read it, and "promoted" was Career development and engineering ladders, so the finder answered
    Engineering Manager. A choice with a note of its own is said too ("i want a remote job", "earn six figures": the
    generator said "Read as remote work" while the finder said nothing of it). Nothing is said of a choice read from
    filler words alone ("get a job"). A promotion is said in the words the scope reads it by (`promotion`: "promotion
    to senior" of "promotion to senior dev", where the common goal's phrase is "promotion to"), so the level it is to
    is read with it: "senior" was said not understood, though the promotion reads it."""
    said: list[str] = []
    notes: list[str] = []
    read: dict[str, str] = {}
    alternatives: list[FieldChoice] = []
    for sense in goal_reading.refused:
        phrase = goal_reading.refused_said.get(sense.key, "")
        fixed = goal_reading.refused_fixed.get(sense.key)
        if sense.key == "promotion" and promotion and phrase and set(words(phrase)) <= set(words(promotion)):
            phrase, fixed = promotion, promotion_respelt(promotion)  # "promotion to senior": the level read with it
        own = set(words(phrase))
        replaced = any(_replaced_within(goal_reading, r, phrase) for r in goal_reading.replaced)
        unread = any(set(words(w)) <= own for w in not_understood)
        if own and (replaced or unread or sense.choice_note):  # "remote job": its note says what it was read as
            title = f"{sense.title[:1].lower()}{sense.title[1:]}"
            respelt = _respelt(phrase, fixed)  # "get promotted": the slip, said
            said.append(f"“{phrase}” as {title}{respelt}")
            read[phrase] = title + respelt
            not_understood = [w for w in not_understood if not set(words(w)) <= own]
            notes += [sense.choice_note] if sense.choice_note else []
            if sense.alternative:  # answered as the finder answers the roadmap's name
                slug, label = sense.alternative
                name = catalog.roadmap(slug).title
                alternatives.append(FieldChoice(key=name.lower(), label=label, examples=name))
    text = (f" We read {_join(said)}." if said else "") + "".join(f" {note}" for note in notes)
    return _ChoiceRead(text, not_understood, read, alternatives)


def _follow_up(alternatives: Sequence[FieldChoice] = (), jobs: Sequence[FieldChoice] = ()) -> FollowUp:
    """The field question, with the roadmaps a reading of the goal offers beside it (`_choice_read`); for a promotion,
    the jobs it can be in (`_promotion_jobs`) in place of the fields, so the answer chosen keeps the promotion: a
    field's link sent the field alone ("web"), and "get promoted in web" was read as Career development."""
    if jobs:  # the manager's route is offered once, as leading a team instead
        jobs = [j for j in jobs if not any(j.key.endswith(f" {a.examples}") for a in alternatives)]
        return FollowUp(question="Which job are you promoted in?", choices=[*jobs, *alternatives])
    return FollowUp(
        question="Which field interests you?",
        choices=[
            *(FieldChoice(key=key, label=label, examples=examples) for key, label, examples in FIELD_CHOICES),
            *alternatives,
        ],
    )


@dataclass(frozen=True)
class _StackSaid:
    """How the message says the goal's stack: the phrase read as its role (“python backend”, or None when the
    finder's reading has none), said as the role in its language (“Backend Developer in Python”)."""

    role_said: str | None
    title: str
    line: str  # the stack's own reading, “python” → in Python, said when no phrase was read as the role


def _stack_said(catalog: Catalog, stack: StackReading | None, reading: Interpretation) -> _StackSaid | None:
    """The message's words for the goal's stack, as the generator titles it: “Backend Developer in Python” (“..., the
    language you know”), in place of the role's name where the reading names the role alone."""
    if stack is None:
        return None
    title = stack.title(catalog) + (", the language you know" if stack.known else "")
    role = next((m.said for m in reading.meanings if [r.key for r in m.roadmaps] == [stack.role]), None)
    return _StackSaid(role, title, stack.understood(catalog).line)


def _message(reading: Interpretation, *, stack: _StackSaid | None = None) -> str:
    """What the goal was read as, in a sentence, then what of it was not; `stack` names the role's phrase as the role
    in its language."""
    return _read_sentence(reading, stack=stack) + _unread_sentence(reading)


def _read_sentence(reading: Interpretation, *, stack: _StackSaid | None = None) -> str:
    """What each phrase of the goal was read as, in a sentence, as the page lists them (`FinderOut.read_lines`), kept
    apart so the page can say them once (`FinderOut.readings_said`)."""
    read: list[tuple[list[str], str]] = []  # phrases side by side read the same ("2d platformer") are said once
    for meaning in reading.meanings:
        names = f"{_names(meaning)}{_correction(meaning)}"
        if stack is not None and meaning.said == stack.role_said:  # "python backend": Backend Developer in Python
            names = stack.title
        if read and read[-1][1] == names:
            read[-1][0].append(meaning.said)
        else:
            read.append(([meaning.said], names))
    parts = [" and ".join(f"“{said}”" for said in phrases) + f" as {names}" for phrases, names in read]
    message = "We read " + "; ".join(parts) + "." if parts else ""
    if stack is not None and stack.role_said is None:  # the role read another way here: the stack said on its own
        message += f" We read {stack.line}: {stack.title}."
    return message


def _unread_sentence(reading: Interpretation) -> str:
    """What of the goal was searched for as loose words or not understood, in a sentence (empty when none)."""
    message = ""
    if reading.loose_words:
        words = ", ".join(f"“{w}”" for w in reading.loose_words)
        message += f" We searched for {words}, which name nothing on their own."
    unknown = [w for w in reading.not_understood if w not in reading.loose_words and w.lower() not in NOT_TAUGHT]
    if unknown:
        message += " We did not understand " + ", ".join(f"“{w}”" for w in unknown) + "."
    return message


def _starting(reading: Interpretation) -> str:
    """The level the learner gave, when they said they start from nothing ("i know nothing", "complete beginner")."""
    if not reading.starting:
        return ""
    return " You said you start from the beginning, so the estimates count every topic."


def _correction(meaning: Meaning) -> str:
    """The misspellings a phrase was read through, when its names do not show them: “design instgram” is System
    design interviews (“instgram” as “instagram”), while “pyhton” as Python says it already."""
    if not meaning.corrected:
        return ""
    said = words(meaning.said)
    fixed = [(a, b) for a, b in zip(said, meaning.corrected.split(), strict=False) if a != b]
    shown = " ".join(meaning.names).lower()
    if len(said) == 1:  # a name of one word says its spelling; in a phrase the fixed word is said ("machine lerning")
        fixed = [(a, b) for a, b in fixed if b not in shown]
    return " (" + ", ".join(f"“{a}” as “{b}”" for a, b in fixed) + ")" if fixed else ""


def _respelt(said: str, corrected: str | None) -> str:
    """The misspellings a curated reading was read through, said as `_correction` says a name's: “get promotted” as a
    promotion (“promotted” as “promoted”); the finder read the slip and never said it."""
    if not corrected:
        return ""
    fixed = [(a, b) for a, b in zip(words(said), words(corrected), strict=False) if a != b]
    return " (" + ", ".join(f"“{a}” as “{b}”" for a, b in fixed) + ")" if fixed else ""


def _field_name(field: str) -> str:
    """A field as a person names it ("the field of making games"), never the catalog's section name."""
    return f"the field of {FIELD_NAMES[Category(field)]}"


def _names(meaning: Meaning) -> str:
    """What a phrase was read as, the same in the message and in the page's "How we read you" (`FinderOut.read_lines`):
    a field as a person names it, else `Meaning.names` ("python" as Python, a roadmap named outright; "godot" as Godot
    Engine fundamentals, not the Unity-based Game Developer it is only an alias of)."""
    if meaning.field:
        return _field_name(meaning.field)
    return " or ".join(meaning.names)


def _candidates(catalog: Catalog, reading: Interpretation, *, made_with: Collection[str] = ()) -> list[_Candidate]:
    """Roadmaps for the phrases understood: those named outright, then what the search finds for the phrases; a
    phrase read as a common goal (`made_with`: "with ai" of "a website with ai") by the names of what it is made
    with, never its words ("ai" found Machine Learning Engineer)."""
    parts = [
        " ".join(m.names) if m.said in made_with and m.roadmaps else _searched(catalog, m)
        for m in reading.meanings
        if not m.field
    ]
    parts += [FIELD_SEARCH[f] for f in reading.fields]
    if all(m.field for m in reading.meanings):  # "cloud" alone: its own word too, so Cloud Engineer leads its field
        parts += [m.said for m in reading.meanings]
    parts += reading.loose_words
    hits = _roadmap_hits(catalog, " ".join(parts))
    needs = " ".join(dict.fromkeys(n for m in reading.meanings if (n := _needs(m))))
    need_hits = _roadmap_hits(catalog, needs) if needs else {}
    need_top = max((h.score for h in need_hits.values()), default=1.0) or 1.0
    fields = set(reading.fields)
    field_words = {m.field: m.said for m in reading.meanings if m.field}
    only_fields = bool(reading.meanings) and all(m.field for m in reading.meanings)
    top = max((h.score for h in hits.values()), default=1.0) or 1.0
    rank = {slug: i for i, slug in enumerate(hits)}
    named = {r.key: m for m in reading.meanings for r in m.roadmaps}
    asked = {t.key: t.name for m in reading.meanings for t in m.topics if not m.roadmaps}
    near = _neighbours(catalog, reading)
    slugs = list(dict.fromkeys([*named, *hits, *near]))
    teaching = _teaching(catalog, reading) if _about_topics(reading) and not needs else {}
    out: list[_Candidate] = []
    for slug in slugs:
        roadmap = catalog.roadmap(slug)
        if only_fields and roadmap.category.value not in fields:
            continue
        score = hits[slug].score / top if slug in hits else 0.5
        if near and slug not in named:  # what it shares with the roadmap named counts more than the words it uses
            score = NAME_WORDS_SHARE * (hits[slug].score / top if slug in hits else 0.0) + near.get(slug, ("", 0.0))[1]
        if teaching:  # the words it uses, as much as it teaches the asked topics centrally and deeply
            score *= 1 - TEACHING_SHARE + TEACHING_SHARE * teaching.get(slug, 0.0)
        if slug in need_hits and slug in hits and _teaches_prompt(catalog, hits[slug]):
            # what the design asked about needs orders the roadmaps that teach the interview or scale
            score += PROMPT_NEEDS_WEIGHT * need_hits[slug].score / need_top
        if only_fields:  # a field alone is broad: its roadmaps are all plausible, the purpose decides more
            score = 0.6 + 0.4 * score
        if slug in named:  # named outright; a phrase naming several roadmaps ("web development") less so
            score = max(score, 1.0) * (2.5 if len(named[slug].roadmaps) == 1 else 1.0 + 0.6 / len(named[slug].roadmaps))
        teaches = tuple(name for tid, name in asked.items() if tid in roadmap.topic_ids)
        field = field_words.get(roadmap.category.value)
        if field:
            score *= 1.2
        matched = tuple(m.text for m in hits[slug].matched if m.field == "topic") if slug in hits else ()
        needed = tuple(m.text for m in need_hits[slug].matched if m.field == "topic") if slug in need_hits else ()
        out.append(
            _Candidate(
                roadmap,
                score,
                named.get(slug),
                teaches,
                field,
                matched,
                rank=rank.get(slug, len(rank)),
                needed=needed,
                near=near[slug][0] if slug in near and slug not in named else "",
            )
        )
    return out


def _neighbours(catalog: Catalog, reading: Interpretation) -> dict[str, tuple[str, float]]:
    """For a goal whose every phrase names one roadmap ("data engineering", "full stack"), the roadmaps that come next:
    those sharing most with a named roadmap (`shares.roadmap_shares`), each with that roadmap's title and the share.
    What two roadmaps share is read both ways, and the larger counts: the share of the named roadmap's topics the
    other teaches (Data Analyst and Data Scientist for Data Engineer; Product Manager for Engineering Manager), or the
    share of the other's topics the named one teaches, how far it takes the learner into it (Docker is a tenth of
    DevOps; Go a fifth of Backend Developer and Software Engineer; Game Developer a sixth of C#). Read one way only, a
    small roadmap's next steps were whatever taught its few rare topics (DevSecOps, for container security, came
    before DevOps after "docker"), and a language or a field of its own had none. A language's own topics count only
    beside that language (Game Developer and Embedded Systems both teach C++, which made each the other's next step).
    The words of a name say nothing of its neighbours: searched, "engineering" found Prompt Engineering's context
    engineering and "stack" the ELK stack. Empty for any other goal, whose words the search weighs."""
    named = reading.roadmap_keys
    # the field of a roadmap named beside it says nothing more ("games" in "vr games in unity": Game Developer's)
    own_fields = {catalog.roadmap(slug).category.value for slug in named}
    meanings = [m for m in reading.meanings if not (m.field and m.field in own_fields)]
    if not named or reading.loose_words or any(len(m.roadmaps) != 1 for m in meanings):
        return {}  # a phrase naming several roadmaps ("web development") is broad: its words are searched
    out: dict[str, tuple[str, float]] = {}
    for slug in named:
        roadmap = catalog.roadmap(slug)
        for other, share in roadmap_shares(catalog, roadmap).items():
            if other not in named and share > out.get(other, ("", 0.0))[1]:
                out[other] = (roadmap.title, share)
    return out


def _field_neighbours(
    catalog: Catalog, chosen: list[_Candidate], count: int, known: set[str], *, topic: bool = False
) -> list[_Candidate]:
    """For a goal naming only a field with fewer roadmaps than picks (the games field has Game Developer alone), or
    topics fewer roadmaps teach (`topic`: computer vision, Machine Learning's), the roadmaps sharing most with its
    first pick (`shares.roadmap_shares`: C# and C++ after Game Developer), each saying so."""
    first = chosen[0].roadmap
    taken = {c.roadmap.slug for c in chosen}
    shares = sorted(roadmap_shares(catalog, first).items(), key=lambda item: (-item[1], item[0]))
    return [
        _with_known(
            catalog,
            _Candidate(
                catalog.roadmap(slug),
                share,
                None,
                (),
                None,
                (),
                near_field="" if topic else first.title,
                near_topic=first.title if topic else "",
            ),
            known,
            broad=True,
        )
        for slug, share in shares
        if slug not in taken
    ][: count - len(chosen)]


def _topic_neighbours(
    catalog: Catalog,
    reading: Interpretation,
    teaching: list[_Candidate],
    rest: list[_Candidate],
    count: int,
    known: set[str],
) -> list[_Candidate]:
    """For a goal about topics fewer roadmaps teach than there are picks, what comes next: the first pick's neighbours
    (`_field_neighbours`) and the roadmaps the goal's own words find, ordered by what they share with it plus how
    well the search found them. Found means named by a phrase made of roadmaps' names, a word each (Embedded Systems
    in "rust for embedded"; not Computer Science, "computing", in "computer vision"), or teaching a topic whose name
    holds every word of the phrase asked ("C++ compilers and the build pipeline" for "compilers"); one word of a
    longer phrase finds nothing ("big" of Big-O for "big data"). Neighbours alone put Software Engineer between Rust
    and Embedded Systems, and left C++ out of "compilers"."""
    near = _field_neighbours(catalog, teaching, len(catalog.roadmaps), known, topic=True)
    share = {c.roadmap.slug: c.score for c in near}
    found = {c.roadmap.slug: c for c in rest if _found_by_words(catalog, reading, c)}
    pool = [found.get(c.roadmap.slug, c) for c in near] + [c for slug, c in found.items() if slug not in share]
    pool.sort(key=lambda c: -(share.get(c.roadmap.slug, 0.0) + (c.score if c.roadmap.slug in found else 0.0)))
    return pool[: max(count - len(teaching), 0)]


def _found_by_words(catalog: Catalog, reading: Interpretation, candidate: _Candidate) -> bool:
    """Whether the goal's own words find `candidate` (see `_topic_neighbours`)."""
    vocabulary = vocabulary_for(catalog)
    slug = candidate.roadmap.slug
    for meaning in reading.meanings:
        said = terms(meaning.said)
        named = [{n.key for n in vocabulary.lookup((w,)) if n.kind == "roadmap"} for w in said]
        if len(said) > 1 and all(named) and any(slug in keys for keys in named):
            return True  # a phrase made of roadmaps' names joins them: Rust and Embedded Systems
        if said and any(set(said) <= set(terms(name)) for name in candidate.matched):
            return True
    return False


def _teaching(catalog: Catalog, reading: Interpretation) -> dict[str, float]:
    """For a goal about topics, how each roadmap teaches them, 0-1: as a core skill (an extra section counts less),
    with more of its projects practising them. A topic many roadmaps teach ("how the internet works", "operating
    systems") is then ordered by how each teaches it and by the purpose, not by which roadmaps' summaries use the
    goal's words ("works", or "operating" as in the "red team operator" alias). A topic another topic names as an
    alias ("fastapi" among the backend web frameworks) is taught there too, less centrally."""
    asked = set(reading.topic_keys)
    aliased = _aliased_topics(catalog, reading) - asked
    raw: dict[str, float] = {}
    for roadmap in catalog.roadmaps:
        best = 0.0
        for phase in roadmap.phases:
            for tid, weight in (*((t, 1.0) for t in phase.core_skills), *_extra(phase)):
                if tid in asked or tid in aliased:
                    weight *= 1.0 if tid in asked else ALIASED_TOPIC_WEIGHT
                    deep = 1 + PRACTICE_WEIGHT * min(_practice(roadmap, {tid}), 3)
                    best = max(best, weight * deep)
        if best:  # ... and more for how much of it builds on them (Network Engineer on networking fundamentals)
            built = sum(1 for tid in roadmap.topic_ids if asked & set(catalog.topic(tid).prerequisites))
            raw[roadmap.slug] = best * (1 + BUILT_ON_WEIGHT * min(built, BUILT_ON_CAP) / BUILT_ON_CAP)
    top = max(raw.values(), default=1.0)
    return {slug: value / top for slug, value in raw.items()}


def _extra(phase: Phase) -> list[tuple[str, float]]:
    return [(tid, EXTRA_SECTION_WEIGHT) for section in phase.extra_sections for tid in section.topics]


def _aliased_topics(catalog: Catalog, reading: Interpretation) -> set[str]:
    """Topics that list a phrase of the goal among their aliases without being what it names ("fastapi" is the FastAPI
    topic, and one of the backend web frameworks)."""
    said = {" ".join(terms(m.said)) for m in reading.meanings if m.topics}
    by_alias = catalog.derived(_topics_by_alias)
    return {tid for phrase in said for tid in by_alias.get(phrase, ())}


def _topics_by_alias(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Each topic alias's stems (as `_aliased_topics` compares them) to the topics listing it, read once per catalog:
    stemming every alias of every topic for each goal about topics was most of a finder answer's time."""
    table: dict[str, set[str]] = {}
    for topic in catalog.topics:
        for alias in topic.aliases:
            table.setdefault(" ".join(terms(alias)), set()).add(topic.id)
    return {phrase: frozenset(ids) for phrase, ids in table.items()}


def _searched(catalog: Catalog, meaning: Meaning) -> str:
    """What a phrase of the goal searches: its words (corrected), or for a system design interview prompt what it
    means (search/synonyms.DESIGN_PROMPTS): the product's name says nothing of what to learn."""
    if _needs(meaning):
        return DESIGN_PROMPT_SEARCH
    said = meaning.corrected or meaning.said
    if meaning.how == "synonym" and [t.key for t in meaning.topics] == [_INTERVIEW_TOPIC] and not meaning.roadmaps:
        # an employer's interviews ("interview with stripe", `_employer_interviews`) are searched as "interview prep"
        # is, which they are read as: the employer's name found what it names ("stripe" Full-Stack Developer's
        # payments, "google" Data Analyst's Google Sheets)
        return _INTERVIEW_SEARCH
    if meaning.how == "alias" and meaning.topics and not meaning.roadmaps:
        # a topic read through an alias that shares no word with its name is searched as that topic: "how the
        # internet works" is Networking fundamentals (its word "internet" found Embedded Systems' internet of
        # things), "big data" Apache Spark (its "big" found Big-O); "async await" keeps the learner's words
        named = " ".join(t.name for t in meaning.topics)
        exact = any(words(a) == words(said) for t in meaning.topics for a in catalog.topic(t.key).aliases)
        if exact and len(words(said)) > 1 and not set(terms(said)) & set(terms(named)):
            return named  # ... when the learner wrote the alias itself ("data and models" only stems "data modeling")
    return said


def _needs(meaning: Meaning) -> str:
    """For a system design interview prompt, what its design hinges on ("design a chat system": WebSockets and
    message brokers); empty for any other phrase."""
    if meaning.how != "synonym":
        return ""
    return _PROMPT_NEEDS.get(tuple(terms(meaning.corrected or meaning.said)), "")


def _teaches_prompt(catalog: Catalog, hit: RoadmapHit) -> bool:
    """Whether the search found the roadmap through the topics a prompt's own search names (System design interviews,
    Scalability patterns), rather than through a word of them ("Scalable CSS" in HTML & CSS)."""
    wanted = catalog.derived(_prompt_topics)
    return any(m.topic in wanted for m in hit.matched if m.field == "topic")


def _prompt_topics(catalog: Catalog) -> frozenset[str]:
    """The topics a system design prompt's own search names, read once per catalog (asked for each candidate)."""
    return frozenset(interpret(catalog, DESIGN_PROMPT_SEARCH).topic_keys)


#: The prompts by their stems, so "design chat apps" and "design a chat app" are one prompt.
_PROMPT_NEEDS: dict[tuple[str, ...], str] = {tuple(terms(p)): needs for p, needs in DESIGN_PROMPTS.items()}


def _about_topics(reading: Interpretation) -> bool:
    """Whether the goal asks about specific topics only ("cap theorem"): no roadmap, field or loose word. Then
    the search's score, which says how centrally each roadmap teaches the topic (and, among equals, how many of its
    projects practise it), picks the first roadmap whatever the purpose, and decides the rest more than the
    purpose's role-or-skill preference: otherwise a broad role that lists the topic beside many others (Software
    Architect for "cap theorem" for a job) beats the roadmap built on it, merely for being a role."""
    return (
        bool(reading.meanings)
        and not reading.loose_words
        and all(m.topics and not m.roadmaps and not m.field for m in reading.meanings)
    )


def _built_on_topics(catalog: Catalog, reading: Interpretation, candidates: list[_Candidate]) -> _Candidate | None:
    """The roadmap that teaches the asked topics best, when one clearly does: the search scores it highest (none
    higher) and more of its projects practise them than any other roadmap's (System Design has two projects on the
    CAP theorem; Software Architect, Software Engineer and Computer Science, which the search scores the same, one).
    When the search or the projects tie, the roadmap of the language the topic is a framework of leads if it is among
    those that practise it most (`_language_of`); else nothing says which teaches it best, and the purpose decides."""
    asked = set(reading.topic_keys)
    if not candidates or not asked:
        return None
    top = max(c.score for c in candidates)
    practice = {c.roadmap.slug: _practice(c.roadmap, asked) for c in candidates}
    best = max(candidates, key=lambda c: (c.score >= top, practice[c.roadmap.slug]))
    if best.score < top or any(
        practice[c.roadmap.slug] >= practice[best.roadmap.slug] for c in candidates if c is not best
    ):
        return _language_of(catalog, reading, candidates, practice)
    return best


def _language_of(
    catalog: Catalog, reading: Interpretation, candidates: list[_Candidate], practice: dict[str, int]
) -> _Candidate | None:
    """Among the roadmaps that practise the asked topics most, the one of the language whose way of a broader topic
    the asked topic is, when just one is: FastAPI is the Python variant of Backend web frameworks ("Django or
    FastAPI"), so Python leads "fastapi" rather than AI Engineer, which practises it as much to serve models."""
    deepest = max(practice.values(), default=0)
    languages = _languages_of(catalog, reading)
    found = [c for c in candidates if c.teaches and practice[c.roadmap.slug] == deepest and c.roadmap.slug in languages]
    return found[0] if deepest and len(found) == 1 else None


def _languages_of(catalog: Catalog, reading: Interpretation) -> set[str]:
    """The roadmaps of the languages whose variant of a broader topic names what the learner asked about, by the
    name it was read as or as the learner wrote it ("fastapi", "flask": Python)."""
    stacks = catalog.derived(_variant_stacks)
    said = {normalize(t.name) for m in reading.meanings for t in m.topics}
    said |= {normalize(m.corrected or m.said) for m in reading.meanings if m.topics and not m.roadmaps}
    return {stack for name in said for stack in stacks.get(name, ())}


def _framework_language(
    catalog: Catalog, reading: Interpretation, first: _Candidate, candidates: list[_Candidate], known: set[str]
) -> list[_Candidate]:
    """The roadmap of the one language the asked framework is written in, when the first pick is not it and the
    learner has not started it: "flask" is taught by Backend Developer's web frameworks, whose Python variant names
    it, so Python comes next, as a roadmap the first pick assumes would (as "fastapi" leads with Python, which
    teaches it)."""
    languages = _languages_of(catalog, reading)
    if len(languages) != 1 or first.roadmap.slug in languages:
        return []
    roadmap = catalog.roadmap(next(iter(languages)))
    if known & set(roadmap.topic_ids):
        return []
    found = next((c for c in candidates if c.roadmap.slug == roadmap.slug), None)
    said = next(m.said for m in reading.meanings if m.topics)
    base = found or _Candidate(roadmap, 0.0, None, (), None, ())
    return [replace(base, written_in=said)]


def _variant_stacks(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Each topic's name and alias (normalized) and the stacks with a roadmap of their own whose variant of a broader
    topic names it ("fastapi": python, from Backend web frameworks' "Django, FastAPI or Flask"; "flask", an alias of
    that topic, too), read once per catalog."""
    slugs = {r.slug for r in catalog.roadmaps}
    names = {normalize(n) for t in catalog.topics for n in (t.name, *t.aliases)} - {""}
    out: dict[str, set[str]] = {}
    for topic in catalog.topics:
        for variant in topic.variants:
            if variant.stack not in slugs:
                continue
            spelt = f" {normalize(variant.name)} "
            for name in names:
                if f" {name} " in spelt:
                    out.setdefault(name, set()).add(variant.stack)
    return {name: frozenset(stacks) for name, stacks in out.items()}


def _assumed_by(catalog: Catalog, best: _Candidate, candidates: list[_Candidate], known: set[str]) -> list[_Candidate]:
    """The roadmaps the first pick, which teaches the asked topics, assumes (its `prerequisite_roadmaps`), when the
    learner has not started them: System Design, for "design twitter" or "cap theorem", is written for those who
    finished Backend Developer, so Backend Developer comes next, said so, rather than a broad role that also lists the
    topic. (A roadmap named outright keeps its neighbours: "react" for a job is React, then Frontend Developer.)"""
    out: list[_Candidate] = []
    for slug in best.roadmap.prerequisite_roadmaps:
        roadmap = catalog.roadmap(slug)
        if known & set(roadmap.topic_ids):
            continue  # started: `_with_known` already says the first pick builds on it
        found = next((c for c in candidates if c.roadmap.slug == slug), None)
        base = found or _Candidate(roadmap, 0.0, None, (), None, ())
        out.append(replace(base, assumed_by=best.roadmap.title))
    return out


def _practice(roadmap: Roadmap, topics: set[str]) -> int:
    """How many of the roadmap's projects practise any of `topics`."""
    return sum(1 for phase in roadmap.phases for project in phase.projects if topics & set(project.practises))


def _typed_pick(
    catalog: Catalog, reading: Interpretation, goal: str, chosen: list[_Candidate], count: int
) -> _Candidate | None:
    """The roadmap the goal as typed points to most, when the finder's reading rebuilt the query (a field word
    searched as its field, or words left out) and the picks miss it: one slot hedges against a wrong reading
    ("design twitter" is system design, not the design field). A goal that names only fields keeps to them."""
    rebuilt = bool(reading.fields) or bool(reading.not_understood)
    if all(m.field for m in reading.meanings) and not reading.not_understood:
        rebuilt = False  # "web", "get into cloud": the field is what was typed, searched with its own word too
    if count < 2 or not rebuilt:
        return None
    hits = list(_roadmap_hits(catalog, goal).values())
    if not hits or any(c.roadmap.slug == hits[0].slug for c in chosen):
        return None
    roadmap = catalog.roadmap(hits[0].slug)
    only_fields = all(m.field for m in reading.meanings)
    if only_fields and roadmap.category.value not in reading.fields:
        return None
    matched = tuple(m.text for m in hits[0].matched if m.field == "topic")
    return _Candidate(roadmap, hits[0].score, None, (), None, matched, typed=goal)


def _with_known(catalog: Catalog, candidate: _Candidate, known: set[str], *, broad: bool) -> _Candidate:
    """Lift a roadmap that builds on a roadmap the learner has started (knows some of its topics), and lower one
    that assumes a roadmap the learner has not started and did not name (Django before any Python), so a broad
    goal ("build websites") starts where a newcomer can. A roadmap named outright keeps its place, and so, when
    the goal asks about specific topics (not `broad`), does one that teaches them (System Design for "cap
    theorem"): that topic is where the learner chose to start."""
    prerequisites = candidate.roadmap.prerequisite_roadmaps
    started = [catalog.roadmap(s).title for s in prerequisites if known & set(catalog.roadmap(s).topic_ids)]
    if started:
        return replace(candidate, score=candidate.score * 1.2, builds_on=tuple(started))
    if prerequisites and candidate.named is None and (broad or not candidate.teaches):
        return replace(candidate, score=candidate.score * UNSTARTED_PREREQUISITE)
    return candidate


def _roadmap_hits(catalog: Catalog, text: str) -> dict[str, RoadmapHit]:
    result = search_words(catalog, text[:200], limit=30)
    return {hit.slug: hit for hit in result.results if isinstance(hit, RoadmapHit)}


def is_role(roadmap: Roadmap) -> bool:
    """Whether the roadmap leads to a role (a job title, coding or not) rather than teaching one skill: the
    content's `kind`, the one definition the home page, the API and the job-ready band share."""
    return roadmap.role


def sells_to_clients(roadmap: Roadmap) -> bool:
    """Whether clients commonly pay freelancers for what the roadmap teaches (websites, apps, design, dashboards)."""
    return roadmap.slug in _SELLING_SLUGS


#: For a hobby or freelance work, a roadmap longer than a year at the learner's pace counts less, smoothly: twice as
#: long weighs about 0.8 as much.
YEAR_WEEKS = 52
SOONER_WEIGHT = 0.3
#: For a goal that only names roadmaps, how much the search's score of the words of the names counts beside what a
#: roadmap shares with the one named (0-1): enough to order neighbours, too little for a word alone to make one.
NAME_WORDS_SHARE = 0.2
#: For a goal about topics, the share of the search's score that depends on how a roadmap teaches them (`_teaching`):
#: one that does not teach them keeps the rest.
TEACHING_SHARE = 0.5
#: How much each project practising an asked topic (up to three) adds to how a roadmap teaches it.
PRACTICE_WEIGHT = 0.2
#: A topic of an extra section, and a topic that only lists the asked name among its aliases, teach it less.
EXTRA_SECTION_WEIGHT = 0.6
#: ... and up to this much more for how many of its topics build on the asked ones (up to `BUILT_ON_CAP` of them):
#: "how the internet works" is taught by most roadmaps, and eight of Network Engineer's topics need it.
BUILT_ON_WEIGHT = 0.5
BUILT_ON_CAP = 6
ALIASED_TOPIC_WEIGHT = 0.8
#: For a hobby, the share of a skill roadmap's topics a career roadmap must teach for the skill to come first as the
#: same making at a hobby's size (`_hobby_sized_first`): SwiftUI's 88% in iOS Developer; C#'s 20% in Game Developer.
HOBBY_SIZED_SHARE = 0.5
#: The weight of a roadmap that assumes another roadmap the learner has not started and did not name.
UNSTARTED_PREREQUISITE = 0.6
#: How much what a system design prompt's design needs adds to the score of a roadmap that teaches the interview or
#: scale (their own search gives up to 1): enough to order them by it (Site Reliability Engineer, which teaches
#: content delivery, for "design netflix"), not enough to pass System Design, which teaches the interview. Only those:
#: a roadmap that teaches a content delivery network and no scale (HTML & CSS) is not where a design is learned.
PROMPT_NEEDS_WEIGHT = 0.4
#: The power of the purpose factor when the goal asks about specific topics: its role-or-skill preference (1.3 against
#: 0.85 for a job) shrinks to about 1.17 against 0.91, so a roadmap that teaches the topic as a core skill beats one
#: that only lists it in an extra section, whatever its kind, while a role still leads among equal teachers for a job.
TOPIC_PURPOSE_WEIGHT = 0.6


def _purpose_factor(roadmap: Roadmap, purpose: str, hours: float) -> float:
    role = is_role(roadmap)
    if purpose == "job":
        return 1.3 if role else 0.85
    weeks = roadmap.estimated_weeks.at_pace(hours).max
    sooner: float = (YEAR_WEEKS / max(weeks, YEAR_WEEKS)) ** SOONER_WEIGHT  # 1 within a year, then down as it grows
    if purpose == "freelance":  # what clients buy, and sooner: the first client comes before the whole roadmap
        return (1.35 if sells_to_clients(roadmap) else 0.8) * sooner
    return (1.3 if not role else 0.75) * sooner  # a hobby: one skill, and a shorter road to enjoying it


def _left_out(roadmap: Roadmap, purpose: str) -> list[Phase]:
    """Phases the purpose leaves out: career phases for a hobby, interview and hiring phases for freelance."""
    if purpose == "job":
        return []
    pattern = _CAREER if purpose == "hobby" else _INTERVIEWS
    return [
        p
        for p in roadmap.phases
        if (purpose == "hobby" and p.level == Level.SENIOR_PREP) or pattern.search(f"{p.title} {p.goal}".lower())
    ]


def _reason(
    catalog: Catalog,
    candidate: _Candidate,
    purpose: str,
    *,
    job_ready: bool = False,
    in_stack: str = "",
    theirs: bool = False,
) -> str:
    """Why the pick is here, then what it leads to; `in_stack` says the language it is in (“, in Python”); `theirs`:
    the job is the one the learner has (“at work”), so a skill is for it and a role a career change."""
    roadmap = candidate.roadmap
    if candidate.section is not None:  # before the name it was read by: "godot" names no roadmap built on Godot
        section = candidate.section
        names = _join([catalog.topic(t).name for t in section.topics])
        first = f"It teaches {names} only in one section, “{section.title}”, of its phase “{section.phase}”"
    elif candidate.named is not None:
        said = candidate.named.said
        if candidate.named.how == "spelling":
            first = f"You asked for {roadmap.title} (you wrote “{said}”)"
        elif candidate.named.how == "synonym":  # our reading, not the learner's words: say it is ours
            first = f"We read “{said}” as {roadmap.title}"
        elif said.lower() == roadmap.title.lower():
            first = f"You asked for {roadmap.title}"
        elif not _names_it(roadmap, said):  # "ios" of "ios apps without swift", read as Flutter (goals.py): ours
            first = f"We read “{said}” as {roadmap.title}"
        else:
            first = f"You asked for “{said}”: that is the {roadmap.title} roadmap"
    elif candidate.grounding:  # before its neighbourhood: what it teaches of the asked topic says why it is here
        first = f"It teaches {_join(list(candidate.grounding[:3]))}, which {candidate.grounded} builds on"
    elif candidate.nearest_to:
        why = NEAREST_BECAUSE.get(
            NOT_TAUGHT.get(not_taught_key(candidate.nearest_to), ()), ("", "this is one of the nearest")
        )
        first = f"We have no roadmap for {candidate.nearest_to.lower()}; {why[1]}"
    elif candidate.needs_little:
        first = candidate.needs_little
    elif candidate.next_in:
        takes = "take" if " and " in candidate.next_in else "takes"
        first = f"{candidate.next_in} {takes} it up right after what you know"
    elif candidate.on_known:
        first = f"It builds on what you know: {_join(list(candidate.on_known[:3]))}"
    elif candidate.near:
        first = f"It shares much with {candidate.near}, which you asked for"
    elif candidate.near_field:
        first = f"It shares much with {candidate.near_field}, the roadmap for the field you named"
    elif candidate.near_topic:
        first = f"It shares much with {candidate.near_topic}, which teaches what you asked about"
    elif candidate.made_for:
        first = f"It teaches what “{candidate.made_for}” is made with"
    elif candidate.foundations_for:
        first = f"Its foundations are what “{candidate.foundations_for}” asks for"
    elif candidate.near_goal:
        first = f"It is one of the roadmaps nearest what “{candidate.near_goal}” asks for"
    elif candidate.written_in:
        first = f"“{candidate.written_in}” is written in {roadmap.title}, so learn it first unless you know it already"
    elif candidate.assumed_by:
        first = f"{candidate.assumed_by} builds on it, so learn it first unless you know it already"
    elif candidate.typed:  # not what the reading found: say why it is here at all
        first = f"Your goal as you typed it, “{candidate.typed}”, points here most"
    elif candidate.teaches:
        first = f"It teaches {_join(list(candidate.teaches[:3]))}, which you asked about"
        if candidate.needed:
            first += f", and {_join(list(candidate.needed[:2]))}, which the design you asked about needs"
    elif candidate.needed:
        first = f"It teaches {_join(list(candidate.needed[:2]))}, which the design you asked about needs"
    elif candidate.field:
        first = f"A roadmap for {candidate.field.lower()}, the field you named"
    elif candidate.matched:
        first = f"It teaches {_join(list(candidate.matched[:2]))}, close to what you described"
    else:
        first = "It is close to what you described"
    first += in_stack
    if candidate.builds_on:
        first += f", and it builds on {_join(list(candidate.builds_on))}, which you have started"
    if candidate.longer_than:  # "automate boring stuff": the roadmap tailored to the goal comes first
        first += (
            f". It is a whole roadmap, so it is longer than {candidate.longer_than}, which takes only the topics your "
            "goal needs"
        )
    if candidate.before_career:  # "make ios apps" as a hobby: before the career roadmap the learner named
        first += (
            f". It fits a hobby better than {candidate.before_career}, which is built for a career, so it comes first"
        )
    role = is_role(roadmap)
    if purpose == "job" and theirs:  # "at work": the job they have
        second = (
            "It leads to another role: a career change, where your goal is the job you have"
            if role
            else "It is one skill, for the job you have"
        )
    elif purpose == "job":
        second = (
            "It leads to a role: by its job-ready milestone you can apply for a first one"
            if job_ready
            else "It leads to a role, and its last phases prepare your portfolio and interviews"
            if role
            else "It is one skill: pair it with a role roadmap when you look for a job"
        )
    elif purpose == "hobby":
        second = "You can enjoy it on its own" if not role else "It is built for a career, so it is the long way round"
    else:
        second = (
            "Clients pay for this kind of work"
            if sells_to_clients(roadmap)
            else "Fewer clients hire for this on its own"
        )
    return f"{first}. {second}."


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _recommendation(
    catalog: Catalog,
    candidate: _Candidate,
    hours: float,
    purpose: str,
    known: set[str],
    *,
    goal: str = "",
    plain: Collection[str] = (),
    promotion: str | None = None,
    stack: StackReading | None = None,
    undone_stack: StackReading | None = None,
    theirs: bool = False,
) -> Recommendation:
    """The pick, with its estimate at the learner's pace less what they know. For a job, a role roadmap is counted up
    to its job-ready milestone (`_job_ready_phases`, as the generator cuts it), the whole roadmap beside it; `goal`
    (what the goal asks, as typed) and `plain` say whether it aims past a first job ("senior"). `promotion`: the words
    of a promotion read in the job the goal names (`_promotion_read`): that job's roadmap is counted past its
    milestone (`_promoted`), and its level ("senior") aims no other pick past a first job. `stack`: the goal's
    (`stacks.goal_stack`), which a role whose language topic has it is in, said in its reason (`_in_stack_said`);
    `undone_stack`: the one the learner undid, whose roles' plans are in none (`NO_STACK`). `theirs`: for a job the
    learner has (“at work”), a skill roadmap is counted up to its Junior level, as `generate` cuts "python for my job"
    (`scope.junior_phases`), the whole roadmap beside it."""
    roadmap = candidate.roadmap
    in_stack = stack if stack is not None and takes(catalog, roadmap.slug, stack.stack) else None
    left_out = _left_out(roadmap, purpose)
    kept = [p for p in roadmap.phases if p not in left_out] or list(roadmap.phases)
    past = _past_first_job(catalog, roadmap, goal, plain) if purpose == "job" and not promotion else None
    # the job the learner names in a promotion ("get promoted to senior backend engineer"): past its milestone
    cut = _promoted(catalog, candidate, goal, plain) if promotion else None
    ready = None if past or cut else _job_ready_phases(catalog, roadmap, purpose)
    # "at work": a skill up to its Junior level, what using it in the job they have takes
    junior = junior_phases(roadmap) if theirs and purpose == "job" and not is_role(roadmap) and not cut else None
    ready = ready or junior
    counted = kept[:ready] if ready else [p for p in kept if p in roadmap.phases[cut.start :]] if cut else kept
    weeks, known_here = _estimate(catalog, roadmap, counted, hours, known)
    whole, _ = _estimate(catalog, roadmap, kept, hours, known) if ready or cut else (weeks, known_here)
    extras: list[str] = []
    if cut:  # "get promoted to senior backend engineer": the job they have is its first phases
        upto = "its Junior level" if cut.junior else "its job-ready milestone"
        extras.append(
            f"phases {cut.start + 1}–{len(roadmap.phases)} of {len(roadmap.phases)}, from "
            f"“{roadmap.phases[cut.start].title}”: phases 1–{cut.start}, up to {upto}, are the job you have"
        )
    if junior:  # "automate boring stuff at work": what using it in their job takes
        extras.append(f"phases 1–{junior} of {len(roadmap.phases)}, up to its Junior level")
    elif ready:  # "become a data analyst": to a first job, then the rest
        last = roadmap.phases[ready - 1]
        extras.append(f"phases 1–{ready} of {len(roadmap.phases)}, up to “{last.title}”")
    if known_here:
        count = len(known_here)
        extras.append(f"less the {count} topic{'s' if count > 1 else ''} you know")
    if left_out:
        extras.append(f"without {_join([f'“{p.title}”' for p in left_out])}")
    aim = (
        _THEIR_JOB_PHRASE
        if junior or (theirs and purpose == "job" and not ready)
        else "to be job-ready"
        if ready
        else "for the promotion"
        if cut
        else _PURPOSE_PHRASE[purpose]
    )
    pace = f"About {weeks_said(weeks)} at {hours:g} h/week {aim}"
    if extras:
        pace += " (" + "; ".join(extras) + ")"
    if ready or cut:
        pace += f"; {whole.min}–{whole.max} weeks for the whole roadmap"
    elif past:
        pace += f": the whole roadmap, its senior preparation included, as “{past}” aims past a first job"
    said_in = _in_stack_said(catalog, roadmap, in_stack)  # ", in Python"
    return Recommendation(
        slug=roadmap.slug,
        title=roadmap.title,
        reason=f"{_reason(catalog, candidate, purpose, job_ready=bool(ready), in_stack=said_in, theirs=theirs)} "
        f"{pace}.",
        kind=roadmap.kind,
        weeks_min=weeks.min,
        weeks_max=weeks.max,
        hours_per_week=hours,
        known_topics=known_here,
        left_out=[p.title for p in left_out],
        job_ready_phases=None if junior else ready,
        promoted_from=cut.start if cut else None,
        whole_weeks_min=whole.min,
        whole_weeks_max=whole.max,
        stack=in_stack.stack
        if in_stack
        else NO_STACK
        if undone_stack and takes(catalog, roadmap.slug, undone_stack.stack)
        else None,
    )


def _in_stack_said(catalog: Catalog, roadmap: Roadmap, stack: StackReading | None) -> str:
    """The language a pick is in, as its reason says it: the role the goal asked for “, in Python” (“, in Python, the
    language you know”), another role that takes it “, and is taught in Python too”."""
    if stack is None:
        return ""
    if roadmap.slug == stack.role:
        return f", {stack.understood(catalog).means[0].name}"
    return f", and is taught in {catalog.roadmap(stack.language).title} too"


def _promoted(catalog: Catalog, candidate: _Candidate, goal: str, plain: Collection[str]) -> Cut | None:
    """The promotion's cut of a pick the goal names as the job it is in ("backend engineer" of "get promoted to
    senior backend engineer"): its phases past the job-ready milestone. A pick the goal does not name is no job the
    learner has: counted as a first job in it, never as a promotion in it."""
    if candidate.named is None or all(r.key != candidate.roadmap.slug for r in candidate.named.roadmaps):
        return None
    return promotion_cut(catalog, goal, candidate.roadmap.slug, plain)


def _estimate(
    catalog: Catalog, roadmap: Roadmap, phases: list[Phase], hours: float, known: set[str]
) -> tuple[WeekRange, list[str]]:
    """The weeks of the roadmap's `phases` at the learner's pace, less the share of their hours the learner knows, and
    the topics of theirs the learner knows. Recaps (topics a prerequisite roadmap teaches) are not in the estimate, so
    knowing one takes nothing off it."""
    topics = list(dict.fromkeys(t for p in phases for t in catalog.counted_topics(roadmap, p)))
    known_here = [t for t in topics if t in known]
    hours_kept = sum(catalog.phase_hours(roadmap, p) for p in phases) or 1.0
    known_hours = sum(catalog.topic(t).effort_hours for t in known_here)
    kept_weeks = WeekRange(
        min=max(1, sum(p.estimated_weeks.min for p in phases)), max=max(1, sum(p.estimated_weeks.max for p in phases))
    )
    return _less_known(kept_weeks.at_pace(hours), known_hours / hours_kept), known_here


def _job_ready_phases(catalog: Catalog, roadmap: Roadmap, purpose: str) -> int | None:
    """How many of a role roadmap's phases a job counts: up to its job-ready milestone, found as the generator finds
    it (`scope.read_scope`, the finder's purpose "job" read as the learner's word for it: "a data analyst job"). None
    is the whole roadmap: another purpose, a skill roadmap, which has no milestone and keeps its whole estimate, or a
    milestone at its end. The finder used to count the whole role roadmap, senior preparation included, "towards a
    job": nearly double the time to a first job that `generate` gives for the same goal."""
    if purpose != "job" or not is_role(roadmap):
        return None
    cuts = read_scope(catalog, _JOB_SAID, [roadmap.slug], purpose=purpose)
    return next((c.phases for c in cuts if c.kind == "job" and not (c.role or c.junior)), None)


def _past_first_job(catalog: Catalog, roadmap: Roadmap, goal: str, plain: Collection[str]) -> str | None:
    """The words of the goal aiming past a first job ("become a senior data analyst": “senior”) that keep a role
    roadmap whole, as the generator reads them (`scope.aimed_past_first_job`, undone by `plain`); None otherwise."""
    past = aimed_past_first_job(catalog, goal, [roadmap.slug], plain) if goal else []
    return past[0].said if past else None


def _less_known(weeks: WeekRange, known_share: float) -> WeekRange:
    """An estimate shortened by the share of the roadmap's hours already learned (never below one week)."""
    left = max(0.0, 1 - known_share)
    return WeekRange(min=max(1, ceil(weeks.min * left - 1e-9)), max=max(1, ceil(weeks.max * left - 1e-9)))
