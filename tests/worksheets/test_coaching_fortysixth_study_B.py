"""What the forty-sixth blind set's first look taught (helper B), each as a general reading (the set's plans
are in tests/worksheets/holdout/fortysixth; these are other words for the same slips, in other domains, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


# --- levers that are the project's own stages of work -------------------------------------------------------
@pytest.mark.parametrize(
    "levers",
    [
        ["Phase 1: gather the booking history", "Phase 2: build the model", "Phase 3: trial at one studio"],
        ["Stage A - scoping with the wardens", "Stage B - data clean-up", "Stage C - go live"],
        ["- Step one. Survey the car parks", "- Step two. Fit the model", "the deposit we ask per booking"],
    ],
)
def test_a_lever_list_of_project_stages_has_no_levers(levers):
    assert "levers_missing" in codes_of(levers=levers)


@pytest.mark.parametrize(
    "levers",
    [
        # one stage among real levers is a slip, not a list of stages
        ["Phase 1: the deposit we ask per booking", "when we send the reminder", "who takes a walk-in"],
        # a stage that sets something is a lever staged in time
        ["Phase 1: deposit of 30 per booking", "Phase 2: how early we send the reminder"],
        ["the deposit we ask per booking", "when we send the reminder"],
    ],
)
def test_levers_labelled_with_stages_that_set_something_are_levers(levers):
    assert "levers_missing" not in codes_of(levers=levers)


# --- a model ruled out as needless -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "We talked it through and decided a model would be overkill for 60 bookings a month; Mia will keep "
        "setting deposits by hand as she does now.",
        "Building a model isn't worth it at our size. The head gardener sorts the jobs each Monday.",
        "Minuted: the committee decided against a model this year; the treasurer carries on as before.",
        "A proper model's not needed here, the rota gets done on the whiteboard.",
    ],
)
def test_a_model_judged_needless_is_a_missing_model(modeler):
    assert "model_missing" in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        # a heavier model ruled out in favour of a lighter one that still reads inputs
        "A neural network model would be overkill; a simple regression of no-shows on the deposit and the "
        "reminder time will do.",
        "A full simulation model would be overkill, so a spreadsheet from past bookings, deposits and lead "
        "times gives the no-show chance per booking.",
        "The chance of a no-show given the deposit, the reminder time and the lead time.",
    ],
)
def test_a_lighter_model_in_place_of_a_heavy_one_is_a_model(modeler):
    assert "model_missing" not in codes_of(modeler=modeler)
