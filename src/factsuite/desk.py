"""A desk: the facts, articles and claims under one root, and the gate over them.

This is the one entry point both faces use: the pytest plugin and the command line
load a ``Desk`` and ask it for ``Result``s. Articles are read lazily, so checking one
article reads one article.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from factsuite.articles import Article, article_files, load_article
from factsuite.cache import ClaimIndex, Digests, ExtractionCache, extraction_key, load_indexed
from factsuite.claims import load_claims
from factsuite.compare import Context, judge, locate
from factsuite.deskfiles import ARTICLES_DIR as ARTICLES_DIR  # re-exported, as are these
from factsuite.deskfiles import CLAIMS_FILE as CLAIMS_FILE
from factsuite.deskfiles import FACTS_DIR as FACTS_DIR
from factsuite.deskfiles import PYPROJECT as PYPROJECT
from factsuite.deskfiles import desk_inputs
from factsuite.detect import find_desk as find_desk  # re-exported: a desk says it is one
from factsuite.detect import is_desk as is_desk
from factsuite.drift import (
    Where,
    anchored_lines,
    covering,
    displaced,
    follow,
    pair_changed,
    rebound,
    widened,
)
from factsuite.errors import InputError
from factsuite.facts import EncodedFacts, FactBase, load_facts
from factsuite.model import Claim, Result
from factsuite.paths import display_paths, inside_desk
from factsuite.readings import Readings
from factsuite.review import enforce
from factsuite.settings import Settings

if TYPE_CHECKING:
    from factsuite.extraction import Extractor


@dataclass
class Desk:
    root: Path
    facts: FactBase
    index: ClaimIndex  # the claims, decoded per article when asked (``claims``: all)
    context: Context
    settings: Settings = field(default_factory=Settings)
    # Strict mode (review.py): the desk's setting, unless a face turned it on
    strict: bool = False
    _articles: dict[str, Article] = field(default_factory=dict)
    _recorded: dict[str, list[Claim]] = field(default_factory=dict)
    _extractor: Extractor | None = None
    # The digests of the inputs loaded (fact files, claims.yaml, pyproject.toml), for
    # the caches (cache.py); None when the desk was loaded without them.
    inputs: Digests | None = None

    @classmethod
    def load(
        cls,
        root: Path,
        *,
        use_cache: bool = True,
        strict: bool = False,
        claims_read: bytes | None = None,
    ) -> Desk:
        """Read settings, facts and claims (not yet the articles). Raises ``InputError``.

        With ``use_cache`` the parsed facts and claims come from ``.factsuite_cache/``
        when no input file has changed since they were parsed (see cache.py).
        ``strict`` turns strict mode on whatever the desk's settings say
        (``--strict``); the settings alone can turn it on too. ``claims_read``: the
        sha256 of claims.yaml as the caller read it, whose parse the cache may give
        without reading the file again (cache.load_indexed).
        """
        root = root.resolve()
        desk_settings, inputs = desk_inputs(root)
        files, claims_file = inputs[:-2], inputs[-2]

        def parse() -> tuple[FactBase, list[Claim]]:
            facts = load_facts(files, root)
            return facts, load_claims(claims_file, CLAIMS_FILE, facts)

        if use_cache:
            read = None if claims_read is None else {claims_file: claims_read}
            facts, index, digests = load_indexed(root, inputs, parse, read)
        else:
            facts, claims = parse()
            index, digests = ClaimIndex.of(claims), None
        return cls(
            root=root,
            facts=facts,
            index=index,
            context=Context.build(facts),  # its name index is built on first use
            settings=desk_settings,
            strict=strict or desk_settings.strict,
            inputs=digests,
        )

    def rewritten(self, index: ClaimIndex, inputs: Digests) -> Desk:
        """This desk as loading it again gives once claims.yaml holds ``index``'s
        claims and the inputs' digests are ``inputs``: for a command that has just
        written claims.yaml (extract keeps the verdicts the next check would give)."""
        return replace(self, index=index, inputs=inputs, _recorded={})

    @property
    def claims(self) -> list[Claim]:
        """Every claim of claims.yaml, in its order."""
        return self.index.all()

    @property
    def articles_dir(self) -> Path:
        return self.root / ARTICLES_DIR

    def article(self, path: str) -> Article:
        """An article by its desk-relative path, read once. Raises ``InputError``."""
        if path not in self._articles:
            # Checked again at reading, not only when claims.yaml is parsed: the parse
            # may come from the cache, and a symlink may have changed since.
            file = inside_desk(self.root, self.root / path, path)
            if not file.exists():
                raise InputError(
                    path,
                    "article not found (named in claims.yaml): restore it, or run"
                    " `factsuite extract --prune` to drop its reviewed claims",
                )
            self._articles[path] = load_article(file, path)
        return self._articles[path]

    def check_articles(self, claims: Iterable[Claim]) -> None:
        """Read every article the claims cite, so bad input stops the run up front."""
        for claim in claims:
            try:
                self.article(claim.article)
            except InputError as exc:
                if exc.line is None and claim.source_line:
                    raise InputError(
                        exc.path, f"{exc.message} (claims.yaml line {claim.source_line})"
                    ) from None
                raise

    def article_paths(self) -> list[str]:
        """Every article of the desk, desk-relative, in a stable order."""
        folder = self.articles_dir
        return display_paths(folder, article_files(folder, self.root), self.root)

    def extractor(self) -> Extractor:
        """The desk's Extractor, built on first use: only an article the per-article
        cache does not hold, drift, or ``extract -j`` before its workers fork needs it."""
        from factsuite.extraction import Extractor

        if self._extractor is None:
            if isinstance(self.facts.facts, EncodedFacts):
                self.facts.facts.decode_all()  # building it reads every fact
            prepared = None
            if (cached := self._extraction_cache) is not None:
                # What the Extractor derives from every fact, from the desk's cache:
                # one edited article does not read every fact again.
                from factsuite.extraction.prepared import load_prepared

                prepared = load_prepared(self.root, cached.key, self.facts, self.context)
            self._extractor = Extractor(self.facts, self.context, prepared)
        return self._extractor

    @functools.cached_property
    def _extraction_cache(self) -> ExtractionCache | None:
        if self.inputs is None:
            return None
        fact_inputs = tuple(pair for pair in self.inputs if pair[0] != CLAIMS_FILE)
        return ExtractionCache(self.root, extraction_key(fact_inputs))

    def extract(self, article: Article) -> list[Claim]:
        """The claims extraction finds in ``article``, from the per-article cache
        when it holds them (cache.py): the Extractor, and the extraction modules,
        are loaded only when an article is not there."""
        cached = self._extraction_cache
        if cached is None:
            return self.extractor().extract(article)
        return cached.extract(article, lambda a: self.extractor().extract(a))

    def _recorded_of(self, path: str) -> list[Claim]:
        """The claims claims.yaml holds for the article at ``path``."""
        if path not in self._recorded:  # decoded once, not scanned again for every use
            self._recorded[path] = self.index.select((path,))
        return self._recorded[path]

    def _extracted(self, article: Article) -> list[tuple[Claim, Where]]:
        """Extraction's spans of ``article``, each with where it stands."""
        spans: list[tuple[Claim, Where]] = []
        for claim in self.extract(article):
            offset = article.offset(claim.line, claim.column)
            if offset is not None:
                spans.append((claim, (offset, offset + len(claim.quote))))
        return spans

    @staticmethod
    def _unrecorded_in(
        held: list[tuple[Claim, Where]], extracted: list[tuple[Claim, Where]]
    ) -> tuple[list[Claim], dict[int, Claim]]:
        """The ``extracted`` spans that no ``held`` claim of the same kind covers; and
        the held claims now inside wider words, by ``id``: those words, to judge in
        their place."""
        found: list[Claim] = []
        wider: dict[int, Claim] = {}
        for claim, (offset, end) in extracted:
            over = covering(held, claim.kind, offset, end)
            if not over or rebound(held, over, claim, offset, end):
                found.append(msgspec.structs.replace(claim, status="pending", recorded=False))
            elif (k := widened(held, over, claim, offset, end)) is not None:
                wider[id(held[k][0])] = follow(held[k][0], claim)
        return found, wider

    def unrecorded(self, paths: Iterable[str]) -> list[Claim]:
        """Checkable spans of these articles that claims.yaml does not hold yet.

        Each comes back pending and not recorded, bound as extraction binds it: it
        fails when it contradicts its fact (a wrong number in a new sentence is
        caught before anyone runs ``factsuite extract``) and is needs-review
        otherwise, so nothing goes unchecked without a decision on record. A span
        counts as held when a claim of its kind (an ignored one too) covers part of
        it: a name claim does not hold the title written before the name.
        """
        found: list[Claim] = []
        for path in dict.fromkeys(paths):
            article = self.article(path)
            extracted = self._extracted(article)
            found.extend(self._unrecorded_in(self._standing(article, extracted), extracted)[0])
        return found

    def _standing(
        self, article: Article, extracted: list[tuple[Claim, Where]]
    ) -> list[tuple[Claim, Where]]:
        """The article's recorded claims whose quote still stands, and where: not
        those whose quote moved into words ``extracted`` binds elsewhere (displaced)."""
        located = [
            (claim, where)
            for claim in self._recorded_of(article.path)
            if (where := locate(claim, article)) is not None
        ]
        gone = displaced(located, extracted, article)
        return [pair for k, pair in enumerate(located) if k not in gone]

    def gate_claims(self, claims: Iterable[Claim], paths: Iterable[str]) -> list[Claim]:
        """What the gate judges: ``claims`` plus the spans of ``paths`` claims.yaml lacks.

        A claim of one of ``paths`` whose quote is gone, but whose words were changed
        in place (drift.py), or whose quote now stands inside wider words of its kind
        ("then-" put before a title), is judged as those words against its own fact;
        the rest of the unrecorded spans are judged as :meth:`unrecorded` says. The
        list comes back in article order.
        """
        by_article: dict[str, list[Claim]] = {}
        judged: list[Claim] = []
        for claim in claims:
            by_article.setdefault(claim.article, []).append(claim)
        for path in dict.fromkeys(paths):
            article = self.article(path)
            extracted = self._extracted(article)
            standing = self._standing(article, extracted)
            fresh, wider = self._unrecorded_in(standing, extracted)
            mine = by_article.pop(path, [])
            # An ignored claim is not checked while its words stand; once they are
            # gone it fails as stale like any decision a person has yet to revisit.
            listed = {id(c) for c in mine}
            mine += [
                c
                for c in self._recorded_of(path)
                if c.status == "ignored" and id(c) not in listed and locate(c, article) is None
            ]
            still = {id(claim) for claim, _ in standing}
            recorded = {id(claim) for claim in self._recorded_of(path)}
            gone = [
                c
                for c in mine
                if id(c) not in still and (id(c) in recorded or locate(c, article) is None)
            ]
            pairs = pair_changed(gone, fresh, anchored_lines(standing, article))
            followed = {id(gone[i]): follow(gone[i], fresh[j]) for i, j in pairs}
            taken = {j for _, j in pairs}
            followed.update(wider)
            judged.extend(followed.get(id(c), c) for c in mine)
            judged.extend(c for j, c in enumerate(fresh) if j not in taken)
        for rest in by_article.values():
            judged.extend(rest)
        return sorted(judged, key=lambda c: (c.article, c.line, c.column))

    def checked_claims(self, articles: Collection[str] | None = None) -> list[Claim]:
        """The claims the gate judges: all but those a reviewer chose to ignore (of
        ``articles`` only, when given: only theirs are decoded)."""
        claims = self.claims if articles is None else self.index.select(articles)
        return [c for c in claims if c.status != "ignored"]

    def judge(self, claim: Claim, readings: Readings | None = None) -> Result:
        """The claim's result; ``readings``, shared by the claims of its article judged
        together, reads each of the article's lines and sentences once (readings.py)."""
        article = self.article(claim.article)
        return enforce(judge(claim, article, self.context, readings), strict=self.strict)

    def results(self, claims: Iterable[Claim] | None = None) -> Iterator[Result]:
        readings, article = Readings(), None
        for claim in self.checked_claims() if claims is None else claims:
            if claim.article != article:  # one reading per article, dropped with it
                readings, article = Readings(), claim.article
            yield self.judge(claim, readings)
