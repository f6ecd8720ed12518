"""A plan's names that name nothing come back with the close ones' keys in `suggestions`, as every other "did you mean"
does; `POST /api/v1/plans` with a misspelt target answered `"suggestions": []`, the close names only in its detail."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]


def _refused(answer: Any, status: int) -> dict[str, Any]:
    assert answer.status_code == status, answer.content
    body: dict[str, Any] = answer.json()
    return body


def _plan(**fields: Any) -> Any:
    return Client().post("/api/v1/plans", {"start": "2027-01-04", **fields}, "application/json")


def test_a_misspelt_plan_target_names_the_close_ones_and_where_to_look_in_the_api() -> None:
    body = _refused(_plan(targets=["kubernets"]), 400)
    assert "kubernetes" in body["suggestions"]  # before: []
    assert "Kubernetes" in body["detail"]  # by name, for people


def test_a_misspelt_topic_left_out_of_a_plan_names_the_close_ones() -> None:
    body = _refused(_plan(targets=["Terraform"], drop=["terrafrom state"]), 400)
    assert "terraform-state" in body["suggestions"]
