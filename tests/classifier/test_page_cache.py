"""The classifier page is kept rendered per user (``studyguide.pagecache``): with the page warm (served from
memory), every write and every change of this browser's session shows on the next request: a photo
classified, the threshold slider and its reset, another browser's photo, a class example promoted, edited or
removed, cohort membership, the student's own models, the live model version. Nothing crosses users."""

from __future__ import annotations

import pytest
from django.urls import reverse

from classifier import services
from classifier.models import ClassExample
from classifier.projects.models import Project, ProjectModel
from studyguide.accounts.services import cohort_join, cohort_leave
from tests.classifier.test_cache import classes  # noqa: F401 (fixture)
from tests.classifier.test_flag_scope import make_flag
from tests.test_pagecache import HTMX, client_of, from_memory, kept, rendered_again

pytestmark = pytest.mark.django_db
PAGE = reverse("classifier:index")


def changed(client, path=PAGE, **extra) -> str:
    """With the page warm, the next GET after a change is rendered afresh."""
    return rendered_again(client, path, **extra)


def test_a_classified_photo_and_the_threshold_show_on_the_next_page(student_user, builtin_version):
    client = client_of(student_user)
    assert "drawn-teddy" in kept(client, PAGE)[-1].content.decode()
    assert client.post(reverse("classifier:example"), {"slug": "drawn-teddy"}).status_code == 302
    first = changed(client)
    assert "The photo you classified (example: drawn-teddy)" in first
    kept(client, PAGE)
    client.post(reverse("classifier:example"), {"slug": "night-sky"})
    second = changed(client)
    assert "The photo you classified (example: night-sky)" in second
    kept(client, PAGE)
    # The slider's htmx answer is a partial (the test client records no template for it either way).
    slid = client.get(f"{PAGE}?threshold=10", **HTMX).content.decode()
    assert "gate threshold 10.0 %" in slid
    html = changed(client)  # the session remembers the threshold for the plain page
    assert 'id="threshold-out">10.0 %' in html and "gate threshold 10.0 %" in html
    kept(client, PAGE)
    client.get(f"{PAGE}?reset=1", **HTMX)
    # Back at the default: the same session state as the page kept before the slider moved, so that page.
    html = client.get(PAGE).content.decode()
    assert 'id="threshold-out">10.0 %' not in html and "(example: night-sky)" in html


def test_two_browsers_of_one_user_each_see_their_own_photo(student_user, builtin_version):
    one, two = client_of(student_user), client_of(student_user)
    kept(one, PAGE)
    kept(two, PAGE)
    one.post(reverse("classifier:example"), {"slug": "drawn-teddy"})
    two.post(reverse("classifier:example"), {"slug": "night-sky"})
    html_one, html_two = kept(one, PAGE)[-1].content.decode(), kept(two, PAGE)[-1].content.decode()
    assert html_one != html_two
    assert from_memory(one.get(PAGE)) and one.get(PAGE).content.decode().count(
        "drawn-teddy"
    ) == html_one.count("drawn-teddy")


def test_class_examples_follow_promotion_edits_removal_and_membership(classes):  # noqa: F811
    alice = client_of(classes["alice"])
    html = kept(alice, PAGE)[-1].content.decode()
    assert "Caption of class A" in html and "Caption of class B" not in html
    example = ClassExample.objects.get(caption="Caption of class A")
    services.class_example_promote(teacher=classes["teacher_a"], flag=example.flag, caption="A new caption")
    assert "A new caption" in changed(alice)
    kept(alice, PAGE)
    services.class_example_remove(example=ClassExample.objects.get(caption="A new caption"))
    assert "A new caption" not in changed(alice)
    kept(alice, PAGE)
    new = services.class_example_promote(teacher=classes["teacher_a"], flag=make_flag(classes["alice"], "c"))
    assert f"class-{new.pk}" in changed(alice)
    kept(alice, PAGE)
    cohort_join(student=classes["alice"], code=classes["b"].join_code)
    assert "Caption of class B" in changed(alice)
    kept(alice, PAGE)
    cohort_leave(student=classes["alice"], cohort=classes["b"])
    assert "Caption of class B" not in changed(alice)
    bob = client_of(classes["bob"])
    html = kept(bob, PAGE)[-1].content.decode()
    assert "Caption of class B" in html and "Caption of class A" not in html and f"class-{new.pk}" not in html


def test_the_picker_follows_the_students_own_models(make_user, builtin_version):
    owner, other = make_user("owner"), make_user("other")
    project = Project.objects.create(owner=owner, name="Owls")
    mine, theirs = client_of(owner), client_of(other)
    kept(mine, PAGE)
    kept(theirs, PAGE)
    ProjectModel.objects.create(project=project, number=1, folder="owls-1", vocab=["barn", "snowy"])
    assert "My model: Owls v1 (barn, snowy)" in changed(mine)
    assert "My model: Owls" not in kept(theirs, PAGE)[-1].content.decode()
    kept(mine, PAGE)
    project.name = "Night owls"
    project.save()
    assert "My model: Night owls v1" in changed(mine)


def test_activating_another_model_version_shows_at_once(student_user, builtin_version):
    client = client_of(student_user)
    assert f"live model: <strong>{builtin_version.name}</strong>" in kept(client, PAGE)[-1].content.decode()
    manifest = {**builtin_version.manifest, "slug": "another", "name": "Another bear model"}
    services.model_version_register(manifest=manifest, activate=True)
    assert "live model: <strong>Another bear model</strong>" in changed(client)
    kept(client, PAGE)
    services.model_version_activate(version=builtin_version)
    assert f"live model: <strong>{builtin_version.name}</strong>" in changed(client)
