import json
from io import StringIO

import pytest
import yaml
from django.core.management import CommandError, call_command

from studyguide.course.models import Choice, Item, KeyPoint, Misconception, StudyNote
from studyguide.course.services import course_load

from .test_schema import minimal_content

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "items": list(Item.objects.order_by("item_id").values()),
        "points": list(KeyPoint.objects.order_by("id").values()),
        "misconceptions": list(Misconception.objects.order_by("id").values()),
        "choices": list(Choice.objects.order_by("id").values()),
        "notes": list(StudyNote.objects.order_by("id").values()),
    }


def test_loading_the_real_bank_twice_gives_the_same_rows():
    course_load()
    first = _snapshot()
    report = course_load()
    assert _snapshot() == first
    assert not report.created and not report.updated
    assert Item.objects.filter(variant_of__isnull=True).count() == 31


def test_every_free_text_item_has_a_key_and_a_note():
    course_load()
    for item in Item.objects.filter(kind=Item.Kind.FREE_TEXT):
        assert 2 <= item.key_points.count() <= 5, item.item_id
        assert item.note is not None, item.item_id
        assert item.reference_answer.strip()


def test_admin_edits_survive_a_reload_until_the_file_changes(tmp_path):
    path = tmp_path / "content.yaml"
    data = minimal_content()
    path.write_text(yaml.safe_dump(data))
    course_load(path=path)
    point = KeyPoint.objects.filter(item__item_id="ch2-q3").first()
    point.label = "Edited by a teacher"
    point.save()

    course_load(path=path)
    point.refresh_from_db()
    assert point.label == "Edited by a teacher"

    data["items"][2]["key_points"][0]["label"] = "Changed in the file"
    path.write_text(yaml.safe_dump(data))
    report = course_load(path=path)
    point.refresh_from_db()
    assert point.label == "Changed in the file"
    assert "ch2-q3" in report.key_changed
    assert Item.objects.get(item_id="ch2-q3").key_version == 2


def test_key_point_rows_keep_their_ids_when_the_file_changes(tmp_path):
    path = tmp_path / "content.yaml"
    data = minimal_content()
    path.write_text(yaml.safe_dump(data))
    course_load(path=path)
    ids = list(KeyPoint.objects.filter(item__item_id="ch2-q5").values_list("id", flat=True))
    data["items"][4]["key_points"][1]["detail"] = "Reworded."
    path.write_text(yaml.safe_dump(data))
    course_load(path=path)
    assert list(KeyPoint.objects.filter(item__item_id="ch2-q5").values_list("id", flat=True)) == ids


def test_a_broken_file_changes_nothing(tmp_path):
    course_load()
    before = _snapshot()
    path = tmp_path / "content.yaml"
    data = minimal_content()
    data["items"][0]["kind"] = "essay"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(CommandError, match="unknown kind"):
        call_command("load_course", "--file", str(path))
    assert _snapshot() == before


def test_export_round_trip(tmp_path):
    course_load()
    out = StringIO()
    call_command("export_questionnaire", "--format", "json", stdout=out)
    bank = json.loads(out.getvalue())
    assert len([e for e in bank if not e["variant_of"]]) == 31
    q15 = next(e for e in bank if e["id"] == "ch2-q15")
    assert {"id", "source_ref", "kind", "prompt", "reference_answer", "key_points", "misconceptions"} <= set(
        q15
    )
    # Feed the export back in as a content file: same bank.
    notes = [
        {"slug": n.slug, "title": n.title, "summary": n.summary, "body": n.body, "order": n.order}
        for n in StudyNote.objects.all()
    ]
    items = [{k: v for k, v in e.items() if v not in (None, [], "")} for e in bank]
    path = tmp_path / "again.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "chapter": 2, "notes": notes, "items": items}))
    before = _snapshot()
    report = course_load(path=path, force=True)
    assert not report.key_changed
    after = _snapshot()
    for rows in ("points", "misconceptions", "choices"):
        assert after[rows] == before[rows]
    assert [i["prompt"] for i in after["items"]] == [i["prompt"] for i in before["items"]]


def test_admin_can_edit_a_key_point(admin_client):
    course_load()
    item = Item.objects.get(item_id="ch2-q18")
    point = item.key_points.first()
    url = f"/admin/course/keypoint/{point.pk}/change/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {
            "item": item.pk,
            "order": point.order,
            "label": "Rows are actual classes",
            "detail": point.detail,
            "phrasings": json.dumps(point.phrasings + ["rows are the truth"]),
        },
    )
    assert response.status_code == 302
    point.refresh_from_db()
    assert point.label == "Rows are actual classes"
    assert "rows are the truth" in point.phrasings
    item.refresh_from_db()
    assert item.key_version == 2  # answers graded under version 1 become regrade candidates


def test_admin_item_page_shows_key_point_inlines(admin_client):
    course_load()
    item = Item.objects.get(item_id="ch2-q18")
    html = admin_client.get(f"/admin/course/item/{item.pk}/change/").content.decode()
    assert item.key_points.first().label in html
