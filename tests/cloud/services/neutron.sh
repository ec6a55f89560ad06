# Sourced by start.sh.
###########################################################################
# 7. neutron (ML2, no agents)
###########################################################################
setup_neutron() {
  local c=/etc/neutron/neutron.conf m=/etc/neutron/plugins/ml2/ml2_conf.ini
  backup_conf $c; backup_conf $m; mkdir -p /etc/neutron/plugins/ml2 /var/lib/neutron/lock
  cat > $c <<EOF
[DEFAULT]
bind_host = $H
bind_port = 9696
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
transport_url = $RABBIT
use_stderr = true
state_path = /var/lib/neutron
api_workers = ${TC_NEUTRON_API_WORKERS:-1}
rpc_workers = 1
# no agents report state: save a ~150 MB worker process
rpc_state_report_workers = 0
allow_overlapping_ips = true
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
[database]
connection = $(dburl neutron)
$(authtoken neutron)
$(svcauth nova neutron)
[oslo_concurrency]
lock_path = /var/lib/neutron/lock
[quotas]
# benchmarks stream 10,000 ports; tests make hundreds
quota_port = -1
quota_network = -1
quota_subnet = -1
[agent]
root_helper = true
EOF
  cat > $m <<EOF
[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
mechanism_drivers = testcloud
extension_drivers = port_security
[ml2_type_flat]
flat_networks = public
[ml2_type_vlan]
network_vlan_ranges = public
[ml2_type_vxlan]
vni_ranges = 1:100000
EOF
  neutron-db-manage --config-file $c --config-file $m upgrade head >/dev/null
  stamp "neutron db ready"
}
start_neutron() {
  start_bg neutron-server env PYTHONPATH="$HERE/pylib" neutron-server \
    --config-file /etc/neutron/neutron.conf --config-file /etc/neutron/plugins/ml2/ml2_conf.ini
  later wait_for neutron-server 90 http_ok http://$H:9696/
}
