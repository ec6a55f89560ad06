#!/bin/bash
# Shows which testcloud daemons run (by their PID files) and whether each API answers.
TC_STATE=${TC_STATE:-/var/lib/testcloud}
RUN=$TC_STATE/run
rc=0
for f in "$RUN"/*.pid; do
  [ -e "$f" ] || { echo "no testcloud processes recorded in $RUN"; exit 1; }
  n=$(basename "$f" .pid); pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then printf '%-18s running  pid %s\n' "$n" "$pid"; else printf '%-18s DEAD     pid %s\n' "$n" "$pid"; rc=1; fi
done
for api in keystone:5000 glance:9292 placement:8778 nova:8774 neutron:9696 cinder:8776 magnum:9511; do
  port=${api#*:}
  [ -e "$RUN/${api%%:*}.pid" ] || [ -e "$RUN/${api%%:*}-api.pid" ] || [ -e "$RUN/${api%%:*}-server.pid" ] || continue
  if curl -s -o /dev/null --max-time 3 "http://127.0.0.1:$port/"; then printf '%-18s answers on :%s\n' "${api%%:*}" "$port"; else printf '%-18s NOT answering on :%s\n' "${api%%:*}" "$port"; rc=1; fi
done
exit $rc
