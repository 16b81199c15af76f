"""Worksheet pages: editing, autosave, conflicts, bad input, logged-out saves, history, teachers, export."""

import pytest
from django.test import Client
from django.urls import reverse

from studyguide.worksheets import spec
from studyguide.worksheets.models import FieldComment, Revision, Worksheet
from studyguide.worksheets.services import worksheet_create, worksheet_fields_save
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def meta(ws, name):
    """What the edit page sends for one field: its base version and fingerprint."""
    ws.refresh_from_db()
    return {f"base_{name}": ws.field_version(name), f"orig_{name}": spec.fingerprint(getattr(ws, name))}


def save_url(ws):
    return reverse("worksheets:save", args=[ws.pk])


# --- creating and editing ------
def test_index_lists_own_worksheets_and_examples(student_client, worksheet, other_student):
    worksheet_create(owner=other_student, title="Not mine")
    r = student_client.get(reverse("worksheets:index"))
    assert r.status_code == 200
    html = r.content.decode()
    assert "Bakery plan" in html and "Not mine" not in html
    assert "Bear warning camera system" in html


def test_create_and_edit_page(student_client, student_user):
    r = student_client.post(reverse("worksheets:create"), {"title": "  My   plan "})
    ws = Worksheet.objects.get(owner=student_user)
    assert r.status_code == 302 and r.url == reverse("worksheets:edit", args=[ws.pk])
    assert ws.title == "My plan" and ws.status == "draft"
    page = student_client.get(r.url).content.decode()
    for f in spec.FIELDS:
        assert f'id="field-{f.name}"' in page
    assert 'hx-params="objective,base_objective,orig_objective"' in page
    assert ws.revisions.count() == 1


def test_autosave_one_field_returns_status_only(student_client, worksheet):
    data = {"objective": "Sell more bread before closing", **meta(worksheet, "objective")}
    r = student_client.post(save_url(worksheet), data, **HTMX)
    assert r.status_code == 200
    html = r.content.decode()
    assert "Saved " in html
    assert "<textarea" not in html  # never replaces the box being typed in
    assert 'id="meta-objective" hx-swap-oob="true"' in html
    worksheet.refresh_from_db()
    assert worksheet.objective == "Sell more bread before closing"
    assert worksheet.version == 2 and worksheet.field_version("objective") == 2


def test_autosaves_of_one_field_coalesce_into_one_revision(student_client, worksheet):
    for text in ("a", "ab", "abc"):
        student_client.post(save_url(worksheet), {"metric": text, **meta(worksheet, "metric")}, **HTMX)
    worksheet.refresh_from_db()
    assert worksheet.metric == "abc" and worksheet.version == 4
    revs = list(worksheet.revisions.order_by("version"))
    assert [r.version for r in revs] == [1, 4]
    assert revs[-1].snapshot["metric"] == "abc"


def test_full_form_save_without_js(student_client, worksheet):
    post = {
        "title": "Bakery plan v2",
        "objective": "Throw away less bread",
        "levers": ["discount after 4 pm", "", "  start time  "],
        "experiment_needed": "yes",
    }
    for name in ("title", "objective", "levers", "experiment_needed"):
        post.update(meta(worksheet, name))
    r = student_client.post(save_url(worksheet), post)
    assert r.status_code == 302
    worksheet.refresh_from_db()
    assert worksheet.levers == ["discount after 4 pm", "start time"]
    assert worksheet.experiment_needed == "yes" and worksheet.title == "Bakery plan v2"


def test_untouched_stale_field_is_neither_saved_nor_a_conflict(student_client, student_user, worksheet):
    page_meta = {**meta(worksheet, "objective"), **meta(worksheet, "metric")}
    # Another tab changes the objective.
    worksheet_fields_save(
        worksheet_id=worksheet.pk,
        user=student_user,
        values={"objective": "Newer objective"},
        bases={"objective": 1},
    )
    # This tab submits its whole (stale) form, having changed only the metric.
    post = {"objective": "Sell more bread", "metric": "kg wasted per week", **page_meta}
    r = student_client.post(save_url(worksheet), post)
    assert r.status_code == 302
    worksheet.refresh_from_db()
    assert worksheet.objective == "Newer objective" and worksheet.metric == "kg wasted per week"


# --- conflicts ------
def test_two_tabs_same_field_conflict_then_merge_htmx(student_client, worksheet):
    tab_a = meta(worksheet, "objective")
    tab_b = dict(tab_a)
    r = student_client.post(save_url(worksheet), {"objective": "Tab B text", **tab_b}, **HTMX)
    assert r.status_code == 200
    r = student_client.post(save_url(worksheet), {"objective": "Tab A text", **tab_a}, **HTMX)
    assert r.status_code == 409
    html = r.content.decode()
    assert "changed somewhere else" in html and "Tab B text" in html  # theirs, in full
    assert "<del>B</del>" in html and "<ins>A</ins>" in html  # and what differs from mine (still in my box)
    worksheet.refresh_from_db()
    assert worksheet.objective == "Tab B text"  # nothing silently overwritten
    # The user merges in their box and saves it over the version they saw.
    their_version = worksheet.field_version("objective")
    merged = {"objective": "Tab A text + Tab B text", **tab_a, "resolve_objective": str(their_version)}
    r = student_client.post(save_url(worksheet), merged, **HTMX)
    assert (
        r.status_code == 200
        and 'id="conflict-objective" class="ws-conflict-slot" hx-swap-oob="true"></div>'
        in (r.content.decode())
    )
    worksheet.refresh_from_db()
    assert worksheet.objective == "Tab A text + Tab B text"


def test_conflict_without_js_keeps_text_and_saves_other_fields(student_client, student_user, worksheet):
    page = {**meta(worksheet, "objective"), **meta(worksheet, "metric")}
    worksheet_fields_save(
        worksheet_id=worksheet.pk,
        user=student_user,
        values={"objective": "Other device"},
        bases={"objective": 1},
    )
    r = student_client.post(save_url(worksheet), {"objective": "Mine", "metric": "kg per week", **page})
    assert r.status_code == 409
    html = r.content.decode()
    assert "Other device" in html and ">\nMine</textarea>" in html
    worksheet.refresh_from_db()
    assert worksheet.objective == "Other device" and worksheet.metric == "kg per week"


def test_different_fields_in_two_tabs_do_not_conflict(student_client, worksheet):
    tab = {**meta(worksheet, "objective"), **meta(worksheet, "metric")}
    assert student_client.post(save_url(worksheet), {"objective": "A", **tab}, **HTMX).status_code == 200
    assert student_client.post(save_url(worksheet), {"metric": "B", **tab}, **HTMX).status_code == 200
    worksheet.refresh_from_db()
    assert (worksheet.objective, worksheet.metric) == ("A", "B")


# --- bad input ------
def test_empty_worksheet_check_and_export(student_client, student_user, rules_only):
    ws = worksheet_create(owner=student_user)
    r = student_client.get(reverse("worksheets:check", args=[ws.pk]))
    assert r.status_code == 200 and "empty_plan" in r.content.decode()
    r = student_client.get(reverse("worksheets:export_md", args=[ws.pk]))
    assert r.status_code == 200 and "_(not written yet)_" in r.content.decode()


def test_50000_characters_is_refused_and_kept(student_client, worksheet):
    huge = "word " * 10_000
    r = student_client.post(save_url(worksheet), {"risks": huge, **meta(worksheet, "risks")}, **HTMX)
    assert r.status_code == 422
    assert "limit is 20,000" in r.content.decode()
    worksheet.refresh_from_db()
    assert worksheet.risks == ""
    # Without JS: the page comes back with the text still in the box.
    r = student_client.post(save_url(worksheet), {"risks": huge, **meta(worksheet, "risks")})
    assert r.status_code == 422
    assert huge.strip() in r.content.decode()


def test_200_levers(student_client, worksheet):
    levers = [f"lever number {i}" for i in range(200)]
    r = student_client.post(save_url(worksheet), {"levers": levers, **meta(worksheet, "levers")}, **HTMX)
    assert r.status_code == 200
    worksheet.refresh_from_db()
    assert worksheet.levers == levers
    page = student_client.get(reverse("worksheets:edit", args=[worksheet.pk])).content.decode()
    assert page.count('name="levers"') == 203 and "lever number 199" in page


def test_html_is_escaped_everywhere(student_client, student_user, rules_only):
    evil = '<script>alert("x")</script>'
    ws = worksheet_create(owner=student_user, title=evil, values={"objective": evil, "levers": [evil]})
    urls = [
        reverse("worksheets:edit", args=[ws.pk]),
        reverse("worksheets:print", args=[ws.pk]),
        reverse("worksheets:check", args=[ws.pk]),
        reverse("worksheets:index"),
    ]
    for url in urls:
        html = student_client.get(url).content.decode()
        assert evil not in html and "&lt;script&gt;" in html, url


def test_someone_elses_worksheet_is_404(client, other_student, worksheet, rules_only):
    client.force_login(other_student)
    for name in ("edit", "check", "history", "export_md", "print"):
        assert client.get(reverse(f"worksheets:{name}", args=[worksheet.pk])).status_code == 404, name
    r = client.post(save_url(worksheet), {"objective": "hijack", "base_objective": 99}, **HTMX)
    assert r.status_code == 404
    worksheet.refresh_from_db()
    assert worksheet.objective == "Sell more bread"
    assert client.get(reverse("worksheets:edit", args=[999999])).status_code == 404


# --- the session expired ------
def test_logged_out_autosave_echoes_the_text(client, worksheet):
    r = client.post(
        save_url(worksheet), {"objective": "Unsaved words", **meta(worksheet, "objective")}, **HTMX
    )
    assert r.status_code == 401
    html = r.content.decode()
    assert "You were logged out" in html and "Unsaved words" in html and 'form="ws-form"' in html
    worksheet.refresh_from_db()
    assert worksheet.objective == "Sell more bread"


def test_logged_out_full_save_resumes_after_login(client, worksheet):
    post = {
        "objective": "Typed while logged out",
        "levers": ["price", "opening time"],
        "then": "check",
        **meta(worksheet, "objective"),
        **meta(worksheet, "levers"),
    }
    r = client.post(save_url(worksheet), post)
    assert r.status_code == 401
    html = r.content.decode()
    assert "Typed while logged out" in html and 'value="opening time"' in html and 'name="password"' in html
    # A wrong password keeps the text.
    carried = {"objective": "Typed while logged out", "levers": ["price", "opening time"], "then": "check"}
    carried.update(meta(worksheet, "objective"))
    carried.update(meta(worksheet, "levers"))
    bad = client.post(
        reverse("worksheets:resume", args=[worksheet.pk]), {**carried, "username": "stu", "password": "nope"}
    )
    assert bad.status_code == 401 and "Typed while logged out" in bad.content.decode()
    good = client.post(
        reverse("worksheets:resume", args=[worksheet.pk]),
        {**carried, "username": "stu", "password": PASSWORD},
    )
    assert good.status_code == 302 and good.url == reverse("worksheets:check", args=[worksheet.pk])
    worksheet.refresh_from_db()
    assert worksheet.objective == "Typed while logged out" and worksheet.levers == ["price", "opening time"]


def test_resume_as_another_user_saves_nothing_and_keeps_text(client, worksheet, other_student):
    carried = {
        "objective": "Words",
        **meta(worksheet, "objective"),
        "username": "other",
        "password": PASSWORD,
    }
    r = client.post(reverse("worksheets:resume", args=[worksheet.pk]), carried)
    assert r.status_code == 404 and "Words" in r.content.decode()
    worksheet.refresh_from_db()
    assert worksheet.objective == "Sell more bread"


def test_stale_csrf_token_echoes_text_and_confirms(student_user, worksheet):
    c = Client(enforce_csrf_checks=True)
    c.force_login(student_user)
    post = {
        "objective": "After re-login elsewhere",
        **meta(worksheet, "objective"),
        "csrfmiddlewaretoken": "x" * 64,
    }
    r = c.post(save_url(worksheet), post)
    assert r.status_code == 403
    html = r.content.decode()
    assert "After re-login elsewhere" in html and "out of date" in html
    worksheet.refresh_from_db()
    assert worksheet.objective == "Sell more bread"
    # The echo page carries a fresh token: submitting it saves.
    token = c.cookies["csrftoken"].value
    r = c.post(
        reverse("worksheets:resume", args=[worksheet.pk]),
        {
            "objective": "After re-login elsewhere",
            **meta(worksheet, "objective"),
            "csrfmiddlewaretoken": token,
        },
    )
    assert r.status_code == 302
    worksheet.refresh_from_db()
    assert worksheet.objective == "After re-login elsewhere"


def test_valid_csrf_token_saves(student_user, worksheet):
    c = Client(enforce_csrf_checks=True)
    c.force_login(student_user)
    c.get(reverse("worksheets:edit", args=[worksheet.pk]))
    token = c.cookies["csrftoken"].value
    r = c.post(
        save_url(worksheet), {"metric": "kg", **meta(worksheet, "metric")}, HTTP_X_CSRFTOKEN=token, **HTMX
    )
    assert r.status_code == 200


def test_logged_out_get_redirects_to_login(client, worksheet):
    r = client.get(reverse("worksheets:edit", args=[worksheet.pk]))
    assert r.status_code == 302 and "/accounts/login/" in r.url


# --- history ------
def test_history_diff_and_restore(student_client, student_user, worksheet):
    worksheet_fields_save(
        worksheet_id=worksheet.pk,
        user=student_user,
        values={"objective": "Sell more bread before we close"},
        bases={"objective": 1},
    )
    worksheet_fields_save(
        worksheet_id=worksheet.pk,
        user=student_user,
        values={"levers": ["discount", "start time"]},
        bases={"levers": 1},
    )
    worksheet.refresh_from_db()
    r = student_client.get(reverse("worksheets:history", args=[worksheet.pk]))
    assert r.status_code == 200 and "v3" in r.content.decode()
    rev2 = Revision.objects.get(worksheet=worksheet, version=2)
    html = student_client.get(reverse("worksheets:revision", args=[worksheet.pk, 2])).content.decode()
    assert "<ins>before we close</ins>" in html.replace("<ins> ", "<ins>") or "<ins>" in html
    assert "Objective" in html
    html = student_client.get(
        reverse("worksheets:revision", args=[worksheet.pk, 3]) + "?against=1"
    ).content.decode()
    assert "<ins>discount</ins>" in html
    r = student_client.post(reverse("worksheets:restore", args=[worksheet.pk, 1]))
    assert r.status_code == 302
    worksheet.refresh_from_db()
    assert worksheet.objective == "Sell more bread" and worksheet.levers == [] and worksheet.version == 4
    assert rev2.snapshot["objective"] == "Sell more bread before we close"


# --- coaching in the page ------
def test_check_my_plan_htmx_uses_the_text_on_screen(student_client, worksheet, rules_only):
    post = {
        "objective": "Predict which team wins",
        "levers": ["teams", "roster"],
        "modeler": "win/loss classifier",
    }
    for name in ("objective", "levers", "modeler"):
        post.update(meta(worksheet, name))
    r = student_client.post(reverse("worksheets:check", args=[worksheet.pk]), post, **HTMX)
    assert r.status_code == 200
    html = r.content.decode()
    assert 'data-code="lever_not_controllable"' in html and "#field-levers" in html
    assert reverse("course:note", args=["drivetrain-approach"]) in html
    worksheet.refresh_from_db()
    assert worksheet.objective == "Sell more bread"  # checking does not save


def test_check_notes_rank_fold_and_hide_codes(student_client, student_user, rules_only):
    """Issue 11: five notes first, the rest folded; strengths named; no internal code shown; every note's
    "Go to" link lands on a field of the edit page."""
    import re

    ws = worksheet_create(
        owner=student_user,
        title="Scores",
        values={
            "objective": "Predict which team wins each match",
            "metric": "Accuracy",
            "levers": ["teams", "which matches we bet on"],
            "data_have": "Results of ten seasons.",
            "modeler": "A classifier of the winner.",
            "baseline": "N/A",
            "rollout": "Everyone gets it on Monday.",
        },
    )
    html = student_client.post(reverse("worksheets:check", args=[ws.pk]), {}, **HTMX).content.decode()
    first, _, folded = html.partition("<details")
    assert first.count('class="ws-note ') == 5 and folded.count('class="ws-note ') >= 3
    assert "more notes</summary>" in folded
    assert "What the plan does well:" in html or "ws-strengths" not in html
    text = re.sub(r"<[^>]+>", " ", html)
    codes = re.findall(r'data-code="([a-z_]+)"', html)
    assert codes and not any(code in text for code in codes)
    edit = student_client.get(reverse("worksheets:edit", args=[ws.pk])).content.decode()
    for anchor in set(re.findall(r'href="#field-([a-z_]+)"', html)):
        assert f'id="field-{anchor}"' in edit, anchor


def test_check_names_the_strengths_of_a_good_plan(student_client, student_user, rules_only):
    from studyguide.worksheets.examples import get

    ws = worksheet_create(owner=student_user, title="Copy", values=get("recommendations").values)
    html = student_client.get(reverse("worksheets:check", args=[ws.pk])).content.decode()
    assert "No notes" in html and "What the plan does well:" in html


def test_non_js_check_button_saves_then_shows_notes(student_client, worksheet, rules_only):
    post = {"objective": "Sell more bread", "metric": "", "then": "check", **meta(worksheet, "objective")}
    r = student_client.post(save_url(worksheet), post)
    assert r.status_code == 302 and r.url == reverse("worksheets:check", args=[worksheet.pk])
    assert "objective_no_metric" in student_client.get(r.url).content.decode()


# --- examples ------
@pytest.mark.parametrize("slug", ["search-ranking", "insurance-pricing", "recommendations", "bear-camera"])
def test_examples_read_only_and_start(client, student_client, student_user, slug):
    assert client.get(reverse("worksheets:example", args=[slug])).status_code == 200
    r = student_client.post(reverse("worksheets:example_start", args=[slug]))
    ws = Worksheet.objects.get(owner=student_user)
    assert r.status_code == 302 and ws.from_example == slug and ws.levers and ws.objective


def test_recommendation_example_follows_the_chapter():
    from studyguide.worksheets.examples import get

    ex = get("recommendations")
    assert "ranking" in ex.values["levers"][0]
    assert "randomized experiments" in ex.values["data_collect"]
    assert (
        "with and without the recommendation" in ex.values["modeler"] and "difference" in ex.values["modeler"]
    )


def test_worked_examples_pass_their_own_coaching():
    from studyguide.worksheets.coaching import check_plan
    from studyguide.worksheets.coaching.plan import plan_from_values
    from studyguide.worksheets.examples import EXAMPLES

    for ex in EXAMPLES:
        notes = check_plan(plan_from_values({**spec.empty_values(), **ex.values}))
        assert [n.code for n in notes] == [], ex.slug


def test_unknown_example_404(client):
    assert client.get(reverse("worksheets:example", args=["nope"])).status_code == 404


# --- teachers ------
def test_teacher_sees_submitted_worksheets_of_cohort_only(
    cohort, worksheet, other_student, student_user, teacher_user
):
    student_client, teacher_client = Client(), Client()
    student_client.force_login(student_user)
    teacher_client.force_login(teacher_user)
    stranger_ws = worksheet_create(owner=other_student, title="Stranger plan")
    stranger_ws.status = "submitted"
    stranger_ws.save()
    assert "Bakery plan" not in teacher_client.get(reverse("worksheets:review")).content.decode()  # a draft
    assert teacher_client.get(reverse("worksheets:review_detail", args=[worksheet.pk])).status_code == 404
    student_client.post(reverse("worksheets:submit", args=[worksheet.pk]))
    html = teacher_client.get(reverse("worksheets:review")).content.decode()
    assert "Bakery plan" in html and "Stranger plan" not in html
    assert teacher_client.get(reverse("worksheets:review_detail", args=[stranger_ws.pk])).status_code == 404


def test_teacher_comments_per_field_and_student_sees_them(
    client, cohort, worksheet, teacher_user, student_user
):
    from studyguide.worksheets.services import worksheet_submit

    worksheet_submit(worksheet=worksheet)
    client.force_login(teacher_user)
    url = reverse("worksheets:review_detail", args=[worksheet.pk])
    r = client.post(url, {"field": "levers", "body": "Which of these do you decide? <b>think</b>"})
    assert r.status_code == 302
    assert client.post(url, {"field": "levers", "body": ""}).status_code == 422
    assert client.post(url, {"field": "nonsense", "body": "x"}).status_code == 422
    assert FieldComment.objects.filter(worksheet=worksheet, field="levers").count() == 1
    r = client.post(reverse("worksheets:mark_reviewed", args=[worksheet.pk]))
    worksheet.refresh_from_db()
    assert worksheet.status == "reviewed"
    # Teachers can read the history and export too.
    assert client.get(reverse("worksheets:history", args=[worksheet.pk])).status_code == 200
    client.force_login(student_user)
    html = client.get(reverse("worksheets:edit", args=[worksheet.pk])).content.decode()
    assert "Which of these do you decide?" in html and "&lt;b&gt;think&lt;/b&gt;" in html
    md = client.get(reverse("worksheets:export_md", args=[worksheet.pk])).content.decode()
    assert "Comment from teach" in md


def test_review_page_is_for_teachers(student_client):
    assert student_client.get(reverse("worksheets:review")).status_code == 403


# --- export ------
def test_markdown_download_and_print(student_client, student_user):
    ws = worksheet_create(
        owner=student_user,
        title="Bear cams",
        values={"objective": "Safer trails", "levers": ["camera placement"]},
    )
    r = student_client.get(reverse("worksheets:export_md", args=[ws.pk]))
    assert r["Content-Type"].startswith("text/markdown")
    assert 'filename="bear-cams.md"' in r["Content-Disposition"]
    text = r.content.decode()
    assert text.startswith("# Bear cams") and "- camera placement" in text and "### Objective" in text
    r = student_client.get(reverse("worksheets:print", args=[ws.pk]))
    assert r.status_code == 200 and "Safer trails" in r.content.decode()


def test_each_field_links_the_study_note_it_belongs_to(student_client, student_user, course):
    ws = worksheet_create(owner=student_user, title="Links", values={}, from_example="")
    html = student_client.get(reverse("worksheets:edit", args=[ws.pk])).content.decode()
    assert spec.BY_NAME["rollout"].note_slug == "avoiding-disaster"
    assert spec.BY_NAME["data_have"].note_slug == "gathering-data"
    for slug in ("avoiding-disaster", "gathering-data", "out-of-domain-and-domain-shift"):
        assert reverse("course:note", args=[slug]) in html


def test_a_field_with_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown kind"):
        spec.FieldSpec("x", "X", "help", "gathering-data")
