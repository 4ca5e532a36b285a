#!/usr/bin/env bash
# Runs every test: installs what they need, builds once, then runs the test projects.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet build Site.sln -c Release --nologo -v quiet
dotnet test Site.sln -c Release --no-build --nologo "$@"
