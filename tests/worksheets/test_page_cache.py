"""The worksheet edit page is kept per user (``studyguide.pagecache``): every write it shows appears on the
next request, whoever made it (the student in any tab, a teacher, the admin), and nobody else ever sees it."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from studyguide.worksheets import services, spec
from studyguide.worksheets.models import FieldComment, Revision, Worksheet
from tests.test_pagecache import HTMX, from_memory, kept

pytestmark = pytest.mark.django_db


def edit_url(ws):
    return reverse("worksheets:edit", args=[ws.pk])


def meta(ws, name):
    ws.refresh_from_db()
    return {f"base_{name}": ws.field_version(name), f"orig_{name}": spec.fingerprint(getattr(ws, name))}


def shows(client, ws, *texts):
    """The next GET is rendered afresh and shows every text, and so does the page kept after it."""
    response = client.get(edit_url(ws))
    html = response.content.decode()
    assert response.status_code == 200 and not from_memory(response)
    for later in kept(client, edit_url(ws)):
        for text in texts:
            assert text in html and text in later.content.decode(), text
    return html


@pytest.fixture
def warm(student_client, worksheet):
    kept(student_client, edit_url(worksheet))
    return student_client


def test_autosave_of_one_field_shows_on_the_next_page(warm, worksheet):
    r = warm.post(
        reverse("worksheets:save", args=[worksheet.pk]),
        {"metric": "kg sold", **meta(worksheet, "metric")},
        **HTMX,
    )
    assert r.status_code == 200
    shows(warm, worksheet, "kg sold", "Version 2")


def test_full_form_save_shows_on_the_next_page(warm, worksheet):
    post = {"objective": "Sell all the bread", **meta(worksheet, "objective")}
    post |= {"levers": ["price", "hours"], **meta(worksheet, "levers")}
    assert warm.post(reverse("worksheets:save", args=[worksheet.pk]), post).status_code == 302
    shows(warm, worksheet, "Sell all the bread", 'value="hours"')


def test_a_save_in_another_tab_then_a_conflict_behaves_as_without_the_cache(warm, worksheet):
    """Tab A and tab B load the page (B from memory); A saves; B's save of the same field is a conflict and
    B's next page shows A's text with the new versions."""
    tab_b = warm.get(edit_url(worksheet))
    assert from_memory(tab_b)
    stale = meta(worksheet, "objective")
    url = reverse("worksheets:save", args=[worksheet.pk])
    assert warm.post(url, {"objective": "Tab A text", **stale}, **HTMX).status_code == 200
    conflict = warm.post(url, {"objective": "Tab B text", **stale}, **HTMX)
    assert conflict.status_code == 409 and "Tab A text" in conflict.content.decode()
    worksheet.refresh_from_db()
    shows(warm, worksheet, "Tab A text", f'name="base_objective" value="{worksheet.version}"', "Version 2")


def test_submit_and_withdraw_show_on_the_next_page(warm, worksheet):
    warm.post(reverse("worksheets:submit", args=[worksheet.pk]))
    shows(warm, worksheet, "Withdraw to draft")  # with the message, rendered
    kept(warm, edit_url(worksheet))
    warm.post(reverse("worksheets:withdraw", args=[worksheet.pk]))
    shows(warm, worksheet, "Submit to my teachers")


def test_restore_shows_on_the_next_page(warm, worksheet, student_user):
    services.worksheet_fields_save(
        worksheet_id=worksheet.pk, user=student_user, values={"objective": "Changed"}, bases={"objective": 1}
    )
    shows(warm, worksheet, "Changed")
    kept(warm, edit_url(worksheet))
    warm.post(reverse("worksheets:restore", args=[worksheet.pk, 1]))
    shows(warm, worksheet, "Sell more bread", "Version 3")


def test_the_check_button_without_javascript_saves_and_the_page_shows_it(warm, worksheet, rules_only):
    post = {"objective": "Checked text", "then": "check", **meta(worksheet, "objective")}
    warm.post(reverse("worksheets:save", args=[worksheet.pk]), post)
    shows(warm, worksheet, "Checked text")


def test_teacher_comment_review_and_rename_show_on_the_students_next_page(
    cohort, worksheet, student_user, teacher_user
):
    student = Client()
    student.force_login(student_user)
    services.worksheet_submit(worksheet=worksheet)
    kept(student, edit_url(worksheet))
    teacher = Client()
    teacher.force_login(teacher_user)
    url = reverse("worksheets:review_detail", args=[worksheet.pk])
    assert teacher.post(url, {"field": "levers", "body": "Which one do you set?"}).status_code == 302
    shows(student, worksheet, "Which one do you set?", "Comment from teach")
    assert teacher.post(url, {"field": "general", "body": "Overall fine"}).status_code == 302
    shows(student, worksheet, "Overall fine")
    kept(student, edit_url(worksheet))
    assert teacher.post(reverse("worksheets:mark_reviewed", args=[worksheet.pk])).status_code == 302
    shows(student, worksheet, "Reviewed")
    kept(student, edit_url(worksheet))
    teacher_user.username = "ms_renamed"
    teacher_user.save()
    shows(student, worksheet, "Comment from ms_renamed")
    kept(student, edit_url(worksheet))
    FieldComment.objects.filter(body="Overall fine").delete()
    assert "Overall fine" not in shows(student, worksheet)
    kept(student, edit_url(worksheet))
    teacher_user.delete()  # the comment stays, by nobody now
    html = shows(student, worksheet, "Comment from a teacher")
    assert "ms_renamed" not in html


def test_a_login_of_the_commenter_does_not_drop_the_students_pages(
    cohort, worksheet, student_user, teacher_user
):
    services.comment_create(worksheet=worksheet, author=teacher_user, field_name="levers", body="Hm")
    student = Client()
    student.force_login(student_user)
    kept(student, edit_url(worksheet))
    Client().force_login(teacher_user)  # saves last_login only
    assert from_memory(student.get(edit_url(worksheet)))


def test_a_worksheet_given_to_someone_else_leaves_the_former_owner(worksheet, student_user, other_student):
    former = Client()
    former.force_login(student_user)
    kept(former, edit_url(worksheet))
    ws = Worksheet.objects.get(pk=worksheet.pk)
    ws.owner = other_student  # as the admin would
    ws.save()
    assert former.get(edit_url(worksheet)).status_code == 404
    new_owner = Client()
    new_owner.force_login(other_student)
    assert "Bakery plan" in new_owner.get(edit_url(worksheet)).content.decode()


def test_a_deleted_worksheet_is_gone_at_once(warm, worksheet):
    Worksheet.objects.filter(pk=worksheet.pk).delete()
    assert warm.get(edit_url(worksheet)).status_code == 404


def test_saves_by_the_service_alone_show(warm, worksheet, student_user):
    """A write outside any view (a task, the shell) drops the page as well: the signal does, not the view."""
    services.worksheet_fields_save(
        worksheet_id=worksheet.pk, user=student_user, values={"title": "Renamed plan"}, bases={"title": 1}
    )
    shows(warm, worksheet, "Renamed plan")
    assert Revision.objects.filter(worksheet=worksheet).count() == 2


def test_two_students_same_worksheet_ids_never_mix(student_user, other_student):
    """Test databases reuse ids: one student's kept page is never served at another's (same path, same id
    after a delete and a re-create for someone else)."""
    mine = services.worksheet_create(owner=student_user, title="Mine only")
    me = Client()
    me.force_login(student_user)
    kept(me, edit_url(mine))
    pk = mine.pk
    mine.delete()
    theirs = Worksheet(pk=pk, owner=other_student, title="Theirs only")
    theirs.save()
    them = Client()
    them.force_login(other_student)
    assert "Theirs only" in them.get(edit_url(theirs)).content.decode()
    assert me.get(edit_url(theirs)).status_code == 404
    assert get_user_model().objects.count() == 2
