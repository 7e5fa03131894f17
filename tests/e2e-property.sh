#!/bin/sh
# e2e-property.sh - random and mutated articles (tests/property/gen.py,
# fixed seed) never crash newsgraph, and whatever it writes is valid: every
# Turtle and N-Quads file parses in rapper and in rdflib, every DOT file
# renders in dot.  PROPERTY_SEED and PROPERTY_N change the sample.

. "$(dirname "$0")/setup"

NG_DATADIR=${NG_DATADIR:-$NG_SRCDIR/ontology}
export NG_DATADIR
command -v rapper >/dev/null 2>&1 || skip_all "rapper (raptor2-utils) is not installed"
command -v dot >/dev/null 2>&1 || skip_all "dot (graphviz) is not installed"
"$PYTHON3" -c 'import rdflib' 2>/dev/null || skip_all "$PYTHON3 has no rdflib"

SEED=${PROPERTY_SEED:-20240601}
N=${PROPERTY_N:-40}
GROUPS_N=5

plan $((2 + (GROUPS_N + 1) * 5))

if "$PYTHON3" "$NG_SRCDIR/tests/property/gen.py" "$NG_SRCDIR/tests/corpus" "$T/in" "$N" "$SEED"; then
  ok "generated $N random articles (seed $SEED)"
else
  not_ok "generated $N random articles (seed $SEED)"
  done_testing
fi

# The whole set, then GROUPS_N disjoint groups: each build gives one graph.
i=0
for f in "$T"/in/*; do
  g=$((i % GROUPS_N))
  mkdir -p "$T/group$g"
  cp "$f" "$T/group$g/"
  i=$((i + 1))
done

# Builds INPUT into OUT and checks every output; NAME labels the tests.
build_and_check () {
  name=$1 input=$2 out=$3
  rc=0
  timeout -k 10 60 "$NEWSGRAPH" build "$input" -o "$out" -f ttl,nq,dot -q --jobs 2 \
    >"$T/$name.out" 2>"$T/$name.err" || rc=$?
  if [ "$rc" -le 2 ] && ! grep -q -E 'Sanitizer|runtime error:|CRITICAL' "$T/$name.err"; then
    ok "$name: no crash (exit $rc)"
  else
    not_ok "$name: no crash" "exit $rc: $(head -c 2000 "$T/$name.err")"
  fi
  if [ "$rc" -eq 2 ]; then
    for what in "rapper reads the Turtle" "rapper reads the N-Quads" \
      "rdflib reads the Turtle and the N-Quads" "dot renders the DOT"; do
      ok "$name: $what # SKIP nothing was written"
    done
    return
  fi
  check "$name: rapper reads the Turtle" rapper -q -i turtle -c "$out/graph.ttl"
  check "$name: rapper reads the N-Quads" rapper -q -i nquads -c "$out/graph.nq"
  check "$name: rdflib reads the Turtle and the N-Quads" "$PYTHON3" -c '
import sys, rdflib
g = rdflib.Graph().parse(sys.argv[1], format="turtle")
d = rdflib.ConjunctiveGraph()
d.parse(sys.argv[2], format="nquads")
assert len(g) > 0 and len(d) > 0
' "$out/graph.ttl" "$out/graph.nq"
  check "$name: dot renders the DOT" dot -Tsvg -o "$out/render.svg" "$out/graph.dot"
}

build_and_check "all" "$T/in" "$T/out-all"
g=0
while [ $g -lt $GROUPS_N ]; do
  build_and_check "group$g" "$T/group$g" "$T/out-group$g"
  g=$((g + 1))
done

# The same set again gives the same files.
rc=0
"$NEWSGRAPH" build "$T/in" -o "$T/out-again" -f ttl,nq,dot -q --jobs 1 2>/dev/null || rc=$?
same=yes
for f in graph.ttl graph.nq graph.dot; do
  cmp -s "$T/out-all/$f" "$T/out-again/$f" || same=no
done
if [ "$same" = yes ]; then ok "a second build (one thread) gives byte-identical files"
else not_ok "a second build (one thread) gives byte-identical files"; fi

done_testing
