#!/bin/sh
# e2e-badinput.sh - newsgraph build on bad input, bad output folders, full
# disks and interruptions.  For every case: the documented exit status
# (0 all read, 1 some input skipped, 2 nothing done), a message naming the
# file, never a crash (a signal or a sanitizer report), valid output for the
# inputs that could be read, and previous output left intact on failure.
# Also: byte-identical output whatever the order, folders or threads, and
# every input saved under tests/regress/ from fuzzing.

. "$(dirname "$0")/setup"

NG_DATADIR=${NG_DATADIR:-$NG_SRCDIR/ontology}
export NG_DATADIR
command -v rapper >/dev/null 2>&1 || skip_all "rapper (raptor2-utils) is not installed"
command -v dot >/dev/null 2>&1 || skip_all "dot (graphviz) is not installed"
"$PYTHON3" -c 'import rdflib' 2>/dev/null || skip_all "$PYTHON3 has no rdflib"

plan 63

GOOD=$NG_SRCDIR/tests/corpus/ap-g20-rio.txt

# Runs newsgraph with ARGS; sets $rc and leaves standard error in $T/err.
ng () {
  rc=0
  "$NEWSGRAPH" "$@" >"$T/out" 2>"$T/err" || rc=$?
}

# Runs newsgraph under timeout SECS with ARGS; like ng.
ng_timed () {
  ng_secs=$1
  shift
  rc=0
  timeout -k 10 "$ng_secs" "$NEWSGRAPH" "$@" >"$T/out" 2>"$T/err" || rc=$?
}

# TRUE if the last run crashed: killed by a signal, or a sanitizer spoke.
crashed () {
  [ "$rc" -ge 124 ] && return 0
  grep -q -E 'Sanitizer|runtime error:|Segmentation|Aborted|CRITICAL' "$T/err"
}

# Checks the last run: exit status WANT, no crash, and standard error
# contains every further argument (fixed strings).
expect () {
  e_desc=$1
  e_want=$2
  shift 2
  if crashed; then
    not_ok "$e_desc" "crashed (exit $rc): $(head -c 2000 "$T/err")"
    return
  fi
  if [ "$rc" -ne "$e_want" ]; then
    not_ok "$e_desc" "exit $rc, expected $e_want: $(head -c 2000 "$T/err")"
    return
  fi
  for e_pat in "$@"; do
    if ! grep -q -F -- "$e_pat" "$T/err"; then
      not_ok "$e_desc" "no message with '$e_pat' in: $(head -c 2000 "$T/err")"
      return
    fi
  done
  ok "$e_desc"
}

# Parses DIR's Turtle and N-Quads with rapper and rdflib and renders its DOT.
valid_outputs () {
  v_dir=$1
  [ -s "$v_dir/graph.ttl" ] && [ -s "$v_dir/graph.nq" ] && [ -s "$v_dir/graph.dot" ] || return 1
  rapper -q -i turtle -c "$v_dir/graph.ttl" 2>"$T/rapper.err" || return 1
  rapper -q -i nquads -c "$v_dir/graph.nq" 2>>"$T/rapper.err" || return 1
  [ ! -s "$T/rapper.err" ] || return 1
  "$PYTHON3" -c '
import sys, rdflib
g = rdflib.Graph().parse(sys.argv[1], format="turtle")
d = rdflib.ConjunctiveGraph()
d.parse(sys.argv[2], format="nquads")
assert len(g) > 0 and len(d) > 0
' "$v_dir/graph.ttl" "$v_dir/graph.nq" || return 1
  dot -Tsvg -o /dev/null "$v_dir/graph.dot" || return 1
}

# TRUE if FILE has no temporary files (.NAME.XXXXXX) or probes beside it.
no_temp_files () {
  [ -z "$(find "$1" -maxdepth 1 -name '.*' ! -name . ! -name .. 2>/dev/null)" ]
}

# Number of triples rapper reads from a Turtle file.
n_triples () {
  rapper -q -i turtle -o ntriples "$1" 2>/dev/null | wc -l
}

am_root=no
[ "$(id -u)" -eq 0 ] && am_root=yes

# ---------------------------------------------------------------- unreadable inputs
ng build "$T/missing.txt" "$GOOD" -o "$T/o-missing" -q
expect "missing file: exit 1 and a message naming it" 1 "missing.txt"
check "missing file: the other input is still read" valid_outputs "$T/o-missing"

: >"$T/empty.txt"
ng build "$T/empty.txt" "$GOOD" -o "$T/o-empty" -q
expect "empty file: exit 1 and a message naming it" 1 "empty.txt"
check "empty file: the other input is still read" valid_outputs "$T/o-empty"
ng build "$T/empty.txt" -o "$T/o-empty-only" -q
expect "empty file alone: exit 2, nothing to do" 2 "empty.txt"

printf 'President Jane Doe\000met\001\002 Chancellor John Roe\000\n' >"$T/binary.txt"
head -c 4096 /dev/urandom >>"$T/binary.txt"
ng build "$T/binary.txt" "$GOOD" -o "$T/o-binary" -q
expect "binary file (NUL bytes): exit 1 and a message naming it" 1 "binary.txt"
check "binary file: the other input is still read" valid_outputs "$T/o-binary"

cp "$GOOD" "$T/unreadable.txt"
chmod 000 "$T/unreadable.txt"
if [ "$am_root" = yes ]; then
  ok "unreadable file: exit 1 and a message naming it # SKIP root can read it"
else
  ng build "$T/unreadable.txt" "$GOOD" -o "$T/o-unreadable" -q
  expect "unreadable file: exit 1 and a message naming it" 1 "unreadable.txt"
fi
chmod 644 "$T/unreadable.txt"

# A folder with every kind of bad file and one good one: the run goes on.
mkdir -p "$T/mixed/sub"
cp "$T/empty.txt" "$T/binary.txt" "$T/mixed/"
cp "$GOOD" "$T/mixed/sub/good.txt"
ng build "$T/mixed" -o "$T/o-mixed" -q
expect "folder with bad files: exit 1, each named" 1 "empty.txt" "binary.txt"
check "folder with bad files: the good one is read" valid_outputs "$T/o-mixed"

# ---------------------------------------------------------------- encodings
printf 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday \377\376\300 to discuss \355\240\200 trade.\nThe talks in Berlin \303 ended late.\n' >"$T/badutf8.txt"
ng build "$T/badutf8.txt" -o "$T/o-badutf8" -q
expect "invalid UTF-8: read (exit 0) with a warning naming the file" 0 "badutf8.txt" "UTF-8"
check "invalid UTF-8: rapper, rdflib and dot accept the output" valid_outputs "$T/o-badutf8"
check "invalid UTF-8: the people are still found" grep -q "Olaf Scholz" "$T/o-badutf8/graph.ttl"

printf 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday.\nThe two leaders discussed trade.\n' >"$T/utf8.txt"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$T/utf8.txt"; } >"$T/utf16.txt"
ng build "$T/utf16.txt" -o "$T/o-utf16" -q
expect "UTF-16LE with a BOM: read (exit 0)" 0
check "UTF-16LE with a BOM: converted, its people appear" grep -q "Olaf Scholz" "$T/o-utf16/graph.ttl"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$T/utf8.txt"; } >"$T/utf16be.txt"
ng build "$T/utf16be.txt" -o "$T/o-utf16be" -q
expect "UTF-16BE with a BOM: read (exit 0)" 0
check "UTF-16BE with a BOM: converted, its people appear" grep -q "Olaf Scholz" "$T/o-utf16be/graph.ttl"
printf '\377\376A\000\000\330' >"$T/utf16-broken.txt"
ng build "$T/utf16-broken.txt" "$GOOD" -o "$T/o-utf16-broken" -q
expect "broken UTF-16 (lone surrogate, odd length): exit 1 naming it" 1 "utf16-broken.txt"

mkdir -p "$T/lf" "$T/crlf" "$T/cr"
cp "$GOOD" "$T/lf/article.txt"
sed 's/$/\r/' "$GOOD" >"$T/crlf/article.txt"
tr '\n' '\r' <"$GOOD" >"$T/cr/article.txt"
ng build "$T/lf" -o "$T/o-lf" -q
ng build "$T/crlf" -o "$T/o-crlf" -q
expect "CRLF line ends: read (exit 0)" 0
check "CRLF line ends: the same graph as LF" cmp "$T/o-lf/graph.nq" "$T/o-crlf/graph.nq"
ng build "$T/cr" -o "$T/o-cr" -q
expect "CR line ends: read (exit 0)" 0
check "CR line ends: the same graph as LF" cmp "$T/o-lf/graph.nq" "$T/o-cr/graph.nq"

# ---------------------------------------------------------------- sizes
# 20 MB on one line: a real article, then sentences of common words.
"$PYTHON3" - "$GOOD" "$T/huge.txt" <<'EOF'
import random, sys
r = random.Random(7)
head = open(sys.argv[1], encoding="utf-8").read().replace("\n", " ")
words = ("the of and talks economy trade said would officials security council a in on with "
         "for growth energy prices market Berlin Minister President Summit agreement, "
         "\"quoted\" (aside) 2023 percent").split()
out, size = [head], len(head)
while size < 20 * 1024 * 1024:
    s = " ".join(r.choice(words) for _ in range(r.randint(8, 25))).capitalize() + ". "
    out.append(s)
    size += len(s)
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
EOF
ng_timed 120 build "$T/huge.txt" -o "$T/o-huge" -q
expect "20 MB article on one line: done within 120 s (exit 0)" 0
check "20 MB article on one line: rapper, rdflib and dot accept the output" valid_outputs "$T/o-huge"

"$PYTHON3" -c 'import sys; sys.stdout.write("Ab" * (3 * 512 * 1024))' >"$T/word.txt"
ng_timed 60 build "$T/word.txt" "$GOOD" -o "$T/o-word" -q
expect "a single 3 MB word: no crash, within 60 s, named (exit 1: not an article)" 1 "word.txt"
{ cat "$GOOD"; echo; cat "$T/word.txt"; printf '.\n'; } >"$T/word-in-article.txt"
ng_timed 60 build "$T/word-in-article.txt" -o "$T/o-word2" -q
expect "a 3 MB word inside an article: read within 60 s (exit 0)" 0
check "a 3 MB word inside an article: valid output" valid_outputs "$T/o-word2"

# 100,000 tiny files (1,000 different texts) in one folder.
"$PYTHON3" - "$T/tiny" <<'EOF'
import os, sys
d = sys.argv[1]
os.makedirs(d)
for i in range(100000):
    with open(os.path.join(d, "a%06d.txt" % i), "w") as f:
        f.write("Minister Ann Lee%d met President Bo Kim in Paris on Monday.\n" % (i % 1000))
EOF
ng_timed 120 build "$T/tiny" -o "$T/o-tiny" -f ttl,nq -q
expect "100,000 tiny files: done within 120 s (exit 0)" 0
if [ -s "$T/o-tiny/graph.ttl" ] && [ "$(n_triples "$T/o-tiny/graph.ttl")" -gt 1000 ]; then
  ok "100,000 tiny files: triples written"
else
  not_ok "100,000 tiny files: triples written" "$(ls -l "$T/o-tiny" 2>&1)"
fi
rm -rf "$T/tiny"

# ---------------------------------------------------------------- JSON Lines
{
  printf '{"id":"one","title":"Leaders meet","text":"President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday."}\n'
  printf '{"id":"two","text":"unterminated\n'
  printf '\n'
  printf '[1,2,3]\n'
  printf '{"id":"three","text":42}\n'
  printf '{"id":"four","date":"2024-03-05","text":"Prime Minister Giorgia Meloni met President Joe Biden in Rome."}\n'
} >"$T/lines.jsonl"
ng build "$T/lines.jsonl" -o "$T/o-jsonl" -q
expect "JSON Lines with bad lines: exit 1, messages give file:line" 1 \
  "lines.jsonl:2" "lines.jsonl:4" "lines.jsonl:5"
if grep -q "Olaf Scholz" "$T/o-jsonl/graph.ttl" && grep -q "Giorgia Meloni" "$T/o-jsonl/graph.ttl"; then
  ok "JSON Lines with bad lines: the good lines before and after are read"
else
  not_ok "JSON Lines with bad lines: the good lines before and after are read" "$(head -c 600 "$T/o-jsonl/graph.ttl")"
fi
check "JSON Lines with bad lines: valid output" valid_outputs "$T/o-jsonl"

# ---------------------------------------------------------------- names that need escaping
# Quotes, backslashes, braces, angle brackets, ampersands, a line break
# (JSON), emoji, zero-width and right-to-left marks, in names after titles.
"$PYTHON3" - "$T/names.txt" <<'EOF'
import sys
lines = [
    'President Jo"hn <Smith> met Chancellor Ol\\af {Sch&olz} in Berlin on Monday, 3 June 2024.',
    "Prime Minister Ana\\\\ Maria \"Li\" Ng met Foreign Minister Zo\u00eb \U0001F600 O'Brien in Paris.",
    "President Ab\u202edu\u202cl Ra\u200bhim met King Sal\u200fman Al\u200d-Saud in Riyadh on Tuesday.",
    "Secretary-General Ma|ria ] [ L\u00f3`pez met President Ke}n% Ta#ro in <Tokyo> & \"Osaka\".",
    "Minister \u05d3\u05d5\u05d3 \u05dc\u05d5\u05d9 met President \ufeffHa\u2028ns \u00a0Berg in Oslo.",
]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines) + "\n")
EOF
printf '{"id":"nl<&>\\"\\\\","title":"Line\\nbreak \\"title\\" <b>","text":"President Sam\\nuel O\\"Neil met Chancellor Ann\\u200b Lee in Vienna on Monday."}\n' >"$T/names.jsonl"
ng build "$T/names.txt" "$T/names.jsonl" -o "$T/o-names" -q
expect "names full of special characters: read (exit 0)" 0
check "special characters: rapper reads the Turtle" rapper -q -i turtle -c "$T/o-names/graph.ttl"
check "special characters: rapper reads the N-Quads" rapper -q -i nquads -c "$T/o-names/graph.nq"
check "special characters: rdflib reads the Turtle" "$PYTHON3" -c \
  'import sys, rdflib; rdflib.Graph().parse(sys.argv[1], format="turtle")' "$T/o-names/graph.ttl"
check "special characters: rdflib reads the N-Quads" "$PYTHON3" -c \
  'import sys, rdflib; d = rdflib.ConjunctiveGraph(); d.parse(sys.argv[1], format="nquads"); assert len(d) > 0' "$T/o-names/graph.nq"
check "special characters: dot renders the DOT" dot -Tsvg -o "$T/names.svg" "$T/o-names/graph.dot"
check "special characters: the SVG written is XML" "$PYTHON3" -c \
  'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$T/o-names/graph.svg"
# The literals rdflib reads back are the names as written (one sample).
check "special characters: a quote and angle brackets survive the round trip" "$PYTHON3" -c '
import sys, rdflib
g = rdflib.Graph().parse(sys.argv[1], format="turtle")
vals = [str(o) for o in g.objects() if isinstance(o, rdflib.Literal)]
sys.exit(0 if any("\"" in v for v in vals) and any("<" in v for v in vals) else 1)
' "$T/o-names/graph.ttl"

# ---------------------------------------------------------------- output folders
: >"$T/regular"
start=$(date +%s)
ng build "$T/huge.txt" -o "$T/regular/sub"
end=$(date +%s)
expect "output folder under a regular file: exit 2 with a message" 2 "regular/sub"
if [ $((end - start)) -le 3 ] && ! grep -q "articles," "$T/err"; then
  ok "output folder under a regular file: refused before any work"
else
  not_ok "output folder under a regular file: refused before any work" "took $((end - start)) s"
fi
ng build "$GOOD" -o "$T/regular"
expect "output 'folder' that is a regular file: exit 2 with a message" 2 "regular"

mkdir -p "$T/ro"
if [ "$am_root" = yes ]; then
  if mount -t tmpfs -o ro,size=64k tmpfs "$T/ro" 2>/dev/null; then
    ng build "$GOOD" -o "$T/ro" -q
    expect "read-only folder (read-only mount): exit 2 with a message" 2 "ro"
    umount "$T/ro"
  else
    ok "read-only folder: exit 2 with a message # SKIP root writes anywhere and mount failed"
  fi
else
  chmod 555 "$T/ro"
  ng build "$GOOD" -o "$T/ro" -q
  expect "read-only folder: exit 2 with a message" 2 "ro"
  chmod 755 "$T/ro"
fi
check "read-only folder: nothing left in it" no_temp_files "$T/ro"

# A full disk: /dev/full is exercised by the writer's unit test.
check "the writer's unit test writes to /dev/full" grep -q "/dev/full" "$NG_SRCDIR/tests/unit/test-writer.c"

mkdir -p "$T/small"
if [ "$am_root" = yes ] && mount -t tmpfs -o size=512k tmpfs "$T/small" 2>/dev/null; then
  trap 'umount "$T/small" 2>/dev/null; rm -rf "$T"' EXIT
  ng build "$T/utf8.txt" -o "$T/small/g" -q
  expect "tiny file system: a small graph fits (exit 0)" 0
  (cd "$T/small/g" && cksum graph.*) >"$T/small.sums"
  dd if=/dev/zero of="$T/small/fill" bs=4k 2>/dev/null || true
  ng build "$NG_SRCDIR/tests/corpus" -o "$T/small/g" -q
  expect "full disk: exit 2 with a message" 2 "No space left"
  check "full disk: the previous graph is byte-identical" sh -c "cd '$T/small/g' && cksum graph.* | cmp -s - '$T/small.sums'"
  check "full disk: no temporary file left" no_temp_files "$T/small/g"
  rm -f "$T/small/fill"
  rm -rf "$T/small/g"
  dd if=/dev/zero of="$T/small/fill" bs=1k count=500 2>/dev/null || true
  ng build "$NG_SRCDIR/tests/corpus" -o "$T/small/g" -q
  expect "nearly full disk, fresh folder: exit 2 with a message" 2 "No space left"
  if [ -z "$(find "$T/small/g" -type f 2>/dev/null)" ]; then
    ok "nearly full disk: no partial graph file and no temporary file"
  else
    not_ok "nearly full disk: no partial graph file and no temporary file" "$(ls -la "$T/small/g")"
  fi
  umount "$T/small"
  trap 'rm -rf "$T"' EXIT
else
  for d in "a small graph fits" "exit 2 with a message" "the previous graph is byte-identical" \
    "no temporary file left" "fresh folder: exit 2" "no partial graph file"; do
    ok "full disk: $d # SKIP cannot mount a small tmpfs (needs root)"
  done
fi

# ---------------------------------------------------------------- interruption
# 3,900 distinct articles (the key is the text, so copies would merge).
"$PYTHON3" - "$NG_SRCDIR/tests/corpus" "$T/many" <<'EOF'
import glob, os, sys
os.makedirs(sys.argv[2])
for i in range(300):
    for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.txt"))):
        text = open(f, encoding="utf-8").read()
        with open(os.path.join(sys.argv[2], "%d-%s" % (i, os.path.basename(f))), "w", encoding="utf-8") as o:
            o.write(text + "\nCopy %d.\n" % i)
EOF
ng build "$NG_SRCDIR/tests/corpus" -o "$T/o-int" -q
(cd "$T/o-int" && cksum graph.*) >"$T/int.sums"
rc=0
"$NEWSGRAPH" build "$T/many" -o "$T/o-int" -q --jobs 2 >"$T/out" 2>"$T/err" &
pid=$!
sleep 1
kill -INT $pid 2>/dev/null || true
wait $pid || rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 139 ] && [ "$rc" -ne 134 ] && grep -q "interrupted" "$T/err"; then
  ok "SIGINT: stops with a message and a non-zero exit ($rc)"
else
  not_ok "SIGINT: stops with a message and a non-zero exit" "exit $rc: $(cat "$T/err")"
fi
check "SIGINT: the previous graph is intact" sh -c "cd '$T/o-int' && cksum graph.* | cmp -s - '$T/int.sums'"
check "SIGINT: no temporary file left" no_temp_files "$T/o-int"

# ---------------------------------------------------------------- determinism
mkdir -p "$T/one" "$T/two/a" "$T/two/b"
n=0
for f in "$NG_SRCDIR"/tests/corpus/*.txt "$NG_SRCDIR"/tests/cases/*.txt; do
  cp "$f" "$T/one/"
  if [ $((n % 2)) -eq 0 ]; then cp "$f" "$T/two/a/"; else cp "$f" "$T/two/b/"; fi
  n=$((n + 1))
done
ng build "$T/one" -o "$T/d-one" -q --jobs 1
expect "determinism: one folder, one thread (exit 0)" 0
ng build "$T/two/b" "$T/two/a" -o "$T/d-two" -q --jobs 1
# shellcheck disable=SC2046
ng build $(ls -r "$T"/one/*.txt) -o "$T/d-rev" -q --jobs 1
ng build "$T/one" -o "$T/d-j2" -q --jobs 2
ng build "$T/one" -o "$T/d-j3" -q --jobs 3
for v in two rev j2 j3; do
  same=yes
  for f in graph.ttl graph.nq graph.dot graph.svg; do
    cmp -s "$T/d-one/$f" "$T/d-$v/$f" || same="no ($f differs)"
  done
  case $v in
    two) what="two folders given in the other order" ;;
    rev) what="files given in reverse order" ;;
    j2) what="--jobs 2" ;;
    j3) what="--jobs 3" ;;
  esac
  if [ "$same" = yes ]; then ok "determinism: $what gives byte-identical files"
  else not_ok "determinism: $what gives byte-identical files" "$same"; fi
done

# ---------------------------------------------------------------- fuzz regressions
# Every saved input must be read without a crash and give valid output.
n_reg=0
bad_reg=""
for f in "$NG_SRCDIR"/tests/regress/*.txt "$NG_SRCDIR"/tests/regress/*.jsonl; do
  [ -f "$f" ] || continue
  n_reg=$((n_reg + 1))
  ng_timed 60 build "$f" -o "$T/o-reg" -q
  if crashed || [ "$rc" -gt 2 ]; then
    bad_reg="$bad_reg ${f##*/}(exit $rc: $(head -c 300 "$T/err"))"
  elif [ "$rc" -le 1 ] && ! valid_outputs "$T/o-reg"; then
    bad_reg="$bad_reg ${f##*/}(invalid output)"
  fi
  rm -rf "$T/o-reg"
done
if [ -z "$bad_reg" ] && [ "$n_reg" -gt 0 ]; then
  ok "fuzz regressions: $n_reg inputs read without a crash, valid output"
else
  not_ok "fuzz regressions: inputs read without a crash, valid output" "$n_reg inputs;$bad_reg"
fi

# Standard input, and a binary standard input.
ng build - -o "$T/o-stdin" -q <"$GOOD"
expect "standard input: read (exit 0)" 0
ng build - -o "$T/o-stdin-bin" -q <"$T/binary.txt"
expect "binary standard input: exit 2 with a message" 2 "binary"

done_testing
