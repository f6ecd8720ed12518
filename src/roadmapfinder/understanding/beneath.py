"""What knowing a topic says of the topics it builds on: the one rule for plans, generated roadmaps and the finder.

A mentor takes someone who knows Linux system administration to know the Linux command line it builds on, and someone
who knows React to know HTML, JavaScript's syntax and the DOM. So every topic in the prerequisite closure of a topic the
learner knows (`Catalog.with_prerequisites`) counts as known too, each with why, in words a learner can act on: "you
know Linux system administration and what it builds on". A plan leaves it out (planning/tailor.py), a generated
roadmap too (understanding/generate.py), and the finder counts it out of its estimates (search/finder.py). They used
to leave out the topic alone, and taught a linux admin the command line.

A hedge speaks of the topic it hedges and of nothing else, wherever it is read: "a bit of python" is Python basics
known (a foundation: its basics are what a bit of it is, understanding/known.py), "a bit of react" and "some
kubernetes tutorials" are React and Kubernetes started, and neither says anything of what they build on, so a bit of
machine learning leaves Statistics to learn. (It used to count a started topic's foundations known, so "a bit of
machine learning" said Statistics was known, more than the learner claimed of machine learning itself.) Only a topic
the learner knew once and let fade ("rusty on react", "my django is rusty": `hedges.knew_once`) says its foundations
are known, the topics beneath it that build on nothing (HTML and JavaScript's syntax under React), never what lies
between (the DOM): they were learnt with it, and are not what went rusty. Nothing is inferred from a topic the
learner says they struggle with ("struggling with react"), and what they say of a topic themselves wins over what is
inferred: a topic they only started or do not know ("i know kubernetes, a bit of docker", "react, never used
javascript") stays as they said it.

Only the topics the learner's words make known or started imply anything: a language read as the stack of a role
("python backend") is a choice, known by nobody, and what is beneath a known topic never chooses a stack either
(understanding/stacks.py reads the topics said to be known, never these).
"""

from __future__ import annotations

from collections.abc import Iterable

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.understanding.hedges import knew_once, struggles
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.vocabulary import vocabulary_for


def known_beneath(catalog: Catalog, known: Iterable[str], readings: Iterable[Understood] = ()) -> dict[str, str]:
    """Each topic beneath what the learner knows or started, by id, with why it counts as known (see the module
    docstring), in the order the learner said what builds on it: `known` is the topic ids known, in the order said;
    `readings` is how each phrase was read (`KnownReading.understood`, `GoalKnown.readings`), which says what was only
    started, and how, and what is not known. Never a topic of `known` itself; a topic beneath several is said of the
    first."""
    known = list(dict.fromkeys(known))
    readings = list(readings)
    entry = vocabulary_for(catalog).entry_topics
    said_of = set(known)  # what the learner said of a topic themselves: known, only started or not known
    for reading in readings:
        for ref in reading.means if reading.started or reading.denied else ():
            # a roadmap said not known ("never used javascript") is its first topics, as a roadmap said known is
            said_of.update((ref.key,) if catalog.has_topic(ref.key) else entry.get(ref.key, ()))
    beneath: dict[str, str] = {}
    for topic_id in known:
        if catalog.has_topic(topic_id):
            why = f"you know {catalog.topic(topic_id).name} and what it builds on"
            for below in catalog.with_prerequisites([topic_id]):
                if below not in said_of:
                    beneath.setdefault(below, why)
    for reading in readings:
        if not reading.started or reading.denied or struggles(reading.hedge) or not knew_once(reading.hedge):
            continue
        for ref in reading.means:
            if catalog.has_topic(ref.key) and ref.key not in known:
                why = f"you knew {catalog.topic(ref.key).name} once, so you know the basics it builds on"
                for below in catalog.with_prerequisites([ref.key]):
                    if below not in said_of and not catalog.topic(below).prerequisites:
                        beneath.setdefault(below, why)
    return beneath
