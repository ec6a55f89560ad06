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
# cinder(api,scheduler,volume with cinder.tests.fake_driver) magnum(api,conductor)
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
TC_SERVICES=${TC_SERVICES-"glance placement nova neutron cinder magnum"}
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
    for p in keystone glance-common nova-common placement-common neutron-common cinder-common magnum-common; do
      echo "$p $p/configure_db boolean false"
      echo "$p $p/dbconfig-install boolean false"
    done | debconf-set-selections
    for p in keystone glance-api nova-api placement-api neutron-api cinder-api magnum-api; do
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
running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }
start_bg() {  # name cmd...
  local name=$1; shift
  if running "$name"; then stamp "$name already running (pid $(cat "$RUN/$name.pid"))"; return 0; fi
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
# 2. MariaDB + RabbitMQ
###########################################################################
start_infra() {
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  [ -d /var/lib/mysql/mysql ] || mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
  start_bg mariadb /usr/sbin/mariadbd --user=mysql --datadir=/var/lib/mysql \
    --bind-address=$H --port=3306 --socket=/run/mysqld/mysqld.sock \
    --pid-file=/run/mysqld/mysqld.pid --skip-name-resolve --max-connections=1000 \
    --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=0 \
    --innodb-doublewrite=0 --performance-schema=OFF
  # epmd on loopback only (rabbit would otherwise spawn one on 0.0.0.0)
  start_bg epmd setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups \
    epmd -address 127.0.0.1 -port 4369
  mkdir -p /var/log/rabbitmq && chown rabbitmq:rabbitmq /var/log/rabbitmq
  start_bg rabbitmq setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups \
    env HOME=/var/lib/rabbitmq RABBITMQ_NODENAME=rabbit@localhost \
    RABBITMQ_NODE_IP_ADDRESS=$H RABBITMQ_NODE_PORT=5672 ERL_EPMD_ADDRESS=$H \
    RABBITMQ_DIST_PORT=25672 \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    /usr/lib/rabbitmq/bin/rabbitmq-server
  wait_for mariadb 60 mariadb -uroot -e 'select 1'
  wait_for rabbitmq 90 bash -c "exec 3<>/dev/tcp/$H/5672"
  local dbs="keystone"
  want glance && dbs+=" glance"; want placement && dbs+=" placement"
  want nova && dbs+=" nova_api nova nova_cell0"; want neutron && dbs+=" neutron"
  want cinder && dbs+=" cinder"; want magnum && dbs+=" magnum"
  local sql="CREATE USER IF NOT EXISTS 'os'@'127.0.0.1' IDENTIFIED BY '$DB_PW';
             CREATE USER IF NOT EXISTS 'os'@'localhost' IDENTIFIED BY '$DB_PW';"
  for d in $dbs; do
    sql+="CREATE DATABASE IF NOT EXISTS $d CHARACTER SET utf8mb4;
          GRANT ALL ON $d.* TO 'os'@'127.0.0.1'; GRANT ALL ON $d.* TO 'os'@'localhost';"
  done
  mariadb -uroot -e "$sql"
}
dburl() { echo "mysql+pymysql://os:$DB_PW@$H/$1?charset=utf8mb4"; }
RABBIT="rabbit://guest:guest@$H:5672/"   # guest is allowed on loopback only

backup_conf() { [ -f "$1" ] && [ ! -f "$1.testcloud-orig" ] && cp -p "$1" "$1.testcloud-orig"; return 0; }
authtoken() {  # user
  cat <<EOF
[keystone_authtoken]
www_authenticate_uri = http://$H:5000/
auth_url = http://$H:5000/
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $SPW
service_token_roles_required = true
EOF
}
svcauth() {  # section user  -> keystoneauth password plugin block
  cat <<EOF
[$1]
auth_type = password
auth_url = http://$H:5000/
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $2
password = $SPW
region_name = RegionOne
EOF
}

###########################################################################
# 3. keystone
###########################################################################
setup_keystone() {
  local c=/etc/keystone/keystone.conf; backup_conf $c
  cat > $c <<EOF
[DEFAULT]
use_stderr = true
[database]
connection = $(dburl keystone)
[token]
provider = fernet
[fernet_tokens]
key_repository = /etc/keystone/fernet-keys/
[credential]
key_repository = /etc/keystone/credential-keys/
[cache]
# Without a cache every token validation runs ~300 SQL queries (~0.35 s CPU).
# In-process memory cache is coherent because keystone runs as ONE process.
enabled = true
backend = dogpile.cache.memory
[identity]
# bcrypt default of 12 rounds costs ~0.3 s of CPU per password auth
password_hash_rounds = 4
EOF
  keystone-manage db_sync
  [ -f /etc/keystone/fernet-keys/0 ] || keystone-manage fernet_setup --keystone-user root --keystone-group root
  [ -f /etc/keystone/credential-keys/0 ] || keystone-manage credential_setup --keystone-user root --keystone-group root
  stamp "keystone db ready"
}
# Idempotent; run on every start so that the admin password always matches secrets.env.
bootstrap_admin() {
  keystone-manage bootstrap --bootstrap-password "$TC_ADMIN_PASSWORD" \
    --bootstrap-admin-url http://$H:5000/v3/ --bootstrap-internal-url http://$H:5000/v3/ \
    --bootstrap-public-url http://$H:5000/v3/ --bootstrap-region-id RegionOne >> "$LOG/setup.log" 2>&1 ||
    { tail -30 "$LOG/setup.log"; exit 1; }
}
start_keystone() {
  uwsgi_app keystone 5000 /usr/bin/keystone-wsgi-public 1 8
  wait_for keystone 60 http_ok http://$H:5000/v3
}

###########################################################################
# 4. glance
###########################################################################
setup_glance() {
  local c=/etc/glance/glance-api.conf; backup_conf $c
  mkdir -p /var/lib/glance/images /var/lib/glance/staging
  cat > $c <<EOF
[DEFAULT]
bind_host = $H
bind_port = 9292
workers = 0
use_stderr = true
enabled_backends = file:file
[database]
connection = $(dburl glance)
$(authtoken glance)
[paste_deploy]
flavor = keystone
[glance_store]
default_backend = file
[file]
filesystem_store_datadir = /var/lib/glance/images/
[os_glance_staging_store]
filesystem_store_datadir = /var/lib/glance/staging/
[os_glance_tasks_store]
filesystem_store_datadir = /var/lib/glance/tasks/
[oslo_concurrency]
lock_path = /var/lib/glance/lock
EOF
  mkdir -p /var/lib/glance/tasks /var/lib/glance/lock
  glance-manage --config-file $c db_sync >/dev/null 2>&1 || glance-manage --config-file $c db_sync
  stamp "glance db ready"
}
start_glance() {
  start_bg glance-api glance-api --config-file /etc/glance/glance-api.conf
  later wait_for glance-api 60 http_ok http://$H:9292/
}

###########################################################################
# 5. placement
###########################################################################
setup_placement() {
  local c=/etc/placement/placement.conf; backup_conf $c
  cat > $c <<EOF
[DEFAULT]
use_stderr = true
[api]
auth_strategy = keystone
[placement_database]
connection = $(dburl placement)
$(authtoken placement)
EOF
  placement-manage db sync
  stamp "placement db ready"
}
start_placement() {
  uwsgi_app placement 8778 /usr/bin/placement-api 1
  later wait_for placement 60 http_ok http://$H:8778/
}

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
start_nova() {
  local cf="--config-file /etc/nova/nova.conf"
  start_bg nova-api nova-api $cf
  start_bg nova-conductor nova-conductor $cf
  start_bg nova-scheduler nova-scheduler $cf
  # nova-compute's Debian package pulls libvirt/qemu; run it from python3-nova.
  start_bg nova-compute $PY -c 'import sys; sys.argv[0]="nova-compute"; from nova.cmd.compute import main; sys.exit(main())' $cf
  later wait_for nova-api 90 http_ok http://$H:8774/
}

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

###########################################################################
# 8. cinder (fake logging volume driver shipped in python3-cinder)
###########################################################################
setup_cinder() {
  local c=/etc/cinder/cinder.conf; backup_conf $c
  mkdir -p /var/lib/cinder/tmp /var/lib/cinder/volumes
  cat > $c <<EOF
[DEFAULT]
host = testcloud
my_ip = $H
transport_url = $RABBIT
use_stderr = true
auth_strategy = keystone
state_path = /var/lib/cinder
osapi_volume_listen = $H
osapi_volume_listen_port = 8776
osapi_volume_workers = 1
enabled_backends = fake
glance_api_servers = http://$H:9292
api_paste_config = /etc/cinder/api-paste.ini
[database]
connection = $(dburl cinder)
$(authtoken cinder)
service_token_roles = service
$(svcauth nova cinder)
interface = public
[oslo_concurrency]
lock_path = /var/lib/cinder/tmp
[fake]
volume_driver = testcloud_cinder.TestcloudFakeDriver
volume_backend_name = fake
EOF
  cinder-manage --config-file $c db sync >/dev/null 2>&1 || cinder-manage --config-file $c db sync
  stamp "cinder db ready"
}
start_cinder() {
  local cf="--config-file /etc/cinder/cinder.conf"
  start_bg cinder-api cinder-api $cf
  start_bg cinder-scheduler cinder-scheduler $cf
  start_bg cinder-volume env PYTHONPATH="$HERE/pylib" $PY -c 'import sys; sys.argv[0]="cinder-volume"; from cinder.cmd.volume import main; sys.exit(main())' $cf
  later wait_for cinder-api 90 http_ok http://$H:8776/
  later wait_for cinder-volume 90 svc_up cinder cinder-volume
}
# a service row (nova/cinder "services" table) heartbeated in the last 30 s
svc_up() {
  mariadb -uroot -N -e "select count(*) from $1.services where \`binary\`='$2'
     and deleted=0 and updated_at > utc_timestamp() - interval 30 second" | grep -qv '^0$'
}

###########################################################################
# 9. magnum
###########################################################################
setup_magnum() {
  local c=/etc/magnum/magnum.conf; backup_conf $c
  mkdir -p /var/lib/magnum/certificates /var/lib/magnum/lock
  cat > $c <<EOF
[DEFAULT]
host = testcloud
transport_url = $RABBIT
use_stderr = true
state_path = /var/lib/magnum
[api]
host = $H
port = 9511
workers = 1
[conductor]
workers = 1
[database]
connection = $(dburl magnum)
$(authtoken magnum | sed "s#^www_authenticate_uri = .*#www_authenticate_uri = http://$H:5000/v3#")
# magnum builds its keystone Token auth from www_authenticate_uri: needs /v3
auth_version = v3
[keystone_auth]
auth_type = password
auth_url = http://$H:5000/
project_domain_name = Default
user_domain_name = Default
project_name = service
username = magnum
password = $SPW
[trust]
cluster_user_trust = false
trustee_domain_name = magnum
trustee_domain_admin_name = magnum_domain_admin
trustee_domain_admin_domain_name = magnum
trustee_domain_admin_password = $SPW
[cluster]
# default is https://discovery.etcd.io/... : never let magnum leave loopback
etcd_discovery_service_endpoint_format = http://127.0.0.1:9/new?size=%(size)d
[certificates]
cert_manager_type = x509keypair
[cinder_client]
region_name = RegionOne
[oslo_concurrency]
lock_path = /var/lib/magnum/lock
EOF
  magnum-db-manage --config-file $c upgrade >/dev/null 2>&1 || magnum-db-manage --config-file $c upgrade
  stamp "magnum db ready"
}
start_magnum() {
  start_bg magnum-api magnum-api --config-file /etc/magnum/magnum.conf
  start_bg magnum-conductor magnum-conductor --config-file /etc/magnum/magnum.conf
  later wait_for magnum-api 90 http_ok http://$H:9511/
}

###########################################################################
# 10. openrc + demo resources
###########################################################################
write_openrc() {
  cat > "$TC_STATE/openrc" <<EOF
# usage: . $TC_STATE/openrc [demo|admin]
_u=\${1:-demo}
export OS_AUTH_URL=http://$H:5000/v3
export OS_IDENTITY_API_VERSION=3
export OS_REGION_NAME=RegionOne
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_INTERFACE=public
if [ "\$_u" = admin ]; then
  export OS_USERNAME=admin OS_PASSWORD=$TC_ADMIN_PASSWORD OS_PROJECT_NAME=admin
else
  export OS_USERNAME=demo OS_PASSWORD=$TC_DEMO_PASSWORD OS_PROJECT_NAME=demo
fi
unset _u
EOF
  # clouds.yaml with both clouds, as openstacksdk and the module read it
  {
    echo "clouds:"
    for u in admin demo; do
      local pw=$TC_DEMO_PASSWORD; [ $u = admin ] && pw=$TC_ADMIN_PASSWORD
      cat <<EOC
  testcloud-$u:
    auth_type: password
    auth:
      auth_url: http://$H:5000/v3
      username: $u
      password: $pw
      project_name: $u
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
EOC
    done
  } > "$TC_STATE/clouds.yaml"
  chmod 600 "$TC_STATE/clouds.yaml" "$TC_STATE/openrc"
}

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
    logged nova-manage cell_v2 discover_hosts
  fi
  logged $PY "$HERE/bootstrap_resources.py"
  stamp "testcloud ready; state in $TC_STATE: . $TC_STATE/openrc demo, or OS_CLIENT_CONFIG_FILE=$TC_STATE/clouds.yaml (clouds testcloud-admin, testcloud-demo)"
}
main "$@"
