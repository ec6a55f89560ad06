#!/usr/bin/python3
"""A stand-in for etcd's discovery service (discovery.etcd.io) on loopback, for Magnum.

Magnum asks it for a discovery URL before it hands a Kubernetes cluster to Heat:
GET /new?size=N answers a URL of this server; GET <that URL>/_config/size answers the size in etcd's JSON shape
(what Magnum checks when a user gives a discovery URL). Nothing ever registers: the fake servers run no etcd.
"""
import json
import sys
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

HOST, PORT = sys.argv[1], int(sys.argv[2])
SIZES = {}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        u = urlparse(self.path)
        if u.path == '/new':
            size = (parse_qs(u.query).get('size') or ['1'])[0]
            token = uuid.uuid4().hex
            SIZES[token] = size
            return self.answer('http://%s:%d/%s' % (HOST, PORT, token), 'text/plain')
        parts = u.path.strip('/').split('/')
        if len(parts) == 3 and parts[1:] == ['_config', 'size']:
            node = {'key': '/_etcd/registry/%s/_config/size' % parts[0], 'value': SIZES.get(parts[0], '1')}
            return self.answer(json.dumps({'action': 'get', 'node': node}), 'application/json')
        self.send_error(404)

    def answer(self, text, ctype):
        body = text.encode()
        self.send_response(200)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        sys.stderr.write('%s\n' % (fmt % args))


ThreadingHTTPServer((HOST, PORT), Handler).serve_forever()
