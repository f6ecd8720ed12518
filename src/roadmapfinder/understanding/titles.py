"""A generated roadmap's title: the titles of the goal's phrases (`GoalReading.titles`) said as one, each role once.

Each phrase of a goal is titled on its own (`goals.subject_title`, `stacks.StackReading.title`,
`role_with.RoleWith.title`), and the titles were joined side by side. A goal that names a role twice, once alone and
once with more ("backend api developer": “backend” is Backend Developer, “api developer” Backend Developer with API
Design), was titled "Backend Developer and Backend Developer with API Design", a title a learner reads as a bug. Here
titles that begin with the same role are one title, with all that was said of it ("Backend Developer in Python with
API Design"), and a title already said inside another ("API Design" beside "Backend Developer with API Design") is
not said again. Roles side by side ("Backend Developer and DevOps Engineer") stay side by side.

A framework the goal does without (understanding/without.py) changes what the roadmap is, so the title says so: the
framework that took its place is what the role is learnt with ("frontend without react": "Frontend Developer with
Vue.js", as "game developer with godot" is "Game Developer with Godot Engine"), and with nothing in its place the
title says what is missing rather than claim a framework ("Frontend Developer without React").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from roadmapfinder.catalog.shapes import and_list

#: How the names of a title's "with" part are listed: "Python, SQL and Apache Spark" (a name with " and " in it,
#: "Apache Spark and PySpark", is split too; the pieces are only compared, never said again unless one is replaced).
_LISTED = re.compile(r", | and ")


@dataclass(frozen=True)
class Swap:
    """A framework left out of the roadmap (`left`, its name: "React") and the name of what took its place
    (`placed`: "Vue.js"), "" when nothing did."""

    left: str
    placed: str


@dataclass(frozen=True)
class _Title:
    """One title in parts: the role it begins with (`role`, "" when it names none: then `head` is all of it), the
    language it is learnt in (" in Python" said as "Python"), what it is learnt with, and what it is learnt without."""

    head: str
    role: bool = False
    language: str = ""
    tools: tuple[str, ...] = ()
    without: tuple[str, ...] = ()

    def said(self) -> str:
        title = self.head + (f" in {self.language}" if self.language else "")
        title += f" with {and_list(list(self.tools))}" if self.tools else ""
        return title + (f" without {and_list(list(self.without))}" if self.without else "")

    def names(self) -> set[str]:
        """What the title already says beside its role: its language, its tools and each name listed in them."""
        return {self.language, *self.tools, *(n for t in self.tools for n in _LISTED.split(t))} - {""}

    def joins(self, other: _Title) -> bool:
        """Whether the other title is this one's role said again, so the two read as one."""
        languages = {self.language, other.language} - {""}
        return self.role and other.role and self.head == other.head and len(languages) <= 1

    def joined(self, other: _Title) -> _Title:
        tools = (*self.tools, *(t for t in other.tools if t not in self.tools))
        return replace(self, language=self.language or other.language, tools=tools)


def goal_title(titles: Sequence[str], roles: Collection[str], swaps: Sequence[Swap] = ()) -> str:
    """The roadmap's title from its phrases' `titles`, in their order, each role (`roles`: the catalog's role titles)
    said once with all that was said of it, and each framework left out said (`swaps`); "" for no titles."""
    parts: list[_Title] = []
    for title in dict.fromkeys(titles):
        part = _parsed(title, roles)
        at = next((i for i, p in enumerate(parts) if p.joins(part)), None)
        if at is None:
            parts.append(part)
        else:
            parts[at] = parts[at].joined(part)
    said = {n for p in parts for n in p.names()}
    parts = [p for p in parts if p.role or p.head not in said]  # "API Design" beside "... with API Design"
    for swap in swaps:
        parts = _swapped(parts, swap)
    return and_list([p.said() for p in parts]) if parts else ""


def with_more(titles: Sequence[str], role: str, more: str) -> list[str]:
    """`titles` with the role's title (`role`) said with more (`more`, “Full-Stack Developer with Vue.js”): in its
    place, or beside the role's title as another reading already said it (“Full-Stack Developer with a Python
    backend”, its stack), which `goal_title` then says as one (“... with a Python backend and Vue.js”)."""
    if role in titles:
        return list(dict.fromkeys(more if t == role else t for t in titles))
    at = next((i + 1 for i, t in enumerate(titles) if t.startswith(f"{role} ")), len(titles))
    return list(dict.fromkeys([*titles[:at], more, *titles[at:]]))


def _parsed(title: str, roles: Collection[str]) -> _Title:
    """The title in parts, when it begins with a role followed by nothing, " in" its language and/or " with" its
    tools; else the title whole."""
    role = max((r for r in roles if title == r or title.startswith(f"{r} ")), key=len, default="")
    if not role:
        return _Title(head=title)
    rest = title[len(role) :]
    rest, _, tools = rest.partition(" with ")
    if rest and not rest.startswith(" in "):
        return _Title(head=title)
    return _Title(head=role, role=True, language=rest.removeprefix(" in "), tools=(tools,) if tools else ())


def _swapped(parts: list[_Title], swap: Swap) -> list[_Title]:
    """The titles with a framework left out: where a role is said with it, with what took its place instead (or
    without it); else the first role is learnt with what took its place (or said without the framework)."""
    at = next((i for i, p in enumerate(parts) if swap.left in p.names()), None)
    if at is None:
        at = next((i for i, p in enumerate(parts) if p.role), 0)
    part = parts[at]
    tools = tuple(_listed_without(t, swap.left) for t in part.tools)
    tools = tuple(dict.fromkeys(t for t in (*tools, swap.placed) if t))
    without = part.without if swap.placed else (*part.without, swap.left)
    return [*parts[:at], replace(part, tools=tools, without=without), *parts[at + 1 :]]


def _listed_without(tools: str, name: str) -> str:
    """A title's "with" part less the framework's name ("React" of "React and TypeScript"); unchanged without it."""
    names = _LISTED.split(tools)
    rest = [n for n in names if n != name]
    return tools if rest == names else and_list(rest) if rest else ""
