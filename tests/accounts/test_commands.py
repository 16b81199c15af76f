import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from studyguide.accounts.models import Cohort
from studyguide.accounts.selectors import is_teacher

pytestmark = pytest.mark.django_db


def test_create_demo_accounts_is_idempotent():
    call_command("create_demo_accounts", "--password", "demo-pass-123")
    call_command("create_demo_accounts", "--password", "demo-pass-123")
    User = get_user_model()
    assert set(User.objects.values_list("username", flat=True)) == {
        "teacher",
        "student1",
        "student2",
        "student3",
    }
    cohort = Cohort.objects.get(name="Demo cohort")
    assert cohort.memberships.count() == 3
    assert is_teacher(User.objects.get(username="teacher"))
    assert User.objects.get(username="student2").check_password("demo-pass-123")


def test_create_demo_accounts_refuses_a_short_password():
    with pytest.raises(CommandError):
        call_command("create_demo_accounts", "--password", "x")


def test_make_teacher(make_user):
    user = make_user("ada")
    call_command("make_teacher", "ada")
    assert is_teacher(get_user_model().objects.get(pk=user.pk))
    with pytest.raises(CommandError):
        call_command("make_teacher", "nobody")


def test_admin_can_make_teachers(admin_client, make_user):
    user = make_user("ada")
    admin_client.post(
        "/admin/auth/user/", {"action": "make_teachers", "_selected_action": [user.pk]}, follow=True
    )
    assert is_teacher(get_user_model().objects.get(pk=user.pk))
