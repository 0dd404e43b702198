"""Word lists the entity rules share: demonyms, org and facility suffixes,
person titles and census first names.

Takes nothing; emits frozen sets and dicts, loaded once. First and last
names come from the ``names`` package (US census frequency lists).
"""

from __future__ import annotations

import functools
from importlib import resources

DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Argentine": "AR",
    "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT",
    "Azerbaijani": "AZ", "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE",
    "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB", "Bulgarian": "BG",
    "Burmese": "MM", "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD",
    "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Congolese": "CD", "Croatian": "HR",
    "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dutch": "NL",
    "Ecuadorian": "EC", "Egyptian": "EG", "English": "GB", "Eritrean": "ER", "Estonian": "EE",
    "Ethiopian": "ET", "European": "", "Filipino": "PH", "Finnish": "FI", "French": "FR",
    "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT",
    "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU", "Icelandic": "IS", "Indian": "IN",
    "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL",
    "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO",
    "Kazakh": "KZ", "Kenyan": "KE", "Korean": "KR", "Kosovar": "XK", "Kurdish": "",
    "Kuwaiti": "KW", "Kyrgyz": "KG", "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR",
    "Libyan": "LY", "Lithuanian": "LT", "Malaysian": "MY", "Malian": "ML", "Mexican": "MX",
    "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA", "Nepalese": "NP",
    "New Zealander": "NZ", "Nicaraguan": "NI", "Nigerian": "NG", "Nigerien": "NE",
    "Norwegian": "NO", "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA",
    "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT", "Qatari": "QA",
    "Romanian": "RO", "Russian": "RU", "Rwandan": "RW", "Saudi": "SA", "Scottish": "GB",
    "Senegalese": "SN", "Serb": "RS", "Serbian": "RS", "Slovak": "SK", "Slovenian": "SI",
    "Somali": "SO", "South African": "ZA", "Spanish": "ES", "Sri Lankan": "LK",
    "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW",
    "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Welsh": "GB", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW", "Arab": "", "Muslim": "", "Christian": "", "Jewish": "", "Islamic": "",
    "Catholic": "", "Sunni": "", "Shi'ite": "", "Shiite": "", "Democrat": "US",
    "Democratic": "", "Republican": "", "Socialist": "", "Communist": "", "Conservative": "",
    "Bosnians": "BA", "Serbs": "RS", "Croats": "HR", "Kurds": "", "Palestinians": "PS",
    "Israelis": "IL", "Americans": "US", "Russians": "RU", "Germans": "DE", "Chechen": "RU",
    "Chechens": "RU", "Tamil": "LK", "Hutu": "RW", "Tutsi": "RW", "Taliban": "",
}  # fmt: skip

ORG_SUFFIXES = frozenset(
    [
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Corporation",
        "Co",
        "Co.",
        "Company",
        "Ltd",
        "Ltd.",
        "Limited",
        "Plc",
        "plc",
        "PLC",
        "Group",
        "Holdings",
        "Bank",
        "Party",
        "Council",
        "Ministry",
        "Commission",
        "Committee",
        "Union",
        "Association",
        "Agency",
        "Department",
        "Office",
        "University",
        "College",
        "Institute",
        "Police",
        "Army",
        "Navy",
        "Court",
        "Club",
        "Federation",
        "League",
        "Airlines",
        "Airways",
        "Exchange",
        "Board",
        "Bureau",
        "Organisation",
        "Organization",
        "Foundation",
        "Fund",
        "Trust",
        "Service",
        "Services",
        "Authority",
        "Assembly",
        "Parliament",
        "Congress",
        "Senate",
        "Government",
        "Network",
        "Times",
        "Post",
        "News",
        "Press",
        "Journal",
        "Television",
        "Radio",
        "Reuters",
        "Motors",
        "Industries",
        "Systems",
        "Technologies",
        "Partners",
        "Securities",
        "Capital",
        "Investments",
        "Energy",
        "Oil",
        "Petroleum",
        "Telecom",
        "Communications",
        "Brigade",
        "Front",
        "Movement",
        "Alliance",
        "Forces",
        "Guard",
        "Academy",
        "School",
        "Church",
        "Team",
        "Institute",
        "Society",
        "Cabinet",
        "Tribunal",
        "Coalition",
        "Commission",
        "Cooperative",
        "FC",
    ]
)
FACILITY_SUFFIXES = frozenset(
    [
        "Hall",
        "Stadium",
        "Airport",
        "Center",
        "Centre",
        "Hospital",
        "Mall",
        "Bridge",
        "Mosque",
        "Cathedral",
        "Temple",
        "Square",
        "Street",
        "St.",
        "Avenue",
        "Ave.",
        "Road",
        "Boulevard",
        "Blvd.",
        "Park",
        "Apartments",
        "Plaza",
        "Tower",
        "Towers",
        "Palace",
        "Theatre",
        "Theater",
        "Arena",
        "Station",
        "Highway",
        "Market",
        "Museum",
        "Hotel",
        "Prison",
        "Jail",
        "Base",
        "Building",
        "Complex",
        "Motel",
        "Lounge",
        "Bar",
        "Club",
        "Restaurant",
        "Church",
    ]
)
PERSON_TITLES = frozenset(
    [
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Dr",
        "Dr.",
        "Prof.",
        "President",
        "Premier",
        "Minister",
        "Prime",
        "Chancellor",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Pope",
        "Sen.",
        "Senator",
        "Rep.",
        "Gov.",
        "Governor",
        "Mayor",
        "Judge",
        "Justice",
        "General",
        "Gen.",
        "Col.",
        "Lt.",
        "Sgt.",
        "Officer",
        "Detective",
        "Deputy",
        "Sheriff",
        "Chief",
        "Captain",
        "Capt.",
        "Coach",
        "Father",
        "Rev.",
        "Reverend",
        "Bishop",
        "Archbishop",
        "Cardinal",
        "Sheikh",
        "Ayatollah",
        "Lord",
        "Lady",
        "Sir",
        "Dame",
        "spokesman",
        "spokeswoman",
        "Secretary",
        "Ambassador",
        "Envoy",
        "Commissioner",
        "Director",
        "Chairman",
        "Commander",
        "Inspector",
        "Trooper",
        "Attorney",
    ]
)
CONNECTORS = frozenset({"of", "de", "van", "der", "von", "al", "bin", "la", "du", "&", "for", "and"})


@functools.cache
def first_names() -> frozenset[str]:
    """Census first names (title case), male and female."""
    return _census("dist.male.first") | _census("dist.female.first")


@functools.cache
def last_names() -> frozenset[str]:
    """Census surnames (title case) covering most of the US population."""
    return _census("dist.all.last", limit=20_000)


@functools.cache
def common_words() -> frozenset[str]:
    """Lower-case common English words (spaCy stop words and the VADER lexicon).

    Place and person names that are also common words ("Surprise", "Mobile",
    "Will") need context before they are tagged.
    """
    from spacy.lang.en.stop_words import STOP_WORDS
    from vaderSentiment import vaderSentiment

    lexicon = resources.files(vaderSentiment.__package__).joinpath("vader_lexicon.txt")
    words = {line.split("\t", 1)[0] for line in lexicon.read_text(encoding="utf-8").splitlines()}
    return frozenset(w for w in words | set(STOP_WORDS) if w.isalpha())


def _census(filename: str, limit: int | None = None) -> frozenset[str]:
    """Read one census name list shipped by the ``names`` package."""
    lines = resources.files("names").joinpath(filename).read_text().splitlines()
    return frozenset(line.split()[0].title() for line in lines[:limit] if line.strip())


#: Capitalised day and month names ("May" is also a surname: callers decide).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
