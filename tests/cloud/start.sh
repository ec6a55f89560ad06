#!/bin/bash
# testcloud: a real OpenStack (Debian 12 "bookworm" packages = OpenStack Zed)
# control plane on 127.0.0.1, started by hand without systemd.
#
#   sudo ./start.sh            install (if needed), configure, start, bootstrap
#   ./stop.sh                  stop what start.sh started (PID files)
#   . /var/lib/testcloud/openrc demo|admin
#
# Services: keystone glance placement nova(api,conductor,scheduler,compute with
# fake.FakeDriver) neutron(ml2, no agents, custom "testcloud" mech driver)
# cinder(api,scheduler,volume with cinder.tests.fake_driver) magnum(api,conductor) cinder-backup(POSIX driver)
# swift(proxy,account,container,object; one replica over a directory)
# heat(api,engine)
# octavia(api,worker; amphora provider on no-op compute/network/amphora drivers)
# Set TC_SERVICES to a subset (keystone is always on) to start fewer; TC_SERVICES=keystone for Keystone alone.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TC_STATE=${TC_STATE:-/var/lib/testcloud}
RUN=$TC_STATE/run
LOG=$TC_STATE/log
H=127.0.0.1
export TC_HOST=$H
mkdir -p "$TC_STATE"
# Strong user passwords, made once per state directory and kept there (0600), so that tests can
# scan output for them; TC_ADMIN_PASSWORD / TC_DEMO_PASSWORD override them.
SECRETS=$TC_STATE/secrets.env
_admin=${TC_ADMIN_PASSWORD:-} _demo=${TC_DEMO_PASSWORD:-}
if [ -f "$SECRETS" ]; then . "$SECRETS"; fi
rand() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
export TC_ADMIN_PASSWORD=${_admin:-${TC_ADMIN_PASSWORD:-adm-$(rand)}}
export TC_DEMO_PASSWORD=${_demo:-${TC_DEMO_PASSWORD:-dmo-$(rand)}}
( umask 077; printf 'TC_ADMIN_PASSWORD=%s\nTC_DEMO_PASSWORD=%s\n' "$TC_ADMIN_PASSWORD" "$TC_DEMO_PASSWORD" > "$SECRETS" )
export TC_SERVICE_PASSWORD=${TC_SERVICE_PASSWORD:-service}
DB_PW=${TC_DB_PASSWORD:-dbpass}
TC_SERVICES=${TC_SERVICES-"glance placement nova neutron cinder magnum swift heat cinderbackup octavia"}
# TC_ADD="svc ...": install, configure and start only these services beside a cloud that already runs (no
# restart, no reconfiguration of the others), e.g. after adding services/<svc>.sh.
[ -n "${TC_ADD:-}" ] && TC_SERVICES=$TC_ADD
# Keystone always runs: TC_SERVICES=keystone (or empty) starts only Keystone and its database.
TC_SERVICES=$(echo " $TC_SERVICES " | sed 's/ keystone / /g' | xargs)
export TC_SERVICES
SPW=$TC_SERVICE_PASSWORD
PY=/usr/bin/python3
# Debian's python must win over e.g. pyenv shims.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV || true
T0=$(date +%s)
stamp() { echo "[testcloud +$(( $(date +%s) - T0 ))s] $*"; }
want() { [[ " $TC_SERVICES " == *" $1 "* ]]; }

mkdir -p "$RUN" "$LOG"

###########################################################################
# 1. packages
###########################################################################
PKGS="mariadb-server rabbitmq-server uwsgi-core uwsgi-plugin-python3
 python3-pymysql python3-openstackclient keystone"
want glance && PKGS+=" glance-api"
want placement && PKGS+=" placement-api"
want nova && PKGS+=" nova-api nova-conductor nova-scheduler"
want neutron && PKGS+=" neutron-api neutron-rpc-server"
want cinder && PKGS+=" cinder-api cinder-scheduler"
want magnum && PKGS+=" magnum-api magnum-conductor python3-magnumclient"
want swift && PKGS+=" swift-proxy swift-account swift-container swift-object python3-swiftclient"
want heat && PKGS+=" heat-api heat-engine python3-heatclient"
want cinderbackup && PKGS+=" python3-cinder dmidecode"
want octavia && PKGS+=" octavia-api octavia-worker python3-octaviaclient"

install_packages() {
  # shellcheck disable=SC2086
  if dpkg-query -W -f='${Status}\n' $PKGS 2>/dev/null | grep -qv 'install ok installed' ||
     ! dpkg-query -W $PKGS >/dev/null 2>&1; then
    local t=$(date +%s) made_policy=
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
      chmod +x /usr/sbin/policy-rc.d; made_policy=1
    fi
    # Never let the packages' debconf/dbconfig touch a DB or keystone.
    for p in keystone glance-common nova-common placement-common neutron-common cinder-common magnum-common heat-common \
      octavia-common; do
      echo "$p $p/configure_db boolean false"
      echo "$p $p/dbconfig-install boolean false"
    done | debconf-set-selections
    for p in keystone glance-api nova-api placement-api neutron-api cinder-api magnum-api heat-api octavia-api; do
      echo "$p $p/register-endpoint boolean false"
    done | debconf-set-selections
    echo "keystone keystone/create-admin-tenant boolean false" | debconf-set-selections
    apt-get update -q >/dev/null
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $PKGS \
      > "$LOG/apt-install.log" 2>&1 || { tail -40 "$LOG/apt-install.log"; exit 1; }
    [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
    stamp "apt install done in $(( $(date +%s) - t ))s"
  else
    stamp "packages already installed"
  fi
}

###########################################################################
# process helpers: every daemon is its own session/process group; stop.sh
# kills exactly that group (kill -- -PGID) using the PID file.
###########################################################################
. "$HERE/proc.sh"
running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }
start_bg() {  # name cmd...
  local name=$1; shift
  if running "$name"; then stamp "$name already running (pid $(cat "$RUN/$name.pid"))"; return 0; fi
  # A daemon that died may have left workers in its group; they would outlive the new PID file.
  if [ -f "$RUN/$name.pid" ] && group_alive "$(cat "$RUN/$name.pid")"; then
    stamp "$name died, leaving its group; stopping it ($(kill_group "$(cat "$RUN/$name.pid")" 20))"
  fi
  setsid "$@" >> "$LOG/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
  stamp "started $name pid $!"
}
wait_for() {  # name timeout cmd...
  local name=$1 to=$2; shift 2
  local end=$(( $(date +%s) + to ))
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$end" ]; then
      echo "TIMEOUT waiting for $name; last log lines:" >&2
      tail -30 "$LOG/$name.log" >&2 || true
      return 1
    fi
    sleep 0.5
  done
  stamp "$name is up"
}
LATER=()
later() { LATER+=("$(printf '%q ' "$@")"); }   # queue a wait, run after all starts
http_ok() { curl -s -o /dev/null --max-time 3 "$1"; }
# uwsgi for the WSGI-only services (keystone, placement)
uwsgi_app() {  # name port wsgi-file processes [threads]
  start_bg "$1" uwsgi --plugin python3 --http-socket "$H:$2" --wsgi-file "$3" \
    --master --processes "$4" --threads "${5:-4}" --enable-threads --lazy-apps \
    --die-on-term --need-app --buffer-size 65535 --procname-prefix-spaced "$1:" \
    --add-header "Connection: close"
}

###########################################################################
# services: one file each, sourced here (they only define functions)
###########################################################################
for f in "$HERE"/services/*.sh; do . "$f"; done

# Run a setup step with its chatter in setup.log; on failure show the end of that log.
logged() {
  local t=$(date +%s)
  if ! "$@" >> "$LOG/setup.log" 2>&1; then
    echo "testcloud: '$*' failed; last lines of $LOG/setup.log:" >&2
    tail -40 "$LOG/setup.log" >&2
    exit 1
  fi
  stamp "$* done in $(( $(date +%s) - t ))s"
}

main() {
  install_packages
  start_infra
  local first=0
  [ -f "$TC_STATE/.configured" ] || first=1
  if [ "$first" = 1 ] || [ "${TC_RECONFIGURE:-0}" = 1 ]; then
    logged setup_keystone
    for s in $TC_SERVICES; do logged "setup_$s"; done
  fi
  bootstrap_admin
  start_keystone
  TC_SERVICES="$TC_SERVICES" logged $PY "$HERE/bootstrap_keystone.py"
  # start everything at once, then wait for each API/service to answer
  for s in $TC_SERVICES; do "start_$s"; done
  for w in "${LATER[@]}"; do eval "$w"; done
  touch "$TC_STATE/.configured"
  write_openrc
  if want nova; then
    # wait for nova-compute to register, then map it into cell1
    wait_for nova-compute 120 svc_up nova nova-compute
    wait_for nova-compute 120 bash -c "mariadb -uroot -N -e \"select count(*) from nova.compute_nodes where host='testcloud' and deleted=0\" | grep -qv '^0\$'"
    wait_for nova-compute2 120 bash -c "mariadb -uroot -N -e \"select count(*) from nova.compute_nodes where host='$TC_COMPUTE2' and deleted=0\" | grep -qv '^0\$'"
    logged nova-manage cell_v2 discover_hosts
  fi
  logged $PY "$HERE/bootstrap_resources.py"
  stamp "testcloud ready; state in $TC_STATE: . $TC_STATE/openrc demo, or OS_CLIENT_CONFIG_FILE=$TC_STATE/clouds.yaml (clouds testcloud-admin, testcloud-demo)"
}
add_services() {
  install_packages
  start_infra
  for s in $TC_SERVICES; do logged "setup_$s"; done
  TC_SERVICES="$TC_SERVICES" logged $PY "$HERE/bootstrap_keystone.py"
  for s in $TC_SERVICES; do "start_$s"; done
  for w in "${LATER[@]}"; do eval "$w"; done
  stamp "added: $TC_SERVICES"
}
if [ -n "${TC_ADD:-}" ]; then add_services; else main "$@"; fi
