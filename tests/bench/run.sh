#!/bin/bash
# run.sh - the newsgraph benchmark: whole builds of synthetic corpora of growing size.
#
# Environment:
#   NEWSGRAPH     the program (default: src/newsgraph of the build tree, else on PATH)
#   BENCH_DIR     work folder for the cached corpora and outputs
#                 (default: ${TMPDIR:-/tmp}/newsgraph-bench)
#   BENCH_SIZES   corpus sizes in MB (default: "10 40 160")
#   BENCH_JOBS    thread counts to compare (default: "1 2")
#   BENCH_FORMATS output formats (default: ttl,nq,dot)
#   BENCH_SEED    generator seed (default: 1)
#   BENCH_JSONL   1 to feed one JSON Lines file instead of *.txt files
#   BENCH_LONG    1 to feed each corpus as one article (its files joined into
#                 one): the time must grow with the length of an article as
#                 it does with the number of articles (the peak memory per
#                 triple is higher: the article's document is held whole)
#   BENCH_KEEP    1 to keep the outputs (removed after the comparison otherwise)
#   BENCH_RUNS    builds of each size and thread count; the one with the least
#                 CPU time is reported (default 1: on a shared machine, 3 keeps
#                 other work out of the growth ratios)
#
# Exit status: non-zero only if a build fails or the outputs of different
# thread counts differ; missed targets print "TARGET MISSED" lines.
set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
sizes=${BENCH_SIZES:-10 40 160}
jobs_list=${BENCH_JOBS:-1 2}
formats=${BENCH_FORMATS:-ttl,nq,dot}
seed=${BENCH_SEED:-1}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/newsgraph-bench}
python=${PYTHON3:-python3}

# Targets.
target_mbps=20        # MB/s, whole job, one thread
target_bytes=100      # bytes of peak memory per stored triple
target_growth=4.5     # time ratio allowed for 4x the input

if [ -z "${NEWSGRAPH:-}" ]; then
  if [ -x "$PWD/src/newsgraph" ]; then NEWSGRAPH=$PWD/src/newsgraph
  elif [ -x "$top/src/newsgraph" ]; then NEWSGRAPH=$top/src/newsgraph
  else NEWSGRAPH=$(command -v newsgraph || true)
  fi
fi
if [ -z "$NEWSGRAPH" ] || [ ! -x "$NEWSGRAPH" ]; then
  echo "bench: cannot find the newsgraph program; set NEWSGRAPH" >&2
  exit 2
fi
# A program built outside the source tree: use the source tree's lexicons.
bindir=$(cd "$(dirname "$NEWSGRAPH")" && pwd)
if [ -z "${NG_DATADIR:-}" ] && [ ! -d "$bindir/../ontology/lexicon" ] && [ -d "$top/ontology/lexicon" ]; then
  export NG_DATADIR=$top/ontology
fi
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "bench: GNU time is needed as /usr/bin/time (Debian/Ubuntu: apt-get install time)" >&2
  exit 2
fi
mkdir -p "$work" || exit 2

# The generator's fingerprint: a changed generator makes new corpora.
gen_id=$(cksum < "$here/gen.py" | cut -d' ' -f1)

# Generates the corpus of a size once; reuses it later (same seed, same bytes).
corpus() {
  local mb=$1 dir=$work/corpus-$mb-s$seed-g$gen_id
  [ "${BENCH_JSONL:-0}" = 1 ] && dir=$dir-jsonl
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    local flag=
    [ "${BENCH_JSONL:-0}" = 1 ] && flag=--jsonl
    "$python" "$here/gen.py" --mb "$mb" --seed "$seed" --out "$dir" $flag >&2 || return 1
    touch "$dir/.done"
  fi
  if [ "${BENCH_LONG:-0}" = 1 ]; then
    local long=$dir-long
    if [ ! -f "$long/.done" ]; then
      rm -rf "$long"
      mkdir -p "$long" || return 1
      find "$dir" -name '*.txt' | LC_ALL=C sort | xargs cat > "$long/all.txt" || return 1
      touch "$long/.done"
    fi
    dir=$long
  fi
  echo "$dir"
}

# Value of a field of GNU time -v output.
tv() { sed -n "s/^[[:space:]]*$1:[[:space:]]*//p" "$2" | head -n 1; }

# Wall seconds of an "h:mm:ss" or "m:ss.ss" time.
secs() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

if [ "${BENCH_LONG:-0}" = 1 ] && [ "${BENCH_JSONL:-0}" = 1 ]; then
  echo "bench: BENCH_LONG joins *.txt articles; it does not go with BENCH_JSONL" >&2
  exit 2
fi

status=0
missed=0
busy=0
declare -A T C RSS TRIPLES ART
[ "${BENCH_RUNS:-1}" -gt 1 ] && echo "Each row: the best of ${BENCH_RUNS} builds by CPU time."
printf '%-6s %-4s %8s %8s %10s %10s %8s %12s %8s %5s\n' MB jobs seconds MB/s articles/s triples peakMB bytes/triple cpu-s cpu%
for mb in $sizes; do
  dir=$(corpus "$mb") || { echo "bench: cannot generate the $mb MB corpus" >&2; exit 2; }
  for j in $jobs_list; do
    out=$work/out-$mb-j$j
    rm -rf "$out"
    log=$work/time-$mb-j$j.log
    err=$work/stderr-$mb-j$j.log
    rc=0
    best=
    for ((run = 1; run <= ${BENCH_RUNS:-1}; run++)); do
      rm -rf "$out"
      # The previous build's gigabytes reach the disk first: their writeback
      # would otherwise share the cores with this build and skew its times.
      sync
      /usr/bin/time -v -o "$log.run" "$NEWSGRAPH" build "$dir" -o "$out" -f "$formats" --jobs "$j" 2>"$err.run"
      rc=$?
      [ $rc -ne 0 ] && { mv "$log.run" "$log"; mv "$err.run" "$err"; break; }
      cpu_run=$(awk -v u="$(tv 'User time (seconds)' "$log.run")" -v s="$(tv 'System time (seconds)' "$log.run")" 'BEGIN { printf "%.2f", u + s }')
      if [ -z "$best" ] || awk -v a="$cpu_run" -v b="$best" 'BEGIN { exit !(a < b) }'; then
        best=$cpu_run
        mv "$log.run" "$log"
        mv "$err.run" "$err"
      fi
      rm -f "$log.run" "$err.run"
    done
    if [ $rc -ne 0 ]; then
      echo "bench: newsgraph build failed on $mb MB with --jobs $j (exit $rc):" >&2
      tail -n 5 "$err" >&2
      status=1
      continue
    fi
    summary=$(grep '^newsgraph: .* triples, .* MB in ' "$err" | tail -n 1)
    read -r art ent facts triples inmb insecs < <(sed -E \
      's/^newsgraph: ([0-9]+) articles, ([0-9]+) entities, ([0-9]+) facts, ([0-9]+) triples, ([0-9.]+) MB in ([0-9.]+) s.*/\1 \2 \3 \4 \5 \6/' <<<"$summary")
    wall=$(secs "$(tv 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$log")")
    rss=$(tv 'Maximum resident set size (kbytes)' "$log")
    cpu=$(awk -v u="$(tv 'User time (seconds)' "$log")" -v s="$(tv 'System time (seconds)' "$log")" 'BEGIN { printf "%.2f", u + s }')
    pct=$(tv 'Percent of CPU this job got' "$log" | tr -d '%')
    # One thread that got much less than a whole core: other work shared the machine.
    [ "$j" = 1 ] && [ "${pct:-100}" -lt 90 ] && busy=1
    T[$mb,$j]=$wall; C[$mb,$j]=$cpu; RSS[$mb,$j]=$rss; TRIPLES[$mb]=$triples; ART[$mb]=$art
    awk -v mb="$inmb" -v j="$j" -v s="$wall" -v a="$art" -v t="$triples" -v r="$rss" -v c="$cpu" -v p="$pct" 'BEGIN {
      if (s <= 0) s = 0.01
      printf "%-6.1f %-4d %8.2f %8.2f %10.0f %10d %8.1f %12.1f %8.2f %5s\n", mb, j, s, mb / s, a / s, t, r / 1024, r * 1024 / t, c, p "%" }'
    echo "       ($ent entities, $facts facts; newsgraph's own clock: $insecs s)"
  done
  # The same graph whatever the number of threads.
  first=
  for j in $jobs_list; do
    [ -d "$work/out-$mb-j$j" ] || continue
    if [ -z "$first" ]; then first=$j; continue; fi
    same=yes
    for f in "$work/out-$mb-j$first"/*; do
      cmp -s "$f" "$work/out-$mb-j$j/$(basename "$f")" || same=no
    done
    if [ "$same" = yes ]; then
      echo "$mb MB: --jobs $first and --jobs $j outputs are byte-identical"
    else
      echo "$mb MB: --jobs $first and --jobs $j outputs DIFFER" ; status=1
    fi
  done
  # The outputs of large corpora are big: keep them only if asked.
  [ "${BENCH_KEEP:-0}" = 1 ] || [ $status -ne 0 ] || for j in $jobs_list; do rm -rf "$work/out-$mb-j$j"; done
done

echo
# Targets, speed-up and growth.
prev=
for mb in $sizes; do
  j1=${jobs_list%% *}
  [ -n "${T[$mb,$j1]:-}" ] || continue
  if awk -v mb="$mb" -v s="${T[$mb,$j1]}" -v t="$target_mbps" 'BEGIN { exit !(mb / s < t) }'; then
    awk -v mb="$mb" -v s="${T[$mb,$j1]}" -v t="$target_mbps" 'BEGIN {
      printf "TARGET MISSED: %s MB at %.1f MB/s with 1 job (target >= %d MB/s)\n", mb, mb / s, t }'
    missed=1
  fi
  if awk -v r="${RSS[$mb,$j1]}" -v n="${TRIPLES[$mb]}" -v t="$target_bytes" 'BEGIN { exit !(r * 1024 / n > t) }'; then
    awk -v r="${RSS[$mb,$j1]}" -v n="${TRIPLES[$mb]}" -v t="$target_bytes" -v mb="$mb" 'BEGIN {
      printf "TARGET MISSED: %s MB at %.0f bytes of peak memory per triple (target <= %d)\n", mb, r * 1024 / n, t }'
    missed=1
  fi
  for j in $jobs_list; do
    [ "$j" = "$j1" ] && continue
    [ -n "${T[$mb,$j]:-}" ] || continue
    awk -v a="${T[$mb,$j1]}" -v b="${T[$mb,$j]}" -v mb="$mb" -v j="$j" -v j1="$j1" 'BEGIN {
      if (b <= 0) b = 0.01
      printf "%s MB: --jobs %s is %.2fx as fast as --jobs %s\n", mb, j, a / b, j1 }'
  done
  # Growth is judged on CPU time: the same as the wall-clock time of one thread
  # on an idle machine, and unaffected by other work sharing it.
  if [ -n "$prev" ] && [ -n "${T[$prev,$j1]:-}" ]; then
    awk -v a="${T[$prev,$j1]}" -v b="${T[$mb,$j1]}" -v ca="${C[$prev,$j1]}" -v cb="${C[$mb,$j1]}" \
        -v p="$prev" -v m="$mb" -v lim="$target_growth" 'BEGIN {
      if (a <= 0) a = 0.01; if (ca <= 0) ca = 0.01
      k = m / p; g = cb / ca
      printf "%s -> %s MB (%.0fx input): %.2fx CPU time, %.2fx wall-clock time\n", p, m, k, g, b / a
      if (g > lim * k / 4) printf "TARGET MISSED: growth %.2fx for %.0fx input (target <= %.2fx)\n", g, k, lim * k / 4 }'
    awk -v a="${C[$prev,$j1]}" -v b="${C[$mb,$j1]}" -v p="$prev" -v m="$mb" -v lim="$target_growth" \
      'BEGIN { if (a <= 0) a = 0.01; exit !(b / a > lim * (m / p) / 4) }' && missed=1
  fi
  prev=$mb
done

# One line to quote: the largest size measured, with its growth from the previous one.
last=
for mb in $sizes; do [ -n "${T[$mb,${jobs_list%% *}]:-}" ] && last=$mb; done
if [ -n "$last" ]; then
  j1=${jobs_list%% *}
  line=$(awk -v mb="$last" -v s="${T[$last,$j1]}" -v c="${C[$last,$j1]}" 'BEGIN {
    if (s <= 0) s = 0.01; if (c <= 0) c = 0.01
    printf "bench: %s MB in %.1f s = %.1f MB/s (1 job; %.1f MB/s of CPU time)", mb, s, mb / s, mb / c }')
  for j in $jobs_list; do
    [ "$j" = "$j1" ] && continue
    [ -n "${T[$last,$j]:-}" ] || continue
    line+=$(awk -v mb="$last" -v s="${T[$last,$j]}" -v j="$j" 'BEGIN { if (s <= 0) s = 0.01; printf ", %.1f MB/s (%d jobs)", mb / s, j }')
  done
  line+=$(awk -v r="${RSS[$last,$j1]}" -v n="${TRIPLES[$last]}" 'BEGIN { printf ", %.0f bytes/triple peak", r * 1024 / n }')
  p=
  for mb in $sizes; do [ "$mb" = "$last" ] && break; [ -n "${T[$mb,$j1]:-}" ] && p=$mb; done
  if [ -n "$p" ]; then
    line+=$(awk -v a="${C[$p,$j1]}" -v b="${C[$last,$j1]}" -v p="$p" -v m="$last" 'BEGIN {
      if (a <= 0) a = 0.01; printf ", growth %.1fx (CPU time) for %.0fx input", b / a, m / p }')
  fi
  echo "$line"
fi
[ $missed -eq 1 ] && echo "bench: some targets missed (see TARGET MISSED above)"
[ $busy -eq 1 ] && echo "bench: note: a one-thread run got under 90% of a core; the machine was busy and the wall-clock figures are pessimistic (see cpu-s)"
exit $status
