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

pester_failed=0
if command -v pwsh >/dev/null 2>&1 && pwsh -NoProfile -Command 'exit [int](-not (Get-Module -ListAvailable Pester))' 2>/dev/null; then
  pwsh -NoProfile -Command "\$r = Invoke-Pester -Path tests/Pester -PassThru -Output Detailed; \$r | Export-Clixml -Path '$results/pester.xml'; exit \$r.FailedCount" || pester_failed=1
  [ "$pester_failed" = 0 ] || echo "Pester: failures above"
else
  echo "Pester: skipped, no pwsh with Pester on this machine (tests/Pester/*.Tests.ps1 run where both are installed)"
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
failed=$(( failed + pester_failed ))
if [ "$test_rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi   # the runner failed without a TRX count
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
