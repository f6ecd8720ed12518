"""The authentication backend: Django's `ModelBackend`, reading the signed-in learner's row without the ORM
building the query (every personal page loads the learner; see roadmapfinder/db_rows.py).

A session remembers the backend that signed it in by its dotted path, so `ModelBackend` stays listed after this one
in `AUTHENTICATION_BACKENDS` for sessions started before it: they go on working. It is never asked to check a
password: a wrong one stops here (`PermissionDenied`, which Django reads as "refuse, ask no other backend"), or
every failed log-in would be hashed twice.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from roadmapfinder.db_rows import column, one_row, read_ahead

#: Its dotted path, as sessions store it (`login(..., backend=LEARNER_BACKEND)`).
LEARNER_BACKEND = "roadmapfinder.tracking.backends.LearnerBackend"


class LearnerBackend(ModelBackend):
    """Log-in by username and password and the learner's row by id, as `ModelBackend` does both."""

    def authenticate(
        self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> User | None:
        user: User | None = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None and password is not None:
            raise PermissionDenied  # refused here: the ModelBackend listed after this one would hash it again
        return user

    def get_user(self, user_id: int) -> User | None:
        user = read_ahead(User, user_id) or one_row(User, f"{column(User, 'id')} = %s", [user_id])
        return user if user is not None and self.user_can_authenticate(user) else None
