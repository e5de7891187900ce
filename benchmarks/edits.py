"""The gate on edited articles: correct paraphrases must pass, planted errors must fail.

Run from the repository root:  python benchmarks/edits.py [--list]

Each edit replaces one phrase of one sample article, in a fresh copy of the desk, and
runs the gate over that article the way ``factsuite check`` does, twice:

- as a writer's pre-commit hook sees it, with claims.yaml not yet updated;
- after ``factsuite extract`` has updated claims.yaml (nobody has reviewed it yet).

A paraphrase passes when no claim touching the new words fails; a planted error is
caught when one does. Failures elsewhere in the article must be the ones the sample
desk already has. The edits are written against the facts (FACTSHEET.md), not against
what the rules happen to do: misses are printed, not hidden.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factsuite.desk import Desk
from factsuite.extraction.command import run as extract
from factsuite.model import Result

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Edit:
    article: str  # file name prefix, e.g. "001"
    old: str
    new: str
    correct: bool  # a paraphrase that keeps the fact (True) or a planted error (False)


EDITS = [
    # correct paraphrases
    Edit("001", "will bring together 26 foreign", "will bring together twenty-six foreign", True),
    Edit("001", "scheduled for September 3 in", "scheduled for 3 September in", True),
    Edit("002", "Miguel Díaz-Canel", "Miguel Diaz-Canel", True),
    Edit("004", "Kim Jong Un is making", "Kim Jong-un is making", True),
    Edit("003", "two dozen other foreign", "around two dozen other foreign", True),
    Edit("000", "in Singapore in June 2018", "in Singapore in June of 2018", True),
    Edit("000", "came seven years ago", "came about seven years ago", True),
    Edit("000", "four times previously", "four times before", True),
    Edit("002", "on 3 September to mark", "on September 3 to mark", True),
    Edit(
        "003", "his first visit to China in six years", "his first visit to China in 6 years", True
    ),
    Edit("004", "previous four visits", "previous 4 visits", True),
    Edit("000", "Russia’s Vladimir Putin", "Russian President Vladimir Putin", True),
    Edit("002", "since assuming power in 2011", "since assuming power in December 2011", True),
    Edit("001", "for the first time since 2019", "for the first time in six years", True),
    Edit("000", "travelled to Russia twice", "travelled to Russia two times", True),
    Edit("002", "on Thursday that Kim", "on 28 August that Kim", True),
    # A second batch, written a session later. Its first run: 23/24 paraphrases
    # passed in the hook (a quote shifted along its line was lost; now followed) and
    # 22/22 planted errors were caught.
    Edit("000", "yesterday, ahead of", "on Tuesday, ahead of", True),
    Edit("000", "Since he came to power in 2011", "Since he came to power in December 2011", True),
    Edit("000", "came seven years ago", "came in 2018", True),
    Edit("000", "in Hanoi in early 2019", "in Hanoi in February 2019", True),
    Edit("000", "it was founded in 1948", "it was founded on 9 September 1948", True),
    Edit(
        "000",
        "Russia and North Korea last year signed",
        "Russia and North Korea in 2024 signed",
        True,
    ),
    Edit("001", "nearly 97%", "over 98%", True),
    Edit("001", "that will be held this October", "that will be held in October", True),
    Edit(
        "001",
        "will bring together 26 foreign",
        "will bring together more than two dozen foreign",
        True,
    ),
    Edit("002", "confirmed on Thursday that Kim", "confirmed on Aug. 28 that Kim", True),
    Edit("002", "since assuming power in 2011", "since assuming power 14 years ago", True),
    Edit("002", "defence treaty last June", "defence treaty in June 2024", True),
    Edit("003", "set for next Wednesday", "set for September 3", True),
    Edit(
        "003", "his first visit to China in six years", "his first visit to China since 2019", True
    ),
    Edit("004", "between 2018 and 2019", "in 2018 and 2019", True),
    Edit("004", "Workers’ Party in October", "Workers’ Party this October", True),
    Edit("002", "Cuban President Miguel Díaz-Canel", "Cuba's President Miguel Díaz-Canel", True),
    Edit(
        "004",
        "alongside Chinese President Xi Jinping",
        "alongside China's President Xi Jinping",
        True,
    ),
    Edit("002", "In total, 26 foreign leaders", "In total, twenty-six foreign leaders", True),
    Edit("000", "four times previously", "on four previous occasions", True),
    Edit("001", "U.S. President Donald Trump", "US President Donald Trump", True),
    Edit("003", "his father, Kim Jong-Il", "his father, Kim Jong Il", True),
    Edit("001", "scheduled for September 3 in", "scheduled for Sept. 3 in", True),
    Edit("003", "two dozen other foreign", "some two dozen other foreign", True),
    # A third batch, written later the same session. Its first run: 19/21 paraphrases
    # passed in the hook ("nearly 14 years ago" was read as a bare duration, now
    # elapsed time; "Indonesia's President Prabowo" leaves the name claim stale until
    # extract, still) and 14/15 planted errors were caught by the hook ("Thursday 3
    # September" around a recorded "3 September", now judged).
    Edit(
        "000",
        "North Korean leader Kim Jong Un rolled",
        "North Korea's leader Kim Jong Un rolled",
        True,
    ),
    Edit(
        "000",
        "North Korean leader Kim Jong Un rolled",
        "Kim Jong Un, North Korea's leader, rolled",
        True,
    ),
    Edit(
        "000",
        "celebrating the end of World War II today",
        "celebrating the end of World War II on Wednesday",
        True,
    ),
    Edit("000", "Since he came to power in 2011", "Since taking power in late 2011", True),
    Edit("000", "in Singapore in June 2018", "in Singapore on June 12, 2018", True),
    Edit("000", "it was founded in 1948", "it was founded in September 1948", True),
    Edit("000", "Russia’s Vladimir Putin", "Russian leader Vladimir Putin", True),
    Edit("001", "nearly 97%", "more than 97 per cent", True),
    Edit("001", "will bring together 26 foreign", "will bring together two dozen foreign", True),
    Edit("001", "Chinese President Xi Jinping", "President Xi Jinping of China", True),
    Edit("001", "the 80th anniversary of the end", "the eightieth anniversary of the end", True),
    Edit("002", "on 3 September to mark", "on Wednesday 3 September to mark", True),
    Edit("002", "Slovak Prime Minister Robert Fico", "Slovakia's Prime Minister Robert Fico", True),
    Edit(
        "002",
        "Myanmar’s military ruler Min Aung Hliang",
        "Myanmar’s junta chief Min Aung Hlaing",
        True,
    ),
    Edit("002", "Indonesian President Prabowo Subianto", "Indonesia's President Prabowo", True),
    Edit(
        "003", "North Korean dictator Kim Jong-un", "North Korean supreme leader Kim Jong-un", True
    ),
    Edit("003", "set for next Wednesday", "set for Wednesday next week", True),
    Edit(
        "003", "since he assumed power in 2011", "since he assumed power nearly 14 years ago", True
    ),
    Edit(
        "004",
        "Kim’s first visit to China in six years",
        "Kim’s first visit to China since early 2019",
        True,
    ),
    Edit(
        "004",
        "Kim’s previous four visits to China between 2018 and 2019",
        "Kim’s four earlier visits to China in 2018-19",
        True,
    ),
    Edit(
        "004",
        "the upcoming 80th anniversary of the ruling Workers’ Party in October",
        "the upcoming 80th anniversary of the ruling Workers’ Party on October 10",
        True,
    ),
    # planted errors
    Edit("001", "will bring together 26 foreign", "will bring together 28 foreign", False),
    Edit("001", "scheduled for September 3 in", "scheduled for September 4 in", False),
    Edit("002", "Miguel Díaz-Canel", "Miguel Dias-Canel", False),
    Edit("000", "in Singapore in June 2018", "in Singapore in June 2017", False),
    Edit("000", "four times previously", "five times previously", False),
    Edit(
        "003",
        "his first visit to China in six years",
        "his first visit to China in four years",
        False,
    ),
    Edit("004", "assuming leadership in 2011", "assuming leadership in 2012", False),
    Edit("001", "the 80th anniversary of the end", "the 75th anniversary of the end", False),
    Edit("000", "Kim Jong Un rolled", "Kim Jong Il rolled", False),
    Edit("002", "Chinese President Xi Jinping", "Chinese Premier Xi Jinping", False),
    Edit("000", "travelled to Russia twice", "travelled to Russia three times", False),
    Edit("004", "Kim Jong Un is making", "Kim Jong Um is making", False),
    Edit("002", "Indonesian President Prabowo", "Indonesian Prime Minister Prabowo", False),
    Edit("003", "set for next Wednesday", "set for next Thursday", False),
    # the second batch
    Edit("000", "yesterday, ahead of", "on Monday, ahead of", False),
    Edit("000", "in Hanoi in early 2019", "in Hanoi in early 2020", False),
    Edit("000", "it was founded in 1948", "it was founded in 1949", False),
    Edit("001", "nearly 97%", "nearly 90%", False),
    Edit("001", "will bring together 26 foreign", "will bring together three dozen foreign", False),
    Edit("001", "that will be held this October", "that will be held this November", False),
    Edit(
        "002",
        "including Russian President Vladimir Putin",
        "including Russian Prime Minister Vladimir Putin",
        False,
    ),
    Edit("002", "celebrations on 3 September", "celebrations on 3 October", False),
    Edit("002", "Prabowo Subianto", "Prabowo Subiyanto", False),
    Edit("003", "set for next Wednesday", "set for next Tuesday", False),
    Edit("003", "marks the 80th anniversary", "marks the 70th anniversary", False),
    Edit("004", "Xi Jinping and Vladimir Putin at", "Xi Jinping and Vladimir Puttin at", False),
    Edit("004", "first visit to China in six years", "first visit to China in five years", False),
    Edit("004", "previous four visits", "previous three visits", False),
    Edit("000", "Singapore in June 2018", "Singapore in July 2018", False),
    Edit("002", "Xi Jinping since June 2019", "Xi Jinping since June 2018", False),
    Edit(
        "002", "Cuban President Miguel Díaz-Canel", "Cuban Prime Minister Miguel Díaz-Canel", False
    ),
    Edit("000", "visited most—four times previously", "visited most—six times previously", False),
    Edit("000", "Kim Il Sung fought", "Kim Il Song fought", False),
    Edit("001", "since he rose to power in 2011", "since he rose to power in 2012", False),
    Edit("002", "In total, 26 foreign leaders", "In total, 36 foreign leaders", False),
    Edit("003", "since he assumed power in 2011", "since he assumed power in 2010", False),
    # the third batch
    Edit(
        "000",
        "North Korean leader Kim Jong Un rolled",
        "South Korean leader Kim Jong Un rolled",
        False,
    ),
    Edit(
        "000",
        "celebrating the end of World War II today",
        "celebrating the end of World War II on Thursday",
        False,
    ),
    Edit("000", "in Singapore in June 2018", "in Singapore on June 21, 2018", False),
    Edit("000", "it was founded in 1948", "it was founded in September 1949", False),
    Edit("000", "Russia’s Vladimir Putin", "Russian Prime Minister Vladimir Putin", False),
    Edit("001", "nearly 97%", "more than 99 per cent", False),
    Edit("001", "will bring together 26 foreign", "will bring together three dozen foreign", False),
    Edit("001", "Chinese President Xi Jinping", "President Xi Jinpeng of China", False),
    Edit("002", "on 3 September to mark", "on Thursday 3 September to mark", False),
    Edit("002", "Slovak Prime Minister Robert Fico", "Slovak President Robert Fico", False),
    Edit(
        "003", "since he assumed power in 2011", "since he assumed power nearly 12 years ago", False
    ),
    Edit(
        "004",
        "Kim’s first visit to China in six years",
        "Kim’s first visit to China since early 2018",
        False,
    ),
    Edit(
        "004",
        "the upcoming 80th anniversary of the ruling Workers’ Party in October",
        "the upcoming 70th anniversary of the ruling Workers’ Party in October",
        False,
    ),
    Edit("002", "Cuban President Miguel Díaz-Canel", "Cuban President Miguel Díaz-Canal", False),
    Edit("003", "North Korean dictator Kim Jong-un", "North Korean dictator Kim Jong-il", False),
    # A fourth batch (36 paraphrases, 32 errors), written blind by a helper that read
    # only FACTSHEET.md, the articles and this file, never the rules. Its first run:
    # paraphrases 30/36 in the hook, 35/36 after extract; errors 25/32 in the hook,
    # 21/32 after extract. Fixed since: a title before a short name, the same office
    # of another country, values replaced in place, "then-" before a recorded title.
    # Still missed: see the closing notes of issue 3 (date anaphora, "80 years since",
    # relations, titles the desk does not know, places of events).
    # ---------------- correct paraphrases ----------------
    # 000 (published 2025-09-03, a Wednesday)
    Edit("000", "yesterday, ahead of", "on September 2, ahead of", True),
    Edit(
        "000",
        "celebrating the end of World War II today",
        "celebrating the end of World War II on Wednesday, Sept. 3",
        True,
    ),
    Edit("000", "On Wednesday he will find himself", "Today he will find himself", True),
    Edit(
        "000",
        "Since he came to power in 2011",
        "Since he came to power almost 14 years ago",
        True,
    ),
    Edit("000", "came seven years ago", "came more than seven years ago", True),
    Edit("000", "in Hanoi in early 2019", "in Hanoi in late February 2019", True),
    Edit("000", "Kim’s grandfather Kim Il Sung", "Kim’s grandfather Kim Il-sung", True),
    Edit(
        "000",
        "Russia and North Korea last year signed a mutual defence agreement",
        "Russia and North Korea signed a mutual defence agreement in June 2024",
        True,
    ),
    Edit(
        "000",
        "Kim, Xi and Russia’s Vladimir Putin together",
        "Kim, Xi and Vladimir Putin, Russia’s president, together",
        True,
    ),
    Edit(
        "000",
        "said the University of Sydney’s Justin Hastings",
        "said Justin Hastings, a professor at the University of Sydney",
        True,
    ),
    # a correction of the article's own slip: FACTSHEET gives 3 JSA appearances
    Edit(
        "000",
        "travelled twice to the Joint Security Area",
        "travelled three times to the Joint Security Area",
        True,
    ),
    # 001 (published 2025-08-28, a Thursday)
    Edit("001", "will travel to China next week", "will travel to China early next month", True),
    Edit(
        "001",
        "for the first time since 2019",
        "for the first time since January 2019",
        True,
    ),
    Edit(
        "001",
        "scheduled for September 3 in Beijing",
        "scheduled for Wednesday, Sept. 3, in Beijing",
        True,
    ),
    Edit(
        "001",
        "South Korean President Moon Jae-in",
        "then-South Korean President Moon Jae-in",
        True,
    ),
    Edit("001", "nearly 97%", "just over 98 percent", True),
    # "nearly 97%" is true of 2022 (96.7%), so moving the year makes the sentence true
    Edit("001", "external trade in 2023", "external trade in 2022", True),
    Edit("001", "that will be held this October", "that will be held on 10 October", True),
    # 002 (published 2025-08-28, a Thursday)
    Edit(
        "002",
        "at a military parade in Beijing next week",
        "at a military parade in Beijing on 3 September",
        True,
    ),
    Edit("002", "foreign ministry confirmed on Thursday", "foreign ministry confirmed today", True),
    Edit(
        "002",
        "to mark the 80th anniversary of Japan’s surrender",
        "to mark 80 years since Japan’s surrender",
        True,
    ),
    Edit(
        "002",
        "said Hong Lei, China's assistant minister of foreign affairs",
        "said China's Assistant Foreign Minister Hong Lei",
        True,
    ),
    Edit(
        "002",
        "Slovak Prime Minister Robert Fico, who",
        "The Slovak prime minister, Robert Fico, who",
        True,
    ),
    Edit(
        "002",
        "Chinese President Xi Jinping since June 2019, when the pair met in Pyongyang",
        "Chinese President Xi Jinping in more than six years; the pair last met"
        " in Pyongyang in June 2019",
        True,
    ),
    Edit(
        "002",
        "Earlier that year, the North Korean leader",
        "In January of that year, the North Korean leader",
        True,
    ),
    Edit("002", "defence treaty last June", "defence treaty about 14 months ago", True),
    # 003 (published 2025-08-28)
    Edit(
        "003",
        "his first visit to China in six years",
        "his first visit to China in more than six years",
        True,
    ),
    Edit(
        "003",
        "The visit, scheduled for next week",
        "The visit, scheduled for early September",
        True,
    ),
    Edit("003", "marks the 80th anniversary of the end", "marks 80 years since the end", True),
    Edit(
        "003",
        "since he assumed power in 2011",
        "since he assumed power in December 2011",
        True,
    ),
    # a correction of the article's own slip: the ICC warrant is for a war crime
    Edit(
        "003",
        "for crimes against humanity",
        "for the war crime of unlawfully deporting children from Ukraine",
        True,
    ),
    # 004 (published 2025-08-28)
    Edit(
        "004",
        "Kim’s first visit to China in six years",
        "Kim’s first visit to China in more than six and a half years",
        True,
    ),
    Edit(
        "004",
        "since assuming leadership in 2011",
        "since assuming leadership in late 2011",
        True,
    ),
    Edit(
        "004",
        "commemorate the 80th anniversary of the end of World War II",
        "commemorate eight decades since the end of World War II",
        True,
    ),
    Edit(
        "004",
        "Kim’s previous four visits to China between 2018 and 2019",
        "Kim’s previous four visits to China — three in 2018 and one in January 2019 —",
        True,
    ),
    Edit("004", "This high-profile visit by Kim", "This high-profile visit by Mr Kim", True),
    # ---------------- planted errors ----------------
    # 000 (published 2025-09-03)
    # True: Kim arrived in Beijing on Tue 2025-09-02, i.e. "yesterday"; two days before
    # was the day he left Pyongyang (FACTSHEET, The event: "Kim arrived in Beijing").
    Edit("000", "yesterday, ahead of", "two days ago, ahead of", False),
    # True: the parade was on Wed 2025-09-03, the publication day, not the 4th
    # (FACTSHEET, The event: "Victory Day military parade").
    Edit(
        "000",
        "celebrating the end of World War II today",
        "celebrating the end of World War II tomorrow",
        False,
    ),
    # True: Kim came to power in December 2011 (FACTSHEET, Kim Jong Un: "came to power").
    Edit("000", "Since he came to power in 2011", "Since he came to power in January 2011", False),
    # True: the Singapore summit was 2018-06-12, about seven years (7y3m) before
    # 2025-09-03 (FACTSHEET, Kim Jong Un: "summits with Donald Trump").
    Edit("000", "came seven years ago", "came eight years ago", False),
    # True: the DPRK was founded on 1948-09-09 (FACTSHEET, Countries: "DPRK founded").
    Edit("000", "it was founded in 1948", "it was founded on 9 October 1948", False),
    # True: Kim Il Sung was Kim Jong Un's grandfather; his father was Kim Jong Il
    # (FACTSHEET, Kim Jong Un: "grandfather / father").
    Edit("000", "Kim’s grandfather Kim Il Sung", "Kim’s father Kim Il Sung", False),
    # True: the Russia-DPRK treaty was signed 2024-06-19, "last year" from 2025, not 2023
    # (FACTSHEET, Countries: "Russia–DPRK Comprehensive Strategic Partnership Treaty").
    Edit(
        "000",
        "Russia and North Korea last year signed",
        "Russia and North Korea two years ago signed",
        False,
    ),
    # True: the ICG analyst is Christopher Green (FACTSHEET, People: "Christopher Green").
    Edit("000", "Christopher Green told AFP", "Christopher Greene told AFP", False),
    # 001 (published 2025-08-28)
    # True: 2025-09-03 was a Wednesday (FACTSHEET, The event: "Wednesday 2025-09-03").
    Edit(
        "001",
        "scheduled for September 3 in Beijing",
        "scheduled for Tuesday, September 3, in Beijing",
        False,
    ),
    # True: Kim's last visit to China before 2025 was January 2019
    # (FACTSHEET, Kim Jong Un: "last visit to China before 2025").
    Edit("001", "for the first time since 2019", "for the first time since 2018", False),
    # True: the WPK's 80th anniversary is in October 2025 (founded 1945-10-10); from
    # 2025-08-28 "next month" is September (FACTSHEET, Countries: "Workers' Party of
    # Korea founded").
    Edit("001", "that will be held this October", "that will be held next month", False),
    # True: Moon Jae-in was President of South Korea 2017-2022, not prime minister
    # (FACTSHEET, People: "Moon Jae-in").
    Edit(
        "001",
        "South Korean President Moon Jae-in",
        "South Korean Prime Minister Moon Jae-in",
        False,
    ),
    # True: China's share of North Korea's external trade was 98.3% in 2023
    # (FACTSHEET, Countries: "China's share of North Korea's external trade").
    Edit("001", "nearly 97%", "well under 95 percent", False),
    # 002 (published 2025-08-28, a Thursday)
    # True: the ministry (Hong Lei) announced it on Thursday 2025-08-28, the publication
    # day, not the day before (FACTSHEET, The event: "announced by").
    Edit(
        "002",
        "foreign ministry confirmed on Thursday",
        "foreign ministry confirmed yesterday",
        False,
    ),
    # True: 26 foreign heads of state and government attended
    # (FACTSHEET, The event: "foreign heads of state and government attending").
    Edit("002", "In total, 26 foreign leaders", "In total, more than 30 foreign leaders", False),
    # True: Robert Fico was the only EU leader attending; Vučić's Serbia is not in the EU
    # (FACTSHEET, The event: "the only EU leader attending").
    Edit(
        "002",
        "will be the only leader from the bloc",
        "will be one of two leaders from the bloc",
        False,
    ),
    # True: Robert Fico is Prime Minister of Slovakia (FACTSHEET, People: "Robert Fico").
    Edit(
        "002",
        "Slovak Prime Minister Robert Fico",
        "Slovenian Prime Minister Robert Fico",
        False,
    ),
    # True: in June 2019 Xi made a state visit to Pyongyang, 2019-06-20..21
    # (FACTSHEET, Kim Jong Un: "Xi's state visit to Pyongyang").
    Edit(
        "002",
        "since June 2019, when the pair met in Pyongyang",
        "since June 2019, when the pair met in Beijing",
        False,
    ),
    # True: Kim's 2019 visit to China was 2019-01-07..10, not March (his March visit was 2018)
    # (FACTSHEET, Kim Jong Un: "visits to China before 2025").
    Edit(
        "002",
        "Earlier that year, the North Korean leader",
        "In March that year, the North Korean leader",
        False,
    ),
    # True: the name is Leif-Eric Easley (FACTSHEET, People: "Leif-Eric Easley").
    Edit("002", "Leif-Eric Easley, professor", "Leif-Erik Easley, professor", False),
    # 003 (published 2025-08-28, a Thursday)
    # True: Kim left Pyongyang Mon 2025-09-01 and the parade was Wed 2025-09-03, i.e. the
    # week after publication (FACTSHEET, The event: "Kim left Pyongyang", "Victory Day parade").
    Edit(
        "003",
        "The visit, scheduled for next week",
        "The visit, scheduled for this week",
        False,
    ),
    # True: the parade was on Wednesday 3 September 2025; 4 September was a Thursday
    # (FACTSHEET, The event: "Wednesday 2025-09-03").
    Edit("003", "set for next Wednesday", "set for Wednesday, September 4", False),
    # True: Hong Lei is Assistant Minister of Foreign Affairs, not Foreign Minister
    # (FACTSHEET, People: "Hong Lei").
    Edit(
        "003",
        "Chinese Assistant Minister of Foreign Affairs Hong Lei",
        "Chinese Foreign Minister Hong Lei",
        False,
    ),
    # True: Kim's father was Kim Jong Il, who died 2011-12-17; Kim Il Sung was his
    # grandfather (FACTSHEET, Kim Jong Un: "grandfather / father", "came to power").
    Edit("003", "his father, Kim Jong-Il", "his father, Kim Il Sung", False),
    # True: he assumed power in December 2011, nearly 14 years before 2025-08-28, not a
    # decade (FACTSHEET, Kim Jong Un: "came to power").
    Edit(
        "003",
        "since he assumed power in 2011",
        "since he assumed power a decade ago",
        False,
    ),
    # True: Li Junhua is a UN Under-Secretary-General (for Economic and Social Affairs),
    # not the Secretary-General (FACTSHEET, People: "Li Junhua").
    Edit(
        "003",
        "Under-Secretary-General Li Junhua",
        "Secretary-General Li Junhua",
        False,
    ),
    # True: Donald Trump has been the sitting US President since 2025-01-20
    # (FACTSHEET, People: "Donald Trump").
    Edit(
        "003",
        "undermines President Donald Trump's",
        "undermines former President Donald Trump's",
        False,
    ),
    # True: 26 foreign leaders in all, so Putin and about two dozen others, not nearly
    # three dozen (FACTSHEET, The event: "foreign heads of state and government attending").
    Edit(
        "003",
        "two dozen other foreign leaders",
        "nearly three dozen other foreign leaders",
        False,
    ),
    # 004 (published 2025-08-28)
    # True: the parade marks the 80th anniversary of the end of World War II
    # (FACTSHEET, The event: "what it marks").
    Edit(
        "004",
        "commemorate the 80th anniversary of the end of World War II",
        "commemorate the 80th anniversary of the end of World War I",
        False,
    ),
    # True: three of the four visits were in 2018 and one in January 2019
    # (FACTSHEET, Kim Jong Un: "visits to China before 2025").
    Edit(
        "004",
        "Kim’s previous four visits to China between 2018 and 2019",
        "Kim’s previous four visits to China, all in 2018,",
        False,
    ),
    # True: the Workers' Party was founded 1945-10-10; the 80th anniversary is in October
    # 2025 (FACTSHEET, Countries: "Workers' Party of Korea founded").
    Edit("004", "Workers’ Party in October", "Workers’ Party in September", False),
    # True: the North Korean leader is Kim Jong Un (FACTSHEET, People: "Kim Jong Un");
    # Kim Jong Nam was his half-brother, never leader.
    Edit(
        "004",
        "North Korean leader Kim Jong Un is set",
        "North Korean leader Kim Jong Nam is set",
        False,
    ),
    # A fifth batch: the places of events, written with the rule that reads them (so
    # not blind), from the task that asked for it: its five planted errors, one more,
    # and the correct ways of saying where that must not fail. Before the rule: 10/10
    # paraphrases passed, 0/6 errors were caught; with it, 10/10 and 6/6, both stages.
    # ---------------- correct paraphrases ----------------
    Edit(
        "002", "military parade in Beijing next", "military parade in Tiananmen Square next", True
    ),
    Edit("002", "military parade in Beijing next", "military parade in China next", True),
    Edit(
        "002",
        "military parade in Beijing next",
        "military parade in the Chinese capital next",
        True,
    ),
    Edit("000", "another summit in Hanoi", "another summit in Vietnam", True),
    Edit(
        "000",
        "rolled into Beijing by armoured train yesterday",
        "arrived in Beijing by armoured train yesterday, days after a summit in Hanoi",
        True,
    ),
    Edit(
        "002",
        "said Hong Lei, China's assistant minister of foreign affairs",
        "Hong Lei, China's assistant minister of foreign affairs, said in Beijing",
        True,
    ),
    Edit(
        "000",
        "signed a mutual defence agreement",
        "signed a mutual defence agreement in Pyongyang",
        True,
    ),
    Edit(
        "002",
        "when the pair met in Pyongyang",
        "when the pair met in the North Korean capital",
        True,
    ),
    Edit("001", "scheduled for September 3 in Beijing", "scheduled for September 3 in China", True),
    Edit("000", "BEIJING, Sept 3", "BEIJING, Sept 3 (AFP)", True),
    # ---------------- planted errors ----------------
    # True: the second Kim-Trump summit was in Hanoi, 2019-02-27..28 (FACTSHEET, Kim Jong
    # Un: "summits with Donald Trump").
    Edit("000", "another summit in Hanoi", "another summit in Bangkok", False),
    # True: the Victory Day parade was in Beijing, Tiananmen Square (FACTSHEET, The event).
    Edit("002", "military parade in Beijing", "military parade in Moscow", False),
    Edit(
        "001",
        "scheduled for September 3 in Beijing",
        "scheduled for September 3 in Shanghai",
        False,
    ),
    # True: the Russia-DPRK treaty was signed in Pyongyang (FACTSHEET, Countries).
    Edit(
        "000",
        "signed a mutual defence agreement",
        "signed a mutual defence agreement in Moscow",
        False,
    ),
    # True: Xi's state visit of June 2019 was to Pyongyang (FACTSHEET, Kim Jong Un). The
    # fourth batch plants the same error; it stands here for the task's list.
    Edit("002", "when the pair met in Pyongyang", "when the pair met in Seoul", False),
    # True: Kim arrived in Beijing, at Beijing Railway Station (FACTSHEET, The event).
    Edit(
        "000",
        "rolled into Beijing by armoured train yesterday",
        "arrived in Shanghai by armoured train yesterday",
        False,
    ),
]


def article_path(root: Path, prefix: str) -> str:
    (file,) = sorted((root / "articles").glob(f"{prefix}-*"))
    return file.relative_to(root).as_posix()


def gate(root: Path, path: str) -> list[Result]:
    desk = Desk.load(root, use_cache=False)
    claims = [c for c in desk.checked_claims() if c.article == path]
    return list(desk.results(desk.gate_claims(claims, [path])))


def failing(results: list[Result]) -> set[tuple[str, str]]:
    return {(r.claim.quote, r.verdict.value) for r in results if r.outcome == "failed"}


def touches(result: Result, line: int, start: int, end: int) -> bool:
    """Whether a result's span overlaps the edited words (columns on ``line``)."""
    if result.span is None:  # stale: it stood where claims.yaml says
        return result.claim.line == line
    return result.span.line == line and result.span.column < end and start < result.span.end_column


def judge_edit(edit: Edit, work: Path) -> tuple[bool, bool, str]:
    """(right before extract, right after extract, what happened)."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(REPO / "facts", work / "facts")
    shutil.copytree(REPO / "articles", work / "articles")
    shutil.copy(REPO / "claims.yaml", work / "claims.yaml")
    path = article_path(work, edit.article)
    baseline = failing(gate(work, path))
    file = work / path
    text = file.read_text(encoding="utf-8")
    assert text.count(edit.old) == 1, f"{edit.old!r} must stand once in {path}"
    at = text.index(edit.old)
    file.write_text(text.replace(edit.old, edit.new), encoding="utf-8")
    line = text.count("\n", 0, at) + 1
    start = at - (text.rfind("\n", 0, at) + 1) + 1
    end = start + len(edit.new)

    verdicts: list[bool] = []
    notes: list[str] = []
    for stage in ("hook", "extracted"):
        if stage == "extracted":
            extract(
                work,
                [str(work / path)],
                check=False,
                progress=False,
                out=io.StringIO(),
                err=io.StringIO(),
            )
        results = gate(work, path)
        here = [r for r in results if r.outcome == "failed" and touches(r, line, start, end)]
        elsewhere = failing([r for r in results if r not in here]) - baseline
        caught = bool(here)
        verdicts.append(caught != edit.correct and not elsewhere)
        shown = ", ".join(f"{r.claim.quote!r} {r.verdict.value}" for r in here) or "nothing"
        extra = f"; new failures elsewhere {sorted(elsewhere)}" if elsewhere else ""
        notes.append(f"{stage}: {shown}{extra}")
    return verdicts[0], verdicts[1], "; ".join(notes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show every edit, not only misses")
    args = parser.parse_args()
    tally = {(c, s): [0, 0] for c in (True, False) for s in ("hook", "extracted")}
    with tempfile.TemporaryDirectory() as tmp:
        for edit in EDITS:
            hook, extracted, note = judge_edit(edit, Path(tmp) / "desk")
            for stage, right in (("hook", hook), ("extracted", extracted)):
                tally[edit.correct, stage][0] += right
                tally[edit.correct, stage][1] += 1
            if args.list or not (hook and extracted):
                what = "paraphrase" if edit.correct else "error"
                print(f"{what:10} {edit.article} {edit.old!r} -> {edit.new!r}\n           {note}")
    print()
    for correct, label in ((True, "paraphrases passing"), (False, "planted errors caught")):
        for stage in ("hook", "extracted"):
            right, total = tally[correct, stage]
            print(f"{label:22} {stage:10} {right}/{total} = {right / total:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
