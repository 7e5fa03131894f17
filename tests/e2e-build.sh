#!/bin/sh
# e2e-build.sh - `newsgraph build` over the sample articles: every output
# file is read back by a real parser (rapper, rdflib, dot), every base type
# of the graph's shape is present, and the output does not depend on the
# run, the number of threads or the order of the inputs.
. "${NG_SRCDIR:-$(dirname "$0")/..}/tests/setup"

plan 28

corpus=$NG_SRCDIR/tests/corpus
files="graph.dot graph.nq graph.svg graph.ttl"

# Lists the files of a folder, one a line, sorted.
listing () {
  (cd "$1" && ls -A | sort)
}

# Succeeds if the folders hold byte-identical default files.
same_files () {
  for f in $files; do
    cmp "$1/$f" "$2/$f" || return 1
  done
}

# Succeeds if a SPARQL query over graph.ttl returns at least one row.
has_rows () {
  rows=$(roqet -W 0 -q -i sparql -r csv -D "$T/out/graph.ttl" -e "$1") || return 1
  [ "$(printf '%s\n' "$rows" | wc -l)" -ge 2 ]
}

# Parses a file with rdflib and checks it holds more than 100 triples.
rdflib_parses () {
  "$PYTHON3" -c '
import sys, rdflib
fmt = sys.argv[2]
g = rdflib.ConjunctiveGraph() if fmt == "nquads" else rdflib.Graph()
g.parse(sys.argv[1], format=fmt)
n = len(g)
if n <= 100:
    sys.exit("only %d triples" % n)
' "$1" "$2"
}

# --- one build ----------------------------------------------------------
if "$NEWSGRAPH" build -q "$corpus" -o "$T/out" 2>"$T/err"; then
  ok "build of the sample articles exits 0"
else
  not_ok "build of the sample articles exits 0" "exit $?: $(cat "$T/err")"
fi

check "the four default files exist" test -s "$T/out/graph.ttl" -a -s "$T/out/graph.nq" \
  -a -s "$T/out/graph.dot" -a -s "$T/out/graph.svg"

if out=$(rapper -i turtle -c "$T/out/graph.ttl" 2>&1); then st=0; else st=$?; fi
n=$(printf '%s\n' "$out" | sed -n 's/.*returned \([0-9][0-9]*\) triples.*/\1/p')
if [ "$st" -eq 0 ] && [ "${n:-0}" -gt 100 ]; then
  ok "rapper parses graph.ttl ($n triples)"
else
  not_ok "rapper parses graph.ttl with more than 100 triples" \
    "exit $st: $(printf '%s\n' "$out" | head -5)"
fi
check "rapper parses graph.nq" rapper -q -i nquads -c "$T/out/graph.nq"

# Turtle and N-Quads say the same: the quads' triples, once each, are the
# Turtle file's triples (both parsed by rapper, written back as N-Triples).
rapper -q -i turtle -o ntriples "$T/out/graph.ttl" 2>/dev/null | LC_ALL=C sort -u >"$T/ttl.nt"
rapper -q -i nquads -o ntriples "$T/out/graph.nq" 2>/dev/null | LC_ALL=C sort -u >"$T/nq.nt"
if [ -s "$T/ttl.nt" ] && cmp -s "$T/ttl.nt" "$T/nq.nt"; then
  ok "graph.ttl holds the triples of graph.nq ($(wc -l <"$T/ttl.nt"))"
else
  not_ok "graph.ttl holds the triples of graph.nq" \
    "$(diff "$T/ttl.nt" "$T/nq.nt" | head -n 5)"
fi

if "$PYTHON3" -c 'import rdflib' 2>/dev/null; then
  check "rdflib parses graph.ttl" rdflib_parses "$T/out/graph.ttl" turtle
  check "rdflib parses graph.nq" rdflib_parses "$T/out/graph.nq" nquads
else
  ok "rdflib parses graph.ttl # SKIP $PYTHON3 has no rdflib"
  ok "rdflib parses graph.nq # SKIP $PYTHON3 has no rdflib"
fi

check "dot renders graph.dot" dot -Tsvg "$T/out/graph.dot" -o /dev/null
if head -c 400 "$T/out/graph.svg" | grep -q '<svg' \
   && head -c 100 "$T/out/graph.svg" | grep -q '^<?xml'; then
  ok "graph.svg starts with an XML header and an svg element"
else
  not_ok "graph.svg starts with an XML header and an svg element" "$(head -c 200 "$T/out/graph.svg")"
fi

for type in Person Organization Country City Event NewsArticle; do
  check "graph.ttl has a schema:$type" \
    has_rows "PREFIX schema: <http://schema.org/> SELECT ?x WHERE { ?x a schema:$type } LIMIT 1"
done
# The contract's shape, checked with rdflib: IRIs minted under the base
# from lowercase keys, one schema:name per entity, countries and cities
# are places, attendees are people, every entity comes from an article.
shape_check () {
  "$PYTHON3" - "$1" <<'EOF'
import re, sys, rdflib
from rdflib.namespace import RDF
S = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
base = "https://w3id.org/newsgraph/id/"
key = re.compile(re.escape(base) + r"(person|org|place|event|article|post|sentence|participation)"
                 r"/[a-z0-9-]+(/[a-z0-9-]+)?$")
problems = []
for s in set(g.subjects()) | set(g.objects()):
    if isinstance(s, rdflib.URIRef) and str(s).startswith(base) and not key.match(str(s)):
        problems.append("IRI out of shape: %s" % s)
for t in (S.Person, S.Organization, S.Place, S.Event):
    for e in g.subjects(RDF.type, t):
        n = len(list(g.objects(e, S.name)))
        if n != 1:
            problems.append("%s has %d schema:name" % (e, n))
        if not any((a, RDF.type, S.NewsArticle) in g for a in g.objects(e, PROV.wasDerivedFrom)):
            problems.append("%s is derived from no article" % e)
for t in (S.Country, S.City):
    for e in g.subjects(RDF.type, t):
        if (e, RDF.type, S.Place) not in g:
            problems.append("%s is not a schema:Place" % e)
for m, p in g.subject_objects(S.attendee):
    if (p, RDF.type, S.Person) not in g:
        problems.append("attendee %s is not a schema:Person" % p)
    if (m, RDF.type, S.Event) not in g:
        problems.append("%s has attendees but is not a schema:Event" % m)
for x in problems[:20]:
    print(x)
sys.exit(1 if problems else 0)
EOF
}
if "$PYTHON3" -c 'import rdflib' 2>/dev/null; then
  check "graph.ttl keeps the contract's shape (names, types, IRIs, sources)" shape_check "$T/out/graph.ttl"
else
  ok "graph.ttl keeps the contract's shape # SKIP $PYTHON3 has no rdflib"
fi
check "meetings have attendees" has_rows \
  "PREFIX schema: <http://schema.org/> SELECT ?m ?p WHERE { ?m a schema:Event ; schema:attendee ?p . ?p a schema:Person } LIMIT 1"
check "facts carry evidence sentences" has_rows \
  "PREFIX schema: <http://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ns#>
   SELECT ?s WHERE { ?x ng:evidence ?s . ?s a ng:Sentence ; schema:text ?t ; schema:isPartOf ?a . ?a a schema:NewsArticle } LIMIT 1"

# N-Quads: one named graph per article, each an article of the graph.
if "$PYTHON3" -c 'import rdflib' 2>/dev/null; then
  check "graph.nq puts facts in one named graph per article" "$PYTHON3" -c '
import sys, rdflib
ds = rdflib.ConjunctiveGraph()
ds.parse(sys.argv[1], format="nquads")
S = rdflib.Namespace("http://schema.org/")
arts = set(ds.subjects(rdflib.RDF.type, S.NewsArticle))
named = set(c.identifier for c in ds.contexts() if len(c) and c.identifier in arts)
if len(arts) < 10 or len(named) != len(arts):
    sys.exit("%d articles, %d with a named graph" % (len(arts), len(named)))
' "$T/out/graph.nq"
else
  ok "graph.nq puts facts in one named graph per article # SKIP $PYTHON3 has no rdflib"
fi

if [ "$(listing "$T/out" | tr '\n' ' ')" = "$files " ]; then
  ok "the output folder holds only the four files (no temporary files)"
else
  not_ok "the output folder holds only the four files (no temporary files)" "$(listing "$T/out")"
fi

# --- reproducible output ---------------------------------------------------
"$NEWSGRAPH" build -q "$corpus" -o "$T/again" 2>/dev/null || true
check "a second build gives byte-identical files" same_files "$T/out" "$T/again"

"$NEWSGRAPH" build -q --jobs 1 "$corpus" -o "$T/j1" 2>/dev/null || true
"$NEWSGRAPH" build -q --jobs 2 "$corpus" -o "$T/j2" 2>/dev/null || true
check "--jobs 1 and --jobs 2 give byte-identical files" same_files "$T/j1" "$T/j2"
check "--jobs 1 gives the same files as the default" same_files "$T/out" "$T/j1"

mkdir "$T/a" "$T/b"
i=0
for f in "$corpus"/*.txt; do
  i=$((i + 1))
  if [ $((i % 2)) -eq 0 ]; then cp "$f" "$T/a/"; else cp "$f" "$T/b/"; fi
done
"$NEWSGRAPH" build -q "$T/a" "$T/b" -o "$T/ab" 2>/dev/null || true
"$NEWSGRAPH" build -q "$T/b" "$T/a" -o "$T/ba" 2>/dev/null || true
check "inputs in another order give byte-identical files" same_files "$T/ab" "$T/ba"
set -- $(cd "$T/a" && ls)
"$NEWSGRAPH" build -q $(for f in "$@"; do echo "$T/a/$f"; done) -o "$T/fwd" 2>/dev/null || true
"$NEWSGRAPH" build -q $(for f in "$@"; do echo "$T/a/$f"; done | sort -r) -o "$T/rev" 2>/dev/null || true
check "files named in reverse order give byte-identical files" same_files "$T/fwd" "$T/rev"

# --- other formats ---------------------------------------------------------
if "$NEWSGRAPH" build -q --format nt "$corpus" -o "$T/nt" 2>"$T/err"; then
  ok "--format nt exits 0"
else
  not_ok "--format nt exits 0" "$(cat "$T/err")"
fi
if [ "$(listing "$T/nt")" = "graph.nt" ]; then
  ok "--format nt writes only graph.nt"
else
  not_ok "--format nt writes only graph.nt" "$(listing "$T/nt")"
fi
check "rapper parses graph.nt" rapper -q -i ntriples -c "$T/nt/graph.nt"

done_testing
