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
    assert shown["threshold_pct"] == "25.6" and shown["bear_mass_pct"] == "1.0"


def test_present_orders_the_bars_and_words_the_verdict():
    shown = selectors.present(stored_prediction())
    assert [b["label"] for b in shown["bars"]] == ["grizzly", "black", "teddy"]
    assert shown["verdict"] == ood.verdict(0.6, 0.85, "grizzly", threshold=0.2558)


def test_a_moved_slider_judges_the_stored_numbers_again_by_the_gates_rule():
    pred = stored_prediction(bear_mass=0.32, top_prob=0.9, verdict=ood.CONFIDENT, threshold=0.256)
    assert selectors.present(pred, 0.256)["verdict"].kind == ood.CONFIDENT  # unmoved: the runtime's verdict
    at_40 = selectors.present(pred, 0.4)
    assert at_40["verdict"].kind == ood.NOT_BEAR == ood.verdict_kind(0.32, 0.9, 0.4)
    assert at_40["threshold_pct"] == "40.0" and "below the threshold 40.0 %" in at_40["verdict"].explanation
    own = stored_prediction(gate="project", verdict=ood.CONFIDENT, threshold=0.1)
    assert selectors.present(own, 0.9)["verdict"].kind == ood.CONFIDENT  # a student's model keeps its gate


def test_one_way_to_write_a_share_and_one_grid_for_the_threshold():
    assert ood.percent(0.2558) == "25.6" and ood.percent(0.0) == "0.0" and ood.percent(float("nan")) == "n/a"
    assert ood.snap_threshold(0.2558) == 0.256 and ood.snap_threshold(0.40004) == 0.4
    assert ood.snap_threshold(0.2558, down=True) == 0.255 and ood.snap_threshold(0.255, down=True) == 0.255
    assert ood.snap_threshold(-3) == 0.0 and ood.snap_threshold(7) == 1.0
    # the page's default stays on the slider's grid without rejecting more calib bears than calibrated
    cal = selectors.calibration()
    assert selectors.default_threshold() == 0.255
    bears = cal["scores"]["bears"]
    assert ood.rate_rejected(bears, selectors.default_threshold()) <= ood.rate_rejected(
        bears, cal["threshold"]
    )


def test_the_gate_is_fooled_only_by_a_photo_known_to_be_none_of_the_classes():
    vocab = ["black", "grizzly", "teddy"]
    assert ood.gate_fooled(ood.CONFIDENT, "not_a_bear", vocab)
    assert ood.gate_fooled(ood.UNSURE, "not_a_bear", vocab)
    assert not ood.gate_fooled(ood.NOT_BEAR, "not_a_bear", vocab)  # the gate caught it
    assert not ood.gate_fooled(ood.CONFIDENT, "black", vocab)  # a wrong class, not a fooled gate
    assert not ood.gate_fooled(ood.CONFIDENT, "", vocab)  # nobody said what it is
