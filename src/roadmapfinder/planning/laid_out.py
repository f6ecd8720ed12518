"""What a saved plan was laid out with, so a change of the catalog never rewrites the weeks already past.

A plan is rebuilt from its request on every read, against today's catalog, so content fixes reach it. Rebuilt whole,
though, a topic whose hours grew in week 2 moved every later week: a learner's history ("week 3: I did HTTP
basics") silently became another, their streak and slipped work with it. So a saved plan also keeps a `LaidOut`:

- `content`: its phases as the catalog had them when its weeks were last laid out (each topic's id, name and hours,
  each project's title, key and hours): enough to lay those weeks out again, and to say what changed;
- `kept`: the weeks before a day (`KeptWeeks.until`, the first day of a week) kept exactly as they were planned;
- `updates`: each change of the content seen, said by name (`ContentUpdate`).

When the plan's content today differs from `content`, the plan is split where the current week begins: the weeks
before it are laid out as they were (with the old content) and kept; from the current week on, the plan follows the
new content, less what the kept weeks already held (a topic begun in them continues for its hours left). What
changed is said once, with the day and the week it applies from. A request changed by its learner adopts the
content it is built with (`adopting`): that is no change of the catalog, and its weeks follow the usual rules for
a change of a plan under way (planning/replan.py).

Plain data and pure functions: the plans app stores `laid_out_json` beside the request and builds with
`laid_out_from_json`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any, Literal

from roadmapfinder.catalog import Catalog
from roadmapfinder.catalog.models import Level
from roadmapfinder.planning.schedule import Part, Session, Week, WeekItem, Work
from roadmapfinder.planning.tailor import PlannedPhase, PlannedProject, PlannedTopic
from roadmapfinder.understanding.dates import long_date

ChangeKind = Literal["added", "removed", "renamed", "hours", "replaced"]


@dataclass(frozen=True)
class ContentChange:
    """One difference between the content a plan was laid out with and today's, said by name."""

    kind: ChangeKind
    item: Literal["topic", "project"]
    ref: str  # the topic id or project key (a project without one: its title); never shown to learners
    name: str  # its name now; removed or replaced: as it was
    was: str = ""  # renamed: the name it had
    hours: float = 0.0  # added: its hours; hours: its hours now
    hours_before: float = 0.0  # hours: what it took
    by: tuple[str, ...] = ()  # replaced: the names of the topics that teach its ground now
    #: hours: the learner had finished it in the weeks kept as planned, so its new hours are not scheduled.
    finished: bool = False

    @property
    def message(self) -> str:
        """The sentence the plan's learner reads (`said`)."""
        return self.said(learner=True)

    def said(self, *, learner: bool) -> str:
        """The change by name, to its reader: the plan's `learner` (its owner, or the visitor who made it) is told
        what they had finished; anyone else opening the plan's link reads it of its learner, never of themselves."""
        what = f"“{self.name}”" if self.item == "topic" else f"The project “{self.name}”"
        if self.kind == "hours":
            said = f"{what} now takes {_hours(self.hours)} (it took {self.hours_before:g})."
            if self.finished and self.hours > self.hours_before:
                who = "You" if learner else "This plan's learner"
                return f"{said} {who} had already finished it, so no more of it is scheduled."
            return said
        if self.kind == "renamed":
            was = f"“{self.was}”" if self.item == "topic" else f"The project “{self.was}”"
            return f"{was} is now called “{self.name}”."
        if self.kind == "added":
            return f"{what} is new in this plan ({_hours(self.hours)})."
        if self.kind == "replaced":
            return f"{what} was replaced by {_names(self.by)}." if self.by else f"{what} was retired."
        return f"{what} is no longer in this plan."


def undo_said(change: ContentChange, *, undone: bool) -> str:
    """What undoing a change (or applying it again) did, by name: an added topic left out or back, a removed one
    kept or out again."""
    if change.kind == "added":
        return f"“{change.name}” is left out of this plan." if undone else f"“{change.name}” is back in this plan."
    return f"“{change.name}” stays in this plan." if undone else f"“{change.name}” is out of this plan again."


@dataclass(frozen=True)
class ContentUpdate:
    """The changes of the content seen on one day, and the first day the plan follows them from (the weeks before
    it stay as they were planned)."""

    on: date
    since: date
    changes: tuple[ContentChange, ...]
    #: Whether weeks before `since` were kept as planned (none are when the plan had not begun).
    kept: bool = True

    @property
    def message(self) -> str:
        """The sentence the plan's learner reads (`said`)."""
        return self.said(learner=True)

    def said(self, *, learner: bool) -> str:
        """The sentence before the changes: when, and which weeks kept what they were; "Your weeks" to the plan's
        `learner`, "Its weeks" to anyone else opening its link."""
        changed = f"The content of this plan changed on {long_date(self.on)}, after it was made."
        if not self.kept:
            return f"{changed} Its weeks had not begun, so all of them follow the new content:"
        return (
            f"{changed} {'Your' if learner else 'Its'} weeks before {long_date(self.since)} stay as they were "
            "planned; from that week on, the plan follows the new content:"
        )


@dataclass(frozen=True)
class KeptWeeks:
    """A plan's weeks before `until` (the first day of a week), exactly as they were planned; `finished`: the work
    they hold (by `Work.held`) that the learner had finished when they were kept, which the weeks after them never
    continue, whatever hours the content gives it since (a topic marked done that grew by ten hours was scheduled
    for those ten this week, shown ticked)."""

    until: date
    weeks: tuple[Week, ...]
    finished: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class LaidOut:
    """What a saved plan's weeks were laid out with (see the module's docstring). `content` None: adopt the content
    the plan is built with, saying nothing (a plan saved before this record existed, or a request the learner
    changed). Compared (and kept in the build cache's key) by `key`, a digest of all of it."""

    content: tuple[PlannedPhase, ...] | None = None
    kept: KeptWeeks | None = None
    updates: tuple[ContentUpdate, ...] = ()
    digest: str = ""  # of `content`'s record: what a plan's content today is compared with
    key: str = field(default="", compare=False)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LaidOut) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


def adopting(laid_out: LaidOut | None, *, weeks: bool = True) -> LaidOut | None:
    """The record a request the learner changed is built with: the content it builds adopted (no change of the
    catalog to say), the changes said before still said, and its kept weeks unless `weeks` is False (a reschedule
    starts the schedule again from its day)."""
    if laid_out is None:
        return None
    return with_key(LaidOut(None, laid_out.kept if weeks else None, laid_out.updates))


def keeping_weeks_before(
    laid_out: LaidOut,
    weeks: tuple[Week, ...],
    cut: date,
    *,
    keep_finished: bool = True,
    unfinished: frozenset[str] = frozenset(),
) -> LaidOut:
    """The record with every session of the plan (`weeks`) dated before `cut`, a day no later than today, kept as it
    is planned, its content adopted: for a change the learner makes from this week on (undoing a change of the
    content, `cut` this week's first day), as the content's change itself applied, and for a reschedule (manual,
    automatic, a change applied from today, a start typed anew, a new first day of the week), from the day it
    starts, so no session already lived is laid out again or lost: the plan shows it as it was planned and went
    (`Plan.history_until`). A week `cut` falls in keeps its days before it: a reschedule on a Wednesday dropped
    that week's Monday and Tuesday.

    `keep_finished` False: the work a content change found finished (`KeptWeeks.finished`, held whole) is not
    carried on, for a reschedule, whose request reads what is finished from the learner's progress now: carried on,
    a topic ticked when the content changed and marked in progress since was held whole at every reschedule after,
    never scheduled again. `unfinished`: work (by `Work.held`) the learner no longer has finished, which is not
    held whole either (`replan.scheduled_again`)."""
    passed = tuple(week for w in weeks if w.start < cut for week in [w if w.end < cut else before_day(w, cut)] if week)
    finished = laid_out.kept.finished - unfinished if laid_out.kept and keep_finished else frozenset()
    kept = KeptWeeks(cut, passed, finished) if passed else None
    return with_key(LaidOut(None, kept, laid_out.updates))


def before_day(week: Week, day: date) -> Week | None:
    """The week's sessions dated before `day` (those after it, from `day` on), its work merged from them as the
    scheduler merges it; None when it has none."""
    return _week_of(week.number, week.start, tuple(s for s in week.sessions if s.day < day))


def from_day(week: Week, day: date) -> Week | None:
    """The week's sessions dated `day` or later, its work merged from them; None when it has none."""
    if not week.sessions or week.sessions[0].day >= day:
        return week
    return _week_of(week.number, week.start, tuple(s for s in week.sessions if s.day >= day))


def regrouped(weeks: tuple[Week, ...], first_weekday: int) -> tuple[Week, ...]:
    """Kept weeks' sessions, each on its own day as it was planned, grouped in weeks starting on `first_weekday`
    (the plan's first day of the week, changed since they were kept) and numbered from 1: a new first day of the
    week dropped every week kept."""
    if not weeks or weeks[0].start.weekday() == first_weekday:
        return weeks
    groups: dict[date, list[Session]] = {}
    for session in (s for w in weeks for s in w.sessions):
        start = session.day - timedelta(days=(session.day.weekday() - first_weekday) % 7)
        groups.setdefault(start, []).append(session)
    found = (_week_of(n, start, tuple(group)) for n, (start, group) in enumerate(sorted(groups.items()), 1))
    return tuple(w for w in found if w is not None)


def joined(kept: tuple[Week, ...], rest: tuple[Week, ...]) -> tuple[Week, ...]:
    """Kept weeks followed by the schedule after them, a week both hold (a reschedule in its middle: its days
    before kept, the rest scheduled from then) made one, its sessions in date order."""
    if not kept or not rest or kept[-1].start != rest[0].start:
        return (*kept, *rest)
    week = _week_of(kept[-1].number, kept[-1].start, (*kept[-1].sessions, *rest[0].sessions))
    assert week is not None
    return (*kept[:-1], week, *rest[1:])


def _week_of(number: int, start: date, sessions: tuple[Session, ...]) -> Week | None:
    if not sessions:
        return None
    hours = round(sum(s.hours for s in sessions), 2)
    return Week(number, start, start + timedelta(days=6), hours, _merged(sessions), sessions)


def content_record(phases: Iterable[PlannedPhase]) -> list[dict[str, Any]]:
    """The plan's content as stored: what laying its weeks out again needs, and the names to say what changed."""
    return [
        {
            "n": p.number,
            "title": p.title,
            "level": p.level.value,
            "topics": [[t.id, t.name, t.hours, t.variant] for t in p.topics],
            "projects": [[j.title, j.key, j.hours] for j in p.projects],
        }
        for p in phases
    ]


def content_digest(record: list[dict[str, Any]]) -> str:
    return _digest(record)


def laid_out_json(laid_out: LaidOut, record: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The record as stored (a JSON object); `record`: the content's, when the caller already made it."""
    content = record if record is not None else content_record(laid_out.content or ())
    data: dict[str, Any] = {
        "v": 1,
        "digest": laid_out.digest or content_digest(content),
        "kept": _kept_json(laid_out.kept) if laid_out.kept else None,
        "updates": [_update_json(u) for u in laid_out.updates],
    }
    data["key"] = _digest(data)  # the digest stands for the content: not written out twice
    data["content"] = content
    return data


def laid_out_from_json(data: object) -> LaidOut | None:
    """The stored record, or None when there is none or it does not read (the plan is then laid out anew from
    today's content, as before there was a record). Its `key` is taken as stored: only `laid_out_json` writes
    records (a data file's is read, then written again by it, never stored as the file has it)."""
    if not isinstance(data, dict) or data.get("v") != 1:
        return None
    try:
        return LaidOut(
            content=tuple(_phase(p) for p in data["content"]),
            kept=_kept(data["kept"]) if data.get("kept") else None,
            updates=tuple(_update(u) for u in data.get("updates") or ()),
            digest=str(data["digest"]),
            key=str(data["key"]),
        )
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def with_key(laid_out: LaidOut, record: list[dict[str, Any]] | None = None) -> LaidOut:
    """The record with its digest and key worked out (as stored, so a stored one and a fresh one compare)."""
    data = laid_out_json(laid_out, record)
    return LaidOut(laid_out.content, laid_out.kept, laid_out.updates, str(data["digest"]), str(data["key"]))


def held_hours(
    kept: KeptWeeks,
    work: list[Work],
    replacements: Callable[[str], tuple[str, ...] | None],
    since: date | None = None,
) -> dict[str, float]:
    """The hours the kept weeks already hold of each piece of today's work (by `Work.held`): what the schedule after
    them leaves out. Hours held of a topic retired since (`replacements`) count for the topics that replaced it, in
    order, each up to its own hours: a rename keeps what was done of it, a split the first parts (a renamed project,
    retired into its new key, likewise). Work the learner
    had finished when the weeks were kept (`KeptWeeks.finished`) is held whole. `since`: the day the schedule starts
    on; sessions kept before it (lived before a reschedule, which scheduled again all that was left) hold nothing,
    those of the week it starts in too: a reschedule on a Wednesday kept that Monday's and Tuesday's sessions, and
    counting them as held left the work they had begun hours short, or unscheduled, from then on."""
    planned = {w.held: w.hours for w in work}
    held: dict[str, float] = {key: planned[key] for key in kept.finished if key in planned}
    sessions = (s for w in kept.weeks for s in w.sessions if since is None or s.day >= since)
    for item in (i for s in sessions for i in s.items):
        key = item.ref or item.key
        if key in kept.finished:
            continue
        instead = replacements(key) if key not in planned else None
        if not instead:
            held[key] = held.get(key, 0.0) + item.hours
            continue
        left = item.hours
        for replacement in instead:
            take = min(left, planned.get(replacement, 0.0) - held.get(replacement, 0.0))
            if take > 0:
                held[replacement] = held.get(replacement, 0.0) + take
                left -= take
    return held


def renumbered(kept: KeptWeeks, phase_of: Mapping[str, int]) -> tuple[Week, ...]:
    """The kept weeks with each item in the phase today's plan has it in (a phase added before it moves its number;
    the plan page's phase dates read them), an item the plan no longer has in the phase it was in."""

    def item(i: WeekItem) -> WeekItem:
        number = phase_of.get(i.ref or i.key, i.phase)
        return i if number == i.phase else WeekItem(i.kind, i.key, i.title, number, i.hours, i.part, i.ref)

    return tuple(
        Week(
            w.number,
            w.start,
            w.end,
            w.hours,
            tuple(item(i) for i in w.items),
            tuple(Session(s.day, s.start, s.hours, tuple(item(i) for i in s.items)) for s in w.sessions),
        )
        for w in kept.weeks
    )


def content_changes(
    catalog: Catalog, before: tuple[PlannedPhase, ...], after: tuple[PlannedPhase, ...]
) -> tuple[ContentChange, ...]:
    """What differs between two contents of one plan, by name, in the order of the plan's work: hours, names, work
    added, removed, or retired with what replaced it (never said again as added). A change of order alone says
    nothing: the weeks ahead simply follow it."""
    old, new = _items(before), _items(after)
    changes: list[ContentChange] = []
    replacing: set[str] = set()
    for ref, (kind, name, hours) in old.items():
        if ref in new:
            _, now, hours_now = new[ref]
            if now != name:
                changes.append(ContentChange("renamed", kind, ref, now, was=name))
            if abs(hours_now - hours) >= 0.005:
                changes.append(ContentChange("hours", kind, ref, now, hours=hours_now, hours_before=hours))
            continue
        instead = catalog.replacements(ref)
        if kind == "project" and instead is not None and len(instead) == 1 and instead[0] in new:
            replacing.add(instead[0])  # a project renamed (its key is made from its title): said as a rename
            _, now, hours_now = new[instead[0]]
            changes.append(ContentChange("renamed", kind, instead[0], now, was=name))
            if abs(hours_now - hours) >= 0.005:
                changes.append(ContentChange("hours", kind, instead[0], now, hours=hours_now, hours_before=hours))
        elif instead is not None:
            replacing.update(instead)
            names = tuple(new[r][1] if r in new else _work_name(catalog, r) for r in instead)
            changes.append(ContentChange("replaced", kind, ref, name, by=names))
        else:
            changes.append(ContentChange("removed", kind, ref, name))
    for ref, (kind, name, hours) in new.items():
        if ref not in old and ref not in replacing:
            changes.append(ContentChange("added", kind, ref, name, hours=hours))
    return tuple(changes)


def gone_from(kept: KeptWeeks | None, work: list[Work], catalog: Catalog) -> frozenset[str]:
    """What the kept weeks hold that the plan no longer asks for: neither in today's work nor retired into it (a
    retired topic's ground is taught by its replacements, a renamed project's key retired into its new one, so it is
    still asked for). Keyed as `Work.held`."""
    if kept is None:
        return frozenset()
    today = {w.held for w in work}
    held = {i.ref or i.key for w in kept.weeks for i in w.items}
    return frozenset(key for key in held if key not in today and not catalog.replacements(key))


def _items(phases: tuple[PlannedPhase, ...]) -> dict[str, tuple[Literal["topic", "project"], str, float]]:
    """Each topic and project of the content once (the first place it is planned), by ref, with name and hours."""
    items: dict[str, tuple[Literal["topic", "project"], str, float]] = {}
    for phase in phases:
        for t in phase.topics:
            items.setdefault(t.id, ("topic", t.variant or t.name, t.hours))
        for j in phase.projects:
            items.setdefault(j.key or j.title, ("project", j.title, j.hours))
    return items


def _work_name(catalog: Catalog, ref: str) -> str:
    """A topic's name or a project's title by its id or key, as stored when the catalog has neither."""
    if catalog.has_topic(ref):
        return catalog.topic(ref).name
    return catalog.project_title(ref) or ref


def _hours(hours: float) -> str:
    return f"{hours:g} hour{'s' if hours != 1 else ''}"


def _names(names: tuple[str, ...]) -> str:
    quoted = [f"“{n}”" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _phase(data: dict[str, Any]) -> PlannedPhase:
    return PlannedPhase(
        number=int(data["n"]),
        title=str(data["title"]),
        level=Level(data["level"]),
        goal="",
        source="",
        topics=tuple(
            PlannedTopic(str(i), str(n), float(h), str(v) if v is not None else None) for i, n, h, v in data["topics"]
        ),
        projects=tuple(PlannedProject(str(t), "", float(h), (), str(k)) for t, k, h in data["projects"]),
    )


def _kept_json(kept: KeptWeeks) -> dict[str, Any]:
    finished = {"finished": sorted(kept.finished)} if kept.finished else {}  # absent when none: records keep keys
    return {
        "until": kept.until.isoformat(),
        **finished,
        "weeks": [
            {
                "n": w.number,
                "start": w.start.isoformat(),
                "sessions": [
                    {
                        "day": s.day.isoformat(),
                        "at": s.start.isoformat(timespec="minutes"),
                        "hours": s.hours,
                        "items": [[i.kind, i.key, i.title, i.phase, i.hours, i.part, i.ref] for i in s.items],
                    }
                    for s in w.sessions
                ],
            }
            for w in kept.weeks
        ],
    }


def _kept(data: dict[str, Any]) -> KeptWeeks:
    weeks = []
    for w in data["weeks"]:
        sessions = tuple(
            Session(
                date.fromisoformat(s["day"]),
                time.fromisoformat(s["at"]),
                float(s["hours"]),
                tuple(_item(i) for i in s["items"]),
            )
            for s in w["sessions"]
        )
        start = date.fromisoformat(w["start"])
        hours = round(sum(s.hours for s in sessions), 2)
        weeks.append(Week(int(w["n"]), start, start + timedelta(days=6), hours, _merged(sessions), sessions))
    finished = frozenset(str(key) for key in data.get("finished") or ())
    return KeptWeeks(date.fromisoformat(data["until"]), tuple(weeks), finished)


def _item(data: list[Any]) -> WeekItem:
    kind, key, title, phase, hours, part, ref = data
    if kind not in ("topic", "project") or part not in ("whole", "start", "continue", "finish"):
        raise ValueError("not a schedule item")
    return WeekItem(kind, str(key), str(title), int(phase), float(hours), part, str(ref))


def _merged(sessions: tuple[Session, ...]) -> tuple[WeekItem, ...]:
    """A week's items from its sessions, each piece of work once, as the scheduler merges them: its hours all the
    week's, its part as the plan runs it now. A week that holds days lived before a reschedule and the days after
    it (`joined`) can hold two runs of one topic: Monday's and Tuesday's sessions continued Version control as it was
    planned then, and the reschedule begins it again on the Wednesday. The item is then the one topic with the
    week's 8 hours, begun this week ("start", by its latest start), under its latest name and phase; read from its
    first piece it said "continue", though the schedule begins it that week."""
    merged: dict[tuple[str, str, str], list[Any]] = {}  # -> [hundredths, starts, ends, latest piece]
    for item in (i for s in sessions for i in s.items):
        entry = merged.setdefault((item.kind, item.key, item.ref), [0, False, False, item])
        entry[0] += round(item.hours * 100)
        entry[1] = entry[1] or item.part in ("whole", "start")
        entry[2] = item.part in ("whole", "finish")
        entry[3] = item
    return tuple(
        WeekItem(i.kind, i.key, i.title, i.phase, hundredths / 100, _part(starts, ends), i.ref)
        for hundredths, starts, ends, i in merged.values()
    )


def _part(starts: bool, ends: bool) -> Part:
    return "whole" if starts and ends else "start" if starts else "finish" if ends else "continue"


def _update_json(update: ContentUpdate) -> dict[str, Any]:
    return {
        "on": update.on.isoformat(),
        "since": update.since.isoformat(),
        "kept": update.kept,
        "changes": [
            {
                "kind": c.kind,
                "item": c.item,
                "ref": c.ref,
                "name": c.name,
                "was": c.was,
                "hours": c.hours,
                "hours_before": c.hours_before,
                "by": list(c.by),
                **({"finished": True} if c.finished else {}),
            }
            for c in update.changes
        ],
    }


def _update(data: dict[str, Any]) -> ContentUpdate:
    changes = []
    for c in data["changes"]:
        if c["kind"] not in ("added", "removed", "renamed", "hours", "replaced") or c["item"] not in (
            "topic",
            "project",
        ):
            raise ValueError("not a content change")
        changes.append(
            ContentChange(
                c["kind"],
                c["item"],
                str(c["ref"]),
                str(c["name"]),
                str(c.get("was", "")),
                float(c.get("hours", 0)),
                float(c.get("hours_before", 0)),
                tuple(str(n) for n in c.get("by", ())),
                bool(c.get("finished", False)),
            )
        )
    on, since = date.fromisoformat(data["on"]), date.fromisoformat(data["since"])
    return ContentUpdate(on, since, tuple(changes), bool(data.get("kept", True)))
