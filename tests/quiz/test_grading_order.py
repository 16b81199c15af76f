"""``order``: a sequence's steps named in the reverse of the key's order."""

from quiz.grading.clauses import make_phrase
from quiz.grading.order import inversions, ordered_question, out_of_order, point_positions

STEPS = [
    [make_phrase(p, frozenset()) for p in points]
    for points in (["define the objective", "objective"], ["levers"], ["data", "collect data"], ["models"])
]


def test_questions_that_ask_for_a_sequence():
    assert ordered_question("List the steps of the approach, in order.", 4)
    assert ordered_question("What are the three phases of a rollout?", 3)
    assert not ordered_question("Which four pieces of information do you provide?", 4)
    assert not ordered_question("List the steps.", 2)  # two points are no sequence to check


def test_positions_are_where_each_point_is_first_named():
    text = "Objective first, then levers, then data, then models."
    positions = point_positions(text, STEPS)
    assert positions == sorted(positions)
    assert point_positions("Only the levers.", STEPS)[0] is None


def test_a_reversed_list_is_out_of_order():
    assert out_of_order(point_positions("Models, data, levers, objective.", STEPS))
    assert out_of_order(
        point_positions("Build models, then gather data, then find levers, last define the objective.", STEPS)
    )


def test_a_stray_early_mention_or_one_swapped_pair_is_not():
    text = "It is about using data well. Define the objective, find the levers, collect data, build models."
    assert not out_of_order(point_positions(text, STEPS))
    assert not out_of_order(point_positions("Objective, levers, models, data.", STEPS))


def test_too_few_named_points_say_nothing_about_order():
    assert not out_of_order(point_positions("Models, then the objective.", STEPS))
    assert inversions([3, None, 1]) == (1, 1)


def test_words_are_read_in_the_phrasings_vocabulary_of_equivalents():
    # a phrasing's tokens stand for a class of equivalents ("expansion" and "widen" are one class): the
    # answer's words are read the same way, so the phase is found where it is named
    phases = [
        [make_phrase(p, frozenset()) for p in points]
        for points in (["manual process"], ["limited scope"], ["gradual expansion"])
    ]
    text = "Limited scope comes first, then gradual expansion, then the manual process."
    assert None not in point_positions(text, phases)
    assert out_of_order(point_positions(text, phases))
