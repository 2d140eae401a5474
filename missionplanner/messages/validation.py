"""Pydantic's validation messages by error type, so that a refused value reads in the
interface's language.

Pydantic writes its messages in English from its own templates ("Input should be greater than
or equal to 0"); the interface could not translate them. :func:`validation_message` words the
error types a mission's models can raise as templates of the registry instead (shorter, in the
tool's "expected …" style), from the error's type and context; a ``value_error`` is the model's
own message (made with :func:`~missionplanner.messages.say` where the model raises it). A type
not listed keeps pydantic's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from missionplanner.messages import (
    A_FINITE_NUMBER,
    A_NUMBER,
    A_TIME,
    A_WHOLE_NUMBER,
    say,
    template,
)

FIELD = template("{field}: {message}", nested=("message",),
                 note="a field of a mission file or of an item, and what is wrong with it")
GOT = template("{message} (got {value})", nested=("message",))
VALID_FIELD = template("expected a valid {field}: {message}", nested=("message",),
                       note="{field} is the name of a column's field, as 'lat' or 'voters'")
VALID_ROW = template("expected a valid row: {message}", nested=("message",))
MISSING = template("required field is missing")
UNKNOWN_FIELD = template("unknown field (a typo?)")
AT_LEAST = template("expected {limit} or more")
AT_MOST = template("expected {limit} or less")
MORE_THAN = template("expected more than {limit}")
LESS_THAN = template("expected less than {limit}")
YES_NO = template("expected yes or no (true or false)")
TEXT = template("expected text")
TEXT_AT_LEAST = template("expected at least {count} character(s)")
TEXT_AT_MOST = template("expected at most {count} character(s)")
TEXT_PATTERN = template("expected text of the form {pattern}")
ITEMS_AT_LEAST = template("expected at least {count} item(s), found {found}")
ITEMS_AT_MOST = template("expected at most {count} item(s), found {found}")
A_LIST = template("expected a list")
AN_OBJECT = template("expected a group of fields (a JSON object)")
ONE_OF = template("expected one of {choices}")
ISO_DATE = template("expected a date like 2021-01-10")
A_DATETIME = template("expected a date and time like 2021-01-10T07:00")
NOT_JSON = template("not valid JSON: {error}",
                    note="{error} is the JSON reader's own English description")

_BY_TYPE = {
    "missing": MISSING, "extra_forbidden": UNKNOWN_FIELD, "finite_number": A_FINITE_NUMBER,
    "int_type": A_WHOLE_NUMBER, "int_parsing": A_WHOLE_NUMBER,
    "int_from_float": A_WHOLE_NUMBER, "int_parsing_size": A_WHOLE_NUMBER, "float_type": A_NUMBER,
    "float_parsing": A_NUMBER,
    "bool_type": YES_NO, "bool_parsing": YES_NO, "string_type": TEXT, "list_type": A_LIST,
    "tuple_type": A_LIST, "set_type": A_LIST, "dict_type": AN_OBJECT, "model_type": AN_OBJECT,
    "model_attributes_type": AN_OBJECT, "date_type": ISO_DATE, "date_parsing": ISO_DATE,
    "date_from_datetime_parsing": ISO_DATE, "date_from_datetime_inexact": ISO_DATE,
    "time_type": A_TIME, "time_parsing": A_TIME, "datetime_type": A_DATETIME,
    "datetime_parsing": A_DATETIME, "datetime_from_date_parsing": A_DATETIME,
}
"""Error types whose message needs no value from the error's context."""

_CHOICE = re.compile(r"""'[^']*'|"[^"]*"|[^,\s]+""")
"""A choice of pydantic's ``'a', 'b' or 'c'`` (its list is written with an English "or")."""


def validation_message(error: Mapping[str, Any]) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) in the registry's words,
    without its location."""
    kind, context = error["type"], error.get("ctx") or {}
    if kind in _BY_TYPE:
        return say(_BY_TYPE[kind])
    bounded = _bounded(kind, context)
    if bounded is not None:
        return bounded
    if kind in ("literal_error", "enum"):
        return say(ONE_OF, choices=", ".join(
            c for c in _CHOICE.findall(str(context.get("expected"))) if c != "or"))
    if kind == "json_invalid":
        return say(NOT_JSON, error=context.get("error", "?"))
    if kind == "value_error" and "error" in context:
        return str(context["error"])
    return str(error["msg"])


def _bounded(kind: str, context: Mapping[str, Any]) -> str | None:
    """The messages of a limit: a number's bounds, a text's or a list's length."""
    limits = {"greater_than_equal": (AT_LEAST, "ge"), "less_than_equal": (AT_MOST, "le"),
              "greater_than": (MORE_THAN, "gt"), "less_than": (LESS_THAN, "lt")}
    if kind in limits:
        message, key = limits[kind]
        return say(message, limit=context.get(key, "?"))
    lengths = {"string_too_short": (TEXT_AT_LEAST, "min_length"),
               "string_too_long": (TEXT_AT_MOST, "max_length")}
    if kind in lengths:
        message, key = lengths[kind]
        return say(message, count=context.get(key, "?"))
    if kind in ("too_short", "too_long"):
        message = ITEMS_AT_LEAST if kind == "too_short" else ITEMS_AT_MOST
        key = "min_length" if kind == "too_short" else "max_length"
        return say(message, count=context.get(key, "?"), found=context.get("actual_length", "?"))
    if kind == "string_pattern_mismatch":
        return say(TEXT_PATTERN, pattern=context.get("pattern", "?"))
    return None


def with_value(message: str, value: object) -> str:
    """``message (got 'x')`` for a short scalar value, ``message`` for any other."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return message
    shown = repr(value) if len(repr(value)) < 60 else repr(value)[:57] + "..."
    return say(GOT, message=message, value=shown)


def with_field(field: str, message: str) -> str:
    """``field: message``, or the message alone when there is no field."""
    return say(FIELD, field=field, message=message) if field else message
