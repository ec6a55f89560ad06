# Sourced by start.sh.
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
