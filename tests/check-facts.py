#!/usr/bin/python3
"""Check a newsgraph RDF graph against expected facts.

Usage:
    check-facts.py [--summary] GRAPH CASE.expect.tsv...

GRAPH is Turtle (.ttl), N-Triples (.nt) or N-Quads (.nq); the quads of all
named graphs are read as one graph. Each CASE.expect.tsv holds one
expectation a line (tab-separated, '#' starts a comment, '-' is an empty
field, '|' separates alternative names of which any one may match):

    E      kind  name                                 entity exists
    A      person  organizer  place  date  mode       person attends a meeting
    P      person  title  of                          person holds a post (of '-':
                                                      or has it as schema:jobTitle)
    M      member  organization                       membership
    C      place  country                             place lies in country
    NOT-A  person  organizer                          person attends no such meeting
    NOT-E  kind  name                                 no entity of that kind and name
    SAME   name1  name2                               one entity bears both names
    DIFF   name1  name2                               two entities, none bears both

kind is person, org, country, city or place; date is YYYY-MM-DD or
XXXX-MM-DD (any year, or a gMonthDay); mode is attended, planned or remote.
Names match after folding case, accents, punctuation, spacing and a
leading "the".

NOT-A and NOT-E are claims of one article: when the graph holds the
article whose schema:identifier is the case's name, only what that
article says counts (participations derived from it, entities it
mentions); another article may well say the opposite. Without it they
hold for the whole graph.

Output is TAP; the exit status is 1 when an expectation fails. With
--summary, pass counts per record type and overall are printed instead
and the exit status is 0.
"""

import os
import re
import sys
import unicodedata

try:
    import rdflib
    from rdflib import Literal, Namespace
    from rdflib.namespace import RDF, RDFS, SKOS
except ImportError:  # pragma: no cover
    sys.stderr.write("check-facts.py: python3-rdflib is required\n")
    sys.exit(2)

SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
NG = Namespace("https://w3id.org/newsgraph/ns#")
PROV = Namespace("http://www.w3.org/ns/prov#")

NAME_PREDICATES = (SCHEMA.name, SCHEMA.alternateName, RDFS.label,
                   SKOS.prefLabel, SKOS.altLabel)

ORG_CLASSES = {SCHEMA.Organization, SCHEMA.GovernmentOrganization,
               SCHEMA.NewsMediaOrganization, SCHEMA.NGO,
               SCHEMA.Corporation, SCHEMA.PoliticalParty}
PLACE_CLASSES = {SCHEMA.Place, SCHEMA.Country, SCHEMA.City,
                 SCHEMA.AdministrativeArea, SCHEMA.State}

KINDS = ("person", "org", "country", "city", "place")

FIELDS = {  # record tag -> number of fields after the tag
    "E": 2, "A": 5, "P": 3, "M": 2, "C": 2,
    "NOT-A": 2, "NOT-E": 2, "SAME": 2, "DIFF": 2,
}
MODES = ("attended", "planned", "remote")


def fold(text):
    """Return TEXT folded for comparison: no accents, case, punctuation or spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.findall(r"[^\W_]+", bare.casefold())
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


def fold_words(text):
    """Return the set of folded words of TEXT (for title comparison)."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return set(re.findall(r"[^\W_]+", bare.casefold()))


def alternatives(field):
    """Split a field on '|' into its folded alternatives ('-' gives none)."""
    if field == "-":
        return []
    return [fold(a) for a in field.split("|") if a.strip()]


class Graph:
    """An indexed view of the graph: names, kinds and the facts the checks need."""

    def __init__(self, path):
        self.g = self._load(path)
        self.by_name = {}   # folded name -> set of subjects
        self.names = {}     # subject -> set of folded names
        for pred in NAME_PREDICATES:
            for subj, obj in self.g.subject_objects(pred):
                if isinstance(obj, Literal):
                    key = fold(obj)
                    if key:
                        self.by_name.setdefault(key, set()).add(subj)
                        self.names.setdefault(subj, set()).add(key)
        self.has_participations = (
            any(True for _ in self.g.subjects(RDF.type, NG.Participation))
            or any(True for _ in self.g.subject_objects(NG.participation)))

    @staticmethod
    def _load(path):
        """Parse PATH into one rdflib graph, guessing the syntax from its name."""
        ext = os.path.splitext(path)[1].lower()
        fmt = {".nt": "nt", ".nq": "nquads", ".ttl": "turtle",
               ".n3": "n3", ".rdf": "xml", ".trig": "trig"}.get(ext, "turtle")
        if fmt in ("nquads", "trig"):
            ds = rdflib.Dataset()
            ds.parse(path, format=fmt)
            merged = rdflib.Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                merged.add((s, p, o))
            return merged
        g = rdflib.Graph()
        g.parse(path, format=fmt)
        return g

    def types(self, subj):
        """Return the set of rdf:type objects of SUBJ."""
        return set(self.g.objects(subj, RDF.type))

    def is_kind(self, subj, kind):
        """Tell whether SUBJ is typed as an entity of KIND (None: any entity)."""
        types = self.types(subj)
        if kind == "person":
            return SCHEMA.Person in types
        if kind == "org":
            return bool(types & ORG_CLASSES)
        if kind == "country":
            return SCHEMA.Country in types
        if kind == "city":
            return SCHEMA.City in types
        if kind == "place":
            return bool(types & PLACE_CLASSES)
        return bool(types)

    def find(self, field, kind=None):
        """Return the entities of KIND bearing any alternative name of FIELD."""
        found = set()
        for key in alternatives(field):
            for subj in self.by_name.get(key, ()):
                if self.is_kind(subj, kind):
                    found.add(subj)
        return found

    def objects(self, subj, pred):
        """Return the set of objects of SUBJ PRED."""
        return set(self.g.objects(subj, pred))


def date_matches(expected, literal):
    """Tell whether a schema:startDate LITERAL satisfies the EXPECTED date."""
    got = str(literal)
    if expected.startswith("XXXX-"):
        month_day = expected[4:]          # "-MM-DD"
        return got == "-" + month_day or bool(
            re.fullmatch(r"-?\d{4,}" + re.escape(month_day) + r"(T.*)?", got))
    return got == expected or got.startswith(expected + "T")


def title_matches(expected, label):
    """Tell whether a post LABEL agrees with one of the EXPECTED titles."""
    got_key, got_words = fold(label), fold_words(label)
    for alt in expected.split("|"):
        if fold(alt) == got_key:
            return True
        want = fold_words(alt)
        if want and got_words and (want <= got_words or got_words <= want):
            return True
    return False


class Checker:
    """Evaluates expectation records against one Graph."""

    def __init__(self, graph):
        self.gr = graph
        self.article = None   # the article node of the case being checked, if any

    def set_case(self, stem):
        """Scope NOT-A and NOT-E to the article whose identifier is STEM."""
        found = list(self.gr.g.subjects(SCHEMA.identifier, Literal(stem)))
        self.article = found[0] if len(found) == 1 else None

    def check(self, rec):
        """Return (ok, reason) for one record (a list: tag then fields)."""
        method = getattr(self, "check_" + rec[0].replace("-", "_").lower())
        return method(*rec[1:])

    def _need(self, field, kind, what):
        """Return the entities for FIELD or raise LookupError naming WHAT."""
        found = self.gr.find(field, kind)
        if not found:
            raise LookupError("no %s named %s" % (what, field))
        return found

    def check_e(self, kind, name):
        """An entity of KIND named NAME exists."""
        if self.gr.find(name, kind):
            return True, ""
        others = self.gr.find(name)
        if others:
            kinds = sorted({str(t).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
                            for s in others for t in self.gr.types(s)})
            return False, "named entity has type %s" % ",".join(kinds)
        return False, "no entity named %s" % name

    def check_not_e(self, kind, name):
        """No entity of KIND is named NAME."""
        found = self.gr.find(name, kind)
        if self.article is not None:
            found = {s for s in found if (self.article, SCHEMA.mentions, s) in self.gr.g}
        if found:
            return False, "found %s" % " ".join(sorted(str(s) for s in found))
        return True, ""

    def _events(self, persons, organizer):
        """Return the events that PERSONS attend, restricted to ORGANIZER unless '-'."""
        events = set()
        for person in persons:
            events |= set(self.gr.g.subjects(SCHEMA.attendee, person))
        if organizer != "-":
            orgs = self.gr.find(organizer)
            events = {e for e in events
                      if self.gr.objects(e, SCHEMA.organizer) & orgs}
        return events

    def _mode_ok(self, event, persons, mode):
        """Tell whether EVENT records a participation of PERSONS in MODE."""
        g = self.gr.g
        for part in g.objects(event, NG.participation):
            if not set(g.objects(part, NG.participant)) & persons:
                continue
            if mode == "remote" and (part, NG.mode, NG.VideoLink) in g:
                return True
            if mode == "planned" and (part, NG.status, NG.Planned) in g:
                return True
            if mode == "attended" and (part, NG.status, NG.Attended) in g:
                return True
        return False

    def check_a(self, person, organizer, place, date, mode):
        """PERSON attends a meeting with the given organizer, place, date and mode."""
        try:
            persons = self._need(person, "person", "person")
            if organizer != "-":
                self._need(organizer, None, "organizer")
            places = self._need(place, "place", "place") if place != "-" else None
        except LookupError as err:
            return False, str(err)
        events = self._events(persons, organizer)
        if not events:
            return False, "no meeting with this attendee%s" % (
                "" if organizer == "-" else " and organizer")
        if places is not None:
            events = {e for e in events
                      if self.gr.objects(e, SCHEMA.location) & places}
            if not events:
                return False, "no such meeting in %s" % place
        if date != "-":
            events = {e for e in events
                      if any(date_matches(date, d)
                             for d in self.gr.objects(e, SCHEMA.startDate))}
            if not events:
                return False, "no such meeting on %s" % date
        if mode != "-" and self.gr.has_participations:
            if not any(self._mode_ok(e, persons, mode) for e in events):
                return False, "no participation with mode %s" % mode
        return True, ""

    def check_not_a(self, person, organizer):
        """PERSON attends no meeting of ORGANIZER (any meeting when '-')."""
        persons = self.gr.find(person, "person")
        if not persons:
            return True, ""
        events = self._events(persons, organizer)
        if self.article is not None:
            g = self.gr.g
            events = {e for e in events
                      if any(set(g.objects(p, NG.participant)) & persons
                             and (p, PROV.wasDerivedFrom, self.article) in g
                             and (p, NG.status, NG.Absent) not in g
                             for p in g.objects(e, NG.participation))}
        if events:
            return False, "attendee of %s" % " ".join(sorted(str(e) for e in events))
        return True, ""

    def check_p(self, person, title, of):
        """PERSON holds a post labelled TITLE, in OF unless '-'."""
        try:
            persons = self._need(person, "person", "person")
            holders = self._need(of, None, "post holder") if of != "-" else None
        except LookupError as err:
            return False, str(err)
        g = self.gr.g
        posts = set()
        for p in persons:
            posts |= set(g.objects(p, ORG.holds))
            posts |= set(g.subjects(ORG.heldBy, p))
        # (a title of no known country or organization is schema:jobTitle)
        if of == "-" and any(title_matches(title, t) for p in persons
                             for t in g.objects(p, SCHEMA.jobTitle)):
            return True, ""
        if not posts:
            return False, "holds no post"
        labelled = {post for post in posts
                    if any(title_matches(title, lab)
                           for lab in g.objects(post, RDFS.label))}
        if not labelled:
            labels = sorted({str(lab) for post in posts
                             for lab in g.objects(post, RDFS.label)})
            return False, "posts: %s" % "; ".join(labels)
        if holders is not None and not any(
                set(g.objects(post, ORG.postIn)) & holders for post in labelled):
            return False, "post not in %s" % of
        return True, ""

    def check_m(self, member, organization):
        """MEMBER is schema:memberOf ORGANIZATION."""
        try:
            members = self._need(member, None, "member")
            orgs = self._need(organization, None, "organization")
        except LookupError as err:
            return False, str(err)
        for m in members:
            if self.gr.objects(m, SCHEMA.memberOf) & orgs:
                return True, ""
        return False, "no memberOf link"

    def check_c(self, place, country):
        """PLACE lies (schema:containedInPlace, transitively) in COUNTRY."""
        try:
            places = self._need(place, "place", "place")
            countries = self._need(country, "place", "country")
        except LookupError as err:
            return False, str(err)
        seen, todo = set(), list(places)
        while todo:
            here = todo.pop()
            for up in self.gr.objects(here, SCHEMA.containedInPlace):
                if up in countries:
                    return True, ""
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        return False, "no containedInPlace link"

    def check_same(self, name1, name2):
        """One entity bears both NAME1 and NAME2."""
        first, second = self.gr.find(name1), self.gr.find(name2)
        if first & second:
            return True, ""
        if not first or not second:
            return False, "no entity named %s" % (name2 if first else name1)
        return False, "names are on different entities"

    def check_diff(self, name1, name2):
        """NAME1 and NAME2 both name entities and no entity bears both."""
        first, second = self.gr.find(name1), self.gr.find(name2)
        if not first or not second:
            return False, "no entity named %s" % (name2 if first else name1)
        both = first & second
        if both:
            return False, "merged in %s" % " ".join(sorted(str(s) for s in both))
        return True, ""


def read_expectations(path):
    """Yield (line number, record) for each expectation of PATH, checking its form."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rec = [field.strip() for field in line.split("\t")]
            tag = rec[0]
            if tag not in FIELDS:
                raise ValueError("%s:%d: unknown record %r" % (path, number, tag))
            if len(rec) - 1 != FIELDS[tag]:
                raise ValueError("%s:%d: %s takes %d fields, not %d"
                                 % (path, number, tag, FIELDS[tag], len(rec) - 1))
            if tag in ("E", "NOT-E") and rec[1] not in KINDS:
                raise ValueError("%s:%d: unknown kind %r" % (path, number, rec[1]))
            if tag == "A":
                date, mode = rec[4], rec[5]
                if date != "-" and not re.fullmatch(r"(\d{4}|XXXX)-\d\d-\d\d", date):
                    raise ValueError("%s:%d: bad date %r" % (path, number, date))
                if mode != "-" and mode not in MODES:
                    raise ValueError("%s:%d: bad mode %r" % (path, number, mode))
            yield number, rec


def main(argv):
    """Run the checks named on the command line; return the exit status."""
    args = argv[1:]
    summary = False
    if args and args[0] == "--summary":
        summary = True
        args = args[1:]
    if len(args) < 2 or args[0].startswith("-"):
        sys.stderr.write("usage: check-facts.py [--summary] GRAPH CASE.expect.tsv...\n")
        return 2
    graph_path, cases = args[0], args[1:]
    try:
        records = [(case, number, rec) for case in cases
                   for number, rec in read_expectations(case)]
        graph = Graph(graph_path)
    except (OSError, ValueError, SyntaxError) as err:
        sys.stderr.write("check-facts.py: %s\n" % err)
        return 2
    checker = Checker(graph)
    results = []
    for case, number, rec in records:
        stem = os.path.basename(case)
        if stem.endswith(".expect.tsv"):
            stem = stem[:-len(".expect.tsv")]
        checker.set_case(stem)
        ok, why = checker.check(rec)
        results.append((case, number, rec, ok, why))

    if summary:
        order = list(FIELDS)
        counts = {tag: [0, 0] for tag in order}
        for _, _, rec, ok, _ in results:
            counts[rec[0]][1] += 1
            counts[rec[0]][0] += int(ok)
        for tag in order:
            passed, total = counts[tag]
            if total:
                print("%-6s %4d/%-4d %5.1f%%" % (tag, passed, total, 100.0 * passed / total))
        passed = sum(int(r[3]) for r in results)
        total = len(results)
        print("%-6s %4d/%-4d %5.1f%%" % ("all", passed, total,
                                         100.0 * passed / total if total else 100.0))
        return 0

    print("1..%d" % len(results))
    failures = 0
    for index, (case, number, rec, ok, why) in enumerate(results, 1):
        stem = os.path.basename(case)
        if stem.endswith(".expect.tsv"):
            stem = stem[:-len(".expect.tsv")]
        text = " ".join(rec).replace("#", "%23")
        where = "%s:%d: " % (stem, number) if len(cases) > 1 else ""
        if ok:
            print("ok %d - %s%s" % (index, where, text))
        else:
            failures += 1
            print("not ok %d - %s%s # %s" % (index, where, text, why))
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except BrokenPipeError:
        sys.exit(1)
