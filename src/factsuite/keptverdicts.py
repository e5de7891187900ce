"""Verdicts the pytest gate kept from one run to the next, given again.

The gate's cache of judged articles (``.factsuite_cache/gate.msgpack``), kept by the
pytest plugin and read back by it: core code, which imports no pytest, so that the
plugin stays a thin face over it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import msgspec

    from factsuite.desk import Desk
    from factsuite.model import Claim, Result

# Verdicts kept from one run of the gate to the next --------------------------------
#
# Most runs of the gate over an archive judge again what the last run judged: only
# the articles edited since have other verdicts. So the gate keeps, under the desk's
# cache folder, each article's results (and its invisible-character warnings) with
# the key of everything they were judged from, and the next run gives them again
# instead of extracting the article (for the spans claims.yaml lacks) and judging it.
# An article's key (``KeptVerdicts.key``) covers:
#
# - factsuite's version and code, the kinds, the fact files and pyproject.toml by
#   contents (``cache.extraction_key``, as extraction's own cache is keyed), and what
#   the caller adds: the pytest plugin's own bytes (the code fingerprint leaves the
#   plugin out, and it says which claims a test checks);
# - strict mode;
# - the article's path and bytes;
# - the article's entries in claims.yaml, as parsed (ignored ones too), their
#   ``source_line`` counted from the article's first: claims of other articles
#   added above move them without changing their verdicts.
#
# Nothing else goes into a verdict (compare.py judges a claim from its article and the
# facts; gate_claims adds spans from extracting the article). Like every cache, it is
# only ever an optimisation: a missing, stale or damaged entry means judging.

GATE_VERDICTS_FILE = "gate.msgpack"
_KEPT_FORMAT = 1  # bumped when the file's layout changes

if TYPE_CHECKING:
    # An article's kept verdicts: its key, the claims.yaml line its first claim stood
    # at (0: none), its warnings, and its results (list[Result]) still encoded, decoded
    # only for an article asked for. The file: its layout's key, and every article's.
    _KeptArticle = tuple[str, int, list[str], msgspec.Raw]
    _KeptFile = tuple[str, dict[str, _KeptArticle]]


class KeptVerdicts:
    """One run's kept verdicts: those read, given again, and those judged now, kept
    at the end of the run for the next."""

    def __init__(self, desk: Desk, path: Path, held: dict[str, _KeptArticle], caller: bytes):
        from factsuite.cache import extraction_key
        from factsuite.deskfiles import CLAIMS_FILE

        assert desk.inputs is not None
        fact_inputs = tuple(pair for pair in desk.inputs if pair[0] != CLAIMS_FILE)
        self.desk = desk
        self.path = path
        self.held = held
        self.prefix = hashlib.sha256(
            f"gate verdicts {_KEPT_FORMAT}\0{extraction_key(fact_inputs)}\0".encode()
            + caller
            + f"\0{int(desk.strict)}\0".encode()
        ).digest()
        # Given again, by the id of its claim (the claim kept alive with it).
        self._given: dict[int, tuple[Claim, Result]] = {}
        # Articles to keep at the end: key, base, and the claims the run judges.
        self._wanted: dict[str, tuple[str, int, list[Claim]]] = {}
        self._judged: dict[int, tuple[Claim, Result]] = {}

    @classmethod
    def load(cls, desk: Desk, caller: bytes) -> KeptVerdicts | None:
        """The verdicts kept in ``desk``'s cache (none yet: an empty set); None when
        the desk was loaded without its inputs' digests (its cache is unusable).
        ``caller``: a digest of the code that gives the verdicts again (the plugin's),
        part of every key."""
        import msgspec

        from factsuite.cache import CACHE_DIR
        from factsuite.collector import collector_paused

        if desk.inputs is None:
            return None
        path = desk.root / CACHE_DIR / GATE_VERDICTS_FILE
        layout = dict[str, tuple[str, int, list[str], msgspec.Raw]]
        try:
            with collector_paused():
                key, held = msgspec.msgpack.decode(path.read_bytes(), type=tuple[str, layout])
        except (OSError, msgspec.MsgspecError, ValueError, TypeError):
            key, held = "", {}
        return cls(desk, path, held if key == _layout_key() else {}, caller)

    def key(self, article: str, claims: list[Claim]) -> tuple[str, int] | None:
        """The key of ``article``'s verdicts given its claims.yaml entries
        (``claims``, in the file's order), and the line the first one stands at; None
        when the article cannot be read (loading it will say why).

        The article's bytes count, read as they are, not loaded (parsing its front
        matter was most of a kept article's cost): loading the same bytes again
        gives the same article, and one whose load failed was never kept. Its path
        is checked again before it is read, as ``Desk.article`` checks it: a symlink
        may have been pointed out of the desk since the articles were listed, and
        nothing outside the desk is read (loading it then says why)."""
        import msgspec

        from factsuite.errors import InputError
        from factsuite.paths import inside_desk

        root = self.desk.root
        try:
            data = inside_desk(root, root / article, article).read_bytes()
        except (InputError, OSError):
            return None
        base = claims[0].source_line if claims else 0
        entries = [msgspec.structs.replace(c, source_line=c.source_line - base) for c in claims]
        digest = hashlib.sha256(self.prefix)
        digest.update(article.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(len(data).to_bytes(8, "big") + data)
        digest.update(msgspec.msgpack.encode(entries))
        return digest.hexdigest(), base

    def gate_claims(
        self, desk: Desk, claims: list[Claim], paths: list[str], warnings: dict[str, list[str]]
    ) -> list[Claim]:
        """``desk.gate_claims(claims, paths)``, each article with verdicts kept under
        its key given its results' claims; ``warnings`` gets those articles' warnings."""
        import msgspec

        from factsuite.model import Result

        mine: dict[str, list[Claim]] = {}
        for claim in claims:
            mine.setdefault(claim.article, []).append(claim)
        found: list[Claim] = []
        missed: list[str] = []  # articles judged in this run
        for path in dict.fromkeys(paths):
            keyed = self.key(path, desk.index.select((path,)))
            held = self.held.get(path)
            results = None
            if keyed is not None and held is not None and held[0] == keyed[0]:
                try:
                    results = msgspec.msgpack.decode(held[3], type=list[Result])
                except (msgspec.MsgspecError, ValueError, TypeError):
                    results = None  # damaged: judged again
            if results is None or held is None or keyed is None:
                missed.append(path)
                if keyed is not None:
                    self._wanted[path] = (*keyed, [])
                continue
            mine.pop(path, None)
            warnings[path] = held[2]
            for result in _moved(results, keyed[1] - held[1]):
                self._given[id(result.claim)] = (result.claim, result)
                found.append(result.claim)
        # The rest as without kept verdicts: their articles read and checked, bad
        # input raised (an article kept loaded before, and its bytes are the same).
        rest = [c for c in claims if c.article in mine]
        desk.check_articles(rest)
        for path in missed:
            judged = desk.gate_claims(mine.pop(path, []), [path])
            if path in self._wanted:
                self._wanted[path][2].extend(judged)
            found.extend(judged)
        # Claims of articles not among ``paths`` are judged as they stand.
        found.extend(desk.gate_claims([c for rest in mine.values() for c in rest], []))
        return sorted(found, key=lambda c: (c.article, c.line, c.column))

    def result(self, claim: Claim) -> Result | None:
        """The kept result of ``claim``, when it is one of the claims given again."""
        given = self._given.get(id(claim))
        return given[1] if given is not None and given[0] is claim else None

    def judged(self, claim: Claim, result: Result) -> None:
        self._judged[id(claim)] = (claim, result)

    def keep(self, warnings: Callable[[str], list[str]]) -> None:
        """Keep the verdicts of each article whose every claim was judged in this run
        (none raised, none deselected), with those read: one file, written when an
        article was judged."""
        import msgspec

        fresh: dict[str, _KeptArticle] = {}
        for article, (key, base, claims) in self._wanted.items():
            results = []
            for claim in claims:
                judged = self._judged.get(id(claim))
                if judged is None or judged[0] is not claim:
                    break
                results.append(judged[1])
            else:
                encoded = msgspec.Raw(msgspec.msgpack.encode(results))
                fresh[article] = (key, base, warnings(article), encoded)
        if not fresh:
            return
        from factsuite.cache import write_entry

        self.held.update(fresh)
        kept: _KeptFile = (_layout_key(), self.held)
        write_entry(self.path, msgspec.msgpack.encode(kept))


def _layout_key() -> str:
    from factsuite import __version__

    return f"factsuite {__version__} gate verdicts {_KEPT_FORMAT}"


def _moved(results: list[Result], lines: int) -> list[Result]:
    """``results`` of an article whose claims now stand ``lines`` further down
    claims.yaml than when they were kept (a span claims.yaml lacks stands nowhere)."""
    if not lines:
        return results
    from msgspec.structs import replace

    return [
        replace(r, claim=replace(r.claim, source_line=r.claim.source_line + lines))
        if r.claim.source_line
        else r
        for r in results
    ]
