"""SQLite with writers queued by the kernel instead of by SQLite's busy handler (see `base.py`)."""
