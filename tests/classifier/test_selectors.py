from classifier import ood, selectors


def stored_prediction(**changes) -> dict:
    """A prediction as the session keeps it (``Prediction.as_dict()``)."""
    pred = {
        "vocab": ["black", "grizzly", "teddy"],
        "probs": [0.1, 0.85, 0.05],
        "label": "grizzly",
        "top_prob": 0.85,
        "bear_mass": 0.6,
        "top5": [["brown bear", 0.55], ["American black bear", 0.04]],
        "verdict": ood.CONFIDENT,
        "threshold": 0.2558,
    }
    return {**pred, **changes}


def test_present_reads_the_verdict_the_runtime_decided_instead_of_deciding_again():
    # A mass below the threshold would be "not a bear" if present() re-ran the gate; it must not.
    shown = selectors.present(stored_prediction(bear_mass=0.01, verdict=ood.UNSURE))
    assert shown["verdict"].kind == ood.UNSURE
    assert shown["threshold_pct"] == 25.6 and shown["bear_mass_pct"] == 1.0


def test_present_orders_the_bars_and_words_the_verdict():
    shown = selectors.present(stored_prediction())
    assert [b["label"] for b in shown["bars"]] == ["grizzly", "black", "teddy"]
    assert shown["verdict"] == ood.verdict(0.6, 0.85, "grizzly", threshold=0.2558)
