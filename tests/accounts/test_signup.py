import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db
GOOD = {
    "username": "ada",
    "email": "",
    "password1": "a-long-pass-phrase-42",
    "password2": "a-long-pass-phrase-42",
}


def test_signup_logs_the_user_in_as_a_student(client):
    response = client.post(reverse("accounts:signup"), GOOD)
    assert response.status_code == 302
    user = get_user_model().objects.get(username="ada")
    assert not user.groups.exists()
    assert client.get(reverse("accounts:cohorts")).status_code == 200


def test_duplicate_username_is_refused_case_insensitively(client, make_user):
    make_user("Ada")
    response = client.post(reverse("accounts:signup"), GOOD)
    assert response.status_code == 400
    assert "That username is taken" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("username", "", "This field is required"),
        ("username", "a" * 200, "at most 150 characters"),
        ("username", "<b>x</b>", "Enter a valid username"),
        ("password2", "different-pass-phrase-42", "didn’t match"),
        ("email", "not-an-email", "Enter a valid email address"),
    ],
)
def test_bad_signup_input_gets_a_clear_error(client, field, value, message):
    response = client.post(reverse("accounts:signup"), {**GOOD, field: value})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not get_user_model().objects.exists()


def test_post_without_csrf_token_is_refused_with_a_page():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("accounts:signup"), GOOD)
    assert response.status_code == 403
    assert "could not be accepted" in response.content.decode()


def test_login_with_wrong_password_shows_an_error(client, make_user):
    make_user("ada")
    response = client.post(reverse("login"), {"username": "ada", "password": "nope"})
    assert "did not match" in response.content.decode()


def test_password_reset_sends_a_mail(client, make_user):
    make_user("ada", email="ada@example.org")
    client.post(reverse("password_reset"), {"email": "ada@example.org"})
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body


def test_password_change(client, make_user):
    from tests.conftest import PASSWORD

    user = make_user("ada")
    client.force_login(user)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "brand-new-phrase-77",
            "new_password2": "brand-new-phrase-77",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("brand-new-phrase-77")


def test_password_pages_render(client, make_user):
    for name in ("password_reset", "password_reset_done", "password_reset_complete"):
        assert client.get(reverse(name)).status_code == 200, name
    invalid = client.get(reverse("password_reset_confirm", args=["MQ", "bad-token"]))
    assert "invalid or has already been used" in invalid.content.decode()
    client.force_login(make_user("ada"))
    for name in ("password_change", "password_change_done"):
        assert client.get(reverse(name)).status_code == 200, name
