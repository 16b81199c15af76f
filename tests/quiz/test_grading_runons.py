"""``runons`` and the conditions of ``negation``: where a negation stops when the answer gives it no help."""

from quiz.grading.negation import negation_map


def _negated(text: str) -> list[str]:
    return [w.word for w in negation_map(text).words if w.depth % 2 and not w.cue]


def test_in_an_answer_typed_without_punctuation_a_negation_reaches_only_its_next_words():
    run_on = "video instead of photos night time images low resolution and bears partly hidden or seen"
    assert _negated(run_on) == ["photos"]
    examples = "when it makes images that never happen in real life like flipping numbers or changing colours"
    assert "colours" not in _negated(examples) and "happen" in _negated(examples)


def test_a_punctuated_answer_keeps_its_clause_rules():
    # one sentence of fifteen words without a comma is written by someone who punctuates
    sentence = "It has nothing to do with data that differs from what the model was trained on."
    assert {"differs", "trained"} <= set(_negated(sentence))
    assert "night" in _negated("video instead of photos night time images low resolution, and bears hidden")


def test_without_x_then_no_y_says_x_gives_y():
    assert _negated("without get_items it has no files, without get_y there are no labels") == []
    assert _negated("Without a splitter, there's no validation set.") == []
    # a plain "without" still denies what it governs
    assert "gpu" in _negated("It runs without a GPU.")
    assert "checks" in _negated("It works without human checks and no one notices.")
