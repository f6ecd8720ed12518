"""The renderer process's program (see typesetter.py): print HTML in on stdin, PDF bytes out on stdout.

Run by its path, not as a module of the package, so the process imports WeasyPrint and the standard library and
nothing of the app. Each request is an 8-byte length and the HTML (UTF-8); each answer a status byte (`1` a PDF,
`0` an error message), an 8-byte length and the bytes. It ends when its stdin closes: the worker stopped or died.
"""

from __future__ import annotations

import logging
import os
import struct
import sys

_LENGTH = struct.Struct("!Q")
#: Below the workers' priority: when the cores are busy, pages waiting on a worker go before a PDF being typeset
#: (in `make bench`, cached pages served while PDFs were exported fell by a quarter at equal priority).
NICENESS = 10


def main() -> int:
    os.nice(NICENESS)
    from weasyprint import HTML

    logging.basicConfig(level=logging.WARNING)  # WeasyPrint writes one INFO line per page otherwise
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but answers may reach the worker's pipe
    while len(header := requests.read(_LENGTH.size)) == _LENGTH.size:
        html = requests.read(_LENGTH.unpack(header)[0]).decode()
        try:
            status, body = b"1", HTML(string=html).write_pdf()
        except Exception as error:
            status, body = b"0", f"{type(error).__name__}: {error}".encode()
        answers.write(status + _LENGTH.pack(len(body)) + body)
        answers.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
