#!/bin/bash
# Installs WordPress and points it at the database server.
set -e
apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y apache2 php5 php5-mysql wordpress
ln -sf /usr/share/wordpress /var/www/html/blog
cat > /etc/wordpress/config-default.php <<PHP
<?php
define('DB_NAME', '{{DB_NAME}}');
define('DB_USER', '{{DB_USER}}');
define('DB_PASSWORD', '{{DB_PASSWORD}}');
define('DB_HOST', '{{DB_HOST}}');
PHP
service apache2 restart
