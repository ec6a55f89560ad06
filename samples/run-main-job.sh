#!/bin/bash
# The main job: run the auto-deploy runbook against the local OpenStack.
# On a fresh machine, as root: starts the local cloud if none answers, builds the module, installs pwsh 7.6.9
# into .tools/ (tools/install-test-tools.sh, from NuGet), then runs samples/auto-deploy/Deploy-WordPress.ps1 in it,
# with the module found by name (out/ on PSModulePath) as a user's Import-Module finds an installed one.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
state=${OS_TESTCLOUD_DIR:-/var/lib/testcloud}

if [ ! -f "$state/clouds.yaml" ] || ! curl -s -o /dev/null --max-time 3 http://127.0.0.1:5000/v3; then
  echo "No local cloud answers: starting one (tests/cloud/start.sh)."
  bash tests/cloud/start.sh
fi
export OS_CLIENT_CONFIG_FILE=$state/clouds.yaml

dotnet build OpenStack.PowerShell.sln -c Release --nologo -v q -clp:NoSummary

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A few MB of data stand in for the Ubuntu cloud image: the local cloud's fake hypervisor never boots it.
head -c 4194304 /dev/urandom > "$work/ubuntu_server_1404_x64.qcow2"
args=(-Cloud "${OS_CLOUD:-testcloud-admin}" -ImagePath "$work/ubuntu_server_1404_x64.qcow2" -PublicKeyPath samples/auto-deploy/auto-deploy.pub)

pwsh=$(bash tools/install-test-tools.sh pwsh | sed -n 's/^PWSH=//p')
PSModulePath="$PWD/out${PSModulePath:+:$PSModulePath}" "$pwsh" -NoProfile -NonInteractive -File samples/auto-deploy/Deploy-WordPress.ps1 "${args[@]}"
