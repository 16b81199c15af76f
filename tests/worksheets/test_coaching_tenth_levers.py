"""What the tenth held-out set taught about levers: a lever whose phrase alone reads like the world's (a
count, a state) is the planner's decision when the plan's own optimiser says it sets that very thing; a word
the optimiser shares with another party's price or with an uncontrollable input proves nothing; a model
naming a quantity ("speed") takes a lever named by its unit ("knots"). Each test
changes one part of a complete plan. Pure: the rules alone."""

from studyguide.worksheets.coaching.levers import WORLD, read_lever
from studyguide.worksheets.coaching.optimised import optimiser_sets
from studyguide.worksheets.coaching.responses import setting_named_by_noun
from tests.worksheets.test_coaching_evidence import codes_of

COUNTED = "how many seedling trays we bring"
OPTIMIZER = "Chooses the seedlings and trays for each market stall to make the most margin, within the van."


def test_a_lever_read_as_a_count_is_ours_when_the_optimiser_sets_it():
    assert read_lever(COUNTED).verdict == WORLD  # alone, the phrase reads like a count we receive
    assert optimiser_sets(COUNTED, OPTIMIZER)
    levers = [COUNTED, "the price we ask per tray"]
    assert "lever_not_controllable" in codes_of(levers=levers)
    assert "lever_not_controllable" not in codes_of(levers=levers, optimizer=OPTIMIZER)


def test_only_what_the_optimiser_sets_counts_not_what_it_aims_at():
    # "seedling" and "trays" come after "to": the optimiser aims at them, it does not set them
    assert not optimiser_sets(COUNTED, "Chooses the stall to sell the most trays of seedlings.")


def test_a_word_shared_with_another_partys_price_is_no_proof():
    lever = "the price the wholesaler charges us for compost"
    assert not optimiser_sets(lever, "Choose the price per tray and the stall each Saturday for most profit.")
    levers = [lever, "the price we ask per tray"]
    optimizer = "Choose the price per tray and the stall each Saturday for most profit."
    assert "lever_not_controllable" in codes_of(levers=levers, optimizer=optimizer)


def test_words_the_uncontrollables_use_never_count():
    lever = "how warm it gets"
    uncontrollables = ["how warm the spring is"]
    optimizer = "Sets the polytunnel vents warm or cool for the most plants sold."
    assert optimiser_sets(lever, optimizer)
    assert not optimiser_sets(lever, optimizer, uncontrollables)


# --- a setting named by its unit in the lever and by its quantity in the model ---
def test_a_model_naming_the_quantity_of_a_lever_named_by_its_unit_takes_the_lever():
    levers = ["the knots we sail the ferry at", "which berth we tie up at"]
    modeler = "Diesel burnt per crossing given speed, swell and the number of cars aboard."
    assert setting_named_by_noun(modeler, levers)
    assert "model_no_lever" not in codes_of(levers=levers, modeler=modeler)


def test_the_quantity_named_as_an_uncontrollable_does_not_take_the_lever():
    levers = ["the knots we sail the ferry at"]
    modeler = "Diesel burnt per crossing given wind speed and swell."
    assert not setting_named_by_noun(modeler, levers, ["wind speed", "swell"])
