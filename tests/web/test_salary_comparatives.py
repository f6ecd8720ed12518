"""Pay said as a comparison is pay: "get a higher salary" is why the learner learns, as "earn more money" is.

"get a higher salary" and "earn a higher salary" were answered "the catalog has no roadmap or topic named
“higher”; mentioned in ... Functional programming" by the generator, and by the finder with JavaScript "close to
what you described" (higher-order functions), while "earn more money" and "a well paid job" were read as a
well-paid job, a choice of which job. Now a higher, better or bigger salary or pay is read the same way, while
"higher order functions" stays the functional programming topic.
"""

from __future__ import annotations

import pytest

from tests.helpers import finder_answer, generate_answer

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


@pytest.mark.parametrize(
    "goal",
    ["get a higher salary", "earn a higher salary", "i want higher pay", "a job with better pay", "bigger salary"],
)
def test_a_higher_salary_is_a_well_paid_job_to_choose(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 404, body
    assert body["detail"] == f"`{goal}` leaves a choice to make before a roadmap"
    assert "named “higher”" not in body["hint"]
    assert "Functional programming" not in body["hint"]
    found = finder_answer(goal)
    assert found["leaves_choice"], found["message"]
    assert found["recommendations"] == []
    assert found["not_understood"] == []


def test_higher_order_functions_stay_the_topic() -> None:
    status, body = generate_answer("higher order functions in javascript")
    assert status == 201, body
    taught = {skill["name"] for phase in body["phases"] for skill in phase["core_skills"]}
    assert "JavaScript functions, scope and closures" in taught, taught
