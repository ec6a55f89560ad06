#!/bin/bash
# Restart some of the cloud's daemons, e.g. `restart.sh nova-compute2`: each named one is stopped (its process
# group, as stop.sh does), then start.sh starts what is not running and waits for it. What an operator does after
# repairing a host: Nova lets a host whose servers were evacuated be forced up again only after its nova-compute
# restarted and cleaned up.
HERE=$(cd "$(dirname "$0")" && pwd)
TC_STATE=${TC_STATE:-/var/lib/testcloud}
. "$HERE/proc.sh"
[ $# -gt 0 ] || { echo "usage: $0 <daemon>... (names of $TC_STATE/run/*.pid)" >&2; exit 2; }
for name in "$@"; do
  f=$TC_STATE/run/$name.pid
  [ -f "$f" ] || { echo "restart: no daemon called $name ($f)" >&2; exit 2; }
  kill_group "$(cat "$f")" 40 >/dev/null
  rm -f "$f"
done
# Only start what is not running: no reconfiguration, nothing added.
unset TC_RECONFIGURE TC_ADD
exec bash "$HERE/start.sh"
