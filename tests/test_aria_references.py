"""Every aria-describedby / aria-labelledby on a page names an element that is on that page.

Django's inputs point at ``<id>_helptext`` and, when the field is in error, ``<id>_error``; templates that
write help and errors by hand must give them those ids, or a screen reader announces nothing."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.quiz import quiz_fixtures

pytestmark = pytest.mark.django_db
bank = quiz_fixtures.bank


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("aria-describedby", "aria-labelledby") and value:
                self.refs += [(tag, ref) for ref in value.split()]


def dangling_references(html: str) -> list[tuple[str, str]]:
    parser = _Refs()
    parser.feed(html)
    return [(tag, ref) for tag, ref in parser.refs if ref not in parser.ids]


def test_the_check_itself_finds_a_reference_to_nothing():
    assert dangling_references('<input aria-describedby="x_error"><p id="y">') == [("input", "x_error")]
    assert dangling_references('<input aria-describedby="y"><p id="y">') == []


@pytest.mark.parametrize("item_id", ["ch2-q1", "ch2-q1-mc"])
def test_a_practice_answer_in_error_is_described_by_its_message(student_client, bank, item_id):
    response = student_client.post(reverse("quiz:practice_item", args=[item_id]), {})
    html = response.content.decode()
    assert response.status_code == 422 and re.search(r'aria-invalid="true"', html)
    assert dangling_references(html) == []


def test_a_generic_form_in_error_is_described_by_its_help_and_its_message(client):
    response = client.post(reverse("accounts:signup"), {"username": "", "password1": "a", "password2": "b"})
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert dangling_references(html) == []
    assert re.search(r'id="id_\w+_error"', html) and re.search(r'id="id_\w+_helptext"', html)


def test_a_login_with_an_empty_field_says_which_and_is_described_by_it(client):
    response = client.post(reverse("login"), {"username": "", "password": ""})
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and "This field is required." in html
    assert "did not match" not in html  # nothing was compared: a field was empty
    assert dangling_references(html) == []


def test_a_worksheet_edit_page_refers_only_to_what_is_on_it(student_client):
    from studyguide.worksheets.models import Worksheet

    student_client.post(reverse("worksheets:create"), {"title": "Bakery"})
    page = student_client.get(reverse("worksheets:edit", args=[Worksheet.objects.get().pk])).content.decode()
    assert 'aria-label="Levers row 1"' in page  # the list rows written by views/markup.py
    assert dangling_references(page) == []
