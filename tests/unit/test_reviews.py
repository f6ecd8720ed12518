"""The review schedule's promises, as properties over any history of answers, and its worked examples."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from roadmapfinder.catalog.models import Question, QuestionKind, WrongChoice
from roadmapfinder.progress.reviews import (
    INTERVALS,
    ReviewState,
    after_review,
    due_count,
    due_today,
    first_review,
    questions_to_ask,
)

START = date(2027, 1, 4)

# A history: for each review, how many days after the previous event it was answered (0 = same day, early
# answers included) and whether it was right.
answers = st.lists(st.tuples(st.integers(min_value=0, max_value=400), st.booleans()), max_size=30)


def replay(history: list[tuple[int, bool]]) -> list[tuple[ReviewState, date, bool, ReviewState]]:
    state, day, steps = first_review("http", START), START, []
    for gap, right in history:
        day += timedelta(days=gap)
        new = after_review(state, day, right=right)
        steps.append((state, day, right, new))
        state = new
    return steps


@given(answers)
def test_a_right_answer_never_brings_the_review_closer(history: list[tuple[int, bool]]) -> None:
    for before, _day, right, after in replay(history):
        if right:
            assert after.due >= before.due
            assert after.step >= before.step


@given(answers)
def test_a_wrong_answer_never_pushes_the_review_further_than_the_first_interval(
    history: list[tuple[int, bool]],
) -> None:
    for _before, day, right, after in replay(history):
        if not right:
            assert after.due <= day + timedelta(days=INTERVALS[0])
            assert after.step == 0


@given(answers)
def test_the_next_review_is_always_after_the_answer(history: list[tuple[int, bool]]) -> None:
    for _before, day, _right, after in replay(history):
        assert after.due > day


def test_a_learner_who_always_answers_right_on_time_meets_the_intervals() -> None:
    gaps: list[int] = []
    state, previous = first_review("http", START), START
    for _ in range(6):
        gaps.append((state.due - previous).days)
        previous = state.due
        state = after_review(state, state.due, right=True)
    assert gaps == [3, 10, 30, 90, 180, 180]


def test_todays_session_takes_the_longest_overdue_first_and_stops_at_the_limit() -> None:
    today = date(2027, 3, 1)
    states = [ReviewState(topic=f"t{i}", step=0, due=today - timedelta(days=i)) for i in range(8)]
    states.append(ReviewState(topic="later", step=1, due=today + timedelta(days=1)))
    session = due_today(states, today, limit=5)
    assert [s.topic for s in session] == ["t7", "t6", "t5", "t4", "t3"]
    assert due_count(states, today) == 8


def question(qid: str, kind: QuestionKind = QuestionKind.CHOICE) -> Question:
    if kind.is_open:
        return Question(id=qid, kind=kind, ask=f"Explain {qid}", model_answer="Because.")
    wrong = (WrongChoice(choice="no", why="wrong"), WrongChoice(choice="never", why="wrong"))
    return Question(id=qid, ask=f"Is {qid} right?", answer="yes", why="it is", wrong=wrong)


def test_a_review_asks_never_asked_choice_questions_first_then_the_least_recent() -> None:
    qs = [question("a"), question("b"), question("open", QuestionKind.EXPLAIN), question("c")]
    asked = {"a": datetime(2027, 2, 1, tzinfo=UTC), "b": datetime(2027, 1, 1, tzinfo=UTC)}
    assert [q.id for q in questions_to_ask(qs, asked)] == ["c", "b"]
    asked["c"] = datetime(2027, 2, 2, tzinfo=UTC)
    assert [q.id for q in questions_to_ask(qs, asked)] == ["b", "a"]
