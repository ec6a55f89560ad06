# Sourced by start.sh.
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
# web-download imports may fetch from the local Swift: port 8080, and 127.0.0.1 (Glance refuses loopback
# addresses unless they are allowed by name)
[import_filtering_opts]
allowed_ports = [80, 443, 8080]
allowed_hosts = [127.0.0.1]
EOF
  mkdir -p /var/lib/glance/tasks /var/lib/glance/lock
  glance-manage --config-file $c db_sync >/dev/null 2>&1 || glance-manage --config-file $c db_sync
  stamp "glance db ready"
}
start_glance() {
  start_bg glance-api glance-api --config-file /etc/glance/glance-api.conf
  later wait_for glance-api 60 http_ok http://$H:9292/
}
