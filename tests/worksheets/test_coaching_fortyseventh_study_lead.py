"""A guard the lead added while bringing in the forty-seventh study (the helpers' readings are in the _A to _D
files beside this one): a model whose input list names, in a word of its own, what the optimizer chooses is
not contradicted by it, however the levers are worded. Pure: the rules alone."""

from studyguide.worksheets.coaching import Plan, check_plan
from tests.worksheets.test_coaching_evidence import BASE

LEVERS = ["dye kg per batch the dyer weighs out", "bath temperature he sets", "time in the bath"]


def model_notes(modeler, optimizer):
    plan = Plan(**{**BASE, "levers": LEVERS, "modeler": modeler, "optimizer": optimizer})
    return [n for n in check_plan(plan) if n.code == "model_no_lever"]


def test_an_input_named_as_what_the_optimizer_chooses_is_only_asked_about():
    notes = model_notes(
        "Colour difference from target given recipe, lot, temp, time.",
        "Recipe per batch with fewest re-dyes, least dye.",
    )
    assert notes and all(n.question for n in notes)


def test_the_unit_or_basis_of_the_choice_is_not_what_is_chosen():
    # "per batch" is the unit: a model reading the batch's wool lot still leaves the dye and the bath out
    notes = model_notes(
        "Colour difference from the wool lot, the batch number and the water hardness.",
        "Dye kg per batch with fewest re-dyes.",
    )
    assert notes and not any(n.question for n in notes)
