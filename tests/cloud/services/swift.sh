# Sourced by start.sh.
###########################################################################
# swift: one replica on 127.0.0.1, rings over a directory device (ext4 here:
# user xattrs work, so no loop device and mount_check = false), the proxy
# with Keystone auth and the slo/bulk/tempurl/container_quotas middlewares.
# No replicators or auditors: one copy has nothing to replicate. The container
# updater runs (every 2 s): it alone carries containers' object counts and bytes
# to the account (its listing and totals would otherwise stay at 0).
# The object expirer is not run either: an object past its X-Delete-At
# already answers 404; only its disk space waits.
###########################################################################
SWIFT_DEV=$TC_STATE/swift
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
    cat > /etc/swift/$kind-server.conf <<EOF
[DEFAULT]
bind_ip = $H
bind_port = $port
workers = 0
user = swift
devices = $SWIFT_DEV
mount_check = false
log_name = $kind-server
[pipeline:main]
pipeline = $kind-server
[app:$kind-server]
use = egg:swift#$kind
[${kind}-replicator]
[${kind}-updater]
interval = 2
[${kind}-auditor]
EOF
    # A ring of one device, replica 1; rebuilt only when missing (rebuilding moves nothing, but takes time).
    if [ ! -f /etc/swift/$kind.ring.gz ]; then
      (cd /etc/swift && rm -f $kind.builder &&
       swift-ring-builder $kind.builder create 8 1 1 &&
       swift-ring-builder $kind.builder add r1z1-$H:$port/d1 100 &&
       swift-ring-builder $kind.builder rebalance) >/dev/null
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
