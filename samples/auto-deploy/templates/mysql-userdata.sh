#!/bin/bash
# Installs MySQL on the attached volume and creates the WordPress database.
set -e
mkfs.ext4 -F /dev/vdb && mkdir -p /var/lib/mysql && mount /dev/vdb /var/lib/mysql
apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y mysql-server
sed -i 's/^bind-address.*/bind-address = 0.0.0.0/' /etc/mysql/my.cnf
service mysql restart
mysql -u root <<SQL
CREATE DATABASE {{DB_NAME}};
CREATE USER '{{DB_USER}}'@'%' IDENTIFIED BY '{{DB_PASSWORD}}';
GRANT ALL PRIVILEGES ON {{DB_NAME}}.* TO '{{DB_USER}}'@'%';
FLUSH PRIVILEGES;
SQL
