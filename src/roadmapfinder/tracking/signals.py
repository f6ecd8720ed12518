"""On log-in (which sign-up also does), the visitor's session progress joins the account's, and the plans they
created without an account become theirs; their plans that the joined marks leave with finished work no longer
finished schedule it again (tracking/trackers.visitor_joins_account).

The services are imported when someone logs in, not when Django starts: they bring the planner, search and
numpy, about half of `django.setup()`, which `roadmapfinder serve`'s preparing step (migrations, static files)
would otherwise pay before every start without using them."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest


@receiver(user_logged_in)
def _merge_visitor_progress(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    from roadmapfinder.tracking.trackers import visitor_joins_account

    if request is not None and hasattr(request, "session"):
        visitor_joins_account(session=request.session, user=user)
