#!/usr/bin/python3
"""Idempotently create flavors, a (fake) public image, the external network
and the demo project's private network + router. Uses openstacksdk."""
import os
import time
import openstack

H = os.environ.get('TC_HOST', '127.0.0.1')
SERVICES = os.environ.get('TC_SERVICES', '').split()


def conn(user, pw, project):
    return openstack.connect(
        auth_url='http://%s:5000/v3' % H, username=user, password=pw,
        project_name=project, user_domain_name='Default',
        project_domain_name='Default', region_name='RegionOne',
        interface='public', identity_api_version='3')


admin = conn('admin', os.environ['TC_ADMIN_PASSWORD'], 'admin')
demo = conn('demo', os.environ['TC_DEMO_PASSWORD'], 'demo')

if 'nova' in SERVICES:
    existing = {f.name for f in admin.compute.flavors()}
    for fid, name, ram, disk, vcpus in [
            ('42', 'm1.nano', 128, 1, 1), ('1', 'm1.tiny', 512, 1, 1),
            ('2', 'm1.small', 2048, 20, 1), ('3', 'm1.medium', 4096, 40, 2),
            ('4', 'm1.large', 8192, 80, 4), ('5', 'm1.xlarge', 16384, 160, 8)]:
        if name not in existing:
            admin.compute.create_flavor(id=fid, name=name, ram=ram,
                                        disk=disk, vcpus=vcpus)

if 'glance' in SERVICES:
    if not admin.image.find_image('testcloud-image'):
        img = admin.image.create_image(
            name='testcloud-image', disk_format='raw',
            container_format='bare', visibility='public',
            data=b'testcloud fake disk image\n' + b'\0' * 65536)

if 'cinder' in SERVICES:
    # devstack's default volume type name, so scripts written for devstack run unchanged
    if not admin.block_storage.find_type('lvmdriver-1'):
        admin.block_storage.create_type(name='lvmdriver-1')
    # Ready means a volume can be placed: the scheduler lists a pool only once cinder-volume has reported to it.
    deadline = time.time() + 180
    while not list(admin.block_storage.backend_pools()):
        if time.time() > deadline:
            raise SystemExit('cinder-scheduler lists no pool 180 s after start: cinder-volume never reported to it')
        time.sleep(2)

if 'neutron' in SERVICES:
    net = admin.network.find_network('public')
    if not net:
        net = admin.network.create_network(
            name='public', is_router_external=True,
            provider_network_type='flat', provider_physical_network='public')
    if not admin.network.find_subnet('public-subnet'):
        admin.network.create_subnet(
            name='public-subnet', network_id=net.id, ip_version=4,
            cidr='172.24.4.0/24', gateway_ip='172.24.4.1',
            is_dhcp_enabled=False,
            allocation_pools=[{'start': '172.24.4.10', 'end': '172.24.4.250'}])
    pnet = demo.network.find_network('private')
    if not pnet:
        pnet = demo.network.create_network(name='private')
    psub = demo.network.find_subnet('private-subnet')
    if not psub:
        psub = demo.network.create_subnet(
            name='private-subnet', network_id=pnet.id, ip_version=4,
            cidr='10.0.0.0/24')
    r = demo.network.find_router('router1')
    if not r:
        r = demo.network.create_router(
            name='router1', external_gateway_info={'network_id': net.id})
        demo.network.add_interface_to_router(r, subnet_id=psub.id)
print('resources bootstrap ok')
