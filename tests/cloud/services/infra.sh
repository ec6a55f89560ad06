# Sourced by start.sh.
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
  want heat && dbs+=" heat"
  want octavia && dbs+=" octavia"
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
