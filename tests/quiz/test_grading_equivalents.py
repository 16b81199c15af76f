"""Words a learner swaps freely (``quiz.grading.equivalents``): matched as one token in phrasings, while
negations, salads and role swaps are still seen."""

from __future__ import annotations

import pytest

from quiz.grading.clauses import make_phrase, mark_salads, match_phrase, phrase_tokens, unit_words
from quiz.grading.equivalents import CLASSES, canonical, canonical_tokens
from quiz.grading.lexical import stem
from quiz.grading.text import split_units


def _best(phrasing: str, answer: str, question: str = ""):
    """The best match of one phrasing over the units of an answer (question words weigh less)."""
    q = frozenset(stem(w) for w in question.split())
    units = split_units(answer)
    uws = unit_words(answer, units, q)
    phrase = make_phrase(phrasing, q)
    return max((match_phrase(phrase, uw) for uw in uws), key=lambda m: (m.recall, m.compact, not m.negated))


@pytest.mark.parametrize(
    ("phrasing", "answer"),
    [
        ("actual vs predicted", "A table of actual classes against predicted classes."),
        ("true class against predicted class", "Real class versus predicted class."),
        ("predictions vs correct labels", "It compares the predictions with the true labels."),
        ("ground truth vs prediction", "ground truth compared with the prediction"),
        ("manual process", "First a process run by hand."),
        ("expand gradually", "Then widen it gradually."),
        ("gradual expansion", "then scale up gradually"),
        ("modified copies", "changed versions of the pictures"),
        ("individually", "each picture separately"),
        ("every image on its own", "each picture on its own"),
        # "by itself", "on its own" and "separately" say the same of one item
        ("each image separately", "each image by itself"),
        ("every image on its own", "every photo by itself, on the CPU"),
        ("individually", "each item is handled on its own"),
        ("each item separately", "every item by itself"),
        ("every single image", "every single image on its own"),
        ("humans check all predictions", "people check all predictions"),
        ("clean images", "clean photos"),
        # short forms of notes
        ("which recommendations to show", "which recs to show"),
        ("one image at a time", "one pic at a time"),
        ("no internet", "no wifi"),
        ("many requests", "many reqs"),
    ],
)
def test_a_member_of_a_class_matches_a_phrasing_written_with_another(phrasing, answer):
    m = _best(phrasing, answer)
    assert m.recall == 1.0 and m.compact and not m.negated, m


@pytest.mark.parametrize(
    ("phrasing", "answer"),
    [
        ("actual vs predicted", "It does not compare the true classes against the predicted ones."),
        ("manual process", "You never run the process by hand."),
        ("expand gradually", "Do not widen it gradually; switch everyone over at once."),
        ("modified copies", "It is not true that it makes changed versions."),
    ],
)
def test_a_negated_class_member_still_denies_the_phrasing(phrasing, answer):
    m = _best(phrasing, answer)
    assert m.recall == 1.0 and m.negated and m.denied, m


@pytest.mark.parametrize(
    ("phrasing", "answer"),
    [
        (
            "correct on the diagonal",
            "the actual classes are on the rows, not the diagonal",
        ),  # "correct" alone
        ("too slowly", "expand slowly"),  # speed is not a gradual rollout
        ("manual", "on the other hand, people use it"),  # "hand" alone is no "by hand"
        ("more variation", "more copies"),  # variety is why augmentation helps, copies are what it makes
        ("at scale", "scale up"),
    ],
)
def test_words_left_out_of_the_classes_do_not_match(phrasing, answer):
    m = _best(phrasing, answer)
    assert not (m.recall == 1.0 and m.compact), m


def test_two_word_expressions_become_one_token_and_plain_words_stay():
    words = "run it by hand then scale up with correct labels on the other hand".split()
    tokens = canonical_tokens(
        words, [stem(w) if w not in {"by", "it", "the", "on", "with"} else None for w in words]
    )
    assert tokens == [
        "run",
        None,
        None,
        "manual",
        "then",
        "widen",
        None,
        None,
        "actual",
        "label",
        None,
        None,
        "other",
        "hand",
    ]
    assert phrase_tokens("scale up") == ["widen"]  # one token, not two: "scale" alone cannot meet both


def test_every_member_maps_to_its_class_token_and_no_stem_is_in_two_classes():
    seen: dict[str, str] = {}
    for canon, members in CLASSES.items():
        for w in members:
            s = stem(w)
            assert seen.setdefault(s, canon) == canon, (w, seen[s], canon)
            assert canonical(s) == canon
    assert canonical("bear") == "bear"


def test_a_salad_of_class_members_is_still_a_salad():
    answer = "pictures photos versions copies variety overfitting"
    units = split_units(answer)
    uws = unit_words(answer, units, frozenset())
    point_tokens = [
        frozenset(phrase_tokens("modified copies of images")),
        frozenset(phrase_tokens("overfits less")),
    ]
    mark_salads(uws, point_tokens)
    assert all(not uw.states for uw in uws)


def test_the_question_words_are_read_through_the_classes_too():
    # the question says "pictures": an answer's "images" is the question's own word, weighed like it
    q = frozenset(stem(w) for w in "why resize pictures".split())
    phrase = make_phrase("images of one size", q)
    assert phrase.weights[0] < 1.0


def test_a_comparison_word_relates_the_words_of_a_run():
    # "versus" makes a claim of the words around it, as "is" does: five words with it are no salad
    from quiz.grading.clauses import _structureless_runs

    assert _structureless_runs("Measured versus expected rainfall totals") == ()
    assert _structureless_runs("measured expected rainfall totals monthly") != ()
