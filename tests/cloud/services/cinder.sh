# Sourced by start.sh.
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
# cinder-volume's report of its pools is lost when it comes before the scheduler listens, and by default the next
# one comes 1-2 minutes later: until then every volume create ends in error (NoValidBackend). Report every 10 s.
periodic_interval = 10
periodic_fuzzy_delay = 0
backend_stats_polling_interval = 10
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
