"""Names: folding the ways one name is written, and telling a variant from a misspelling.

"Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" are one name; so are "Díaz-Canel" and
"Diaz Canel". "Min Aung Hliang" is a misspelling of "Min Aung Hlaing". But "Kim Jong
Il" is as close to "Kim Jong Un" as a typo is, and is another man: a stated name that
is, or is nearest to, another known person is never reported as a misspelling.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from factsuite import language
from factsuite.invisible import invisible_names

# Letters NFKD does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)
# Hyphens and dashes join name parts the way a space does. (A soft hyphen is not
# one: it is invisible, and "Hl<soft hyphen>iang" is read "Hliang"; invisible.py.)
_JOINERS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"
_APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4"


def _fold_char(char: str) -> str:
    """What ``fold`` makes of one character once it is case-folded and bare of accents:
    a letter NFKD leaves whole is transliterated, a joiner is a space, a typographic
    apostrophe a plain one, a full stop nothing, a word character (what \\w matches),
    an apostrophe or a space itself, and anything else a space (runs of spaces are
    then one)."""
    if (letters := _LETTERS.get(ord(char))) is not None:
        return str(letters)
    if char in invisible_names():
        return ""
    if char in _JOINERS:
        return " "
    if char in _APOSTROPHES:
        return "'"
    if char == ".":
        return ""
    return char if char.isalnum() or char in "_' " else " "


class _Learnt(dict[int, str | None]):
    """A ``str.translate`` table of a function of one character, which learns each
    character the first time it is seen."""

    def __init__(self, function: Callable[[str], str | None]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, code: int) -> str | None:
        value = self[code] = self.function(chr(code))
        return value


# Tables per character instead of a substitution per rule, for fold runs on every
# phrase binding reads places in. For ASCII text, case-folding (lower-casing there)
# is in the table too, which str.translate reads through its fast path for ASCII.
_FOLD_ASCII = {code: _fold_char(chr(code).lower()) or None for code in range(128)}
_UNACCENTED = _Learnt(lambda char: None if unicodedata.combining(char) else char)
_FOLD_CHARS = _Learnt(_fold_char)

# How close (0-100, rapidfuzz ratio on folded text) a stated name must be to count as
# a misspelling of a known one rather than a different name altogether.
MISSPELLING_SCORE = 80.0


def fold(text: str) -> str:
    """The form in which spellings that mean the same name are equal.

    Unicode-normalised (NFC and NFD agree), accents dropped, case-folded, invisible
    characters dropped, hyphens and dashes read as spaces, typographic apostrophes made
    plain, full stops dropped ("U.S." is "us").
    """
    if text.isascii():  # most names and cues: nothing to decompose or transliterate
        bare = text.translate(_FOLD_ASCII)
    else:
        decomposed = unicodedata.normalize("NFKD", text).translate(_UNACCENTED)
        bare = decomposed.casefold().translate(_FOLD_CHARS)
    return " ".join(bare.split())


@dataclass(frozen=True, slots=True)
class NameJudgement:
    """``kind`` is "same", "other" (a different known name), "misspelled" or "unknown"."""

    kind: str
    nearest: str  # the known name the stated one is (nearest to)
    nearest_id: str | None = None
    score: float = 100.0


@dataclass
class NameIndex:
    """Every known name and variant of a desk's entities, folded."""

    full: dict[str, set[str]] = field(default_factory=dict)  # folded form -> entity ids
    display: dict[str, str] = field(default_factory=dict)  # folded form -> as written
    short: dict[str, set[str]] = field(default_factory=dict)  # single-word forms
    by_entity: dict[str, list[str]] = field(default_factory=dict)  # entity id -> folded forms
    short_of: dict[str, list[str]] = field(default_factory=dict)  # entity id -> its short forms

    def add(self, entity_id: str, names: Iterable[str]) -> None:
        names = list(names)
        for name in names:
            key = fold(name)
            if not key:
                continue
            self.full.setdefault(key, set()).add(entity_id)
            self.display.setdefault(key, name)
            forms = self.by_entity.setdefault(entity_id, [])
            if key not in forms:
                forms.append(key)
        # A person is also named by the first or last word of the canonical name alone
        # ("Putin", "Xi", "Kim"); several people may share such a word.
        words = fold(names[0]).split() if names else []
        for word in sorted({words[0], words[-1]}) if len(words) > 1 else []:
            self.short.setdefault(word, set()).add(entity_id)
            self.short_of.setdefault(entity_id, []).append(word)

    def forms_of(self, entity_id: str) -> list[str]:
        # Indexed in add(): every name and role judgement asks, and a desk knows thousands.
        return self.by_entity.get(entity_id, [])

    def judge(self, stated: str, entity_id: str) -> NameJudgement:
        """How ``stated`` relates to the names of entity ``entity_id``."""
        key = fold(stated)
        own = self.forms_of(entity_id)
        canonical = self.display[own[0]] if own else stated
        if key in own or entity_id in self.short.get(key, set()):
            return NameJudgement("same", canonical, entity_id)
        others = self.full.get(key, set()) - {entity_id}
        if others:
            other = sorted(others)[0]
            return NameJudgement("other", self.display[key], other)
        if not own:
            return NameJudgement("unknown", canonical, None, 0.0)
        # Imported here: most names match exactly, and a hook should not pay for it.
        from rapidfuzz import fuzz, process

        if " " not in key:
            # A surname alone ("Hastins") is compared with the person's surnames.
            own = [*own, *self.short_of.get(entity_id, ())]
        own_best = process.extractOne(key, own, scorer=fuzz.ratio)
        any_best = process.extractOne(key, list(self.full), scorer=fuzz.ratio)
        assert own_best is not None
        assert any_best is not None
        own_form, own_score = own_best[0], float(own_best[1])
        any_form, any_score = any_best[0], float(any_best[1])
        if any_score > own_score and any_form not in own and any_score >= MISSPELLING_SCORE:
            other = sorted(self.full[any_form])[0]
            return NameJudgement("other", self.display[any_form], other, any_score)
        if own_score >= MISSPELLING_SCORE:
            # A surname is shown as the full name writes it: "Hastings", not the
            # "hastings" it was compared as.
            shown = self.display.get(own_form) or _word_of(canonical, own_form) or canonical
            return NameJudgement("misspelled", shown, entity_id, own_score)
        return NameJudgement("unknown", canonical, entity_id, own_score)


# The small words a body's name joins its capitalised words with ("Court of Appeals
# for the Second Circuit", "Procter & Gamble").
_NAME_JOINERS = frozenset(language.words("name_joiners.txt"))


def names_someone(value: str) -> bool:
    """Whether ``value`` reads as the proper name of a person or body: capitalised words
    (after a leading "the"), joined by nothing but small words, and no comma ("Maria
    Okafor", "the US Court of Appeals"; not "not guilty", not "Columbus, Ohio")."""
    words = value.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or "," in value or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words)


def _word_of(name: str, folded_word: str) -> str | None:
    """The word of ``name`` that folds to ``folded_word``, as ``name`` writes it."""
    return next((word for word in name.split() if fold(word) == folded_word), None)
