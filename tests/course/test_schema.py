import copy

import pytest
import yaml

from studyguide.course.schema import MAIN_IDS, ContentError, read_content, validate_content


def minimal_content() -> dict:
    """A valid content file: every main item as a small free-text item, plus one variant of each kind."""
    point = {"label": "A point", "detail": "One sentence.", "phrasings": ["a point"]}
    items = [
        {
            "id": item_id,
            "source_ref": f"Chapter 2, {item_id}",
            "kind": "free_text",
            "prompt": f"Question {item_id}?",
            "reference_answer": "An answer.",
            "note": "basics",
            "key_points": [point, {**point, "label": "Another point"}],
        }
        for item_id in MAIN_IDS
    ]
    items += [
        {
            "id": "ch2-q7-order",
            "variant_of": "ch2-q7",
            "source_ref": "Chapter 2, Q7",
            "kind": "ordering",
            "prompt": "Put the steps in order.",
            "reference_answer": "Objective, levers, data, models.",
            "steps": ["Objective", "Levers", "Data", "Models"],
            "distractors": ["Full-scale automation"],
        },
        {
            "id": "ch2-q14-exact",
            "variant_of": "ch2-q14",
            "source_ref": "Chapter 2, Q14",
            "kind": "short_exact",
            "prompt": "Letters?",
            "reference_answer": "x and y",
            "accepted": ["x, y"],
        },
        {
            "id": "ch2-q18-mc",
            "variant_of": "ch2-q18",
            "source_ref": "Chapter 2, Q18",
            "kind": "multiple_choice",
            "prompt": "Pick one.",
            "reference_answer": "B",
            "choices": [{"text": "A", "correct": False}, {"text": "B", "correct": True}],
        },
        {
            "id": "ch2-fr4-blog",
            "source_ref": "Chapter 2, further research 4",
            "kind": "reflection",
            "prompt": "Blog.",
            "reference_answer": "A post.",
            "checklist": ["Has a title", "Has a point"],
        },
    ]
    return {
        "version": 1,
        "chapter": 2,
        "notes": [{"slug": "basics", "title": "Basics", "body": "Some **bold** text."}],
        "items": items,
    }


def test_minimal_content_is_valid():
    validate_content(minimal_content())


def test_the_shipped_content_file_is_valid():
    from studyguide.course.services import CONTENT_FILE

    data = read_content(CONTENT_FILE)
    ids = {item["id"] for item in data["items"]}
    assert set(MAIN_IDS) <= ids
    assert len(MAIN_IDS) == 31


def broken(mutate):
    data = copy.deepcopy(minimal_content())
    mutate(data)
    return data


def _item(data, item_id):
    return next(i for i in data["items"] if i["id"] == item_id)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: _item(d, "ch2-q3").pop("key_points"), "ch2-q3': free_text needs 2–5 key_points"),
        (lambda d: _item(d, "ch2-q3").update(key_points=[]), "free_text needs 2–5 key_points"),
        (lambda d: _item(d, "ch2-q3").update(kind="essay"), "unknown kind 'essay'"),
        (lambda d: d["items"].append(copy.deepcopy(_item(d, "ch2-q3"))), "duplicate id"),
        (lambda d: d["items"].remove(_item(d, "ch2-q27")), "missing main items: ch2-q27"),
        (lambda d: _item(d, "ch2-q3").update(note="nope"), "note 'nope' is not defined"),
        (lambda d: _item(d, "ch2-q7-order").update(variant_of="ch2-q99"), "variant_of 'ch2-q99'"),
        (lambda d: _item(d, "ch2-q18-mc")["choices"][1].update(correct=False), "no choice is marked correct"),
        (lambda d: _item(d, "ch2-q14-exact").update(accepted=[]), "'accepted' needs at least 1"),
        (lambda d: _item(d, "ch2-q3").update(prompt=""), "'prompt' must be a non-empty string"),
        (lambda d: _item(d, "ch2-q3").update(id="q3"), "'id' must look like"),
        (lambda d: d.update(version=2), "'version' must be 1"),
        (
            lambda d: _item(d, "ch2-q3").update(
                misconceptions=[{"label": "x", "feedback": "y", "patterns": ["(unclosed"]}]
            ),
            "is not a valid regular expression",
        ),
        (
            lambda d: _item(d, "ch2-q3").update(
                misconceptions=[{"label": "x", "feedback": "y", "phrasings": ["a"], "penalty": 3}]
            ),
            "penalty must be a number between 0 and 1",
        ),
        (lambda d: _item(d, "ch2-q3").update(points_needed=9), "points_needed must be a whole number"),
        (
            lambda d: _item(d, "ch2-q3")["key_points"][0].update(optional="yes"),
            "'optional' must be true or false",
        ),
        (
            lambda d: [p.update(optional=True) for p in _item(d, "ch2-q3")["key_points"]],
            "every key point is optional",
        ),
        (
            # points_needed counts the graded points only: two points, one optional, cannot need two
            lambda d: (
                _item(d, "ch2-q3")["key_points"][1].update(optional=True),
                _item(d, "ch2-q3").update(points_needed=2),
            ),
            "number of graded (non-optional) key points",
        ),
        (lambda d: d["notes"].append({"slug": "basics", "title": "x", "body": "y"}), "duplicate slug"),
    ],
)
def test_broken_content_fails_loudly(mutate, message):
    with pytest.raises(ContentError) as excinfo:
        validate_content(broken(mutate))
    assert message in str(excinfo.value)


def test_all_problems_are_reported_at_once():
    data = broken(lambda d: (_item(d, "ch2-q1").update(kind="essay"), _item(d, "ch2-q2").pop("key_points")))
    with pytest.raises(ContentError) as excinfo:
        validate_content(data)
    assert len(excinfo.value.problems) == 2


@pytest.mark.parametrize("text", ["", "just a string", "items: [", "- a\n- b"])
def test_malformed_yaml_is_refused(tmp_path, text):
    path = tmp_path / "content.yaml"
    path.write_text(text)
    with pytest.raises(ContentError):
        read_content(path)


def test_non_utf8_file_is_refused(tmp_path):
    path = tmp_path / "content.yaml"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ContentError, match="cannot read"):
        read_content(path)


def test_round_trip_through_yaml(tmp_path):
    path = tmp_path / "content.yaml"
    path.write_text(yaml.safe_dump(minimal_content()))
    assert read_content(path)["items"][0]["id"] == "ch2-q1"
