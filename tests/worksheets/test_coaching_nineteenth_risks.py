"""The nineteenth set's study (issue 11), rollout / oversight / monitoring / risks side: misses and a
question on a strong plan, by general cause. Pure: the rules alone, no model. Our own sentences, not any
set's."""

import pytest

from studyguide.worksheets.coaching.before_launch import watched_only_before_launch
from studyguide.worksheets.coaching.lexicon import HANDS_OVER
from studyguide.worksheets.coaching.novelty import familiar_item, names_novelty
from studyguide.worksheets.coaching.one_off import looks_once
from studyguide.worksheets.coaching.proposals_only import only_proposals_checked
from studyguide.worksheets.coaching.refits import FITTED_AGAIN, picks_what_we_observe
from studyguide.worksheets.coaching.rollout import gives_power, lines_run_on
from studyguide.worksheets.coaching.sensors import _HOLDS_UP_WORK, _INSTRUMENT_DISTURBED
from studyguide.worksheets.coaching.success_needs import only_our_needs
from studyguide.worksheets.coaching.text import has_any


# --- monitoring that looks once, or stops with a look denied -----------------------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "Jo checks the counts once, at the end of the first month, and signs it off.",
        "A one-off review of the sales after the first term.",
        "We compare with last year at the end of the pilot; after that the prices stay as they are.",
        "The owner looks at the figures after the first season; then the rota is left alone.",
    ],
)
def test_a_look_that_happens_a_single_time_watches_nothing_afterwards(monitoring):
    assert looks_once(monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "Jo checks the counts every Friday against last year.",
        "Once it is running, the owner looks at sales and waste.",
        "The manager looks at complaints once a month.",
        "",
    ],
)
def test_a_look_that_comes_back_or_waits_for_the_start_is_monitoring(monitoring):
    assert not looks_once(monitoring)


def test_a_look_denied_after_the_first_weeks_is_no_look():
    said = "Levels are checked during the first four weeks; thereafter the pumps run without further review."
    assert watched_only_before_launch(said)
    assert not watched_only_before_launch("Checked during the first four weeks; thereafter checked monthly.")


# --- inputs unlike the data, and conditions that only hold up the work ------------------------------------
def test_a_condition_that_delays_our_work_is_no_input_the_model_reads():
    assert _HOLDS_UP_WORK.search("rain at lambing delaying the round")
    assert _HOLDS_UP_WORK.search("snow closing the yard for a week")
    assert not _HOLDS_UP_WORK.search("rain on the lens blurring the pictures")


def test_an_instrument_knocked_or_moved_reads_unlike_the_data():
    assert _INSTRUMENT_DISTURBED.search("the camera being knocked out of line by the forklift")
    assert _INSTRUMENT_DISTURBED.search("a probe moved to the other tank")
    assert not _INSTRUMENT_DISTURBED.search("the camera supplier going bust")


# --- a model fitted again on what its own picks let happen ------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "After each fair the model is rebuilt on every year so far.",
        "Each term's results are added to the training data.",
        "The model is updated with each week's bookings.",
        "Every spring we fit the model again.",
        "The new sales go into the model after every market.",
        "The results of each show feed next year's model.",
        "The model keeps learning from each season.",
    ],
)
def test_a_model_fitted_again_is_read_as_a_refit_however_said(said):
    assert has_any(said, FITTED_AGAIN)


def test_a_wall_rebuilt_is_no_model_fitted_again():
    assert not has_any("The kiln wall is rebuilt every spring.", FITTED_AGAIN)


def test_what_success_asks_of_us_is_no_loop():
    assert only_our_needs(" we'd need a bigger hall and more chairs.")
    assert only_our_needs("I will have to hire a second van")
    assert not only_our_needs(" we'd need to retrain the model on the new customers")
    assert not only_our_needs(" more people would come")


# --- a person's power broken over lines of verse; a prediction sent out ----------------------------------
def test_a_person_and_their_power_stay_together_across_a_verse_line_break():
    rollout = "The first week it hums along; and Ben may / put it back the old way all day long."
    assert not gives_power(rollout.replace(" / ", "\n"))
    assert gives_power(lines_run_on(rollout))


def test_a_prediction_that_goes_out_in_a_message_is_handed_over():
    assert has_any("The no-show chances go out in a Monday email to the nurses.", HANDS_OVER)


# --- risks whose only novelty is our own people or our own costs -------------------------------------------
@pytest.mark.parametrize(
    "item",
    [
        "a change of site manager",
        "the new cleaning contract costing more",
        "Weekly counts by the shift lead",
        "a new kind of volunteer who needs more training",
    ],
)
def test_a_change_of_our_own_people_or_costs_is_no_input_unlike_the_data(item):
    assert familiar_item(item) or not names_novelty(item)


@pytest.mark.parametrize(
    "item",
    [
        "a change in who books late",
        "new kinds of parcel",
        "a shift in demand",
        # people given as examples of a new kind of applicant are the inputs, not our staff
        "a new type of applicant, e.g. seasonal farm workers paid in cash",
    ],
)
def test_a_change_in_what_comes_in_is_still_new(item):
    assert not familiar_item(item)


# --- which places we go to look, or whom we take in or post to ---------------------------------------------
def test_a_lever_that_takes_some_in_picks_what_a_refitted_model_sees():
    assert picks_what_we_observe("which farms each inspector visits in a month")
    assert picks_what_we_observe("which bands the festival invites")
    assert picks_what_we_observe("which households the trust mails each spring")
    assert not picks_what_we_observe("the detergent dose the supervisor selects per load")
    assert not picks_what_we_observe("the order the crew visits the sites")


def test_checking_the_proposals_before_use_is_oversight_not_monitoring():
    metric = "Loaves sold per day; loaves binned per day."
    assert only_proposals_checked("Ann checks each day's bake list before it goes to the ovens.", metric)
    assert only_proposals_checked("The manager approves the rota each Monday. She can overrule it.", metric)
    assert not only_proposals_checked(
        "Ann approves the bake list and looks at loaves binned each week.", metric
    )
    assert not only_proposals_checked("Sign-ups per week while the offer is open.", "Sign-ups")
    assert not only_proposals_checked("", metric)
