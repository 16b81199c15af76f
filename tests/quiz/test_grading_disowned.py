"""Views the writer disowns (``quiz.grading.disowned``: the chapter's view reported and rejected, key terms in
scare quotes waved away) and general rules drawn from an example (``quiz.grading.generalised``). Written in
our own words; the real-model cases check that right answers of the same shapes keep their credit."""

import pytest

from quiz.grading.disowned import without_disowned_views
from quiz.grading.foils import rejected_views
from quiz.grading.generalised import drawn_rule
from quiz.grading.levels import CORRECT, INCORRECT

BAKING = "Why does bread dough need time to rise?"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The book says yeast makes gas. I don't buy it: the dough rises from the heat.", "the dough rises"),
        ("According to the chapter, it needs time. Honestly, I think that's wrong; heat does.", "heat does"),
        ("The authors claim the gas lifts it, but I disagree: it's the steam.", "it's the steam"),
        ("The text says it needs warmth. Nonsense: cold dough rises just as fast.", "cold dough rises"),
    ],
)
def test_the_chapters_view_reported_and_rejected_is_removed(text, kept):
    out = without_disowned_views(text, BAKING)
    assert out.startswith(kept), out


@pytest.mark.parametrize(
    "text",
    [
        "The book says yeast makes gas, and that makes sense because the bubbles get trapped.",
        "The chapter says the yeast needs time. I agree: the gas takes an hour to build up.",
        "The book says yeast makes gas. But it also warns that too warm a room kills it.",
        "It's called 'proving': the yeast makes gas while the dough rests.",
        "'Proving' sounds like jargon, but it just means letting the yeast make gas.",
        "The proving step isn't hype: the yeast really needs the time.",
        "Don't skip the 'proving' step: the yeast needs the time to make gas.",
    ],
)
def test_an_agreed_or_built_on_view_and_plain_quotes_are_kept(text):
    assert without_disowned_views(text, BAKING) == text


def test_a_question_that_asks_what_the_chapter_says_keeps_the_report():
    text = "The book says yeast makes gas. I don't buy it: heat does it."
    assert without_disowned_views(text, "According to the chapter, why does dough rise?") == text


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("The whole 'yeast' story is media hype; dough rises from the oven's heat.", "'yeast'"),
        ("Forget the 'proving' fluff; just bake it straight away.", "'proving'"),
        ("'Resting' is just a buzzword for leaving the bowl out.", "'Resting'"),
        ("The so-called 'rise' isn't real at all; the loaf stays flat.", "'rise'"),
    ],
)
def test_scare_quoted_terms_waved_away_are_removed(text, dropped):
    out = without_disowned_views(text, BAKING)
    assert dropped not in out and out, out


def test_a_view_of_others_rejected_with_disbelief_is_a_foil():
    text = "People say the oven's heat does it. I don't buy it: the yeast makes gas while it rests."
    ((_, start, end),) = rejected_views(text)
    assert text[start:end] == "the oven's heat does it"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("My loaf rose overnight in the fridge. So in general, cold is the only way.", "So in general"),
        ("Mine rose in an hour. The rule is: one hour, never more.", "The rule is"),
        ("Rye barely rises. General rule: rye never needs proving.", "General rule"),
    ],
)
def test_a_rule_drawn_from_a_case_is_found(text, rule):
    assert text[drawn_rule(text) :].startswith(rule)


@pytest.mark.parametrize(
    "text",
    ["In general, the yeast needs time to make gas.", "The general point is that the yeast makes gas."],
)
def test_no_rule_is_drawn_without_a_case_before_it_or_without_an_announced_rule(text):
    assert drawn_rule(text) is None


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("item", "text"),
    [
        # the chapter's view reported, then rejected for a wrong one
        ("ch2-q20", "The authors call it inference. I disagree: the right word is evaluation."),
        (
            "ch2-q25",
            "According to the chapter, it is data unlike anything the model saw in training. Honestly, I "
            "think that's wrong; it just means images that have no label yet.",
        ),
        # the key's words mocked in scare quotes, then a wrong claim
        ("ch2-q20", "All the 'inference' talk is hype; using a model is simply called testing."),
    ],
)
def test_a_key_stated_only_in_a_disowned_view_is_incorrect(grade_course_answer, item, text):
    r = grade_course_answer(item, text)
    assert r.level == INCORRECT, (r.level, r.ceiling_reasons)


@pytest.mark.real_model
@pytest.mark.parametrize(
    ("item", "text"),
    [
        ("ch2-q20", "The chapter calls it inference, and that makes sense: the trained model only predicts."),
        ("ch2-q20", "People say it's fine-tuning. I don't buy it: it's inference, using the trained model."),
        ("ch2-q20", "It's called 'inference': the trained model is used to make predictions."),
        (
            "ch2-q16",
            "'Augmentation' sounds like a buzzword, but it just means random changes to the training images, "
            "such as flips and crops, so that the model generalises better.",
        ),
        (
            "ch2-q13",
            "With seed=42 my validation set stayed the same on every run. So in general: fix the random seed "
            "of the splitter, any value, and the same validation set comes back.",
        ),
    ],
)
def test_right_answers_of_the_same_shapes_stay_correct(grade_course_answer, item, text):
    r = grade_course_answer(item, text)
    assert r.level == CORRECT, (r.level, r.ceiling_reasons)


@pytest.mark.real_model
def test_a_key_stated_only_in_the_case_before_a_wrong_rule_is_not_correct(grade_course_answer):
    text = (
        "In the hospital, the model ranked the scans and a radiologist read the urgent ones first. So as a "
        "rule, a model that ranks well can be left to make the diagnosis alone."
    )
    r = grade_course_answer("ch2-q4", text)
    assert r.level != CORRECT, (r.level, r.ceiling_reasons)
