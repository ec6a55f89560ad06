#!/usr/bin/python3
"""Idempotently create service project/users, demo project/user, services
and endpoints in Keystone. Uses keystoneclient (one process, fast)."""
import os
from keystoneauth1.identity import v3
from keystoneauth1 import session
from keystoneclient.v3 import client

H = os.environ.get('TC_HOST', '127.0.0.1')
AUTH = 'http://%s:5000/v3' % H
ADMIN_PW = os.environ['TC_ADMIN_PASSWORD']
DEMO_PW = os.environ['TC_DEMO_PASSWORD']
SVC_PW = os.environ['TC_SERVICE_PASSWORD']
REGION = 'RegionOne'
SERVICES = os.environ.get('TC_SERVICES', '').split()

sess = session.Session(auth=v3.Password(
    auth_url=AUTH, username='admin', password=ADMIN_PW,
    project_name='admin', user_domain_id='default',
    project_domain_id='default'))
ks = client.Client(session=sess, interface='public')

def one(items):
    return items[0] if items else None

def project(name, desc):
    return (one(ks.projects.list(name=name, domain='default')) or
            ks.projects.create(name, 'default', description=desc))

def role(name):
    return one(ks.roles.list(name=name)) or ks.roles.create(name)

def password_works(name, pw, domain_id):
    try:
        session.Session(auth=v3.Password(auth_url=AUTH, username=name, password=pw,
                                         user_domain_id=domain_id)).get_token()
        return True
    except Exception:
        return False

def set_password(u, pw):
    # Setting a password, even the same one, revokes every token of the user: the tokens of the tests and
    # of the running services (restart.sh runs this while tests run). Set it only when it does not work.
    if not password_works(u.name, pw, u.domain_id):
        ks.users.update(u, password=pw)

def user(name, pw, proj):
    u = one(ks.users.list(name=name, domain='default'))
    if u:
        set_password(u, pw)
        return u
    return ks.users.create(name, domain='default', password=pw,
                           default_project=proj)

def grant(r, u, p):
    ks.roles.grant(r, user=u, project=p)

admin_r, member_r, reader_r = role('admin'), role('member'), role('reader')
service_r = role('service')
service_p = project('service', 'Service project')
demo_p = project('demo', 'Demo project')
demo_u = user('demo', DEMO_PW, demo_p)
grant(member_r, demo_u, demo_p)
grant(reader_r, demo_u, demo_p)
admin_u = one(ks.users.list(name='admin', domain='default'))
admin_p = one(ks.projects.list(name='admin', domain='default'))
grant(admin_r, admin_u, demo_p)   # admin can act inside demo too

CATALOG = {
    # name: (type, url, description)
    'glance': [('image', 'http://%s:9292' % H)],
    'nova': [('compute', 'http://%s:8774/v2.1' % H)],
    'placement': [('placement', 'http://%s:8778' % H)],
    'neutron': [('network', 'http://%s:9696' % H)],
    'cinder': [('volumev3', 'http://%s:8776/v3/%%(project_id)s' % H),
               ('block-storage', 'http://%s:8776/v3/%%(project_id)s' % H)],
    'magnum': [('container-infra', 'http://%s:9511/v1' % H)],
    'swift': [('object-store', 'http://%s:8080/v1/AUTH_%%(project_id)s' % H)],
    'heat': [('orchestration', 'http://%s:8004/v1/%%(tenant_id)s' % H)],
    'cinderbackup': [],  # no endpoint of its own: cinder-api serves backups
    'octavia': [('load-balancer', 'http://%s:9876' % H)],
}
SVC_NAMES = {'volumev3': 'cinderv3', 'block-storage': 'cinder'}

for name in SERVICES:
    if not CATALOG[name]:
        continue
    u = user(name, SVC_PW, service_p)
    grant(admin_r, u, service_p)
    grant(service_r, u, service_p)
    for stype, url in CATALOG[name]:
        sname = SVC_NAMES.get(stype, name)
        svc = one([s for s in ks.services.list(type=stype) if s.name == sname])
        if not svc:
            svc = ks.services.create(sname, stype, description=sname)
        eps = ks.endpoints.list(service=svc, region=REGION)
        for iface in ('public', 'internal', 'admin'):
            ep = one([e for e in eps if e.interface == iface])
            if ep is None:
                ks.endpoints.create(svc, url, interface=iface, region=REGION)
            elif ep.url != url:
                ks.endpoints.update(ep, url=url)
if 'magnum' in SERVICES:
    # magnum needs its own trustee domain + a domain admin in it
    dom = one(ks.domains.list(name='magnum')) or ks.domains.create(
        'magnum', description='Owns users and projects created by magnum')
    du = one(ks.users.list(name='magnum_domain_admin', domain=dom))
    if du:
        set_password(du, SVC_PW)
    else:
        du = ks.users.create('magnum_domain_admin', domain=dom, password=SVC_PW)
    ks.roles.grant(admin_r, user=du, domain=dom)

if 'heat' in SERVICES:
    # Heat's stack-user domain and its admin (users Heat makes for signals live there), and the roles
    # Heat knows: heat_stack_owner for stack owners, heat_stack_user for the users it creates.
    dom = one(ks.domains.list(name='heat')) or ks.domains.create(
        'heat', description='Owns users and projects created by heat')
    du = one(ks.users.list(name='heat_domain_admin', domain=dom))
    if du:
        set_password(du, SVC_PW)
    else:
        du = ks.users.create('heat_domain_admin', domain=dom, password=SVC_PW)
    ks.roles.grant(admin_r, user=du, domain=dom)
    role('heat_stack_owner')
    role('heat_stack_user')

print('keystone bootstrap ok: services=%s' % ' '.join(SERVICES))
