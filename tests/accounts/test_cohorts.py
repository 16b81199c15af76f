import pytest
from django.urls import reverse

from studyguide.accounts.models import Cohort, Membership
from studyguide.accounts.services import cohort_create, cohort_join

pytestmark = pytest.mark.django_db


def test_teacher_creates_a_cohort_and_sees_its_join_code(teacher_client, teacher_user):
    response = teacher_client.post(reverse("accounts:cohorts"), {"action": "create", "name": "Evening class"})
    cohort = Cohort.objects.get(name="Evening class")
    assert response.status_code == 302
    assert list(cohort.teachers.all()) == [teacher_user]
    page = teacher_client.get(reverse("accounts:cohort_detail", args=[cohort.pk])).content.decode()
    assert cohort.join_code in page


def test_student_joins_with_a_code_in_any_case_and_spacing(student_client, student_user, teacher_user):
    cohort = cohort_create(teacher=teacher_user, name="A")
    messy = " " + cohort.join_code.lower()[:4] + "-" + cohort.join_code.lower()[4:] + " "
    response = student_client.post(reverse("accounts:cohorts"), {"action": "join", "code": messy})
    assert response.status_code == 302
    assert Membership.objects.filter(cohort=cohort, student=student_user).exists()


def test_joining_twice_keeps_one_membership(student_user, teacher_user):
    cohort = cohort_create(teacher=teacher_user, name="A")
    cohort_join(student=student_user, code=cohort.join_code)
    _, created = cohort_join(student=student_user, code=cohort.join_code)
    assert not created
    assert Membership.objects.filter(cohort=cohort, student=student_user).count() == 1


def test_a_student_can_be_in_several_cohorts(student_user, teacher_user):
    for name in ("A", "B"):
        cohort_join(student=student_user, code=cohort_create(teacher=teacher_user, name=name).join_code)
    assert student_user.cohorts_joined.count() == 2


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ZZZZZZZZ", "No cohort has that join code"),
        ("", "This field is required"),
        ("<script>", "not a valid join code"),
        ("x" * 40, "at most 32 characters"),
    ],
)
def test_wrong_join_codes_get_a_clear_error(student_client, code, message):
    response = student_client.post(reverse("accounts:cohorts"), {"action": "join", "code": code})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "<script>" not in response.content.decode().split("<main")[1].split("value=")[0]


def test_student_cannot_create_cohorts(student_client):
    response = student_client.post(reverse("accounts:cohorts"), {"action": "create", "name": "Mine"})
    assert response.status_code == 403
    assert not Cohort.objects.exists()


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_cohort_name_must_be_sensible(teacher_client, name):
    response = teacher_client.post(reverse("accounts:cohorts"), {"action": "create", "name": name})
    assert response.status_code == 400
    assert not Cohort.objects.exists()


def test_student_gets_403_on_teacher_pages(student_client, cohort):
    assert student_client.get(reverse("accounts:cohort_detail", args=[cohort.pk])).status_code == 403


def test_teacher_gets_404_on_another_teachers_cohort(client, make_user, cohort):
    other = make_user("other-teacher", teacher=True)
    client.force_login(other)
    assert client.get(reverse("accounts:cohort_detail", args=[cohort.pk])).status_code == 404


def test_teacher_sees_only_the_cohorts_they_teach(client, make_user, cohort):
    other = make_user("other-teacher", teacher=True)
    cohort_create(teacher=other, name="Other class")
    client.force_login(other)
    page = client.get(reverse("accounts:cohorts")).content.decode()
    assert "Other class" in page
    assert cohort.join_code not in page


def test_anonymous_users_are_sent_to_login(client, cohort):
    response = client.get(reverse("accounts:cohort_detail", args=[cohort.pk]))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_student_can_leave_only_their_own_cohort(student_client, student_user, cohort, teacher_user):
    other = cohort_create(teacher=teacher_user, name="Not mine")
    assert student_client.post(reverse("accounts:leave", args=[other.pk])).status_code == 404
    student_client.post(reverse("accounts:leave", args=[cohort.pk]))
    assert not Membership.objects.filter(student=student_user).exists()
