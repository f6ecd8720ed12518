"""Gzip for a page made for one reader on each view: fast enough to pay per request, with Django's BREACH defence.

Django's GZipMiddleware compresses at zlib's level 6. For an answer compressed once and kept (a shared cached page,
a reader's kept copy) that is right. A page assembled for one reader since their last change (web/first_views.py)
is compressed on every such view, and every browser asks for gzip: zlib's level 6 took 2.05 ms for the signed-in
Backend roadmap page (144 KB), four times assembling it, and zlib's level 1 still 0.69 ms. ISA-L's igzip at its
level 2 takes 0.14 ms for 22.1 KB instead of 18.9 KB (the plan page: 0.13 ms, 19.2 KB instead of 16.1): a few
kilobytes more on the wire for a fifteenth of the CPU, the trade nginx's own default for dynamic compression
(`gzip_comp_level 1`) makes too.

As Django's `compress_string` does when given `max_random_bytes`, the gzip header carries a file name of random
length, so an answer's compressed length tells less about the secrets in it (BREACH; GZipMiddleware.max_random_bytes).
"""

from __future__ import annotations

import gzip
import secrets

from isal import igzip

#: igzip's levels run 0-3; 3 costs about five times 2 for 2-3 % smaller pages (measured as above).
LEVEL = 2


def compressed_for_reader(body: bytes, *, max_random_bytes: int) -> bytes:
    """The body as a gzip member whose header names a file of 0 to `max_random_bytes` - 1 bytes."""
    data = igzip.compress(body, LEVEL, mtime=0)
    header = bytearray(data[:10])
    header[3] = gzip.FNAME
    name = b"a" * secrets.randbelow(max_random_bytes) + b"\x00"
    return bytes(header) + name + data[10:]
