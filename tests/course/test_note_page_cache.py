"""A study note is kept rendered per user (``studyguide.pagecache``): an edited note or item and a content
reload show on the next request; the page's frame (name, role) is each user's own; anonymous visitors are
rendered every time; an unknown note is still a 404. The page shows no time."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from studyguide.course.models import Item, StudyNote
from studyguide.course.services import CONTENT_FILE, course_load
from tests.test_pagecache import client_of, from_memory, kept, rendered_again

pytestmark = pytest.mark.django_db
SLUG = "drivetrain-approach"
NOTE = reverse("course:note", args=[SLUG])


def changed(client) -> str:
    return rendered_again(client, NOTE)


def test_an_edited_note_and_item_show(course, student_user):
    client = client_of(student_user)
    assert "The Drivetrain Approach" in kept(client, NOTE)[-1].content.decode()
    note = StudyNote.objects.get(slug=SLUG)
    note.title = "Drivetrain, revised"
    note.save()
    assert "Drivetrain, revised" in changed(client)
    kept(client, NOTE)
    item = Item.objects.get(item_id="ch2-q7")
    item.prompt = "A prompt written again for this test"
    item.save()
    assert "A prompt written again for this test" in changed(client)


def test_a_content_reload_shows(course, student_user, tmp_path):
    client = client_of(student_user)
    assert "The Drivetrain Approach" in kept(client, NOTE)[-1].content.decode()
    text = CONTENT_FILE.read_text(encoding="utf-8")
    revised = tmp_path / "chapter02.yaml"
    revised.write_text(text.replace("title: The Drivetrain Approach", "title: Drivetrain, reloaded"), "utf-8")
    course_load(path=revised)
    html = changed(client)
    assert "<h1>Drivetrain, reloaded</h1>" in html and "<h1>The Drivetrain Approach</h1>" not in html


def test_each_user_gets_their_own_frame(course, student_user, teacher_user):
    student, teacher = client_of(student_user), client_of(teacher_user)
    for _ in range(2):
        mine = kept(student, NOTE)[-1].content.decode()
        theirs = kept(teacher, NOTE)[-1].content.decode()
        assert f">{student_user.username}<" in mine and f">{teacher_user.username}<" not in mine
        assert f">{teacher_user.username}<" in theirs and f">{student_user.username}<" not in theirs


def test_anonymous_is_rendered_every_time_and_unknown_notes_are_404(course, student_user):
    anonymous = Client()
    assert not any(from_memory(anonymous.get(NOTE)) for _ in range(3))
    client = client_of(student_user)
    kept(client, NOTE)
    assert client.get(reverse("course:note", args=["no-such-note"])).status_code == 404
    assert from_memory(client.get(NOTE))
