# Sourced by start.sh.
###########################################################################
# swift: one replica on 127.0.0.1, rings over a directory device (ext4 here:
# user xattrs work, so no loop device and mount_check = false), the proxy
# with Keystone auth and the slo/bulk/tempurl/container_quotas middlewares.
# No replicators or auditors: one copy has nothing to replicate. The container
# updater runs (every 30 s): it alone carries containers' object counts and bytes
# to the account (its listing and totals would otherwise stay at 0).
# The object expirer is not run either: an object past its X-Delete-At
# already answers 404; only its disk space waits.
###########################################################################
SWIFT_DEV=$TC_STATE/swift
# A cloud made with the container ring of 256 partitions keeps its containers: each database moves to partition 0
# under the same suffix and hash (where the ring of one partition looks for it).
move_containers_to_partition_0() {
  local dir=$SWIFT_DEV/d1/containers db
  [ -d "$dir" ] || return 0
  for db in "$dir"/*/*/*; do
    [ -d "$db" ] || continue
    case "$db" in "$dir"/0/*) continue ;; esac
    mkdir -p "$dir/0/$(basename "$(dirname "$db")")" && mv "$db" "$dir/0/$(basename "$(dirname "$db")")/"
  done
  find "$dir" -mindepth 1 -type d -empty -delete
  chown -R swift:swift "$dir"
}
setup_swift() {
  mkdir -p /etc/swift "$SWIFT_DEV/d1" /var/cache/swift
  chown -R swift:swift "$SWIFT_DEV" /var/cache/swift 2>/dev/null || true
  backup_conf /etc/swift/swift.conf
  # The hash suffix names every object's place on disk: made once, kept across reconfigurations.
  local suffix
  suffix=$(sed -n 's/^swift_hash_path_suffix = //p' /etc/swift/swift.conf 2>/dev/null)
  [ -n "$suffix" ] || suffix=$(rand)
  cat > /etc/swift/swift.conf <<EOF
[swift-hash]
swift_hash_path_suffix = $suffix
swift_hash_path_prefix =
[storage-policy:0]
name = Policy-0
default = yes
EOF
  local kind port
  for kind in account:6202 container:6201 object:6200; do
    port=${kind#*:}; kind=${kind%%:*}
    backup_conf /etc/swift/$kind-server.conf
    # user = root: with workers = 0 a server stays one process that never drops to `user`, so the databases it makes
    # are root's; the container updater does drop to it, and as swift could not lock them (no count ever reached the
    # account, and each sweep logged a traceback per container).
    cat > /etc/swift/$kind-server.conf <<EOF
[DEFAULT]
bind_ip = $H
bind_port = $port
workers = 0
user = root
devices = $SWIFT_DEV
mount_check = false
log_name = $kind-server
[pipeline:main]
pipeline = $kind-server
[app:$kind-server]
use = egg:swift#$kind
[${kind}-replicator]
[${kind}-updater]
interval = 30
[${kind}-auditor]
EOF
    # A ring of one device, replica 1; rebuilt only when missing (rebuilding moves nothing, but takes time). The
    # container ring has a single partition: the updater forks a process per partition on every sweep, which at 256
    # partitions kept most of a CPU busy all the time.
    local power=8 parts
    [ $kind = container ] && power=0
    parts=$(cd /etc/swift && swift-ring-builder $kind.builder 2>/dev/null | sed -n '2s/^\([0-9]*\) partitions.*/\1/p')
    if [ ! -f /etc/swift/$kind.ring.gz ] || [ "${parts:-0}" != $((1 << power)) ]; then
      (cd /etc/swift && rm -f $kind.builder $kind.ring.gz &&
       swift-ring-builder $kind.builder create $power 1 1 &&
       swift-ring-builder $kind.builder add r1z1-$H:$port/d1 100 &&
       swift-ring-builder $kind.builder rebalance) >/dev/null
      [ $kind = container ] && move_containers_to_partition_0
    fi
  done
  [ -f /etc/swift/object-expirer.conf ] && backup_conf /etc/swift/object-expirer.conf
  backup_conf /etc/swift/proxy-server.conf
  # tempurl and bulk come before auth (a temp URL carries no token); delay_auth_decision lets anonymous
  # requests reach keystoneauth, which allows them where a container's read ACL says so (.r:*).
  cat > /etc/swift/proxy-server.conf <<EOF
[DEFAULT]
bind_ip = $H
bind_port = 8080
workers = 0
user = swift
log_name = proxy-server
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging listing_formats bulk tempurl authtoken keystoneauth copy container-quotas slo dlo proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:tempurl]
use = egg:swift#tempurl
[filter:copy]
use = egg:swift#copy
[filter:container-quotas]
use = egg:swift#container_quotas
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member
reseller_admin_role = ResellerAdmin
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true
$(authtoken swift | sed 1d)
EOF
  stamp "swift rings and configuration ready"
}
start_swift() {
  local k
  for k in account container object; do
    start_bg swift-$k swift-$k-server /etc/swift/$k-server.conf
  done
  start_bg swift-container-updater swift-container-updater /etc/swift/container-server.conf
  start_bg swift-proxy swift-proxy-server /etc/swift/proxy-server.conf
  later wait_for swift-proxy 60 http_ok http://$H:8080/healthcheck
}
