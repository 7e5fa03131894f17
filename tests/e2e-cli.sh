#!/bin/sh
# e2e-cli.sh - the command line: help and version, usage errors (exit 2
# with a hint), inputs that cannot be read (exit 1 when others could, 2
# when none could), other input forms (JSON Lines, standard input), an
# output folder that cannot be made, and `newsgraph dot`.
. "${NG_SRCDIR:-$(dirname "$0")/..}/tests/setup"

plan 38

corpus=$NG_SRCDIR/tests/corpus
one=$corpus/ap-g20-rio.txt

# Runs newsgraph; sets $rc, leaves stdout in $T/out.txt and stderr in $T/err.txt.
run () {
  if "$NEWSGRAPH" "$@" >"$T/out.txt" 2>"$T/err.txt"; then rc=0; else rc=$?; fi
}

# ok if $rc is $1.
expect_rc () {
  if [ "$rc" -eq "$1" ]; then
    ok "$2 (exit $1)"
  else
    not_ok "$2 (exit $1)" "exit $rc; stderr: $(head -n 5 "$T/err.txt")"
  fi
}

# ok if file $1 matches the fixed string $2.
expect_text () {
  if grep -q -F -- "$2" "$1"; then
    ok "$3"
  else
    not_ok "$3" "no '$2' in: $(head -n 5 "$1")"
  fi
}

# --- help and version ------------------------------------------------------
run --help
expect_rc 0 "--help"
expect_text "$T/out.txt" "Usage" "--help prints Usage on standard output"
run --version
expect_rc 0 "--version"
expect_text "$T/out.txt" "newsgraph " "--version names the program"
run build --help
expect_rc 0 "build --help"
expect_text "$T/out.txt" "--output" "build --help describes --output"
run dot --help
expect_rc 0 "dot --help"
expect_text "$T/out.txt" "--focus" "dot --help describes --focus"

# --- usage errors ----------------------------------------------------------
run frobnicate
expect_rc 2 "an unknown command"
expect_text "$T/err.txt" "Try 'newsgraph --help'" "an unknown command gives the help hint on stderr"
run
expect_rc 2 "no command at all"
run build -o "$T/none"
expect_rc 2 "build with no input"
run build --format bogus -o "$T/bogus" "$one"
expect_rc 2 "--format bogus"
expect_text "$T/err.txt" "bogus" "--format bogus names the format"
if [ ! -e "$T/bogus/graph.ttl" ]; then ok "--format bogus writes nothing"; else not_ok "--format bogus writes nothing"; fi
run build --no-such-option "$one" -o "$T/opt"
expect_rc 2 "an unknown option"

# --- inputs that cannot be read ---------------------------------------------
run build -q "$one" "$T/missing.txt" -o "$T/some"
expect_rc 1 "a missing file beside a good one"
expect_text "$T/err.txt" "missing.txt" "the message names the missing file"
check "the good article is still written" test -s "$T/some/graph.ttl"
run build -q "$T/missing.txt" -o "$T/nothing"
expect_rc 2 "only a missing file"
if [ ! -e "$T/nothing/graph.ttl" ]; then ok "nothing is written when no input is read"; else not_ok "nothing is written when no input is read"; fi

: >"$T/empty.txt"
run build -q "$T/empty.txt" "$one" -o "$T/e"
expect_rc 1 "an empty file beside a good one"
expect_text "$T/err.txt" "empty.txt" "the message names the empty file"

printf 'G20\000\000\001\002 binary\000data\n' >"$T/binary.txt"
run build -q "$T/binary.txt" "$one" -o "$T/b"
expect_rc 1 "a binary file beside a good one"
expect_text "$T/err.txt" "binary.txt" "the message names the binary file"

: >"$T/plain-file"
run build "$one" -o "$T/plain-file/sub"
expect_rc 2 "an output folder under a regular file"
expect_text "$T/err.txt" "plain-file/sub" "the message names the output folder"
if grep -q 'articles' "$T/err.txt"; then
  not_ok "the output folder is checked before any work" "$(cat "$T/err.txt")"
else
  ok "the output folder is checked before any work"
fi

# --- other input forms ---------------------------------------------------------
"$PYTHON3" - "$one" "$T/articles.jsonl" <<'EOF'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "g20-rio", "url": "https://example.org/g20-rio",
                        "date": "2024-11-18", "source": "AP",
                        "title": "G20 leaders meet in Rio", "text": text}) + "\n")
EOF
run build -q -f ttl "$T/articles.jsonl" -o "$T/jsonl"
expect_rc 0 "a JSON Lines file"
expect_text "$T/jsonl/graph.ttl" '"2024-11-18"' "the JSON line's date becomes the article's date"
printf '{"id": "broken", "text": \n' >>"$T/articles.jsonl"
run build -q -f ttl "$T/articles.jsonl" -o "$T/jsonl2"
expect_rc 1 "a JSON Lines file with one bad line"

if "$NEWSGRAPH" build -q -f ttl - -o "$T/stdin" <"$one" 2>"$T/err.txt"; then rc=0; else rc=$?; fi
expect_rc 0 "an article on standard input (-)"
check "the article from standard input gives a graph rapper reads" \
  rapper -q -i turtle -c "$T/stdin/graph.ttl"

# --- newsgraph dot -------------------------------------------------------------
run build -q "$corpus" -o "$T/g"
run dot "$T/g" --focus "Nobody Of That Name" -o "$T/none.svg"
expect_rc 2 "dot with an unknown focus name"
expect_text "$T/err.txt" "Nobody Of That Name" "the message names the focus"
run dot "$T/g" --focus "Vladimir Putin" --depth 1 --max-nodes 20 -o "$T/putin.svg"
expect_rc 0 "dot --focus 'Vladimir Putin'"
if head -c 200 "$T/putin.svg" | grep -q '<?xml' && grep -q 'Putin' "$T/putin.svg"; then
  ok "the focus drawing is an SVG that names the focus"
else
  not_ok "the focus drawing is an SVG that names the focus" "$(head -c 200 "$T/putin.svg")"
fi
run dot "$T/g/graph.ttl" --focus "Vladimir Putin" --kinds person,meeting -o "$T/putin.dot"
check "dot -o FILE.dot writes DOT that dot renders" dot -Tsvg "$T/putin.dot" -o /dev/null

done_testing
