"""nginx in front of local instances, configured from the deployed files: the topology test and `make bench` run
the upstream and proxy rules production runs (deploy/nginx/), not a copy of them.

The upstream block is read from deploy/nginx/roadmapfinder.conf with its servers replaced by the local instances'
ports (every other line kept: `keepalive`, and `max_fails=0` on each server); the proxy rules are included from
deploy/nginx/roadmapfinder-proxy.conf as they are. Around them: what Debian's /etc/nginx/nginx.conf would give
(one worker per core, 1024 connections each), with every file nginx writes under `work`, so it runs unprivileged
beside the test or bench and leaves nothing behind. No TLS: the load generators speak plain HTTP.
"""

from __future__ import annotations

import re
from pathlib import Path

DEPLOY = Path(__file__).parent.parent / "deploy" / "nginx"
SITE = DEPLOY / "roadmapfinder.conf"
PROXY_RULES = DEPLOY / "roadmapfinder-proxy.conf"

_UPSTREAM = re.compile(r"^upstream roadmapfinder \{\n(?P<body>.*?)^\}", re.M | re.S)
_SERVER = re.compile(r"^\s*server \S+(?P<options>[^;]*);[^\n]*\n", re.M)


def upstream_block(ports: list[int]) -> str:
    """The deployed upstream, its servers being these local ports (each with the deployed server's options)."""
    found = _UPSTREAM.search(SITE.read_text())
    if found is None:
        raise ValueError(f"{SITE} has no `upstream roadmapfinder {{ ... }}` block")
    body = found["body"]
    servers = list(_SERVER.finditer(body))
    if not servers:
        raise ValueError(f"{SITE}'s upstream names no server")
    options = servers[0]["options"]
    local = "".join(f"    server 127.0.0.1:{port}{options};\n" for port in ports)
    rest = _SERVER.sub("", body)
    return f"upstream roadmapfinder {{\n{local}{rest}}}"


def nginx_conf(work: Path, port: int, upstreams: list[int]) -> str:
    """A whole nginx.conf listening on 127.0.0.1:`port` in front of the instances on `upstreams`."""
    temp = "\n".join(
        f"  {kind}_temp_path {work / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""daemon off;
worker_processes auto;
pid {work / "nginx.pid"};
error_log {work / "nginx-error.log"} warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
{temp}
{upstream_block(upstreams)}
  server {{
    listen 127.0.0.1:{port};
    include {PROXY_RULES};
  }}
}}
"""
