#!/bin/bash
# run.sh - builds the gold articles of this folder into one graph and
# scores it against their gold facts (*.gold.tsv) with a scorer that takes
# "GRAPH --gold DIR [--verbose]" and prints precision, recall and F1.
#
# Environment:
#   NEWSGRAPH  the program (default: src/newsgraph of the build tree, else on PATH)
#   SCORER     the scorer script (default: eval/score.py in a "shared" folder
#              beside the source tree, if there is one)
#   PYTHON3    the Python that runs it (default: /usr/bin/python3, which has rdflib)
#   VERBOSE    1 to list every missing and extra fact
# Exit status: 0 scored; 2 the program, the scorer or a build failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
if [ -z "${NEWSGRAPH:-}" ]; then
  if [ -x "$PWD/src/newsgraph" ]; then NEWSGRAPH=$PWD/src/newsgraph
  elif [ -x "$top/src/newsgraph" ]; then NEWSGRAPH=$top/src/newsgraph
  else NEWSGRAPH=$(command -v newsgraph || true)
  fi
fi
if [ -z "$NEWSGRAPH" ] || [ ! -x "$NEWSGRAPH" ]; then
  echo "gold: cannot find the newsgraph program; set NEWSGRAPH" >&2
  exit 2
fi
SCORER=${SCORER:-$top/../shared/eval/score.py}
if [ ! -f "$SCORER" ]; then
  echo "gold: no scorer at $SCORER; set SCORER to a script taking GRAPH --gold DIR" >&2
  exit 2
fi
python=${PYTHON3:-/usr/bin/python3}
out=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-gold.XXXXXX") || exit 2
trap 'rm -rf "$out"' EXIT
if ! "$NEWSGRAPH" build -q "$here"/*.txt -o "$out" -f ttl; then
  echo "gold: the build failed" >&2
  exit 2
fi
flag=
[ "${VERBOSE:-0}" = 1 ] && flag=--verbose
"$python" "$SCORER" "$out/graph.ttl" --gold "$here" $flag || exit 2
