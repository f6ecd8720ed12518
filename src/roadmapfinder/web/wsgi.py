"""WSGI entry point for the production server (`roadmapfinder serve`: granian, or gunicorn).

Cached content pages are answered by `CachedPagesApp` before Django builds a request (see web/caching.py), and a
tracking reader's page that nothing has changed since by `PersonalAnswersApp` (web/personal_answers.py).

The catalog is loaded here, before the server accepts a request: invalid content stops the server with the
validator's full report rather than serving a half-broken site. It comes from the snapshot `roadmapfinder serve`
made before starting the workers (web/startup.py), with its search index, so a worker neither parses the content
nor builds the index again; without a current snapshot (a server started some other way) the worker loads,
validates and indexes the content itself, once, and keeps the snapshot for the next.

Everything loaded so far (Django, the catalog, the index: about 220,000 objects) lives as long as the worker, so it
is moved out of the garbage collector's reach with `gc.freeze()`: otherwise every full collection walks it again
while a request waits, which cost a signed-in plan page about a fifth of its time.

A worker of `roadmapfinder serve`'s granian then keeps to a core of its own (web/worker_cores.py), before it starts
its threads: they all inherit the core.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time

from django.core.wsgi import get_wsgi_application

from roadmapfinder.catalog import ContentInvalid
from roadmapfinder.catalog.loader import catalog_in
from roadmapfinder.config import config
from roadmapfinder.exporters.typesetter import typeset_in_renderer_process
from roadmapfinder.web.caching import CachedPagesApp
from roadmapfinder.web.personal_answers import PersonalAnswersApp
from roadmapfinder.web.startup import serving_catalog
from roadmapfinder.web.worker_cores import keep_to_one_core

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roadmapfinder.web.settings")
application = CachedPagesApp(PersonalAnswersApp(get_wsgi_application()))

_started = time.perf_counter()
try:
    catalog = catalog_in(config().content_dir, load=serving_catalog)
except ContentInvalid as error:
    sys.stderr.write("RoadmapFinder will not start: its content does not validate.\n" + error.report() + "\n")
    raise SystemExit(1) from None
logging.getLogger(__name__).info(
    "Catalog and search index of %d roadmaps and %d topics ready in %.0f ms (process %d)",
    len(catalog.roadmaps),
    len(catalog.topics),
    (time.perf_counter() - _started) * 1000,
    os.getpid(),
)
gc.collect()
gc.freeze()
if (claims := config().worker_cores) is not None:
    keep_to_one_core(claims)
typeset_in_renderer_process()  # PDFs are typeset in a process of their own: a worker stays a web worker's size
