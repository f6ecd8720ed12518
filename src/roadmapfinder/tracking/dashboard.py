"""What /me shows, read for one learner and laid out as rows of ready text, which
tracking/templatetags/dashboard_tags.py writes as the page's content.

/me cannot be kept between views (it shows everything the learner has), so each view after a change computes it
whole. The rows here are dictionaries of ready text: numbers written, dates formatted as the template's `date`
filter would (in the current time zone), addresses made. The text is escaped here, once (a title shows up to three
times in a row), and written as it is: a Django template laid these rows out until its cost per value (a context
lookup, a filter, the locale's number formatting) made it two fifths of the page; its markup is now written in
Python, and the template kept in the tests (tests/assets/dashboard_reference.html) checks it writes the same bytes.

/me itself is a frame (tracking/dashboard.html: the site's header and footer) rendered once per address and build,
and its content, which is all the reader's, is the frame's one `dashboard` slot (`dashboard_tags.dashboard_html`),
filled per view as the roadmap and plan pages fill theirs (web/personal_pages.py, web/first_views.py).

Nothing is decided here: the counts, rankings, next topics, plan standings and review queue come from the
progress, plans and review modules, as the API's and the CLI's do; this only reads them and lays them out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from html import escape as html_escape

from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpRequest
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.safestring import SafeString
from django.utils.text import Truncator

from roadmapfinder.addresses import Link, addresses
from roadmapfinder.catalog import Catalog, default_catalog
from roadmapfinder.catalog.models import Roadmap
from roadmapfinder.checking.review import ReviewQueueOut
from roadmapfinder.clock import today
from roadmapfinder.generated.selectors import generated_found
from roadmapfinder.plans.models import SavedPlan
from roadmapfinder.plans.selectors import plans_created_in, plans_of, plans_overview
from roadmapfinder.progress import ProgressState, Tally, roadmaps_overall
from roadmapfinder.progress.shapes import PlanProgressOut
from roadmapfinder.progress.tracks import generated_standings
from roadmapfinder.tracking.markdown import note_preview
from roadmapfinder.tracking.reviews import review_queue_of
from roadmapfinder.tracking.slots import csrf_field
from roadmapfinder.tracking.trackers import reader_notes, reader_state
from roadmapfinder.understanding.shapes import GeneratedRoadmap

#: A row of the page: names the template reads -> ready text (or a list of rows, or a flag).
Row = dict[str, object]

_PLANS = "_rf_reader_plans"


def reader_plans(request: HttpRequest) -> list[SavedPlan]:
    """The plans /me lists: a learner's own, or those a visitor made in this session, newest first.

    Read once per request and kept on it: the view keeps them current first (an automatic reschedule may be due),
    then the page shows the same objects; a first view before Django reads them to check none is due.
    """
    plans: list[SavedPlan] | None = getattr(request, _PLANS, None)
    if plans is None:
        user = request.user
        plans = plans_of(user=user) if isinstance(user, User) else plans_created_in(session=request.session)
        setattr(request, _PLANS, plans)
    return plans


def dashboard_data(request: HttpRequest) -> dict[str, object]:
    """`dashboard_context` for this reader, from their current progress, notes, plans and answers."""
    user = request.user if isinstance(request.user, User) else None
    state, notes = reader_state(request), reader_notes(request)
    return dashboard_context(request, state=state, notes=notes, user=user, saved_plans=reader_plans(request))


def dashboard_context(
    request: HttpRequest,
    *,
    state: ProgressState,
    notes: Mapping[str, str],
    user: User | None,
    saved_plans: Sequence[SavedPlan],
) -> dict[str, object]:
    """Everything /me shows for this learner (`user`, or None for a visitor tracking in their session), from their
    current progress, notes (topic id -> Markdown), plans and review answers."""
    rows = _Rows(default_catalog())
    generated = generated_found(roadmap_ids=state.generated)
    found = [roadmap for roadmap in generated.values() if roadmap is not None]
    roadmaps = roadmaps_overall(rows.catalog, state)
    plans, this_week, built = plans_overview(saved_plans, state)
    return {
        "signed_in": user is not None,
        "username": escape(user.get_username()) if user is not None else "",
        "followed": [  # catalog roadmaps, then generated ones: one card each, a generated one saying its goal
            *(rows.roadmap(s.roadmap, s.overall, s.next_topic_ids) for s in roadmaps.followed),
            *(
                rows.generated(s.roadmap, s.progress.overall, s.next_topic_ids)
                for s in generated_standings(rows.catalog, found, state)
            ),
        ],
        "generated_gone": [
            {"id": escape(roadmap_id), "follow_url": escape(rows.link("follow-generated", roadmap_id))}
            for roadmap_id in sorted(roadmap_id for roadmap_id, roadmap in generated.items() if roadmap is None)
        ],
        "sharing": [_sharing_item(rows.roadmap(s.roadmap, s.overall, ()), request) for s in roadmaps.sharing],
        "plans": [_plan_row(rows, plan) for plan in plans],
        "notes": _note_rows(rows, notes) if user is not None else [],
        "this_week": this_week,
        "week_plans": built,  # plan id -> the plan its week is of
        "review": _review_row(review_queue_of(user=user, today=today())) if user is not None else None,
    }


class _Rows:
    """The rows of one view, with what they show of the catalog taken from `_shown`."""

    __slots__ = ("_prefix", "_shown", "catalog", "link")

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._prefix = get_script_prefix()
        self.link: Link = addresses()
        self._shown = catalog.derived(_shown)
        if len(self._shown) > _SHOWN_KEPT:  # many script prefixes: start again rather than grow
            self._shown.clear()

    def roadmap(self, roadmap: Roadmap, overall: Tally, next_topic_ids: Iterable[str]) -> Row:
        """A catalog roadmap's card: its overall count, what to do next and where its follow form posts."""
        key = ("roadmap", self._prefix, roadmap.slug)
        shown = self._shown.get(key)
        if shown is None:
            shown = self._shown[key] = self._names("roadmap", roadmap.slug, roadmap.title)
        return {**shown, **_counts(overall), "next": self.topic_links(next_topic_ids)}

    def generated(self, roadmap: GeneratedRoadmap, overall: Tally, next_topic_ids: Iterable[str]) -> Row:
        """A followed generated roadmap's card, as a catalog roadmap's, saying the goal it was made for."""
        names = self._names("generated", roadmap.id, roadmap.title)
        return {**names, **_counts(overall), "next": self.topic_links(next_topic_ids), "goal": escape(roadmap.goal)}

    def _names(self, kind: str, key: str, title: str) -> Row:
        return {
            "kind": kind,
            "key": escape(key),
            "title": escape(title),
            "url": escape(self.link(kind, key)),
            "follow_url": escape(self.link(f"follow-{kind}", key)),
        }

    def topic_links(self, topic_ids: Iterable[str]) -> list[Row]:
        """Catalog topics as {url, name}, escaped (the same row each time: rows are only read)."""
        return [self.topic(topic_id) for topic_id in topic_ids]

    def topic(self, topic_id: str) -> Row:
        key = ("topic", self._prefix, topic_id)
        shown = self._shown.get(key)
        if shown is None:
            name = self.catalog.topic(topic_id).name
            shown = self._shown[key] = {"url": escape(self.link("topic", topic_id)), "name": escape(name)}
        return shown


def _shown(catalog: Catalog) -> dict[tuple[str, str, str], Row]:
    """What /me writes of the catalog's roadmaps and topics (names escaped, addresses made), by kind, script prefix
    and key: kept per catalog (`Catalog.derived`), filled as they are first shown. It depends on nothing but the
    content and the prefix, and it was most of /me's escaping and addresses; the learner's counts never go here."""
    return {}


_SHOWN_KEPT = 50_000  # a catalog's topics and roadmaps under a few prefixes


def _counts(overall: Tally) -> Row:
    return {
        **_count(overall.percent, overall.finished, overall.total),
        "in_progress": _number(overall.in_progress) if overall.in_progress else "",
    }


def _sharing_item(row: Row, request: HttpRequest) -> SafeString:
    """An item of "Your progress also counts on", written here rather than by the writer of the page (as the roadmap
    page's inline notes are). Every value of the row is escaped already; the form carries the page's one CSRF
    field."""
    key, url, title, follow_url = row["key"], row["url"], row["title"], row["follow_url"]
    return SafeString(
        f'<li data-sharing="{key}"><a href="{url}">{title}</a> <span class="muted">· {row["percent"]}%,'
        f' {row["finished"]} of {row["total"]} finished</span>\n      <form method="post" action="{follow_url}"'
        f' class="inline-form">{csrf_field(request)}<input type="hidden" name="next" value="/me"><button'
        f' type="submit" class="link-button">Follow<span class="visually-hidden"> {title}</span></button></form></li>'
    )


def _count(percent: int, finished: int, total: int) -> Row:
    return {"percent": _number(percent), "finished": _number(finished), "total": _number(total)}


def escape(text: str) -> SafeString:
    """`django.utils.html.escape` without its check for lazy text (none here), a third of its cost: the same
    characters escaped the same way."""
    return SafeString(html_escape(text))


def _number(value: int) -> SafeString:
    """A whole number as the template would write it (no thousands separator is configured: its digits)."""
    return SafeString(value)


def _plan_row(rows: _Rows, plan: PlanProgressOut) -> Row:
    """A saved plan's card; `progress` is False when today's catalog no longer builds it (the card says so)."""
    row: Row = {"id": escape(plan.id), "url": escape(rows.link("plan", plan.id)), "title": escape(plan.title)}
    row["progress"] = False
    if plan.progress is not None:
        updated = _local(plan.updated)
        row.update(
            progress=True,
            **_count(plan.progress.percent, plan.progress.finished, plan.progress.total),
            updated_iso=escape(updated.isoformat()),
            updated=escape(_day_month_year(updated)),
            schedule=escape(plan.schedule or ""),
            behind=plan.behind,
            next=rows.topic_links(plan.next_topics),
        )
    return row


def _day_month_year(value: date | datetime) -> str:
    """What `{{ value|date:"j M Y" }}` writes ("5 Dec 2026", the month's abbreviation in the active language):
    Django's `j`, `M` and `Y`, written out rather than parsed from the format on every call; `value` is local
    (`_local`)."""
    return f"{value.day} {MONTHS_3[value.month].title()} {value.year:04d}"


def _local(value: date | datetime) -> date | datetime:
    """A datetime in the current time zone, as templates show it (`template_localtime`); a date as it is."""
    if isinstance(value, datetime) and settings.USE_TZ and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _note_rows(rows: _Rows, notes: Mapping[str, str]) -> list[Row]:
    """The learner's notes by topic name, as plain words shortened as the list shows them; a note on a retired topic
    is kept, with the topics that replaced it."""
    catalog = rows.catalog
    named: list[tuple[str, Row]] = []
    for topic_id, text in notes.items():
        short = escape(_shortened(note_preview(text)))
        if (gone := catalog.retired.get(topic_id)) is not None:
            now_in = rows.topic_links(gone.replaced_by)
            named.append((gone.name, {"name": escape(gone.name), "topic_id": None, "text": short, "now_in": now_in}))
        elif catalog.has_topic(topic_id):
            topic = rows.topic(topic_id)
            row: Row = {**topic, "topic_id": escape(topic_id), "text": short, "now_in": []}
            named.append((catalog.topic(topic_id).name, row))
    named.sort(key=lambda pair: pair[0].lower())
    return [row for _, row in named]


def _shortened(text: str) -> str:
    """`Truncator(text).chars(80)` without its walk over every character of a short note: Truncator normalises the
    text (NFC), then cuts it once more than 80 characters, not counting combining ones, have been seen, which 80
    characters or fewer never reach."""
    normal = unicodedata.normalize("NFC", text)
    return normal if len(normal) <= _NOTE_CHARS else Truncator(text).chars(_NOTE_CHARS)


_NOTE_CHARS = 80


def _review_row(review: ReviewQueueOut) -> Row:
    """Today's review (how many are due, the session's topics) or, with none due, when the next one falls due."""
    return {
        "due": review.due,
        "names": [escape(t.name) for t in review.session],
        "more": review.due > len(review.session),
        "next_due": review.next_due is not None,
        "next_due_iso": escape(review.next_due.isoformat()) if review.next_due is not None else "",
        "next_due_text": escape(_day_month_year(review.next_due)) if review.next_due is not None else "",
    }
