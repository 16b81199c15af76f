"""Verdict labels: "Myth: A" gives A as a view the writer rejects (``foils``); "Fact: B" asserts B, and the
label itself is dropped before grading (``verdict_labels``)."""

import pytest

from quiz.grading.foils import rejected_views
from quiz.grading.negation import negation_map
from quiz.grading.verdict_labels import without_asserting_labels


def _views(text: str) -> list[str]:
    return [text[start:end] for _, start, end in rejected_views(text)]


@pytest.mark.parametrize(
    ("text", "view"),
    [
        (
            "Myth: bread goes stale by drying out. Fact: its starch recrystallises.",
            "bread goes stale by drying out",
        ),
        ("Misconception: bats are blind. Truth: most see well.", "bats are blind"),
        (
            "Not true: lightning never strikes twice; fact: tall towers get hit often.",
            "lightning never strikes twice",
        ),
        ("False: the moon makes its own light.", "the moon makes its own light"),
    ],
)
def test_a_rejecting_label_opens_a_rejected_view(text, view):
    assert _views(text) == [view]


@pytest.mark.parametrize(
    "text",
    [
        "Myth busted: bats see well enough to hunt at dusk.",
        "Fact: bats see well enough to hunt at dusk.",
        "Mistakes: boiling the tea leaves and leaving them in too long.",
        "Wrong: boiling the tea leaves, or leaving them in too long. Fine: a short steep.",
        "The myth that bats are blind is old.",
    ],
)
def test_no_rejected_view_without_a_bare_rejecting_label(text):
    assert _views(text) == []


def test_the_words_of_a_labelled_myth_are_denied_and_the_fact_is_not():
    text = "Myth: the bridge rusts in summer. Fact: salt spray rusts it in winter."
    depth = {w.word: w.depth for w in negation_map(text).words}
    assert depth["bridge"] % 2 == 1 and depth["summer"] % 2 == 1
    assert depth["salt"] == 0 and depth["winter"] == 0


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Fact: bats see well.", "bats see well."),
        ("Myth: bats are blind. Fact: most see well.", "Myth: bats are blind. most see well."),
        ("Myth: bats are blind.Truth: most see well.", "Myth: bats are blind. most see well."),
        ("In fact, bats see well.", "In fact, bats see well."),
        ("Myth: bats are blind; fact: most see well.", "Myth: bats are blind; fact: most see well."),
    ],
)
def test_an_asserting_label_at_a_sentence_start_is_dropped(text, plain):
    assert without_asserting_labels(text) == plain
