"""Hypothesis strategies shared by the property tests of dated plans (tests/unit/test_auto_reschedule.py,
tests/unit/test_plan_standing.py): plan requests over the sample catalog, as a learner could fill the form."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

from roadmapfinder.catalog import Catalog, load_catalog
from roadmapfinder.planning import WeekStart
from tests.conftest import SAMPLE_CONTENT

CATALOG: Catalog = load_catalog(SAMPLE_CONTENT)
TOPICS = sorted(t.id for t in CATALOG.topics)


def plan_requests(*, max_hours_per_week: int) -> st.SearchStrategy[dict[str, Any]]:
    """A plan request's fields: one or two targets (roadmaps or topics), a pace, study days, a start and the
    first day of the week."""
    return st.fixed_dictionaries(
        {
            "targets": st.lists(
                st.sampled_from(["alpha-dev", "beta-ops", *TOPICS]), min_size=1, max_size=2, unique=True
            ),
            "hours_per_week": st.integers(min_value=1, max_value=max_hours_per_week),
            "study_days": st.lists(st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), unique=True),
            "start": st.dates(min_value=date(2026, 6, 1), max_value=date(2027, 6, 30)),
            "week_start": st.sampled_from(list(WeekStart)),
        }
    )
