#!/usr/bin/env python3
"""regions-from-geonames.py - writes regions-world.ttl, the lexicon of the
world's states, provinces and regions (first-level divisions) that no
other lexicon lists, from the GeoNames cities geonames-dump.c prints
(each city names its division).

    ./geonames-dump > cities.tsv
    python3 regions-from-geonames.py cities.tsv .. > ../regions-world.ttl

A division is taken when its cities of 15,000 people or more hold
MIN_PEOPLE people together (SMALLER_PEOPLE for the divisions of SMALLER), when its name, cleaned of GeoNames's
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
# Smaller divisions (their cities of 15,000 people or more hold SMALLER_PEOPLE
# people together), each read one by one: taken when news writes them as
# regions.  Left out from the same range: divisions named as their chief
# city (most of Turkey's, Thailand's, Algeria's, Tunisia's, Romania's,
# Bulgaria's, Sweden's and Portugal's: a city the lexicon lacks is no
# region), words, surnames and other places ("Volta", "Bay", "Midlands",
# "Pest", "Sava", "Zaire", "Acre", "Kilimanjaro", "Tanganyika", "Canterbury",
# "Bono", "Cordillera", "Vargas", "San Martin"), "Otago" ("the University
# of Otago Council" would be no body), and GeoNames's transliterations that
# news writes otherwise.
SMALLER_PEOPLE = 100000
SMALLER = {
    # Americas
    "delaware", "maine", "montana", "north dakota", "south dakota", "west virginia", "wyoming",
    "catamarca", "chubut", "jujuy", "la pampa", "rio negro", "tierra del fuego",
    "amapa", "roraima", "tocantins", "chuquisaca", "araucania", "arica y parinacota", "atacama",
    "los lagos", "tarapaca", "nuble", "boyaca", "caqueta", "cauca", "huila", "la guajira", "quindio",
    "artemisa", "ciego de avila", "mayabeque", "sancti spiritus", "la altagracia", "azuay", "el oro",
    "imbabura", "alta verapaz", "chimaltenango", "escuintla", "huehuetenango", "quetzaltenango",
    "sacatepequez", "solola", "totonicapan", "artibonite", "baja california sur", "colima", "nayarit",
    "tlaxcala", "chiriqui", "alto parana", "caaguazu", "ancash", "huanuco", "moquegua", "ucayali",
    "canelones", "apure", "cojedes", "nueva esparta", "new providence", "demerara-mahaica",
    # Europe
    "carinthia", "vorarlberg", "central bohemia", "south moravian", "vysocina", "central finland",
    "kanta-hame", "kymenlaakso", "north ostrobothnia", "north savo", "pirkanmaa", "satakunta",
    "southwest finland", "imereti", "shida kartli", "central greece", "east macedonia and thrace",
    "epirus", "peloponnese", "thessaly", "west greece", "basilicata", "friuli venezia giulia",
    "trentino-alto adige", "drenthe", "flevoland", "friesland", "zeeland", "rogaland", "trondelag",
    "vestland", "madeira", "cantabria", "extremadura", "gavleborg", "halland", "norrbotten",
    "sodermanland", "vasterbotten", "vasternorrland", "vastmanland", "ostergotland", "vaud",
    "split-dalmatia", "harju", "ida-viru", "chernihiv oblast", "chernivtsi oblast",
    "ivano-frankivsk oblast", "kherson oblast", "kirovohrad oblast", "ternopil oblast",
    "transcarpathia", "volyn", "adygea", "amur oblast", 
    "kalmykia", "khakassia", "kostroma oblast",
    "kurgan oblast", "mari el", "mordovia", "novgorod oblast", "orel oblast", "pskov oblast",
    "sakha", "sakhalin oblast", "zabaykalsky krai",
    "yamalo-nenets autonomous okrug", "shirak",
    # Africa
    "alibori", "atakora", "borgou", "oueme", "kweneng", "hauts-bassins", "adamaoua",
    "logone occidental", "moyen-chari", "niari", "bas-sassandra", "comoe", "goh-djiboua",
    "sassandra-marahoue", "zanzan", "lagunes", "bas-uele", "haut-lomami", "haut-uele",
    "kasai-central", "kasai", "kwilu", "lomami", "lualaba", "mai-ndombe", "maniema", "mongala",
    "sankuru", "sud-ubangi", "beni suweif", "kafr el-sheikh", "north sinai", "bioko norte",
    "ogooue-maritime", "bono east", "kakamega", "kilifi", "uasin gishu", "draa-tafilalet",
    "guelmim-oued noun", "inhambane", "niassa", "zambezia", "khomas", "benue", "ebonyi", "jigawa",
    "kebbi", "nasarawa", "taraba", "zamfara", "gedo", "lower juba", "lower shabelle",
    "northern cape", "northern bahr al ghazal", "upper nile", "warrap", "western bahr al ghazal",
    "blue nile", "east darfur", "north darfur", "sennar",     "west kordofan", "west darfur", "geita", "iringa", "kagera", "manyara", "mtwara", "njombe",
    "pwani", "rukwa", "ruvuma", "shinyanga", "simiyu", "singida", "tabora", "luapula",
    "manicaland", "mashonaland west", "cuanza norte",
    # Asia and the Middle East
    "baghlan", "balkh", "bamyan", "faryab", "ghazni", "nangarhar", "paktia", "takhar",
    "banteay meanchey", "preah sihanouk", "andaman and nicobar islands", "arunachal pradesh",
    "dadra and nagar haveli and daman and diu", "himachal pradesh", "meghalaya", "mizoram",
    "nagaland", "tripura", "bangka-belitung islands", "central kalimantan", "central sulawesi",
    "gorontalo", "maluku", "north maluku", "riau islands", "southeast sulawesi",
    "chaharmahal and bakhtiari", "golestan", "hormozgan", "ilam", "kohgiluyeh and boyer-ahmad",
    "north khorasan", "semnan", "south khorasan", "babil", "diyala", "maysan", "wasit", "muthanna",
    "qadisiyah", "salahuddin", "north kazakhstan", "west kazakhstan", "mangystau",
    "north lebanon", "mount lebanon", "nabatieh", "melaka", "terengganu", "sagaing", "tanintharyi",
    "gandaki", "lumbini", "sudurpashchim", "dhofar", "jazan", "al jawf", "northern borders",
    "khatlon", "sughd", "fujairah", "kashkadarya", "surkhandarya", "khorezm",
    "an giang", "ba ria-vung tau", "binh thuan", "binh dinh", "bac lieu", "bac ninh", "ca mau",
    "gia lai", "hoa binh", "hai duong", "kien giang", "long an", "nghe an", "phu tho", "phu yen",
    "soc trang", "thanh hoa", "thua thien-hue", "tien giang", "vinh long", "yen bai", "dak lak",
    "dong thap", "hadramout",
    # Oceania
    "bay of plenty", "manawatu-wanganui",
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
    "Basilicate": "Basilicata", "Meghālaya": "Meghalaya", "North Malaku": "North Maluku",
    "Bangka–Belitung Islands": "Bangka-Belitung Islands", "Nassarawa": "Nasarawa",
    "Lower Shabeelle": "Lower Shabelle", "Al Qaḑārif": "Gedaref", "Sinnār": "Sennar",
    "Eastern Darfur": "East Darfur", "Northern Darfur": "North Darfur", "Western Darfur": "West Darfur",
    "Southern Kordofan": "South Kordofan", "Bābil": "Babil", "Wāsiţ": "Wasit", "Al Muthanná": "Muthanna",
    "Al Qādisīyah": "Qadisiyah", "Salah ad Din": "Salahuddin", "Almaty Oblysy": "Almaty Region",
    "Aqmola": "Akmola", "Batys Qazaqstan": "West Kazakhstan", "Mangghystaū": "Mangystau",
    "Liban-Nord": "North Lebanon", "Mont-Liban": "Mount Lebanon", "Nabatîyé": "Nabatieh",
    "Sagain": "Sagaing", "North Malaku Province": "North Maluku", "Salah ad Din Governorate": "Salahuddin",
    "Bình Định": "Binh Dinh", "Đồng Tháp": "Dong Thap", "Gandaki Pradesh": "Gandaki", "Sudurpashchim Pradesh": "Sudurpashchim",
    "Raʼs al Khaymah": "Ras al Khaimah", "Qashqadaryo": "Kashkadarya", "Surxondaryo": "Surkhandarya",
    "Xorazm": "Khorezm", "Muhafazat Hadramaout": "Hadramout", "Canton of Vaud": "Vaud",
    "Adygeya Republic": "Adygea", "Buryatiya Republic": "Buryatia", "Ingushetiya Republic": "Ingushetia",
    "Kabardino-Balkariya Republic": "Kabardino-Balkaria", "Kalmykiya Republic": "Kalmykia",
    "Karachayevo-Cherkesiya Republic": "Karachay-Cherkessia", "Khakasiya Republic": "Khakassia",
    "Mariy-El Republic": "Mari El", "Mordoviya Republic": "Mordovia", "Republic of Karelia": "Karelia",
    "Republic of Tyva": "Tuva", "Transbaikal Territory": "Zabaykalsky Krai",
    "Đắk Lắk": "Dak Lak", "Trøndelag": "Trondelag",
}
# Other names news gives a division: the Associated Press's abbreviations of
# the states of the United States ("SALEM, Ore. (AP) -"; places.ttl gives
# those of the states it lists), others' short names.
# Abbreviations that are words or titles ("Miss.", "Mass.", "Ind.", "Ill.",
# "La.", "Me.", "Md.", a name's "Mohammad") are left out.
ALSO = {
    "Alabama": ("Ala.",), "Arizona": ("Ariz.",), "Arkansas": ("Ark.",),
    "Colorado": ("Colo.",), "Connecticut": ("Conn.",), "Delaware": ("Del.",),
    "Kansas": ("Kan.", "Kans."), "Kentucky": ("Ky.",), "Michigan": ("Mich.",),
    "Minnesota": ("Minn.",), "Missouri": ("Mo.",), "Montana": ("Mont.",), "Nebraska": ("Neb.", "Nebr."),
    "Nevada": ("Nev.",), "New Hampshire": ("N.H.",), "New Jersey": ("N.J.",), "New Mexico": ("N.M.",),
    "North Carolina": ("N.C.",), "North Dakota": ("N.D.",), "Oklahoma": ("Okla.",), "Oregon": ("Ore.",),
    "Pennsylvania": ("Pa.",), "Rhode Island": ("R.I.",), "South Carolina": ("S.C.",),
    "South Dakota": ("S.D.",), "Tennessee": ("Tenn.",),
    "West Virginia": ("W.Va.", "W. Va."), "Wisconsin": ("Wis.",), "Wyoming": ("Wyo.",),
    "Mari El": ("Mari-El",), "Sakha": ("Yakutia",), "Hadramout": ("Hadramaut", "Hadhramaut"),
    "Salahuddin": ("Salah al-Din",), "Melaka": ("Malacca",),
    "Trentino-Alto Adige": ("Trentino-South Tyrol",), "Vaud": ("Canton of Vaud",),
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
    smaller = {cities.fold(k) for k in SMALLER}
    by_name = {}
    for (state, country), n in people.items():
        by_name.setdefault(cities.fold(clean(state)), []).append((n, state, country))
    out = []
    for key, cands in sorted(by_name.items()):
        top = cities.dominant(cands)
        if not top:
            continue
        n, state, country = top
        if n < (SMALLER_PEOPLE if key in smaller else MIN_PEOPLE) or len(key) < 3 \
                or any(ch.isdigit() for ch in key):
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
        alts = ([alt] if alt else []) + [a for a in ALSO.get(name, ()) if a != alt]
        out.append((name, alts, ckey))
    print("# Places: the world's states, provinces and regions (first-level divisions whose larger")
    print("# cities hold 500,000 people or more, and smaller ones read one by one) that places.ttl")
    print("# does not list, each with its")
    print("# country. Made by tools/regions-from-geonames.py from GeoNames (geonames.org, CC-BY 4.0),")
    print("# as Debian's libgeonames carries it; edit the script, not this file.")
    print("@prefix ng:   <https://w3id.org/newsgraph/ns#> .")
    print("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .")
    print("@prefix lex:  <https://w3id.org/newsgraph/lexicon/> .")
    seen = set()
    for name, alts, ckey in sorted(out, key=lambda r: (r[2], cities.fold(r[0]))):
        slug = cities.entry_key("region", name, ckey)
        if slug in seen:
            continue
        seen.add(slug)
        print()
        print("lex:%s a ng:LexPlace ;" % slug)
        print('    skos:prefLabel "%s" ;' % cities.turtle_string(name))
        if alts:
            print('    skos:altLabel %s ;' % ", ".join('"%s"' % cities.turtle_string(a) for a in alts))
        print("    ng:inCountry %s ;" % ckey)
        print('    ng:kind "province" .')


if __name__ == "__main__":
    main()
