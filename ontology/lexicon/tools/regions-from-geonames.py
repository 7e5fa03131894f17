#!/usr/bin/env python3
"""regions-from-geonames.py - writes regions-world.ttl, the lexicon of the
world's states, provinces and regions (first-level divisions) that no
other lexicon lists, from the GeoNames cities geonames-dump.c prints
(each city names its division).

    ./geonames-dump > cities.tsv
    python3 regions-from-geonames.py cities.tsv .. > ../regions-world.ttl

A division is taken when its cities of 15,000 people or more hold
MIN_PEOPLE people together, when its name, cleaned of GeoNames's
"State of", "Province", "Prefecture", ... is no entry of any lexicon (a
city, a country, a given name, ...), when no division of another country
has the name unless this one is four times as large, and when the name
is not made only of compass and generic
words ("Central", "North West", "Capital Region") nor listed below as a
word.  Each division keeps its country as the lexicon names it; its name
as GeoNames writes it ("Moscow Oblast", "Masovian Voivodeship") is kept
as another label.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from importlib import import_module

cities = import_module("cities-from-geonames")

MIN_PEOPLE = 500000
# Words a name may not be made of alone.
GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "capital", "region", "province", "district", "state", "territory",
    "federal", "national", "nacional", "upper", "lower", "coast", "coastal", "islands", "island",
    "lakes", "lake", "greater", "metropolitan", "special", "city", "county", "ouest", "est",
    "nord", "sud", "centro", "norte", "sur", "oriental", "occidental", "littoral", "highlands",
    "distrito", "of", "and", "the", "autonomous", "administrative", "division", "governorate",
    "area", "department", "municipality", "valley", "mountain", "plateau", "delta", "rivers",
}
# Names that are words, surnames or bodies in news text.
NOT_REGIONS = {
    "imo", "edo", "lara", "miranda", "victoria", "washington", "georgia", "virginia", "indiana",
    "santa cruz", "bolivar", "amazonas", "galicia", "piedmont", "nacional", "sabah", "perm",
    "fars", "lazio", "takao", "leinster", "davao", "mexico", "punjab", "kharkiv", "luhansk",
    "la paz", "guatemala", "santo domingo", "san salvador", "distrito federal", "federal district",
    "orange free state", "abia", "ekiti", "osun", "borno", "kano", "oyo", "kaduna", "anambra",
    "antioquia", "atlantico", "miyagi", "nagano", "niigata", "kyoto", "hiroshima", "chiba",
    "saitama", "gunma", "tochigi", "ibaraki", "shizuoka", "fukuoka", "kanagawa", "hokkaido",
    "aichi", "osaka", "hyogo", "okayama", "tokyo", "shan", "maritime", "hidalgo", "portuguesa",
    "falcon", "cesar", "caldas", "cortes", "francisco morazan", "merida", "estado trujillo",
    "fct", "far north", "central serbia", "central equatoria", "estuaire", "region viii",
    "autonomous republic of crimea", "canton of zurich", "the marches", "orange free",
    "sofia capital", "city of zagreb", "lima region", "nairobi area", "grad skopje",
    "pristina districte", "district of setubal", "buenos aires f d", "bogota d c", "baki",
    "brazzavile", "bas congo", "maekel", "amanat alasimah", "hlavni mesto praha",
    "jakarta special capital", "limpopo", "ho chi minh", "brussels capital", "santiago metropolitan",
    "guerrero", "morelos", "udmurtiya",
}
# Countries whose divisions are mostly surnames in news text.
SKIP_COUNTRIES = {"Japan"}
# GeoNames's spellings that news writes otherwise.
RENAME = {
    "Guangxi Zhuang Autonomous Region": "Guangxi", "Ningxia Hui Autonomous Region": "Ningxia",
    "Xinjiang Uyghur Autonomous Region": "Xinjiang", "Inner Mongolia Autonomous Region": "Inner Mongolia",
    "Grodnenskaya": "Grodno Region", "Krasnodarskiy": "Krasnodar Krai", "Krasnoyarskiy": "Krasnoyarsk Krai",
    "Saratovskaya Oblast": "Saratov Oblast", "Arkhangelskaya oblast": "Arkhangelsk Oblast",
    "Voronezj": "Voronezh Oblast", "Udmurtiya": "Udmurtia", "Moravskoslezský": "Moravian-Silesian Region",
    "Ta‘izz": "Taiz Governorate", "Fukushima-ken": "Fukushima", "Kujawsko-Pomorskie Voivodship":
    "Kuyavian-Pomeranian Voivodeship", "Podlasie Voivodship": "Podlaskie Voivodeship",
    "Castille and León": "Castile and León", "Castille-La Mancha": "Castile-La Mancha",
    "Khmelnytskyy Oblast": "Khmelnytskyi Oblast", "Vinnytsya Oblast": "Vinnytsia Oblast",
    "Zaporizhzhya Oblast": "Zaporizhzhia Oblast", "Mykolayiv Oblast": "Mykolaiv Oblast",
    "Oromiya": "Oromia", "Kordestān": "Kurdistan Province", "Gīlān": "Gilan", "Banghāzī": "Benghazi District",
    "Al Jazīrah": "Gezira State", "Flemish Region": "Flanders", "Walloon Region": "Wallonia", "Southern Darfur": "South Darfur",
}
# GeoNames's way of writing a division: the words cut from its name.
PREFIXES = ("State of ", "Province of ", "Free State of ", "Principality of ", "Estado de ", "Free and Sovereign State of ",
            "Free and Hanseatic City of ", "Special Region of ")
SUFFIXES = (" Province", " Prefecture", " Region", " Municipality", " Governorate", " State",
            " Autonomous Region", " Special Capital Region", " Division", " Emirate", " District",
            " County", " Department", " Republic", " City")
KEEP_SUFFIXES = (" Oblast", " Voivodeship", " Governorate", " Province", " Region", " Republic",
                 " Kray", " Krai")


def clean(name):
    """The division's name as news writes it."""
    n = RENAME.get(name.strip(), name.strip())
    for p in PREFIXES:
        if n.startswith(p):
            n = n[len(p):]
    changed = True
    while changed:
        changed = False
        for s in SUFFIXES:
            if n.endswith(s) and len(n) > len(s) + 2:
                n = n[: -len(s)]
                changed = True
    return n.strip()


def main():
    tsv, folder = sys.argv[1], sys.argv[2]
    labels, countries = cities.lexicon_labels(folder)
    # cities-world.ttl too: a division named as a city is the city's
    for line in (Path(folder) / "cities-world.ttl").read_text(encoding="utf-8").splitlines():
        for lit in re.findall(r'prefLabel "((?:[^"\\]|\\.)*)"', line):
            labels.add(cities.fold(lit))
    people = {}
    for line in open(tsv, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 5 or not f[4].isdigit() or not f[1]:
            continue
        key = (f[1], f[2])
        people[key] = people.get(key, 0) + int(f[4])
    by_name = {}
    for (state, country), n in people.items():
        by_name.setdefault(cities.fold(clean(state)), []).append((n, state, country))
    out = []
    for key, cands in sorted(by_name.items()):
        top = cities.dominant(cands)
        if not top:
            continue
        n, state, country = top
        if n < MIN_PEOPLE or len(key) < 3 or any(ch.isdigit() for ch in key):
            continue
        if key in labels or key in NOT_REGIONS or key in cities.NOT_CITIES:
            continue
        if all(w in GENERIC for w in key.split()):
            continue
        if "(" in state or "/" in state or "’" in state or "'" in state or "." in state:
            continue
        if country in SKIP_COUNTRIES:
            continue
        cname = cities.COUNTRY_NAMES.get(country, country)
        ckey = countries.get(cities.fold(cname)) if cname else None
        if not ckey:
            continue
        name = clean(state)
        alt = state if state != name and state.endswith(KEEP_SUFFIXES) else None
        out.append((name, alt, ckey))
    print("# Places: the world's states, provinces and regions (first-level divisions whose larger")
    print("# cities hold 500,000 people or more) that places.ttl does not list, each with its")
    print("# country. Made by tools/regions-from-geonames.py from GeoNames (geonames.org, CC-BY 4.0),")
    print("# as Debian's libgeonames carries it; edit the script, not this file.")
    print("@prefix ng:   <https://w3id.org/newsgraph/ns#> .")
    print("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .")
    print("@prefix lex:  <https://w3id.org/newsgraph/lexicon/> .")
    seen = set()
    for name, alt, ckey in sorted(out, key=lambda r: (r[2], cities.fold(r[0]))):
        slug = cities.entry_key("region", name, ckey)
        if slug in seen:
            continue
        seen.add(slug)
        print()
        print("lex:%s a ng:LexPlace ;" % slug)
        print('    skos:prefLabel "%s" ;' % cities.turtle_string(name))
        if alt:
            print('    skos:altLabel "%s" ;' % cities.turtle_string(alt))
        print("    ng:inCountry %s ;" % ckey)
        print('    ng:kind "province" .')


if __name__ == "__main__":
    main()
