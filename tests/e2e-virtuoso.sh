#!/bin/sh
# e2e-virtuoso.sh - the graph in a real SPARQL store.  The N-Quads of the
# sample articles (graph.nq) bulk-load without error into a private Virtuoso
# server; every example query (tests/queries/*.rq) answers over the SPARQL
# protocol with at least one row and, unless it aggregates, the same rows as
# roqet over graph.ttl; and the named graphs (one per article) answer a
# GRAPH query, which roqet cannot do over N-Quads.
#
# Skipped when Virtuoso (virtuoso-t, isql-vt; Debian package
# virtuoso-opensource) is not installed.  The server runs as the current
# user, listens on 127.0.0.1 only, keeps its database in $T and is stopped
# on exit.  Rows are compared as sets: Virtuoso orders long literals by a
# prefix only (ORDER BY ?name can differ from roqet when two names share
# their first 30 or so characters), and its CSV quotes every string while
# roqet quotes only when needed.
. "${NG_SRCDIR:-$(dirname "$0")/..}/tests/setup"

for tool in virtuoso-t isql-vt; do
  command -v "$tool" >/dev/null 2>&1 ||
    skip_all "$tool not found (Debian package virtuoso-opensource)"
done
command -v roqet >/dev/null 2>&1 || skip_all "roqet not found (rasqal-utils)"
if command -v curl >/dev/null 2>&1; then
  http=curl
elif "$PYTHON3" -c 'import urllib.request' 2>/dev/null; then
  # isql-vt is no substitute: it cuts long values in its display.
  http=python
else
  skip_all "neither curl nor $PYTHON3 to speak HTTP"
fi

queries=$(ls "$NG_SRCDIR"/tests/queries/*.rq)
n=$(printf '%s\n' "$queries" | wc -l)
plan $((5 + 2 * n))

vt_pid=
# Stops the server (if running) and removes $T.
vt_cleanup () {
  if [ -n "$vt_pid" ]; then
    kill "$vt_pid" 2>/dev/null || :
    i=0
    while kill -0 "$vt_pid" 2>/dev/null && [ $i -lt 50 ]; do
      sleep 0.2
      i=$((i + 1))
    done
    kill -9 "$vt_pid" 2>/dev/null || :
    wait "$vt_pid" 2>/dev/null || :
    vt_pid=
  fi
  rm -rf "$T"
}
trap vt_cleanup EXIT

# Prints the server's log as TAP comments.
vt_log () {
  diag "virtuoso log (last 25 lines):"
  tail -n 25 "$T/virtuoso.log" 2>/dev/null | sed 's/^/#   /'
}

# Prints a random TCP port in 20000..59999 that nothing listens on.
free_port () {
  while :; do
    p=$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')
    p=$((20000 + p % 40000))
    if command -v ss >/dev/null 2>&1; then
      ss -Hltn "sport = :$p" 2>/dev/null | grep -q . && continue
    fi
    if command -v bash >/dev/null 2>&1 &&
       bash -c "exec 3<>/dev/tcp/127.0.0.1/$p" 2>/dev/null; then
      continue
    fi
    echo "$p"
    return
  done
}

# Runs SQL statements with isql-vt; fails if any of them failed.
vt_sql () {
  timeout 60 isql-vt "$sql_port" dba dba BANNER=OFF VERBOSE=OFF \
    exec="$1" >"$T/isql.out" 2>&1 || return 1
  if grep -q '\*\*\* Error' "$T/isql.out"; then
    return 1
  fi
  cat "$T/isql.out"
}

# Runs the SPARQL query in file $1 over HTTP; prints CSV.
vt_sparql () {
  if [ "$http" = curl ]; then
    curl -sS --fail --max-time 60 --data-urlencode "query@$1" \
      -H 'Accept: text/csv' "http://127.0.0.1:$http_port/sparql"
  else
    "$PYTHON3" - "$1" "http://127.0.0.1:$http_port/sparql" <<'EOF'
import sys, urllib.parse, urllib.request
with open(sys.argv[1], encoding="utf-8") as f:
    data = urllib.parse.urlencode({"query": f.read()}).encode()
req = urllib.request.Request(sys.argv[2], data, {"Accept": "text/csv"})
with urllib.request.urlopen(req, timeout=60) as r:
    sys.stdout.buffer.write(r.read())
EOF
  fi
}

# Reads CSV with any quoting; prints one record a line, fields separated by
# a tab (tab, newline and backslash inside a field escaped).
csv_rows () {
  awk '
    function esc(s) {
      gsub(/\\/, "\\\\", s); gsub(/\t/, "\\t", s); gsub(/\n/, "\\n", s)
      return s
    }
    {
      sub(/\r$/, "")
      n = length($0)
      for (i = 1; i <= n; i++) {
        c = substr($0, i, 1)
        if (inq) {
          if (c != "\"") field = field c
          else if (substr($0, i + 1, 1) == "\"") { field = field c; i++ }
          else inq = 0
        } else if (c == "\"") inq = 1
        else if (c == ",") { out = out sep esc(field); sep = "\t"; field = "" }
        else field = field c
      }
      if (inq) { field = field "\n"; next }
      print out sep esc(field)
      out = ""; sep = ""; field = ""
    }' "$1"
}

# 1: the graph
if "$NEWSGRAPH" build -q "$NG_SRCDIR/tests/corpus" -o "$T/out" 2>"$T/err" &&
   [ -s "$T/out/graph.nq" ] && [ -s "$T/out/graph.ttl" ]; then
  ok "build of the sample articles writes graph.nq and graph.ttl"
else
  not_ok "build of the sample articles writes graph.nq and graph.ttl" "$(cat "$T/err")"
fi

# 2: the server, on ports nobody else uses (tried again if one was taken)
mkdir -p "$T/db" "$T/vsp"
up=no
for attempt in 1 2 3; do
  sql_port=$(free_port)
  http_port=$(free_port)
  [ "$http_port" != "$sql_port" ] || continue
  cat >"$T/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $T/db/virtuoso.db
ErrorLogFile       = $T/db/virtuoso.log
LockFile           = $T/db/virtuoso.lck
TransactionFile    = $T/db/virtuoso.trx
xa_persistent_file = $T/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $T/db/virtuoso-temp.db
TransactionFile    = $T/db/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:$sql_port
DisableUnixSocket    = 1
MaxClientConnections = 5
CheckpointInterval   = 0
DirsAllowed          = $T/out, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers      = 2000
MaxDirtyBuffers      = 1200
ThreadsPerQuery      = 2
AsyncQueueMaxThreads = 4

[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = $T/vsp
ServerThreads        = 4
MaxClientConnections = 4
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
EOF
  rm -f "$T"/db/*
  virtuoso-t +foreground +configfile "$T/virtuoso.ini" >"$T/virtuoso.log" 2>&1 &
  vt_pid=$!
  i=0
  while [ $i -lt 120 ]; do
    if ! kill -0 "$vt_pid" 2>/dev/null; then
      break
    fi
    # The log line tells that it is this server, not another one, that answers.
    if grep -q "Server online at 127.0.0.1:$sql_port" "$T/virtuoso.log" &&
       timeout 10 isql-vt "$sql_port" dba dba exec="status();" >/dev/null 2>&1; then
      up=yes
      break
    fi
    sleep 0.5
    i=$((i + 1))
  done
  [ "$up" = yes ] && break
  vt_log
  kill "$vt_pid" 2>/dev/null || :
  wait "$vt_pid" 2>/dev/null || :
  vt_pid=
  diag "server not up on ports $sql_port/$http_port (attempt $attempt)"
done
if [ "$up" = yes ]; then
  ok "virtuoso-t answers on 127.0.0.1:$sql_port (SQL) and :$http_port (HTTP)"
else
  not_ok "virtuoso-t starts" "see the log above"
  echo "Bail out! no Virtuoso server"
  exit 1
fi

# 3: bulk load of graph.nq
if vt_sql "ld_dir('$T/out', 'graph.nq', 'https://w3id.org/newsgraph/graph');
           rdf_loader_run(); checkpoint;
           select count(*) from DB.DBA.load_list
             where ll_file like '%/graph.nq' and ll_state = 2 and ll_error is null;
           select ll_file, ll_state, ll_error from DB.DBA.load_list;" >"$T/load.out" &&
   [ "$(head -n 1 "$T/load.out" | tr -d ' \r')" = 1 ]; then
  ok "graph.nq bulk-loads without error"
else
  not_ok "graph.nq bulk-loads without error" "$(cat "$T/isql.out")"
  vt_log
fi

# 4: every quad of graph.nq is in the store
want=$(grep -v '^#' "$T/out/graph.nq" | grep . | sort -u | wc -l)
cat >"$T/quads.rq" <<'EOF'
SELECT (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?s ?p ?o }
  FILTER (STRSTARTS(STR(?g), "https://w3id.org/newsgraph/"))
}
EOF
if vt_sparql "$T/quads.rq" >"$T/quads.csv" 2>"$T/quads.err"; then
  got=$(csv_rows "$T/quads.csv" | sed -n 2p)
  if [ "$got" = "$want" ]; then
    ok "the store holds the $want quads of graph.nq"
  else
    not_ok "the store holds the $want quads of graph.nq" "it holds ${got:-?}"
  fi
else
  not_ok "count of the quads in the store" "$(cat "$T/quads.err")"
  vt_log
fi

# 5: the named graphs: one per article, those that name a person hold
# its schema:Person triple.  roqet gives the articles that mention a person
# (from graph.ttl, no named graphs); Virtuoso the graphs with a Person.
cat >"$T/articles.rq" <<'EOF'
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?g WHERE {
  ?g a schema:NewsArticle ;
     schema:mentions ?p .
  ?p a schema:Person .
}
EOF
cat >"$T/graphs.rq" <<'EOF'
PREFIX schema: <http://schema.org/>
SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?p a schema:Person }
}
EOF
cat >"$T/graph-list.rq" <<'EOF'
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?g WHERE {
  GRAPH ?g { ?p a schema:Person }
}
EOF
if roqet -W 0 -q -i sparql -r csv -D "$T/out/graph.ttl" "$T/articles.rq" \
     >"$T/articles.csv" 2>"$T/articles.err" &&
   vt_sparql "$T/graphs.rq" >"$T/graphs.csv" 2>"$T/graphs.err" &&
   vt_sparql "$T/graph-list.rq" >"$T/graph-list.csv" 2>>"$T/graphs.err"; then
  csv_rows "$T/articles.csv" | sed 1d | sort >"$T/articles.rows"
  csv_rows "$T/graph-list.csv" | sed 1d | sort >"$T/graph-list.rows"
  articles=$(wc -l <"$T/articles.rows")
  graphs=$(csv_rows "$T/graphs.csv" | sed -n 2p)
  if [ "$articles" -ge 1 ] && [ "$graphs" = "$articles" ] &&
     cmp -s "$T/articles.rows" "$T/graph-list.rows"; then
    ok "GRAPH ?g { ?p a schema:Person }: $graphs graphs, the $articles articles that name a person"
  else
    not_ok "GRAPH ?g { ?p a schema:Person }: one graph per article that names a person" \
      "graphs: ${graphs:-?}, articles: $articles
$(diff "$T/articles.rows" "$T/graph-list.rows" | head -n 20)"
  fi
else
  not_ok "named-graph query runs" "$(cat "$T/articles.err" "$T/graphs.err")"
  vt_log
fi

# 6...: the example queries
for q in $queries; do
  name=$(basename "$q" .rq)
  if vt_sparql "$q" >"$T/$name.vt" 2>"$T/$name.err"; then
    csv_rows "$T/$name.vt" >"$T/$name.vrows"
    rows=$(($(wc -l <"$T/$name.vrows") - 1))
    if [ "$rows" -ge 1 ]; then
      ok "$name.rq: Virtuoso returns $rows rows"
    else
      not_ok "$name.rq: Virtuoso returns at least one row" "$(head -n 5 "$T/$name.vt")"
    fi
  else
    not_ok "$name.rq: Virtuoso runs it" "$(cat "$T/$name.err")"
    vt_log
    : >"$T/$name.vrows"
  fi

  if grep -v '^[[:space:]]*#' "$q" |
     grep -Eiq '(COUNT|SUM|AVG|MIN|MAX|SAMPLE|GROUP_CONCAT)[[:space:]]*\(|GROUP[[:space:]]+BY'; then
    ok "$name.rq: same rows as roqet # SKIP aggregates (roqet miscounts them)"
    continue
  fi
  # -W 0: rasqal warns (exit 2) about harmless things such as unused variables.
  if roqet -W 0 -q -i sparql -r csv -D "$T/out/graph.ttl" "$q" \
       >"$T/$name.rq.csv" 2>"$T/$name.rq.err"; then
    csv_rows "$T/$name.rq.csv" | sort >"$T/$name.a"
    sort "$T/$name.vrows" >"$T/$name.b"
    if cmp -s "$T/$name.a" "$T/$name.b"; then
      ok "$name.rq: same rows as roqet"
    else
      not_ok "$name.rq: same rows as roqet" \
        "$(diff "$T/$name.a" "$T/$name.b" | head -n 20)"
    fi
  else
    not_ok "$name.rq: roqet runs it" "$(cat "$T/$name.rq.err")"
  fi
done

done_testing
