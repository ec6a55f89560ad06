#!/bin/bash
# Smoke-test a running testcloud with the Debian openstack CLI.
# Prints one line per check: OK/FAIL, seconds, command. Exit status = #failures.
TC_STATE=${TC_STATE:-/var/lib/testcloud}
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
cd /tmp || exit 1
FAILS=0
as() { . "$TC_STATE/openrc" "$1"; }
run() {  # run CMD... ; output in $OUT
  local t0=$(date +%s.%N) rc
  OUT=$("$@" 2>&1); rc=$?
  printf '%-4s %5.1fs  %s\n' "$([ $rc = 0 ] && echo OK || echo FAIL)" \
    "$(echo "$(date +%s.%N) - $t0" | bc)" "$*"
  [ $rc = 0 ] || { FAILS=$((FAILS+1)); echo "$OUT" | tail -3 | sed 's/^/      /'; }
  return $rc
}
waitfor() {  # waitfor server|volume|volume-snapshot NAME STATUS
  local kind=$1 name=$2 want=$3 s=
  for _ in $(seq 120); do
    s=$(openstack ${kind/-/ } show "$name" -f value -c status 2>/dev/null)
    [ "$s" = "$want" ] && return 0
    case $s in ERROR|error*) break ;; esac
    sleep 0.5
  done
  echo "$kind $name is '$s', wanted $want"; return 1
}
R=$RANDOM
as demo
echo "== keystone"
run openstack token issue
run openstack catalog list
as admin
run openstack project list
run openstack user list
as demo
echo "== glance"
head -c 1048576 /dev/urandom > /tmp/mc-img.$R
run openstack image create --disk-format raw --container-format bare --file /tmp/mc-img.$R img-$R
run openstack image save --file /tmp/mc-img.$R.out img-$R
run cmp /tmp/mc-img.$R /tmp/mc-img.$R.out
run openstack image set --property foo=bar img-$R
run openstack image delete img-$R
rm -f /tmp/mc-img.$R /tmp/mc-img.$R.out
echo "== nova"
run openstack flavor list
run openstack keypair create kp-$R
run openstack server create --flavor m1.tiny --image testcloud-image --network private --key-name kp-$R --wait vm-$R
run waitfor server vm-$R ACTIVE
run openstack server stop vm-$R;   run waitfor server vm-$R SHUTOFF
run openstack server start vm-$R;  run waitfor server vm-$R ACTIVE
run openstack server reboot vm-$R; run waitfor server vm-$R ACTIVE
run openstack server reboot --hard vm-$R; run waitfor server vm-$R ACTIVE
run openstack server resize --flavor m1.small vm-$R; run waitfor server vm-$R VERIFY_RESIZE
run openstack server resize confirm vm-$R; run waitfor server vm-$R ACTIVE
run openstack console log show vm-$R
echo "== nova: two compute hosts, migrations (admin)"
VM=$(openstack server show vm-$R -f value -c id)   # the admin finds demo's server by id, not by name
as admin
run bash -c "openstack hypervisor list -f value -c 'Hypervisor Hostname' | sort | tr '\n' ' ' | grep -qx 'testcloud testcloud2 '"
HOST0=$(openstack server show $VM -f value -c OS-EXT-SRV-ATTR:host)
run openstack server migrate --wait $VM; run waitfor server $VM VERIFY_RESIZE
run openstack server migration confirm $VM; run waitfor server $VM ACTIVE
run bash -c "[ \"\$(openstack server show $VM -f value -c OS-EXT-SRV-ATTR:host)\" != '$HOST0' ]"
run openstack server migrate --live-migration --wait $VM; run waitfor server $VM ACTIVE
run bash -c "[ \"\$(openstack server show $VM -f value -c OS-EXT-SRV-ATTR:host)\" = '$HOST0' ]"
as demo
echo "== neutron"
run openstack network create net-$R
run openstack subnet create --network net-$R --subnet-range 10.$((R % 200 + 20)).0.0/24 sub-$R
run openstack router create r-$R
run openstack router add subnet r-$R sub-$R
run openstack router set --external-gateway public r-$R
run openstack port create --network net-$R port-$R
run openstack security group create sg-$R
run openstack security group rule create --protocol tcp --dst-port 22 sg-$R
run openstack port set --security-group sg-$R port-$R
run openstack floating ip create public
FIP=$(echo "$OUT" | awk '/floating_ip_address/ {print $4}')
run openstack server add floating ip vm-$R "$FIP"
run openstack server add security group vm-$R sg-$R
run openstack server remove security group vm-$R sg-$R
run openstack server remove floating ip vm-$R "$FIP"
run openstack floating ip delete "$FIP"
echo "== cinder"
run openstack volume create --size 1 vol-$R; run waitfor volume vol-$R available
run openstack server add volume vm-$R vol-$R; run waitfor volume vol-$R in-use
run openstack server remove volume vm-$R vol-$R; run waitfor volume vol-$R available
run openstack volume set --size 2 vol-$R; run waitfor volume vol-$R available
run openstack volume snapshot create --volume vol-$R snap-$R; run waitfor volume-snapshot snap-$R available
run openstack volume create --snapshot snap-$R vol2-$R; run waitfor volume vol2-$R available
run openstack volume create --size 1 --image testcloud-image volimg-$R; run waitfor volume volimg-$R available
run openstack server create --flavor m1.tiny --volume volimg-$R --network private --wait bfv-$R
run openstack server delete --wait bfv-$R
run openstack volume delete vol2-$R
run openstack volume snapshot delete snap-$R
sleep 2
run openstack volume delete vol-$R volimg-$R
echo "== cleanup nova/neutron"
run openstack server delete --wait vm-$R
run openstack keypair delete kp-$R
run openstack port delete port-$R
run openstack security group delete sg-$R
run openstack router unset --external-gateway r-$R
run openstack router remove subnet r-$R sub-$R
run openstack router delete r-$R
run openstack subnet delete sub-$R
run openstack network delete net-$R
if openstack catalog show container-infra >/dev/null 2>&1; then
  echo "== magnum (cluster templates only; clusters need heat)"
  as admin
  openstack image show fcos-fake >/dev/null 2>&1 ||
    run openstack image create --disk-format qcow2 --container-format bare --public \
      --property os_distro=fedora-coreos --file /etc/hostname fcos-fake
  run openstack coe service list
  as demo
  run openstack keypair create kpm-$R
  run openstack coe cluster template create tpl-$R --coe kubernetes --image fcos-fake \
    --external-network public --keypair kpm-$R --flavor m1.small --master-flavor m1.small \
    --network-driver flannel --docker-volume-size 5
  run openstack coe cluster template list
  run openstack coe cluster template delete tpl-$R
  run openstack keypair delete kpm-$R
  as admin
  run openstack image delete fcos-fake
fi
echo "failures: $FAILS"
exit $FAILS
