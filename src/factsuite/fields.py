"""Reading typed fields out of located YAML, with errors that point at the field.

Fact files and claims.yaml are written by hand, so every check here says which
file, line and column is wrong and what was expected instead. Unknown keys are
errors too: a misspelt ``soruces`` must not silently drop a fact's sources.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from factsuite.daterange import DateRange, parse_iso_range
from factsuite.errors import InputError
from factsuite.yamlsource import Mark, YamlList, YamlMap


class Fields:
    """One YAML mapping being read into a record, and the file it came from."""

    def __init__(self, mapping: YamlMap, path: str, what: str):
        self.mapping = mapping
        self.path = path
        self.what = what  # e.g. "fact 'parade.date'", for messages

    def error(self, mark: Mark, message: str) -> InputError:
        return InputError(self.path, message, mark.line, mark.column)

    def at_key(self, key: str, message: str) -> InputError:
        return self.error(self.mapping.key_mark(key), message)

    def at_value(self, key: str, message: str) -> InputError:
        return self.error(self.mapping.value_mark(key), message)

    def only(self, allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        for key in self.mapping:
            if key not in allowed:
                raise self.at_key(
                    key,
                    f"unknown key {key!r} in {self.what}; expected one of: "
                    + ", ".join(sorted(allowed)),
                )

    def has(self, key: str) -> bool:
        return key in self.mapping and self.mapping[key] is not None

    def raw(self, key: str) -> Any:
        return self.mapping.get(key)

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        if not self.has(key):
            if required:
                raise self.error(self.mapping.mark, f"{self.what} needs {key!r}")
            return default
        value = self.mapping[key]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.at_value(key, f"{key!r} of {self.what} must be text")
        text = str(value).strip()
        if required and not text:
            raise self.at_value(key, f"{key!r} of {self.what} is empty")
        return text

    def texts(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        """A list of text, or one text standing for a list of one."""
        if not self.has(key):
            if required:
                raise self.error(self.mapping.mark, f"{self.what} needs {key!r}")
            return ()
        value = self.mapping[key]
        items = value if isinstance(value, list) else [value]
        out: list[str] = []
        for index, item in enumerate(items):
            if isinstance(item, bool) or not isinstance(item, (str, int, float)):
                mark = (
                    value.item_mark(index)
                    if isinstance(value, YamlList)
                    else self.mapping.value_mark(key)
                )
                raise self.error(mark, f"each item of {key!r} in {self.what} must be text")
            if str(item).strip():
                out.append(str(item).strip())
        if required and not out:
            raise self.at_value(key, f"{key!r} of {self.what} is empty")
        return tuple(out)

    def number(self, key: str, *, required: bool = False) -> float | None:
        if not self.has(key):
            if required:
                raise self.error(self.mapping.mark, f"{self.what} needs {key!r}")
            return None
        value = self.mapping[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.at_value(key, f"{key!r} of {self.what} must be a number, not {value!r}")
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float, 1 followed by 400 zeros
            number = math.inf
        if not math.isfinite(number):  # .inf or .nan would agree or differ with anything
            raise self.at_value(key, f"{key!r} of {self.what} must be a finite number")
        return number

    def integer(self, key: str, *, required: bool = False, maximum: int | None = None) -> int:
        value = self.mapping.get(key)
        if value is None and not required:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.at_value(key, f"{key!r} of {self.what} must be a whole number from 1")
        if maximum is not None and value > maximum:
            raise self.at_value(key, f"{key!r} of {self.what} is too large (at most {maximum})")
        return value

    def flag(self, key: str) -> bool:
        value = self.mapping.get(key, False)
        if not isinstance(value, bool):
            raise self.at_value(key, f"{key!r} of {self.what} must be true or false")
        return value

    def date(self, key: str, *, required: bool = False) -> DateRange | None:
        if not self.has(key):
            if required:
                raise self.error(self.mapping.mark, f"{self.what} needs {key!r}")
            return None
        try:
            return parse_iso_range(str(self.mapping[key]))
        except ValueError as exc:
            raise self.at_value(key, f"bad date in {key!r} of {self.what}: {exc}") from None

    def choice(self, key: str, choices: Iterable[str], *, default: str | None = None) -> str:
        choices = tuple(choices)
        if not self.has(key):
            if default is None:
                raise self.error(self.mapping.mark, f"{self.what} needs {key!r}")
            return default
        value = self.mapping[key]
        if value not in choices:
            raise self.at_value(
                key, f"{key!r} of {self.what} is {value!r}; expected one of: " + ", ".join(choices)
            )
        return str(value)

    def mapping_list(self, key: str) -> list[tuple[YamlMap, Mark]]:
        if not self.has(key):
            return []
        value = self.mapping[key]
        if not isinstance(value, YamlList):
            raise self.at_value(key, f"{key!r} of {self.what} must be a list")
        out = []
        for index, item in enumerate(value):
            if not isinstance(item, YamlMap):
                raise self.error(value.item_mark(index), f"each item of {key!r} must be a mapping")
            out.append((item, value.item_mark(index)))
        return out
