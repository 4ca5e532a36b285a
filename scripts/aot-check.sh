#!/usr/bin/env bash
# Checks that the Native AOT build of the command line behaves as the JIT build does: publishes it,
# runs both on the same inputs, each in a folder of its own, and compares everything they write.
#
#   scripts/aot-check.sh [--keep]
#
#   - build of the default site (content/), with and without --drafts: every output file byte for
#     byte, the messages, the exit code and the check report (less its time stamp);
#   - build of a copy of content/ with errors in front matter, settings and data files: messages,
#     exit code and report;
#   - check on the built site, clicks on a short log of its newsletter links, and the usage and
#     --help of every command;
#   - the AOT preview serves the built site (a page, and 404 for an unknown address).
#
# The JIT build is the usual `dotnet build -c Release` in bin/. The AOT build is compiled in
# artifacts/aot-check, kept between runs so an unchanged tree publishes in seconds; after a change
# to the code, native compilation takes about two minutes on two cores.
#
#   --keep   keep the work folder (both runs' files) for a look afterwards
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=true; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "Unknown option $1 (try --help)." >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m%s\033[0m\n' "$*" >&2; }
fail() { echo "aot-check: $*" >&2; exit 1; }

shm=/dev/shm
[ -d "$shm" ] && [ -w "$shm" ] || shm="${TMPDIR:-/tmp}"
work="$(mktemp -d "$shm/aot-check.XXXXXX")"
preview_pid=""
cleanup() {
  [ -z "$preview_pid" ] || kill "$preview_pid" 2>/dev/null || true
  if $keep; then say "Work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
started=$(date +%s)

# ---- The two programs ---------------------------------------------------------------------------

say "JIT: dotnet build -c Release"
dotnet build "$root/src/Site.Cli" -c Release -nologo -v quiet >"$work/jit-build.log" 2>&1 \
  || { cat "$work/jit-build.log" >&2; fail "the JIT build failed."; }
jit="$root/src/Site.Cli/bin/Release/net10.0/site"

rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
say "Native AOT: dotnet publish -r $rid -p:PublishAot=true"
dotnet publish "$root/src/Site.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/aot-bin" \
  --artifacts-path "$root/artifacts/aot-check" -nologo -v quiet >"$work/aot-publish.log" 2>&1 \
  || { cat "$work/aot-publish.log" >&2; fail "the AOT publish failed (trim and AOT warnings are errors)."; }
aot="$work/aot-bin/site"

# ---- Inputs -------------------------------------------------------------------------------------

# A copy of the default site with an error of each kind the readers report: YAML that does not
# parse, an unknown field, values of the wrong type, and a data file and settings gone wrong.
bad="$work/bad-content"
cp -r "$root/content" "$bad"
printf -- '---\ntitle: "Unclosed quote\nsummary: x\n---\n\nText.\n' >"$bad/topics/bad-yaml.md"
printf -- '---\ntitle: [unclosed\n---\n\nText.\n' >"$bad/topics/unclosed.md"
printf -- '---\ntitle: Unknown field\nsummary: A page with a field the site does not know.\ncolour: red\nupdated: not-a-date\nweight: heavy\n---\n\nSee [nowhere](/nowhere/) and [a fragment](/about/#no-such-id).\n' \
  >"$bad/topics/unknown-field.md"
printf '\n  - broken: [\n' >>"$bad/data/glossary.yml"
printf '  - { label: 2020/21, value: many, colour: red }\n' >>"$bad/data/charts/referral-rate-2019-20.yml"
sed -i 's/^  reading-age: 11$/  reading-age: eleven/' "$bad/site.yml"
printf 'colour: red\n' >>"$bad/site.yml"

# ---- The same commands with each program ----------------------------------------------------------

# run NAME ARGS...: runs the program in its own folder ($dir), keeping stdout, stderr and the exit code.
run() {
  local name="$1"; shift
  local status=0
  (cd "$dir" && "$bin" "$@") >"$dir/$name.out" 2>"$dir/$name.err" || status=$?
  echo "$status" >"$dir/$name.status"
}

for build in jit aot; do
  say "Running the $build build"
  dir="$work/$build"
  bin="${!build}"
  mkdir -p "$dir"
  # Each output in a folder of its own, for the check report written beside it (.site/).
  run build build --content "$root/content" --output site/out
  run drafts build --content "$root/content" --output drafts/out --drafts
  run errors build --content "$bad" --output errors/out
  run check check --content "$root/content" --output site/out --report check-report.json
  run usage
  run unknown publish
  run wrong-option build --colour red
  for command in build check clicks preview; do run "$command-help" "$command" --help; done

  # A few clicks on each newsletter's tracked links (ids from its links.json), one log gzipped.
  if [ "$build" = jit ]; then
    for links in "$dir"/site/out/newsletters/*/links.json; do
      newsletter="$(basename "$(dirname "$links")")"
      n=0
      for id in $(grep -o '"id": "[^"]*"' "$links" | cut -d'"' -f4); do
        n=$((n + 1))
        printf '203.0.113.%d - - [05/Mar/2024:09:%02d:00 +0000] "GET /go/%s/%s/ HTTP/1.1" 200 1534 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/124.0"\n' \
          "$n" "$((n % 60))" "$newsletter" "$id" >>"$work/access.log"
      done
    done
    head -n 5 "$work/access.log" | gzip >"$work/access.log.1.gz"
  fi
  run clicks clicks --log "$work/access.log" --log "$work/access.log.1.gz" --site site/out --csv clicks.csv --report clicks-report

  # Times vary from run to run; everything else must not.
  sed -i -E 's/ in [0-9]+\.[0-9]+ s/ in N s/' "$dir"/*.out "$dir"/*.err
  find "$dir" -name check-report.json -exec sed -i -E 's/"generated": "[^"]*"/"generated": "-"/' {} +
done

# ---- Compare ------------------------------------------------------------------------------------

say "Comparing"
expect() { [ "$(cat "$work/jit/$1.status")" = "$2" ] || fail "the JIT build's '$1' exited with $(cat "$work/jit/$1.status"), not $2: the check itself needs fixing."; }
expect build 0
expect drafts 0
expect errors 1
expect check 0
expect clicks 0
expect usage 2
grep -q "is not a field of a topic" "$work/jit/errors.err" || fail "the error case did not report the unknown field."
[ -s "$work/jit/clicks.csv" ] || fail "clicks wrote no CSV."

if ! diff -r "$work/jit" "$work/aot" >"$work/differences.txt"; then
  head -n 60 "$work/differences.txt" >&2
  keep=true
  fail "the AOT build differs from the JIT build (all differences: $work/differences.txt)."
fi

# ---- The AOT preview server ---------------------------------------------------------------------

say "AOT preview"
port=$((20000 + RANDOM % 20000))
# Started as a job of its own (set -m), so that it receives Ctrl+C (SIGINT), which a background
# command of a script would ignore; preview stops on Ctrl+C.
set -m
"$aot" preview --content "$root/content" --output "$work/preview" --port "$port" >"$work/preview.log" 2>&1 &
preview_pid=$!
set +m
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://localhost:$port/" 2>/dev/null && break
  kill -0 "$preview_pid" 2>/dev/null || { cat "$work/preview.log" >&2; fail "preview stopped."; }
  sleep 0.1
done
curl -fsS "http://localhost:$port/about/" | cmp -s - "$work/jit/site/out/about/index.html" || fail "preview did not serve /about/ as built."
status="$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/no-such-page/")"
[ "$status" = 404 ] || fail "preview answered $status, not 404, for an unknown address."
kill -INT "$preview_pid"
for _ in $(seq 1 100); do kill -0 "$preview_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$preview_pid" 2>/dev/null && fail "preview did not stop on Ctrl+C."
wait "$preview_pid" || fail "preview exited with $? on Ctrl+C."
preview_pid=""

files=$(find "$work/aot/site/out" -type f | wc -l)
say "The AOT build matches the JIT build ($files files of the default site, errors, check, clicks, usage, preview) in $(($(date +%s) - started)) s."
