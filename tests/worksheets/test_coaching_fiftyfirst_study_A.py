"""What the fifty-first blind set's first look taught (helper A), each as a general reading (the set's plans
are in tests/worksheets/holdout/fiftyfirst; these are other words for the same slips, in other trades, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of


# --- a numbered lever list of results wanted, and the objective's wish with its "more" dropped --------------
@pytest.mark.parametrize(
    ("objective", "metric", "levers"),
    [
        # the list number no longer hides the comparative that opens the row
        (
            "Fewer parcels returned undelivered.",
            "Parcels returned to the depot undelivered per week: 140.",
            ["2.1 fewer parcels returned", "2.2 fewer parcels sent back twice", "2.3 when the van leaves"],
        ),
        # the objective's wish, row by row, without its "more"
        (
            "More donors giving a second gift within a year of their first.",
            "Donors who give again within 12 months: 22%.",
            ["donors giving a second gift", "donors giving within a year", "the thank-you letter we send"],
        ),
        (
            "1. More patients coming back for their follow-up within a month.",
            "Patients missing their follow-up at one month: 31%.",
            [
                "3.1 patients coming back for their follow-up",
                "3.2 fewer patients missing",
                "3.3 when we call",
            ],
        ),
    ],
)
def test_a_lever_list_that_restates_the_goal_is_no_list_of_levers(objective, metric, levers):
    codes = codes_of(objective=objective, metric=metric, levers=levers)
    assert "levers_missing" in codes


@pytest.mark.parametrize(
    ("objective", "metric", "levers"),
    [
        # settings beside the wish: they open with no wished-for people
        (
            "More donors giving a second gift within a year of their first.",
            "Donors who give again within 12 months: 22%.",
            ["2.1 the thank-you letter we send", "2.2 when we ask again", "2.3 which gift sizes we suggest"],
        ),
        # a numbered list of real settings, "more" in front of something we set
        (
            "Fewer parcels returned undelivered.",
            "Parcels returned to the depot undelivered per week: 140.",
            ["2.1 more drivers on Saturday", "2.2 the delivery window we offer", "2.3 when the van leaves"],
        ),
        # one row of the wish among real settings is not the whole list
        (
            "More patients coming back for their follow-up within a month.",
            "Patients missing their follow-up at one month: 31%.",
            [
                "patients coming back for their follow-up",
                "the reminder we send",
                "which clinic slots we offer",
            ],
        ),
    ],
)
def test_settings_beside_the_goal_stay_levers(objective, metric, levers):
    codes = codes_of(objective=objective, metric=metric, levers=levers)
    assert "levers_missing" not in codes


# --- a model that counts a lever's thing, not the measure the lever sets ------------------------------------
LESSON_LEVERS = ["session length (40 or 60 minutes)", "whether a trainee is paired with a senior tutor"]


@pytest.mark.parametrize(
    "modeler",
    [
        # "sessions attended" counts sessions, not their length; "whether" opens clauses and links none
        "The chance a learner passes, from age, sessions attended, whether they work, and whether a parent "
        "drives.",
        "Whether each apprentice completes, from prior grades, number of sessions booked and travel time.",
    ],
)
def test_a_count_of_the_things_a_lever_measures_is_no_lever(modeler):
    codes = codes_of(levers=LESSON_LEVERS, modeler=modeler, optimizer="Choose session length per group.")
    assert "model_no_lever" in codes


@pytest.mark.parametrize(
    "modeler",
    [
        "The chance a learner passes, from age, sessions attended and how long each session lasts.",
        "The chance a learner passes, from age, session length and whether they had a paired tutor.",
        "The chance a learner passes, from age, the duration of each session and prior grades.",
    ],
)
def test_a_model_that_reads_the_measure_reads_the_lever(modeler):
    codes = codes_of(levers=LESSON_LEVERS, modeler=modeler, optimizer="Choose session length per group.")
    assert "model_no_lever" not in codes


# --- "is paired" is an arrangement of ours ------------------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "whether a new nurse is paired with a senior one",
        "which apprentices are paired with a fitter on their first week",
    ],
)
def test_who_is_paired_with_whom_is_ours_to_arrange(lever):
    codes = codes_of(levers=["the deposit we ask per booking", lever])
    assert "lever_not_controllable" not in codes


# --- the uncontrollables list holds the planner's own machines, rotas and staff hours -----------------------
@pytest.mark.parametrize(
    "uncontrollables",
    [
        ["the glazing kiln (one kiln, fired twice a week)", "the studio rota", "our booking system"],
        ["5.1 our label printer", "5.2 the packer's day off on Fridays", "5.3 the warehouse shift pattern"],
        ["the delivery van (one van)", "our baker's hours", "the till"],
    ],
)
def test_a_list_of_our_own_machines_and_rotas_is_no_list_of_uncontrollables(uncontrollables):
    assert "uncontrollables_missing" in codes_of(uncontrollables=uncontrollables)


@pytest.mark.parametrize(
    "uncontrollables",
    [
        # what about them is out of our hands: their breakdowns, staff falling ill
        ["breakdowns of the glazing kiln", "staff illness", "the weather on market days"],
        ["the label printer jamming", "our packer's sickness", "parcel volumes before Christmas"],
        # one machine among real factors
        ["the delivery van (one van)", "traffic on the ring road", "customers' order sizes"],
    ],
)
def test_factors_about_our_means_stay_uncontrollables(uncontrollables):
    assert "uncontrollables_missing" not in codes_of(uncontrollables=uncontrollables)


# --- a lever's bracketed options do not link a model of the people served -----------------------------------
def test_a_levers_bracketed_aside_is_left_out_of_the_semantic_mention():
    from studyguide.worksheets.coaching.model_inputs import without_asides

    assert without_asides(["one-to-one or small group (one tutor, three pupils)", "(a) the price"]) == [
        "one-to-one or small group",
        "the price",  # a list letter goes too
    ]
    assert without_asides(["(weekly or monthly)"]) == ["(weekly or monthly)"]


@pytest.mark.real_model
def test_real_model_a_model_of_the_people_is_not_one_of_the_levers_options():
    from studyguide.worksheets.coaching.semantic import get_semantics

    sem = get_semantics()
    if sem is None:
        pytest.skip("sentence-embedding model not installed")
    levers = [
        "the matching rule (same course, same sector wanted, or same background)",
        "meeting format suggested (video monthly or in person termly)",
        "a kick-off call run by our team",
        "one-to-one or small group (one mentor, three students)",
    ]
    modeler = (
        "Chance a pairing is still active at month 4, from the student's course, year of study, grades, the "
        "mentor's sector, graduation year and where each lives."
    )
    assert "model_no_lever" in codes_of(sem, levers=levers, modeler=modeler)
    linked = modeler.replace(
        "where each lives", "where each lives, and the matching rule and group size used"
    )
    assert "model_no_lever" not in codes_of(sem, levers=levers, modeler=linked)


# --- a public regulator's official coming is the regulator's act --------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "a food hygiene inspector calling in the first month after opening",
        "3.2 the fire officer signing off the hall before each season",
        "the Ofsted inspector's visit in the autumn term",
        "environmental health officer inspecting within a week of the refit",
    ],
)
def test_a_regulators_official_visiting_is_not_ours_to_set(lever):
    assert "lever_not_controllable" in codes_of(levers=["the deposit we ask per booking", lever])


@pytest.mark.parametrize(
    "lever",
    [
        # our own inspectors, and what we do about the regulator's visit
        "our quality inspector checking each batch before dispatch",
        "how often the line inspector samples the output",
        "whether we book the building control inspection for day two",
        "fire officer training for our stewards",
    ],
)
def test_our_own_inspectors_and_our_booking_stay_levers(lever):
    assert "lever_not_controllable" not in codes_of(levers=["the deposit we ask per booking", lever])
