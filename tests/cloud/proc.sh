# Process groups of the cloud's daemons, sourced by start.sh, stop.sh and restart.sh. Each daemon is started with
# setsid, so its PID is also its process group's id; its workers and helpers stay in that group even when the
# daemon itself has died, so every check and every kill is of the group, never of the PID alone.
# A group whose members have all ended is not alive even while init has yet to reap them (kill -0 succeeds on a zombie).
group_alive() { ps -eo pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'; }
# kill_group PGID [quarter-seconds to wait after TERM, default 40]: TERM the group, wait, KILL what is left.
# Prints "killed" when it had to KILL.
kill_group() {
  local pgid=$1 tries=${2:-40}
  group_alive "$pgid" || return 0
  kill -TERM -- "-$pgid" 2>/dev/null
  for _ in $(seq 1 "$tries"); do group_alive "$pgid" || return 0; sleep 0.25; done
  kill -KILL -- "-$pgid" 2>/dev/null
  echo killed
}
