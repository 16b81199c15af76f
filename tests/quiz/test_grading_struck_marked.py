"""Struck-out text is withdrawn (``struck``), a claim marked false is denied and one marked true is stated
(``marked``), and a FAQ pair claims its reply, not its question (``faq``): the pure rewrites, then right and
wrong answers through the real model (own words, not the probe sets')."""

import pytest

from quiz.grading.faq import faq_replies
from quiz.grading.marked import read_marked_claims
from quiz.grading.struck import without_struck_out


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("~~Tuesday~~ Wednesday.", "  Wednesday."),
        ("Meet on ~~Tuesday~~ Wednesday.", "Meet on   Wednesday."),
        ("<del>Tuesday</del> Wednesday.", "  Wednesday."),
        ('<s>Tuesday</s> <strike class="x">Monday</strike> Wednesday.', "    Wednesday."),
        # a lone tilde is "about", an unclosed or spaced pair is as typed, code keeps its tildes
        ("It takes ~20 minutes, ~3 km.", "It takes ~20 minutes, ~3 km."),
        ("Costs ~~ 2 euros ~~ at most.", "Costs ~~ 2 euros ~~ at most."),
        ("An unclosed ~~pair here.", "An unclosed ~~pair here."),
        ("Write `a ~~b~~ c` there.", "Write `a ~~b~~ c` there."),
        ("~~one\n\ntwo~~ three", "~~one\n\ntwo~~ three"),
        ("A <span>kept</span> word.", "A <span>kept</span> word."),
    ],
)
def test_struck_out_text_is_blanked_and_nothing_else(text, read):
    assert without_struck_out(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "The bridge rusts in summer? False. Salt rusts it.",
            "False: the bridge rusts in summer.  Salt rusts it.",
        ),
        ("True or false: bats are blind. -> False", "False: bats are blind."),
        ("Bats are blind - FALSE", "False: bats are blind."),
        ("Bats are blind? Wrong, most see well.", "False: bats are blind.  most see well."),
        ("Bats hunt at dusk? True.", "Bats hunt at dusk."),
        ("Bats hunt at dusk -> TRUE", "Bats hunt at dusk."),
        ("Bats hunt at night? Yes.", "Bats hunt at night."),
        ("NASA built it? No, a university did.", "False: NASA built it.  a university did."),
    ],
)
def test_a_claim_marked_false_is_rejected_and_one_marked_true_is_stated(text, read):
    assert read_marked_claims(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "The test gives false positives.",
        "It gives a false sense of security.",
        "It is false that bats are blind.",
        "Is it a bat? No, a bird.",  # an inverted question with its reply (``answered``)
        "Isn't it a bat? Yes.",  # ``affirmed``
        "It is a bat. No, wait: a bird.",  # a retraction (``retractions``)
        "The flag is true or false.",
        "It is not wrong.",
    ],
)
def test_false_as_content_is_no_verdict(text):
    assert read_marked_claims(text) == text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Q: Why do bats fly at dusk? A: Most insects are out by then.", "Most insects are out by then."),
        ("Q: Food? A: Insects. Q: When? A: At dusk.", "Food: Insects. When: At dusk."),
        ("Q: What do they eat at dusk? A: Insects.", "What do they eat at dusk: Insects."),
        (
            "Question: Why do they fly at dusk?\nAnswer: Most insects are out by then.",
            "Most insects are out by then.",
        ),
        ("Plan A: fly at dusk.", "Plan A: fly at dusk."),
        ("Q: Why do bats fly at dusk?", "Q: Why do bats fly at dusk?"),
    ],
)
def test_a_faq_pair_keeps_its_reply(text, read):
    assert faq_replies(text) == read


RIGHT_AND_WRONG = [
    # struck out
    ("ch2-q20", "~~Fine-tuning~~ Inference.", "correct"),
    ("ch2-q20", "<del>Training</del> It's called inference.", "correct"),
    ("ch2-q20", "<strike>Inference</strike> Validation.", "not correct"),
    ("ch2-q20", "~~Inference~~ Fine-tuning.", "not correct"),
    (
        "ch2-q13",
        "Pass a fixed seed (~42 is common) to the splitter: the same seed gives the same random numbers, "
        "so the same split each run.",
        "correct",
    ),
    # marked false or true
    ("ch2-q20", "Running a trained model on new inputs is called inference? True.", "correct"),
    ("ch2-q20", "True or false: it's called inference. -> TRUE", "correct"),
    ("ch2-q20", "It's called training? False. It's called inference.", "correct"),
    ("ch2-q20", "It's called inference - FALSE. It's called validation.", "not correct"),
    ("ch2-q20", "True or false: it's called inference. -> False. It's called evaluation.", "not correct"),
    (
        "ch2-q20",
        "Inference: the model only predicts on new data and its weights stay fixed, so false positives show "
        "up only in use.",
        "correct",
    ),
    (
        "ch2-q22",
        "You need a GPU to serve a model? False. A CPU handles one-at-a-time predictions; a GPU pays off "
        "only when many requests can be batched together.",
        "correct",
    ),
    # FAQ pairs
    (
        "ch2-q22",
        "Q: CPU or GPU? A: A CPU for one-at-a-time predictions; a GPU only when heavy traffic lets you batch "
        "many requests.",
        "correct",
    ),
    ("ch2-q20", "Q: What is it called? A: Inference.", "correct"),
]


@pytest.mark.real_model
@pytest.mark.parametrize(("item", "answer", "level"), RIGHT_AND_WRONG)
def test_struck_marked_and_faq_answers_through_the_real_model(grade_course_answer, item, answer, level):
    result = grade_course_answer(item, answer)
    if level == "correct":
        assert result.level == "correct", result.ceiling_reasons
    else:
        assert result.level != "correct", result.points
