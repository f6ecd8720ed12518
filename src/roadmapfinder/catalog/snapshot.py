"""A validated catalog kept on disk between server starts, so a start with unchanged content skips the YAML.

Reading and validating the shipped content takes about 2.5 s of CPU, and `roadmapfinder serve` used to pay it in
every process (the launcher, then each worker), then build the search index (about 2 s more) in each worker:
most of a second start. A snapshot is the catalog as loaded, with the values derived from it that the caller
asks for (the search index, the goal reader's vocabulary), pickled under a name that is a digest of every content
file's bytes and of the code that reads them. Loading one takes about 0.1 s; any change of content or code gives
another name, so a snapshot is never stale, and the old ones are removed when a new one is written.

The pickle is only ever read from the server's own data folder (beside its SQLite file and secret key), written
by the server itself; anyone who can write there can change the site anyway.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.loader import default_content_root, load_catalog

PREFIX = "catalog-"
SUFFIX = ".pickle"
#: Libraries whose objects are inside a snapshot (the models, the search index's arrays).
_LIBRARIES = ("pydantic", "pydantic-core", "bm25s", "numpy", "scipy")


def fingerprint(root: Path | None) -> str:
    """A digest of the content folder's files and of the code that turns them into a catalog."""
    root = root or default_content_root()
    digest = hashlib.sha256(sys.version.encode())
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(library.encode())
    package = Path(__file__).parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.read_bytes())
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def snapshot_path(folder: Path, root: Path | None) -> Path:
    """Where the snapshot of this content (and this code) lives in `folder`."""
    return folder / f"{PREFIX}{fingerprint(root)}{SUFFIX}"


def load_snapshot(path: Path) -> Catalog | None:
    """The catalog stored at `path`, or None when there is none (or it cannot be read: it is rebuilt)."""
    try:
        with path.open("rb") as file:
            catalog = pickle.load(file)  # written by this server, in its own data folder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return catalog if isinstance(catalog, Catalog) else None


def catalog_from_snapshot(
    root: Path | None, folder: Path, *, derive: Iterable[Callable[[Catalog], Any]] = ()
) -> tuple[Catalog, bool]:
    """The catalog of `root`, from its snapshot in `folder` when there is one; else loaded (and validated) from
    the files, `derive`d values built, and stored for the next start. Answers it and whether it came from the
    snapshot. `ContentInvalid` as `load_catalog` raises it."""
    path = snapshot_path(folder, root)
    if (catalog := load_snapshot(path)) is not None:
        return catalog, True
    catalog = load_catalog(root)
    for build in derive:
        catalog.derived(build)
    _write(catalog, path)
    return catalog, False


def _write(catalog: Catalog, path: Path) -> None:
    """Write atomically (another process may read it at the same moment), then drop older snapshots."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".catalog-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            pickle.dump(catalog, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for old in path.parent.glob(f"{PREFIX}*{SUFFIX}"):
        if old != path:
            old.unlink(missing_ok=True)
