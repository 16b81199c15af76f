"""What the seventeenth held-out set taught about levers: a setting that one of the planner's own people
makes ("the kiln temperature the night engineer sets") is the planner's, whoever the plan names as doing it;
a machine or an animal that something is done to ("how full each dryer is loaded", "whether the calf gets the
warming box") chooses nothing. Read by structure (who is the clause's subject, what is done to what), not by
the words of one trade. Pure: the rules alone, with a stand-in that doubts every lever it is shown."""

import pytest

from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.ownership import set_by_own_staff
from tests.worksheets.test_coaching_evidence import codes_of


class DoubtsEverything:
    """Stands in for the embedding model at its most suspicious: every lever it is asked about reads as the
    world's. Only the structure can then keep a lever of ours from a question."""

    def lever_uncontrollable(self, lever, uncontrollables, lean=None):
        return True

    def means_any(self, text, concept, slack=0.0):
        return False

    def mentions_lever(self, text, levers):
        return False


# --- a setting one of our own people makes -----------------------------------------------------------------
@pytest.mark.parametrize(
    "lever",
    [
        "the kiln temperature the night engineer sets",
        "the drying time the shift supervisor chooses",
        "the delivery order the stores coordinator (Wes) sets",
        "the oven heat the bakehouse man sets",
    ],
)
def test_a_setting_made_by_one_of_our_people_is_ours(lever):
    assert set_by_own_staff(lever)
    levers = [lever, "when we send the reminder"]
    assert "lever_not_controllable" not in codes_of(DoubtsEverything(), levers=levers)


@pytest.mark.parametrize(
    "lever",
    [
        "the speed limit the county highways authority sets",
        "the pitch fee the council's market officer sets",
    ],
)
def test_a_setting_made_by_another_body_is_still_theirs(lever):
    assert not set_by_own_staff(lever)


def test_a_job_the_plan_lists_as_outside_is_not_ours():
    lever = "the loading slot the harbour manager sets"
    assert set_by_own_staff(lever)
    assert not set_by_own_staff(lever, ["when the harbour manager opens the quay"])


def test_one_of_our_people_doing_something_is_a_decision_whatever_the_verb():
    reading = read_lever("whether the duty groundsman's assistant technician floods the pitch tonight")
    assert reading.verdict == CONTROL
    assert read_lever("whether the night technician floods or only sweeps the rink").verdict == CONTROL


# --- machines, stock and animals: done to, not choosing ---------------------------------------------------
def test_how_full_a_machine_is_loaded_is_something_we_do():
    assert read_lever("how full each dryer is loaded").verdict == CONTROL
    assert read_lever("how full the car park is").verdict == WORLD
    assert read_lever("how busy the hall is expected to be").verdict == WORLD


def test_what_an_animal_gets_from_us_is_an_allocation():
    reading = read_lever("whether the calf gets the warming box")
    assert reading.verdict == CONTROL
    assert read_lever("which customers get the most snow").verdict == WORLD


def test_after_she_comes_her_verb_even_a_noun_like_one():
    # "offers" is also a noun; after "she" it is her act, and the people it is for do not act in it.
    reading = read_lever("whether she offers a midweek rate for owners who can come on Tuesdays")
    assert not (reading.firm and reading.verdict == WORLD)


def test_a_person_before_a_plural_noun_only_says_what_kind():
    reading = read_lever("how many family tours per week")
    assert not (reading.firm and reading.verdict == WORLD)
    assert read_lever("how many families walk the trail").verdict == WORLD


def test_a_party_after_of_that_qualifies_a_noun_names_a_kind_of_stock():
    reading = read_lever("price of coach screws, tub of 100")
    assert not (reading.firm and reading.verdict == WORLD)
    assert read_lever("competitor prices").verdict == WORLD
