"""A plan's sentences said of its learner, for anyone else who opens the plan's link.

A plan speaks to its learner ("At 8 hours a week you finish on 19 March 2027, after your target", "you already know
it", "automatically rescheduled (you were behind)"). A saved plan's link is shared, and a stranger who opened it was
told those things of themselves, of a plan and a progress that are not theirs. The plan is built once and shared by
all its readers (plans.selectors.plan_build keeps it), so its words cannot be chosen while it is built: each surface
says them to its reader as it shapes them (`planning.shapes.plan_out(learner=)`, the page's target line, the
exports), and this module turns the learner's sentences into the third person for everyone else.

`THIRD_PERSON` is the closed set of those sentences' second-person phrases, each beside its third-person form; they
are written in this package (plan.py's target check, tailor.py's reasons and notes, replan.py, shapes.py), but the
reasons of what a known topic builds on (understanding/beneath.py) and the last phase's goal of a generated roadmap a
plan follows (understanding/generate.py); a sentence reworded there must be reworded here too:
tests/web/test_plan_shared_said_of_its_learner.py reads a stranger's page, API answer and exports for any "you" left,
and tests/unit/test_said_to_others.py checks each phrase.
What changed in the plan's content is worded per reader where it is made (`laid_out.ContentChange.said`).
"""

from __future__ import annotations

import re

#: Each second-person phrase of a plan's sentences (a regular expression) and what anyone else reads instead, in the
#: order they are tried (longer phrases before the words they hold).
THIRD_PERSON: tuple[tuple[str, str], ...] = (
    # The target check (plan._check_target, plan._reached_by).
    (r"\bYou finish on\b", "This plan finishes on"),
    (r"\byou finish on\b", "this plan finishes on"),
    (r"\bon your target date\b", "on its target date"),
    (r"\bbefore your target\b", "before its target"),
    (r"\bafter your target of\b", "after its target of"),
    (r"\bYour target date, ", "Its target date, "),
    (r"\bthe most your study days hold\b", "the most its study days hold"),
    (r" you need (\d+) hours a week, or drop some topics\.", r" it needs \1 hours a week, or fewer topics."),
    (r"\bMove the target date in the plan's inputs to one still ahead\.", "Its learner can move the target date."),
    (r"\bMove the target date or drop some topics\.", "Its learner can move the target date or drop some topics."),
    (r", you finish\b", ", its learner finishes"),
    (r", you make a start on\b", ", its learner makes a start on"),
    (r", you get through the start of\b", ", its learner gets through the start of"),
    # The weeks kept from before a reschedule (plan.Plan.kept_note), and the reschedules (shapes.reschedule_out).
    (r"\bneither for nor against you\b", "neither for nor against its learner"),
    (r"\(you were behind\)", "(its learner was behind)"),
    # The automatic mode that cannot move the plan (replan.auto_blocked).
    (
        r"\bMove the target date \(or leave it out\) in the plan's inputs, and each week you are behind what is left "
        r"moves again\.",
        "Until its learner moves the target date (or leaves it out), it moves nothing.",
    ),
    # The roadmaps a plan assumes (tailor.AssumedRoadmap.message).
    (r"\bassumes you have done\b", "assumes its learner has done"),
    # Why a topic left the plan, or is in it (tailor.py).
    (r"\byou already know it\b", "its learner already knows it"),
    (r"\byou know it \(you said\b", "its learner knows it (they said"),
    # What a known topic builds on (understanding/beneath.py, written for the plan by tailor.py).
    (r"\byou know (.+?) and what it builds on\b", r"its learner knows \1 and what it builds on"),
    (r"\byou knew (.+?) once, so you know the basics\b", r"its learner knew \1 once, so they know the basics"),
    (r"\bbelow your level\b", "below its learner's level"),
    (r"\byou finished the\b", "its learner finished the"),
    (r"\byou dropped it from the plan\b", "its learner dropped it from the plan"),
    (r"\ba prerequisite of a topic you added\b", "a prerequisite of a topic its learner added"),
    (r"\byou added it\b", "its learner added it"),
    (r"\bthe topics you added to this plan\b", "the topics its learner added to this plan"),
    (r"\bYour additions\b", "Its learner's additions"),
    # The goal of a generated roadmap's last phase, which a plan of it follows (understanding/generate.py).
    (r", and reach your goal:", ", and reach its learner's goal:"),
)

_RULES = tuple((re.compile(pattern), instead) for pattern, instead in THIRD_PERSON)


def of_its_learner(sentence: str) -> str:
    """The plan's `sentence` as anyone but its learner reads it: of the plan's learner, never of the reader."""
    for pattern, instead in _RULES:
        sentence = pattern.sub(instead, sentence)
    return sentence


def said_to(sentence: str, *, learner: bool) -> str:
    """The plan's `sentence` said to its reader: as written to the plan's `learner` (its owner, or the visitor who
    made it), else of its learner (`of_its_learner`)."""
    return sentence if learner else of_its_learner(sentence)
