"""The API's words for the hints the domain writes for the command line.

The core's errors say how to recover in the command line's words (`roadmapfinder list`), which the command line shows
as they are and the website turns into its own (web/selectors.WEB_HINTS). An API caller cannot run a command: it
needs the endpoint and the field to read, so every error the API answers passes its hint through `api_hint` once, in
the exception handlers (api/app.py), and the command line reads a server's refusal back in its own words
(`command_hint`, cli/server_client.refusal). Plain Python: the core's words and the API's sit side by side here."""

from __future__ import annotations

import re

#: How to recover from a plan's name that names nothing (planning/resolve.py), in the command line's words.
UNKNOWN_NAME = (
    "choose from `roadmapfinder list` and `roadmapfinder search`; `roadmapfinder generate GOAL` says what comes closest"
)
#: How to recover from a plan's name typed as a sentence ("react by march": planning/typed_sentences.py).
NAME_IN_A_SENTENCE = (
    "name each roadmap or topic alone; give the date with --target, the hours with --hours and what you know with "
    "--known, or let `roadmapfinder generate` read the whole sentence"
)

#: Hints the domain writes for the command line, and what they mean to an API caller.
API_HINTS = {
    "list them with `roadmapfinder list`": "list them with GET /api/v1/roadmaps",
    UNKNOWN_NAME: "choose from GET /api/v1/roadmaps (each roadmap's `title`) and GET /api/v1/search?q=WORDS (each "
    "topic's `name`); POST /api/v1/roadmaps/generate with your goal says what comes closest",
    "name each finished roadmap by its title, as `roadmapfinder list` shows it": (
        "name each finished roadmap by its `title` (or `slug`) as GET /api/v1/roadmaps lists it"
    ),
    "a project key is ROADMAP/PROJECT; `roadmapfinder show ROADMAP` lists them": (
        "a project key is ROADMAP/PROJECT; GET /api/v1/roadmaps/{slug} lists each phase's `projects` with their keys"
    ),
    NAME_IN_A_SENTENCE: (
        "name each roadmap or topic alone in `targets`; give the date as `target_date`, the hours as "
        "`hours_per_week` and what you know in `known`, or send the whole sentence to POST /api/v1/roadmaps/generate"
    ),
    "its link may be mistyped; generate one again from the home page or `roadmapfinder generate`": (
        "its id may be mistyped; generate one again with POST /api/v1/roadmaps/generate"
    ),
}

#: A command naming one roadmap or topic, inside a longer hint, and the endpoint that answers it.
_COMMANDS = (
    (re.compile(r"`roadmapfinder topic ([^`]+)`"), r"GET /api/v1/topics/\1"),
    (re.compile(r"`roadmapfinder show ([^`]+)`"), r"GET /api/v1/roadmaps/\1"),
)


def api_hint(hint: str) -> str:
    """`hint` in an API caller's words: endpoints and fields for the commands the domain names."""
    hint = API_HINTS.get(hint, hint)
    for command, endpoint in _COMMANDS:
        hint = command.sub(endpoint, hint)
    return hint


_COMMANDS_BACK = (
    (re.compile(r"GET /api/v1/topics/(\S+)"), r"`roadmapfinder topic \1`"),
    (re.compile(r"GET /api/v1/roadmaps/(?!\{)(\S+)"), r"`roadmapfinder show \1`"),
)
_HINTS_BACK = {api: command for command, api in API_HINTS.items()}


def command_hint(hint: str) -> str:
    """A server's hint (`api_hint`'s words) back in the command line's: a learner at the terminal runs commands."""
    hint = _HINTS_BACK.get(hint, hint)
    for endpoint, command in _COMMANDS_BACK:
        hint = endpoint.sub(command, hint)
    return hint
