# Sourced by start.sh.
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
# default is https://discovery.etcd.io/... : never let magnum leave loopback. pylib/testcloud_discovery.py answers
# there, so that a Kubernetes cluster gets as far as its Heat stack.
etcd_discovery_service_endpoint_format = http://$H:9514/new?size=%(size)d
[certificates]
cert_manager_type = x509keypair
[cinder_client]
region_name = RegionOne
[oslo_concurrency]
lock_path = /var/lib/magnum/lock
[quotas]
# many test runs share the demo project; clusters left in DELETE_FAILED by a failed run count too
max_clusters_per_project = 1000
EOF
  magnum-db-manage --config-file $c upgrade >/dev/null 2>&1 || magnum-db-manage --config-file $c upgrade
  stamp "magnum db ready"
}
start_magnum() {
  # Clusters stuck in DELETE_FAILED (left by runs on a cloud without Heat, which could delete none) are dropped
  # from the database before Magnum starts, so they do not pile up against the project's cluster quota.
  if mariadb -uroot magnum -e "DELETE FROM nodegroup WHERE cluster_id IN (SELECT uuid FROM cluster WHERE status = 'DELETE_FAILED');
      DELETE FROM cluster WHERE status = 'DELETE_FAILED';"; then stamp "magnum: clusters stuck in DELETE_FAILED purged"; fi
  start_bg etcd-discovery $PY "$HERE/pylib/testcloud_discovery.py" $H 9514
  start_bg magnum-api magnum-api --config-file /etc/magnum/magnum.conf
  start_bg magnum-conductor magnum-conductor --config-file /etc/magnum/magnum.conf
  later wait_for magnum-api 90 http_ok http://$H:9511/
  later wait_for etcd-discovery 30 http_ok "http://$H:9514/new?size=1"
}
