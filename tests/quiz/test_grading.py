"""Pure unit tests of the short-answer grader (no Django, no torch): a fake, deterministic embedder."""

import json
import time
import zlib

import numpy as np
import pytest

from quiz import grading
from quiz.grading import (
    GraderModel,
    ItemKey,
    KeyPoint,
    Misconception,
    clean_answer,
    grade,
    grade_choices,
    grade_ordering,
    grade_short_exact,
    level_for,
    split_clauses,
)
from quiz.grading.tools import (
    FeatureTable,
    MohlerFormatError,
    cross_validate,
    fit_cutoffs,
    gold_level,
    mohler_item_key,
    qwk,
    read_mohler,
)


class BagEmbedder:
    """Hashed bag of word stems: texts sharing stems get a high cosine. Deterministic, fast."""

    dim = 256

    def __init__(self):
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for w in grading.content_words(str(text)):
                out[row, zlib.crc32(grading.stem(w).encode()) % self.dim] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out


def kp_model(**kw) -> GraderModel:
    """Score = mean key-point strength; cut-offs 0.4 / 0.75."""
    names = grading.FEATURE_NAMES
    return GraderModel(
        feature_names=names,
        coef=tuple(1.0 if n == "kp_mean" else 0.0 for n in names),
        intercept=0.0,
        cutoffs=(0.4, 0.75),
        **kw,
    )


KEY = ItemKey(
    item_id="t-split",
    question="Why do we keep a validation set apart from the training data?",
    reference_answer="To measure how well the model does on data it was not trained on; shows overfitting.",
    key_points=(
        KeyPoint(
            "Measures performance on unseen data",
            "The score on held-out data estimates real-world accuracy.",
            ("unseen data", "data it has not seen", "held out data"),
        ),
        KeyPoint(
            "Reveals overfitting",
            "A gap between training and validation loss shows overfitting.",
            ("overfitting",),
        ),
    ),
    misconceptions=(
        Misconception(
            "The validation set is used to train",
            "The model never learns from the validation set; it only measures.",
            ("validation set trains the model", "train on the validation set"),
        ),
    ),
)


@pytest.fixture
def emb():
    return BagEmbedder()


# -- cleaning and splitting ------------------------------------------------------------------------------


def test_split_bullets_newlines_and_numbered_lists():
    assert split_clauses("- first point here\n* second point\n2) third one") == [
        "first point here",
        "second point",
        "third one",
    ]
    assert split_clauses("1. Define the objective 2. Levers 3. Data 4. Models.") == [
        "Define the objective",
        "Levers",
        "Data",
        "Models",
    ]
    assert split_clauses("crop | pad | squish") == ["crop", "pad", "squish"]
    assert split_clauses("Objective -> levers -> data") == ["Objective", "levers", "data"]


def test_split_sentences_keeps_abbreviations_and_numbers():
    units = split_clauses("Use a held-out set, e.g. a validation set. It is 2.5 times smaller. ok then")
    assert units == ["Use a held-out set, e.g. a validation set", "It is 2.5 times smaller", "ok then"]


def test_long_sentences_get_clauses_but_never_inside_parentheses():
    text = (
        "The testing stage can influence both the coding stage (phase 5 and more) and the solution "
        "refinement stage, because errors found late are expensive to fix"
    )
    units = split_clauses(text)
    assert units[0] == text
    assert "The testing stage can influence both the coding stage (phase 5 and more)" in units
    assert "errors found late are expensive to fix" in units  # leading "because" dropped, still verbatim
    for u in units:
        assert u in text


def test_clauses_are_verbatim_substrings_and_capped():
    text = "; ".join(
        f"clause number {i} talks about item {i} in detail and more words here" for i in range(200)
    )
    units = grading.split_units(clean_answer(text))
    assert 0 < len(units) <= grading.MAX_UNITS
    cleaned = clean_answer(text)
    for u in units:
        assert cleaned[u.start : u.end] == u.text


def test_clean_answer_html_entities_control_chars_and_cap():
    assert clean_answer("<p>Use a <b>validation</b>&nbsp;set&amp;more</p><br>next\x00\x07 line") == (
        "Use a validation set&more\nnext line"
    )
    assert clean_answer("  \n\t ") == ""
    long = "word " * 5000
    assert len(clean_answer(long)) <= grading.MAX_GRADED_CHARS


# -- lexical matching ------------------------------------------------------------------------------------


def test_stemming_plurals_and_typo_tolerance():
    assert grading.stem("images") == grading.stem("image")
    assert grading.stem("recommendations") == grading.stem("recommendation")
    assert grading.fuzzy_equal(grading.stem("weigths"), grading.stem("weights"))  # transposition
    assert grading.fuzzy_equal(grading.stem("augumentation"), grading.stem("augmentation"))
    assert not grading.fuzzy_equal("cat", "car")  # short words must match exactly


def test_lexical_recall_and_phrase_compactness():
    seq = grading.phrase_stems("the model has overfit because the validation loss went up")
    assert grading.phrase_match(grading.phrase_stems("validation loss"), seq, set(seq))[0] == 1.0
    assert grading.phrase_match(grading.phrase_stems("training loss"), seq, set(seq))[0] == 0.5
    # compact vs scattered
    far = grading.phrase_stems(
        "item_tfms is a function applied to each image of the input to the training data"
    )
    assert grading.phrase_match(grading.phrase_stems("item_tfms for training"), far, set(far)) == (1.0, False)
    near = grading.phrase_stems("use item_tfms for training")
    assert grading.phrase_match(grading.phrase_stems("item_tfms for training"), near, set(near)) == (
        1.0,
        True,
    )
    # strict (misconceptions) also needs the phrasing's order
    swapped = grading.phrase_stems("x is independent and y is dependent")
    assert (
        grading.phrase_match(grading.phrase_stems("y independent"), swapped, set(swapped), strict=True)[1]
        is False
    )


# -- grade() ---------------------------------------------------------------------------------------------


def test_correct_answer_beats_partial_beats_wrong(emb):
    model = kp_model()
    good = grade(
        "It shows performance on data the model has not seen. A growing gap also reveals overfitting.",
        KEY,
        emb,
        model,
    )
    half = grade("It tells us about overfitting.", KEY, emb, model)
    bad = grade("Bears are brown and live in forests.", KEY, emb, model)
    assert good.score > half.score > bad.score
    assert good.level == "correct" and bad.level == "incorrect"
    assert [p.status for p in good.points] == ["covered", "covered"]
    assert good.points[1].quote == "A growing gap also reveals overfitting"
    assert all(p.status == "missing" and p.quote is None for p in bad.points)


def test_hints_ask_and_never_assert_absence(emb):
    res = grade("It tells us about overfitting.", KEY, emb, kp_model())
    assert res.hints == ["Did you cover measures performance on unseen data?"]
    for hint in res.hints:
        assert hint.endswith("?") and "you did not" not in hint.lower()


def test_misconception_costs_credit_and_is_quoted(emb):
    model = kp_model()
    clean = grade("It measures unseen data performance and reveals overfitting.", KEY, emb, model)
    wrong = grade(
        "It measures unseen data performance and reveals overfitting. We then train on the validation set.",
        KEY,
        emb,
        model,
    )
    assert not clean.misconceptions
    assert [m.label for m in wrong.misconceptions] == ["The validation set is used to train"]
    assert wrong.misconceptions[0].quote == "We then train on the validation set"
    assert wrong.score < clean.score - 0.2
    # the same words scattered over a long sentence are not a misconception
    scattered = grade(
        "The training data and the validation data are split before we measure unseen data and overfitting.",
        KEY,
        emb,
        model,
    )
    assert not scattered.misconceptions


@pytest.mark.parametrize("answer", ["", "   \n\t  ", None, "!!! ... ???", "\x00\x01\x02"])
def test_empty_answers_score_zero_with_full_confidence(emb, answer):
    res = grade(answer, KEY, emb, kp_model())
    assert (res.score, res.level, res.confidence) == (0.0, "incorrect", 1.0)
    assert len(res.points) == 2 and all(p.status == "missing" for p in res.points)
    assert emb.calls == 0  # nothing to encode


def test_huge_html_and_control_character_answers(emb):
    huge = ("Validation data is data the model has not seen and shows overfitting. " * 300)[:20_000]
    t0 = time.perf_counter()
    res = grade(huge, KEY, emb, kp_model())
    assert time.perf_counter() - t0 < 2.0
    assert res.level == "correct"
    html = "<script>alert(1)</script><ul><li>unseen data &amp; held out</li><li>over\x07fitting</li></ul>"
    res = grade(html, KEY, emb, kp_model())
    for p in res.points:
        assert p.quote is None or ("<" not in p.quote and "\x07" not in p.quote)
    json.dumps(res.to_dict())


def test_a_long_answer_says_how_much_of_it_was_graded(emb):
    short = grade("Held out data shows overfitting.", KEY, emb, kp_model())
    assert short.graded_chars is None and "graded_chars" not in short.to_dict()
    # over the character cap: the first MAX_GRADED_CHARS characters (cut at a word) are read
    long = ("Validation data is data the model has not seen and shows overfitting. " * 300)[:19_000]
    res = grade(long, KEY, emb, kp_model())
    assert grading.MAX_GRADED_CHARS // 2 < res.graded_chars <= grading.MAX_GRADED_CHARS
    assert res.to_dict()["graded_chars"] == res.graded_chars
    # under the character cap but with more sentences than the grader matches: read up to the first left out
    many = " ".join(f"Point {i} is here." for i in range(60))
    assert len(many) < grading.MAX_GRADED_CHARS
    assert grading.graded_chars(many) == many.index(f"Point {grading.MAX_UNITS} is")
    assert grading.graded_chars(" ".join(f"Point {i} is here." for i in range(grading.MAX_UNITS))) is None


def test_result_to_dict_is_json_and_complete(emb):
    res = grade("Held out data shows overfitting.", KEY, emb, kp_model())
    d = json.loads(json.dumps(res.to_dict()))
    assert set(d) == {"score", "level", "confidence", "points", "misconceptions", "hints", "features"} | {
        "cutoffs"
    }
    assert grading.levels.level_for_cutoffs(d["score"], tuple(d["cutoffs"])) == d["level"]
    assert set(d["features"]) == set(grading.FEATURE_NAMES)
    assert 0.0 <= d["score"] <= 1.0 and 0.0 <= d["confidence"] <= 1.0
    assert set(d["points"][0]) == {"label", "detail", "status", "strength", "quote"}


def test_key_without_key_points_still_grades(emb):
    key = ItemKey("t-nokp", "What is a GPU?", "A processor for many parallel operations.", key_points=())
    res = grade("A processor doing parallel operations.", key, emb, kp_model())
    assert res.points == [] and 0.0 <= res.score <= 1.0


def test_confidence_is_lower_near_a_cutoff_and_for_a_point_just_covered():
    sure = [
        grading.PointEvidence("a", "", "covered", 1.0, "q"),
        grading.PointEvidence("b", "", "missing", 0.0, None),
    ]
    near = grading.pipeline.confidence(0.41, sure, (0.4, 0.75))
    far = grading.pipeline.confidence(0.99, sure, (0.4, 0.75))
    assert 0.0 <= near < far <= 1.0
    borderline = [grading.PointEvidence("a", "", "covered", 0.61, "q"), *sure[1:]]
    assert grading.pipeline.confidence(0.99, borderline, (0.4, 0.75)) < far
    # a level set by a ceiling does not hinge on the correct cut-off
    capped = grading.pipeline.confidence(0.74, sure, (0.4, 0.75), capped=True)
    assert capped > grading.pipeline.confidence(0.74, sure, (0.4, 0.75))


# -- model file and levels -------------------------------------------------------------------------------


def test_level_for_with_model_and_per_item_cutoffs():
    model = kp_model()
    assert [level_for(s, model) for s in (0.1, 0.4, 0.74, 0.75)] == [
        "incorrect",
        "partial",
        "partial",
        "correct",
    ]
    assert level_for(0.5, model, cutoffs=(0.6, 0.9)) == "incorrect"
    assert level_for(0.95, cutoffs=(0.6, 0.9)) == "correct"


def test_grader_model_json_round_trip_and_shipped_file(tmp_path):
    model = kp_model(misconception_penalty=0.4)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json_dict()))
    loaded = grading.load_grader_model(path)
    assert loaded == model and grading.load_grader_model(path) is loaded  # cached
    shipped = grading.load_grader_model()
    assert set(shipped.feature_names) <= set(grading.FEATURE_NAMES)
    assert 0.0 < shipped.cutoffs[0] < shipped.cutoffs[1] < 1.0
    assert shipped.meta.get("cv", {}).get("pearson", 0) > 0.5
    with pytest.raises(ValueError):
        GraderModel(feature_names=("a",), coef=(1.0, 2.0), intercept=0.0, cutoffs=(0.4, 0.7))
    with pytest.raises(ValueError):
        GraderModel(feature_names=("a",), coef=(1.0,), intercept=0.0, cutoffs=(0.8, 0.7))


# -- exact graders ---------------------------------------------------------------------------------------


def test_grade_choices_partial_credit():
    assert grade_choices({1, 2}, {1, 2}) == 1.0
    assert grade_choices({1}, {1, 2}) == 0.5
    assert grade_choices({1, 3}, {1, 2}) == 0.0  # one right, one wrong
    assert grade_choices({1, 2, 3}, [1, 2]) == 0.5
    assert grade_choices({3, 4}, {1, 2}) == 0.0  # floored
    assert grade_choices(set(), set()) == 1.0 and grade_choices({1}, set()) == 0.0


def test_grade_ordering_pairs_and_distractors():
    steps = ["objective", "levers", "data", "models"]
    assert grade_ordering(steps, steps) == 1.0
    assert grade_ordering(list(reversed(steps)), steps) == 0.0
    assert grade_ordering(["levers", "objective", "data", "models"], steps) == pytest.approx(5 / 6)
    assert grade_ordering(["objective", "levers", "data"], steps) == pytest.approx(3 / 6)  # missing item
    with_distractor = grade_ordering(["objective", "levers", "accuracy", "data", "models"], steps)
    assert with_distractor == pytest.approx(4 / 5)
    assert grade_ordering([], steps) == 0.0 and grade_ordering(["a"], ["a"]) == 1.0


def test_grade_short_exact_normalisation():
    assert grade_short_exact("  Item_Tfms and batch_tfms. ", ["item_tfms, batch_tfms"])
    assert grade_short_exact("item_tfms; batch_tfms", ["item_tfms and batch_tfms"])
    assert not grade_short_exact("y and x", ["x, y"])  # order carries meaning (independent, dependent)
    assert grade_short_exact("Out-of-domain data!", ["out of domain data"])
    assert grade_short_exact("the GPU", ["GPU"])
    assert not grade_short_exact("CPU", ["GPU"])
    assert not grade_short_exact("", ["GPU"]) and not grade_short_exact("   ", [""])


# -- evaluation helpers (pure) ---------------------------------------------------------------------------


def write_mohler(root, n_questions=3):
    (root / "raw").mkdir(parents=True)
    (root / "docs").mkdir()
    qids = [f"1.{i}" for i in range(1, n_questions + 1)]
    (root / "raw" / "questions").write_text("".join(f"{q} What does step {q} do?\n" for q in qids))
    (root / "raw" / "answers").write_text(
        "".join(f"{q} It checks the model on held out data and finds overfitting.\n" for q in qids)
    )
    (root / "docs" / "files").write_text("\n".join(qids + ["#9.9"]) + "\n")
    answers = [
        ("It checks the model on held out data and finds overfitting.", 5),
        ("It checks the model on data.", 3.5),
        ("It makes pictures bigger.", 0.5),
        ("held out data check<br>", 4.5),
    ]
    for q in qids:
        (root / "raw" / q).write_text("".join(f"{q} {a}\n" for a, _ in answers))
        (root / "scores" / q).mkdir(parents=True)
        (root / "scores" / q / "ave").write_text("".join(f"{g}\n" for _, g in answers))
    return root


def test_read_mohler_and_pseudo_key_points(tmp_path):
    data = read_mohler(write_mohler(tmp_path / "mohler"))
    assert data.qids == ["1.1", "1.2", "1.3"] and len(data.answers) == 12
    assert data.answers[3].text == "held out data check<br>" and data.answers[3].gold == 4.5
    key = mohler_item_key("1.1", data.questions["1.1"], data.references["1.1"])
    assert key.key_points and all(kp.phrasings for kp in key.key_points)
    data_layout = write_mohler(tmp_path / "other" / "data")
    assert read_mohler(data_layout.parent).root == data_layout


def test_read_mohler_rejects_other_folders(tmp_path):
    with pytest.raises(MohlerFormatError, match="not a Mohler-format folder"):
        read_mohler(tmp_path)
    with pytest.raises(MohlerFormatError, match="not a directory"):
        read_mohler(tmp_path / "missing")
    root = write_mohler(tmp_path / "m")
    (root / "scores" / "1.2" / "ave").write_text("5\n")
    with pytest.raises(MohlerFormatError, match="gold scores"):
        read_mohler(root)


def test_gold_levels_qwk_and_cross_validation_on_synthetic_features():
    assert [gold_level(g) for g in (0, 2.49, 2.5, 4.0, 4.25, 5)] == [0, 0, 1, 1, 2, 2]
    assert qwk([0, 1, 2, 2], [0, 1, 2, 2]) == pytest.approx(1.0)
    rng = np.random.default_rng(0)
    n = 400
    gold = rng.uniform(0, 5, n)
    X = rng.normal(size=(n, len(grading.FEATURE_NAMES)))
    X[:, grading.FEATURE_NAMES.index("tok_r")] = gold / 5 + rng.normal(0, 0.1, n)
    X[:, grading.FEATURE_NAMES.index("tok_r_sq")] = X[:, grading.FEATURE_NAMES.index("tok_r")] ** 2
    table = FeatureTable(X=X, gold=gold, groups=np.repeat(np.arange(20), 20).astype(str), ms=np.full(n, 5.0))
    report = cross_validate(table, folds=4)
    assert report["pearson"] > 0.8 and report["qwk3"] > 0.6 and report["n_answers"] == n
    assert len(report["per_fold"]) == 4
    cut = fit_cutoffs(np.linspace(0, 1, 100), np.repeat([0, 1, 2], [30, 40, 30]))
    assert 0.2 < cut[0] < cut[1] < 0.8


def test_grading_package_is_pure_and_light():
    """No Django, no torch, no scikit-learn and not the offline tools when the grader is imported."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, quiz.grading; "
        "bad = [m for m in ('django', 'torch', 'sentence_transformers', 'sklearn', 'quiz.grading.tools') "
        "if m in sys.modules]; assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(Path(__file__).parents[2]))


def test_offline_tool_command_line(tmp_path, capsys):
    """``python -m quiz.grading.tools`` parses its commands; a folder of other data exits with code 2."""
    import subprocess
    import sys
    from pathlib import Path

    from quiz.grading.tools import main

    assert main(["eval", "--data", str(tmp_path)]) == 2
    assert "not a Mohler-format folder" in capsys.readouterr().err
    done = subprocess.run(
        [sys.executable, "-m", "quiz.grading.tools", "fit", "--help"],
        cwd=str(Path(__file__).parents[2]),
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--out" in done.stdout and "python -m quiz.grading.tools" in done.stdout
