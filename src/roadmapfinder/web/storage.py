"""Static files storage and collection rules: hashed and compressed (WhiteNoise), without source maps.

Source maps (Swagger UI and Redoc ship megabytes of them) are for the people who build those bundles, not for our
readers: leaving them out of `collectstatic` took most of the compression time of every deploy. The bundles still
end in a `sourceMappingURL` comment, so the manifest must not insist that the map exists.
"""

from __future__ import annotations

from django.contrib.staticfiles.apps import StaticFilesConfig
from whitenoise.storage import CompressedManifestStaticFilesStorage

#: Collected nowhere: source maps, and the editors' and systems' leftovers Django already skips.
IGNORED = ["*.map"]


def _without_source_maps(patterns: tuple[tuple[str, tuple[object, ...]], ...]) -> tuple[object, ...]:
    kept = []
    for extension, rules in patterns:
        rules_kept = tuple(r for r in rules if "sourceMappingURL" not in str(r))
        kept.append((extension, rules_kept))
    return tuple(kept)


class StaticStorage(CompressedManifestStaticFilesStorage):  # type: ignore[misc]  # whitenoise is untyped
    """WhiteNoise's hashed, compressed storage; `sourceMappingURL` comments are left as they are."""

    patterns = _without_source_maps(CompressedManifestStaticFilesStorage.patterns)


class StaticFilesAppConfig(StaticFilesConfig):
    """`django.contrib.staticfiles` that never collects source maps (listed in INSTALLED_APPS instead of it)."""

    ignore_patterns = [*StaticFilesConfig.ignore_patterns, *IGNORED]  # noqa: RUF012  (Django's own attribute)
