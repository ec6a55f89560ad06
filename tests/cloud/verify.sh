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
# the interoperable import: staged, then imported by Glance's own task (glance-direct)
run openstack image create --import --disk-format raw --container-format bare --file /tmp/mc-img.$R imp-$R
run waitfor image imp-$R active
run openstack image delete imp-$R
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
if openstack catalog show object-store >/dev/null 2>&1; then
  echo "== swift"
  as demo
  head -c 300000 /dev/urandom > /tmp/mc-obj.$R
  run openstack container create ct-$R
  run openstack container list --prefix ct-$R
  run openstack object create --name obj-$R ct-$R /tmp/mc-obj.$R
  run openstack object show ct-$R obj-$R
  run openstack object save --file /tmp/mc-obj.$R.out ct-$R obj-$R
  run cmp /tmp/mc-obj.$R /tmp/mc-obj.$R.out
  run bash -c "curl -sf http://127.0.0.1:8080/info | grep -q '\"slo\"'"
  run openstack object delete ct-$R obj-$R
  run openstack container delete ct-$R
  rm -f /tmp/mc-obj.$R /tmp/mc-obj.$R.out
fi
if openstack catalog show orchestration >/dev/null 2>&1; then
  echo "== heat: a stack with a network, subnet, volume and server; update, delete"
  as demo
  cat > /tmp/heat-$R.yaml <<EOF
heat_template_version: 2018-08-31
parameters:
  size: {type: number, default: 1}
resources:
  net: {type: OS::Neutron::Net}
  sub:
    type: OS::Neutron::Subnet
    properties: {network: {get_resource: net}, cidr: 10.$((R % 200 + 20)).1.0/24}
  vol:
    type: OS::Cinder::Volume
    properties: {size: {get_param: size}}
  srv:
    type: OS::Nova::Server
    depends_on: sub
    properties: {image: testcloud-image, flavor: m1.nano, networks: [{network: {get_resource: net}}]}
outputs:
  ip: {value: {get_attr: [srv, first_address]}}
EOF
  run openstack stack create -t /tmp/heat-$R.yaml --wait st-$R
  run bash -c "openstack stack show st-$R -f value -c stack_status | grep -qx CREATE_COMPLETE"
  run openstack stack output show st-$R ip
  run openstack stack update --existing --parameter size=2 --wait st-$R
  run openstack stack delete -y --wait st-$R
  rm -f /tmp/heat-$R.yaml
fi
as admin
if openstack volume service list --service cinder-backup -f value -c State 2>/dev/null | grep -q up; then
  echo "== cinder-backup (POSIX driver; the fake volume driver keeps each volume in a file)"
  as demo
  run openstack volume create --size 1 --image testcloud-image volb-$R; run waitfor volume volb-$R available
  run openstack volume backup create --name bk-$R volb-$R; run waitfor volume-backup bk-$R available
  run openstack volume backup create --incremental --name bki-$R volb-$R; run waitfor volume-backup bki-$R available
  run bash -c "openstack volume backup show bki-$R -f value -c is_incremental | grep -qx True"
  # OSC 6.0's "volume backup restore" restores, then fails to print the answer: cinderclient's CLI
  run cinder backup-restore --name volr-$R bki-$R; run waitfor volume volr-$R available
  IMG=/tmp/tc-img.$R; openstack image save --file $IMG testcloud-image
  run cmp -n "$(stat -c %s $IMG)" $IMG "/var/lib/cinder/volumes/volume-$(openstack volume show volr-$R -f value -c id)"
  rm -f $IMG
  run openstack volume backup delete bki-$R
  for _ in $(seq 60); do openstack volume backup show bki-$R >/dev/null 2>&1 || break; sleep 0.5; done
  run openstack volume backup delete bk-$R
  run openstack volume delete volb-$R volr-$R
fi
if openstack catalog show load-balancer >/dev/null 2>&1; then
  echo "== octavia (amphora provider on no-op drivers): a load balancer, listener, pool, members, monitor; cascade delete"
  as demo
  run openstack loadbalancer create --name lb-$R --vip-subnet-id private-subnet --wait
  run openstack loadbalancer listener create --name lsn-$R --protocol HTTP --protocol-port 80 --wait lb-$R
  run openstack loadbalancer pool create --name pl-$R --protocol HTTP --lb-algorithm ROUND_ROBIN --listener lsn-$R --wait
  run openstack loadbalancer member create --address 10.0.0.21 --protocol-port 80 --wait pl-$R
  run openstack loadbalancer healthmonitor create --type HTTP --delay 5 --timeout 3 --max-retries 2 --wait pl-$R
  run bash -c "openstack loadbalancer status show lb-$R | grep -q '\"members\"'"
  run bash -c "openstack loadbalancer show lb-$R -f value -c provisioning_status | grep -qx ACTIVE"
  run openstack loadbalancer delete --cascade --wait lb-$R
fi
echo "failures: $FAILS"
exit $FAILS
