"""The review screen and its keys, on prompt_toolkit.

prompt_toolkit reads single keys and prompts with completion (fact ids, kinds), and
prints styled text, in any terminal it runs in; it is pure Python and is imported
only here, so the gate, the hook and the plugin never load it. Each claim is printed
as a block (its place, the sentence with the quote marked, its kind, its fact, the
verdict, the other candidates), then one key decides; the scrollback keeps every
decision in view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TextIO

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application import Application
from prompt_toolkit.completion import WordCompleter
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import FormattedTextControl, Layout, Window
from prompt_toolkit.styles import Style

from factsuite.kinds import registry
from factsuite.model import Fact, Verdict
from factsuite.report import excerpt, location
from factsuite.reviewing.edits import ClaimKey, Decided
from factsuite.reviewing.queue import Item, accepted_facts, fact_value
from factsuite.reviewing.session import Session, gate_summary

KEYS_HELP = (
    "[c]/Enter confirm  [i] ignore  [b] bind fact  [k] kind  [u] unverifiable"
    "  [s] skip  [z] undo  [q] quit"
)
_STYLE = Style.from_dict(
    {
        "place": "bold",
        "quote": "reverse bold",
        "label": "bold",
        "note": "italic",
        "bad": "bold",
    }
)
_KEYS = ("c", "enter", "i", "b", "k", "u", "s", "z", "q")


def _show(parts: list[tuple[str, str]]) -> None:
    print_formatted_text(FormattedText(parts), style=_STYLE)


def _fact_line(fact: Fact, facts: Mapping[str, Fact]) -> list[tuple[str, str]]:
    sources = "; ".join(fact.sources)
    return [
        ("class:label", fact.id),
        ("", f"  {fact.label or fact.id}: {fact_value(fact, facts)}"),
        ("class:note", f"  (source: {sources})" if sources else ""),
    ]


def screen(item: Item, facts: Mapping[str, Fact], number: int, total: int) -> list[tuple[str, str]]:
    """The block printed for one claim."""
    claim, result = item.claim, item.result
    parts: list[tuple[str, str]] = [
        ("", f"\n--- claim {number} of {total} ---\n"),
        ("class:place", location(result)),
        ("", f"  kind: {claim.kind}  status: {claim.status}\n"),
    ]
    text, start, length = excerpt(result)
    if text:
        parts += [
            ("", "  " + text[:start]),
            ("class:quote", text[start : start + length]),
            ("", text[start + length :] + "\n"),
            ("", "  " + " " * start + "^" * max(1, length) + "\n"),
        ]
    else:
        parts.append(("", f"  quote: {claim.quote}\n"))
    bound = facts.get(claim.fact) if claim.fact is not None else None
    if bound is not None:
        parts += [("", "  fact:       "), *_fact_line(bound, facts), ("", "\n")]
    else:
        reason = f" ({claim.reason})" if claim.reason else ""
        parts.append(("", f"  fact:       none{reason}\n"))
    parts += [("", "  gate now:   "), ("class:bad", result.message), ("", "\n")]
    if item.candidates:
        parts.append(("", "  candidates:\n"))
        for index, fact in enumerate(item.candidates, 1):
            parts += [("", f"    {index}  "), *_fact_line(fact, facts), ("", "\n")]
    else:
        parts.append(("", "  candidates: none of this kind's fact types\n"))
    return parts


def _read_key() -> str:
    """One key of ``_KEYS``; Ctrl-C and Ctrl-D quit."""
    bindings = KeyBindings()
    for name in _KEYS:

        def pressed(event: KeyPressEvent, name: str = name) -> None:
            event.app.exit(result=name)

        bindings.add(name)(pressed)
    for name in ("c-c", "c-d"):

        def quit_(event: KeyPressEvent) -> None:
            event.app.exit(result="q")

        bindings.add(name)(quit_)
    control = FormattedTextControl(KEYS_HELP + " > ")
    app: Application[str] = Application(
        layout=Layout(Window(control, height=1)), key_bindings=bindings, full_screen=False
    )
    return app.run()


def _ask(question: str, words: Sequence[str] = ()) -> str:
    """A line typed by the person (with completion among ``words``); empty when they
    cancel (Ctrl-C, Ctrl-D) or type nothing."""
    completer = WordCompleter(list(words), WORD=True) if words else None
    try:
        answer: str = PromptSession().prompt(question, completer=completer)
    except (KeyboardInterrupt, EOFError):
        return ""
    return answer.strip()


def _note(text: str) -> None:
    _show([("class:note", f"  {text}\n")])


def _pick_fact(session: Session, item: Item) -> str | None:
    """A candidate by its number, or a fact id the kind accepts (or the beginning of
    only one such id); None, and a note, for anything else."""
    choices = accepted_facts(item.claim.kind, session.desk.facts.values())
    answer = _ask("fact (candidate number or id, Tab completes): ", choices)
    if answer.isdigit() and 1 <= int(answer) <= len(item.candidates):
        return item.candidates[int(answer) - 1].id
    if answer in choices:
        return answer
    starting = [choice for choice in choices if answer and choice.startswith(answer)]
    if len(starting) == 1:  # the one id it begins, as Tab would complete it
        return starting[0]
    _note(f"no {item.claim.kind} fact {answer!r}: unchanged" if answer else "unchanged")
    return None


def _decide(session: Session, item: Item, key: str) -> bool:
    """Act on ``key`` for ``item``; True when the queue moves on to the next claim."""
    claim = item.claim
    target = ClaimKey.of(claim)
    if key in ("c", "enter"):
        if claim.fact is None and item.result.verdict is not Verdict.UNVERIFIABLE:
            # extraction's reason for leaving it unbound is no person's reason
            _note("no fact bound: bind one (b), or mark it unverifiable (u) with a reason")
            return False
        session.decide(target, Decided(claim.kind, claim.fact, "confirmed", claim.reason))
        return True
    if key in ("i", "u"):
        reason = _ask("reason (required): ")
        if not reason:
            _note("a reason is required: unchanged")
            return False
        if key == "i":
            decided = Decided(claim.kind, claim.fact, "ignored", reason)
        else:
            decided = Decided(claim.kind, None, "confirmed", reason)
        session.decide(target, decided)
        return True
    if key == "b":
        fact = _pick_fact(session, item)
        if fact is None:
            return False
        session.decide(target, Decided(claim.kind, fact, "confirmed", ""))
        return True
    if key == "k":
        kinds = registry.names()
        kind = _ask("kind (Tab completes): ", kinds)
        if kind not in kinds or kind == claim.kind:
            _note(f"no kind {kind!r}: unchanged" if kind else "unchanged")
            return False
        fact = claim.fact
        if fact is not None and not registry.kind(kind).accepts(session.desk.facts[fact]):
            fact = None  # a kind that cannot use the fact: the claim is bound anew
        session.decide(target, Decided(kind, fact, claim.status, claim.reason))
        return False  # still pending: shown again, as the new kind reads it
    return key == "s"


def run(session: Session, out: TextIO) -> int:
    """Review until the queue is done or the person quits; decisions are saved as they
    are made. Prints the gate's summary line at the end."""
    total = len(session.queue)
    while True:
        item = session.current()
        for note in session.notes:
            _note(note)
        session.notes.clear()
        if item is None:
            break
        _show(screen(item, session.desk.facts, session.position + 1, total))
        key = _read_key()
        if key == "q":
            break
        if key == "z":
            session.undo()
        elif _decide(session, item, key):
            session.next()
        for note in session.notes:
            _note(note)
        session.notes.clear()
    saved = len(session.done)
    left = session.remaining
    print(
        f"\nreview: {saved} decision{'s' if saved != 1 else ''} saved;"
        f" {left} claim{'s' if left != 1 else ''} left",
        file=out,
    )
    print(gate_summary(session.desk), file=out)
    return 0
