#!/usr/bin/env python3
"""cities-from-geonames.py - writes cities-world.ttl, the lexicon of the
world's larger cities that cities.ttl does not list, from the GeoNames
cities geonames-dump.c prints.

    ./geonames-dump > cities.tsv
    python3 cities-from-geonames.py cities.tsv .. > ../cities-world.ttl

A city is taken when it has MIN_PEOPLE people or more (more in countries
whose towns' names are often surnames), when no entry of any lexicon has
its name already (a country, a given name, a city of cities.ttl, ...),
when no larger city of another country has its name unless it is four
times as large, and when its name is not one of the words and surnames
listed below.  Each city keeps its country as the lexicon names it.
"""
import re
import sys
import unicodedata
from pathlib import Path

MIN_PEOPLE = 150000
# Countries whose towns are often named after people or things: "Aurora",
# "Arlington", "Hamilton".
MIN_PEOPLE_NAMED_AFTER = {"US": 600000, "GB": 400000, "CA": 400000, "AU": 400000, "NZ": 400000,
                          "JP": 600000}
# Korean cities whose GeoNames name ends in "-si".
KOREAN_SI = set()
# Names that are words or surnames in news text.
NOT_CITIES = {
    # words
    "bat", "buy", "cork", "date", "deal", "march", "may", "mobile", "natal", "nice", "reading",
    "sale", "split", "surprise", "union", "victoria", "warren", "york", "santa", "san", "la",
    "of", "an", "ma", "wa", "ya", "tai", "hai", "shi", "mara", "mina", "rio", "resistencia",
    "salta", "americana", "paulista", "imperatriz", "libertad", "essen", "prato", "coro", "sari",
    "oral", "kota", "saga", "fuji", "palmas", "pasto", "serra", "van",
    # acronyms
    "aba", "ise",
    # an Indian town of an island's name (Bali is a province of regions-world.ttl)
    "bali",
    # given names and surnames
    "kent", "kobe", "ali", "bari", "dali", "mao", "jin", "ji", "lu", "wu", "xi", "yi", "yu",
    "yan", "zhu", "hua", "kan", "jo", "bo", "bu", "ono", "ota", "tama", "kaya", "soma", "ueda",
    "sakai", "richmond", "hamilton", "kingston", "paterson", "lincoln", "jackson", "madison",
    "columbus", "aurora", "arlington", "henderson", "irvine", "chandler", "gilbert", "garland",
    "durham", "winston", "salem", "sterling", "clinton", "franklin", "barnet", "brent",
    "sutton", "camden", "harrow", "merton", "mendoza", "merlo", "moron", "posadas", "franca",
    "santos", "lages", "concepcion", "soledad", "pereira", "palmira", "buenaventura", "hamm",
    "hagen", "guadalupe", "naga", "santol", "palma", "burgos", "trujillo", "benoni", "brooklyn",
    "puri", "saki", "kisi", "ica", "laval", "taytay", "cuauhtemoc", "gaya", "guna", "hino", "sakura",
    "izumi", "toyota", "hitachi", "oyama", "machida", "okazaki", "matsumoto", "yamagata",
    "miyazaki", "nagano", "kawasaki", "sayama", "kure", "mau", "loni", "tonk", "embu", "maua",
}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def lexicon_labels(folder):
    """Folded labels of every entry of the lexicons (but the two this
    script and regions-from-geonames.py make), and the country keys by
    label."""
    labels, countries = set(), {}
    for f in sorted(Path(folder).glob("*.ttl")):
        if f.name in ("cities-world.ttl", "regions-world.ttl"):
            continue
        subject = None
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"(lex:[\w-]+) a ng:Lex", line)
            if m:
                subject = m.group(1)
            for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', line):
                if re.search(r"(prefLabel|altLabel|demonym|notation)", line) or line.startswith(" "):
                    if "ng:kind" in line or "ng:inCountry" in line:
                        continue
                    labels.add(fold(lit))
                    if subject and subject.startswith("lex:country-"):
                        countries[fold(lit)] = subject
    return labels, countries


# GeoNames's English country names the lexicon writes otherwise.
COUNTRY_NAMES = {
    "Czechia": "Czech Republic", "Turkey": "Türkiye", "Ivory Coast": "Côte d'Ivoire",
    "Republic of the Congo": "Republic of the Congo", "DR Congo": "Democratic Republic of the Congo",
    "Myanmar": "Myanmar", "Macao": None, "Hong Kong": None, "Puerto Rico": None,
    "Palestinian Territory": "Palestine", "North Macedonia": "North Macedonia",
    "Bosnia and Herzegovina": "Bosnia and Herzegovina", "Eswatini": "Eswatini",
    "Cabo Verde": "Cape Verde", "Timor Leste": "Timor-Leste", "Vatican": "Holy See",
}


def entry_key(prefix, name, ckey):
    """An entry's local name: "city-semarang-indonesia"."""
    return prefix + "-" + re.sub(r"\s+", "-", fold(name)) + "-" + ckey[len("lex:country-"):]


def turtle_string(s):
    """s with its backslashes and quotes escaped for a Turtle string."""
    return s.replace("\\", "\\\\").replace('"', '\\"')


def dominant(cands):
    """The largest of the (people, name, country) rows that share a name,
    unless another country's is more than a quarter of its size."""
    cands = sorted(cands, reverse=True)
    other = [c for c in cands[1:] if c[2] != cands[0][2]]
    return None if other and cands[0][0] < 4 * other[0][0] else cands[0]


def main():
    tsv, folder = sys.argv[1], sys.argv[2]
    labels, countries = lexicon_labels(folder)
    rows = []
    KOREAN_SI.clear()
    for line in open(tsv, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 5 or not f[4].isdigit():
            continue
        name, country, code, people = f[0], f[2], f[3], int(f[4])
        if people < MIN_PEOPLE_NAMED_AFTER.get(code, MIN_PEOPLE):
            continue
        # Korean cities carry the word for "city" in GeoNames ("Suwon-si"); news
        # writes "Suwon": the bare name is the label, the long one an alias.
        if code == "KR" and name.endswith("-si"):
            name = name[:-3]
            KOREAN_SI.add(name)
        rows.append((name, country, people))
    by_name = {}
    for name, country, people in rows:
        by_name.setdefault(fold(name), []).append((people, name, country))
    out = []
    for key, cands in sorted(by_name.items()):
        top = dominant(cands)
        if not top:
            continue
        people, name, country = top
        if key in labels or key in NOT_CITIES or len(key) < 3 or any(ch.isdigit() for ch in key):
            continue
        if "(" in name or "/" in name:
            continue
        cname = COUNTRY_NAMES.get(country, country)
        ckey = countries.get(fold(cname)) if cname else None
        if not ckey:
            continue
        out.append((name, ckey))
    print("# Cities: the world's larger cities (150,000 people or more; more in countries whose towns are")
    print("# often named after people) that cities.ttl does not list, each with its country. Made by")
    print("# tools/cities-from-geonames.py from GeoNames (geonames.org, CC-BY 4.0), as Debian's")
    print("# libgeonames carries it; edit the script, not this file.")
    print("@prefix ng:   <https://w3id.org/newsgraph/ns#> .")
    print("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .")
    print("@prefix lex:  <https://w3id.org/newsgraph/lexicon/> .")
    seen = set()
    for name, ckey in sorted(out, key=lambda r: (r[1], fold(r[0]))):
        slug = entry_key("city", name, ckey)
        if slug in seen:
            continue
        seen.add(slug)
        print()
        print("lex:%s a ng:LexCity ;" % slug)
        print('    skos:prefLabel "%s" ;' % turtle_string(name))
        if name in KOREAN_SI:
            print('    skos:altLabel "%s-si" ;' % turtle_string(name))
        print("    ng:inCountry %s ." % ckey)


if __name__ == "__main__":
    main()
