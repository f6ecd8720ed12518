"""`{% dashboard %}`: /me's content, the one slot of its frame (tracking/dashboard.html), written in Python.

The content is all the reader's, so it is written on every first view (web/first_views.py) from the rows of
tracking/dashboard.py, whose values are ready text: numbers written, dates formatted, every text from the learner
or the content escaped once there. A Django template laid them out until it was about two fifths of /me's time
(each `{{ }}` resolved through the context, an `{% if %}` and a `{% for %}` node per card); the layout here writes
the same bytes with string formatting (tests/web/test_dashboard_rows.py renders that template, kept as
tests/assets/dashboard_reference.html, beside it). Only the parts other pages share come from their own tags:
the messages (`page_messages`) and each plan's week (`kept_week_panel`, built in Python too).

Every form carries the page's one CSRF field (`csrf_field`), written only when a form is: a page without one sets
no CSRF cookie, as with `{% csrf_token %}`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from django import template
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from roadmapfinder.addresses import Link, addresses
from roadmapfinder.planning.plan import Plan, short_date
from roadmapfinder.progress.this_week import WeekStandings
from roadmapfinder.tracking.dashboard import dashboard_data
from roadmapfinder.tracking.slots import csrf_field, filler, request_is_skeleton, slot
from roadmapfinder.tracking.templatetags.plan_tags import kept_week_panel
from roadmapfinder.tracking.templatetags.tracking_tags import page_messages

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard(context: dict[str, Any]) -> SafeString:
    """/me's content: all of it the reader's, so a slot of the page's frame."""
    request: HttpRequest = context["request"]
    if request_is_skeleton(request):
        return slot("dashboard")
    return dashboard_html(request)


@filler("dashboard")
def _dashboard(request: HttpRequest, args: list[str]) -> SafeString:
    return dashboard_html(request)


def dashboard_html(request: HttpRequest) -> SafeString:
    """/me's content for this reader, from their current progress, notes, plans and answers."""
    return mark_safe(_write(dashboard_data(request), request))


def _write(context: Mapping[str, Any], request: HttpRequest) -> str:
    """The content's HTML from `dashboard_context`'s rows (all values ready text), as the reference template
    writes it, whitespace and all."""
    link = addresses()
    signed_in = bool(context["signed_in"])
    out = ['<section class="dashboard">\n  <h1>My progress</h1>\n  ']
    if signed_in:
        out.append(f'<p class="muted">Signed in as <strong>{context["username"]}</strong></p>')
    out += ["\n  ", page_messages({"request": request}), "\n  "]
    if not signed_in:
        out.append(_START_TRACKING.format(signup=_href(link, "signup"), login=_href(link, "login")))
    out.append("\n\n  ")
    _this_week(out, context["this_week"], context["week_plans"], request)
    out.append("\n\n  ")
    _review(out, context["review"], link)
    out.append("\n\n  <h2>Roadmaps I follow</h2>\n  ")
    followed, gone = context["followed"], context["generated_gone"]
    if followed or gone:
        out.append('\n  <ul class="cards">\n    ')
        for s in followed:
            generated = s["kind"] == "generated"
            out.append(
                _FOLLOWED.format(
                    **s,
                    generated_class=" generated-standing" if generated else "",
                    goal_line=_GOAL.format(goal=s["goal"]) if generated else "",
                    in_progress_text=f", {s['in_progress']} in progress" if s["in_progress"] else "",
                    next_line=_next_line(s["next"]),
                    csrf=csrf_field(request),
                )
            )
        out.append("\n    ")
        for g in gone:
            out.append(_GONE.format(**g, csrf=csrf_field(request)))
        out.append("\n  </ul>\n  ")
    else:
        out.append(_FOLLOW_NONE.format(home=_href(link, "home")))
    out.append("\n  ")
    if sharing := context["sharing"]:
        out += ['\n  <h3>Your progress also counts on</h3>\n  <ul class="sharing">\n    ', *sharing, "\n  </ul>\n  "]
    out.append("\n\n  <h2>My plans</h2>\n  ")
    if plans := context["plans"]:
        out.append('\n  <ul class="cards">\n    ')
        for p in plans:
            out.append(_PLAN_HEAD.format(**p))
            if p["progress"]:
                schedule = (
                    _SCHEDULE.format(warn=" warn" if p["behind"] else "", schedule=p["schedule"])
                    if p["schedule"]
                    else ""
                )
                out.append(_PLAN_PROGRESS.format(**p, schedule_line=schedule, next_line=_next_line(p["next"])))
            else:
                out.append(_PLAN_GONE)
            out.append("\n    </li>\n    ")
        out.append("\n  </ul>\n  ")
    else:
        out.append(_PLANS_NONE.format(generate=_href(link, "generate")))
    out.append("\n\n  ")
    if signed_in:
        out.append("\n\n  ")
        if notes := context["notes"]:
            out += ["<h2>My notes</h2>\n  <ul>", *map(_note, notes), "</ul>"]
        out.append(f'\n\n  <p><a href="{_href(link, "account")}">{_ACCOUNT}</a></p>\n  ')
    out.append("\n</section>\n")
    return "".join(out)


def _this_week(out: list[str], week: WeekStandings, plans: Mapping[str, Plan], request: HttpRequest) -> None:
    """This week across the learner's plans: each plan's panel, as on the plan page and the home page (laid out
    once per plan and day: `kept_week_panel`)."""
    if not week.plans:
        return
    out.append(
        '<section class="this-week" aria-labelledby="this-week-heading"><h2 id="this-week-heading">This week'
        f' <span class="muted">· {short_date(week.week_start)} – {short_date(week.week_end)}</span></h2>\n'
        '    <div class="week-panels">'
    )
    out += [kept_week_panel(request, plans[w.plan_id], w) for w in week.plans]
    out.append("</div>\n  </section>")


def _review(out: list[str], review: Mapping[str, Any] | None, link: Link) -> None:
    """How many topics are due for review today, or when the next review falls due (a learner only)."""
    if review is None:
        return
    if due := review["due"]:
        more = " and more tomorrow" if review["more"] else ""
        out.append(
            '<section class="review-due card" aria-labelledby="review-heading"><h2 id="review-heading">'
            f"{due} topic{'' if due == 1 else 's'} to review today</h2>\n"
            f"    <p>{', '.join(review['names'])}{more}: two questions each, so you keep what you finished.</p>\n"
            f'    <p><a class="button" href="{_href(link, "review")}">Start today\'s review</a></p>\n'
            "  </section>"
        )
    elif review["next_due"]:
        out.append(
            f'<p class="muted review-next">Next review: <time datetime="{review["next_due_iso"]}" data-local="date">'
            f"{review['next_due_text']}</time>.</p>"
        )


def _next_line(topics: Iterable[Mapping[str, str]]) -> str:
    """ "Next: " and the topics to do next, linked; nothing when there is none."""
    links = ", ".join(f'<a href="{t["url"]}">{t["name"]}</a>' for t in topics)
    return f"<p>Next: {links}</p>" if links else ""


def _note(n: Mapping[str, Any]) -> str:
    """A note in "My notes": its topic linked to the note, or a retired topic with where it is now taught."""
    if n["topic_id"]:
        name = f'<a href="{n["url"]}#note-{n["topic_id"]}">{n["name"]}</a>'
    else:
        now_in = ", ".join(f'<a href="{t["url"]}">{t["name"]}</a>' for t in n["now_in"])
        name = f'{n["name"]} <span class="muted">(a retired topic, now taught in {now_in})</span>'
    return f'<li>{name} <span class="muted">· {n["text"]}</span></li>'


def _href(link: Link, name: str) -> str:
    """A page's address for an attribute, escaped as `{% href %}` writes it."""
    return escape(link(name))


_START_TRACKING = (
    '<p class="start-tracking">Your progress is kept in this browser only. <a href="{signup}?next=/me">Sign up</a>'
    ' or <a href="{login}?next=/me">log in</a> to keep it on every device; nothing you marked is lost.</p>'
)
_STOP_FOLLOWING = (
    '<form method="post" action="{follow_url}" class="inline-form">{csrf}<input type="hidden" name="follow"'
    ' value="false"><input type="hidden" name="next" value="/me"><button type="submit" class="link-button">'
)
_FOLLOWED = (
    '\n    <li class="card roadmap-standing{generated_class}" data-{kind}="{key}">\n'
    '      <h3><a href="{url}">{title}</a></h3>\n'
    '      {goal_line}<div class="progress"><progress max="100" value="{percent}" aria-label="{title} progress">'
    '{percent}%</progress> <strong class="percent">{percent}%</strong></div>\n'
    '      <p class="muted">{finished} of {total} finished{in_progress_text}</p>\n'
    "      {next_line}\n"
    f"      {_STOP_FOLLOWING}"
    'Stop following<span class="visually-hidden"> {title}</span></button></form>\n'
    "    </li>\n    "
)
_GOAL = '<p class="muted">Generated for “{goal}”</p>\n      '
_GONE = (
    '\n    <li class="card roadmap-standing generated-gone" data-generated="{id}">\n'
    '      <p class="warn">A generated roadmap you followed is no longer available.</p>\n'
    f"      {_STOP_FOLLOWING}Stop following it</button></form>\n"
    "    </li>\n    "
)
_FOLLOW_NONE = (
    '<p class="muted">You follow no roadmap yet. Open a <a href="{home}#catalog">roadmap</a> and mark the topics'
    " you have done: you then follow it here.</p>"
)
_PLAN_HEAD = (
    '\n    <li class="card plan-standing" data-plan="{id}">\n      <h3><a href="{url}">{title}</a></h3>\n      '
)
_PLAN_PROGRESS = (
    '<div class="progress"><progress max="100" value="{percent}" aria-label="{title} progress">{percent}%</progress>'
    ' <strong class="percent">{percent}%</strong></div>\n'
    '      <p class="muted">{finished} of {total} finished · updated <time datetime="{updated_iso}"'
    ' data-local="date">{updated}</time></p>\n'
    "      {schedule_line}\n"
    "      {next_line}\n      "
)
_SCHEDULE = '<p class="schedule-standing{warn}">{schedule}</p>'
_PLAN_GONE = '<p class="warn">The catalog changed since this plan was made: open it and regenerate it.</p>'
_PLANS_NONE = '<p class="muted">No plans yet. <a href="{generate}">Generate one</a> for your pace and dates.</p>'
_ACCOUNT = "My account: API tokens, export and import, password"
