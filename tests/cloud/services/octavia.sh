# Sourced by start.sh.
###########################################################################
# octavia (api under uwsgi + worker): the amphora provider, as in Octavia's own no-op test jobs, on the no-op
# compute, network, amphora, volume and image drivers. Every change really goes through the API, the database and
# the worker's flows (PENDING_* then ACTIVE, or DELETED), but no amphora is booted and no VIP port is made in
# Neutron: the no-op network driver neither checks a VIP subnet nor hands out one of its addresses (the VIP
# address is the one asked for, else one of 198.51.100.0/24). No health manager runs: nothing would send it
# heartbeats, and it would fail over every amphora after its timeout.
###########################################################################
setup_octavia() {
  local c=/etc/octavia/octavia.conf certs=/etc/octavia/certs; backup_conf $c
  mkdir -p /var/lib/octavia/lock $certs
  # The worker signs a certificate for each amphora it "boots", even a no-op one: a CA of the cloud's own.
  if [ ! -s $certs/ca_01.pem ]; then
    ( umask 077; openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=testcloud octavia CA" \
        -keyout $certs/ca_key.pem -out $certs/ca_01.pem 2>/dev/null )
  fi
  cat > $c <<EOF
[DEFAULT]
host = testcloud
transport_url = $RABBIT
use_stderr = true
[api_settings]
bind_host = $H
bind_port = 9876
auth_strategy = keystone
api_base_uri = http://$H:9876
enabled_provider_drivers = amphora:The Octavia Amphora driver (no-op drivers here).
default_provider_driver = amphora
[database]
connection = $(dburl octavia)
[controller_worker]
amphora_driver = amphora_noop_driver
compute_driver = compute_noop_driver
network_driver = network_noop_driver
volume_driver = volume_noop_driver
image_driver = image_noop_driver
loadbalancer_topology = SINGLE
workers = 1
[task_flow]
jobboard_enabled = false
[oslo_messaging]
topic = octavia_prov
[certificates]
cert_generator = local_cert_generator
ca_certificate = $certs/ca_01.pem
ca_private_key = $certs/ca_key.pem
[haproxy_amphora]
base_path = /var/lib/octavia
[oslo_concurrency]
lock_path = /var/lib/octavia/lock
[oslo_policy]
policy_file = /etc/octavia/policy.yaml
$(authtoken octavia)
$(svcauth service_auth octavia)
EOF
  # Octavia's default policy wants the load-balancer_member role for any change; here a project's members may,
  # as with the other services (Octavia's documented admin-or-owner variant).
  cat > /etc/octavia/policy.yaml <<'EOF'
"load-balancer:observer_and_owner": "role:reader and rule:load-balancer:owner"
"load-balancer:member_and_owner": "role:member and rule:load-balancer:owner"
EOF
  octavia-db-manage --config-file $c upgrade head >/dev/null 2>&1 || octavia-db-manage --config-file $c upgrade head
  stamp "octavia db ready"
}
start_octavia() {
  # Only what the worker logs from now on tells that it started (a worker already running started long ago).
  local from=1
  # (On a fresh machine there is no log yet: a failed read here would end start.sh under set -e.)
  if ! running octavia-worker && [ -f "$LOG/octavia-worker.log" ]; then
    from=$(( $(wc -l < "$LOG/octavia-worker.log") + 1 ))
  fi
  start_bg octavia-worker octavia-worker --config-file /etc/octavia/octavia.conf
  uwsgi_app octavia-api 9876 /usr/bin/octavia-wsgi 1 8
  later wait_for octavia-api 90 http_ok http://$H:9876/
  later wait_for octavia-worker 90 octavia_consuming $from
}
# The worker takes requests once its v2 consumer (the amphora provider's queue) has started. Read by awk to the end:
# `tail | grep -q` stops reading at the first match, tail then dies of SIGPIPE on a long log, and pipefail took
# that for "not started" (a start.sh beside a running worker timed out).
octavia_consuming() { awk -v from="$1" 'NR >= from && /Starting V2 consumer/ { found = 1 } END { exit !found }' "$LOG/octavia-worker.log"; }
