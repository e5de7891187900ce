"""Countries and organisations, and the other ways news names them or their people.

``PLACES`` maps a place's common English short name to its other names: demonym
adjectives ("Slovak"), short forms ("U.S."), official and former names ("Czechia",
"Burma"). Keys and aliases are folded text (``factsuite.names.fold``: lowercase,
accents dropped, hyphens and punctuation as spaces, full stops dropped), the form in
which titles and articles are compared. Extend freely; the tests hold every alias to
one place and to its folded form.
"""

from __future__ import annotations

PLACES: dict[str, tuple[str, ...]] = {
    "united states": ("us", "usa", "u s", "america", "american", "united states of america"),
    "united kingdom": ("uk", "britain", "british", "great britain"),
    "china": ("chinese", "prc", "people's republic of china"),
    "russia": ("russian", "russian federation"),
    "north korea": ("north korean", "dprk", "democratic people's republic of korea"),
    "south korea": ("south korean", "rok", "republic of korea"),
    "japan": ("japanese",),
    "cuba": ("cuban",),
    "indonesia": ("indonesian",),
    "myanmar": ("burma", "burmese", "myanmarese"),
    "slovakia": ("slovak", "slovakian"),
    "serbia": ("serbian",),
    "ukraine": ("ukrainian",),
    "iran": ("iranian",),
    "belarus": ("belarusian",),
    "pakistan": ("pakistani",),
    "malaysia": ("malaysian",),
    "vietnam": ("vietnamese", "viet nam"),
    "singapore": ("singaporean",),
    "india": ("indian",),
    "france": ("french",),
    "germany": ("german",),
    "italy": ("italian",),
    "spain": ("spanish",),
    "canada": ("canadian",),
    "australia": ("australian",),
    "brazil": ("brazilian",),
    "mexico": ("mexican",),
    "turkey": ("turkish", "turkiye"),
    "israel": ("israeli",),
    "egypt": ("egyptian",),
    "south africa": ("south african",),
    "european union": ("eu", "e u"),
    "united nations": ("un", "u n"),
}
