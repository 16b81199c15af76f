"""What the classifier page keeps in caches (``classifier.cache``) follows every write that changes it, on the
next request, and never crosses users: the live model version, the class examples in the gallery, the
student's own models in the picker, and the empty shift and flag forms rendered once."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from classifier import services
from classifier.forms import FlagForm, ShiftForm, unbound_page_forms
from classifier.models import ClassExample, ModelVersion
from classifier.projects.models import Project, ProjectModel
from studyguide.accounts.services import cohort_create, cohort_join, cohort_leave
from tests.classifier.test_flag_scope import make_flag

pytestmark = pytest.mark.django_db
PAGE = reverse("classifier:index")


def page(client) -> str:
    response = client.get(PAGE)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def classes(make_user, settings, tmp_path, builtin_version):
    """Two teachers with a cohort each and a student in each; each teacher promoted one photo."""
    settings.MEDIA_ROOT = tmp_path
    teacher_a, teacher_b = make_user("teacher_a", teacher=True), make_user("teacher_b", teacher=True)
    alice, bob = make_user("alice_a"), make_user("bob_b")
    cohort_a = cohort_create(teacher=teacher_a, name="A")
    cohort_b = cohort_create(teacher=teacher_b, name="B")
    cohort_join(student=alice, code=cohort_a.join_code)
    cohort_join(student=bob, code=cohort_b.join_code)
    services.class_example_promote(
        teacher=teacher_a, flag=make_flag(alice, "a"), caption="Caption of class A"
    )
    services.class_example_promote(teacher=teacher_b, flag=make_flag(bob, "b"), caption="Caption of class B")
    return {
        "teacher_a": teacher_a,
        "teacher_b": teacher_b,
        "alice": alice,
        "bob": bob,
        "a": cohort_a,
        "b": cohort_b,
    }


def test_two_students_each_see_only_their_own_class_examples(client, classes):
    for _ in range(2):  # the second round comes from the caches
        client.force_login(classes["alice"])
        html = page(client)
        assert "Caption of class A" in html and "Caption of class B" not in html
        client.force_login(classes["bob"])
        html = page(client)
        assert "Caption of class B" in html and "Caption of class A" not in html


def test_class_examples_follow_promotion_edits_and_removal(client, classes):
    client.force_login(classes["alice"])
    assert "Caption of class A" in page(client)
    example = ClassExample.objects.get(caption="Caption of class A")
    services.class_example_promote(teacher=classes["teacher_a"], flag=example.flag, caption="A new caption")
    html = page(client)
    assert "A new caption" in html and "Caption of class A" not in html
    services.class_example_remove(example=ClassExample.objects.get(caption="A new caption"))
    assert "A new caption" not in page(client)
    new = services.class_example_promote(teacher=classes["teacher_a"], flag=make_flag(classes["alice"], "c"))
    assert f"class-{new.pk}" in page(client)


def test_class_examples_follow_cohort_membership_and_teachers(client, classes):
    alice = classes["alice"]
    client.force_login(alice)
    assert "Caption of class B" not in page(client)
    cohort_join(student=alice, code=classes["b"].join_code)
    assert "Caption of class B" in page(client)
    cohort_leave(student=alice, cohort=classes["b"])
    assert "Caption of class B" not in page(client)
    classes["a"].teachers.add(classes["teacher_b"])  # a co-teacher: their examples reach class A
    assert "Caption of class B" in page(client)
    classes["teacher_b"].cohorts_taught.remove(classes["a"])
    assert "Caption of class B" not in page(client)


def test_the_picker_follows_the_students_own_models_and_no_one_elses(client, make_user, builtin_version):
    owner, other = make_user("owner"), make_user("other")
    project = Project.objects.create(owner=owner, name="Owls")
    for user in (owner, other):
        client.force_login(user)
        assert "My model: Owls" not in page(client)
    ProjectModel.objects.create(project=project, number=1, folder="owls-1", vocab=["barn", "snowy"])
    client.force_login(owner)
    assert "My model: Owls v1 (barn, snowy)" in page(client)
    client.force_login(other)
    assert "My model: Owls" not in page(client)
    project.name = "Night owls"
    project.save()
    client.force_login(owner)
    assert "My model: Night owls v1" in page(client)
    ProjectModel.objects.get().delete()
    assert "My model:" not in page(client)


def test_activating_another_model_version_shows_at_once(client, student_user, builtin_version):
    client.force_login(student_user)
    assert f"live model: <strong>{builtin_version.name}</strong>" in page(client)
    manifest = {**builtin_version.manifest, "slug": "another", "name": "Another bear model"}
    other = services.model_version_register(manifest=manifest, activate=True)
    assert "live model: <strong>Another bear model</strong>" in page(client)
    services.model_version_activate(version=builtin_version)  # a stale instance: it still says is_active
    assert f"live model: <strong>{builtin_version.name}</strong>" in page(client)
    builtin_version.delete()
    other.delete()
    assert "No model is installed yet" in page(client)


def test_activating_a_stale_instance_still_leaves_exactly_that_version_active(builtin_version):
    manifest = {**builtin_version.manifest, "slug": "another", "name": "Another bear model"}
    stale_other = services.model_version_register(manifest=manifest, activate=True)
    services.model_version_activate(version=builtin_version)
    assert stale_other.is_active  # the instance in hand was never refreshed
    services.model_version_activate(version=stale_other)
    assert list(ModelVersion.objects.filter(is_active=True).values_list("slug", flat=True)) == ["another"]


def test_the_forms_rendered_once_are_the_forms_rendered_each_time():
    vocab = ("grizzly", "black", "teddy")
    rendered = unbound_page_forms(vocab)
    for name, form in (("shift_form", ShiftForm()), ("flag_form", FlagForm(vocab=vocab))):
        assert set(rendered[name]) == set(form.fields)
        for field in form:
            assert str(rendered[name][field.name]) == str(field)
            assert rendered[name][field.name].label_tag == field.label_tag()
    assert "not a bear" in str(unbound_page_forms(("cat",))["flag_form"]["correct_label"])
    assert 'value="cat"' in str(unbound_page_forms(("cat",))["flag_form"]["correct_label"])


def test_a_new_user_starts_with_nothing_of_anyone_else(client, classes):
    client.force_login(classes["alice"])
    page(client)
    newcomer = get_user_model().objects.create_user(username="newcomer", password="x" * 12)
    client.force_login(newcomer)
    assert "Caption of class" not in page(client)


def test_a_recorded_evaluation_shows_and_the_kept_version_is_never_modified(builtin_version):
    from classifier import selectors

    kept = selectors.active_version()
    assert kept is not selectors.active_version()  # each caller gets its own copy
    services.model_version_record_evaluation(version=kept, metrics={"error_rate": 0.125})
    assert selectors.active_version().evaluation == {"error_rate": 0.125}
    other = selectors.active_version()
    other.name = "changed in memory only"
    assert selectors.active_version().name == builtin_version.name
