#!/bin/bash
# Stop exactly the daemons start.sh started: each PID file names a process
# that start.sh launched with setsid, so it leads its own process group;
# TERM that group, wait, then KILL what is left of that group only.
TC_STATE=${TC_STATE:-/var/lib/testcloud}
RUN=$TC_STATE/run
# API/worker services first, infrastructure last.
ORDER="magnum-api magnum-conductor cinder-api cinder-scheduler cinder-volume
 neutron-server nova-api nova-compute nova-compute2 nova-scheduler nova-conductor placement
 glance-api heat-api heat-engine etcd-discovery
 swift-proxy swift-account swift-container swift-object swift-container-updater
 cinder-backup
 octavia-api octavia-worker
 keystone rabbitmq epmd mariadb"
. "$(dirname "$0")/proc.sh"
stop_one() {
  local f=$RUN/$1.pid pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  # The group, not the PID: a daemon that died leaves its workers and helpers running in its group.
  if group_alive "$pid"; then
    [ "$(kill_group "$pid" "${2:-40}")" = killed ] && echo "killed $1 group $pid"
    echo "stopped $1 ($pid)"
  fi
  rm -f "$f"
}
# OpenStack services in parallel; only then the message bus, then the DB.
for n in $ORDER; do
  case $n in rabbitmq|epmd|mariadb) ;; *) stop_one "$n" 40 & ;; esac
done
wait
# Helpers a service started through sudo and rootwrap (privsep daemons: cinder-backup's for os-brick) outlive their
# parent (their parent becomes init); one that left the service's process group would escape the kills above.
helpers='privsep-helper .*--config-file /etc/(cinder|nova|neutron|glance)/|(cinder|nova|neutron)-rootwrap /etc/'
if pkill -TERM -f "$helpers" 2>/dev/null; then
  for _ in $(seq 1 20); do pgrep -f "$helpers" >/dev/null || break; sleep 0.25; done
  pkill -KILL -f "$helpers" 2>/dev/null && echo "killed privsep/rootwrap helpers"
fi
stop_one rabbitmq 120
stop_one epmd 20
stop_one mariadb 120
# anything else with a pid file (services added later)
for f in "$RUN"/*.pid; do [ -e "$f" ] && stop_one "$(basename "$f" .pid)"; done
exit 0
