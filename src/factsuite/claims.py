"""Load ``claims.yaml``: every checkable claim of a desk's articles, as reviewed.

::

    version: 1
    claims:
      - article: articles/001-kim-to-visit-china.md
        line: 6
        column: 255
        quote: nearly 97%
        kind: percent
        fact: trade.china-share-2023
        status: confirmed
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from factsuite.errors import InputError
from factsuite.fields import Fields
from factsuite.kinds import registry
from factsuite.model import REVIEW_STATUSES, Claim, Fact
from factsuite.paths import inside_desk
from factsuite.textfile import read_text
from factsuite.yamlsource import YamlMap, load_yaml

CLAIM_KEYS = (
    "article",
    "line",
    "column",
    "quote",
    "kind",
    "fact",
    "status",
    "reason",
    "stated",
    "at",
    "reviewed_quote",
)

# No article has a billion lines or a line of a billion characters; a bigger number is
# a mistake (or an attack on the cache, whose MessagePack integers stop at 2**64).
MAX_POSITION = 999_999_999


def parse_claims(
    text: str, path: str, facts: Mapping[str, Fact] | None, root: Path | None = None
) -> list[Claim]:
    """Every claim of the file, in file order, each bound to a known fact or to none.

    With the desk's ``root``, each claim's article must lie inside it (paths.py):
    claims.yaml may come from an untrusted pull request. With ``facts`` None, fact
    ids and kinds are read as written, unchecked: the merge driver (mergeclaims.py)
    merges claims.yaml while facts/ and the desk's kinds may be merging too.
    """
    document = load_yaml(text, path)
    if document is None:
        return []
    if not isinstance(document, YamlMap):
        raise InputError(path, "claims.yaml must be a mapping with 'version' and 'claims'", 1, 1)
    top = Fields(document, path, "claims.yaml")
    top.only(("version", "claims"))
    if document.get("version", 1) != 1:
        raise top.at_value(
            "version", "unsupported claims.yaml version: this factsuite reads version 1"
        )
    claims = []
    inside: set[str] = set()
    for item, mark in top.mapping_list("claims"):
        fields = Fields(item, path, f"the claim at line {mark.line}")
        fields.only(CLAIM_KEYS)
        if facts is None:
            kind = fields.text("kind", required=True)
        else:
            kind = fields.choice("kind", registry.names())
        fact_id = fields.text("fact") or None
        if fact_id is not None and facts is not None:
            fact = facts.get(fact_id)
            if fact is None:
                raise fields.at_value(
                    "fact", f"unknown fact id {fact_id!r}: no fact file defines it"
                )
            if not registry.kind(kind).accepts(fact):
                raise fields.at_value(
                    "fact",
                    f"a {kind} claim cannot be checked against {fact_id!r},"
                    f" a {type(fact).__name__}",
                )
        quote = item.get("quote")
        if not isinstance(quote, str) or not quote:
            raise fields.at_value("quote", "'quote' must be the claim's exact text in the article")
        reviewed_quote = item.get("reviewed_quote")
        if reviewed_quote is not None and not (isinstance(reviewed_quote, str) and reviewed_quote):
            raise fields.at_value(
                "reviewed_quote", "'reviewed_quote' must be the exact text a person reviewed"
            )
        status = fields.choice("status", REVIEW_STATUSES, default="pending")
        reason = fields.text("reason")
        if status == "ignored" and not reason:
            raise fields.at_key("status", "an ignored claim needs a 'reason' saying why")
        article = fields.text("article", required=True)
        if root is not None and article not in inside:  # each article resolved once
            where = item.value_mark("article")
            inside_desk(
                root,
                root / article,
                path,
                what=f"article {article!r}",
                line=where.line,
                column=where.column,
            )
            inside.add(article)
        claims.append(
            Claim(
                article=article,
                line=fields.integer("line", required=True, maximum=MAX_POSITION),
                column=fields.integer("column", required=True, maximum=MAX_POSITION),
                quote=quote,
                kind=kind,
                fact=fact_id,
                status=status,  # type: ignore[arg-type]
                reason=reason,
                stated=fields.text("stated") or None,
                at=fields.date("at"),
                reviewed_quote=reviewed_quote,
                source_line=mark.line,
            )
        )
    return claims


def load_claims(file: Path, display: str, facts: Mapping[str, Fact]) -> list[Claim]:
    if not file.exists():
        return []
    return parse_claims(read_text(file, display), display, facts, file.parent)
