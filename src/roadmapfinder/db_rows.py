"""Rows read for the pages every tracking reader loads, without the ORM building a query each time.

A personal page makes a handful of reads by key (the session, the learner, their notes, plans and answers).
Building each through the ORM cost about ten times its run on the database (0.3 ms against 0.03 ms here): on /me
they were a third of the page. These run plain SQL whose column lists are built once per model, over the model's
own table and columns, and give what the ORM would: each value through the database's converters (SQLite's
booleans, time-zone-aware datetimes, JSON), and whole rows as instances (`Model.from_db`, every concrete field).

Rows read ahead: before Django runs, the personal answers' key (web/personal_answers.py) reads the session, the
learner and a plan by key; when it then lets Django answer, it offers those rows (`reads_ahead`), and the session
engine, the authentication backend and a plan page's first read take theirs (`read_ahead`) instead of reading
the same row again a few microseconds later. Each row is taken once: a later read, after a write perhaps, reads
the database.

Statements on the driver's cursor (`fetch_all`): Django's cursor wraps each statement in Python (a wrapper object,
its execute wrappers, SQLite's parameter-style conversion) that cost about as much as SQLite running one of these
reads by key (90 us against 45 us here, two to four of them per first view of a personal page: issue 17). The reads here
run on the driver's own cursor, with Django's checks and error translation kept; whenever anything watches Django's
cursor (DEBUG's query log, `assertNumQueries`, an execute wrapper) they go through it, so every statement is seen.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import Field, Model

ModelT = TypeVar("ModelT", bound=Model)


@functools.cache
def table(model: type[Model]) -> str:
    """The model's table, quoted for this database (kept: the reads by key ask for it on every request)."""
    return connection.ops.quote_name(model._meta.db_table)


@functools.cache
def column_name(model: type[Model], name: str) -> str:
    """A field's column name (unquoted), for statements written in SQL."""
    field = model._meta.get_field(name)
    assert isinstance(field, Field)  # a concrete column, not a reverse relation
    assert field.column is not None
    return field.column


@functools.cache
def column(model: type[Model], name: str) -> str:
    """A field's column, quoted for this database (kept, as `table`)."""
    return connection.ops.quote_name(column_name(model, name))


def is_in(model: type[Model], name: str, count: int) -> str:
    """SQL for "the field is one of `count` parameters" (count > 0: an empty list matches nothing, decide before)."""
    return f"{column(model, name)} IN ({', '.join(['%s'] * count)})"


@dataclass(frozen=True)
class _Columns:
    """How some fields of a model are read: the select list, and each column's converters by position."""

    select: str
    converters: tuple[tuple[int, tuple[Callable[..., Any], ...], Any], ...]

    def convert(self, row: Sequence[Any]) -> list[Any]:
        values = list(row)
        for index, converters, expression in self.converters:
            for converter in converters:
                values[index] = converter(values[index], expression, connection)
        return values


@functools.cache
def _columns(model: type[Model], names: tuple[str, ...]) -> _Columns:
    """Built once per model and fields, for the one database a process serves (as the ORM's own converters are)."""
    converters = []
    for index, name in enumerate(names):
        expression = model._meta.get_field(name).get_col(model._meta.db_table)  # type: ignore[union-attr]
        found = [*connection.ops.get_db_converters(expression), *expression.get_db_converters(connection)]
        if found:
            converters.append((index, tuple(found), expression))
    return _Columns(select=", ".join(column(model, name) for name in names), converters=tuple(converters))


def fetch_all(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The rows of one statement (SQL with %s parameters), read on the driver's cursor (module docstring)."""
    db = connections[DEFAULT_DB_ALIAS]
    if db.queries_logged or db.execute_wrappers:
        with db.cursor() as watched:
            watched.execute(sql, params)
            return list(watched.fetchall())
    # What Django's `cursor()` and its wrapper's `execute` check first, then its translation of the driver's errors.
    db.close_if_health_check_failed()
    db.ensure_connection()
    db.validate_thread_sharing()
    db.validate_no_broken_transaction()
    with db.wrap_database_errors:
        cursor = db.connection.cursor() if db.vendor == "sqlite" else db.create_cursor()
        try:
            cursor.execute(_driver_style(sql, db.vendor), params)
            return list(cursor.fetchall())
        finally:
            cursor.close()


#: A %s placeholder not escaped as %%s: what Django's SQLite backend turns into SQLite's "?".
_FORMAT_PLACEHOLDER = re.compile(r"(?<!%)%s")


@functools.lru_cache(maxsize=256)
def _driver_style(sql: str, vendor: str) -> str:
    """The statement in the driver's parameter style: SQLite's "?" where Django's SQLite cursor would convert it on
    every call; PostgreSQL's drivers take %s as written. The statements are a few constants: kept once converted."""
    if vendor != "sqlite":
        return sql
    return _FORMAT_PLACEHOLDER.sub("?", sql).replace("%%", "%")


def _fetch(model: type[Model], names: tuple[str, ...], where: str, params: Sequence[Any], order_by: str) -> list[Any]:
    columns = _columns(model, names)
    order = f" ORDER BY {order_by}" if order_by else ""
    fetched = fetch_all(f"SELECT {columns.select} FROM {table(model)} WHERE {where}{order}", list(params))
    return [columns.convert(row) for row in fetched]


def values(
    model: type[Model], names: Sequence[str], where: str, params: Sequence[Any], *, order_by: str = ""
) -> list[list[Any]]:
    """Some fields (by name) of the rows matching `where` (SQL with %s parameters), as the ORM's `values_list`
    would give them, in `order_by`'s order (SQL, optional)."""
    return _fetch(model, tuple(names), where, params, order_by)


def rows(model: type[ModelT], where: str, params: Sequence[Any], *, order_by: str = "") -> list[ModelT]:
    """The instances of `model` whose rows match `where`, as the ORM gives them (every field read and converted)."""
    fetched = _fetch(model, _field_names(model), where, params, order_by)
    attnames = _attnames(model)
    return [model.from_db(connection.alias, attnames, row) for row in fetched]


def converted(model: type[Model], names: Sequence[str], row: Sequence[Any]) -> list[Any]:
    """Values of some fields of `model` (by name) read in a statement of one's own (a join), as `values` gives
    them."""
    return _columns(model, tuple(names)).convert(row)


def select_list(model: type[Model], alias: str) -> str:
    """Every concrete field's column in the model's order, after the table's `alias` in a statement of one's own
    (a join): its rows, put through `from_row`, are the model's instances."""
    return ", ".join(f"{alias}.{column(model, name)}" for name in _field_names(model))


def from_row(model: type[ModelT], row: Sequence[Any]) -> ModelT:
    """The instance of a row read by `select_list`'s columns, made as the ORM makes it (the values converted)."""
    converted = _columns(model, _field_names(model)).convert(row)
    return model.from_db(connection.alias, _attnames(model), converted)


@functools.cache
def _field_names(model: type[Model]) -> tuple[str, ...]:
    return tuple(field.name for field in model._meta.concrete_fields)


@functools.cache
def _attnames(model: type[Model]) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields]


def one_row(model: type[ModelT], where: str, params: Sequence[Any]) -> ModelT | None:
    """The instance of `model` whose row matches `where`, or None: what the ORM's `get` would give."""
    found = rows(model, where, params)
    return found[0] if found else None


#: A model and the key it was read by (as text) -> the row, read by `select_list`'s columns.
RowsAhead = dict[tuple[type[Model], str], Sequence[Any]]
_AHEAD: ContextVar[RowsAhead | None] = ContextVar("roadmapfinder_rows_ahead", default=None)


@contextmanager
def reads_ahead(found: RowsAhead) -> Iterator[None]:
    """Offer rows an earlier step of this request read to the reads by key that follow (module docstring)."""
    token = _AHEAD.set(found)
    try:
        yield
    finally:
        _AHEAD.reset(token)


def read_ahead(model: type[ModelT], key: object) -> ModelT | None:
    """The instance of the row read ahead for `model` and `key`, taken once; None when there is none to take."""
    found = _AHEAD.get()
    row = found.pop((model, str(key)), None) if found else None
    return None if row is None else from_row(model, row)
