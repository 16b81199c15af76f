"""The grader through the REAL offline MiniLM model (loaded once per module), its commands, Mohler data."""

import json
import time

import numpy as np
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from quiz.grading import ItemKey, KeyPoint, Misconception, grade, load_grader_model
from tests.quiz.test_grading import write_mohler

pytestmark = pytest.mark.real_model


@pytest.fixture(scope="module")
def embedder():
    from studyguide.embeddings import get_embedder

    return get_embedder()


# Chapter-2-like items written for these tests (own words).
ITEMS = [
    (
        ItemKey(
            item_id="t-ood",
            question="What is out-of-domain data?",
            reference_answer="Data seen in production that differs from the data the model was trained on.",
            key_points=(
                KeyPoint(
                    "Differs from the training data",
                    "Inputs unlike anything in the training set.",
                    ("different from the training data", "unlike the training data"),
                ),
                KeyPoint(
                    "Shows up in production",
                    "It arrives when the model is used for real.",
                    ("in production",),
                ),
            ),
        ),
        "Images the deployed model gets in production that look very different from its training images.",
        "A metric that shows how accurate the model is on the training set.",
    ),
    (
        ItemKey(
            item_id="t-tfms",
            question="What is the difference between item_tfms and batch_tfms?",
            reference_answer="item_tfms run on each item separately on the CPU, for example resizing; "
            "batch_tfms run on a whole mini-batch at once on the GPU, for example data augmentation.",
            key_points=(
                KeyPoint("item_tfms: one item at a time on CPU", "", ("each item", "on the cpu")),
                KeyPoint("batch_tfms: whole batch on GPU", "", ("whole batch", "on the gpu")),
            ),
            misconceptions=(
                Misconception("Training vs validation", "Not about the split.", ("item_tfms for training",)),
            ),
        ),
        "item_tfms transform every single image on the CPU (like resize), batch_tfms work on the whole batch "
        "together on the GPU.",
        "item_tfms are for the training set and batch_tfms are for the validation set.",
    ),
    (
        ItemKey(
            item_id="t-seed",
            question="How do you make the validation split the same every time you run the notebook?",
            reference_answer="Fix the random seed so the random generator starts in the same state each run.",
            key_points=(KeyPoint("Fix the random seed", "Pass a seed to the splitter.", ("seed",)),),
        ),
        "Set the seed of the random splitter to a fixed number.",
        "Use a bigger GPU and train for more epochs.",
    ),
]


def test_embedder_rows_are_normalised_and_cached(embedder):
    a = embedder.encode(["validation set", "a bear photo"])
    assert a.shape == (2, 384) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-4)
    assert np.array_equal(embedder.encode(["validation set"])[0], a[0])
    text = "Crop, pad or squish."
    tok = embedder.encode_tokens(text)
    assert len(tok.offsets) == len(tok.vectors) > 0 and tok.offsets.max() <= len(text)
    assert float(tok.sentence @ embedder.encode([text])[0]) > 0.99  # one window: the model's own pooling


@pytest.mark.parametrize(("key", "good", "bad"), ITEMS, ids=[k.item_id for k, _, _ in ITEMS])
def test_correct_answer_scores_higher_than_wrong_one(embedder, key, good, bad):
    model = load_grader_model()
    g, b = grade(good, key, embedder, model), grade(bad, key, embedder, model)
    assert g.score > b.score + 0.1, (g.features, b.features)
    assert b.level != "correct"
    assert g.level != "incorrect"
    assert any(p.status == "covered" and p.quote and p.quote in good for p in g.points)


def test_misconception_and_timing_through_the_real_model(embedder):
    key, good, bad = ITEMS[1]
    res = grade(bad, key, embedder)
    assert [m.label for m in res.misconceptions] == ["Training vs validation"]
    times = []
    for i in range(15):
        t0 = time.perf_counter()
        grade(f"{good} (variant {i})", key, embedder)  # never-seen answer text each time
        times.append((time.perf_counter() - t0) * 1000)
    assert float(np.median(times)) < 150  # ~15-25 ms on one core; loose bound for busy CI machines
    huge = grade(good * 200, key, embedder)  # 20 000+ characters: capped, windows batched
    assert huge.level != "incorrect"


def test_grader_eval_command_on_a_tiny_mohler_folder(tmp_path, capsys):
    root = write_mohler(tmp_path / "mohler", n_questions=4)
    call_command("grader_eval", "--data", str(root), "--folds", "2", "--json")
    out = capsys.readouterr().out.strip().splitlines()
    assert any("Pearson" in line for line in out)
    summary = json.loads(out[-1])
    assert set(summary) == {"pearson", "spearman", "rmse", "acc3", "qwk3", "p50_ms", "p90_ms", "n_answers"}
    assert summary["n_answers"] == 16


def test_grader_eval_command_rejects_a_non_mohler_folder(tmp_path):
    with pytest.raises(CommandError, match="not a Mohler-format folder"):
        call_command("grader_eval", "--data", str(tmp_path))


@pytest.mark.django_db
def test_grade_answers_command(course, tmp_path, capsys):
    lines = [
        json.dumps(
            {"item": "ch2-q13", "answer": "Fix the random seed so the split is the same.", "student": "x"}
        ),
        "{not json",
        json.dumps({"item": "ch2-nope", "answer": "anything"}),
        json.dumps({"item": "ch2-q13"}),
        "",
        json.dumps({"item": "ch2-q13", "answer": ""}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    call_command("grade_answers", "--input", str(path))
    out = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert len(out) == 5
    first = out[0]
    assert first["item"] == "ch2-q13" and first["student"] == "x"
    assert set(first) >= {"item", "score", "level", "confidence", "missing"}
    assert first["level"] in {"correct", "partial", "incorrect"} and isinstance(first["missing"], list)
    assert "malformed JSON" in out[1]["error"]
    assert out[2]["item"] == "ch2-nope" and "error" in out[2]
    assert "answer" in out[3]["error"]
    assert out[4]["score"] == 0.0 and out[4]["level"] == "incorrect"


def test_real_mohler_subset(shared_data):
    from quiz.grading.tools import MohlerData, cross_validate, extract_features, read_mohler

    root = shared_data / "asag" / "mohler_v2"
    if not root.is_dir():
        pytest.skip(f"Mohler data not found at {root}")
    data = read_mohler(root)
    assert (len(data.qids), len(data.answers)) == (81, 2273)
    # a fast slice (assignments 1-2): the full run is `manage.py grader_eval --data ...`
    subset = MohlerData(
        data.root,
        data.questions,
        data.references,
        [a for a in data.answers if a.qid.split(".")[0] in ("1", "2")],
    )
    from studyguide.embeddings import get_embedder

    report = cross_validate(extract_features(subset, get_embedder(), load_grader_model()), folds=3)
    assert report["pearson"] > 0.45, report
    assert report["p50_ms"] < 150


def test_a_sentence_about_one_key_point_is_not_quoted_as_covering_a_sibling(embedder):
    """Q15's three costs share one topic (resizing): the cropping sentence must not count as stating what
    squishing costs, even when the answer's own squish sentence is a misconception and so left out."""
    from quiz.grading.tools.course_keys import course_item_keys

    key = course_item_keys()["ch2-q15"]
    crop = "Crop cuts the picture to a square so parts of it can be lost."
    result = grade(
        f"{crop} Pad adds black borders. Squish is a kind of augmentation that creates new images.",
        key,
        embedder,
    )
    points = {p.label: p for p in result.points}
    assert points["What cropping costs"].status == "covered"
    assert points["What squishing costs"].status != "covered"
    assert result.misconceptions  # the squish sentence is the augmentation misconception
