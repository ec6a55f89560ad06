# Sourced by start.sh.
###########################################################################
# 10. heat (api + engine); Magnum builds its clusters through it
###########################################################################
setup_heat() {
  local c=/etc/heat/heat.conf; backup_conf $c
  mkdir -p /var/lib/heat /var/lib/heat/lock
  cat > $c <<EOF
[DEFAULT]
host = testcloud
transport_url = $RABBIT
use_stderr = true
num_engine_workers = 1
region_name_for_services = RegionOne
# Servers and software deployments are told these; nothing answers there (no heat-api-cfn): only wait conditions
# that are never signalled use them, and they end with the stack's timeout.
heat_metadata_server_url = http://$H:8000
heat_waitcondition_server_url = http://$H:8000/v1/waitcondition
# The stack-user domain (bootstrap_keystone.py) holds the users Heat makes for signals and software deployments.
stack_user_domain_name = heat
stack_domain_admin = heat_domain_admin
stack_domain_admin_password = $SPW
# Keystone trusts (Heat's default) work here: the trustee is the heat service user below.
deferred_auth_method = trusts
max_stacks_per_tenant = 1000
[heat_api]
bind_host = $H
bind_port = 8004
workers = 1
[database]
connection = $(dburl heat)
$(authtoken heat)
[trustee]
auth_type = password
auth_url = http://$H:5000/
user_domain_name = Default
username = heat
password = $SPW
[clients_keystone]
auth_uri = http://$H:5000/
[clients]
endpoint_type = public
[ec2authtoken]
auth_uri = http://$H:5000/v3
[oslo_concurrency]
lock_path = /var/lib/heat/lock
[oslo_policy]
policy_file = /etc/heat/policy.yaml
EOF
  # Heat lets nobody list every project's stacks by default: administrators may here (Get-OSStack -AllProjects).
  printf '%s\n' '"stacks:global_index": "role:admin"' > /etc/heat/policy.yaml
  heat-manage --config-file $c db_sync >/dev/null 2>&1 || heat-manage --config-file $c db_sync
  stamp "heat db ready"
}
start_heat() {
  start_bg heat-engine heat-engine --config-file /etc/heat/heat.conf
  start_bg heat-api heat-api --config-file /etc/heat/heat.conf
  later wait_for heat-api 90 http_ok http://$H:8004/
  later wait_for heat-engine 120 svc_up_heat
}
# heat-engine is ready when it has registered itself (its service record is written at start).
svc_up_heat() { mariadb -uroot -N -e "select count(*) from heat.service where deleted_at is null and topic='engine'" | grep -qv '^0$'; }
