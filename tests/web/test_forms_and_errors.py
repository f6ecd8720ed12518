"""Account forms and error pages in the site's words (Django test client, sample catalog): labels tied to help
text and errors next to their field, the new token's copy button, confirmations, dates, icons, plain errors."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roadmapfinder.catalog import default_catalog
from roadmapfinder.errors import NotFound
from roadmapfinder.web.selectors import error_hint, plain_error
from tests.helpers import text

PASSWORD = "a long passphrase 42"


@pytest.mark.django_db
def test_sign_up_errors_sit_next_to_their_field_and_help_is_announced() -> None:
    User.objects.create_user("ada", password=PASSWORD)
    response = Client().post("/accounts/signup/", {"username": "ada", "password1": "pw", "password2": "pw"})
    markup = response.content.decode()
    username = re.search(r'<div class="field has-error">.*?</div>\s*</div>', markup, re.S)
    assert username is not None
    assert "A user with that username already exists." in username.group(0), "the error is inside the field's box"
    assert re.search(r'<input[^>]*name="username"[^>]*aria-invalid="true"', markup)
    email = re.search(r'<input[^>]*name="email"[^>]*>', markup)
    assert email is not None
    assert 'aria-describedby="id_email_helptext"' in email.group(0)
    assert 'id="id_email_helptext"' in markup
    assert "Email (optional)" in text(response.content)


@pytest.mark.django_db
def test_a_new_token_has_a_copy_button_and_the_table_says_what_each_column_is() -> None:
    client = Client()
    client.force_login(User.objects.create_user("ada", password=PASSWORD))
    markup = client.post("/me/tokens", {"name": "my laptop"}).content.decode()
    assert re.search(r'<code class="secret" id="new-token" data-token>rf_', markup)
    assert '<button type="button" class="copy-button" data-copy="new-token" hidden>Copy</button>' in markup
    assert "<th></th>" not in markup, "no empty table header"
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[^"]+" data-local="date">\d{1,2} \w{3} \d{4}</time>', markup)
    assert 'data-confirm="Revoke the token “my laptop”?' in markup, "revoking asks first"


def test_every_page_names_its_icons(client: Client) -> None:
    markup = client.get("/").content.decode()
    assert 'rel="icon" href="/static/roadmapfinder/icons/favicon.svg" type="image/svg+xml"' in markup
    assert 'rel="apple-touch-icon"' in markup
    assert 'rel="manifest"' in markup
    assert client.get("/favicon.ico").headers["Location"].endswith("icon-32.png")


def test_errors_speak_the_sites_words_with_suggestions_as_links() -> None:
    hint = "use a roadmap slug or topic id as listed by `roadmapfinder list` and `roadmapfinder topic`"
    assert "roadmapfinder" not in plain_error(hint)
    assert str(plain_error("unknown roadmap or topic in targets: `alpah`")).endswith("“alpah”")
    with pytest.raises(NotFound) as missing:
        default_catalog().roadmap("alpah-dev")
    assert missing.value.hint == "did you mean: “Alpha Developer”?"  # for people, on every surface
    assert str(error_hint(missing.value)) == 'did you mean <a href="/roadmaps/alpha-dev">Alpha Developer</a>?'
    assert "&lt;b&gt;" in str(plain_error("no topic `<b>`")), "escaped"


def test_an_unknown_address_suggests_the_sites_own_pages_and_a_search(client: Client) -> None:
    response = client.get("/signup")
    assert response.status_code == 404
    markup = response.content.decode()
    assert '<a href="/accounts/signup/">Sign up</a>' in markup
    assert '<a href="/search?q=signup">Search everything for “signup”</a>' in markup


@pytest.fixture
def client() -> Client:
    return Client()


def _between(markup: str, first: str, then: str, inside: str) -> bool:
    """Whether `inside` comes after the first mark and before the second in the page's markup."""
    return markup.index(first) < markup.index(inside) < markup.index(then)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("answers", "field", "next_field", "said"),
    [
        ({"hours": "500"}, "hours", 'id="start"', "500 hours per week is out of range. Give a number from 1 to 80."),
        (
            {"start": "2027-03-01", "target_date": "2027-02-01"},
            "target_date",
            'id="session_time"',
            "The target date 2027-02-01 is not after the start date 2027-03-01",
        ),
        ({"session_time": "teatime"}, "session_time", 'id="session_minutes"', "is not a time of day"),
        ({"goals": "alpah"}, "goals", 'id="hours"', "Unknown roadmap or topic in targets: “alpah”"),
    ],
)
def test_generate_form_errors_sit_next_to_their_field(
    answers: dict[str, str], field: str, next_field: str, said: str
) -> None:
    data = {"roadmap": [] if "goals" in answers else ["alpha-dev"], "hours": "6", **answers}
    response = Client().post("/generate", data)
    assert response.status_code == 400
    markup = response.content.decode()
    assert re.search(rf'<(input|select) id="{field}"[^>]*aria-invalid="true" aria-describedby="{field}_error"', markup)
    note = re.search(rf'<p class="field-errors" id="{field}_error">(.*?)</p>', markup, re.S)
    assert note is not None
    assert said in text(note.group(1))
    assert _between(markup, f'id="{field}"', next_field, f'id="{field}_error"'), "the note is right after its input"
    assert f'<a href="#{field}">' in markup, "the summary at the top links to the field"


@pytest.mark.django_db
def test_generate_form_folds_the_roadmaps_by_category_and_opens_the_chosen_ones() -> None:
    markup = Client().get("/generate?roadmap=alpha-dev").content.decode()
    groups = re.findall(r'<details class="pick-group"( open)?><summary>([^<]+)', markup)
    assert len(groups) == 2, "one fold per category"
    opened = [label.strip() for is_open, label in groups if is_open]
    assert len(opened) == 1
    chosen = re.search(r'<details class="pick-group" open>.*?</details>', markup, re.S)
    assert chosen is not None
    assert 'value="alpha-dev" checked' in chosen.group(0), "the chosen roadmap's category is open"
    assert "Chosen: Alpha Developer." in text(markup)
