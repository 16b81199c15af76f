"""``claims``: sentences added to a right statement as an addition or correction that state no key point."""

from quiz.grading.claims import added_claims, added_clauses, opens_as_addition
from quiz.grading.features import UnitSupport
from quiz.grading.text import split_units


def _units(text: str, stated: set[int], wrong: frozenset[int] = frozenset()) -> list[UnitSupport]:
    return [UnitSupport(u, 0.0, 0.0, 0.0, i in wrong, i in stated) for i, u in enumerate(split_units(text))]


def test_openings_that_add_or_correct():
    for s in (
        "It also sets the learning rate.",
        "Actually the weights change.",
        "But it only works on a GPU.",
        "On top of that it saves the images.",
        "Although actually it is slower.",
        "The model also needs a GPU.",
        "Moreover, it is slow.",
        "At the same time the model decides alone.",
        "It specifically means data with no labels.",
        "It is caused by a new server.",
        "This happens because the weights are lost.",
        "The reason is that the model forgets.",
        "Then again, a bigger corpus fixes all of it.",
        "That said, none of this is needed in practice.",
        "In the end though, let the model run on its own.",
        "None of that matters once it is trained.",
        "Honestly though, you can skip all that.",
        "Or maybe it is the learning rate.",
        "Or perhaps the other way round.",
        "To be fair, though, the order is irrelevant.",
    ):
        assert opens_as_addition(s), s
    for s in (
        "See also the fastai docs.",
        "The splitter divides the items.",
        "Inference.",
        "It is the data the model meets in use.",
        "Because the photos differ, it fails.",
        "Then the model is trained on the rest.",
        "Saying that out loud helps.",
        "In the endpoint the server answers.",
        # a closing remark of the student's own, with no contrast: no retraction
        "Honestly, I found this chapter fun.",
        "In the end, that is why the photos must look like real use.",
        "To be honest, that surprised me.",
    ):
        assert not opens_as_addition(s), s


def test_an_added_sentence_that_states_no_point_is_an_added_claim():
    text = "The seed fixes the split. It also makes every weight identical on each run."
    assert [c.text for c in added_claims(_units(text, {0}))] == [
        "It also makes every weight identical on each run"
    ]


def test_an_added_sentence_that_states_a_point_is_no_added_claim():
    text = "Export keeps the weights. It also keeps how the DataLoaders were built."
    assert added_claims(_units(text, {0, 1})) == []


def test_nothing_is_added_to_an_answer_that_states_no_point():
    # with no right statement to add to, the other rules (key-point credit) decide
    text = "The seed fixes the split. It also makes every weight identical on each run."
    assert added_claims(_units(text, set())) == []


def test_a_plain_second_sentence_or_a_short_one_is_no_added_claim():
    assert added_claims(_units("The seed fixes the split. Each run then gets the same one.", {0})) == []
    assert added_claims(_units("The seed fixes the split. But not always.", {0})) == []


def test_a_misconception_is_left_to_its_own_rule():
    text = "The seed fixes the split. It also saves the training images."
    assert added_claims(_units(text, {0}, frozenset({1}))) == []


def test_a_closing_retraction_that_states_no_point_is_an_added_claim():
    text = "Keep a person checking the outputs. That said, let the model run alone once it looks fine."
    assert [c.text for c in added_claims(_units(text, {0}))] == [
        "That said, let the model run alone once it looks fine"
    ]


def test_an_alternative_offered_after_the_answer_is_a_claim_however_short():
    # "Or maybe fine-tuning.": the student commits to neither; one content word is enough
    text = "Inference. Or maybe fine-tuning."
    assert [c.text for c in added_claims(_units(text, {0}))] == ["Or maybe fine-tuning"]
    # an alternative that states a key point itself is no added claim
    assert added_claims(_units("Inference. Or maybe prediction.", {0, 1})) == []
    # "or" inside a sentence offers no alternative answer
    assert not opens_as_addition("Ordering the steps matters.")


def _scored(text: str, states: dict[int, float], stated: set[int]) -> list[UnitSupport]:
    return [
        UnitSupport(u, states.get(i, 0.0), 0.0, 0.0, False, i in stated)
        for i, u in enumerate(split_units(text))
    ]


def test_a_clause_that_adds_a_claim_inside_the_sentence_of_the_point_is_an_added_claim():
    for text in (
        "It suggests what people own, and it also cannot be trained without a photo of every product.",
        "It is when the data drifts from the training data; it is caused by moving the model to a server.",
        "They sound right while being wrong, and their other big weakness is that they only handle English.",
    ):
        units = _scored(text, {1: 1.0}, {1})
        assert [c.text for c in added_clauses(units)] == [units[-1].unit.text], text


def test_a_caveat_or_a_clause_that_states_a_point_is_no_added_clause():
    # "though / but / plus" qualify the point: no added claim
    caveat = "A CPU is enough for one request at a time, though a busy site may batch on a GPU."
    assert added_clauses(_scored(caveat, {1: 1.0}, {1})) == []
    # the added clause states a key point itself
    text = "It keeps the weights, and it also keeps how the data was prepared."
    assert added_clauses(_scored(text, {1: 1.0, 2: 0.8}, {1})) == []
    # no other unit states a point: nothing to add to
    assert added_clauses(_scored(text, {}, set())) == []
