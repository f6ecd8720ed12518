"""Following a generated roadmap like a catalog one, through the public surfaces: the page's Follow control (visitor
and learner, plain post and htmx), /me, the merge at sign-up, `PUT /api/v1/me/following/generated/{id}` and
`GET /api/v1/me/progress`, isolation between learners, the data file, account deletion, a followed roadmap that
is gone, and `roadmapfinder follow` / `progress`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from roadmapfinder.cli.server_client import Login
from roadmapfinder.generated.models import GeneratedRoadmapRecord
from roadmapfinder.tracking import services
from roadmapfinder.tracking.models import FollowedGenerated, FollowedRoadmap
from tests.helpers import PASSWORD, answer_cli_calls_here, check_openapi, text

pytestmark = [pytest.mark.database, pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]

HTMX = {"HX-Request": "true"}
FOLLOWING = "/api/v1/me/following/generated/{roadmap_id}"


def _generated(goal: str = "Kubernetes security", **inputs: object) -> dict[str, Any]:
    response = Client().post("/api/v1/roadmaps/generate", {"goal": goal, **inputs}, content_type="application/json")
    assert response.status_code == 201, response.content
    roadmap: dict[str, Any] = response.json()
    return roadmap


def _first_topic(roadmap: dict[str, Any]) -> str:
    topic: str = roadmap["phases"][0]["core_skills"][0]["topic"]
    return topic


def _mark(client: Client, roadmap: dict[str, Any], topic: str, status: str = "done", **headers: str) -> Any:
    page = f"/roadmaps/generated/{roadmap['id']}"
    data = {"topic": topic, "status": status, "track": f"generated:{roadmap['id']}", "phase": "1", "next": page}
    return client.post("/me/progress/topic", data, headers=headers)


def _token(user: User) -> str:
    return services.token_create(user=user, name="laptop")[1]


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _put(client: Client, roadmap_id: str, body: object, token: str) -> Any:
    path = FOLLOWING.format(roadmap_id=roadmap_id)
    return client.put(path, body, content_type="application/json", headers=_auth(token))


def _card(page: str, roadmap_id: str) -> str:
    """The visible text of one followed generated roadmap's card on /me."""
    found = re.search(rf'<li[^>]*data-generated="{roadmap_id}".*?</li>', page, re.S)
    assert found, f"no card for {roadmap_id}"
    return text(found.group(0))


def test_a_visitor_follows_from_the_page_sees_it_on_me_and_keeps_it_when_signing_up(client: Client) -> None:
    roadmap = _generated()
    page_url = f"/roadmaps/generated/{roadmap['id']}"
    assert "/me/progress/start" in client.get(page_url).content.decode(), "a visitor is first offered tracking"
    client.get("/me/progress/start", {"next": page_url})
    page = client.get(page_url).content.decode()
    assert f'action="/me/generated/{roadmap["id"]}/follow"' in page
    assert "Follow this roadmap on my dashboard" in text(page)

    followed = client.post(f"/me/generated/{roadmap['id']}/follow", {"next": page_url})
    assert followed.status_code == 302
    assert followed["Location"] == page_url
    page = client.get(page_url).content.decode()
    assert "On your dashboard · Stop following" in text(page)
    assert f"You follow {roadmap['title']}." in text(page)  # said on the page the learner acted on, once

    topic = _first_topic(roadmap)
    _mark(client, roadmap, topic)
    me = client.get("/me").content.decode()
    assert f"You follow {roadmap['title']}." not in text(me)
    card = _card(me, roadmap["id"])
    assert roadmap["title"] in card
    assert roadmap["id"] not in card, "named by its title, never its id"
    assert f"Generated for “{roadmap['goal']}”" in card
    assert re.search(r"\d+% 1 of \d+ finished", card)
    assert "Next:" in card
    assert f'href="{page_url}"' in client.get("/me").content.decode()

    response = client.post(
        "/accounts/signup/", {"username": "grace", "email": "", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    grace = User.objects.get(username="grace")
    assert list(FollowedGenerated.objects.filter(user=grace).values_list("generated_id", flat=True)) == [roadmap["id"]]
    assert re.search(r"\d+% 1 of \d+ finished", _card(client.get("/me").content.decode(), roadmap["id"]))


def test_marking_on_the_page_follows_it_and_htmx_redraws_the_bar_with_the_control(
    ada_client: Client, ada: User
) -> None:
    roadmap = _generated()
    response = _mark(ada_client, roadmap, _first_topic(roadmap), **HTMX)
    assert response.status_code == 200
    fragment = response.content.decode()
    assert 'id="progress-overall" hx-swap-oob="true"' in fragment
    assert f'action="/me/generated/{roadmap["id"]}/follow"' in fragment
    assert "Stop following" in text(fragment), "marking followed it, as on a catalog roadmap's page"
    assert FollowedGenerated.objects.filter(user=ada, generated_id=roadmap["id"]).exists()
    assert not FollowedRoadmap.objects.filter(user=ada).exists(), "a generated roadmap is no catalog follow"


def test_stop_following_takes_it_off_me_and_keeps_the_progress(ada_client: Client, ada: User) -> None:
    roadmap = _generated()
    topic = _first_topic(roadmap)
    _mark(ada_client, roadmap, topic)
    stopped = ada_client.post(f"/me/generated/{roadmap['id']}/follow", {"follow": "false", "next": "/me"})
    assert stopped.status_code == 302
    page = ada_client.get("/me").content.decode()
    assert f"You no longer follow {roadmap['title']}." in text(page)
    assert f'data-generated="{roadmap["id"]}"' not in page
    assert "You follow no roadmap yet" in text(page)
    assert ada.topic_progress.get(topic_id=topic).status == "done"


def test_the_catalog_side_of_me_is_unchanged(ada_client: Client) -> None:
    roadmap = _generated()
    _mark(ada_client, roadmap, _first_topic(roadmap))
    page = ada_client.get("/me").content.decode()
    assert 'data-roadmap="' not in page, "following a generated roadmap follows no catalog roadmap"
    assert "Your progress also counts on" in text(page), "the topic still counts on the catalog roadmaps"


def test_an_unknown_id_is_a_404_page_and_a_gone_roadmap_never_breaks_me(ada_client: Client, ada: User) -> None:
    assert ada_client.post("/me/generated/000000000000/follow").status_code == 404
    kept, gone, broken = _generated(), _generated("pyhton"), _generated("Go microservices on AWS")
    for roadmap in (kept, gone, broken):
        ada_client.post(f"/me/generated/{roadmap['id']}/follow")
    GeneratedRoadmapRecord.objects.filter(pk=gone["id"]).delete()
    GeneratedRoadmapRecord.objects.filter(pk=broken["id"]).update(roadmap={"id": broken["id"], "shape": "old"})
    response = ada_client.get("/me")
    assert response.status_code == 200
    page = response.content.decode()
    assert kept["title"] in _card(page, kept["id"])
    for roadmap in (gone, broken):
        assert "A generated roadmap you followed is no longer available." in _card(page, roadmap["id"])
    assert ada_client.post(f"/me/generated/{gone['id']}/follow", {"follow": "false"}).status_code == 302
    assert not FollowedGenerated.objects.filter(user=ada, generated_id=gone["id"]).exists()
    token = _token(ada)
    listed = Client().get("/api/v1/me/progress", headers=_auth(token)).json()
    check_openapi("/api/v1/me/progress", 200, listed)
    assert [(g["id"], g["progress"] is None) for g in listed["generated"]] == [
        (kept["id"], False),
        (broken["id"], True),
    ]
    assert listed["generated"][1]["title"] is None
    assert "no longer available" in listed["generated"][1]["note"]


def test_the_api_follows_lists_and_unfollows_a_generated_roadmap(client: Client, ada: User) -> None:
    roadmap, token = _generated(), _token(ada)
    followed = _put(client, roadmap["id"], {}, token)
    assert followed.status_code == 200, followed.content
    check_openapi(FOLLOWING.replace("{roadmap_id}", "{roadmap_id}"), 200, followed.json(), method="put")
    assert followed.json() == {
        "id": roadmap["id"],
        "title": roadmap["title"],
        "url": f"http://testserver/roadmaps/generated/{roadmap['id']}",
        "following": True,
    }
    client.put(
        f"/api/v1/me/progress/{_first_topic(roadmap)}", {"status": "done"}, "application/json", headers=_auth(token)
    )
    body = client.get("/api/v1/me/progress", headers=_auth(token)).json()
    check_openapi("/api/v1/me/progress", 200, body)
    assert body["following"] == [], "catalog follows are listed apart"
    [listed] = body["generated"]
    assert listed["id"] == roadmap["id"]
    assert listed["title"] == roadmap["title"]
    assert listed["url"] == followed.json()["url"]
    assert listed["progress"]["finished"] == 1
    assert listed["progress"]["total"] == sum(len(p["core_skills"]) + len(p["projects"]) for p in roadmap["phases"])
    assert [p["number"] for p in listed["phases"]] == [p["number"] for p in roadmap["phases"]]
    assert _first_topic(roadmap) not in listed["next_topics"]
    assert listed["note"] is None
    stopped = _put(client, roadmap["id"], {"following": False}, token)
    assert stopped.json()["following"] is False
    assert client.get("/api/v1/me/progress", headers=_auth(token)).json()["generated"] == []


def test_the_api_answers_404_with_a_hint_401_without_a_token_and_422_for_unknown_fields(
    client: Client, ada: User
) -> None:
    token = _token(ada)
    unknown = _put(client, "000000000000", {}, token)
    assert unknown.status_code == 404
    check_openapi(FOLLOWING, 404, unknown.json(), method="put")
    assert "generated roadmap" in unknown.json()["detail"]
    assert "generate one again" in unknown.json()["hint"]
    assert _put(client, "000000000000", {"following": False}, token).status_code == 404
    roadmap = _generated()
    assert client.put(FOLLOWING.format(roadmap_id=roadmap["id"]), {}, "application/json").status_code == 401
    assert _put(client, roadmap["id"], {"follow": True}, token).status_code == 422
    assert not FollowedGenerated.objects.exists()


def test_learners_never_see_or_change_each_others_follows(client: Client, ada: User) -> None:
    bob = User.objects.create_user("bob")
    roadmap, ada_token, bob_token = _generated(), _token(ada), _token(bob)
    _put(client, roadmap["id"], {}, ada_token)
    assert client.get("/api/v1/me/progress", headers=_auth(bob_token)).json()["generated"] == []
    _put(client, roadmap["id"], {"following": False}, bob_token)
    assert [g["id"] for g in client.get("/api/v1/me/progress", headers=_auth(ada_token)).json()["generated"]] == [
        roadmap["id"]
    ]
    bob_browser = Client()
    bob_browser.force_login(bob)
    assert f'data-generated="{roadmap["id"]}"' not in bob_browser.get("/me").content.decode()
    bob_browser.post(f"/me/generated/{roadmap['id']}/follow", {"follow": "false"})
    assert FollowedGenerated.objects.filter(user=ada).count() == 1


def test_the_data_file_carries_the_follows_and_old_files_still_import(ada_client: Client, ada: User) -> None:
    roadmap = _generated()
    ada_client.post(f"/me/generated/{roadmap['id']}/follow")
    exported = ada_client.get("/me/export").content
    document = json.loads(exported)
    assert [g["id"] for g in document["generated"]] == [roadmap["id"]]
    ada_client.post(f"/me/generated/{roadmap['id']}/follow", {"follow": "false"})
    upload = SimpleUploadedFile("data.json", exported, content_type="application/json")
    assert ada_client.post("/me/import", {"file": upload}).status_code == 302
    assert ada_client.get("/me/export").content == exported, "the round trip restores exactly the same data"

    old = {k: v for k, v in document.items() if k != "generated"}  # written before generated follows existed
    assert (
        ada_client.post("/me/import", {"file": SimpleUploadedFile("old.json", json.dumps(old).encode())}).status_code
        == 302
    )
    assert not FollowedGenerated.objects.filter(user=ada).exists()

    document["generated"] = [{"id": "not an id", "since": "2026-01-01T00:00:00Z"}]
    response = ada_client.post("/me/import", {"file": SimpleUploadedFile("bad.json", json.dumps(document).encode())})
    assert response.status_code == 400
    assert "Nothing was imported: invalid file at generated.0.id" in text(response.content)


def test_deleting_the_account_deletes_its_generated_follows(ada_client: Client, ada: User) -> None:
    roadmap = _generated()
    ada_client.post(f"/me/generated/{roadmap['id']}/follow")
    assert ada_client.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert not FollowedGenerated.objects.exists()
    assert GeneratedRoadmapRecord.objects.filter(pk=roadmap["id"]).exists(), "the shared roadmap itself stays"


def test_the_cli_follows_by_link_and_progress_shows_it(
    monkeypatch: pytest.MonkeyPatch, setenv: Any, tmp_path: Path, ada: User
) -> None:
    setenv("ROADMAPFINDER_CONFIG", str(tmp_path / "config.json"))
    answer_cli_calls_here(monkeypatch)
    token = _token(ada)
    Login(server="http://testserver", token=token).save()
    roadmap = _generated()
    runner = CliRunner()

    followed = runner.invoke(app, ["follow", f"https://roadmaps.example/roadmaps/generated/{roadmap['id']}"])
    assert followed.exit_code == 0, followed.output
    assert f"Following {roadmap['title']}" in followed.stdout
    runner.invoke(app, ["done", _first_topic(roadmap)])

    shown = runner.invoke(app, ["progress"])
    assert shown.exit_code == 0, shown.output
    assert f"{roadmap['title']} (generated):" in shown.stdout
    printed = json.loads(runner.invoke(app, ["progress", "--json"]).stdout)
    upcoming = printed["generated"][0]["next_topics"]
    names = [Client().get(f"/api/v1/topics/{t}").json()["name"] for t in upcoming]
    assert f"Next: {', '.join(names)}" in shown.stdout, "what to do next by name; the JSON keeps the ids"
    assert printed == Client().get("/api/v1/me/progress", headers=_auth(token)).json()
    assert printed["generated"][0]["id"] == roadmap["id"]

    as_json = runner.invoke(app, ["follow", roadmap["id"], "--stop", "--json"])
    assert json.loads(as_json.stdout)["following"] is False
    unknown = runner.invoke(app, ["follow", "generated:000000000000"])
    assert unknown.exit_code == 2  # an id that names nothing
    assert "generated roadmap" in unknown.stderr
    assert "Traceback" not in unknown.output


def test_the_home_page_offers_to_continue_a_followed_generated_roadmap(ada_client: Client) -> None:
    roadmap = _generated()
    _mark(ada_client, roadmap, _first_topic(roadmap))
    home = ada_client.get("/").content.decode()
    line = re.search(rf'<li data-continue="{roadmap["id"]}">.*?</li>', home, re.S)
    assert line, "a returning learner is offered the generated roadmap they follow"
    assert f'href="/roadmaps/generated/{roadmap["id"]}"' in line.group(0)
    assert re.search(rf"{re.escape(roadmap['title'])} \d+% · next: ", text(line.group(0)))
