"""What the eighth held-out set taught about the risks of new inputs: a picture kept beside the data (a
photo of the evening's seating chart) is not something the model reads when the model names what it works
from and none of it is that picture; a model that names its images, or works from readings kept with them,
still reads them. Pure: the rules alone, no model. Our own wording, not the set's."""

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.sensors import reads_images
from tests.worksheets.test_coaching_evidence import BASE


def _plan(**changes):
    return Plan(**{**BASE, **changes})


def test_a_picture_kept_as_a_record_is_not_read_by_a_model_that_names_other_inputs():
    plan = _plan(
        data="Three years of bookings with the lead time, and since March a photo of each day's appointment "
        "board. For three months new bookings get a deposit of 30, 50 or 80 at random.",
        modeler="The chance of a no-show depending on the deposit, the reminder time and the lead time.",
    )
    assert not reads_images(plan)
    assert "no_ood_risk" not in {n.code for n in check_plan(plan)}


def test_images_the_model_names_are_still_read():
    plan = _plan(
        data="Two years of bookings with a photo of each client's reference design.",
        modeler="The chance of a no-show given the deposit and the reference design photo's detail.",
        risks="The owner may disagree with its deposits. If deposits go up, first-timers book elsewhere.",
    )
    assert reads_images(plan)
    assert "no_ood_risk" in {n.code for n in check_plan(plan)}


def test_readings_near_an_input_the_model_names_are_still_read():
    plan = _plan(
        data="Hourly thermal sensor readings of the studio for two years, with the bookings.",
        modeler="The chance of a no-show given the deposit and the studio readings of the day before.",
    )
    assert reads_images(plan)


def test_a_model_that_names_no_inputs_reads_the_pictures_in_its_data():
    plan = _plan(
        data="Two years of bookings with a photo of each client's reference design.",
        modeler="The chance of a no-show.",
    )
    assert reads_images(plan)


# --- a loop is not a new input; a count of results is not a condition --------------------------------------
_PHOTO_MODEL = dict(
    data="Two years of photos of finished tattoos, with whether the client came back for a touch-up.",
    modeler="The chance a tattoo needs a touch-up, from the photo and the size.",
    levers=["which clients we call in for a check", "the deposit we ask per booking"],
)


def test_what_our_choices_leave_unlearnt_is_a_loop_not_an_input_risk():
    plan = _plan(
        **_PHOTO_MODEL,
        monitoring="Touch-ups and complaints per quarter, the owner.",
        risks="Clients may not like being called in. We only see the tattoos of clients we call in, so the "
        "model never learns whether it was wrong about the others.",
    )
    assert "no_ood_risk" in {n.code for n in check_plan(plan)}


def test_a_count_of_results_looked_at_every_so_often_names_no_condition():
    plan = _plan(
        **_PHOTO_MODEL,
        monitoring="Touch-ups and healing fails per quarter, the owner.",
        risks="Clients may not like being called in.",
    )
    assert "no_ood_risk" in {n.code for n in check_plan(plan)}


def test_new_sensors_unlike_the_ones_we_trained_on_are_still_a_new_input():
    plan = _plan(
        **_PHOTO_MODEL,
        risks="Photos from the new studio camera may look different from the ones we trained on.",
    )
    assert "no_ood_risk" not in {n.code for n in check_plan(plan)}
