"""``specifics``: a confident specific or an overstated absolute that the key does not carry."""

from quiz.grading.features import UnitSupport
from quiz.grading.specifics import (
    added_specifics,
    key_text,
    overstated_absolutes,
    unbacked_specifics,
)
from quiz.grading.text import split_units
from quiz.grading.types import ItemKey, KeyPoint

KEY = ItemKey(
    "q",
    "How do you make the split repeatable?",
    "Give the splitter a fixed seed such as 42, so the same items land in validation every time.",
    (KeyPoint("What to fix", "Pass a fixed seed to the splitter.", ("fixed seed", "seed=42")),),
)
PLAIN = ItemKey(
    "p",
    "What does a confusion matrix show?",
    "A table of actual against predicted classes over the validation set.",
    (KeyPoint("Axes", "Actual classes on one axis, predicted on the other."),),
)


def _units(text: str, stated: set[int], wrong: frozenset[int] = frozenset()) -> list[UnitSupport]:
    return [UnitSupport(u, 0.0, 0.0, 0.0, i in wrong, i in stated) for i, u in enumerate(split_units(text))]


def test_the_key_text_holds_question_reference_points_and_phrasings():
    text = key_text(KEY)
    assert "repeatable" in text and "42" in text and "seed=42" in text and "splitter" in text


def test_confident_specifics_the_key_lacks():
    backing = key_text(PLAIN)
    assert unbacked_specifics("By default it sorts them by name.", backing) == ["By default"]
    assert unbacked_specifics("The default batch size for it is 16.", backing)
    assert unbacked_specifics("The chapter says it takes exactly six months.", backing)
    assert unbacked_specifics("Someone invented it in 2012.", backing) == ["2012"]


def test_numbers_in_examples_stories_and_hedges_are_no_confident_specific():
    backing = key_text(PLAIN)
    for text in (
        "A model trained in 2019 saw habits change in 2020.",
        "Like random 20% for validation.",
        "Not 100% sure about the rest.",
        "The cell held a 2 and the rest sat on the diagonal.",
    ):
        assert unbacked_specifics(text, backing) == [], text


def test_a_specific_the_key_carries_is_backed():
    assert unbacked_specifics("The chapter uses seed=42 for it.", key_text(KEY)) == []


def test_an_added_sentence_with_a_default_beside_a_stated_point():
    text = "It decides which items go to validation. By default it sorts them by file name."
    assert added_specifics(_units(text, {0}), key_text(PLAIN)) == ["By default it sorts them by file name"]


def test_no_added_specific_without_a_stated_point_elsewhere_or_when_it_states_the_point():
    text = "It decides which items go to validation. By default it sorts them by file name."
    assert added_specifics(_units(text, set()), key_text(PLAIN)) == []
    units = _units(text, {1})
    assert [u.unit.text for u in units if u.stated] == ["By default it sorts them by file name"]
    assert added_specifics(units, key_text(PLAIN)) == []


def test_a_misconception_sentence_is_left_to_the_misconception_rules():
    text = "It decides which items go to validation. By default it sorts them by file name."
    assert added_specifics(_units(text, {0}, frozenset({1})), key_text(PLAIN)) == []


def test_overstated_guarantee_and_uniqueness():
    backing = key_text(PLAIN)
    for text in (
        "After fixing those images the labels are guaranteed to be clean.",
        "It is the only way to find wrong labels.",
        "Cleaning once fixes it for good.",
    ):
        assert overstated_absolutes(_units(text, set()), backing), text


def test_a_denied_guarantee_is_a_caution_not_an_overstatement():
    backing = key_text(PLAIN)
    for text in (
        "It sounds right, but nothing guarantees it is true.",
        "Accuracy is not guaranteed.",
        "There is no guarantee the labels are clean.",
    ):
        assert overstated_absolutes(_units(text, set()), backing) == [], text


def test_a_key_stating_a_certainty_backs_a_guarantee_of_it():
    text = "A fixed seed guarantees that the split is reproducible."
    assert overstated_absolutes(_units(text, {0}), key_text(KEY)) == []
    assert overstated_absolutes(_units(text, {0}), key_text(PLAIN))


def test_common_absolutes_are_not_read_here():
    text = "People check every prediction, the split is always the same and it never runs alone."
    assert overstated_absolutes(_units(text, set()), key_text(PLAIN)) == []


def test_by_default_is_a_tools_setting_only_when_a_tool_does_something():
    backing = key_text(PLAIN)
    for text in (
        "By default it sorts the files by name.",
        "The Resize transform crops by default.",
        "fastai applies aug_transforms to every set by default.",
    ):
        assert unbacked_specifics(text, backing), text
    for text in ("Not the GPU by default.", "By default I would pick a CPU for this."):
        assert unbacked_specifics(text, backing) == [], text
