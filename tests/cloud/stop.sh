#!/bin/bash
# Stop exactly the daemons start.sh started: each PID file names a process
# that start.sh launched with setsid, so it leads its own process group;
# TERM that group, wait, then KILL what is left of that group only.
TC_STATE=${TC_STATE:-/var/lib/testcloud}
RUN=$TC_STATE/run
# API/worker services first, infrastructure last.
ORDER="magnum-api magnum-conductor cinder-api cinder-scheduler cinder-volume
 neutron-server nova-api nova-compute nova-compute2 nova-scheduler nova-conductor placement
 glance-api keystone rabbitmq epmd mariadb"
stop_one() {
  local f=$RUN/$1.pid pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 ${2:-40}); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -0 -- "-$pid" 2>/dev/null && { echo "killing $1 group $pid"; kill -KILL -- "-$pid" 2>/dev/null; }
    echo "stopped $1 ($pid)"
  fi
  rm -f "$f"
}
# OpenStack services in parallel; only then the message bus, then the DB.
for n in $ORDER; do
  case $n in rabbitmq|epmd|mariadb) ;; *) stop_one "$n" 40 & ;; esac
done
wait
stop_one rabbitmq 120
stop_one epmd 20
stop_one mariadb 120
# anything else with a pid file (services added later)
for f in "$RUN"/*.pid; do [ -e "$f" ] && stop_one "$(basename "$f" .pid)"; done
exit 0
