"""Cities news names, and the country each lies in: where an event can be said to be.

``CAPITALS`` maps a country (a key of ``places.PLACES``) to the city news calls its
capital ("the Chinese capital"); ``CITIES`` to its other cities that news names.
``SHARED`` holds places that lie in more than one country as news draws the map, and
``ALIASES`` the other names of a city ("Peking", "Saigon", "Kiev"). Every name is
folded text (``factsuite.names.fold``: lowercase, accents dropped, hyphens and
punctuation as spaces, full stops dropped), as in ``places.py``. Extend freely; the
tests hold every city to one country, to its folded form and to no country's name.

This is data chosen by hand: a few hundred names, so that the gate can
tell "the summit in Bangkok" from "the summit in Hanoi". Beside it, ``towns()`` reads
the towns of the world of 50,000 people or more (data/towns.tsv, 250 kB, written from
GeoNames by scripts/make_towns.py rather than loading a 35 MB dependency in every
hook): regional beats name Wichita and Swansea. The towns hold no name this module
holds, so the choices below stand. A place neither knows is not a place extraction
reads, and a claim naming one cannot be judged.
"""

from __future__ import annotations

from importlib import resources

# What is in: the capital of every member and observer of the United Nations and of
# the places news names as countries (see places.py), and the cities, towns and sites
# that international news names most: the largest cities, the cities of summits,
# treaties, wars and disasters, and the places named in the sample desk's facts
# (Vladivostok, Dalian, Komsomolsk-on-Amur, the Vostochny cosmodrome, Panmunjom).
#
# Left out on purpose, and why (the tests hold these out):
# - Names two well-known places share, where neither is the one news mostly means:
#   "san jose" (Costa Rica, California), "hyderabad" (India, Pakistan), "valencia"
#   (Spain, Venezuela), "cordoba" (Spain, Argentina), "birmingham" (England, Alabama),
#   "cambridge" (England, Massachusetts), "newcastle" (England, Australia),
#   "georgetown" (Guyana's capital, Washington's district and university), "victoria"
#   (the Seychelles' capital, a Canadian city, an Australian state), "hamilton",
#   "santa cruz", "san juan", "columbus", "st george's", "santiago de cuba".
#   A city misread as the other one would make a right sentence look wrong.
# - Where one place dominates the name, it is that place: "london" is England's, not
#   Ontario's; "tripoli" Libya's, not Lebanon's; "athens" Greece's. A desk whose event
#   was in the other one lists its country with the city, and the country it lists is
#   what counts (see gazetteer.py).
# - Names that are everyday words or given names more often than the place: "male"
#   (the Maldives' capital), "split", "hue", "salvador", "reading", "bath", "mobile".
#   Kept: "nice", "sofia", "florence", "darwin", "perth", which extraction reads only
#   after "in" or "at" and written with a capital, where they are the city.
# - City-states and capitals that bear the country's name ("singapore", "monaco",
#   "luxembourg", "san marino", "djibouti", "vatican city", "sao tome"): the country's
#   name is read as the country, which holds the city anyway.
# - Capitals in dispute are no "<country> capital": Jerusalem lies in Israel and
#   Palestine (``SHARED``), and neither has a capital here; ``SHARED`` also holds
#   the cities of Ukraine that Russia occupies or annexed, which news places in
#   either. The capitals left out above leave their countries (Costa Rica, Grenada,
#   Guyana, the Maldives, the Seychelles) without one too, as do Hong Kong and Macau.
CAPITALS: dict[str, str] = {
    "afghanistan": "kabul",
    "albania": "tirana",
    "algeria": "algiers",
    "andorra": "andorra la vella",
    "angola": "luanda",
    "antigua and barbuda": "st john's",
    "argentina": "buenos aires",
    "armenia": "yerevan",
    "australia": "canberra",
    "austria": "vienna",
    "azerbaijan": "baku",
    "bahamas": "nassau",
    "bahrain": "manama",
    "bangladesh": "dhaka",
    "barbados": "bridgetown",
    "belarus": "minsk",
    "belgium": "brussels",
    "belize": "belmopan",
    "benin": "porto novo",
    "bhutan": "thimphu",
    # The seat of government; Sucre is the constitutional capital.
    "bolivia": "la paz",
    "bosnia and herzegovina": "sarajevo",
    "botswana": "gaborone",
    "brazil": "brasilia",
    "brunei": "bandar seri begawan",
    "bulgaria": "sofia",
    "burkina faso": "ouagadougou",
    "burundi": "gitega",
    "cambodia": "phnom penh",
    "cameroon": "yaounde",
    "canada": "ottawa",
    "cape verde": "praia",
    "central african republic": "bangui",
    "chad": "n'djamena",
    "chile": "santiago",
    "china": "beijing",
    "colombia": "bogota",
    "comoros": "moroni",
    "republic of the congo": "brazzaville",
    "democratic republic of the congo": "kinshasa",
    "ivory coast": "yamoussoukro",
    "croatia": "zagreb",
    "cuba": "havana",
    "cyprus": "nicosia",
    "czech republic": "prague",
    "denmark": "copenhagen",
    "dominica": "roseau",
    "dominican republic": "santo domingo",
    "ecuador": "quito",
    "egypt": "cairo",
    "el salvador": "san salvador",
    "equatorial guinea": "malabo",
    "eritrea": "asmara",
    "estonia": "tallinn",
    "eswatini": "mbabane",
    "ethiopia": "addis ababa",
    "fiji": "suva",
    "finland": "helsinki",
    "france": "paris",
    "gabon": "libreville",
    "gambia": "banjul",
    "georgia": "tbilisi",
    "germany": "berlin",
    "ghana": "accra",
    "greece": "athens",
    "guatemala": "guatemala city",
    "guinea": "conakry",
    "guinea bissau": "bissau",
    "haiti": "port au prince",
    "honduras": "tegucigalpa",
    "hungary": "budapest",
    "iceland": "reykjavik",
    "india": "new delhi",
    "indonesia": "jakarta",
    "iran": "tehran",
    "iraq": "baghdad",
    "ireland": "dublin",
    "italy": "rome",
    "jamaica": "kingston",
    "japan": "tokyo",
    "jordan": "amman",
    "kazakhstan": "astana",
    "kenya": "nairobi",
    "kiribati": "tarawa",
    "kuwait": "kuwait city",
    "kyrgyzstan": "bishkek",
    "laos": "vientiane",
    "latvia": "riga",
    "lebanon": "beirut",
    "lesotho": "maseru",
    "liberia": "monrovia",
    "libya": "tripoli",
    "liechtenstein": "vaduz",
    "lithuania": "vilnius",
    "madagascar": "antananarivo",
    "malawi": "lilongwe",
    "malaysia": "kuala lumpur",
    "mali": "bamako",
    "malta": "valletta",
    "marshall islands": "majuro",
    "mauritania": "nouakchott",
    "mauritius": "port louis",
    "mexico": "mexico city",
    "micronesia": "palikir",
    "moldova": "chisinau",
    "mongolia": "ulaanbaatar",
    "montenegro": "podgorica",
    "morocco": "rabat",
    "mozambique": "maputo",
    "myanmar": "naypyidaw",
    "namibia": "windhoek",
    "nauru": "yaren",
    "nepal": "kathmandu",
    # The Hague is the seat of government (in ``CITIES``).
    "netherlands": "amsterdam",
    "new zealand": "wellington",
    "nicaragua": "managua",
    "niger": "niamey",
    "nigeria": "abuja",
    "north korea": "pyongyang",
    "north macedonia": "skopje",
    "norway": "oslo",
    "oman": "muscat",
    "pakistan": "islamabad",
    "palau": "ngerulmud",
    "panama": "panama city",
    "papua new guinea": "port moresby",
    "paraguay": "asuncion",
    "peru": "lima",
    "philippines": "manila",
    "poland": "warsaw",
    "portugal": "lisbon",
    "qatar": "doha",
    "romania": "bucharest",
    "russia": "moscow",
    "rwanda": "kigali",
    "saint kitts and nevis": "basseterre",
    "saint lucia": "castries",
    "saint vincent and the grenadines": "kingstown",
    "samoa": "apia",
    "saudi arabia": "riyadh",
    "senegal": "dakar",
    "serbia": "belgrade",
    "sierra leone": "freetown",
    "slovakia": "bratislava",
    "slovenia": "ljubljana",
    "solomon islands": "honiara",
    "somalia": "mogadishu",
    # The seat of government; Cape Town and Bloemfontein are in ``CITIES``.
    "south africa": "pretoria",
    "south korea": "seoul",
    "south sudan": "juba",
    "spain": "madrid",
    "sri lanka": "colombo",
    "sudan": "khartoum",
    "suriname": "paramaribo",
    "sweden": "stockholm",
    "switzerland": "bern",
    "syria": "damascus",
    "tajikistan": "dushanbe",
    "tanzania": "dodoma",
    "thailand": "bangkok",
    "east timor": "dili",
    "togo": "lome",
    "tonga": "nuku'alofa",
    "trinidad and tobago": "port of spain",
    "tunisia": "tunis",
    "turkey": "ankara",
    "turkmenistan": "ashgabat",
    "tuvalu": "funafuti",
    "uganda": "kampala",
    "ukraine": "kyiv",
    "united arab emirates": "abu dhabi",
    "united kingdom": "london",
    "united states": "washington",
    "uruguay": "montevideo",
    "uzbekistan": "tashkent",
    "vanuatu": "port vila",
    "venezuela": "caracas",
    "vietnam": "hanoi",
    "yemen": "sanaa",
    "zambia": "lusaka",
    "zimbabwe": "harare",
    "taiwan": "taipei",
    "kosovo": "pristina",
}

CITIES: dict[str, tuple[str, ...]] = {
    # East Asia, first the sample desk's part of the world.
    "china": (
        "shanghai", "guangzhou", "shenzhen", "tianjin", "chongqing", "chengdu", "wuhan",
        "xi'an", "hangzhou", "nanjing", "shenyang", "dalian", "harbin", "qingdao",
        "xiamen", "kunming", "lhasa", "urumqi", "dandong", "changchun", "zhengzhou",
        "suzhou", "hefei", "jinan", "changsha", "nanning", "guilin", "sanya",
        "beidaihe", "yanan",
    ),
    "north korea": (
        "kaesong", "wonsan", "hamhung", "chongjin", "sinuiju", "rason", "nampo",
        "yongbyon", "punggye ri", "sohae",
    ),
    "south korea": (
        "busan", "incheon", "daegu", "daejeon", "gwangju", "ulsan", "suwon", "jeju",
        "pyeongchang", "sejong", "gyeongju",
    ),
    "japan": (
        "osaka", "kyoto", "yokohama", "nagoya", "sapporo", "kobe", "fukuoka",
        "hiroshima", "nagasaki", "okinawa", "sendai", "naha", "fukushima",
    ),
    "taiwan": ("kaohsiung", "taichung", "tainan"),
    "mongolia": (),
    "russia": (
        "st petersburg", "vladivostok", "novosibirsk", "yekaterinburg", "kazan",
        "sochi", "murmansk", "kaliningrad", "khabarovsk", "komsomolsk on amur",
        "vostochny", "irkutsk", "nizhny novgorod", "rostov on don", "volgograd",
        "krasnodar", "omsk", "samara", "ufa", "chelyabinsk", "perm", "kursk",
        "belgorod",
    ),
    # South-east and south Asia.
    "vietnam": ("ho chi minh city", "da nang", "haiphong", "nha trang"),
    "thailand": ("chiang mai", "phuket", "pattaya"),
    "cambodia": ("siem reap",),
    "laos": ("luang prabang",),
    "myanmar": ("yangon", "mandalay"),
    "malaysia": ("putrajaya", "penang", "johor bahru", "kota kinabalu", "kuching"),
    "indonesia": ("surabaya", "bandung", "medan", "bali", "yogyakarta", "makassar"),
    "philippines": ("quezon city", "cebu", "davao"),
    "india": (
        "delhi", "mumbai", "kolkata", "chennai", "bangalore", "ahmedabad", "pune",
        "jaipur", "lucknow", "agra", "srinagar", "amritsar", "varanasi", "kochi",
    ),
    "pakistan": ("karachi", "lahore", "peshawar", "rawalpindi", "quetta"),
    "bangladesh": ("chittagong",),
    "sri lanka": ("kandy",),
    "afghanistan": ("kandahar", "herat", "mazar i sharif", "jalalabad", "bagram"),
    # The Middle East and north Africa.
    "iran": ("isfahan", "mashhad", "shiraz", "tabriz", "qom", "natanz", "fordow", "bushehr"),
    "iraq": ("basra", "mosul", "erbil", "kirkuk", "najaf", "karbala", "fallujah"),
    "syria": ("aleppo", "homs", "idlib", "raqqa", "latakia", "palmyra"),
    "lebanon": ("sidon",),
    "israel": ("tel aviv", "haifa", "eilat"),
    "palestine": (
        "ramallah", "gaza", "gaza city", "khan younis", "hebron", "bethlehem",
        "nablus", "jenin", "jericho",
    ),
    "jordan": ("aqaba",),
    "saudi arabia": ("jeddah", "mecca", "medina", "dammam"),
    "united arab emirates": ("dubai", "sharjah"),
    "yemen": ("aden", "hodeidah"),
    "turkey": ("istanbul", "izmir", "antalya", "gaziantep"),
    "egypt": ("alexandria", "sharm el sheikh", "luxor", "aswan", "port said", "suez", "giza"),
    "libya": ("benghazi", "misrata", "sirte"),
    "algeria": ("oran",),
    "morocco": ("casablanca", "marrakesh", "tangier", "fez"),
    "sudan": ("omdurman", "port sudan", "el fasher"),
    # Sub-Saharan Africa.
    "kenya": ("mombasa",),
    "tanzania": ("dar es salaam", "zanzibar"),
    "democratic republic of the congo": ("goma", "lubumbashi"),
    "nigeria": ("lagos", "kano"),
    "ghana": ("kumasi",),
    "mali": ("timbuktu",),
    "south africa": ("cape town", "johannesburg", "durban", "bloemfontein", "soweto"),
    "zimbabwe": ("bulawayo",),
    "cameroon": ("douala",),
    "ivory coast": ("abidjan",),
    "malawi": ("blantyre",),
    # Europe.
    "united kingdom": (
        "manchester", "liverpool", "glasgow", "edinburgh", "cardiff", "belfast",
        "leeds", "bristol", "oxford", "sheffield", "nottingham", "southampton",
        "aberdeen",
    ),
    "france": (
        "marseille", "lyon", "toulouse", "nice", "strasbourg", "bordeaux", "lille",
        "nantes", "cannes", "versailles", "calais",
    ),
    "germany": (
        "munich", "hamburg", "frankfurt", "cologne", "stuttgart", "dusseldorf",
        "leipzig", "dresden", "bonn", "hanover", "nuremberg",
    ),
    "italy": ("milan", "naples", "turin", "florence", "venice", "bologna", "genoa", "palermo"),
    "spain": ("barcelona", "seville", "bilbao", "malaga"),
    "portugal": ("porto",),
    "netherlands": ("the hague", "rotterdam", "utrecht"),
    "belgium": ("antwerp",),
    "switzerland": ("geneva", "zurich", "davos", "basel", "lausanne"),
    "austria": ("salzburg",),
    "czech republic": ("brno",),
    "slovakia": ("kosice",),
    "poland": ("krakow", "gdansk", "wroclaw", "lodz"),
    "serbia": ("novi sad",),
    "croatia": ("dubrovnik",),
    "bosnia and herzegovina": ("mostar", "srebrenica"),
    "greece": ("thessaloniki",),
    "ukraine": (
        "kharkiv", "odesa", "lviv", "dnipro", "zaporizhzhia", "kherson", "bakhmut",
    ),
    "estonia": ("narva",),
    "sweden": ("gothenburg",),
    "norway": ("bergen",),
    "ireland": ("cork",),
    "kazakhstan": ("almaty",),
    "uzbekistan": ("samarkand",),
    # The Americas.
    "united states": (
        "new york", "los angeles", "chicago", "houston", "phoenix", "philadelphia",
        "san antonio", "san diego", "dallas", "san francisco", "seattle", "boston",
        "miami", "atlanta", "detroit", "denver", "las vegas", "new orleans",
        "baltimore", "minneapolis", "pittsburgh", "cleveland", "honolulu", "anchorage",
        "st louis", "nashville", "austin", "orlando", "tampa", "charlotte",
        "indianapolis", "portland", "salt lake city", "sacramento", "kansas city",
        "milwaukee", "palm beach", "camp david",
    ),
    "canada": (
        "toronto", "montreal", "vancouver", "calgary", "quebec city", "edmonton",
        "winnipeg",
        # The provinces' capitals, as Australia's states' are above; "victoria" and
        # "st john's" are left out (shared names, see the top of this module).
        "halifax", "regina", "fredericton", "charlottetown",
    ),
    "mexico": ("guadalajara", "monterrey", "tijuana", "cancun", "acapulco"),
    "venezuela": ("maracaibo",),
    "colombia": ("medellin", "cali"),
    "ecuador": ("guayaquil",),
    "peru": ("cusco",),
    "bolivia": ("sucre",),
    "chile": ("valparaiso",),
    "argentina": ("mendoza",),
    "brazil": ("sao paulo", "rio de janeiro", "belo horizonte", "manaus", "recife"),
    # Oceania.
    "australia": (
        "sydney", "melbourne", "brisbane", "perth", "adelaide", "darwin", "hobart",
    ),
    "new zealand": ("auckland", "christchurch"),
}  # fmt: skip

# Places that lie in more than one country as news draws the map: either country's
# name agrees with an event there.
SHARED: dict[str, tuple[str, ...]] = {
    # The truce village in the Joint Security Area, on the military demarcation line.
    "panmunjom": ("north korea", "south korea"),
    "jerusalem": ("israel", "palestine"),
    # The crossing between Gaza and Egypt, and the towns either side of it.
    "rafah": ("palestine", "egypt"),
    # Cities of Ukraine that Russia annexed or holds.
    "sevastopol": ("ukraine", "russia"),
    "simferopol": ("ukraine", "russia"),
    "donetsk": ("ukraine", "russia"),
    "luhansk": ("ukraine", "russia"),
    "mariupol": ("ukraine", "russia"),
}

# Other names of the cities above: former names and spellings news still uses.
ALIASES: dict[str, str] = {
    "peking": "beijing",
    "xian": "xi'an",
    "pusan": "busan",
    "saigon": "ho chi minh city",
    "hai phong": "haiphong",
    "rangoon": "yangon",
    "nay pyi taw": "naypyidaw",
    "bombay": "mumbai",
    "calcutta": "kolkata",
    "madras": "chennai",
    "bengaluru": "bangalore",
    "ulan bator": "ulaanbaatar",
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "saint petersburg": "st petersburg",
    "komsomolsk": "komsomolsk on amur",
    "sana'a": "sanaa",
    "marrakech": "marrakesh",
    "cracow": "krakow",
    "hannover": "hanover",
    "berne": "bern",
    "new york city": "new york",
    "washington dc": "washington",
    "nampho": "nampo",
    "tel aviv yafo": "tel aviv",
}

# Places ``places.PLACES`` names as countries that lie in another country: an event
# there is in that country too ("in China" agrees with an event in Hong Kong).
PART_OF: dict[str, str] = {"hong kong": "china", "macau": "china"}


def towns() -> list[tuple[str, str, str]]:
    """The towns of data/towns.tsv, written from GeoNames by scripts/make_towns.py:
    each a folded name, the country it lies in (a key of places.PLACES), and the place
    it is a section of ("brooklyn" of "new york"; empty for a town of its own). A name
    several towns bear has a row for each. None is a name this module holds."""
    text = resources.files("factsuite").joinpath("data/towns.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, country, within = line.split("\t")
            rows.append((name, country, within))
    return rows
