# Sourced by start.sh.
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
[security_compliance]
# A password policy as many clouds have, so that Keystone's refusal (HTTP 400) is seen by the tests.
# Keystone ends its message with a full stop of its own. Every password the cloud itself sets (admin, demo,
# services: 7+ characters) passes.
password_regex = ^.{7,}$
password_regex_description = Passwords must have at least 7 characters
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
