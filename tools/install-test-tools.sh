#!/bin/bash
# Installs the PowerShell a user runs (pwsh 7.6.9, the .NET tool) and Pester 5.7.1 into .tools/ of this
# repository (ignored by git), from NuGet. Idempotent: when both are there it only prints their paths.
#
#   bash tools/install-test-tools.sh          # installs if needed, prints the two paths
#   bash tools/install-test-tools.sh pwsh     # pwsh only (what the main job needs)
#   .tools/pwsh/pwsh                          # then: Import-Module ./.tools/pester/pester/5.7.1/tools/Pester.psd1
#
# Prints two lines on stdout: PWSH=<path to pwsh> and PESTER=<path to Pester.psd1>; progress goes to stderr.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools=${OS_TEST_TOOLS_DIR:-$root/.tools}
pwsh_version=7.6.9      # named: a later 7.7 may need a newer .NET than this SDK's
pester_version=5.7.1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pwsh=$tools/pwsh/pwsh
pester=$tools/pester/pester/$pester_version/tools/Pester.psd1

installed_pwsh_version() {
  [ -x "$pwsh" ] || return 1
  "$pwsh" -NoProfile -NoLogo -Command '$PSVersionTable.PSVersion.ToString()' 2>/dev/null
}

if [ "$(installed_pwsh_version || true)" != "$pwsh_version" ]; then
  echo "Installing pwsh $pwsh_version into $tools/pwsh" >&2
  rm -rf "$tools/pwsh"
  dotnet tool install PowerShell --version "$pwsh_version" --tool-path "$tools/pwsh" >&2
  [ "$(installed_pwsh_version || true)" = "$pwsh_version" ] || { echo "pwsh $pwsh_version did not install" >&2; exit 1; }
fi

if [ "${1:-}" = "pwsh" ]; then
  echo "PWSH=$pwsh"
  exit 0
fi

if [ ! -f "$pester" ]; then
  echo "Installing Pester $pester_version into $tools/pester" >&2
  restore=$(mktemp -d)
  trap 'rm -rf "$restore"' EXIT
  cat > "$restore/restore.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Pester" Version="[$pester_version]" />
  </ItemGroup>
</Project>
PROJ
  dotnet restore "$restore/restore.csproj" --packages "$tools/pester" --nologo -v q >&2
  [ -f "$pester" ] || { echo "Pester $pester_version did not install ($pester is missing)" >&2; exit 1; }
fi

echo "PWSH=$pwsh"
echo "PESTER=$pester"
