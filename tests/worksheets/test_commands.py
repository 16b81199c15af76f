"""Management commands: worksheet_feedback (JSON in, JSON out) and worksheet_coaching_eval."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_feedback_outputs_one_json_object(tmp_path):
    path = tmp_path / "plan.json"
    plan = {
        "objective": "Predict which NBA team wins",
        "metric": "",
        "levers": ["teams", "management", "roster"],
        "uncontrollables": [],
        "data": "past box scores",
        "modeler": "binary classification win/loss",
        "simulator": "",
        "optimizer": "",
        "baseline": "",
        "rollout": "",
        "risks": "",
    }
    path.write_text(json.dumps(plan), encoding="utf-8")
    result = json.loads(run("worksheet_feedback", str(path), "--rules-only"))
    assert set(result) == {
        "notes",
        "questions",
        "strengths",
    }  # issue 11: what the plan does well is named too
    found = result["notes"] + result["questions"]
    assert all(set(n) == {"field", "code", "message"} for n in found)
    got = {n["code"] for n in found}
    # codes whose notes were mostly wrong on unseen plans are asked, not stated
    assert {"lever_not_controllable", "model_no_lever"} <= {n["code"] for n in result["questions"]}
    assert {"prediction_not_decision", "no_rollout"} <= {n["code"] for n in result["notes"]}
    assert {
        "lever_not_controllable",
        "model_no_lever",
        "prediction_not_decision",
        "rollout_no_human_oversight",
    } - got == {
        "rollout_no_human_oversight"  # the rollout is blank: reported as no_rollout instead
    }
    assert "no_rollout" in got


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "is not valid JSON"),
        ('["a list"]', "must be a JSON object"),
        ('{"levers": "teams"}', "list of strings"),
        ('{"objectiv": "x"}', "unknown key"),
    ],
)
def test_feedback_bad_input_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        run("worksheet_feedback", str(path), "--rules-only")


def test_feedback_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run("worksheet_feedback", str(tmp_path / "nope.json"))


def test_feedback_takes_every_web_field_and_names_fields_of_both(tmp_path):
    from studyguide.worksheets import spec

    plan = {f.name: ([] if f.kind == "list" else "") for f in spec.FIELDS}
    plan.update(
        title="Bakery",
        objective="Throw away less bread.",
        levers=["the discount we give after 4 pm"],
        data_have="Two years of till receipts.",
        experiment_needed="no",
        rollout="On Monday every shop switches to it.",
    )
    path = tmp_path / "web.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    result = json.loads(run("worksheet_feedback", str(path), "--rules-only"))
    fields = {n["field"] for n in result["notes"] + result["questions"]}
    assert fields <= set(plan)
    assert {"experiment_notes", "monitoring", "rollout"} <= fields


def test_feedback_on_500_levers_is_capped(tmp_path):
    path = tmp_path / "many.json"
    levers = [f"the price of cake number {i}" for i in range(500)]
    path.write_text(json.dumps({"objective": "Sell more cake", "levers": levers}), encoding="utf-8")
    result = json.loads(run("worksheet_feedback", str(path), "--rules-only"))
    assert [n["code"] for n in result["notes"]].count("levers_capped") == 1


def test_eval_command_prints_figures():
    out = run("worksheet_coaching_eval", "--rules-only")
    assert "caught" in out and "false alarms" in out and "recall" in out and "strong plans got no note" in out
    assert "questions:" in out
    data = json.loads(run("worksheet_coaching_eval", "--rules-only", "--json"))
    assert set(data["sets"]) == {"cases", "holdout", "holdout/final"}
    assert data["sets"]["cases"]["cases"] >= 20
    for s in data["sets"].values():
        assert s["caught"] <= s["planted"] and s["strong_with_no_note"] <= s["strong"]
        assert s["false_alarms"] == s["false_alarms_on_strong"] + s["false_alarms_on_flawed"]


@pytest.mark.real_model
def test_feedback_with_the_real_model(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"objective": "Fill rooms", "levers": ["how many tourists come to the city"]}))
    result = json.loads(run("worksheet_feedback", str(path)))
    assert "lever_not_controllable" in {n["code"] for n in result["questions"]}  # asked, not stated
