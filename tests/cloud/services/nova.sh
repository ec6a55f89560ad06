# Sourced by start.sh.
###########################################################################
# 6. nova (fake virt driver)
###########################################################################
setup_nova() {
  local c=/etc/nova/nova.conf; backup_conf $c
  mkdir -p /var/lib/nova/instances /var/lib/nova/tmp
  cat > $c <<EOF
[DEFAULT]
host = testcloud
my_ip = $H
transport_url = $RABBIT
use_stderr = true
state_path = /var/lib/nova
instances_path = /var/lib/nova/instances
enabled_apis = osapi_compute
osapi_compute_listen = $H
osapi_compute_listen_port = 8774
osapi_compute_workers = 1
compute_driver = fake.FakeDriver
vif_plugging_is_fatal = false
vif_plugging_timeout = 0
allow_resize_to_same_host = true
# the fake driver reports 1000 vcpus / 800 GB RAM; allow many servers
max_concurrent_builds = 20
instance_usage_audit = false
heal_instance_info_cache_interval = -1
[api]
auth_strategy = keystone
[api_database]
connection = $(dburl nova_api)
[database]
connection = $(dburl nova)
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 5
[wsgi]
api_paste_config = /etc/nova/api-paste.ini
[vnc]
enabled = false
[spice]
enabled = false
[oslo_concurrency]
lock_path = /var/lib/nova/tmp
[quota]
instances = 1000
cores = 2000
ram = 4096000
key_pairs = 1000
$(authtoken nova)
$(svcauth placement nova)
$(svcauth neutron nova)
$(svcauth cinder nova)
os_region_name = RegionOne
$(svcauth service_user nova)
send_service_user_token = true
[glance]
region_name = RegionOne
EOF
  nova-manage api_db sync
  nova-manage cell_v2 map_cell0 --database_connection "$(dburl nova_cell0)" >/dev/null
  nova-manage cell_v2 list_cells 2>/dev/null | grep -q ' cell1 ' ||
    nova-manage cell_v2 create_cell --name=cell1 >/dev/null
  nova-manage db sync
  stamp "nova dbs ready"
}
TC_COMPUTE2=testcloud2
start_nova() {
  local cf="--config-file /etc/nova/nova.conf"
  start_bg nova-api nova-api $cf
  start_bg nova-conductor nova-conductor $cf
  start_bg nova-scheduler nova-scheduler $cf
  # nova-compute's Debian package pulls libvirt/qemu; run it from python3-nova.
  local compute='import sys; sys.argv[0]="nova-compute"; from nova.cmd.compute import main; sys.exit(main())'
  start_bg nova-compute $PY -c "$compute" $cf
  # A second compute host: migrations, evacuation, anti-affinity and disabled hosts need two. The fake driver
  # keeps no state on disk and names its node after the host, so a host name of its own is all it takes.
  printf '[DEFAULT]\nhost = %s\n' "$TC_COMPUTE2" > /etc/nova/nova-compute2.conf
  start_bg nova-compute2 $PY -c "$compute" $cf --config-file /etc/nova/nova-compute2.conf
  later wait_for nova-api 90 http_ok http://$H:8774/
}
