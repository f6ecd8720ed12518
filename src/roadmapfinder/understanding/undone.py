"""What an undo takes back: one rule for every reader of a goal.

A learner undoes a reading by sending its phrase in `plain` ("get promoted to senior", "amazon elastic kubernetes
service"): read as typed. One undo takes back the whole reading, so no other curated reading may read a phrase that
holds an undone one ("become senior" holding an undone "senior"), nor one inside it ("senior" of an undone "get
promoted to senior", read again as aiming past a first job; "elastic kubernetes service" of an undone "amazon elastic
kubernetes service"), which would leave the learner undoing word by word. The interpreter's own reading of the words,
as typed, is not curated and stays. Phrases are compared as `search.text.normalize` writes them, word by word.
"""

from __future__ import annotations


def holds_undone(said: str, undone: set[str]) -> bool:
    """Whether a phrase is, or holds, words the learner undid: read as typed, they are read by no other phrase either
    ("senior" undone in "become a senior backend engineer" was read again as "become senior", a promotion)."""
    return any(f" {phrase} " in f" {said} " for phrase in undone)


def in_undone(said: str, undone: set[str]) -> bool:
    """Whether a phrase holds words the learner undid, or is part of a phrase they undid: one undo takes back the
    whole reading, never leaving a shorter one inside it ("elastic kubernetes service" of an undone "amazon elastic
    kubernetes service", "senior" of an undone "get promoted to senior")."""
    return holds_undone(said, undone) or any(f" {said} " in f" {phrase} " for phrase in undone)
