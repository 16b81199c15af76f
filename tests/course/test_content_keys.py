"""The shipped key itself: labels that do not give the answer away, misconceptions that are wrong claims, and
swap patterns that fire on the swap but not on the right statement or its negation. Pure (no model, no DB)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.grading.text import clean_answer, split_units
from studyguide.course.schema import read_content
from studyguide.course.services import CONTENT_FILE

CONTENT = read_content(CONTENT_FILE)
FREE_TEXT = {i["id"]: i for i in CONTENT["items"] if i["kind"] == "free_text"}
OVERLAP_TOOL = Path(__file__).resolve().parents[3] / "shared" / "tools" / "book_overlap.py"


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9_]+", text.lower())) + " "


def _pattern_hits(item: dict, text: str) -> list[str]:
    """Labels of the item's pattern misconceptions firing on a clause of ``text`` (split as graded)."""
    units = [u.text for u in split_units(clean_answer(text))]
    return [
        m["label"]
        for m in item.get("misconceptions") or []
        if any(re.search(p, u, re.IGNORECASE) for p in m.get("patterns") or [] for u in units)
    ]


@pytest.mark.parametrize("item_id", sorted(FREE_TEXT))
def test_labels_name_the_idea_without_quoting_an_accepted_phrasing(item_id):
    # Hints are built from labels ("Did you cover what cropping costs?"): a label must not state the answer.
    for point in FREE_TEXT[item_id]["key_points"]:
        label = _words(point["label"])
        quoted = [p for p in point.get("phrasings", []) if len(_words(p).split()) >= 1 and _words(p) in label]
        assert not quoted, f"{item_id}: label {point['label']!r} contains its phrasings {quoted}"


@pytest.mark.parametrize("item_id", sorted(FREE_TEXT))
def test_no_misconception_fires_on_the_reference_or_the_key_point_details(item_id):
    item = FREE_TEXT[item_id]
    texts = [item["reference_answer"]] + [p["detail"] for p in item["key_points"]]
    for text in texts:
        assert not _pattern_hits(item, text), (item_id, text)


# (item, a swapped or wrong claim the pattern must catch, right statements and negations it must leave alone)
SWAPS = [
    (
        "ch2-q22",
        "Use a GPU when requests are few because it is cheaper, and a CPU for high volume.",
        [
            "A CPU for one request at a time since it is cheaper; a GPU only with many requests batched.",
            "CPU: when we dont need to do tasks in parallel. GPU: when batches of jobs run in parallel.",
            "GPUs are more expensive than CPUs, which are cheaper for single images.",
        ],
    ),
    (
        "ch2-q22",
        "A CPU is best for big batches of identical work and a GPU for one image at a time.",
        ["A CPU is not good for big batches of identical work; a GPU is."],
    ),
    (
        "ch2-q14",
        "y is the independent variable and x is the dependent variable.",
        [
            "x (independent), y (dependent).",
            "independent = X, dependent = Y",
            "x for inputs aka independent variables and y for outputs aka dependent variables.",
            "y is not the independent variable.",
            "x, y",
        ],
    ),
    ("ch2-q14", "y, x", ["x and y"]),
    (
        "ch2-q17",
        "item_tfms run on the whole batch on the GPU, and batch_tfms run on each item on the CPU.",
        [
            "item_tfms run on each item on the CPU, batch_tfms on the whole batch on the GPU.",
            "item_tfms are done by the CPU and batch_tfms by the GPU.",
            "batch_tfms are not applied to each item on the CPU.",
        ],
    ),
    (
        "ch2-q18",
        "The diagonal holds the mistakes and the other cells the correct predictions.",
        [
            "The off-diagonal cells are the mistakes.",
            "Cells outside the diagonal are errors.",
            "Anything not on the diagonal is an error.",
        ],
    ),
    (
        "ch2-q4",
        "Let the model make the final decision and have a person help it with extra data.",
        [
            "A person makes the final decision and the model helps by flagging cases.",
            "Keep a human in the loop.",
        ],
    ),
    (
        "ch2-q15",
        "Padding stretches the image to fill the square.",
        [
            "Padding keeps proportions whereas squish distorts them.",
            "Pad rather than squish when shapes matter.",
        ],
    ),
    (
        "ch2-q16",
        "It changes the labels of the images while the pictures stay the same.",
        ["It changes how images look without changing the labels.", "It does not change the label."],
    ),
    (
        "ch2-q20",
        "Inference is when the model is trained and its weights are updated.",
        ["Inference: the weights stay fixed, nothing is trained.", "Inference."],
    ),
    ("ch2-q20", "Validation: using the trained model on new data.", ["Inference, not validation."]),
    (
        "ch2-q19",
        "It only saves the weights.",
        [
            "Not only the weights but also the architecture and the DataLoaders definition.",
            "It saves not just the weights, but also how the DataLoaders were built.",
        ],
    ),
    (
        "ch2-q19",
        "The training images.",
        ["The architecture and weights; the training images are not included."],
    ),
    (
        "ch2-q13",
        "Fix valid_pct and let the seed change each time.",
        ["Set a fixed seed; valid_pct=0.2 only sets the size.", "Use the same random seed."],
    ),
    (
        "ch2-q27",
        "Gradual expansion first, then a limited-scope deployment, and finally a manual process.",
        ["Manual process, then limited-scope deployment, then gradual expansion."],
    ),
    (
        "ch2-q27",
        "Manual process, limited scope, gradual expansion, then full automation.",
        ["Gradual expansion."],
    ),
    (
        "ch2-q1",
        "The training set was made of dark, blurry night-time frames, so sharp web photos confuse it.",
        ["The training photos were sharp daytime shots; a night camera gives dark frames."],
    ),
    (
        "ch2-q6",
        "It recommends useful things people need, but it has no idea what they like.",
        ["It predicts what people like, but not what is useful to them."],
    ),
    (
        "ch2-q12",
        "It sets what percentage of the data is used for validation.",
        [
            "It splits the items into a training set and a validation set.",
            "It divides the data; valid_pct sets the percentage used for validation.",
        ],
    ),
    (
        "ch2-q12",
        "Set a fixed random seed.",
        ["It splits the items into training and validation sets, with a fixed seed so the split repeats."],
    ),
    (
        "ch2-fr2",
        "Avoid augmentation when orientation doesn't matter.",
        ["Avoid flips when orientation matters.", "Flipping is fine when orientation does not matter."],
    ),
]


@pytest.mark.parametrize(
    ("item_id", "wrong", "right"), SWAPS, ids=[f"{s[0]}-{n}" for n, s in enumerate(SWAPS)]
)
def test_swap_patterns_catch_the_swap_and_spare_right_and_negated_statements(item_id, wrong, right):
    item = FREE_TEXT[item_id]
    assert _pattern_hits(item, wrong), f"{item_id}: no pattern fired on {wrong!r}"
    for text in right:
        assert not _pattern_hits(item, text), f"{item_id}: {_pattern_hits(item, text)} fired on {text!r}"


def test_the_course_text_shares_no_eight_word_run_with_the_book():
    # The book's prose is not licensed: the tool compares 8-word windows against hashes of the chapter.
    if not OVERLAP_TOOL.exists() or shutil.which("python3") is None:
        pytest.skip(f"overlap tool not found at {OVERLAP_TOOL}")
    out = subprocess.run(
        [sys.executable, str(OVERLAP_TOOL), str(CONTENT_FILE)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "runs=0", out
