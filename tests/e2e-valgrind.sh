#!/bin/sh
# e2e-valgrind.sh - a build of the sample articles under valgrind: no
# invalid reads or writes, no use of uninitialized memory, no definite
# leaks.  Skipped without valgrind, with NG_SKIP_VALGRIND set, or when
# the binary is built with sanitizers (they do not mix with valgrind).
. "${NG_SRCDIR:-$(dirname "$0")/..}/tests/setup"

if [ -n "${NG_SKIP_VALGRIND:-}" ]; then
  skip_all "NG_SKIP_VALGRIND is set"
fi
vg=${VALGRIND:-valgrind}
if [ "$vg" = no ] || ! command -v "$vg" >/dev/null 2>&1; then
  skip_all "valgrind is not installed"
fi
if ldd "$NEWSGRAPH" 2>/dev/null | grep -q -e asan -e ubsan; then
  skip_all "built with sanitizers"
fi

plan 2

# GRegex compiles patterns with PCRE2's JIT; valgrind cannot see that the
# generated code reads only initialized memory, and the code has no object
# file ("???").  Only errors in code without an object are suppressed.
cat >"$T/jit.supp" <<'EOF'
{
   pcre2-jit-code-cond
   Memcheck:Cond
   obj:???
}
{
   pcre2-jit-code-value
   Memcheck:Value8
   obj:???
}
EOF

if "$vg" -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
     --suppressions="$T/jit.supp" --log-file="$T/valgrind.log" \
     "$NEWSGRAPH" build -q --jobs 1 -f ttl,nq,dot "$NG_SRCDIR/tests/corpus" -o "$T/out" \
     2>"$T/err"; then
  rc=0
else
  rc=$?
fi
if [ "$rc" -ne 99 ]; then
  ok "valgrind finds no memory errors and no definite leaks"
else
  not_ok "valgrind finds no memory errors and no definite leaks" "$(head -n 60 "$T/valgrind.log")"
fi
if [ "$rc" -eq 0 ] && [ -s "$T/out/graph.ttl" ]; then
  ok "the build under valgrind succeeds (exit 0)"
else
  not_ok "the build under valgrind succeeds (exit 0)" "exit $rc: $(head -n 5 "$T/err")"
fi

done_testing
