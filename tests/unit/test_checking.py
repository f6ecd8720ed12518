"""The self-check core: question order, grading a topic check, and the placement check's adaptive rule
(Hypothesis properties over every sequence of answers), on the sample catalog."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roadmapfinder.catalog import Catalog, load_catalog
from roadmapfinder.catalog.questions import choices_of, shown_choices
from roadmapfinder.checking import (
    Answer,
    PlacementAnswer,
    Verdict,
    grade_check,
    is_pass,
    placement_step,
    placement_topics,
    topic_verdict,
)
from roadmapfinder.checking.placement import MAX_PER_TOPIC, placement_questions
from roadmapfinder.errors import InvalidInput, NotFound
from tests.conftest import SAMPLE_CONTENT

CATALOG: Catalog = load_catalog(SAMPLE_CONTENT)
RETRY_PUT_ANSWER = "The same as after one request, because PUT replaces the resource with the body it sends"


def test_choices_show_in_the_same_shuffled_order_everywhere() -> None:
    questions = [(t.id, q) for t in CATALOG.topics for q in t.questions if not q.kind.is_open]
    assert len(questions) >= 6
    for topic_id, question in questions:
        shown = shown_choices(topic_id, question)
        assert sorted(shown) == sorted(choices_of(question))
        assert shown == shown_choices(topic_id, question)
    # authors write the answer first; shown, it is not always first
    assert {shown_choices(t, q).index(q.answer) for t, q in questions} != {0}


def test_topic_json_lists_questions_without_saying_which_choice_is_right() -> None:
    from roadmapfinder.catalog.shapes import topic_detail

    detail = topic_detail(CATALOG, CATALOG.topic("http-basics"))
    asked = {q.id: q for q in detail.questions}
    assert list(asked) == ["retry-put", "status-family", "read-a-302"]
    assert asked["retry-put"].key == "http-basics/retry-put"
    assert RETRY_PUT_ANSWER in asked["retry-put"].choices
    assert len(asked["retry-put"].choices) == 3
    assert "why" not in asked["retry-put"].model_dump()
    assert asked["read-a-302"].choices == []
    assert asked["read-a-302"].model_answer.startswith("It sends a GET")


def test_a_full_right_check_passes_and_explains_every_wrong_choice() -> None:
    result = grade_check(
        CATALOG,
        "http-basics",
        [
            Answer(question="retry-put", choice=RETRY_PUT_ANSWER),
            Answer(question="status-family", choice="The server's, because it lost the order"),
            Answer(question="read-a-302", got_it=True),
        ],
    )
    assert (result.right, result.asked, result.passed) == (2, 3, False)
    status = next(r for r in result.results if r.id == "status-family")
    assert not status.right
    assert status.chosen_why.startswith("A lost record on purpose")
    assert status.answer.startswith("The client's request")
    assert {w.choice for w in status.wrong} == {
        "The server's, because it lost the order",
        "The network's, because the request never arrived",
    }


def test_unanswered_questions_count_as_not_right() -> None:
    result = grade_check(CATALOG, "http-basics", [Answer(question="retry-put", choice=RETRY_PUT_ANSWER)])
    assert (result.right, result.asked, result.passed) == (1, 3, False)
    assert [r.answered for r in result.results] == [True, False, False]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([Answer(question="retry-pot", choice="x")], "has no question `retry-pot`"),
        ([Answer(question="retry-put", choice="Two copies")], "is not a choice of question `retry-put`"),
        ([Answer(question="read-a-302", choice=RETRY_PUT_ANSWER)], "answered in your own words"),
        ([Answer(question="retry-put", got_it=True)], "is multiple choice"),
        (
            [Answer(question="retry-put", choice=RETRY_PUT_ANSWER), Answer(question="retry-put", choice="x")],
            "answered twice",
        ),
    ],
)
def test_bad_answers_are_refused_with_the_question_named(answers: list[Answer], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        grade_check(CATALOG, "http-basics", answers)


def test_a_topic_without_questions_or_an_unknown_one_is_refused() -> None:
    with pytest.raises(InvalidInput, match="no self-check questions"):
        grade_check(CATALOG, "markup", [])
    with pytest.raises(NotFound):
        grade_check(CATALOG, "htp-basics", [])


@pytest.mark.parametrize(("right", "asked", "passed"), [(3, 3, True), (2, 3, False), (4, 5, True), (5, 6, True)])
def test_pass_is_four_in_five(right: int, asked: int, passed: bool) -> None:
    assert is_pass(right, asked) is passed


# --- placement: the adaptive rule --------------------------------------------------------------------------------


def run(answers: list[bool], available: int) -> tuple[Verdict, int]:
    """Feed answers one by one until the rule decides; the verdict and how many it asked."""
    given_: list[bool] = []
    for answer in answers:
        verdict = topic_verdict(given_, available)
        if verdict is not None:
            return verdict, len(given_)
        given_.append(answer)
    verdict = topic_verdict(given_, available)
    assert verdict is not None, f"undecided after {given_} of {available}"
    return verdict, len(given_)


@given(st.lists(st.booleans(), min_size=MAX_PER_TOPIC, max_size=MAX_PER_TOPIC), st.integers(2, 6))
def test_every_topic_is_decided_within_three_questions(answers: list[bool], available: int) -> None:
    verdict, asked = run(answers, available)
    assert 2 <= asked <= min(MAX_PER_TOPIC, available)
    right = sum(answers[:asked])
    if verdict is Verdict.KNOWN:  # known means proven: two right, more right than wrong
        assert right >= 2
        assert right > asked - right
    else:
        assert right < 2 or right <= asked - right


@given(st.lists(st.booleans(), min_size=MAX_PER_TOPIC, max_size=MAX_PER_TOPIC), st.integers(2, 6), st.integers(0, 2))
def test_a_right_answer_in_place_of_a_wrong_one_never_makes_a_topic_less_known(
    answers: list[bool], available: int, flipped: int
) -> None:
    better = [True if i == flipped else a for i, a in enumerate(answers)]
    assert not (run(answers, available)[0] is Verdict.KNOWN and run(better, available)[0] is Verdict.NOT_KNOWN)


@pytest.mark.parametrize(
    ("answers", "available", "verdict", "asked"),
    [
        ([True, True, False], 3, Verdict.KNOWN, 2),  # 2 right: known, no third question
        ([False, False, True], 3, Verdict.NOT_KNOWN, 2),  # 2 wrong: not known
        ([True, False, True], 3, Verdict.KNOWN, 3),  # 1 wrong of the first 2: a third decides
        ([False, True, False], 3, Verdict.NOT_KNOWN, 3),
        ([True, False, True], 2, Verdict.NOT_KNOWN, 2),  # no third question: unclear is not proven
    ],
)
def test_the_rule_in_the_issue(answers: list[bool], available: int, verdict: Verdict, asked: int) -> None:
    assert run(answers, available) == (verdict, asked)


# --- placement over a plan's topics ----------------------------------------------------------------------------

EARLY = ["web-basics", "http-basics", "terminal", "version-control", "markup"]


def answer_all(topics: tuple[str, ...], pick: st.DataObject | None, right: bool = True) -> list[PlacementAnswer]:
    """Answer a placement check to the end: all right, all wrong, or as Hypothesis draws."""
    answers: list[PlacementAnswer] = []
    while (step := placement_step(CATALOG, topics, answers)).next is not None:
        asked = step.next.question
        topic = CATALOG.topic(step.next.topic)
        question = next(q for q in topic.questions if q.id == asked.id)
        good = pick.draw(st.booleans()) if pick else right
        choice = question.answer if good else question.wrong[0].choice
        answers.append(PlacementAnswer(key=asked.key, choice=choice))
    return answers


def test_topics_without_enough_choice_questions_are_not_offered() -> None:
    assert placement_topics(CATALOG, EARLY) == ("web-basics", "http-basics", "terminal", "version-control")
    assert placement_topics(CATALOG, EARLY, limit=2) == ("web-basics", "http-basics")
    assert all(len(placement_questions(CATALOG.topic(t))) >= 2 for t in placement_topics(CATALOG, EARLY))


def test_all_right_marks_every_topic_known_after_two_questions_each() -> None:
    topics = placement_topics(CATALOG, EARLY)
    answers = answer_all(topics, None, right=True)
    done = placement_step(CATALOG, topics, answers)
    assert done.done
    assert len(answers) == 2 * len(topics)
    assert done.proven[0].line == "How the web works: known (2 of 2 right)"


@given(st.data())
def test_placement_asks_each_topic_in_order_and_decides_them_all(data: st.DataObject) -> None:
    topics = placement_topics(CATALOG, EARLY)
    answers = answer_all(topics, data)
    done = placement_step(CATALOG, topics, answers)
    assert [d.topic for d in done.decisions] == list(topics)
    assert sum(d.asked for d in done.decisions) == len(answers) <= MAX_PER_TOPIC * len(topics)
    assert all((d.verdict is Verdict.KNOWN) == (d.right >= 2 and d.right > d.asked - d.right) for d in done.decisions)


def test_answers_out_of_turn_are_refused() -> None:
    topics = placement_topics(CATALOG, EARLY)
    with pytest.raises(InvalidInput, match="came where"):
        placement_step(CATALOG, topics, [PlacementAnswer(key="http-basics/retry-put", choice=RETRY_PUT_ANSWER)])
    with pytest.raises(InvalidInput, match="not a choice"):
        placement_step(CATALOG, topics, [PlacementAnswer(key="web-basics/typed-address", choice="maybe")])
    answers = answer_all(topics, None)
    with pytest.raises(InvalidInput, match="more answers"):
        placement_step(CATALOG, topics, [*answers, answers[0]])
