"""WSGI entry point for the production server (`roadmapfinder serve`: granian, or gunicorn).

Cached content pages are answered by `CachedPagesApp` before Django builds a request (see web/caching.py).

The catalog is loaded here, before the server accepts a request: invalid content stops the server with the
validator's full report rather than serving a half-broken site. The search index is built here too, once per
worker process, in a thread beside the first requests (pages do not need it), and logged once.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time

from django.core.wsgi import get_wsgi_application

from roadmapfinder.catalog import ContentInvalid, default_catalog
from roadmapfinder.search.index import index_for
from roadmapfinder.web.caching import CachedPagesApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roadmapfinder.web.settings")
application = CachedPagesApp(get_wsgi_application())

try:
    catalog = default_catalog()
except ContentInvalid as error:
    sys.stderr.write("RoadmapFinder will not start: its content does not validate.\n" + error.report() + "\n")
    raise SystemExit(1) from None


def _build_search_index() -> None:
    """Built once per process, beside the first requests rather than before them: pages do not need it, and a
    search that comes first waits for this one build (`Catalog.derived` holds a lock) instead of starting another."""
    started = time.perf_counter()
    index = index_for(catalog)
    logging.getLogger(__name__).info(
        "Search index of %d roadmaps and topics built in %.0f ms (process %d)",
        index.size,
        (time.perf_counter() - started) * 1000,
        os.getpid(),
    )


threading.Thread(target=_build_search_index, name="search-index", daemon=True).start()
