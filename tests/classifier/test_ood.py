import math
import sys

import numpy as np
import pytest

from classifier import ood


def test_softmax_rows_sum_to_one_and_are_stable():
    p = ood.softmax(np.array([[1000.0, 1000.0, -1000.0], [0.0, 0.0, 0.0]]))
    assert np.allclose(p.sum(axis=1), 1.0)
    assert np.allclose(p[0], [0.5, 0.5, 0.0])


def test_bear_mass_sums_the_three_bear_rows_of_the_1000_class_softmax():
    logits = np.zeros((1, 1000))
    logits[0, [294, 295, 850]] = 10.0
    mass = ood.bear_mass(logits)[0]
    expected = 3 * math.exp(10) / (3 * math.exp(10) + 997)
    assert mass == pytest.approx(expected)
    assert ood.bear_mass(np.zeros((1, 1000)))[0] == pytest.approx(3 / 1000)


@pytest.mark.parametrize(
    ("pos", "neg", "expected"),
    [([0.9, 0.8], [0.1, 0.2], 1.0), ([0.1], [0.9], 0.0), ([0.5, 0.5], [0.5], 0.5), ([0.9, 0.3], [0.5], 0.5)],
)
def test_auroc(pos, neg, expected):
    assert ood.auroc(pos, neg) == pytest.approx(expected)


def test_auroc_matches_sklearn_on_random_scores():
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(0)
    pos, neg = rng.random(50).round(2), (rng.random(40) * 0.8).round(2)
    y = np.r_[np.ones(50), np.zeros(40)]
    assert ood.auroc(pos, neg) == pytest.approx(roc_auc_score(y, np.r_[pos, neg]))


def test_fpr_at_95_tpr_and_threshold_choice():
    pos = np.linspace(0.01, 1.0, 100)
    neg = np.array([0.0, 0.02, 0.5, 0.9])
    assert ood.fpr_at_tpr(pos, neg) == pytest.approx(0.5)  # threshold 0.06 keeps 95 of 100 bears
    thr = ood.choose_threshold(pos, 0.02)
    assert ood.rate_rejected(pos, thr) == pytest.approx(0.02)
    t = ood.tradeoff(thr, pos, neg, [0.0])
    assert t["bears_rejected"] == pytest.approx(0.02) and t["far_accepted"] == 0.0


def test_empty_inputs_give_nan_not_errors():
    assert math.isnan(ood.auroc([], [1.0]))
    assert math.isnan(ood.rate_accepted([], 0.5))


@pytest.mark.parametrize(
    ("score", "top", "kind"),
    [(0.05, 0.99, ood.NOT_BEAR), (0.3, 0.99, ood.UNSURE), (0.9, 0.6, ood.UNSURE), (0.9, 0.95, ood.CONFIDENT)],
)
def test_verdict(score, top, kind):
    v = ood.verdict(score, top, "grizzly", threshold=0.25, sure_threshold=0.5)
    assert v.kind == kind
    assert v.title and v.explanation


def test_a_confident_head_is_overruled_by_the_gate():
    v = ood.verdict(0.001, 0.999, "teddy", threshold=0.25)
    assert v.kind == ood.NOT_BEAR
    assert "teddy" not in v.title


def test_pure_modules_do_not_pull_in_torch():
    import subprocess

    code = (
        "import sys; import classifier.ood, classifier.preprocess, classifier.safe_image, classifier.labs; "
        "assert 'torch' not in sys.modules and 'django' not in sys.modules, sorted(sys.modules)"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=str(__import__("pathlib").Path(__file__).parents[2])
    )


@pytest.mark.parametrize(("score", "top"), [(0.05, 0.99), (0.3, 0.99), (0.9, 0.6), (0.9, 0.95)])
def test_a_stored_verdict_kind_is_described_exactly_as_when_it_was_decided(score, top):
    v = ood.verdict(score, top, "grizzly", threshold=0.25, sure_threshold=0.5)
    assert ood.describe(v.kind, score, top, "grizzly", 0.25) == v


def test_the_gate_is_one_rule_for_single_scores_and_arrays():
    assert ood.in_domain(0.25, 0.25) and not ood.in_domain(0.2499, 0.25)
    scores = np.array([0.1, 0.25, 0.9])
    assert ood.in_domain(scores, 0.25).tolist() == [False, True, True]
    assert ood.rate_accepted(scores, 0.25) == pytest.approx(2 / 3)
    assert ood.rate_rejected(scores, 0.25) == pytest.approx(1 / 3)
