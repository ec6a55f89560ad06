# Sourced by start.sh: writes the openrc and clouds.yaml for admin and demo.
write_openrc() {
  cat > "$TC_STATE/openrc" <<EOF
# usage: . $TC_STATE/openrc [demo|admin]
_u=\${1:-demo}
export OS_AUTH_URL=http://$H:5000/v3
export OS_IDENTITY_API_VERSION=3
export OS_REGION_NAME=RegionOne
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_INTERFACE=public
if [ "\$_u" = admin ]; then
  export OS_USERNAME=admin OS_PASSWORD=$TC_ADMIN_PASSWORD OS_PROJECT_NAME=admin
else
  export OS_USERNAME=demo OS_PASSWORD=$TC_DEMO_PASSWORD OS_PROJECT_NAME=demo
fi
unset _u
EOF
  # clouds.yaml with both clouds, as openstacksdk and the module read it
  {
    echo "clouds:"
    for u in admin demo; do
      local pw=$TC_DEMO_PASSWORD; [ $u = admin ] && pw=$TC_ADMIN_PASSWORD
      cat <<EOC
  testcloud-$u:
    auth_type: password
    auth:
      auth_url: http://$H:5000/v3
      username: $u
      password: $pw
      project_name: $u
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
EOC
    done
  } > "$TC_STATE/clouds.yaml"
  chmod 600 "$TC_STATE/clouds.yaml" "$TC_STATE/openrc"
}
