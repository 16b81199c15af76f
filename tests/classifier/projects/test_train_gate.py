"""The gate of a student's model, as pure numbers (no Django, no torch)."""

from __future__ import annotations

import numpy as np

from classifier import ood
from classifier.projects import gate


def one_hot_mix(n: int, weights: dict[int, float]) -> np.ndarray:
    p = np.full((n, 1000), 1e-6)
    for row, w in weights.items():
        p[:, row] = w
    return p / p.sum(axis=1, keepdims=True)


def test_train_gate_rows_cover_the_training_photos_plus_named_classes():
    train = one_hot_mix(10, {294: 0.6, 295: 0.3, 7: 0.05})
    rows = gate.choose_rows(train, named_rows=[850], coverage=0.8)
    assert rows == [294, 295, 850]  # 0.6 + 0.3 covers 80 %; teddy added by name


def test_train_gate_threshold_is_chosen_on_validation_photos():
    rows = [294, 295]
    valid = np.concatenate([one_hot_mix(19, {294: 0.9}), one_hot_mix(1, {294: 0.5, 3: 0.5})])
    cal = gate.calibrate(one_hot_mix(10, {294: 0.7, 295: 0.25}), valid, coverage=0.9)
    assert cal.rows == rows and cal.n_valid == 20
    assert cal.valid_passed == 20 and abs(cal.threshold - 0.25) < 1e-3  # half the lowest validation score
    cat = one_hot_mix(1, {281: 0.8, 294: 0.02})  # tabby cat
    assert not ood.in_domain(gate.domain_mass(cat, cal.rows)[0], cal.threshold)


def test_train_gate_catches_an_overconfident_answer_and_words_it_for_a_student():
    kind = gate.verdict_kind(score=0.01, head_top_prob=0.98, threshold=0.3)
    assert kind == ood.NOT_BEAR
    words = gate.describe(kind, 0.01, 0.98, "grizzly", 0.3)
    assert words.title == "Outside what your model knows" and "'grizzly' at 98.0 %" in words.explanation
    assert gate.verdict_kind(0.9, 0.6, 0.3) == ood.UNSURE
    assert gate.verdict_kind(0.9, 0.95, 0.3) == ood.CONFIDENT
