#!/usr/bin/env bash
# Build-time benchmark: our generator against Hugo and Eleventy on the same synthetic site.
#
#   bench/run.sh [--sizes 1000,4000,10000] [--runs 5] [--quick] [--no-append] [--aot | --no-r2r]
#
# Publishes the generator once in Release, writes a corpus of each size on tmpfs, then builds it with
# each tool in turn, round after round (so a burst of load from elsewhere hits all three alike), and
# reports medians of wall time, CPU time and peak memory (resident set size, from the kernel through
# /usr/bin/time). Also times a one-page site (start-up) and prints the phases of one 4,000-page build.
# The Markdown table is printed and appended to docs/PERFORMANCE.md.
#
#   --quick      1,000 and 4,000 pages, 3 runs: a smoke check in a few minutes
#   --no-append  print the results only
#   --aot        publish with Native AOT instead of ReadyToRun (needs clang or gcc; see scripts/aot-check.sh)
#   --no-r2r     publish without ReadyToRun, to measure what ahead-of-time code saves
#   --keep       keep the work folder (corpora, outputs, logs) for a look afterwards
#   --bin DIR    use a generator already published in DIR instead of publishing one
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
sizes="1000,4000,10000"
runs=5
append=true
compile=r2r  # how the generator is published: r2r (ReadyToRun), aot (Native AOT) or jit
keep=false
bin=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --quick) sizes="1000,4000"; runs=3; shift ;;
    --no-append) append=false; shift ;;
    --aot) compile=aot; shift ;;
    --no-r2r) compile=jit; shift ;;
    --keep) keep=true; shift ;;
    --bin) bin="$(cd "$2" && pwd)"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "Unknown option $1 (try --help)." >&2; exit 2 ;;
  esac
done
IFS=, read -r -a size_list <<< "$sizes"

say() { printf '\033[1m%s\033[0m\n' "$*" >&2; }

# ---- Tools ------------------------------------------------------------------------------------

apt_install() {
  say "Installing $* with apt"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq "$@" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "$@" >/dev/null; fi
}
[ -x /usr/bin/time ] || apt_install time
command -v hugo >/dev/null || apt_install hugo
command -v node >/dev/null || { echo "Node.js 20 or later is needed for Eleventy and the corpus generator." >&2; exit 1; }
command -v dotnet >/dev/null || { echo "The .NET SDK is needed to publish the generator." >&2; exit 1; }

eleventy_dir="$here/eleventy-site"
if [ ! -f "$eleventy_dir/node_modules/.package-lock.json" ] \
  || [ "$eleventy_dir/package-lock.json" -nt "$eleventy_dir/node_modules/.package-lock.json" ]; then
  say "Installing Eleventy (npm ci in bench/eleventy-site)"
  (cd "$eleventy_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# ---- Work folder on tmpfs, so disk speed does not decide the result ---------------------------

shm=/dev/shm
[ -d "$shm" ] && [ -w "$shm" ] || shm="${TMPDIR:-/tmp}"
work="$(mktemp -d "$shm/site-bench.XXXXXX")"
cleanup() { if $keep; then say "Work folder kept: $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

# ---- Our generator, published once -------------------------------------------------------------

if [ -n "$bin" ]; then
  site="$bin/site"
  say "Using the generator published in $bin"
else
  say "Publishing src/Site.Cli (Release$(case $compile in r2r) echo ', ReadyToRun' ;; aot) echo ', Native AOT' ;; esac))"
  # Restore and compile outside the source tree, so the benchmark never disturbs a developer's build.
  publish=(dotnet publish "$root/src/Site.Cli" -c Release -o "$work/bin" --artifacts-path "$work/artifacts" -nologo -v quiet)
  rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
  case "$compile" in
    r2r) publish+=(-r "$rid" --self-contained false -p:PublishReadyToRun=true) ;;
    aot) publish+=(-r "$rid" -p:PublishAot=true) ;;
  esac
  "${publish[@]}" >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; echo "Publishing failed." >&2; exit 1; }
  site="$work/bin/site"
fi

# ---- One timed build ---------------------------------------------------------------------------

# Appends "tool size run wall cpu rss_kb load" to results.tsv (load: the 1-minute load average as the
# build ended, to tell a quiet round from a busy one). The output folder is removed first, outside
# the timing, so every tool does a full build from scratch.
results="$work/results.tsv"
: > "$results"
timed() {
  local tool="$1" size="$2" run="$3" dir="$4"
  rm -rf "$dir/public"
  local log="$work/logs/$tool-$size-$run.log"
  mkdir -p "$work/logs"
  local status=0
  case "$tool" in
    ours) (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$log.time" "$site" build --content content --output public) >"$log" 2>&1 || status=$? ;;
    hugo) (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$log.time" hugo --quiet -d public) >"$log" 2>&1 || status=$? ;;
    eleventy) (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$log.time" ./node_modules/.bin/eleventy --quiet) >"$log" 2>&1 || status=$? ;;
  esac
  if [ "$status" -ne 0 ]; then
    echo "$tool failed on the $size-page site (exit $status):" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  read -r wall user sys rss < <(tail -n 1 "$log.time")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$size" "$run" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$rss" "$(cut -d' ' -f1 /proc/loadavg)" >> "$results"
}

# A site folder per tool: the generated content plus each tool's own configuration and templates.
prepare() {
  local corpus="$1"
  cp -r "$root/content/data" "$corpus/ours/content/data"
  cp -r "$here/hugo-site/." "$corpus/hugo/"
  cp -r "$here/eleventy-site/eleventy.config.mjs" "$here/eleventy-site/_includes" "$corpus/eleventy/"
  ln -s "$eleventy_dir/node_modules" "$corpus/eleventy/node_modules"
}

tools=(ours hugo eleventy)
# Round n starts with tool n, so no tool always runs first (or always right after another).
round() {
  local size="$1" run="$2" dir="$3"
  for i in 0 1 2; do
    local tool="${tools[$(((run + i) % 3))]}"
    timed "$tool" "$size" "$run" "$dir/$tool"
  done
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s)

# ---- Start-up: an empty site -------------------------------------------------------------------

# The smallest site that builds: the one page every page of the theme links to (report a concern).
say "Start-up: a one-page site, $runs runs"
node "$here/corpus/generate.mjs" --pages 0 --out "$work/empty" >/dev/null
prepare "$work/empty"
for tool in ours hugo eleventy; do
  find "$work/empty/$tool/content" -mindepth 1 -maxdepth 1 ! -name report-a-concern.md -exec rm -rf {} +
done
for run in $(seq 1 "$runs"); do round 0 "$run" "$work/empty"; done

# ---- Each size ---------------------------------------------------------------------------------

for size in "${size_list[@]}"; do
  say "$size pages: generating the corpus"
  node "$here/corpus/generate.mjs" --pages "$size" --out "$work/c$size" >/dev/null
  prepare "$work/c$size"
  for run in $(seq 1 "$runs"); do
    say "$size pages: round $run of $runs"
    round "$size" "$run" "$work/c$size"
  done
  echo "$(find "$work/c$size/ours/public" -name '*.html' | wc -l) $(find "$work/c$size/hugo/public" -name '*.html' | wc -l) $(find "$work/c$size/eleventy/public" -name '*.html' | wc -l)" > "$work/c$size/html-counts"
done

# One build with --timings on the 4,000-page site (or the largest measured) for the phase breakdown.
phase_size=4000
[[ ",$sizes," == *",4000,"* ]] || phase_size="${size_list[${#size_list[@]}-1]}"
rm -rf "$work/c$phase_size/ours/public"
(cd "$work/c$phase_size/ours" && "$site" build --content content --output public --timings) > "$work/phases.txt" 2>&1

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
elapsed=$(($(date +%s) - started))

# ---- Report ------------------------------------------------------------------------------------

report="$work/report.md"
node "$here/report.mjs" "$results" "$work" "$phase_size" > "$work/tables.md"
{
  echo "### $(date -u '+%Y-%m-%d %H:%M') UTC: ${sizes//,/, } pages, $runs runs"
  echo
  echo "- Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB memory"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after. The benchmark took ${elapsed} s."
  echo "- Tools: our generator at $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src 2>/dev/null || echo ' (with uncommitted changes in src/)'), .NET $(dotnet --version)$(if [ -n "$bin" ]; then echo ", published in $bin"; else case $compile in r2r) echo ', ReadyToRun' ;; aot) echo ', Native AOT' ;; *) echo ', JIT only' ;; esac; fi); $(hugo version | cut -d' ' -f1-2); Eleventy $("$eleventy_dir/node_modules/.bin/eleventy" --version) on Node.js $(node --version)"
  echo
  cat "$work/tables.md"
} > "$report"
cat "$report"
if $append; then
  { echo; cat "$report"; } >> "$root/docs/PERFORMANCE.md"
  say "Appended to docs/PERFORMANCE.md"
fi
