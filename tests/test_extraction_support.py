"""Shared by the extraction tests: a small fact base and helpers to extract from text.

(A module of helpers, not tests: its name only keeps it beside the tests it serves.)
"""

from __future__ import annotations

import functools
import textwrap
from pathlib import Path

from factsuite.articles import Article, parse_article
from factsuite.compare import Context, judge
from factsuite.extraction import Extractor
from factsuite.facts import FactBase, parse_fact_file
from factsuite.model import Claim, Result

FACTS = """\
parade.date:
  type: date
  label: the Victory Day military parade in Beijing
  value: 2025-09-03
  cues: [parade, victory day, celebrations, event]
  sources: [https://example.org/parade]
parade.announced:
  type: date
  label: the announcement of Kim's attendance
  value: 2025-08-28
  cues: [confirmed, announced, said]
  sources: [https://example.org/announced]
parade.foreign-leaders:
  type: count
  label: foreign leaders attending the parade
  value: 26
  unit: leaders
  cues: [foreign leaders, leaders, heads of state]
  sources: [https://example.org/leaders]
kim.arrived-beijing:
  type: date
  label: Kim arrived in Beijing
  value: 2025-09-02
  cues: [arrived, rolled into, trip, visit]
  sources: [https://example.org/arrived]
kim.left-pyongyang:
  type: date
  label: Kim left Pyongyang by train
  value: 2025-09-01
  cues: [set off, departed]
  sources: [https://example.org/left]
kim.came-to-power:
  type: date
  label: Kim Jong Un came to power
  value: 2011-12
  cues: [came to power, assumed power]
  sources: [https://example.org/power]
kim.china-visits-before-2025:
  type: count
  label: Kim's visits to China before 2025
  value: 4
  unit: visits
  cues: [visits to china, visited, times]
  sources: [https://example.org/visits]
kim.russia-visits:
  type: count
  label: Kim's visits to Russia
  value: 2
  unit: visits
  cues: [russia]
  sources: [https://example.org/russia]
kim.last-china-visit:
  type: date
  label: Kim's last visit to China before 2025
  value: 2019-01-07..10
  cues: [first time since, first visit, in six years, last visit]
  sources: [https://example.org/last]
kim.china-visits-span:
  type: date
  label: the span of Kim's four visits to China before 2025
  value: 2018-03-25..2019-01-10
  sources: [https://example.org/span]
kim.first-china-visit:
  type: date
  label: Kim's first visit to China as leader
  value: 2018-03-25..28
  cues: [as leader]
  sources: [https://example.org/first]
summit.singapore:
  type: date
  label: Kim's summit with Donald Trump in Singapore
  value: 2018-06-12
  cues: [summit, singapore]
  sources: [https://example.org/sg]
summit.hanoi:
  type: date
  label: Kim's summit with Donald Trump in Hanoi
  value: 2019-02-27..28
  cues: [summit, hanoi]
  sources: [https://example.org/hanoi]
dprk.founded:
  type: date
  label: the DPRK was founded
  value: 1948-09-09
  cues: [founded, foundation]
  sources: [https://example.org/dprk]
ww2.surrender:
  type: date
  label: Japan signed its surrender
  value: 1945-09-02
  cues: [end of world war ii, japan's surrender]
  sources: [https://example.org/ww2]
wpk.founded:
  type: date
  label: the Workers' Party of Korea was founded
  value: 1945-10-10
  cues: [workers' party]
  sources: [https://example.org/wpk]
wpk.80th-anniversary:
  type: date
  label: the 80th anniversary of the Workers' Party of Korea
  value: 2025-10
  cues: [workers' party, anniversary]
  sources: [https://example.org/wpk80]
trade.share-2023:
  type: percent
  label: China's share of North Korea's external trade in 2023
  value: 98.3
  cues: [external trade, trade, 2023]
  sources: [https://example.org/trade]
trade.share-2022:
  type: percent
  label: China's share of North Korea's external trade in 2022
  value: 96.7
  cues: [external trade, trade, 2022]
  sources: [https://example.org/trade]
icc.charge:
  type: attribute
  label: what the ICC's arrest warrant for Putin was issued for
  value: the war crime of unlawful deportation of children
  accepted: [war crimes, the deportation of children]
  cues: [arrest warrant, international criminal court, icc]
  sources: [https://example.org/icc]
parade.only-eu-leader:
  type: attribute
  label: the only EU leader attending the parade
  value: Robert Fico
  accepted: [Fico]
  cues: [only eu leader, only leader from the bloc]
  sources: [https://example.org/eu]
kim.father:
  type: attribute
  label: Kim Jong Un's father
  value: Kim Jong Il
  accepted: [Kim Jong-il]
  sources: [https://example.org/father]
kim-jong-un:
  type: person
  name: Kim Jong Un
  variants: [Kim Jong-un]
  roles:
    - title: leader
      aliases: [ruler, dictator]
      of: [North Korea]
      from: 2011-12
  sources: [https://example.org/kju]
kim-jong-il:
  type: person
  name: Kim Jong Il
  variants: [Kim Jong-il]
  roles:
    - title: leader
      of: [North Korea]
      from: 1994
      to: 2011-12-17
  sources: [https://example.org/kji]
xi-jinping:
  type: person
  name: Xi Jinping
  roles:
    - title: President
      aliases: [leader]
      of: [China]
      from: 2013-03
  sources: [https://example.org/xi]
vladimir-putin:
  type: person
  name: Vladimir Putin
  roles:
    - title: President
      aliases: [leader]
      of: [Russia]
      from: 2012-05
  sources: [https://example.org/putin]
donald-trump:
  type: person
  name: Donald Trump
  roles:
    - title: President
      of: [United States]
      from: 2017-01-20
      to: 2021-01-20
    - title: President
      of: [United States]
      from: 2025-01-20
  sources: [https://example.org/trump]
moon-jae-in:
  type: person
  name: Moon Jae-in
  roles:
    - title: President
      aliases: [leader]
      of: [South Korea]
      from: 2017-05-10
      to: 2022-05-09
  sources: [https://example.org/moon]
lee-jae-myung:
  type: person
  name: Lee Jae-myung
  roles:
    - title: President
      aliases: [leader]
      of: [South Korea]
      from: 2025-06-04
  sources: [https://example.org/lee]
li-qiang:
  type: person
  name: Li Qiang
  roles:
    - title: Premier
      aliases: [Prime Minister]
      of: [China]
      from: 2023-03
  sources: [https://example.org/li]
robert-fico:
  type: person
  name: Robert Fico
  roles:
    - title: Prime Minister
      of: [Slovakia]
      from: 2023-10-25
  sources: [https://example.org/fico]
min-aung-hlaing:
  type: person
  name: Min Aung Hlaing
  roles:
    - title: Commander-in-Chief
      aliases: [military ruler]
      of: [Myanmar]
      from: 2011
  sources: [https://example.org/mah]
miguel-diaz-canel:
  type: person
  name: Miguel Díaz-Canel
  roles:
    - title: President
      of: [Cuba]
      from: 2019-10
  sources: [https://example.org/mdc]
hong-lei:
  type: person
  name: Hong Lei
  roles:
    - title: Assistant Minister of Foreign Affairs
      of: [China]
  sources: [https://example.org/hong]
james-char:
  type: person
  name: James Char
  roles:
    - of: [Nanyang Technological University]
  sources: [https://example.org/char]
moon-seong-mook:
  type: person
  name: Moon Seong-mook
  roles:
    - of: [Korea Research Institute for National Strategy]
  sources: [https://example.org/msm]
soo-kim:
  type: person
  name: Soo Kim
  roles:
    - title: analyst
      of: [CIA]
      ended: true
  sources: [https://example.org/sookim]
alfred-wu:
  type: person
  name: Alfred Wu
  roles:
    - of: [National University of Singapore]
  sources: [https://example.org/wu]
leif-eric-easley:
  type: person
  name: Leif-Eric Easley
  roles:
    - title: professor of international studies
      aliases: [professor]
      of: [Ewha Womans University]
  sources: [https://example.org/easley]
"""


class FixtureDesk:
    """The fact base of a fact file's text, its context and extractor, each built
    when first asked for."""

    def __init__(self, facts_yaml: str) -> None:
        self.facts_yaml = facts_yaml

    @functools.cached_property
    def facts(self) -> FactBase:
        parsed = parse_fact_file(self.facts_yaml, "facts/base.yaml")
        return FactBase({fact.id: fact for fact in parsed}, ("facts/base.yaml",))

    @functools.cached_property
    def context(self) -> Context:
        return Context.build(self.facts)

    @functools.cached_property
    def extractor(self) -> Extractor:
        return Extractor(self.facts, self.context)


@functools.cache
def fixture_desk(facts_yaml: str = FACTS) -> FixtureDesk:
    """One ``FixtureDesk`` per fact file text, shared by every test that reads it."""
    return FixtureDesk(facts_yaml)


def facts() -> FactBase:
    return fixture_desk().facts


def context() -> Context:
    return fixture_desk().context


def extractor() -> Extractor:
    return fixture_desk().extractor


def article(body: str, published: str = "2025-08-28", path: str = "articles/a.md") -> Article:
    body = textwrap.dedent(body).lstrip("\n")
    return parse_article(f"---\ntitle: Test\npublished: {published}\n---\n{body}", path)


def extract(body: str, published: str = "2025-08-28", path: str = "articles/a.md") -> list[Claim]:
    return extractor().extract(article(body, published, path))


def judged(body: str, published: str = "2025-08-28") -> list[Result]:
    item = article(body, published)
    return [judge(claim, item, context()) for claim in extractor().extract(item)]


def found(body: str, published: str = "2025-08-28") -> set[tuple[str, str, str | None]]:
    """(quote, kind, fact) of every claim extracted from ``body``."""
    return {(c.quote, c.kind, c.fact) for c in extract(body, published)}


def write_desk(root: Path, articles: dict[str, str], claims: str | None = None) -> Path:
    (root / "facts").mkdir(parents=True, exist_ok=True)
    (root / "facts" / "base.yaml").write_text(FACTS, encoding="utf-8")
    (root / "articles").mkdir(exist_ok=True)
    for name, text in articles.items():
        (root / "articles" / name).write_text(text, encoding="utf-8")
    if claims is not None:
        (root / "claims.yaml").write_text(claims, encoding="utf-8")
    return root
