"""What to say of a plan's start date as the plan is made: long past, or far ahead, is most often a typo.

A learner who types `2024-01-06` for `2026-01-06`, or `2036` for `2026`, gets a plan that is valid and wrong: its
schedule ran out two years ago, or begins in ten. Saved as it is, its page says "about 150 weeks behind" only once
they open it, and the API's answer and the CLI said nothing. So the surfaces that make a plan or type its start anew
(the API's create, and its update when the start changes; the form's preview; the plan page's edit form when the
start changes; `roadmapfinder plan`) add these notes; a saved plan read later, or edited with its start kept, does
not, since by then a start in the past is simply when they began (its page says how far behind it is).
"""

from __future__ import annotations

from datetime import date, timedelta

from roadmapfinder.planning.plan import Plan, long_date

#: How far back a start may be without a word: a plan begun "last monday" is a plan; one of months ago is not.
PAST_GRACE = timedelta(days=7)
#: How far back a start reads as a typo rather than a plan the learner began on paper before saving it.
TYPO_PAST = timedelta(weeks=8)
#: How far ahead a start may be without a word: next term, or after a notice period, is a plan; ten years is a typo.
FAR_AHEAD = timedelta(days=366)


def start_notes(plan: Plan, *, today: date) -> list[str]:
    """The sentences to show with a plan just made or changed whose start is more than a week past or more than a
    year ahead (each saying how to start today instead); none otherwise."""
    start = plan.start
    if start < today - PAST_GRACE:
        weeks = (today - start).days // 7
        if plan.finish_date < today:
            when = f"its last session was on {long_date(plan.finish_date)}, so all of it is already past"
        else:
            past = plan.weeks_ended_before(today)
            when = f"{past} of its {plan.total_weeks} weeks {'is' if past == 1 else 'are'} already past"
        began = "Was it a typo? To" if start < today - TYPO_PAST else "If you began then, mark what you finished; to"
        return [
            f"This plan starts on {long_date(start)}, {weeks} week{'s' if weeks != 1 else ''} before today: {when}. "
            f"{began} start from today, set the start date to {long_date(today)} or leave it out."
        ]
    if start > today + FAR_AHEAD:
        return [
            f"This plan starts on {long_date(start)}, more than a year from today. Was it a typo? To start from "
            f"today, set the start date to {long_date(today)} or leave it out."
        ]
    return []
