#!/bin/sh
# e2e-queries.sh - the example SPARQL queries (tests/queries/*.rq, shown in
# README.md) run with roqet over the graph of the sample articles: each
# answers without error and with at least one row, and rdflib, a second
# SPARQL engine, returns the same rows.
. "${NG_SRCDIR:-$(dirname "$0")/..}/tests/setup"

queries=$(ls "$NG_SRCDIR"/tests/queries/*.rq)
n=$(printf '%s\n' "$queries" | wc -l)
plan $((1 + 2 * n))

have_rdflib=no
if "$PYTHON3" -c 'import rdflib' 2>/dev/null; then
  have_rdflib=yes
fi

if "$NEWSGRAPH" build -q -f ttl "$NG_SRCDIR/tests/corpus" -o "$T/out" 2>"$T/err"; then
  ok "build of the sample articles"
else
  not_ok "build of the sample articles" "$(cat "$T/err")"
fi

# Runs a query with rdflib; prints CSV rows like roqet's.
rdflib_rows () {
  "$PYTHON3" - "$1" "$2" <<'EOF'
import csv, sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
with open(sys.argv[2], encoding="utf-8") as f:
    res = g.query(f.read())
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow([str(v) for v in res.vars])
for row in res:
    w.writerow(["" if x is None else str(x) for x in row])
EOF
}

for q in $queries; do
  name=$(basename "$q" .rq)
  # -W 0: rasqal warns (exit 2) about harmless things such as unused variables.
  if roqet -W 0 -q -i sparql -r csv -D "$T/out/graph.ttl" "$q" >"$T/$name.csv" 2>"$T/$name.err"; then
    tr -d '\r' <"$T/$name.csv" >"$T/$name.rows"
    rows=$(($(wc -l <"$T/$name.rows") - 1))
    if [ "$rows" -ge 1 ] && [ ! -s "$T/$name.err" ]; then
      ok "$name.rq returns $rows rows"
    else
      not_ok "$name.rq returns at least one row" "$(cat "$T/$name.err" "$T/$name.rows")"
    fi
  else
    not_ok "$name.rq runs" "$(cat "$T/$name.err")"
    : >"$T/$name.rows"
  fi

  if [ "$have_rdflib" = no ]; then
    ok "$name.rq: rdflib gives the same rows # SKIP $PYTHON3 has no rdflib"
  elif rdflib_rows "$T/out/graph.ttl" "$q" >"$T/$name.rdflib" 2>"$T/$name.err2"; then
    sort "$T/$name.rows" >"$T/$name.a"
    sort "$T/$name.rdflib" >"$T/$name.b"
    if cmp -s "$T/$name.a" "$T/$name.b"; then
      ok "$name.rq: rdflib gives the same rows"
    else
      not_ok "$name.rq: rdflib gives the same rows" "$(diff "$T/$name.a" "$T/$name.b" | head -n 20)"
    fi
  else
    not_ok "$name.rq: rdflib runs it" "$(tail -n 5 "$T/$name.err2")"
  fi
done

done_testing
