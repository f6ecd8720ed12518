"""Deployment checks of our own, run by `manage.py check --deploy` beside Django's."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Tags, Warning, register


@register(Tags.security, deploy=True)
def https_redirect_needs_the_proxy_header(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """`roadmapfinder serve` speaks plain HTTP, so an HTTPS redirect works only if the proxy's header is trusted."""
    if settings.SECURE_SSL_REDIRECT and not settings.SECURE_PROXY_SSL_HEADER:
        return [
            Warning(
                "SECURE_SSL_REDIRECT is on but no proxy header is trusted: behind the TLS proxy every request "
                "arrives as plain HTTP and would be redirected again, forever.",
                hint="Set BEHIND_HTTPS_PROXY=true (the proxy must set X-Forwarded-Proto) or SECURE_SSL_REDIRECT=false.",
                id="roadmapfinder.W001",
            )
        ]
    return []
