"""Static files: hashed and compressed once `collectstatic` has run, plain names before that.

Without this, a server started on a fresh install (or a test server that skips the slow collect step) answered
500 on every page, because the manifest storage refuses to name a file it has no manifest entry for. Before the
manifest exists, pages link the files by their plain names and WhiteNoise serves them from the apps' folders
(`WHITENOISE_USE_FINDERS`, set in settings when there is no manifest).
"""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage


class CollectedOrPlainStorage(CompressedManifestStaticFilesStorage):  # type: ignore[misc]  # untyped base
    """WhiteNoise's manifest storage, answering plain names while no manifest has been collected."""

    def stored_name(self, name: str) -> str:
        if not self.hashed_files:  # nothing collected yet: link the plain file, served from the apps' folders
            return name
        return str(super().stored_name(name))
