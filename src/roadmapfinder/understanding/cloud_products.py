"""A cloud's service named with an everyday word of making in it: "azure container apps", "azure app service",
"google app engine", "aws app runner".

"app" alone is a phone app (goal_words' mobile app, the interpreter's mobile field), and it was read so inside these
names: "azure container apps" was a mobile app (React Native, Firebase, the App Store) beside “azure container”,
"google app engine" a mobile app alone. One rule for all of them, whether the catalog names the service or not: an
"app" that a cloud's name opens the run of words of, with no little word between ("on", "for", "and": "build apps on
azure" is a phone app, "azure for mobile apps" too), is a word of that cloud's product's name. What the words name is
then read as the catalog names it ("azure container apps": Containers on Azure), or said not understood.
"""

from __future__ import annotations

from collections.abc import Sequence

from roadmapfinder.search.text import STOPWORDS
from roadmapfinder.understanding.lexicon import CLOUD_PLATFORMS

#: The words of making a phone app that a cloud's products also use in their names.
APP_WORDS = frozenset({"app", "apps"})

#: Who names such products: each cloud's names for people (`lexicon.CLOUD_PLATFORMS`), and "google", whose cloud's
#: products go by the company's name ("google app engine").
_VENDORS = tuple(sorted({*CLOUD_PLATFORMS, "google"}, key=lambda name: -len(name.split())))


def in_cloud_product(words: Sequence[str], index: int) -> bool:
    """Whether the word at `index` of the learner's words (normalized, one a piece) is "app" or "apps" in a cloud
    product's name: a cloud's name opens the run of words it ends, with none of the search's little words between."""
    if words[index] not in APP_WORDS:
        return False
    for start in range(index - 1, -1, -1):
        if any(_vendor_at(words, start, vendor) for vendor in _VENDORS):
            return True
        if words[start] in STOPWORDS or not words[start]:
            return False
    return False


def _vendor_at(words: Sequence[str], start: int, vendor: str) -> bool:
    """Whether the cloud's name `vendor` is written from `start`."""
    run = vendor.split()
    return list(words[start : start + len(run)]) == run
