"""The sixty-eighth set's misses and false alarms, each read for its general cause and tested in the
orchard's packhouse in wordings of our own, with sound answers beside them (the set's own plans are measured
by ``test_coaching.py``)."""

import pytest

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.model_inputs import inputs_exclude_levers
from studyguide.worksheets.coaching.non_answers import is_non_answer
from studyguide.worksheets.coaching.outcome_first import outcome_said_first
from studyguide.worksheets.coaching.records_none import no_records_kept
from studyguide.worksheets.coaching.rollout_unplanned import bare_start
from studyguide.worksheets.coaching.rules import coach
from studyguide.worksheets.coaching.simulator_declined import simulator_declined
from studyguide.worksheets.coaching.variation import lever_never_varied
from studyguide.worksheets.coaching.waved_off import only_success
from studyguide.worksheets.spec import FIELDS
from tests.worksheets.orchard import orchard_codes

_CRATES = "how many crates go straight to the buyer vs our own cold store"


# ("fill in" came with the sixty-ninth set's blank form, after its first look)
@pytest.mark.parametrize("said", ["to do", "n/a?", "To-do.", "tbc?", "fill in", "Fill out."])
def test_a_forms_placeholders_say_nothing(said):
    assert is_non_answer(said)


def test_a_form_of_placeholders_only_is_empty():
    form = {f.name: "to do" for f in FIELDS if f.name not in ("levers", "uncontrollables", "title")}
    form.update(
        title="Picking order", levers=["tbc"], uncontrollables=["..."], experiment_needed="", rollout="n/a?"
    )
    assert [n.code for n in coach(plan_from_mapping(form), None).notes] == ["empty_plan"]


@pytest.mark.parametrize("said", ["to do list of buyers", "n/a? we use the packhouse log"])
def test_a_placeholder_followed_by_an_answer_is_an_answer(said):
    assert not is_non_answer(said)


def test_the_models_plan_taken_as_it_comes_with_no_what_ifs_is_no_simulator():
    simulator = (
        "Discussed: we will use the model's picking plan each morning as it comes. Nobody saw the need to "
        "ask it what would happen under other settings, and no what-if questions will be asked of it."
    )
    assert simulator_declined(simulator, [_CRATES, "which rows we pick first"])


@pytest.mark.parametrize(
    ("rollout", "bare"),
    [
        ("The new split will begin once the model has been built and the prices agreed by the board.", True),
        ("The new split will begin once the model has been built, on two rows first.", False),
    ],
)
def test_a_start_once_built_and_agreed_is_no_rollout(rollout, bare):
    assert bare_start(rollout) is bare


def test_a_record_too_coarse_and_nobody_logging_are_no_data():
    data = (
        "Nothing really. The till just says 'fruit', not apples or what grade they were, and nobody logs "
        "what goes to the juicer. The packhouse doesn't keep a log either, we just get on with it."
    )
    assert no_records_kept(data)
    assert no_records_kept("Not planning to collect anything new - we're too stretched to fill in forms.")
    assert not no_records_kept("The till records each sale by variety and grade; the juicer log has weights.")


def test_a_video_check_in_offered_is_a_lever_not_a_source_of_data():
    levers = [
        "weekly video check-in with each grower, fortnightly, or none",
        "a group video call on Sundays instead of one-to-one",
        _CRATES,
    ]
    assert "levers_missing" not in orchard_codes(levers=levers)


def test_being_invited_to_speak_is_a_gain():
    went = "Less fruit wasted. Invited onto a farming podcast. Enough work to take on a second packer."
    assert only_success(went, "Less fruit wasted between the orchard and the buyer.")


def test_always_billed_one_way_is_a_lever_never_varied():
    assert lever_never_varied("We have always billed the buyer by the crate, never by weight.")
    assert not lever_never_varied("We have billed some buyers by the crate and others by weight.")


def test_an_outcome_said_before_predicted_from_is_no_input():
    modeler = (
        "Same-day crate orders per day, predicted from local events in the diary and the same day last year."
    )
    assert outcome_said_first(modeler) == "Same-day crate orders per day"
    levers = ["cut-off for same-day orders: 11am or 1pm", "same-day price: +£5 or +£10 a crate"]
    assert inputs_exclude_levers(modeler, levers)
