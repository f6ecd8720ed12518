"""The Content-Security-Policy header, with the site's own policy built once per process.

django-csp's middleware builds the header string again for every response (the settings copied into dataclasses,
each directive copied and joined, twice with the report-only policy): about 60 us, a tenth of a personal page's
first view. The site's policy has no nonce and changes only with the settings, so `CSPMiddleware` keeps the built
header and sets it on every response that asks for nothing else. A response whose view changes the policy
(`csp_replace`, `csp_update`, a per-view config, an exemption) or a request that drew a nonce goes through
django-csp's own code, as before; so does everything when `DEBUG` shows error pages.
"""

from __future__ import annotations

import functools
from typing import Any

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as BuildingCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponseBase

#: Response attributes django-csp's decorators set to change a view's policy.
_OVERRIDES = tuple(f"_csp_{what}{ro}" for what in ("config", "update", "replace", "exempt") for ro in ("", "_ro"))


@functools.cache
def _site_policy(report_only: bool) -> tuple[str, tuple[str, ...]]:
    """The header the settings give (empty when there is no policy) and the path prefixes it is not sent for."""
    setting = "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
    prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES", None) or ()
    return build_policy(report_only=report_only), tuple(prefixes)


@receiver(setting_changed)
def _policy_changed(*, setting: str, **_: Any) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _site_policy.cache_clear()


class CSPMiddleware(BuildingCSPMiddleware):
    """django-csp's middleware, answering the site's unchanged policy from the header built once."""

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if settings.DEBUG or getattr(request, "_csp_nonce", None) is not None:
            return super().process_response(request, response)
        if any(hasattr(response, name) for name in _OVERRIDES):
            return super().process_response(request, response)
        for header, report_only in ((HEADER, False), (HEADER_REPORT_ONLY, True)):
            policy, excluded = _site_policy(report_only)
            if policy and header not in response and not request.path_info.startswith(excluded):
                response[header] = policy
        # As django-csp does: a nonce asked for after the header is written is an error, not a silent gap.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)  # type: ignore[attr-defined]
        return response
