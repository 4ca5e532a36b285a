#!/usr/bin/env bash
# Measures how fast `clicks` reads a combined access log, and how much memory it needs.
#
#   bench/clicks/run.sh            # 100 MB, then 1 GB
#   bench/clicks/run.sh 100        # the quick run only
#   bench/clicks/run.sh --gzip 100 # also the same log gzip-compressed
#
# The log is made up but deterministic (same bytes every run), written to a RAM-backed tmpfs when
# there is room (so the disk does not set the pace), and deleted afterwards. The clicks command is
# built in Release and run in-process by a small host that reports wall time, MB/s and peak RSS;
# /usr/bin/time -v, when installed, confirms the peak RSS from outside.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
gzip=false
if [[ "${1:-}" == "--gzip" ]]; then
  gzip=true
  shift
fi
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then
  sizes=(100 1024)
fi

largest=0
for mb in "${sizes[@]}"; do
  [[ "$mb" =~ ^[0-9]+$ ]] || { echo "run.sh: sizes are whole megabytes, not '$mb'" >&2; exit 2; }
  (( mb > largest )) && largest=$mb
done

dotnet build "$repo/bench/clicks/ClicksBench" -c Release --nologo -v quiet >/dev/null
host="$repo/bench/clicks/ClicksBench/bin/Release/net10.0/ClicksBench"

# Room for the log, its gzip copy and some slack.
needed_kb=$(( largest * 1024 * 2 + 65536 ))
if [[ -d /dev/shm ]] && (( $(df -Pk /dev/shm | awk 'NR==2 {print $4}') > needed_kb )); then
  work=$(mktemp -d /dev/shm/clicks-bench.XXXXXX)
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/clicks-bench.XXXXXX")
fi
trap 'rm -rf "$work"' EXIT
echo "working in $work on $(nproc) cores: $(uptime | sed 's/.*load/load/')"

# Other work on a shared machine slows the wall clock; CPU seconds (user + system) show the cost
# of the work itself.
measure() {
  local log=$1 bytes=$2
  if [[ -x /usr/bin/time ]]; then
    CLICKS_BENCH_BYTES=$bytes /usr/bin/time -v "$host" run --log "$log" --site "$work/site" >"$work/out.txt" 2>"$work/time.txt"
    grep '^bench:' "$work/out.txt"
    awk -F': ' -v bytes="$bytes" '
      /User time/ {user = $2} /System time/ {sys = $2} /Maximum resident set size/ {rss = $2}
      END {printf "  /usr/bin/time: %.2f s CPU (user %.2f, system %.2f) = %.0f MB per CPU second, whole process; peak RSS %.0f MB\n",
             user + sys, user, sys, bytes / 1048576 / (user + sys), rss / 1024}' "$work/time.txt"
  else
    CLICKS_BENCH_BYTES=$bytes "$host" run --log "$log" --site "$work/site" | grep '^bench:'
  fi
}

for mb in "${sizes[@]}"; do
  echo "== ${mb} MB combined log"
  "$host" generate "$work/access.log" "$mb" "$work/site"
  bytes=$(stat -c %s "$work/access.log")
  measure "$work/access.log" "$bytes"
  if $gzip; then
    gzip -1 -c "$work/access.log" >"$work/access.log.gz"
    rm -f "$work/access.log"
    echo "== the same log gzip-compressed ($(du -m "$work/access.log.gz" | cut -f1) MB; MB/s of the uncompressed log)"
    measure "$work/access.log.gz" "$bytes"
  fi
  rm -f "$work/access.log" "$work/access.log.gz"
done
