"""Numbers as English news prose writes them, each with the values it agrees with.

A claim such as "nearly 97%" or "two dozen other leaders" is compared with a
canonical fact by asking whether the true value lies inside the interval the
statement commits to. ``find_numbers`` turns prose into ``NumberMention``
objects carrying that interval: printed precision ("98%" stands for anything
that rounds to 98), hedges ("nearly", "more than") and approximate words
("dozens", "a handful") all narrow or widen it, so agreement is one comparison.

The reader is a small hand-written grammar rather than one big regular
expression: a regex finds places where a number may start (digits or whole
number words, which are rare in prose), and only there is the text tokenised
and parsed, so long articles stay cheap. The commonest shapes ("26", "45,000",
"3.5 million", "97%", "80th", "seven", "first" followed by an ordinary word or
punctuation) are read by shortcuts that give exactly what the grammar would;
a test checks the two against each other.

Digits that name something are no number and are not read: a code glued to its
letters ("G7", "COVID-19", "A380") and a time zone's offset from Greenwich ("GMT+8",
"UTC -05:30"), which says which clock a time is on, not how many of anything. The
named rules of ``notnumbers`` add the rest: clock times, phone numbers, postcodes,
versions and models, labels ("Route 66", "Chapter 11"), groups' names ("Group of
20"), and "once" and "one" where they count nothing.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Literal

from factsuite import language, notnumbers

__all__ = ["NumberKind", "NumberMention", "find_numbers", "read_number"]

NumberKind = Literal["number", "percent", "ordinal", "multiplier"]
NumberForm = Literal["digits", "words", "mixed", "approximate"]
Hedge = language.HedgeInterval

_INF = math.inf
_ZERO = Fraction(0)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number as written, with the interval of true values it agrees with."""

    start: int
    end: int
    text: str
    kind: NumberKind
    value: float
    low: float
    high: float
    low_open: bool
    high_open: bool
    hedge: str | None
    approximate: bool
    form: NumberForm

    def agrees_with(self, true_value: float) -> bool:
        """Whether ``true_value`` lies inside ``[low, high]``, honouring open ends."""
        if math.isnan(true_value):
            return False
        if true_value < self.low or (self.low_open and true_value == self.low):
            return False
        return not (true_value > self.high or (self.high_open and true_value == self.high))

    @property
    def vague(self) -> bool:
        """Whether it is a vague quantity ("a handful", "several", "dozens", "tens of
        thousands"): approximate words whose highest value is at least twice their
        lowest. "two dozen" (20 to 28) and "a couple" (2 to 3) say a figure; "about
        40" is a figure, hedged."""
        return (
            self.kind == "number"
            and self.form == "approximate"
            and self.high >= 2 * self.low
            and self.low > 0
        )


# ---------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------

_ZEROS = tuple(language.number_word_table("zero"))
_UNITS = language.number_word_table("unit")
_TEENS = language.number_word_table("teen")
_TENS = language.number_word_table("tens")
_ORD_UNITS = language.number_word_table("ordinal_unit")
_ORD_TEENS = language.number_word_table("ordinal_teen")
_ORD_TENS = language.number_word_table("ordinal_tens")
_ORD_BIG = language.number_word_table("ordinal_scale")
_BIG = {scale.word: scale.value for scale in language.scales()}
# Plurals of the scales, with their singulars' values ("millions", "lakhs").
_BIG_PLURALS = {scale.plural: scale.value for scale in language.scales() if scale.plural}
# Indian English pluralises these after digits ("12 lakhs"); "thousands" after digits is a year
# and a quantity ("in 2011 thousands fled").
_INDIAN_PLURALS = frozenset(
    scale.plural for scale in language.scales() if scale.plural and scale.system == "indian"
)
# Abbreviations that only make sense right after a number ("10 bln", "Rs 300 cr").
_BIG_ABBR = {
    a.abbreviation: a.value for a in language.scale_abbreviations() if a.after_space == "caseless"
}
# Case matters for these: "5 M" is five million, "5 m" five metres.
_BIG_ABBR_CASED = {
    a.abbreviation: a.value for a in language.scale_abbreviations() if a.after_space == "exact"
}
# "scores" and "tens" multiply what follows ("tens of thousands"): _approx_words reads them.
_PERCENT_WORDS = frozenset(language.words("percent_words.txt"))
_APPROX_WORDS = (*(v.word for v in language.vague_quantities()), "scores", "tens")
_ONCE = language.number_word_table("times")

# Code, not data: Unicode's fraction characters and their values, in no language.
_VULGAR = {
    "½": Fraction(1, 2),
    "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
    "⅕": Fraction(1, 5),
    "⅖": Fraction(2, 5),
    "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6),
    "⅚": Fraction(5, 6),
    "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
}

# Token classes: what each token of a number phrase is.
TokenClass = Literal[
    "zero",  # "zero", "nil"
    "unit",  # 1-9: "one" ... "nine"
    "teen",  # 10-19: "ten" ... "nineteen"
    "tens",  # 20, 30 ... 90: "twenty" ... "ninety"
    "tens_unit",  # 21-99 in one token: "twentyfive", or "twenty-five" once joined
    "hundred",  # "hundred", "hundreds"
    "scale",  # thousand and up: "million", "lakh", "billions"
    "scale_abbreviation",  # a scale written short after a number: "bn", "cr", "5 M"
    "ordinal_zero",  # ordinals of the same shapes: "zeroth"
    "ordinal_unit",  # "first" ... "ninth"
    "ordinal_teen",  # "tenth" ... "nineteenth"
    "ordinal_tens",  # "twentieth" ... "ninetieth"
    "ordinal_tens_unit",  # "twentyfirst", "twenty-first"
    "ordinal_hundred",  # "hundredth"
    "ordinal_scale",  # "thousandth" and up
    "plural_denominator",  # "thirds", "halves", "quarters": two thirds
    "digits",  # "42", "3.5", "1,200", "10bn"
    "digits_fraction",  # a fraction written in digits or as a glyph: "3/4", "2½"
    "digits_ordinal",  # "80th"
    "oh_as_zero",  # "oh", a zero digit only after "point": "two point oh five"
    "other_word",  # a word that ends the number
    "punctuation",  # a punctuation mark that ends the number
    "dash",  # a hyphen or dash, which may join "twenty-five"
    "comma",  # a comma, kept only after a scale ("2 million, 300 thousand")
    "percent_word",  # "percent", "pct", "%", "per cent" once joined
    "article",  # "a", "an": "a hundred", "a third"
    "and",
    "of",
    "over",
    "out",
    "in",
    "times",
    "point",
    "per",
    "cent",
    "half",
    "quarter",
    "dozen",  # "dozen", "dozens", "doz"
    "vague_quantity",  # "couple", "few", "several", "handful", "scores", "tens"
    "once",  # "once", "twice", "thrice"
]
_ORD_OF: dict[TokenClass, TokenClass] = {
    "unit": "ordinal_unit",
    "teen": "ordinal_teen",
    "tens": "ordinal_tens",
    "tens_unit": "ordinal_tens_unit",
    "hundred": "ordinal_hundred",
    "scale": "ordinal_scale",
    "zero": "ordinal_zero",
}
_CARD_OF = {v: k for k, v in _ORD_OF.items()}
_SMALL = frozenset({"zero", "unit", "teen", "tens", "tens_unit"})
_ORDINALS = frozenset(_CARD_OF)
_STOP = frozenset({"other_word", "punctuation"})


@dataclass(frozen=True, slots=True)
class _Entry:
    cls: TokenClass
    val: int = 0
    plural: bool = False
    compound: bool = False  # only valid in a compound or after a number ("twenty-firsts", "3 dzs")

    @property
    def fval(self) -> Fraction:
        return _FRACTIONS[self.val]


def _add_tagged(
    lex: dict[str, _Entry], tables: tuple[tuple[TokenClass, dict[str, int]], ...]
) -> None:
    """Every word of each table, with its value, under the table's grammar tag."""
    for tag, table in tables:
        for word, value in table.items():
            lex[word] = _Entry(tag, value)


def _build_lexicon() -> dict[str, _Entry]:
    lex: dict[str, _Entry] = {}
    for w in _ZEROS:
        lex[w] = _Entry("zero", 0)
    _add_tagged(lex, (("ordinal_zero", language.number_word_table("ordinal_zero")),))
    _add_tagged(lex, (("unit", _UNITS), ("teen", _TEENS), ("tens", _TENS)))
    for w, v in language.number_word_table("hundred").items():
        lex[w] = _Entry("hundred", v)
        lex[w + "s"] = _Entry("hundred", v, plural=True)
    for w, v in _BIG.items():
        lex[w] = _Entry("scale", v)
    for w, v in _BIG_PLURALS.items():
        lex[w] = _Entry("scale", v, plural=True)
    _add_tagged(
        lex,
        (("ordinal_unit", _ORD_UNITS), ("ordinal_teen", _ORD_TEENS), ("ordinal_tens", _ORD_TENS)),
    )
    lex["hundredth"] = _Entry("ordinal_hundred", 100)
    for w, v in _ORD_BIG.items():
        if v > 100:
            lex[w] = _Entry("ordinal_scale", v)
    # Plural ordinals are denominators: "two thirds", "fifty-four hundredths".
    lex["halves"] = _Entry("plural_denominator", 2)
    lex["quarters"] = _Entry("plural_denominator", 4)
    for table in (_ORD_UNITS, _ORD_TEENS, _ORD_TENS, _ORD_BIG):
        for w, v in table.items():
            if w in ("first", "second", "nineth"):
                continue
            lex[w + "s"] = _Entry("plural_denominator", v)
    lex["firsts"] = _Entry("plural_denominator", 1, compound=True)
    # Fused compounds ("twentyfive", "thirtyfirst") are written as one word.
    for tw, tv in _TENS.items():
        for uw, uv in _UNITS.items():
            lex[tw + uw] = _Entry("tens_unit", tv + uv)
        for ow, ov in _ORD_UNITS.items():
            lex[tw + ow] = _Entry("ordinal_tens_unit", tv + ov)
    lex["half"] = _Entry("half")
    lex["quarter"] = _Entry("quarter")
    lex["dozen"] = _Entry("dozen", 12)
    lex["dozens"] = _Entry("dozen", 12, plural=True)
    for w in ("doz", "dz"):
        lex[w] = _Entry("dozen", 12, compound=True)
        lex[w + "s"] = _Entry("dozen", 12, plural=True, compound=True)
    for w in _APPROX_WORDS:
        lex[w] = _Entry("vague_quantity")
    for w, v in _ONCE.items():
        lex[w] = _Entry("once", v)
    for w in ("a", "an"):
        lex[w] = _Entry("article", 1)
    word_classes: tuple[tuple[str, TokenClass], ...] = (
        ("and", "and"),
        ("of", "of"),
        ("over", "over"),
        ("out", "out"),
        ("in", "in"),
        ("times", "times"),
        ("point", "point"),
        ("oh", "oh_as_zero"),
        ("per", "per"),
        ("cent", "cent"),
    )
    for w, c in word_classes:
        lex[w] = _Entry(c)
    for w in (*language.words("percent_words.txt"), "percentage"):
        lex[w] = _Entry("percent_word")
    for w, v in _BIG_ABBR.items():
        lex.setdefault(w, _Entry("scale_abbreviation", v))
    return lex


_LEX = _build_lexicon()
_FRACTIONS = {e.val: Fraction(e.val) for e in _LEX.values()}


class _Trie(dict[str, "_Trie"]):
    pass


def _trie_pattern(words: Iterable[str], *, caseless: bool = False) -> str:
    """A regex alternation factored by common prefixes, which ``re`` matches faster.

    ``caseless`` spells each letter as a two-letter class, which is quicker
    than ``re.IGNORECASE`` on long texts.
    """
    root = _Trie()
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()

    def build(node: _Trie) -> str:
        alts = []
        ends_here = "" in node
        for ch in sorted(k for k in node if k):
            child = node[ch]
            atom = f"[{ch}{ch.upper()}]" if caseless and ch.isalpha() else re.escape(ch)
            alts.append(atom + build(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends_here:
            return "(?:" + body + ")?"
        return body

    return build(root)


# Word stems that can open a number. The anchors are the lexicon's words that
# start with one of them, matched as whole words, so "tenant" or "fortune"
# never reaches the reader.
_ANCHOR_STEMS = (
    *_ZEROS,
    *_UNITS,
    "ninth",
    "ten",
    "eleven",
    "twel",
    "thirt",
    "fift",
    "twent",
    "fort",
    "hundred",
    "thousand",
    "lakh",
    "crore",
    "million",
    "billion",
    "trillion",
    "first",
    "second",
    "third",
    "half",
    "halv",
    "quarter",
    "dozen",
    *(v.word for v in language.vague_quantities()),
    "scores",
    *_ONCE,
)


@functools.cache
def _anchor_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The prefilters, compiled on first use: digits, and lowercased words.

    Each starts with a character class, which lets ``re`` skip to the next
    candidate in C rather than try the whole pattern at every position. A word
    pattern is run over ``" " + text.lower()`` and matches the character before
    the word too, so ``match.start()`` there is the word's index in ``text``.
    """
    vulgar = "".join(_VULGAR)
    digits = re.compile(
        rf"[.0-9{vulgar}](?:(?<=[0-9])[0-9]*|(?<=\.)(?<![\w.]\.)[0-9]|(?<=[{vulgar}]))"
    )
    lower = re.compile(
        r"[^a-z0-9_](?:(?P<w>" + _trie_pattern(_anchor_words()) + r")(?![a-z])|point\s+(?=[0-9]))"
    )
    return digits, lower


@functools.cache
def _anycase_words() -> re.Pattern[str]:
    """The word prefilter for a text that lowercasing would shift ("İ", the Kelvin
    sign): rare, so compiled apart, only when one comes (it costs as much again)."""
    return re.compile(
        r"[^A-Za-z0-9_](?:(?P<w>" + _trie_pattern(_anchor_words(), caseless=True) + r")"
        r"(?![A-Za-z])|[Pp][Oo][Ii][Nn][Tt]\s+(?=[0-9]))"
    )


def _anchor_words() -> list[str]:
    return sorted(w for w in _LEX if w.startswith(_ANCHOR_STEMS))


def _anchors(text: str) -> Iterator[tuple[int, int, str]]:
    """Places where a number may start, in order: (start, end, kind).

    The kind is "d" for digits, "w" for a number word and "p" for "point".
    The consumer skips those that start before where it has read to.
    """
    digits, lower = _anchor_patterns()
    spaced = " " + text.lower()
    # Lowercasing must keep every index and turn no other letter into ASCII:
    # "İ" grows to two characters, the Kelvin sign becomes "k".
    if len(spaced) != len(text) + 1 or "\u212a" in text:
        spaced, lower = " " + text, _anycase_words()
    dm = digits.search(text)
    wm = lower.search(spaced)
    while dm is not None or wm is not None:
        if wm is None or (dm is not None and dm.start() < wm.start()):
            assert dm is not None
            yield dm.start(), dm.end(), "d"
            dm = digits.search(text, dm.end())
            continue
        start = wm.start()
        # Only ASCII is in the class; a non-ASCII letter before joins the word too.
        if not (start and (text[start - 1].isalnum() or text[start - 1] == "_")):
            yield start, wm.end() - 1, "p" if wm.group("w") is None else "w"
        wm = lower.search(spaced, wm.end())


_DIGITS = re.compile(
    r"""
    (?:
        (?P<int>
            [0-9]{1,3}(?P<sep>[,\u00a0\u202f\u2009])[0-9]{3}(?:(?P=sep)[0-9]{3})*(?![0-9])
          | [0-9]{1,3}(?:\x20[0-9]{3}){2,}(?![0-9])   # "1 234 567": two or more groups
          # "40 000": one group, but a number alone is never printed with a leading zero
          | [0-9]{1,3}\x200[0-9]{2}(?![0-9]|[\x20\t]+[0-9])
          | [0-9]+
        )
        (?:\.(?P<dec>[0-9]+))?
      | \.(?P<dec2>[0-9]+)
    )
    """,
    re.VERBOSE,
)
# "192.168.1.2", "5/17/2018": a chain of three or more parts is an address,
# a version or a date, never one number; its parts are returned one by one.
_CHAIN = re.compile(r"[0-9]+(?:(?P<s>[./])[0-9]+)(?:(?P=s)[0-9]+)+(?![0-9])")
_SLASH_FRACTION = re.compile(r"/([0-9]+)(?![0-9]|/[0-9])")
_MIXED_FRACTION = re.compile(r"[ \t]+([0-9]+)/([0-9]+)(?![0-9]|/[0-9])")
_LETTERS = re.compile(r"[A-Za-z]+")
_ALNUM_RUN = re.compile(r"[0-9A-Za-z_]+")
_NON_DIGITS = re.compile(r"[^0-9]")
_GAP_WORD = re.compile(r"(\s*)([A-Za-z]*)")
_SPACED_SUFFIX = re.compile(r"[ \t\u00a0]+(k|K|M|MM|G)(?![A-Za-z0-9])")
# Code, not data: the suffixes the tokenizer splits from digits ("21st").
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
# Scale abbreviations written against the number ("29bn", "10K").
_SUFFIX_SCALE = {a.abbreviation: a.value for a in language.scale_abbreviations() if a.glued}
# Units written against the number ("29km"): the number is still a number.
_UNIT_SUFFIXES = language.LazyWords(lambda: language.words("glued_units.txt"))
_CURRENCY = "$£€¥₹"
# A currency marker right before a number: a symbol, perhaps after a country's
# letters ("US$", "HK$"), or a code or "Rs" and a space.
_CURRENCY_CODES = frozenset(language.words("currency_codes.txt"))
_CURRENCY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]{1,3})?[$£€¥₹]\Z"
    r"|(?<![A-Za-z])(?:"
    + "|".join(re.escape(code) for code in sorted(_CURRENCY_CODES, key=lambda c: (-len(c), c)))
    + r")[ \t]\Z"
)
_CURRENCY_END = frozenset(_CURRENCY + " \t")
_DASHES = "-–—‐"
# Code, not data: punctuation that ends a number's token.
_END_PUNCT = frozenset(".,;:!?)]}\"'”’»…")


@dataclass(slots=True)
class _Tok:
    cls: TokenClass
    start: int
    end: int
    val: Fraction = _ZERO
    word: str = ""
    gap: str = ""
    plural: bool = False
    compound: bool = False
    decimals: int | None = None  # digits printed after a decimal point
    scale: int = 1  # a suffix such as "bn" multiplied the printed digits
    terminal: bool = False  # digits that cannot take a scale word ("10k", "2 1/4")
    grouped: bool = False  # digits written with thousands separators


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------


def _is_identifier_context(text: str, start: int) -> bool:
    """A digit run glued to letters before it ("G7", "COVID-19") names something."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalnum() or before == "_":
        return True
    if before in _DASHES and start >= 2:
        i = start - 2
        while i >= 0 and (text[i].isalnum()):
            i -= 1
        word = text[i + 1 : start - 1]
        return any(ch.isupper() for ch in word)
    return False


# "GMT+8", "UTC -05:30", "(UTC+8)": a time zone's offset names the zone, as "G7" names a
# group ("UTC-5" is already one by the rule above, and "GMT8" glued). The hours, and
# the minutes some zones add, are skipped whole: no count anyone claims.
# Code, not data: the signs of a time zone's offset ("GMT+8").
_ZONE_SIGN = frozenset("+-−±")
_ZONE_BEFORE = re.compile(r"(?<![A-Za-z])(?:GMT|UTC)[ \t]?[-+−±][ \t]?\Z")
_ZONE_HOURS = re.compile(r"[0-9]{1,2}(?:[:.][0-9]{1,2}|[0-9]{2})?(?![0-9])")


def _zone_offset_end(text: str, start: int) -> int | None:
    """The end of a time-zone offset whose hours start at ``start`` ("GMT+8"), if so."""
    if start < 4:
        return None
    sign = text[start - 1]
    if sign in " \t":
        sign = text[start - 2]  # "UTC + 8"
    if sign not in _ZONE_SIGN:
        return None
    if _ZONE_BEFORE.search(text, max(0, start - 6), start) is None:
        return None
    hours = _ZONE_HOURS.match(text, start)
    return hours.end() if hours is not None else None


def _digit_token(text: str, p: int) -> _Tok:
    """Read the digits at ``p``; a ``W`` token means they are not a number here."""
    ch = text[p]
    if ch in _VULGAR:
        return _Tok("digits_fraction", p, p + 1, _VULGAR[ch])
    if _is_identifier_context(text, p):
        run = _ALNUM_RUN.match(text, p)
        return _Tok("other_word", p, run.end() if run else p + 1)
    m = _DIGITS.match(text, p)
    if m is None:  # pragma: no cover - the caller only calls on a digit or ".digit"
        return _Tok("other_word", p, p + 1)
    e = m.end()
    int_str = m.group("int") or ""
    dec = m.group("dec") if m.group("int") else m.group("dec2")
    grouped = bool(m.group("sep")) or " " in int_str
    digits = _NON_DIGITS.sub("", int_str) if grouped else int_str or "0"
    if len(digits) + len(dec or "") > LONGEST_NUMERAL:  # "1,000,000,000,...": see there
        return _Tok("other_word", p, e)
    if dec is None:
        value = Fraction(int(digits))
    else:
        den = 10 ** len(dec)
        value = Fraction(int(digits) * den + int(dec), den)
    tok = _Tok(
        "digits", p, e, value, grouped=grouped, decimals=len(dec) if dec is not None else None
    )
    plain_int = dec is None and not grouped and bool(int_str)
    nxt = text[e] if e < len(text) else ""
    if plain_int and nxt == "/":
        fm = _SLASH_FRACTION.match(text, e)
        # Only proper fractions: "24/7", "2000/01" and "2222/2222" are not divisions.
        if fm and int(digits) < int(fm.group(1)) < 1000 and not _followed_by_letter(text, fm.end()):
            return _Tok("digits_fraction", p, fm.end(), Fraction(int(digits), int(fm.group(1))))
    if plain_int and nxt in _VULGAR:
        return _Tok("digits_fraction", p, e + 1, value + _VULGAR[nxt])
    if plain_int and nxt in " \t":
        fm = _MIXED_FRACTION.match(text, e)
        if fm:
            num, den = int(fm.group(1)), int(fm.group(2))
            if 0 < num < den and not _followed_by_letter(text, fm.end()):
                return _Tok("digits_fraction", p, fm.end(), value + Fraction(num, den))
    if nxt.isalpha():
        lm = _LETTERS.match(text, e)
        suffix = lm.group() if lm else ""
        if lm is not None and lm.end() < len(text) and text[lm.end()].isdigit():
            return _Tok("other_word", p, lm.end())
        if suffix.lower() in _ORDINAL_SUFFIX and dec is None:
            return _Tok("digits_ordinal", p, e + len(suffix), value)
        scale = _SUFFIX_SCALE.get(suffix)
        if suffix == "m" and p > 0 and text[p - 1] in _CURRENCY:
            scale = 10**6
        # "4G", "5G": a single digit before G names a network generation.
        if suffix == "G" and plain_int and len(digits) == 1:
            return _Tok("other_word", p, e + len(suffix))
        if scale is not None:
            tok.val = value * scale
            tok.scale = scale
            tok.end = e + len(suffix)
            tok.terminal = True
            return tok
        # "5pc" (per cent, read by the tokenizer next) and "29km": the digits stand.
        if suffix.lower() == "pc" or suffix.lower() in _UNIT_SUFFIXES:
            return tok
        return _Tok("other_word", p, e + len(suffix))
    sm = _SPACED_SUFFIX.match(text, e)
    if sm:
        scale = _SUFFIX_SCALE[sm.group(1)]
        tok.val = value * scale
        tok.scale = scale
        tok.end = sm.end()
        tok.terminal = True
    return tok


def _followed_by_letter(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isalpha()


def _tokenize(text: str, pos: int, limit: int = 40) -> list[_Tok]:
    """Tokens from ``pos`` up to and including the first that cannot be part of a number."""
    toks: list[_Tok] = []
    n = len(text)
    while pos < n and len(toks) < limit:
        gm = _GAP_WORD.match(text, pos)
        assert gm is not None  # both groups may be empty
        gap, word = gm.groups()
        q = gm.start(2)
        if q >= n:
            break
        if "\n" in gap and gap.count("\n") >= 2:
            break
        tok: _Tok
        if word:
            tok = _word_token(text, word, q, gm.end(), toks)
        elif "0" <= (ch := text[q]) <= "9" or ch in _VULGAR:
            tok = _digit_token(text, q)
        elif ch == "." and not toks and q + 1 < n and text[q + 1].isdigit():
            tok = _digit_token(text, q)  # a leading point: ".08"
        elif ch in _DASHES:
            tok = _Tok("dash", q, q + 1)
        elif ch == ",":
            tok = _Tok("comma", q, q + 1)
        elif ch in "%％":
            tok = _Tok("percent_word", q, q + 1)
        else:
            tok = _Tok("punctuation", q, q + 1, word=ch)
        tok.gap = gap
        toks.append(tok)
        pos = tok.end
        if tok.cls in _STOP:
            break
        if tok.cls == "comma" and not (
            len(toks) >= 2 and toks[-2].cls in ("scale", "scale_abbreviation")
        ):
            # Only a scale word goes on past a comma ("3 million, 400 thousand"); read
            # further, "1,1,1,..." would be tokenized again, to the limit, per digit.
            break
    return _join(toks)


def _word_token(text: str, word: str, start: int, end: int, before: list[_Tok]) -> _Tok:
    lw = word.lower()
    if end < len(text) and text[end] in "'’" and text[end + 1 : end + 2].isalpha():
        return _Tok("other_word", start, end, word=lw)  # "one's"
    if word in _BIG_ABBR_CASED:
        # Only spaced after digits ("10 k", "1,674.5 G"); glued ones are read with the digits.
        if (
            before
            and before[-1].cls == "digits"
            and not before[-1].terminal
            and start > before[-1].end
        ):
            return _Tok("scale_abbreviation", start, end, Fraction(_BIG_ABBR_CASED[word]), word=lw)
        return _Tok("other_word", start, end, word=lw)
    if lw == "pc" and before and before[-1].cls == "digits" and before[-1].end == start:
        return _Tok("percent_word", start, end, word=lw)
    entry = _LEX.get(lw)
    if entry is None:
        return _Tok("other_word", start, end, word=lw)
    return _Tok(
        entry.cls,
        start,
        end,
        entry.fval,
        word=lw,
        plural=entry.plural,
        compound=entry.compound,
    )


# Code, not data: the lexicon's token for a decimal point ("3 point 5").
_POINTS = frozenset({"point", "points"})
_NUMERATORS = frozenset({"unit", "teen", "tens", "tens_unit", "article", "digits"})
_SINGULAR_DENOMS = frozenset(
    {
        "ordinal_unit",
        "ordinal_teen",
        "ordinal_tens",
        "ordinal_tens_unit",
        "half",
        "quarter",
        "plural_denominator",
        "dozen",
    }
)


# What a group after a comma may hold before its own scale word ("3 million, 400
# thousand"): the words and digits of a number below a thousand.
_GROUP = frozenset({"digits", "unit", "teen", "tens", "tens_unit", "hundred", "and", "dash"})


def _group_goes_on(toks: list[_Tok], comma: int) -> bool:
    """Whether the group after the comma at ``comma`` goes on with the number: written
    in words ("one thousand, one hundred"), or in digits with a scale word of its own
    ("2 million, 300 thousand"); "$2.38 billion, 58% over budget" is two figures."""
    if comma + 1 < len(toks) and toks[comma + 1].cls != "digits":
        return True
    for tok in toks[comma + 1 :]:
        if tok.cls in ("scale", "scale_abbreviation"):
            return True
        if tok.cls not in _GROUP:
            return False
    return False


def _join(toks: list[_Tok]) -> list[_Tok]:
    """Merge multi-token units: "twenty-five", "per cent", "percentage points"."""
    out: list[_Tok] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.cls == "dash" and out and nxt is not None:
            prev = out[-1]
            if prev.cls == "tens" and nxt.cls in ("unit", "ordinal_unit") and nxt.val > 0:
                cls: TokenClass = "tens_unit" if nxt.cls == "unit" else "ordinal_tens_unit"
                out[-1] = _Tok(cls, prev.start, nxt.end, prev.val + nxt.val, nxt.word, prev.gap)
                i += 2
                continue
            if prev.cls == "tens" and nxt.cls == "plural_denominator" and nxt.val < 10:
                merged = _Tok(
                    "plural_denominator",
                    prev.start,
                    nxt.end,
                    prev.val + nxt.val,
                    nxt.word,
                    prev.gap,
                )
                out[-1] = merged
                i += 2
                continue
            if (
                (prev.cls in _NUMERATORS and nxt.cls in _SINGULAR_DENOMS)
                or (prev.cls in _NUMERATORS and nxt.cls == "and")
                or (prev.cls == "and" and nxt.cls == "article")
                or (prev.cls == "article" and nxt.cls in ("half", "quarter", "dozen"))
                or (prev.cls == "half" and nxt.cls in ("article", "dozen", "scale"))
            ):
                i += 1
                continue
        if t.cls == "per" and nxt is not None and nxt.cls == "cent":
            out.append(_Tok("percent_word", t.start, nxt.end, word="per cent", gap=t.gap))
            i += 2
            continue
        if t.cls == "percent_word" and t.word == "percentage" and _word_at(toks, i + 1) in _POINTS:
            end = toks[i + 1].end
            out.append(_Tok("percent_word", t.start, end, word="percentage points", gap=t.gap))
            i += 2
            continue
        if t.cls in ("per", "cent"):
            t = _Tok("other_word", t.start, t.end, word=t.word, gap=t.gap)
        out.append(t)
        i += 1
    return out


# ---------------------------------------------------------------------------
# Cardinals: "one hundred and five", "4 thousand 3 hundred and 21", "20th"
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Card:
    end: int  # index of the token after the number
    value: Fraction
    tail: Fraction  # the part added since the last multiplying word, for "dozen"
    ordinal: bool = False
    colloquial: bool = False  # "one twenty two", "nineteen eighty-four"
    last_big: int = 0  # scale of the big word the number ends with, 0 if none
    has_big: bool = False
    decimals: int | None = None
    scale: int = 1
    digits: bool = False
    words: bool = False
    single_one: bool = False
    terminal: bool = False
    plain_digits: bool = False  # one run of digits and nothing else


def _cardinals(toks: list[_Tok], i: int) -> list[_Card]:
    """Every valid cardinal (or ordinal) reading starting at token ``i``, shortest first."""
    out: list[_Card] = []
    n = len(toks)
    total = _ZERO
    group = _ZERO
    tail = _ZERO
    # What the reading ends with so far: "" (nothing yet), a token class ("article",
    # "zero", "unit", "teen", "tens", "tens_unit", "hundred", "digits", "scale"), or
    # "colloquial" for a year-style pair ("nineteen ninety"), "colloquial_tens" while
    # it may still take a unit ("nineteen ninety-five").
    stage = ""
    last_big = 0
    conn: int | None = None  # index of a pending "and" or ","
    seg_start = i  # where the latest additive part began, for backing off
    has_digits = has_words = colloquial = terminal = has_hundred = False
    decimals: int | None = None
    scale = 1
    j = i

    def back_off() -> None:
        if seg_start > i:
            while out and out[-1].end > seg_start:
                out.pop()

    while j < n:
        t = toks[j]
        c = t.cls
        ordinal = c in _ORDINALS
        if ordinal:
            c = _CARD_OF[c]
        nxt = toks[j + 1] if j + 1 < n else None
        if c in _SMALL or c == "digits":
            v = t.val
            if conn is not None and v == 0:
                break
            if c == "zero":
                if stage:
                    break
                group, tail, stage = v, v, "zero"
            elif c == "digits":
                after_big = stage == "scale" and (last_big == 0 or v < last_big)
                after_hundred = stage == "hundred" and v < 100 and t.decimals is None
                if stage and not after_big and not after_hundred:
                    break
                if stage and (t.terminal or t.decimals is not None):
                    break
                seg_start = conn if conn is not None else j
                group = group + v if stage == "hundred" else v
                tail = v
                stage = "digits"
                has_digits = True
                terminal = t.terminal
                decimals = t.decimals
                scale = t.scale
            elif stage in ("", "scale"):
                if stage == "scale":
                    seg_start = conn if conn is not None else j
                group, tail, stage = v, v, c
            elif stage == "hundred":
                seg_start = conn if conn is not None else j
                group += v
                tail = v
                stage = c
            elif stage == "tens" and c == "unit":
                group += v
                tail += v
                stage = "tens_unit"
            elif (
                stage in ("unit", "teen")
                and c in ("tens", "tens_unit")
                and not ordinal
                and conn is None
                and j == i + 1
                and t.gap.strip() == ""
                and not (nxt is not None and nxt.cls == "dash")
            ):
                group = group * 100 + v
                tail = group
                stage = "colloquial_tens" if c == "tens" else "colloquial"
                colloquial = True
            elif stage == "colloquial_tens" and c == "unit" and conn is None and not ordinal:
                group += v
                tail = group
                stage = "colloquial"
            else:
                break
            if c != "digits":
                has_words = True
            conn = None
        elif c == "hundred":
            if t.plural and (not stage or has_digits or (nxt is not None and nxt.cls == "of")):
                break
            if conn is not None:
                back_off()
                break
            if stage in ("unit", "teen", "tens", "tens_unit", "article") or (
                stage == "digits" and not terminal
            ):
                if has_hundred:
                    back_off()
                    break
                if stage == "article":
                    group = Fraction(1)
                if stage == "digits" and decimals is not None:
                    scale = 100
                group *= 100
                tail = _ZERO
                stage = "hundred"
                has_hundred = True
            elif not stage:
                group = Fraction(100)
                stage = "hundred"
                has_hundred = True
            else:
                back_off()
                break
            has_words = True
        elif c in ("scale", "scale_abbreviation"):
            s = int(t.val)
            if c == "scale_abbreviation" and stage not in (
                "digits",
                "unit",
                "teen",
                "tens",
                "tens_unit",
                "hundred",
            ):
                break
            if t.plural and (
                (nxt is not None and nxt.cls == "of")
                or (has_digits and t.word not in _INDIAN_PLURALS)
            ):
                break
            if conn is not None:
                back_off()
                break
            if stage in ("unit", "teen", "tens", "tens_unit", "hundred", "article") or (
                stage == "digits" and not terminal
            ):
                if stage == "article":
                    group = Fraction(1)
                if last_big and s >= last_big:
                    back_off()
                    break
                if group == 0:
                    break
                if stage == "digits" and (decimals is not None or total == 0):
                    # "3.5 million", "512 billion": printed to a unit of the scale word.
                    # Not "3 million, 400 thousand": that is printed to the thousand.
                    scale = s
                total += group * s
                group = _ZERO
                tail = _ZERO
                last_big = s
                stage = "scale"
                has_hundred = False
            elif stage == "scale" and s > last_big and not ordinal:
                total *= s
                if scale == last_big:
                    scale *= s  # "1.5 thousand million": the unit grows with the number
                last_big = s
            elif not stage and ordinal and c == "scale":
                total = Fraction(s)  # "the millionth visitor"
                last_big = s
                stage = "scale"
            else:
                back_off()
                break
            has_words = True
        elif c == "article":
            if (
                stage
                or nxt is None
                or nxt.cls not in ("hundred", "scale", "ordinal_hundred", "ordinal_scale")
            ):
                break
            stage = "article"
            has_words = True
            j += 1
            continue
        elif c == "and":
            if conn is not None or stage not in ("hundred", "scale", "tens") or nxt is None:
                break
            if stage == "tens" and nxt.cls != "unit":
                break
            conn = j
            j += 1
            continue
        elif c == "comma":
            if conn is not None or stage != "scale" or t.gap or not _group_goes_on(toks, j):
                break
            conn = j
            j += 1
            continue
        else:
            break
        j += 1
        if ordinal:
            out.append(
                _Card(
                    j,
                    total + group if total else group,
                    tail,
                    ordinal=True,
                    has_big=bool(last_big),
                    words=True,
                )
            )
            break
        if stage in ("", "article"):
            continue
        out.append(
            _Card(
                j,
                total + group if total else group,
                tail,
                colloquial=colloquial,
                last_big=last_big if stage == "scale" else 0,
                has_big=bool(last_big),
                decimals=decimals,
                scale=scale,
                digits=has_digits,
                words=has_words,
                single_one=(j == i + 1 and c == "unit" and t.val == 1),
                terminal=terminal,
                plain_digits=(j == i + 1 and c == "digits"),
            )
        )
        if terminal:
            break
    return out


# ---------------------------------------------------------------------------
# Quantities: cardinals plus decimals, fractions, dozens, ratios, approximations
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Q:
    end: int  # index of the token after the quantity
    value: Fraction
    kind: NumberKind = "number"
    exact: bool = False
    decimals: int | None = None
    scale: int = 1
    approx: tuple[Fraction, Fraction, bool, bool] | None = None  # finite bounds
    digits: bool = False
    words: bool = True
    rank: int = 0  # breaks ties between readings of the same span (higher wins)
    single_one: bool = False
    absorbs_of: bool = False  # "a couple of", "dozens of": the "of" belongs to the quantity
    year_like: bool = False


def _at(toks: list[_Tok], j: int) -> _Tok | None:
    return toks[j] if 0 <= j < len(toks) else None


def _phrase_ends(toks: list[_Tok], j: int) -> bool:
    """True when nothing but punctuation or the end of text follows token ``j - 1``."""
    t = _at(toks, j)
    if t is None:
        return True
    if "\n" in t.gap:
        return True
    return (t.cls == "punctuation" and t.word in _END_PUNCT) or t.cls in ("comma", "of")


def _from_card(c: _Card, toks: list[_Tok]) -> _Q:
    # News style groups counts of 1,000 and more ("26,000"); a bare four-digit
    # run is a year, an address or a model number, all exact, not rounded.
    t = toks[c.end - 1]
    year_like = (
        c.plain_digits
        and t.end - t.start == 4
        and not t.grouped
        and t.decimals is None
        and t.scale == 1  # "10bn", "10 K": four characters, but a scaled amount
    )
    return _Q(
        c.end,
        c.value,
        decimals=c.decimals,
        scale=c.scale,
        digits=c.digits,
        words=c.words,
        single_one=c.single_one,
        year_like=year_like,
    )


def _decimal_part(toks: list[_Tok], k: int) -> tuple[int, str] | None:
    """Digits after "point": "zero three", "seventy-one", "77"."""
    t = _at(toks, k)
    if t is None:
        return None
    if t.cls == "digits" and t.decimals is None and not t.grouped and not t.terminal:
        return k + 1, str(int(t.val)).zfill(t.end - t.start)
    if t.cls in ("teen", "tens_unit"):
        return k + 1, str(int(t.val))
    if t.cls == "tens":
        u = _at(toks, k + 1)
        if u is not None and u.cls == "unit":
            return k + 2, str(int(t.val + u.val))
        return k + 1, str(int(t.val))
    digits = ""
    j = k
    while (t := _at(toks, j)) is not None and t.cls in ("zero", "unit", "oh_as_zero"):
        digits += "0" if t.cls == "oh_as_zero" else str(int(t.val))
        j += 1
    return (j, digits) if digits else None


def _scaled_fraction(toks: list[_Tok], j: int, frac: Fraction) -> list[tuple[int, Fraction]]:
    """A fraction optionally scaled: "half a million", "three quarters million"."""
    out = [(j, frac)]
    t = _at(toks, j)
    if t is not None and t.cls in ("scale", "hundred") and not t.plural:
        out.append((j + 1, frac * int(t.val)))
    elif t is not None and t.cls == "of":
        a, s = _at(toks, j + 1), _at(toks, j + 2)
        if (
            a is not None
            and a.cls == "article"
            and s is not None
            and s.cls in ("scale", "hundred")
            and not s.plural
        ):
            out.append((j + 3, frac * int(s.val)))
    return out


def _singular_denominator(t: _Tok | None, *, after_one: bool) -> Fraction | None:
    """The value of "third", "twenty-fifth", "hundredth" read as a denominator."""
    if t is None or t.word in ("first", "second", "zeroth"):
        return None
    if t.cls in ("ordinal_unit", "ordinal_teen", "ordinal_tens", "ordinal_tens_unit"):
        return Fraction(1) / t.val
    if t.cls in ("ordinal_hundred", "ordinal_scale") and not after_one:
        return Fraction(1) / t.val
    return None


def _fraction_phrases(toks: list[_Tok], k: int) -> list[tuple[int, Fraction, bool]]:
    """Fractions that can follow "and": "a half", "one fourth", "three fifths"."""
    out: list[tuple[int, Fraction, bool]] = []
    t = _at(toks, k)
    if t is None:
        return out
    nxt = _at(toks, k + 1)
    if t.cls == "article" or (t.cls == "unit" and t.val == 1):
        if nxt is not None and nxt.cls in ("half", "quarter"):
            out.append((k + 2, Fraction(1, 2 if nxt.cls == "half" else 4), True))
        d = _singular_denominator(nxt, after_one=t.cls == "unit")
        if d is not None:
            out.append((k + 2, d, True))
    for c in _cardinals(toks, k):
        if c.ordinal or c.colloquial or c.decimals is not None or c.terminal:
            continue
        den = _at(toks, c.end)
        if (
            den is not None
            and den.cls == "plural_denominator"
            and not den.compound
            and c.value.denominator == 1
        ):
            v = c.value / den.val
            out.append((c.end + 1, v, v < 1))
    return out


def _quantities(toks: list[_Tok], i: int) -> list[_Q]:
    """Every reading of the tokens from ``i`` as one quantity; the caller keeps the longest."""
    out: list[_Q] = []
    for c in _cardinals(toks, i):
        if c.ordinal:
            out.append(_Q(c.end, c.value, "ordinal", exact=True))
        else:
            out.append(_from_card(c, toks))
            out.extend(_after_cardinal(toks, i, c))
    out.extend(_from_words(toks, i))
    return out


def _after_cardinal(toks: list[_Tok], i: int, c: _Card) -> list[_Q]:
    """What a cardinal can grow into: decimals, dozens, fractions, ratios."""
    out: list[_Q] = []
    nxt = _at(toks, c.end)
    if nxt is None or c.colloquial or c.terminal or c.decimals is not None:
        return out
    if c.value.denominator != 1:
        return out
    if nxt.cls == "point" and c.scale == 1 and not c.has_big:
        dp = _decimal_part(toks, c.end + 1)
        if dp is not None:
            end, digs = dp
            val = c.value + Fraction(int(digs), 10 ** len(digs))
            out.append(_Q(end, val, decimals=len(digs), digits=c.digits))
            b = _at(toks, end)
            if b is not None and b.cls in ("scale", "scale_abbreviation") and not b.plural:
                s = int(b.val)
                out.append(_Q(end + 1, val * s, decimals=len(digs), scale=s, digits=c.digits))
    elif nxt.cls == "dozen" and c.value > 0:
        if nxt.plural and c.plain_digits and _at_cls(toks, c.end + 1) == "of":
            return out  # "in 2011 dozens of people" is a year and a quantity
        # "three hundred and two dozens" is 300 + 24: dozen multiplies what
        # was added after the last hundred or thousand, or all of it.
        head = c.value - c.tail
        val = head + c.tail * 12 if c.tail else c.value * 12
        out.append(_approx_q(c.end + 1, val, val - val / 6, val + val / 6, absorbs_of=True))
    elif nxt.cls == "plural_denominator" and not nxt.compound:
        for end, v in _scaled_fraction(toks, c.end + 1, c.value / nxt.val):
            out.append(_Q(end, v, exact=True, rank=1, digits=c.digits))
    elif nxt.cls == "and":
        out.extend(_mixed_numbers(toks, c))
    elif nxt.cls in ("over", "out", "in"):
        out.extend(_ratios(toks, c))
    elif nxt.cls == "tens" and not c.has_big:
        # "three twenty firsts": the tens word belongs to the denominator.
        fp = _at(toks, c.end + 1)
        if fp is not None and fp.cls == "plural_denominator" and fp.val < 10 and not fp.gap.strip():
            out.append(_Q(c.end + 2, c.value / (nxt.val + fp.val), exact=True, rank=1))
    return out


def _from_words(toks: list[_Tok], i: int) -> list[_Q]:
    """Quantities that do not start with a cardinal: "a third", "half a dozen", "dozens"."""
    out: list[_Q] = []
    t0 = toks[i]
    t1 = _at(toks, i + 1)
    t2 = _at(toks, i + 2)
    c0 = t0.cls
    c1 = t1.cls if t1 is not None else ""
    c2 = t2.cls if t2 is not None else ""
    single1 = t1 is not None and not t1.plural and not t1.compound
    single2 = t2 is not None and not t2.plural and not t2.compound
    val2 = int(t2.val) if t2 is not None else 0
    if c0 == "article" or (c0 == "unit" and t0.val == 1):
        # A numerator of one: "a half", "a third of", "one eighth".
        if c1 in ("half", "quarter"):
            frac = Fraction(1, 2 if c1 == "half" else 4)
            out.extend(_Q(e, v, exact=True, rank=1) for e, v in _scaled_fraction(toks, i + 2, frac))
        d = _singular_denominator(t1, after_one=c0 == "unit")
        # "a third" alone or before "of" is a fraction; "a third term" an ordinal.
        if d is not None and (c0 == "unit" or _phrase_ends(toks, i + 2)):
            out.extend(_Q(e, v, exact=True, rank=1) for e, v in _scaled_fraction(toks, i + 2, d))
    if c0 == "article":
        if c1 == "dozen" and single1:
            out.append(_approx_q(i + 2, Fraction(12), 10, 14, absorbs_of=True))
        elif c1 == "half" and c2 == "dozen" and single2:
            out.append(_approx_q(i + 3, Fraction(6), 5, 7, absorbs_of=True))
        elif c1 == "vague_quantity":
            out.extend(_approx_words(toks, i + 1, article=True))
    elif c0 == "half":
        if (c1 == "article" and c2 == "dozen" and single2) or (c1 == "dozen" and single1):
            out.append(
                _approx_q(i + (3 if c1 == "article" else 2), Fraction(6), 5, 7, absorbs_of=True)
            )
        elif c1 == "article" and c2 in ("scale", "hundred") and single2:
            out.append(_Q(i + 3, Fraction(val2, 2), exact=True))
        out.extend(_Q(e, v, exact=True) for e, v in _scaled_fraction(toks, i + 1, Fraction(1, 2)))
    elif c0 == "quarter":
        # A bare "quarter" is a period of time; only "quarter million" is a number.
        for end, v in _scaled_fraction(toks, i + 1, Fraction(1, 4))[1:]:
            out.append(_Q(end, v, exact=True))
    elif c0 == "dozen" and t0.plural and not t0.compound:
        out.append(_approx_q(i + 1, Fraction(24), 24, 200, hi_open=True, absorbs_of=True))
    elif c0 == "vague_quantity":
        out.extend(_approx_words(toks, i, article=False))
    elif c0 in ("hundred", "scale") and t0.plural and t0.word not in _INDIAN_PLURALS:
        out.extend(_plural_scales(toks, i))
    elif c0 == "once":
        out.append(_Q(i + 1, t0.val, "multiplier", exact=True))
    elif c0 == "point" and c1 == "digits":
        dp = _decimal_part(toks, i + 1)
        if dp is not None:
            end, digs = dp
            val = Fraction(int(digs), 10 ** len(digs))
            out.append(_Q(end, val, decimals=len(digs), digits=True))
    elif c0 == "digits_fraction":
        out.append(_Q(i + 1, t0.val, exact=True, digits=True, words=False))
    elif c0 == "digits_ordinal":
        out.append(_Q(i + 1, t0.val, "ordinal", exact=True, digits=True, words=False))
    return out


def _at_cls(toks: list[_Tok], j: int) -> TokenClass | None:
    t = _at(toks, j)
    return t.cls if t is not None else None


def _word_at(toks: list[_Tok], j: int) -> str:
    t = _at(toks, j)
    return t.word if t is not None else ""


def _approx_q(
    end: int,
    value: Fraction,
    low: int | Fraction,
    high: int | Fraction,
    *,
    hi_open: bool = False,
    absorbs_of: bool = False,
) -> _Q:
    return _Q(
        end,
        value,
        approx=(Fraction(low), Fraction(high), False, hi_open),
        absorbs_of=absorbs_of,
    )


# Approximate quantity words: (value, low, high, high open).
_APPROX = {v.word: (v.value, v.low, v.high, False) for v in language.vague_quantities()}
# The vague words that count only after "a" ("a few"), and those that never do ("a several").
_APPROX_AFTER_ARTICLE = frozenset(
    v.word for v in language.vague_quantities() if v.article == "required"
)
_APPROX_NO_ARTICLE = frozenset(v.word for v in language.vague_quantities() if v.article == "never")


def _approx_words(toks: list[_Tok], i: int, *, article: bool) -> list[_Q]:
    """ "a couple of", "a few hundred", "several thousand", "scores of", "tens of thousands"."""
    t = toks[i]
    out: list[_Q] = []
    w = t.word
    if w in _APPROX_AFTER_ARTICLE and not article:
        return out
    if w in _APPROX_NO_ARTICLE and article:
        return out
    if w == "scores":
        if _at_cls(toks, i + 1) == "of":
            out.append(_approx_q(i + 2, Fraction(40), 40, 200, hi_open=True))
        return out
    if w == "tens":
        s = _at(toks, i + 2)
        if _at_cls(toks, i + 1) == "of" and s is not None and s.cls == "scale" and s.plural:
            sv = int(s.val)
            out.append(_approx_q(i + 3, Fraction(20 * sv), 20 * sv, 100 * sv, hi_open=True))
        return out
    if w not in _APPROX:
        return out
    value, low, high, hi_open = _APPROX[w]
    out.append(_approx_q(i + 1, Fraction(value), low, high, hi_open=hi_open, absorbs_of=True))
    # "a few hundred", "a couple of million", "several thousand"
    j = i + 1
    if _at_cls(toks, j) == "of" and w in ("couple",):
        j += 1
    s = _at(toks, j)
    if s is not None and s.cls in ("hundred", "scale", "dozen") and not s.plural:
        sv = int(s.val)
        out.append(_approx_q(j + 1, Fraction(value * sv), low * sv, high * sv, absorbs_of=True))
    return out


def _plural_scales(toks: list[_Tok], i: int) -> list[_Q]:
    """ "hundreds", "thousands", "hundreds of thousands", "millions"."""
    t = toks[i]
    s = int(t.val)
    out: list[_Q] = []
    if t.cls == "hundred":
        out.append(_approx_q(i + 1, Fraction(200), 200, 1000, hi_open=True, absorbs_of=True))
        big = _at(toks, i + 2)
        if _at_cls(toks, i + 1) == "of" and big is not None and big.cls == "scale" and big.plural:
            bv = int(big.val)
            out.append(_approx_q(i + 3, Fraction(200 * bv), 200 * bv, 1000 * bv, hi_open=True))
        return out
    high = 10 * s if s < 10**6 else 1000 * s
    out.append(_approx_q(i + 1, Fraction(2 * s), 2 * s, high, hi_open=True, absorbs_of=True))
    return out


def _mixed_numbers(toks: list[_Tok], c: _Card) -> list[_Q]:
    """ "one and a half", "five and a half million", "one hundred and three quarters"."""
    out: list[_Q] = []
    for end, frac, proper in _fraction_phrases(toks, c.end + 1):
        rank = 2 if proper else 0
        b = _at(toks, end)
        # "one million and a half" halves the million; "one and a half" the one.
        unit = c.last_big if c.last_big >= 1000 else 1
        out.append(_Q(end, c.value + frac * unit, exact=True, rank=rank, digits=c.digits))
        if b is not None and b.cls == "scale" and not b.plural:
            s = int(b.val)
            if c.has_big and (c.last_big == 0 or s < c.last_big):
                val = c.value + frac * s  # "one billion and a half million"
                out.append(_Q(end + 1, val, exact=True, rank=rank, digits=c.digits))
            elif not c.has_big:
                val = (c.value + frac) * s  # "five and a half million"
                out.append(_Q(end + 1, val, exact=True, rank=rank, digits=c.digits))
    return out


def _ratios(toks: list[_Tok], c: _Card) -> list[_Q]:
    """ "one in five", "two out of three", "1 over 3"."""
    out: list[_Q] = []
    op = toks[c.end]
    k = c.end + 1
    if op.cls == "out":
        if _at_cls(toks, k) != "of":
            return out
        k += 1
    for d in _cardinals(toks, k):
        if d.ordinal or d.colloquial or d.decimals is not None or d.terminal or d.value == 0:
            continue
        if d.value.denominator != 1:
            continue
        if op.cls == "over" and not _phrase_ends(toks, d.end):
            continue
        if op.cls == "out" and c.value > d.value:
            continue
        if d.plain_digits and 1000 <= d.value <= 2100:
            continue  # "7 over 2019", "3 in 2010": a year, not a denominator
        if op.cls == "in" and (c.value >= d.value or c.value < 1):
            continue
        out.append(_Q(d.end, c.value / d.value, exact=True, digits=c.digits or d.digits))
    return out


# ---------------------------------------------------------------------------
# Mentions: sign, hedge, percent, multiplier, interval
# ---------------------------------------------------------------------------

_HEDGE_WORDS: tuple[tuple[str, Hedge], ...] = tuple(
    (hedge.phrase, hedge.interval) for hedge in language.hedges() if "numbers" in hedge.read_by
)
_HEDGE_OF = dict(_HEDGE_WORDS)
_HEDGE_MAX_WORDS = max(len(w.split()) for w, _ in _HEDGE_WORDS)
_HEDGE_LAST_WORDS = frozenset(w.split()[-1] for w, _ in _HEDGE_WORDS)
_WORDS_BEFORE_MATTER = _HEDGE_LAST_WORDS | {"a", "an"}
# Prepositions that only hedge when they do not follow another number:
# "an increase of 7 over 2019" compares two numbers.
_PREPOSITION_HEDGES = language.LazyWords(lambda: language.words("comparing_prepositions.txt"))
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "which", "what", "at", "one", "every"})
_PAREN = re.compile(r"[ \t]*\(([^()\n]{1,60})\)")
_HALF_PERIODS = language.LazyWords(lambda: language.words("half_periods.txt"))
# Code, not data: the characters of a word the quick reading steps over.
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'’.")


def _words_before(text: str, pos: int, lo: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` whitespace-separated words ending just before ``pos``, nearest first.

    Only a plain run of words counts: punctuation between them ends the run, so
    a hedge never reaches across a comma or a sentence end.
    """
    seg_start = max(lo, pos - 64)
    seg = text[seg_start:pos]
    if not seg or not seg[-1].isspace():
        return []
    out: list[tuple[str, int]] = []
    end = len(seg)
    for part in reversed(seg.split()):
        if len(out) == limit or not _WORD_CHARS.issuperset(part):
            break
        at = seg.rfind(part, 0, end)
        if at == 0 and seg_start > 0 and not text[seg_start - 1].isspace():
            break  # the window cut this word in two
        if out and part.endswith("."):
            break  # "... said. About" — the sentence ended
        out.append((part.lower(), seg_start + at))
        end = at
    return out


def _hedge_before(
    words: list[tuple[str, int]], text: str, prev_end: int
) -> tuple[str, Hedge, int, str] | None:
    """The hedge phrase ending ``words``: phrase, reading, start and the word before it."""
    if not words or words[0][0] not in _HEDGE_LAST_WORDS:
        return None
    for n in range(min(len(words), _HEDGE_MAX_WORDS), 0, -1):
        phrase = " ".join(w for w, _ in reversed(words[:n]))
        hedge = _HEDGE_OF.get(phrase)
        start = words[n - 1][1]
        if hedge is None or start < prev_end:
            continue
        if phrase in _PREPOSITION_HEDGES and prev_end > 0 and not text[prev_end:start].strip():
            return None
        head = words[n][0] if len(words) > n else ""
        return phrase, hedge, start, head
    return None


# ---------------------------------------------------------------------------
# Hedge words that are not hedges
#
# Most hedge words have a second job. A hedge is read only where the word
# modifies the number; these general rules decide where it does not.
#
# 1. A head that governs the preposition. "about", "around", "over" and
#    "under" are also prepositions, and the word before them can select them:
#    "a film about three sisters" (topic), "a dispute over two islands"
#    (matter), "served under three presidents", "centred around two themes".
#    After such a head the preposition belongs to it and the number is exact.
#    The heads are closed lists of words that take the preposition as their own
#    complement: nouns of content and of conflict ("film", "row"), intransitive
#    verbs ("talked", "clashed"), adjectives of attitude ("worried") and verbs
#    whose particle it is ("handed over three suspects"). Words
#    that can also take an object or a clause ("wrote", "said", "thinks",
#    "won", "built", "controls", "finished") are left out, because "wrote about
#    300 songs", "won over 3 million votes" and "finished above 3,000" hedge.
# 2. "under" before people who lead or frameworks that govern ("under three
#    presidents", "under two treaties") means during or by; before a stretch of
#    time ("under 30 hours") it is always "fewer than".
# 3. "over" before a stretch of time or a series. "rose 5% over three years",
#    "spread over 10 days", "scored twice over three games": "over" is
#    "across", not "more than". It is "more than" again when a preposition, a
#    copula or a verb of duration comes first ("for over three years", "in over
#    two decades", "lasted over two hours") or a word after the stretch measures
#    from a point ("over three years ago", "over 10 years old"). "just over"
#    and "well over" always hedge.
# 4. "some" before a compound modifier. In "some 3-year-olds" or "some
#    five-star hotels" the number only builds the word that "some" quantifies;
#    "some 30-odd", "some 30-plus" and ranges ("some 30-40") stay hedges.
#
# A false "over" or "under" excludes the stated value itself, so it turns a
# correct figure into a failure; a false "about" or "some" only widens.
# ---------------------------------------------------------------------------


def _preposition_heads(preposition: language.HeadPreposition) -> Iterator[str]:
    return (h.word for h in language.preposition_heads() if h.preposition == preposition)


def _over_stretch_words(role: language.OverStretchRole) -> Iterator[str]:
    return (w.word for w in language.over_stretch_words() if w.role == role)


_ABOUT_HEADS = language.LazyWords(lambda: _preposition_heads("about"))
_OVER_HEADS = language.LazyWords(lambda: _preposition_heads("over"))
_UNDER_HEADS = language.LazyWords(lambda: _preposition_heads("under"))
# After "under", people who lead and frameworks that govern: "under three presidents",
# "under two treaties" are during or by, not fewer than.
_UNDER_COUNTED = language.LazyWords(lambda: language.words("under_counted.txt"))
_AROUND_HEADS = language.LazyWords(lambda: _preposition_heads("around"))
_HEADS: dict[str, language.LazyWords] = {
    "about": _ABOUT_HEADS,
    "around": _AROUND_HEADS,
    "over": _OVER_HEADS,
    "under": _UNDER_HEADS,
}
# Stretches of time and the series a total is counted across.
_STRETCHES = language.LazyWords(lambda: language.words("stretches.txt"))
_STRETCH_ADJECTIVES = language.LazyWords(lambda: _over_stretch_words("adjective"))
# "over" stays "more than" after these: "for over three years", "lasted over two hours".
_OVER_STRETCH_HEDGED_AFTER = language.LazyWords(lambda: _over_stretch_words("hedged_after"))
# "over three years ago", "over 10 years old": the stretch is measured, so "over" is more.
_STRETCH_MEASURED_BY = language.LazyWords(lambda: _over_stretch_words("measured_by"))
_COMPOUND_QUANTITY_SUFFIXES = language.LazyWords(lambda: language.words("compound_suffixes.txt"))
_WORDS_AFTER = re.compile(
    r"(?P<dash>[-–‐])?[ \t]*(?P<w1>[A-Za-z]+)"
    r"(?:[ \t]+(?P<w2>[A-Za-z]+))?(?:[ \t]+(?P<w3>[A-Za-z]+))?"
)


def _modifies_number(phrase: str, head: str, text: str, end: int) -> bool:
    """Whether the hedge ``phrase`` before the number ending at ``end`` is a hedge there.

    ``head`` is the word before the phrase. See the rules above.
    """
    if phrase not in _HEADS and phrase not in ("some", "over", "under"):
        return True
    after = _WORDS_AFTER.match(text, end)
    dash = after is not None and after.group("dash") is not None
    nxt = [w.lower() for w in after.groups()[1:] if w] if after is not None else []
    if phrase == "some":
        return not (dash and nxt and nxt[0] not in _COMPOUND_QUANTITY_SUFFIXES)
    if phrase == "over" and nxt and not dash:
        k = 1 if nxt[0] in _STRETCH_ADJECTIVES and len(nxt) > 1 else 0
        if nxt[k] in _STRETCHES:
            measured = len(nxt) > k + 1 and nxt[k + 1] in _STRETCH_MEASURED_BY
            return measured or head in _OVER_STRETCH_HEDGED_AFTER
    if phrase == "under" and nxt and not dash:
        if nxt[0] in _STRETCHES:
            return True  # "worked under 30 hours a week"
        if nxt[0] in _UNDER_COUNTED:
            return False
    heads = _HEADS.get(phrase)
    return heads is None or head not in heads


def _int_unit(value: Fraction) -> int:
    """Rounding unit of a whole number: 26 -> 1, 26,000 -> 1000, 388,780 -> 1.

    Writers round large figures to one or two significant figures ("26,000",
    "2,500", "10,000"), and such a figure is read to two: "10,000" is 9,500 up to
    10,500. A figure with more significant digits ("388,780") is an exact count,
    so a count off by one never agrees with it.
    """
    n = abs(value.numerator)
    if n < 1000:
        return 1
    digits = len(str(n))
    significant = len(str(n).rstrip("0"))
    if significant > 2:
        return 1
    return int(10 ** (digits - 2))


def _printed_unit(q: _Q) -> tuple[int, int]:
    """The printed rounding unit as a reduced numerator and denominator."""
    if q.decimals is not None:
        den = 10**q.decimals
        g = math.gcd(q.scale, den)
        return q.scale // g, den // g
    if q.year_like:
        return 1, 1
    if q.scale != 1:
        # "$512 billion", "512bn": the digits are rounded at the scale they are
        # printed at, so the unit is one of the scale ([511.5e9, 512.5e9)), not one
        # of the whole figure.
        return _int_unit(q.value / q.scale) * q.scale, 1
    return _int_unit(q.value), 1


# How far a hedged round figure may be from what it rounds, as a share of it: "nearly
# 140" admits down to a 20th below (133), "about 130" a 10th either side (117 to 143).
# The judges of durations ("nearly 140 years ago") take the same shares.
NEARLY_SHARE = 20
ABOUT_SHARE = 10


def _interval(q: _Q, kind: NumberKind, hedge: Hedge | None) -> tuple[float, float, bool, bool]:
    # Exact rational arithmetic on integer numerators and denominators: one
    # int/int division at the end is correctly rounded, as float(Fraction) is,
    # and much cheaper than Fraction operators.
    x = q.value
    a, b = x.numerator, x.denominator
    if q.approx is not None:
        low, high, lo_open, hi_open = q.approx
        if hedge is None:
            return float(low), float(high), lo_open, hi_open
        if hedge == "about":
            lo = low.numerator * 9 / (low.denominator * 10)
            hi = high.numerator * 11 / (high.denominator * 10)
            return lo, hi, lo_open, hi_open
        if hedge == "nearly":
            return float(min(low, x)), a / b, False, False
    if hedge is None:
        if kind in ("ordinal", "multiplier") or (q.exact and not _whole_thousands(q)):
            return a / b, a / b, False, False
        u, v = _printed_unit(q)
        if b == 1 and v == 1 and abs(a) < 2**52:
            # Whole numbers are exact in floats.
            n, h = float(a), u / 2
            return n - h, n + h, False, True
        # x -+ u / 2v
        d = 2 * b * v
        return (2 * a * v - u * b) / d, (2 * a * v + u * b) / d, False, True
    if hedge == "more_than":
        return a / b, _INF, True, True
    if hedge == "at_least":
        return a / b, _INF, False, True
    if hedge == "fewer_than":
        return -_INF, a / b, True, True
    if hedge == "at_most":
        return -_INF, a / b, True, False
    # Under a hedge a round number is a reference point, not a rounded count,
    # so its trailing zeros do not widen the interval further.
    if q.exact or kind == "multiplier":
        u, v = 0, 1
    elif q.decimals is not None:
        u, v = _printed_unit(q)
    else:
        u, v = 1, 1
        if b == 1 and q.scale == 1 and a % 10 == 0:
            # "some 43,100": printed to its hundreds, as "about 3.2 million" is to its
            # hundred thousands; with three significant digits or more, the last not
            # 0 or 5, it is given to that digit (rule hedged-to-its-digit). Two
            # ("about 26,000") may be a round number with its zeros, and keep the share.
            place = _trailing_place(a)
            if abs(a) // place >= 100 and _given_to_last_digit(a, place):
                u = place
    if u and _given_to_last_digit(a * v, b * u):
        # "some 27", "about 3.2 million", "nearly 97%": a figure printed to a last
        # digit that is not 0 or 5 is nobody's round number ("26,000" and "27
        # million" end in zeros and are). The hedge admits doubt about that digit,
        # less than one printed unit either way, and no more: a figure one unit off
        # is another figure the writer could have printed.
        d = b * v
        below = (a * v - u * b) / d
        if hedge == "nearly":
            return below, a / b, True, False
        return below, (a * v + u * b) / d, True, True
    # The tolerance is the larger of a share of |x| (5% for "nearly", 10% for
    # "about") and the unit: tn / td.
    share = NEARLY_SHARE if hedge == "nearly" else ABOUT_SHARE
    if abs(a) * v >= share * b * u:
        tn, td = abs(a), share * b
    else:
        tn, td = u, v
    d = b * td
    lo_n, hi_n = a * td - tn * b, a * td + tn * b
    if hedge == "nearly":
        if a >= 0:
            return lo_n / d, a / b, False, False
        return a / b, hi_n / d, False, False
    return lo_n / d, hi_n / d, False, False


def _trailing_place(n: int) -> int:
    """The place of ``n``'s last non-zero digit: 100 for 43,100, 1 for 27."""
    place = 1
    while n and n % (place * 10) == 0:
        place *= 10
    return place


def _given_to_last_digit(n: int, d: int) -> bool:
    """Whether ``n / d`` (a value counted in its printed unit) is a whole number
    whose last digit is neither 0 nor 5: "27" and "3.2" are, "25", "30" and "2.5" are not."""
    return n % d == 0 and (n // d) % 5 != 0


def _whole_thousands(q: _Q) -> bool:
    """ "half a million" is a round whole number and rounds like one."""
    return q.value.denominator == 1 and abs(q.value) >= 1000


def _form(q: _Q) -> NumberForm:
    if q.approx is not None:
        return "approximate"
    if q.digits and (q.words or q.scale != 1):
        return "mixed"
    return "digits" if q.digits else "words"


def _parse_at(text: str, pos: int) -> tuple[list[_Tok], _Q] | None:
    toks = _tokenize(text, pos)
    if not toks or toks[0].cls in _STOP:
        return None
    cands = _quantities(toks, 0)
    if not cands:
        return None
    best = max(cands, key=lambda q: (toks[q.end - 1].end, q.rank))
    return toks, best


def _extend(text: str, toks: list[_Tok], q: _Q) -> tuple[int, NumberKind]:
    """Grow a quantity over what follows it: "of", "(45)", "percent", "times"."""
    j = q.end
    kind: NumberKind = q.kind
    if q.absorbs_of and _at_cls(toks, j) == "of":
        j += 1
    end = toks[j - 1].end
    if kind != "number":
        return end, kind
    pm = _PAREN.match(text, end)
    if pm is not None and _restates(pm.group(1), q.value):
        end = pm.end()
        toks = [*toks[:j], *_tokenize(text, end, limit=2)]
    t = _at(toks, j)
    if t is not None and t.start >= end:
        if t.cls == "percent_word":
            return t.end, "percent"
        if t.cls == "times":
            return t.end, "multiplier"
    return end, kind


def _restates(inner: str, value: Fraction) -> bool:
    """ "forty-five (45)": a bracket that repeats the number belongs to it."""
    inner = inner.strip()
    found = find_numbers(inner)
    return (
        len(found) == 1
        and found[0].text == inner
        and found[0].kind == "number"
        and found[0].value == float(value)
    )


def _mention_at(text: str, start: int, is_word: bool, prev_end: int) -> NumberMention | None:
    # Context words may reach behind the previous mention ("the first half");
    # anything that joins the span (article, sign, hedge) may not.
    ahead = start
    if start and text[start - 1] in _CURRENCY_END:
        # "more than $3 billion", "about Rs 300 crore": the currency sits
        # between the hedge and the number, so read the words before it.
        cm = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
        if cm is not None:
            ahead = cm.start()
    words = _words_before(text, ahead, 0, 1)
    if words and words[0][0] in _WORDS_BEFORE_MATTER:
        # Only a hedge, or an article for a word, needs the words further back.
        words = _words_before(text, ahead, 0, _HEDGE_MAX_WORDS + 1)
    if is_word and words and words[0][0] in ("a", "an") and words[0][1] >= prev_end:
        # "a dozen", "a third of": try with the article first.
        mention = _mention_from(text, words[0][1], prev_end, words[1:])
        if mention is not None:
            return mention
    return _mention_from(text, start, prev_end, words)


def _mention_from(
    text: str, start: int, prev_end: int, words: list[tuple[str, int]]
) -> NumberMention | None:
    kind: NumberKind
    # After "quite" the next token decides ("quite a few"): no shortcut.
    quick = None
    if not (words and words[0][0] == "quite"):
        quick = _quick_digits(text, start) or _quick_word(text, start)
    if quick is not None:
        q, end, kind = quick
        digits = q.digits
    else:
        parsed = _parse_at(text, start)
        if parsed is None:
            return None
        toks, q = parsed
        end, kind = _extend(text, toks, q)
        if not _stands_alone(toks, q, kind, words[0][0] if words else ""):
            return None
        digits = toks[0].cls in ("digits", "digits_fraction")
    value = q.value
    if kind in ("number", "percent") and q.approx is None:
        sign = _sign_start(text, start, prev_end, words, digits, end)
        if sign is not None:
            start = sign
            value = -value
            q = replace(q, value=value)
            words = _words_before(text, start, 0, _HEDGE_MAX_WORDS + 1)
    hedge: Hedge | None = None
    if kind != "ordinal":
        found = _hedge_before(words, text, prev_end)
        if found is not None and _modifies_number(found[0], found[3], text, end):
            _, hedge, start, _ = found
    return _mention(text, start, end, kind, q, hedge)


def _mention(
    text: str, start: int, end: int, kind: NumberKind, q: _Q, hedge: Hedge | None
) -> NumberMention:
    low, high, lo_open, hi_open = _interval(q, kind, hedge)
    return NumberMention(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,
        value=float(q.value),
        low=low,
        high=high,
        low_open=lo_open,
        high_open=hi_open,
        hedge=hedge,
        approximate=hedge is not None or q.approx is not None,
        form=_form(q),
    )


# Words before a number that can make it signed or hedged, or not a number.
_CONTEXT_WORDS = frozenset({"minus", "negative", "quite"}) | _HEDGE_LAST_WORDS


def _bare_before(text: str, start: int) -> bool:
    """True when nothing before ``start`` can sign or hedge a number there.

    A cheap, conservative test: a minus sign, a dash before spaces (a signed
    value on its own line), a currency marker or a word that ends a hedge
    sends the number to the full reader.
    """
    if start == 0:
        return True
    c = text[start - 1]
    if not c.isspace():
        return c not in "-−" and c not in _CURRENCY
    lo = max(0, start - 32)
    seg = text[lo:start]
    parts = seg.split()
    if not parts or (lo and len(parts) == 1 and not seg[0].isspace()):
        return False  # nothing, or a word the window may have cut
    last = parts[-1]
    return (
        last[-1] not in "-−"
        and last.lower() not in _CONTEXT_WORDS
        and last not in _CURRENCY_CODES  # "about Rs 300"
    )


def _stands_alone(toks: list[_Tok], q: _Q, kind: NumberKind, before: str) -> bool:
    """Whether a parsed quantity is a number here, not a pronoun, idiom or period."""
    first = toks[0]
    if q.single_one and kind == "number":
        after = _at(toks, q.end)
        if notnumbers.lone_one_pronoun(before, after.word if after is not None else ""):
            return False
        if after is not None and after.cls == "of":
            return False
    if before == "quite" and (first.word == "few" or _at_cls(toks, 1) == "vague_quantity"):
        return False
    if first.cls == "point" and before in _DETERMINERS:
        return False
    # "the first half", "a half-hour", "half-time": a period or a compound, not 0.5
    half_period = q.end == 1 and before in _HALF_PERIODS
    return not (toks[q.end - 1].cls == "half" and (_at_cls(toks, q.end) == "dash" or half_period))


# The quick reading of digits. After a digit token (with its separators,
# decimals or glued scale: "45,000", "3.5", "5bn"), what cannot change its
# reading is the end of the text, punctuation that stops the tokenizer, or
# whitespace and a word that is not in the lexicon; a percent marker makes it a
# percentage whatever follows. Anything else ("3 million", "3/4", "3-quarter",
# "3 (three)", "3 and a half") goes to the full reader, which gives the same
# readings for these shapes, only slower.
_PLAIN_FOLLOW = re.compile(
    r"\Z|[;:!?)\]}\"'”’»…]|[.,](?![0-9])|\s+(?P<word>[A-Za-z]+)"
    # A dash before digits or a word joins nothing to the number ("2025-08",
    # "3-year-old", "1945 -- it"), unless the word is in the lexicon ("2-thirds").
    r"|\s*[-–—‐]+\s*(?:[0-9]|(?P<dword>[A-Za-z]+))"
)
# Words in the lexicon that the reader ignores after digits ("300 of them").
# Code, not data: lexicon tokens that change nothing after digits.
_PLAIN_AFTER_DIGITS = frozenset({"of", "a", "an"})


def _quick_digits(text: str, start: int) -> tuple[_Q, int, NumberKind] | None:
    """The reading of digits in one of the common shapes above, or None."""
    if not "0" <= text[start] <= "9":
        return None
    tok = _digit_token(text, start)
    if tok.cls == "digits_ordinal":  # "80th": an ordinal whatever follows
        return _Q(1, tok.val, "ordinal", exact=True, digits=True, words=False), tok.end, "ordinal"
    if tok.cls != "digits":
        return None
    end = tok.end
    # "2019" is a year; "10bn" is four characters too, but a scaled amount.
    year_like = end - start == 4 and not tok.grouped and tok.decimals is None and tok.scale == 1
    q = _Q(
        1,
        tok.val,
        decimals=tok.decimals,
        scale=tok.scale,
        digits=True,
        words=False,
        year_like=year_like,
    )
    if _plain_follows(text, end):
        return q, end, "number"
    scale_word = None if tok.terminal or not tok.val else _next_word(text, end)
    if scale_word is not None and scale_word[2]:
        entry = _LEX.get(scale_word[0])
        if entry is not None and entry.cls in ("scale", "scale_abbreviation") and not entry.plural:
            # "3.5 million", "999 billion": the scale multiplies the digits.
            s = entry.val
            q.value = tok.val * s
            q.end = 2
            q.words = True
            q.scale = s
            q.year_like = False
            end = scale_word[1]
            if text.startswith(",", end):
                return None  # "3 million, 400 thousand" may go on
    return _after_quick(text, q, end)


def _plain_follows(text: str, end: int) -> bool:
    """Whether what follows ``end`` leaves the number before it as it is."""
    follow = _PLAIN_FOLLOW.match(text, end)
    if follow is None:
        return False
    word = follow.group("word") or follow.group("dword")
    if word is None:
        return True
    lw = word.lower()
    return word not in _BIG_ABBR_CASED and (lw not in _LEX or lw in _PLAIN_AFTER_DIGITS)


_CARDINAL_WORDS = frozenset({"unit", "teen", "tens", "tens_unit"})


def _quick_word(text: str, start: int) -> tuple[_Q, int, NumberKind] | None:
    """The reading of one number word that nothing around extends, or None.

    An ordinal word ("first", "third", "millionth") is an ordinal and "twice"
    a multiplier whatever follows. A cardinal word other than "one" ("seven",
    "forty"), "several", and a plural scale ("thousands", "dozens") stand alone
    before a word outside the lexicon or punctuation, or take a percent marker
    or "times"; the approximate words take a following "of". "a third", "one
    third", "two dozen", "forty-two", "hundreds of thousands" and the like go
    to the full reader.
    """
    nxt = _next_word(text, start)
    if nxt is None or not nxt[2]:
        return None
    lw, end, _ = nxt
    entry = _LEX.get(lw)
    if entry is None:
        return None
    cls = entry.cls
    if cls in _ORDINALS:
        return _Q(1, entry.fval, "ordinal", exact=True), end, "ordinal"
    if cls == "once":
        return _Q(1, entry.fval, "multiplier", exact=True), end, "multiplier"
    after = _next_word(text, end)
    if after is not None and not after[2]:
        after = None  # "dozen's" is not the word "dozen" to the tokenizer
    after_entry = _LEX.get(after[0]) if after is not None else None
    if cls in _CARDINAL_WORDS and entry.val != 1:
        if after is not None and after_entry is not None and after_entry.cls == "dozen":
            # "two dozen", "three dozens of": dozen multiplies the number.
            v = entry.fval * 12
            q = _approx_q(2, v, v - v / 6, v + v / 6, absorbs_of=True)
            end = after[1]
        else:
            q = _Q(1, entry.fval)
    elif cls == "article":
        # "a couple", "a few", "a handful": only with the article.
        if after is None or after[0] not in _APPROX_AFTER_ARTICLE:
            return None
        value, low, high, hi_open = _APPROX[after[0]]
        q = _approx_q(2, Fraction(value), low, high, hi_open=hi_open, absorbs_of=True)
        end = after[1]
    elif lw == "tens":
        # "tens of thousands", "tens of millions"
        big = _next_word(text, after[1]) if after is not None and after[0] == "of" else None
        big_entry = _LEX.get(big[0]) if big is not None and big[2] else None
        if big is None or big_entry is None or big_entry.cls != "scale" or not big_entry.plural:
            return None
        sv = big_entry.val
        q = _approx_q(3, Fraction(20 * sv), 20 * sv, 100 * sv, hi_open=True)
        return _after_quick(text, q, big[1])
    elif lw == "several":
        q = _approx_q(1, Fraction(5), 3, 9, absorbs_of=True)
    elif cls == "scale" and entry.plural and lw not in _INDIAN_PLURALS:
        s = entry.val
        high = 10 * s if s < 10**6 else 1000 * s
        q = _approx_q(1, Fraction(2 * s), 2 * s, high, hi_open=True, absorbs_of=True)
    elif cls == "dozen" and entry.plural and not entry.compound:
        q = _approx_q(1, Fraction(24), 24, 200, hi_open=True, absorbs_of=True)
    else:
        return None
    if q.absorbs_of:
        of = _next_word(text, end)
        if of is not None and of[0] == "of" and of[2]:
            # "thousands of", "several of": the "of" is part of the quantity.
            return (q, of[1], "number") if _plain_follows(text, of[1]) else None
    return _after_quick(text, q, end)


def _after_quick(text: str, q: _Q, end: int) -> tuple[_Q, int, NumberKind] | None:
    """A quick quantity ending at ``end`` with what may follow it: a percent
    marker, "times", or nothing that changes it."""
    percent_end = _percent_after(text, end)
    if percent_end is not None:
        return q, percent_end, "percent"
    times = _next_word(text, end)
    if times is not None and times[0] == "times" and times[2]:
        return q, times[1], "multiplier"
    follow = _PLAIN_FOLLOW.match(text, end)
    if follow is None or not _plain_follows(text, end):
        return None
    if q.words and follow.group("dword") is not None:
        return None  # "forty-two", "twenty-first", "two-thirds"
    return q, end, "number"


def _next_word(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The next token after ``pos`` as the tokenizer sees it, if it is a word.

    Returns the word lowercased, where it ends, and whether it stands as itself
    (a word glued to an apostrophe and a letter, "cent's", does not). None when
    there is no next token (the end, or a blank line between) or it is no word.
    """
    gm = _GAP_WORD.match(text, pos)
    assert gm is not None  # both groups may be empty
    gap, word = gm.groups()
    if not word or gap.count("\n") >= 2:
        return None
    end = gm.end()
    glued = end < len(text) and text[end] in "'’" and text[end + 1 : end + 2].isalpha()
    return word.lower(), end, not glued


def _percent_after(text: str, pos: int) -> int | None:
    """Where a percent marker right after digits ending at ``pos`` ends, if there is one.

    Mirrors the tokenizer: "%", "percent", "pct", "per cent", "percentage
    (points)", and "pc" glued to the digits.
    """
    gm = _GAP_WORD.match(text, pos)
    assert gm is not None
    gap, word = gm.groups()
    q = gm.start(2)
    if q >= len(text) or gap.count("\n") >= 2:
        return None
    if not word:
        return q + 1 if text[q] in "%％" else None
    nxt = _next_word(text, pos)
    if nxt is None or not nxt[2]:
        return None
    lw, end, _ = nxt
    if lw in _PERCENT_WORDS or (lw == "pc" and q == pos):
        return end
    if lw == "percentage":
        after = _next_word(text, end)
        return after[1] if after is not None and after[0] in _POINTS else end
    if lw == "per":
        after = _next_word(text, end)
        if after is not None and after[0] == "cent" and after[2]:
            return after[1]
    return None


def _sign_start(
    text: str, start: int, prev_end: int, words: list[tuple[str, int]], digits: bool, end: int
) -> int | None:
    """Where a minus sign before ``start`` begins, if there is one."""
    if digits and start > prev_end and text[start - 1] in "-−":
        s = start - 1
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "-−.,_"):
            return s
    if words and words[0][0] in ("minus", "negative") and words[0][1] >= prev_end:
        s = words[0][1]
        # "two minus one" is arithmetic, not a negative number.
        if words[0][0] == "negative" or prev_end == 0 or text[prev_end:s].strip():
            return s
    if digits and start >= 2 and text[start - 1] in " \t":
        # "- 1,200,000" alone on its line is a signed value; "- 5 people" a bullet.
        i = start
        while i > prev_end and text[i - 1] in " \t":
            i -= 1
        if i > prev_end and text[i - 1] in "-−":
            s = i - 1
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", end)
            rest = text[end : line_end if line_end >= 0 else len(text)]
            if not text[line_start:s].strip() and not rest.strip():
                return s
    return None


def _chain_parts(text: str, m: re.Match[str]) -> list[NumberMention]:
    out: list[NumberMention] = []
    for part in re.finditer(r"[0-9]+", m.group()):
        s, e = m.start() + part.start(), m.start() + part.end()
        v = float(int(part.group()))
        out.append(
            NumberMention(
                s, e, text[s:e], "number", v, v - 0.5, v + 0.5, False, True, None, False, "digits"
            )
        )
    return out


_TOKEN_END = re.compile(r"\S*")
_URL_LOOK_BACK = 400  # characters: a URL's scheme or "www." further back is not looked for
# A run without spaces longer than this is data (a base64 blob, a hash, a minified
# line), not words of English prose: numbers in it are not claims. The longest
# English words and hyphenated compounds are a third of it.
_LONGEST_PROSE_TOKEN = 100


def _token_to_skip(text: str, pos: int) -> tuple[int, bool]:
    """The end of the token (a run without spaces) around ``pos``, and whether it is a
    URL, an e-mail address or data, whose digits are no numbers of prose."""
    lo = pos
    while lo > 0 and not text[lo - 1].isspace() and pos - lo < _URL_LOOK_BACK:
        lo -= 1
    end_match = _TOKEN_END.match(text, pos)
    hi = end_match.end() if end_match else pos
    token = text[lo:hi]
    if hi - lo > _LONGEST_PROSE_TOKEN:
        return hi, True
    return hi, "://" in token or token.lower().startswith("www.") or "@" in token


# The most digits a numeral may have and be read as a number. No figure in news comes
# near it (world GDP in dollars has 15 digits); a longer run is a hash, a serial or a
# hostile file, and Python refuses int() of more than 4,300 digits and float() of
# values past 10**308, so longer runs are read as a word, not a number. A run counts
# digits joined by single separators too ("1,000,000,...", "1,1,1,...", "1.2.3..."):
# without a space between them they are one string of data, not figures in prose.
LONGEST_NUMERAL = 40
_TOO_LONG_DIGITS = re.compile(f"[0-9](?:[,.:/\u00a0\u202f\u2009]?[0-9]){{{LONGEST_NUMERAL},}}")


def without_long_numerals(text: str) -> str:
    """``text`` with every numeral of more than ``LONGEST_NUMERAL`` digits masked by
    letters of the same length, so offsets hold and no reader takes it for a number."""
    if _TOO_LONG_DIGITS.search(text) is None:
        return text
    return _TOO_LONG_DIGITS.sub(lambda m: "x" * len(m.group()), text)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text``, in order, non-overlapping, longest first.

    Figures that the rules of ``notnumbers`` say count nothing (a clock time, a phone
    number, "Route 66", "once" as a conjunction) are masked first, and never read."""
    text = notnumbers.mask(without_long_numerals(text))
    out: list[NumberMention] = []
    pos = 0
    prev_end = 0
    # A token found not to be a URL is not one for its later digits either: judged
    # once, it is not scanned again to its end for each ("1,1,1,..." on one line).
    plain_token_end = 0
    for start, end, kind in _anchors(text):
        if start < pos:
            continue
        if start > 0 and not text[start - 1].isspace() and start >= plain_token_end:
            token_end, not_prose = _token_to_skip(text, start)
            if not_prose:
                pos = token_end
                continue
            plain_token_end = token_end
        if kind == "d":
            zone_end = _zone_offset_end(text, start)
            if zone_end is not None:
                pos = zone_end
                continue
            if "0" <= text[start] <= "9" and _is_identifier_context(text, start):
                # Digits glued to a word name something ("G7"); the reader would only
                # find that out, at length, further on. A base64 blob is full of them.
                pos = end
                continue
            cm = _CHAIN.match(text, start)
            if cm is not None and not _is_identifier_context(text, start):
                out.extend(_chain_parts(text, cm))
                pos = prev_end = cm.end()
                continue
            if _bare_before(text, start) and (quick := _quick_digits(text, start)) is not None:
                # Most figures in news: no sign or hedge can precede them, so
                # the quick reading is the whole mention.
                q, pos, nkind = quick
                prev_end = pos
                out.append(_mention(text, start, pos, nkind, q, None))
                continue
        mention = _mention_at(text, start, kind == "w", prev_end)
        if mention is None:
            pos = end
            continue
        out.append(mention)
        pos = prev_end = mention.end
    return out


@functools.lru_cache(maxsize=4096)
def read_number(text: str) -> NumberMention | None:
    """The longest mention in a short phrase such as a claim quote ("nearly 97%").

    Remembered: binding by value judges one quote against hundreds of facts, and
    each judge reads it again (a mention is frozen, so sharing it is safe)."""
    best: NumberMention | None = None
    for mention in find_numbers(text):
        if best is None or mention.end - mention.start > best.end - best.start:
            best = mention
    return best


# Function words after which a word of counts_the_rest.txt is no count's: "two earlier
# in the day", "three previous to that" (grammar, not a list a newsroom extends).
_NOT_A_NOUN = r"(?:this|that|these|those|in|on|at|than|to|the|a|an|and|or|of|for)\b"


@functools.cache
def _others_after() -> re.Pattern[str]:
    """What says a count counts the rest (data/en/counts_the_rest.txt): "25 other
    leaders", "two earlier spaceflights", "24 others". Built at first use: the hook
    of an article with no count never reads the file."""
    words = "|".join(re.escape(w) for w in language.words("counts_the_rest.txt"))
    return re.compile(rf"\s+(?:others\b|(?:{words})\s+(?!{_NOT_A_NOUN})\w)", re.IGNORECASE)


_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
# What stands before "and": a list of names ("Xi, Putin and"), or any one thing.
_LISTED_BEFORE = re.compile(rf"(?:(?P<names>(?:{_NAME},\s+)+){_NAME}|\S+),?\s+and\s+$")
_LOOK_BACK = 120  # characters: a list of a few names
# "Two miners were killed and 14 others were trapped": "and" right after a verb in the
# passive or perfect (an auxiliary, maybe an adverb, and one lower-case word) ends a
# clause, and joins another; "alongside Putin and 25 other leaders" joins two objects
# (grammar, not a list a newsroom extends: the auxiliaries of English).
_CLAUSE_THEN_AND = re.compile(
    r"\b(?i:is|are|was|were|been|has|have|had)\s+(?:[a-z]+ly\s+)?[a-z]+,?\s+and\s+$"
)  # the participle in lower case: "Among them was Putin and 25 other leaders" is a list


def counts_the_rest(after: str) -> bool:
    """Whether the words after a count (``after``) say it counts others: " other
    foreign leaders", " earlier spaceflights", " others"."""
    return rest_word(after) is not None


def rest_word(after: str) -> str | None:
    """The word by which the words after a count say it counts others ("other",
    "prior", "others"), in lower case; None when they do not (``counts_the_rest``)."""
    match = _others_after().match(after)
    return None if match is None else match.group(0).split()[0].lower()


def counting_the_rest(mention: NumberMention, before: str, after: str) -> NumberMention:
    """The whole that ``mention`` makes when the words after it (``after``) say it
    counts others: "Putin and 25 other foreign leaders" are 26 leaders.

    ``before`` is the sentence up to the mention. Joined by "and" to one thing, the
    count grows by one; to a list of names ("Xi, Putin and 24 others"), by one up to
    one per name, because a comma before the names may only set off an opening phrase
    ("In Beijing, Putin and ..."). Without "and" ("Kim will join 25 other leaders",
    "a veteran of two earlier spaceflights"), the sentence does not say how many more
    there are: at least one. After "and" that ends a clause with a verb of its own
    ("Two miners were killed and 14 others were trapped"), the others are the second
    clause's, and the count is theirs alone. A mention that counts no rest comes back
    as it is.
    """
    if not counts_the_rest(after):
        return mention
    if _CLAUSE_THEN_AND.search(before[-_LOOK_BACK:]) is not None:
        return mention  # "... were killed and 14 others were trapped": 14 trapped
    listed = _LISTED_BEFORE.search(before[-_LOOK_BACK:])
    if listed is None:
        return replace(mention, low=mention.low + 1, low_open=False, high=math.inf, high_open=False)
    names = listed.group("names") or ""
    return replace(mention, low=mention.low + 1, high=mention.high + 1 + names.count(","))
