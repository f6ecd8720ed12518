"""Personal pages from shared parts: a page rendered once for every reader, with holes the learner's data fills.

A roadmap page for a learner differs from everyone else's only in small places: each topic's status, the bars,
the project boxes, notes, the diagram's marks, the account links and the CSRF field. Rendering the whole page for
every request made it about 200 times slower than the cached page. So the page is rendered once per URL and build
with the template tags in *skeleton mode* (`request_is_skeleton`): each personal tag writes a slot marker instead
of its HTML. Per request, `assemble` replaces every marker from one read of the reader's progress, with the same
functions the tags use outside skeleton mode, so both ways give the same bytes (tests/web/test_personal_pages.py
checks it). The skeleton is rendered for an anonymous request with a throw-away session and CSRF secret, so it
cannot carry anyone's data.

A marker is `SEP kind ARG arg ARG arg ... SEP`: control characters that never occur in a page (the content
validator and the request boundary refuse control characters in text).

Most slots show one item's state: a topic's status, its done box, its note, a project's box. A page holds hundreds
(an 80-week plan's page: about 480 holes for 74 items, 1,300 while it listed its weeks), while a reader has marked
a handful. Such a kind is registered with the argument naming its item and its *blank*, the text it shows for an
item the reader has nothing on (no status, not finished, no note), which is the same for every reader. The
skeleton is laid out once with every blank in place (`Skeleton.layout`), and a request fills only the slots of the
items its reader has something on (`items_of_reader`) and the page's other slots (bars, this week, the CSRF field):
the work per page follows the reader's progress, not the page's size.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from roadmapfinder.planning import Plan
from roadmapfinder.progress.tracks import Track
from roadmapfinder.tracking.csrf import masked_token

SEP = "\x00"
ARG = "\x1f"
#: The attribute a skeleton render's request carries.
SKELETON_FLAG = "_rf_skeleton"

#: kind -> the function that fills a slot of that kind for a request, given the slot's arguments.
Filler = Callable[[HttpRequest, list[str]], str]
_FILLERS: dict[str, Filler] = {}
FillerT = TypeVar("FillerT", bound=Filler)
#: kind -> the function that fills every slot of that kind on a page at once, given each slot's arguments: for the
#: kinds a page holds one of per topic (status, chosen option, note), where a call per slot cost a fifth of a page.
ManyFiller = Callable[[HttpRequest, list[tuple[str, ...]]], list[str]]
_MANY_FILLERS: dict[str, ManyFiller] = {}
ManyFillerT = TypeVar("ManyFillerT", bound=ManyFiller)


@dataclass(frozen=True)
class _ItemKind:
    """A kind whose slots each show one item's state (module docstring): which argument names the item, and the
    text for an item the reader has nothing on."""

    argument: int
    blank: str


_ITEM_KINDS: dict[str, _ItemKind] = {}
#: What a reader has something on: the keys of the items (topic ids, project keys) whose slots are theirs to fill.
ReaderItems = Callable[[HttpRequest], Iterable[str]]
_reader_items: list[ReaderItems] = []

#: Django's hidden CSRF field as `{% csrf_token %}` writes it (a 64-character masked token).
_CSRF_FIELD = re.compile(r'<input type="hidden" name="csrfmiddlewaretoken" value="[A-Za-z0-9]{64}">')


def request_is_skeleton(request: HttpRequest | None) -> bool:
    """Whether this render is the shared skeleton of a personal page (the tags write slots, not content)."""
    return bool(getattr(request, SKELETON_FLAG, False))


def slot(kind: str, *args: object) -> SafeString:
    """The marker for one personal part, filled per request by the filler registered for `kind`."""
    return mark_safe(SEP + ARG.join([kind, *(str(a) for a in args)]) + SEP)


def filler(kind: str, *, item: int | None = None, blank: str = "") -> Callable[[FillerT], FillerT]:
    """Register the function that fills the slots of `kind` (a decorator).

    `item`: for a kind whose slot shows one item's state, the argument naming the item; the function must then
    answer `blank` for every item the reader has nothing on (`items_of_reader`), whatever else the request holds.
    """

    def register(function: FillerT) -> FillerT:
        _FILLERS[kind] = function
        _register_item_kind(kind, item, blank)
        return function

    return register


def many_filler(kind: str, *, item: int | None = None, blank: str = "") -> Callable[[ManyFillerT], ManyFillerT]:
    """Register the function that fills all the slots of `kind` on a page in one call (a decorator); it answers
    what `filler`'s function would for each slot, in the order given. `item` and `blank` as for `filler`."""

    def register(function: ManyFillerT) -> ManyFillerT:
        _MANY_FILLERS[kind] = function
        _register_item_kind(kind, item, blank)
        return function

    return register


def _register_item_kind(kind: str, item: int | None, blank: str) -> None:
    if item is not None:
        _ITEM_KINDS[kind] = _ItemKind(item, blank)


def items_of_reader(function: ReaderItems) -> ReaderItems:
    """Register the function telling which items a reader has something on (a decorator; one per process): the
    slots of every other item show their kind's blank."""
    _reader_items[:] = [function]
    return function


def skeleton_of(page: str) -> str:
    """A skeleton render's HTML, with any CSRF field written by `{% csrf_token %}` turned into a slot too.

    The render used a throw-away secret, so the field was never valid; the slot gives each reader their own.
    """
    return _CSRF_FIELD.sub(slot("csrf"), page)


@dataclass(frozen=True)
class Skeleton:
    """A skeleton split once into its fixed text and its slots, so a request only fills and joins.

    `texts` holds one more entry than `order`: the page is texts[0], slot order[0], texts[1], slot order[1], ...,
    texts[-1]. `distinct` lists each different slot once as (kind, args), and `order` says which of them stands in
    each hole: a page repeats many slots (the CSRF field of every form, a topic's status in two places), and each is
    filled once per request. The texts are kept encoded: a page's text is not ASCII (its "·" and "→"), and encoding
    the whole joined page again for every request cost a tenth of assembling it.
    """

    texts: tuple[bytes, ...]
    distinct: tuple[tuple[str, tuple[str, ...]], ...]
    order: tuple[int, ...]

    @functools.cached_property
    def by_kind(self) -> tuple[tuple[str, tuple[int, ...], list[tuple[str, ...]]], ...]:
        """The distinct slots grouped by kind: each kind, where its slots stand in `distinct`, and their arguments."""
        kinds: dict[str, tuple[list[int], list[tuple[str, ...]]]] = {}
        for place, (kind, args) in enumerate(self.distinct):
            places, arguments = kinds.setdefault(kind, ([], []))
            places.append(place)
            arguments.append(args)
        return tuple((kind, tuple(places), arguments) for kind, (places, arguments) in kinds.items())

    @functools.cached_property
    def layout(self) -> _Layout:
        """The page's pieces with every item slot's blank in place (module docstring). Made on first use: by then
        the template tags have registered their kinds."""
        base = [b""] * (2 * len(self.order) + 1)
        base[0::2] = self.texts
        positions: list[list[int]] = [[] for _ in self.distinct]
        blanks = {kind: item_kind.blank.encode() for kind, item_kind in _ITEM_KINDS.items()}
        for hole, place in enumerate(self.order):
            positions[place].append(2 * hole + 1)
            base[2 * hole + 1] = blanks.get(self.distinct[place][0], b"")
        items: dict[str, dict[str, list[int]]] = {}
        others: list[tuple[str, tuple[int, ...], list[tuple[str, ...]]]] = []
        for kind, places, arguments in self.by_kind:
            item_kind = _ITEM_KINDS.get(kind)
            if item_kind is None:
                others.append((kind, places, arguments))
                continue
            for place, args in zip(places, arguments, strict=True):
                items.setdefault(args[item_kind.argument], {}).setdefault(kind, []).append(place)
        return _Layout(
            base=base,
            positions=tuple(tuple(p) for p in positions),
            items={item: {kind: tuple(places) for kind, places in kinds.items()} for item, kinds in items.items()},
            others=tuple(others),
        )


@dataclass(frozen=True)
class _Layout:
    """A skeleton ready to fill. `base` is the page's pieces: its texts, and between them its holes, each holding
    its item slot's blank (empty for the other slots). `positions` says which holes each distinct slot stands in,
    `items` holds each item's slots by kind, and `others` the slots of the kinds that are not item kinds, as
    `Skeleton.by_kind` lists them."""

    base: list[bytes]
    positions: tuple[tuple[int, ...], ...]
    items: dict[str, dict[str, tuple[int, ...]]]
    others: tuple[tuple[str, tuple[int, ...], list[tuple[str, ...]]], ...]


@dataclass(frozen=True)
class PageParts:
    """What a plan page's slots are filled from besides the reader's progress: the plan, its track, and whether
    this reader may change it. The page sets it on the request before its slots are filled."""

    plan: Plan
    track: Track
    can_edit: bool


_PARTS = "_rf_page_parts"


def set_page_parts(request: HttpRequest, parts: PageParts) -> None:
    setattr(request, _PARTS, parts)


def page_parts(request: HttpRequest) -> PageParts:
    """The parts the page set; a slot that needs them on a page that set none is a programming error."""
    parts: PageParts = getattr(request, _PARTS)
    return parts


def compile_skeleton(skeleton: str) -> Skeleton:
    """Split a skeleton's HTML at its markers (done once per skeleton, not per request)."""
    parts = skeleton.split(SEP)
    index: dict[str, int] = {}
    distinct: list[tuple[str, tuple[str, ...]]] = []
    for marker in parts[1::2]:
        if marker not in index:
            kind, *args = marker.split(ARG)
            index[marker] = len(distinct)
            distinct.append((kind, tuple(args)))
    texts = tuple(text.encode() for text in parts[0::2])
    return Skeleton(texts=texts, distinct=tuple(distinct), order=tuple(index[m] for m in parts[1::2]))


def assemble(skeleton: Skeleton | str, request: HttpRequest, given: Mapping[str, Filler] | None = None) -> bytes:
    """The reader's page, encoded: the slots of the skeleton filled for this request.

    Each distinct slot is filled once, which a filler allows since it depends only on the request and its
    arguments (the kinds with a `many_filler` in one call for the page). Item slots are filled only for the items
    the reader has something on; the others keep the blank the layout holds (module docstring). The page is then
    joined in one pass, as bytes.

    `given`: fillers of some kinds for this call, in place of the registered ones: a caller that already holds what
    those slots show (/me's weeks, each worked out for the reader before its panel is written) gives it.
    """
    compiled = compile_skeleton(skeleton) if isinstance(skeleton, str) else skeleton
    layout = compiled.layout
    chosen: dict[str, list[int]] = {}
    for item in _items_of(request, layout):
        for kind, places in layout.items[item].items():
            chosen.setdefault(kind, []).extend(places)
    fills = [
        *layout.others,
        *((kind, places, [compiled.distinct[place][1] for place in places]) for kind, places in chosen.items()),
    ]
    page = layout.base.copy()
    positions = layout.positions
    for kind, kind_places, arguments in fills:
        for place, value in zip(kind_places, _fill(kind, request, arguments, given), strict=True):
            encoded = value.encode()
            for position in positions[place]:
                page[position] = encoded
    return b"".join(page)


def _fill(
    kind: str, request: HttpRequest, arguments: list[tuple[str, ...]], given: Mapping[str, Filler] | None
) -> list[str]:
    """The texts of slots of one kind for this request, in the order of their arguments."""
    fill = given.get(kind) if given else None
    if fill is None and (many := _MANY_FILLERS.get(kind)) is not None:
        return many(request, arguments)
    fill = fill or _FILLERS[kind]
    return [fill(request, list(args)) for args in arguments]


def _items_of(request: HttpRequest, layout: _Layout) -> Collection[str]:
    """The page's items the reader has something on (all of the page's items when no function tells)."""
    if not layout.items:
        return ()
    if not _reader_items:
        return layout.items.keys()
    return {item for item in _reader_items[0](request) if item in layout.items}


def csrf_field(request: HttpRequest) -> SafeString:
    """The hidden CSRF field, made once per request and shared by every form on the page."""
    field: SafeString | None = getattr(request, "_rf_csrf_input", None)
    if field is None:
        # A masked token is 64 letters and digits (csrf.masked_token, Django's get_token): nothing in it to escape.
        field = mark_safe(f'<input type="hidden" name="csrfmiddlewaretoken" value="{masked_token(request)}">')
        request._rf_csrf_input = field  # type: ignore[attr-defined]
    return field


@filler("csrf")
def _csrf(request: HttpRequest, args: list[str]) -> str:
    return csrf_field(request)


__all__ = [
    "Filler",
    "PageParts",
    "Skeleton",
    "assemble",
    "compile_skeleton",
    "csrf_field",
    "filler",
    "items_of_reader",
    "many_filler",
    "page_parts",
    "request_is_skeleton",
    "set_page_parts",
    "skeleton_of",
    "slot",
]
