#!/bin/sh
# Shards merged with `newsgraph merge`, and articles added with
# `build --into`, give the same triples as one build over all the articles.
. "$(dirname "$0")/setup"

command -v rapper >/dev/null 2>&1 || skip_all "rapper (raptor2-utils) is not installed"
plan 8

mkdir -p "$T/all" "$T/s1" "$T/s2" "$T/s3" "$T/s4"
cp "$NG_SRCDIR"/tests/corpus/*.txt "$NG_SRCDIR"/tests/cases/*.txt "$T/all/"
i=0
for f in "$T"/all/*.txt; do
  i=$((i % 4 + 1))
  cp "$f" "$T/s$i/"
done

# Sorted N-Triples of a built graph's Turtle.
triples () {
  rapper -q -i turtle -o ntriples "$1/graph.ttl" | sort
}

check "one build over all the articles" "$NEWSGRAPH" build -q -f ttl,nq -o "$T/out-all" "$T/all"
ok_shards=0
for s in 1 2 3 4; do
  "$NEWSGRAPH" build -q -f nq -o "$T/out-s$s" "$T/s$s" && ok_shards=$((ok_shards + 1))
done
if [ "$ok_shards" -eq 4 ]; then ok "four shards built"; else not_ok "four shards built" "$ok_shards of 4"; fi
check "merge of the four shards" "$NEWSGRAPH" merge -q -f ttl,nq -o "$T/out-merged" \
  "$T/out-s1" "$T/out-s2/graph.nq" "$T/out-s3" "$T/out-s4"

triples "$T/out-all" > "$T/all.nt"
triples "$T/out-merged" > "$T/merged.nt"
if [ -s "$T/all.nt" ] && cmp -s "$T/all.nt" "$T/merged.nt"; then
  ok "merged triples equal the single build's ($(wc -l < "$T/all.nt") triples)"
else
  not_ok "merged triples equal the single build's" "$(diff "$T/all.nt" "$T/merged.nt" | head -n 10)"
fi
sort "$T/out-all/graph.nq" > "$T/all.nq"
sort "$T/out-merged/graph.nq" > "$T/merged.nq"
if cmp -s "$T/all.nq" "$T/merged.nq"; then
  ok "merged quads (per-article provenance) equal the single build's"
else
  not_ok "merged quads equal the single build's" "$(diff "$T/all.nq" "$T/merged.nq" | head -n 10)"
fi

# Incremental: one shard first, the others added in two steps.
"$NEWSGRAPH" build -q -o "$T/into" "$T/s1"
"$NEWSGRAPH" build -q --into "$T/into" "$T/s2" "$T/s3"
check "build --into adds articles to a built graph" "$NEWSGRAPH" build -q --into "$T/into" "$T/s4"
triples "$T/into" > "$T/into.nt"
if cmp -s "$T/all.nt" "$T/into.nt"; then
  ok "incremental build equals the single build"
else
  not_ok "incremental build equals the single build" "$(diff "$T/all.nt" "$T/into.nt" | head -n 10)"
fi

# A graph without article graphs cannot be merged.
"$NEWSGRAPH" build -q -f ttl -o "$T/ttl-only" "$T/s1"
if "$NEWSGRAPH" merge -q -o "$T/bad" "$T/ttl-only/graph.ttl" 2> "$T/err"; then
  not_ok "merging a Turtle file is refused" "exit 0"
elif grep -q "graph.ttl" "$T/err"; then
  ok "merging a Turtle file is refused with a message naming it"
else
  not_ok "merging a Turtle file is refused with a message naming it" "$(cat "$T/err")"
fi
done_testing
