#!/usr/bin/env bash
# Runs every test: installs what they need, builds once, then runs the test projects and prints one
# closing line with the totals of all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet build Site.sln -c Release --nologo -v quiet
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Site.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log" || status=$?
# The Native AOT build of the command line must do exactly what the JIT build does (it is the build
# the start-up goal is measured with); one more test in the totals.
if scripts/aot-check.sh; then
  echo "Passed!  - Failed:     0, Passed:     1 (Native AOT matches the JIT build)" >> "$log"
else
  echo "Failed!  - Failed:     1, Passed:     0 (Native AOT differs from the JIT build)" >> "$log"
  status=1
fi
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     } END { printf "%d passed, %d failed\n", p, f }' "$log"
exit "$status"
