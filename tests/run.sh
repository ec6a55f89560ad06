#!/bin/bash
# Builds the module and runs every test suite, then prints one line: "N passed, N failed, N skipped".
#
#   bash tests/run.sh            # integration tests skip (visibly) if no local cloud answers
#   sudo bash tests/run.sh --cloud   # first install/start the local OpenStack (tests/cloud/start.sh)
#
# Under CI=true a missing cloud fails the integration tests instead of skipping them.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ "${1:-}" = "--cloud" ]; then
  bash tests/cloud/start.sh || { echo "the local cloud did not start"; echo "0 passed, 1 failed"; exit 1; }
fi

results=out/test-results
rm -rf "$results"; mkdir -p "$results"

if ! dotnet build OpenStack.PowerShell.sln -c Release -warnaserror --nologo -v q; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

test_rc=0
for project in tests/OpenStack.Client.Tests tests/OpenStack.PowerShell.Tests; do
  name=$(basename "$project")
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || test_rc=1
done

# The Pester suite, in the pwsh and Pester that tools/install-test-tools.sh installs into .tools/ (from NuGet).
# Under CI=true a pwsh or Pester that cannot be installed fails the run; elsewhere the suite is skipped, and says so.
pester_rc=0
if tools=$(bash tools/install-test-tools.sh); then
  pwsh=$(sed -n 's/^PWSH=//p' <<<"$tools"); pester=$(sed -n 's/^PESTER=//p' <<<"$tools")
  "$pwsh" -NoProfile -NonInteractive -File tests/Pester/Invoke-PesterSuite.ps1 -PesterModule "$pester" -OutputFile "$results/pester.xml" || pester_rc=1
  [ -f "$results/pester.xml" ] || { echo "Pester wrote no result file"; pester_rc=1; }
elif [ "${CI:-}" = "true" ]; then
  echo "Pester: pwsh or Pester could not be installed (tools/install-test-tools.sh): a failure under CI=true"
  pester_rc=1
else
  echo "Pester: skipped, pwsh or Pester could not be installed (tools/install-test-tools.sh); tests/Pester did not run"
fi

# One summary over every TRX file: skipped = total - executed.
read -r passed failed skipped < <(
  for f in "$results"/*.trx; do
    [ -e "$f" ] || continue
    grep -o '<Counters [^>]*>' "$f"
  done | awk '
    function v(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
    { p += v("passed"); f += v("failed") + v("error") + v("timeout") + v("aborted"); s += v("total") - v("executed") }
    END { print p + 0, f + 0, s + 0 }')
# Pester's NUnit file: passed = total - failures - errors - skipped - not-run - inconclusive - ignored - invalid.
if [ -f "$results/pester.xml" ]; then
  read -r p_passed p_failed p_skipped < <(grep -o '<test-results [^>]*>' "$results/pester.xml" | awk '
    function v(name,   m) { return match($0, " " name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0 : 0 }
    { f = v("failures") + v("errors"); s = v("skipped") + v("not-run") + v("inconclusive") + v("ignored")
      print v("total") - f - s - v("invalid"), f + v("invalid"), s }')
  passed=$(( passed + ${p_passed:-0} )); failed=$(( failed + ${p_failed:-0} )); skipped=$(( skipped + ${p_skipped:-0} ))
  if [ "$pester_rc" != 0 ] && [ "${p_failed:-0}" = 0 ]; then failed=$(( failed + 1 )); fi   # a block or file failed outside any test
elif [ "$pester_rc" != 0 ]; then
  failed=$(( failed + 1 ))
fi
if [ "$test_rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi   # the runner failed without a TRX count
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
