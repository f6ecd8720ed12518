"""Static files: hashed and compressed once `collectstatic` has run, plain names before that; never source maps.

Without the plain names, a server started on a fresh install (or a test server that skips the slow collect step)
answered 500 on every page, because the manifest storage refuses to name a file it has no manifest entry for.
Before the manifest exists, pages link the files by their plain names and WhiteNoise serves them from the apps'
folders (`WHITENOISE_USE_FINDERS`, set in settings when there is no manifest).

Source maps (Swagger UI and Redoc ship megabytes of them) are for the people who build those bundles, not for our
readers: compressing them took most of every `collectstatic` (a second `make run` took about a minute). They are
not collected, and since the bundles still end in a `sourceMappingURL` comment, the manifest does not insist that
the map exists.
"""

from __future__ import annotations

from django.contrib.staticfiles.apps import StaticFilesConfig
from whitenoise.storage import CompressedManifestStaticFilesStorage

#: Collected nowhere: source maps (plus what Django already skips).
IGNORED = ["*.map"]


def _without_source_maps(patterns: tuple[tuple[str, tuple[object, ...]], ...]) -> tuple[object, ...]:
    return tuple(
        (extension, tuple(rule for rule in rules if "sourceMappingURL" not in str(rule)))
        for extension, rules in patterns
    )


class CollectedOrPlainStorage(CompressedManifestStaticFilesStorage):  # type: ignore[misc]  # untyped base
    """WhiteNoise's manifest storage, answering plain names while no manifest has been collected; a bundle's
    `sourceMappingURL` comment is left as it is."""

    patterns = _without_source_maps(CompressedManifestStaticFilesStorage.patterns)

    def stored_name(self, name: str) -> str:
        if not self.hashed_files:  # nothing collected yet: link the plain file, served from the apps' folders
            return name
        return str(super().stored_name(name))

    def url(self, name: str | None, force: bool = False) -> str:
        """The file's address, kept per name for the manifest in use.

        Every page links about a dozen static files, and working each address out again (the manifest lookup, the
        URL joining and quoting) cost about 35 microseconds a time: half of rendering the site's frame. An address
        only changes with the manifest, which a new collect loads as a new mapping: the addresses kept are for the
        mapping they were worked out with, and forgotten when it changes.
        """
        if force or name is None:
            return str(super().url(name, force))
        if self._urls_manifest is not self.hashed_files or len(self._urls) >= _URLS_KEPT:
            self._urls, self._urls_manifest = {}, self.hashed_files
        found = self._urls.get(name)
        if found is None:
            found = self._urls[name] = str(super().url(name))
        return found

    _urls: dict[str, str] = {}  # noqa: RUF012  replaced per instance (above) before the first address is kept
    _urls_manifest: object = None


#: Static addresses kept per storage: far more than the site links (a few dozen files), so never cleared in use.
_URLS_KEPT = 1024


class StaticFilesAppConfig(StaticFilesConfig):
    """`django.contrib.staticfiles` that never collects source maps (listed in INSTALLED_APPS instead of it)."""

    ignore_patterns = [*StaticFilesConfig.ignore_patterns, *IGNORED]  # noqa: RUF012  (Django's own attribute)
