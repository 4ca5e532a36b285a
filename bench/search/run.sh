#!/usr/bin/env bash
# Benchmark of the search index build: lunr.js in node against the C# builder, on a deterministic
# synthetic corpus. Usage: bench/search/run.sh [documents] [runs]   (defaults 4000 and 5)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
docs="${1:-4000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -f "$root/theme/node_modules/lunr/lunr.js" ] || (cd "$root/theme" && npm ci --no-audit --no-fund >/dev/null)
dotnet build "$here/SearchBench/SearchBench.csproj" -c Release --nologo -v quiet -o "$work/bin" >/dev/null

node "$here/corpus.js" "$work/corpus.json" "$docs"
node "$here/lunr-bench.js" "$work/corpus.json" "$work/lunr-index.json" "$runs" > "$work/lunr.json"
dotnet "$work/bin/SearchBench.dll" "$work/corpus.json" "$work/csharp-index.json" "$runs" > "$work/csharp.json"
node "$here/report.js" "$work/lunr.json" "$work/csharp.json" "$work/lunr-index.json" "$work/csharp-index.json" "$docs"
