#!/bin/bash
# Builds the module and runs every test suite, then prints one line: "N passed, N failed, N skipped".
#
#   bash tests/run.sh            # integration tests skip (visibly) if no local cloud answers
#   sudo bash tests/run.sh --cloud   # first install/start the local OpenStack (tests/cloud/start.sh)
#   bash tests/run.sh --build-only, then bash tests/run.sh --no-build   # the build apart from the tests (.ci/run)
#
# It installs pwsh 7.6.9 and Pester 5.7.1 into .tools/ (tools/install-test-tools.sh, from NuGet), then in that
# pwsh runs ./build.ps1 -Task Package (build and package) and ./build.ps1 -Task Test -NoBuild: the xunit suites
# and the Pester suite in tests/Pester. The summary counts both, from their result files in out/test-results.
# Under CI=true a missing cloud fails the integration tests instead of skipping them, and a pwsh or Pester that
# cannot be installed fails the run; elsewhere the run goes on without them (dotnet build and the xunit suites only)
# and says so.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cloud=0 build=1 build_only=0
for arg in "$@"; do
  case "$arg" in
    --cloud) cloud=1 ;;
    --no-build) build=0 ;;        # built already by --build-only (.ci/run builds while the cloud starts)
    --build-only) build_only=1 ;; # install pwsh and Pester, build and package, run nothing
    *) echo "unknown argument $arg (--cloud, --no-build, --build-only)"; exit 2 ;;
  esac
done
# Build and package with pwsh when there is one ($1), else build with dotnet alone (no module package then).
build_module() {
  if [ -n "$1" ]; then "$1" -NoProfile -NonInteractive -File build.ps1 -Task Package
  else dotnet build OpenStack.PowerShell.sln -c Release -warnaserror --nologo -v q
  fi
}
if [ "$build_only" = 1 ]; then
  if tools=$(bash tools/install-test-tools.sh); then build_module "$(sed -n 's/^PWSH=//p' <<<"$tools")"; exit; fi
  [ "${CI:-}" = "true" ] && { echo "pwsh or Pester could not be installed (tools/install-test-tools.sh)"; exit 1; }
  build_module ""; exit
fi
if [ "$cloud" = 1 ]; then
  bash tests/cloud/start.sh || { echo "the local cloud did not start"; echo "0 passed, 1 failed"; exit 1; }
fi

results=out/test-results
rm -rf "$results"; mkdir -p "$results"

test_rc=0
no_pwsh=0
if tools=$(bash tools/install-test-tools.sh); then
  pwsh=$(sed -n 's/^PWSH=//p' <<<"$tools"); pester=$(sed -n 's/^PESTER=//p' <<<"$tools")
  if [ "$build" = 1 ] && ! build_module "$pwsh"; then
    echo "build failed"; echo "0 passed, 1 failed"; exit 1
  fi
  "$pwsh" -NoProfile -NonInteractive -File build.ps1 -Task Test -NoBuild -ResultsDirectory "$results" || test_rc=1
  [ -f "$results/pester.xml" ] || { echo "Pester wrote no result file ($results/pester.xml)"; test_rc=1; }
else
  if [ "${CI:-}" = "true" ]; then
    echo "pwsh or Pester could not be installed (tools/install-test-tools.sh): a failure under CI=true"
    no_pwsh=1
  else
    echo "Pester: skipped, pwsh or Pester could not be installed (tools/install-test-tools.sh); tests/Pester did not run"
  fi
  if [ "$build" = 1 ] && ! build_module ""; then
    echo "build failed"; echo "0 passed, 1 failed"; exit 1
  fi
  for project in tests/OpenStack.Client.Tests tests/OpenStack.PowerShell.Tests; do
    name=$(basename "$project")
    dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || test_rc=1
  done
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
# And Pester's NUnit file: passed = total - failures - errors - skipped - not-run - inconclusive - ignored - invalid.
if [ -f "$results/pester.xml" ]; then
  read -r p_passed p_failed p_skipped < <(grep -o '<test-results [^>]*>' "$results/pester.xml" | awk '
    function v(name,   m) { return match($0, " " name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0 : 0 }
    { f = v("failures") + v("errors"); s = v("skipped") + v("not-run") + v("inconclusive") + v("ignored")
      print v("total") - f - s - v("invalid"), f + v("invalid"), s }')
  passed=$(( passed + ${p_passed:-0} )); failed=$(( failed + ${p_failed:-0} )); skipped=$(( skipped + ${p_skipped:-0} ))
fi
failed=$(( failed + no_pwsh ))
# A runner that failed without a counted test (a Pester block or file, say) still fails the run, and the line says why.
note=
if [ "$test_rc" != 0 ] && [ "$failed" = 0 ]; then
  failed=1
  if [ -s "$results/pester-outside-tests.txt" ]; then
    note=" (outside any test: $(head -n 3 "$results/pester-outside-tests.txt" | sed "s/\t/: /" | paste -sd ";" | cut -c1-200))"
  else
    note=" (a test runner exited with an error and no failed test)"
  fi
fi
# What failed, named just above the summary, so the end of a long log says it.
if [ "$failed" != 0 ] && command -v python3 >/dev/null; then python3 tests/list-failed-tests.py "$results"; fi
echo "$passed passed, $failed failed, $skipped skipped$note"
[ "$failed" = 0 ]
