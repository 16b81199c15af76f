import pytest
from django.urls import reverse

from studyguide.course.markup import render
from studyguide.course.models import Item, StudyNote

pytestmark = pytest.mark.django_db


def test_study_page_lists_every_note_and_links_items(client, course):
    html = client.get(reverse("course:study")).content.decode()
    for note in StudyNote.objects.all():
        assert note.title in html
    assert StudyNote.objects.count() >= 10


def test_note_page_links_its_items(client, course):
    note = StudyNote.objects.get(slug="drivetrain-approach")
    html = client.get(reverse("course:note", args=[note.slug])).content.decode()
    assert reverse("quiz:practice_item", args=["ch2-q7"]) in html


def test_item_page_shows_the_key_to_teachers_only_before_answering(
    client, teacher_user, student_user, course
):
    item = Item.objects.get(item_id="ch2-q27")
    url = reverse("course:item", args=[item.item_id])
    detail = item.key_points.first().detail
    html = client.get(url).content.decode()
    assert item.prompt in html and detail not in html and item.reference_answer[:60] not in html
    client.force_login(student_user)
    assert detail not in client.get(url).content.decode()
    client.force_login(teacher_user)
    html = client.get(url).content.decode()
    assert detail in html and item.key_points.first().label in html
    # optional points are marked as such
    optional = Item.objects.get(item_id="ch2-q13").key_points.get(optional=True)
    html = client.get(reverse("course:item", args=["ch2-q13"])).content.decode()
    assert optional.label in html and "the question does not ask for it" in html


def test_unknown_note_and_item_are_404(client, course):
    assert client.get("/study/notes/no-such-note/").status_code == 404
    assert client.get("/study/items/ch2-q99/").status_code == 404


def test_markup_escapes_html():
    html = render("Hello <script>alert(1)</script> **bold** and `code`\n\n- one\n- two")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<strong>bold</strong>" in html and "<code>code</code>" in html
    assert "<ul><li>one</li><li>two</li></ul>" in html
