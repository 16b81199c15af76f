"""The grader's offline tools: cut-off fitting, teacher-label evaluation (out of fold by learner), the
adversarial transforms, the shipped cut-offs file, and ``grader_eval --answers --labels``."""

import json

import numpy as np
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from quiz.grading import Assessment, key_fingerprint, load_shipped_cutoffs
from quiz.grading.calibration import DEFAULT_CUTOFFS_PATH
from quiz.grading.lexical import STOPWORDS
from quiz.grading.tools.adversarial import TRANSFORMS, transforms
from quiz.grading.tools.course_keys import course_item_keys
from quiz.grading.tools.cutoffs import Calibrator, fit_pair, levels_with
from quiz.grading.tools.teacher import LabelledAnswer, TeacherDataError, metrics, read_labelled

from .test_grading import BagEmbedder


def test_fit_pair_separates_levels_and_respects_ceilings():
    scores = [0.1, 0.15, 0.5, 0.55, 0.6, 0.9, 0.95, 0.97]
    levels = ["incorrect", "incorrect", "partial", "partial", "partial", "correct", "correct", "correct"]
    assessments = [Assessment(s, "correct") for s in scores]
    lo, hi = fit_pair(assessments, levels)
    assert 0.15 < lo <= 0.5 and 0.6 < hi <= 0.9
    assert levels_with(assessments, [(lo, hi)] * len(scores)) == levels
    capped = Assessment(0.99, "partial")
    assert levels_with([capped], [(lo, hi)]) == ["partial"]


def test_among_equally_good_pairs_the_shipped_one_is_kept():
    # nothing scores between 0.6 and 1.0: every "correct" cut-off in (0.6, 1.0] agrees equally well
    scores = [0.1, 0.15, 0.5, 0.55, 0.6, 1.0, 1.0, 1.0]
    levels = ["incorrect", "incorrect", "partial", "partial", "partial", "correct", "correct", "correct"]
    assessments = [Assessment(s, "correct") for s in scores]
    assert fit_pair(assessments, levels)[1] == 1.0  # no pair shipped: the widest partial band
    assert fit_pair(assessments, levels, prefer=(0.2, 0.88)) == (0.2, 0.88)
    assert Calibrator(default=(0.5, 0.5), prefer=(0.2, 0.88), per_item=False).fit(
        ["a"] * len(scores), assessments, levels
    ).default == (0.2, 0.88)
    # a preferred pair the labels disagree with is not kept
    assert fit_pair(assessments, levels, prefer=(0.2, 0.52)) != (0.2, 0.52)


def test_per_item_cutoffs_are_pulled_towards_the_default():
    rng = np.random.default_rng(0)
    items, assessments, levels = [], [], []
    for item in ("a", "b"):
        for _ in range(20):
            s = float(rng.uniform(0, 1))
            items.append(item)
            assessments.append(Assessment(s, "correct"))
            levels.append("correct" if s >= 0.8 else "partial" if s >= 0.3 else "incorrect")
    fitted = Calibrator(default=(0.5, 0.5)).fit(items, assessments, levels)
    assert abs(fitted.default[0] - 0.3) <= 0.06 and abs(fitted.default[1] - 0.8) <= 0.06
    # both items follow the same rule: nothing to gain from moving away from the default
    assert fitted.items == {}
    assert fitted.for_item("unseen") == fitted.default


def test_metrics_count_dangerous_errors_both_ways():
    gold = ["incorrect", "correct", "partial", "correct"]
    pred = ["correct", "incorrect", "partial", "correct"]
    m = metrics(gold, pred, ["q1", "q1", "q2", "q2"])
    assert m["dangerous"] == 2 and m["accuracy"] == 0.5
    assert m["per_item"] == {"q1": {"right": 0, "n": 2}, "q2": {"right": 2, "n": 2}}
    assert m["confusion"][0][2] == 1 and m["confusion"][2][0] == 1


def write_teacher_files(tmp_path, rows):
    answers = tmp_path / "answers.jsonl"
    labels = tmp_path / "labels.jsonl"
    answers.write_text(
        "".join(json.dumps({"student": s, "item": i, "answer": a}) + "\n" for s, i, a, _ in rows)
    )
    labels.write_text(
        "".join(json.dumps({"student": s, "item": i, "label": lv}) + "\n" for s, i, _, lv in rows)
    )
    return answers, labels


def test_read_labelled_joins_on_student_and_item_and_reads_only_labelled_answers(tmp_path):
    answers, labels = write_teacher_files(
        tmp_path, [("s01", "ch2-q13", "Set a seed.", 1), ("s02", "ch2-q13", "No idea.", 0)]
    )
    with answers.open("a") as fh:  # an unlabelled learner's answer is never read further
        fh.write(json.dumps({"student": "s99", "item": "ch2-q13", "answer": "unlabelled"}) + "\n")
    rows = read_labelled(answers, labels)
    assert rows == [
        LabelledAnswer("s01", "ch2-q13", "Set a seed.", "correct"),
        LabelledAnswer("s02", "ch2-q13", "No idea.", "incorrect"),
    ]
    labels.write_text('{"student": "s01", "item": "ch2-q13", "label": 2}\n')
    with pytest.raises(TeacherDataError, match="label 1/0.5/0"):
        read_labelled(answers, labels)
    labels.write_text('{"student": "s05", "item": "ch2-q13", "label": 1}\n')
    with pytest.raises(TeacherDataError, match="missing"):
        read_labelled(answers, labels)
    labels.write_text("{broken\n")
    with pytest.raises(TeacherDataError, match="malformed JSON"):
        read_labelled(answers, labels)


def test_adversarial_transforms_are_built_from_the_key():
    keys = course_item_keys()
    key = keys["ch2-q13"]
    made = transforms(key, keys)
    assert set(made) == set(TRANSFORMS)
    assert made["negated"].startswith("It is not true that")
    assert made["other_item"] != key.reference_answer and made["other_item"] in {
        k.reference_answer.strip() for k in keys.values()
    } | {" ".join(k.reference_answer.split()) for k in keys.values()}
    assert not any(w in STOPWORDS for w in made["salad"].split())
    assert len(made["buried"].split()) > 250 and key.reference_answer.split()[0] in made["buried"]
    assert transforms(key, keys) == made  # deterministic


def test_the_shipped_cutoffs_were_fitted_on_the_current_keys():
    """A key change (phrasings, points, misconceptions) calls for a refit: ``python -m quiz.grading.tools
    calibrate --answers ... --labels ...`` (see the README)."""
    assert DEFAULT_CUTOFFS_PATH.is_file()
    shipped = load_shipped_cutoffs()
    keys = course_item_keys()
    assert set(shipped.items) == set(keys)
    stale = sorted(
        item for item, key in keys.items() if shipped.fingerprints.get(item) != key_fingerprint(key)
    )
    assert not stale, f"cut-offs fitted on an older key for {stale}: refit them"
    assert shipped.default is not None and 0.0 < shipped.default[0] < shipped.default[1] < 1.0
    data = json.loads(DEFAULT_CUTOFFS_PATH.read_text())
    assert set(data) == {"default", "items", "meta"}  # derived numbers only, never answers or labels
    assert all(set(v) == {"cutoffs", "key"} for v in data["items"].values())


def test_evaluate_on_synthetic_labels_with_a_fake_embedder():
    from quiz.grading import load_grader_model
    from quiz.grading.tools.teacher import evaluate, format_report, summary

    keys = course_item_keys()
    rows = []
    for n in range(4):
        s = f"t{n:02d}"
        rows += [
            LabelledAnswer(s, "ch2-q13", "Give the splitter a fixed random seed such as 42.", "correct"),
            LabelledAnswer(s, "ch2-q13", "Bananas are yellow fruit.", "incorrect"),
            LabelledAnswer(s, "ch2-q20", "It is called inference.", "correct"),
            LabelledAnswer(s, "ch2-q9", "My bear app.", "partial"),  # a reflection task: left out
        ]
    report = evaluate(rows, keys, BagEmbedder(), load_grader_model())
    assert report["n_graded"] == 12 and report["skipped_items"] == {"ch2-q9": 4} and report["learners"] == 4
    assert 0.0 <= report["out_of_fold"]["accuracy"] <= 1.0
    text = format_report(report)
    assert "out of fold" in text and "dangerous errors" in text and "ch2-q13" in text
    assert set(summary(report)) >= {"accuracy", "qwk", "dangerous", "dangerous_pct", "per_item_accuracy"}


@pytest.mark.django_db
def test_grader_eval_with_teacher_labels(tmp_path, capsys, settings):
    settings.QUIZ_EMBEDDER = "tests.quiz.stubs.stub_embedder"
    rows = [
        (s, item, a, lv)
        for s in ("t1", "t2", "t3")
        for item, a, lv in (
            ("ch2-q13", "Pass a fixed random seed to the splitter.", 1),
            ("ch2-q20", "GPU.", 0),
        )
    ]
    answers, labels = write_teacher_files(tmp_path, rows)
    call_command("grader_eval", "--answers", str(answers), "--labels", str(labels), "--json")
    out = capsys.readouterr().out.strip().splitlines()
    assert any("accuracy (3 levels)" in line for line in out)
    summary = json.loads(out[-1])
    assert summary["n"] == 6 and 0 <= summary["accuracy"] <= 1 and "ch2-q13" in summary["per_item_accuracy"]


@pytest.mark.django_db
def test_grader_eval_refuses_bad_arguments(tmp_path):
    answers, labels = write_teacher_files(tmp_path, [("t1", "ch2-q13", "Seed.", 1)])
    with pytest.raises(CommandError, match="go together"):
        call_command("grader_eval", "--answers", str(answers))
    with pytest.raises(CommandError, match="not both"):
        call_command(
            "grader_eval", "--answers", str(answers), "--labels", str(labels), "--data", str(tmp_path)
        )
    with pytest.raises(CommandError, match="at least 2 learners"):
        call_command("grader_eval", "--answers", str(answers), "--labels", str(labels))
    with pytest.raises(CommandError, match="cannot read"):
        call_command("grader_eval", "--answers", str(tmp_path / "none.jsonl"), "--labels", str(labels))
    with pytest.raises(CommandError, match="--data DIR"):
        call_command("grader_eval")
