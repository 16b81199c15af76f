"""Issue 12, finding 6: any teacher saw every cohort's flagged photos (usernames and notes) in the failure
gallery and could publish or delete another cohort's flag (it was fetched by id only). Two teachers, two
cohorts: each sees and acts on their own students' flags only."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from classifier.models import ClassExample, Flag
from studyguide.accounts.services import cohort_create, cohort_join
from tests.classifier import images

pytestmark = pytest.mark.django_db


def make_flag(user, note: str) -> Flag:
    flag = Flag(
        user=user, predicted_label="grizzly", verdict="bear", bear_mass=0.9, note=note, probs={"grizzly": 0.9}
    )
    flag.image.save(f"{user.username}.jpg", ContentFile(images.jpeg(40, 30)), save=False)
    flag.save()
    return flag


@pytest.fixture
def two_classes(make_user, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    teacher_a, teacher_b = make_user("teacher_a", teacher=True), make_user("teacher_b", teacher=True)
    alice, bob = make_user("alice_a"), make_user("bob_b")
    cohort_join(student=alice, code=cohort_create(teacher=teacher_a, name="A").join_code)
    cohort_join(student=bob, code=cohort_create(teacher=teacher_b, name="B").join_code)
    return {
        "teacher_a": teacher_a,
        "teacher_b": teacher_b,
        "alice_a": alice,
        "bob_b": bob,
        "flag_a": make_flag(alice, "note from class A"),
        "flag_b": make_flag(bob, "note from class B"),
    }


def test_each_teacher_sees_only_their_cohorts_flags(client, two_classes):
    client.force_login(two_classes["teacher_a"])
    html = client.get(reverse("classifier:failures")).content.decode()
    assert "note from class A" in html and "alice_a" in html
    assert "note from class B" not in html and "bob_b" not in html
    client.force_login(two_classes["teacher_b"])
    html = client.get(reverse("classifier:failures")).content.decode()
    assert "note from class B" in html and "note from class A" not in html and "alice_a" not in html


@pytest.mark.parametrize("action", ["promote", "remove", "delete"])
def test_another_cohorts_flag_cannot_be_published_or_deleted(client, two_classes, action):
    flag_b = two_classes["flag_b"]
    client.force_login(two_classes["teacher_a"])
    response = client.post(reverse("classifier:failures"), {"flag": flag_b.pk, "action": action})
    assert response.status_code == 404
    assert not ClassExample.objects.exists() and Path(flag_b.image.path).is_file()


def test_own_cohorts_flag_can_be_published_and_deleted(client, two_classes):
    flag_a = two_classes["flag_a"]
    client.force_login(two_classes["teacher_a"])
    client.post(reverse("classifier:failures"), {"flag": flag_a.pk, "action": "promote"})
    assert ClassExample.objects.get().flag == flag_a
    client.post(reverse("classifier:failures"), {"flag": flag_a.pk, "action": "delete"})
    assert not Flag.objects.filter(pk=flag_a.pk).exists()
    assert client.post(reverse("classifier:failures"), {"flag": "x", "action": "promote"}).status_code == 404


def test_an_unpublished_photo_is_shown_to_its_cohorts_teachers_only(client, two_classes):
    url_b = reverse("classifier:flag_image", args=[two_classes["flag_b"].pk])
    client.force_login(two_classes["teacher_a"])
    assert client.get(url_b).status_code == 404
    client.force_login(two_classes["teacher_b"])
    assert client.get(url_b).status_code == 200
    # once teacher B puts it in the gallery, class B sees a copy; class A and its teacher still see nothing
    client.post(reverse("classifier:failures"), {"flag": two_classes["flag_b"].pk, "action": "promote"})
    copy_b = reverse("classifier:class_example_image", args=[ClassExample.objects.get().pk])
    client.force_login(two_classes["bob_b"])
    assert client.get(copy_b).status_code == 200
    assert "From your class" in client.get(reverse("classifier:index")).content.decode()
    for outsider in ("teacher_a", "alice_a"):
        client.force_login(two_classes[outsider])
        assert client.get(url_b).status_code == 404 and client.get(copy_b).status_code == 404
        assert "From your class" not in client.get(reverse("classifier:index")).content.decode()
        response = client.post(
            reverse("classifier:example"), {"slug": f"class-{ClassExample.objects.get().pk}"}
        )
        assert response.status_code == 422  # another class's example is an unknown one
