"""Issue 12, finding 7: there was no login throttling (60 wrong passwords in a row, then the right one worked
at once). django-axes now locks a username out from one address after AXES_FAILURE_LIMIT failures, says so on
the login page, and resets the count on a successful login."""

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"


def attempt(client, username, password, ip="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_right_password_is_refused_after_too_many_wrong_ones(client, student_user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "stu", "wrong-password").status_code == 200
    assert attempt(client, "stu", "wrong-password").status_code == 429  # the last allowed failure locks
    response = attempt(client, "stu", PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many wrong passwords for this username" in html and "paused for 15 minutes" in html
    assert 'name="username"' in html  # still the login page, not a bare error
    assert not logged_in(client)


def test_the_lockout_is_per_username_and_address(client, student_user, other_student, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "stu", "wrong-password", ip="10.0.0.1")
    assert attempt(client, "stu", PASSWORD, ip="10.0.0.1").status_code == 429
    # the same student from another machine, and a classmate from the same one, are not locked out
    assert attempt(client, "stu", PASSWORD, ip="10.0.0.2").status_code == 302
    client.logout()
    assert attempt(client, "other", PASSWORD, ip="10.0.0.1").status_code == 302


def test_a_successful_login_resets_the_count(client, student_user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "stu", "wrong-password")
    assert attempt(client, "stu", PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "stu", "wrong-password")
    assert attempt(client, "stu", PASSWORD).status_code == 302
    assert logged_in(client)


def test_behind_the_proxy_the_forwarded_address_counts(client, student_user, settings):
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            LOGIN, {"username": "stu", "password": "x"}, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9"
        )
    locked = client.post(
        LOGIN,
        {"username": "stu", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_REAL_IP="203.0.113.9",
    )
    assert locked.status_code == 429
    other = client.post(
        LOGIN,
        {"username": "stu", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_REAL_IP="203.0.113.10",
    )
    assert other.status_code == 302


def test_the_worksheet_log_in_and_save_form_is_throttled_too(client, student_user, settings):
    from studyguide.worksheets.services import worksheet_create

    ws = worksheet_create(owner=student_user, title="Plan")
    url = reverse("worksheets:resume", args=[ws.pk])
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": "stu", "password": "wrong"}, REMOTE_ADDR="10.0.0.1")
    response = client.post(url, {"username": "stu", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429 and not logged_in(client)
