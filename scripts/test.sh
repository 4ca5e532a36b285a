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
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     } END { printf "%d passed, %d failed\n", p, f }' "$log"
exit "$status"
