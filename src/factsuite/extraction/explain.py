"""``factsuite extract --explain ARTICLE[:LINE]``: why each span was bound, or not.

For each date and number extraction reads in the article (or on that line of the
file), prints the cues binding weighed, each with the fact it speaks of and either
the rule that vetoed it or the weight rules that priced it and their total; then the
rule that decided, and the fact that won or the reason the span was left unbound.
The rules are those of binding_rules.py, by name. Writes nothing.

"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from factsuite.articles import Article, load_article
from factsuite.desk import Desk
from factsuite.errors import InputError
from factsuite.extraction.binding_rules import MARGIN, RULES, Considered, Trace
from factsuite.extraction.command import select_articles
from factsuite.extraction.pipeline import Extractor
from factsuite.text.document import document_of

# What each way of deciding says, after "bound to FACT" or "unbound".
_DECIDED = {
    "margin": f"margin: no other fact within {MARGIN}",
    "subject-first": "subject-first: the one about the value's subject",
    "specific-cue": "specific-cue: the one with a cue no other fact has",
    "value-fits": "value-fits: the one its value agrees with",
    "slip-nearest": "slip-nearest: agrees with none; the one its figure is a slip of",
    "unique-value": "unique-value: no cue; the one fact of the desk its value agrees with",
    "tie": f"margin: several facts within {MARGIN}, and no tie-break decides",
    "no-candidate": "no candidate",
}


def parse_target(target: str) -> tuple[str, int | None]:
    """``ARTICLE[:LINE]`` as the article and the line (None: the whole article)."""
    path, colon, line = target.rpartition(":")
    if colon and line.isdigit() and path:
        if int(line) < 1:
            raise InputError(target, "line numbers start at 1")
        return path, int(line)
    return target, None


def run(root: Path, target: str, out: TextIO) -> int:
    """Print the explanation of ``target``'s spans; 0 done. Raises ``InputError``."""
    path, line = parse_target(target)
    desk = Desk.load(root, use_cache=False)  # it writes nothing, not even the cache
    files = select_articles(desk.root, [path])
    if len(files) != 1 or (desk.root / path).is_dir() or Path(path).is_dir():
        raise InputError(path, "--explain takes one article, not a folder")
    article = load_article(desk.root / files[0], files[0])
    lines = len(article.text.splitlines())
    if line is not None and line > lines:
        raise InputError(target, f"the article has {lines} lines")
    out.write(explain(Extractor(desk.facts, desk.context), article, line))
    return 0


def explain(extractor: Extractor, article: Article, line: int | None = None) -> str:
    """The explanation of the article's spans (on ``line`` of the file, if given)."""
    trace = Trace.empty()
    extractor.extract(article, trace)
    visible = document_of(article).visible  # the one extraction built
    assert visible is not None  # an article's Document maps back to its file

    def where(start: int, end: int) -> tuple[int, int, str]:
        file_start, file_end = visible.file_span(start, end)
        at_line, column = article.position(file_start)
        return at_line, column, article.text[file_start:file_end]

    blocks = []
    for v, (start, end, kind) in enumerate(trace.spans):
        at_line, column, quote = where(start, end)
        if line is not None and at_line != line:
            continue
        lines = [f"{article.path}:{at_line}:{column}: {quote!r} ({kind})"]
        considered = sorted(
            trace.considered.get(v, []), key=lambda c: (c.cue, c.fact or "", c.veto or "")
        )
        seen = set(trace.decided_among.get(v, []))
        for item in considered:
            cue_line, cue_column, _ = where(*item.cue)
            lines.append(f"  cue {item.key!r} at {cue_line}:{cue_column} -> {_weighed(item, seen)}")
        lines.append(f"  {_decision(trace, v)}")
        blocks.append("\n".join(lines) + "\n")
    if not blocks:
        where_text = f"line {line} of {article.path}" if line is not None else article.path
        return f"{where_text}: no date or number to bind\n"
    return "\n".join(blocks)


def _weighed(item: Considered, seen: set[tuple[str, int]]) -> str:
    fact = item.fact or "every fact of the cue"
    if item.veto is not None:
        return f"{fact}: vetoed by {item.veto}"
    weights = ", ".join(f"{name} {amount:+d}" for name, amount in item.weights) or "no weight"
    priced = f"{fact}: {weights} = {item.cost}"
    if item.crossed:
        priced += " (across a clause boundary)"
    if item.fact is not None and (item.fact, item.cost) not in seen:
        priced += "; the cue went to a nearer value"
    return priced


def _decision(trace: Trace, v: int) -> str:
    rule = trace.decided_by.get(v, "no-candidate")
    fact, reason = trace.outcome.get(v, (None, ""))
    if rule in RULES and RULES[rule].effect == "drops":
        return f"no claim ({rule}: {RULES[rule].description})"
    how = _DECIDED.get(rule) or f"{rule}: {RULES[rule].description}"
    if fact is None:
        return f"unbound ({how}): {reason}" if reason else f"unbound ({how})"
    said = f"; {reason}" if reason else ""
    return f"bound to {fact} ({how}){said}"
