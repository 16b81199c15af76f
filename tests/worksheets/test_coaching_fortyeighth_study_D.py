"""What the forty-eighth blind set's misses taught (helper D), each as a general reading (the set's plans are
in tests/worksheets/holdout/fortyeighth; these are other words for the same slips, in other trades, beside
near misses that must stay silent). Pure: the rules alone."""

import pytest

from studyguide.worksheets.coaching.complaints_watch import looks_only_on_trouble
from studyguide.worksheets.coaching.others_more import others_doing_more
from studyguide.worksheets.coaching.partial_start_declined import partial_start_declined
from tests.worksheets.test_coaching_evidence import codes_of


# --- rollout: a limited first stage weighed and turned down -----------------------------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "The spring booking run gives every returning client the new deposit. Clients talk to each other, so "
        "it would look unfair to try it on some and not others. Mia can pause it at any time.",
        "From the May bookings the new deposits apply across the studio, since a split would confuse the "
        "front desk. Mia can switch back at any time.",
        "The new reminder times apply from the June bookings. We can't pilot it on one artist because the "
        "desk books for all of them. Mia can switch back whenever she likes.",
    ],
)
def test_a_limited_start_turned_down_goes_everywhere_at_once(rollout):
    assert "rollout_not_gradual" in codes_of(rollout=rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        # the split turned down, but stages of its own follow
        "A split by artist would confuse the desk, so the whole studio runs it in shadow for a month first, "
        "then for real. Mia can switch back.",
        # a split wanted, not turned down
        "A split would be easy here: Mia's bookings first for a month, then all four artists.",
        # the old way phased out is no limited start turned down
        "Mia's bookings only for a month, then all four artists; we phase out the paper diary in May.",
    ],
)
def test_a_staged_rollout_is_not_read_as_a_limited_start_declined(rollout):
    assert "rollout_not_gradual" not in codes_of(rollout=rollout)


def test_the_reading_of_a_declined_partial_start():
    assert partial_start_declined("Trying it on some wards but not others would be unfair to patients.")
    assert partial_start_declined("A phased rollout would only confuse the drivers.")
    assert not partial_start_declined("We try it on some wards and not others for a month, then all.")
    assert not partial_start_declined("A pilot on two stores first, then the rest.")


# --- levers: another party doing more of their own act -----------------------------------------------------
GARDEN_CENTRE = dict(
    objective="More plants sold at full price before they go over.",
    metric="Plants sold at full price: 62% of stock last year.",
    levers=["the markdown we give on each bench", "which plants go on the front display"],
    uncontrollables=["weather on weekends", "garden programmes on television"],
    modeler="Full-price sales per plant from the markdown, the display spot, the weekday and the weather.",
    optimizer="Choose markdowns and the front display each week for the most full-price sales.",
    baseline="Markdowns by eye on Mondays: 62% sold at full price.",
    rollout="One bench only for a month; the manager can switch back. Then all benches.",
    monitoring="The manager checks full-price sales each week.",
    risks="A new chain store opening nearby. If markdowns train customers to wait, they buy later, so the "
    "sales the model learns from change.",
)


@pytest.mark.parametrize(
    "lever",
    [
        "landscapers buying more of our trade packs",
        "the local schools booking more of the weekday workshops",
        "coach parties bringing more visitors on weekdays",
    ],
)
def test_another_party_doing_more_is_no_lever(lever):
    levers = [*GARDEN_CENTRE["levers"], lever]
    assert "lever_not_controllable" in codes_of(**{**GARDEN_CENTRE, "levers": levers})


@pytest.mark.parametrize(
    "lever",
    [
        "our staff taking more time over the front display",
        "offering more trade packs to landscapers",
        "the trade discount we give landscapers buying more than ten trays",
    ],
)
def test_our_own_act_to_bring_more_stays_a_lever(lever):
    levers = [*GARDEN_CENTRE["levers"], lever]
    assert "lever_not_controllable" not in codes_of(**{**GARDEN_CENTRE, "levers": levers})


def test_the_reading_of_others_doing_more():
    assert others_doing_more("wholesalers taking more of our seconds")
    assert not others_doing_more("getting wholesalers to take more of our seconds")
    assert not others_doing_more("our drivers taking more parcels per round")


# --- monitoring: watched during a named period, then only if people complain ------------------------------
@pytest.mark.parametrize(
    "monitoring",
    [
        "During the summer season the owner checks no-show hours weekly. After that the deposits stay as "
        "set, and we'll look again if clients complain.",
        "Throughout the first quarter Mia reviews no-shows each Friday. After that it runs as it is, and "
        "the owner will revisit it when anyone raises a concern.",
    ],
)
def test_a_watch_that_ends_with_the_period_and_waits_for_complaints(monitoring):
    assert "no_monitoring" in codes_of(monitoring=monitoring)


@pytest.mark.parametrize(
    "monitoring",
    [
        "During the summer season the owner checks no-show hours weekly. After that, monthly, and sooner "
        "if clients complain.",
        "During the summer season the owner checks no-show hours weekly; she keeps doing so after it.",
    ],
)
def test_a_watch_that_goes_on_after_the_period_is_monitoring(monitoring):
    assert "no_monitoring" not in codes_of(monitoring=monitoring)


def test_a_look_waiting_for_complaints_is_read_as_such():
    assert looks_only_on_trouble("the board will look at it again if tenants complain")
    assert looks_only_on_trouble("we review it when something goes wrong")
    assert not looks_only_on_trouble("the board looks at arrears every month")


# --- metric: the throughput of our own machine, for an outcome counted apart -------------------------------
DAIRY = dict(
    objective="More of our milk sold as premium organic at the higher price, instead of going to the pool.",
    metric="Litres through the bottling line each week: 120,000. I'd like to get that to 140,000.",
    levers=["the bottling line speed", "which herds' milk goes to the organic tank"],
    uncontrollables=["weather", "the pool price"],
    modeler="Litres passing the organic test per week from the herd, the line speed, the season and the "
    "weather.",
    optimizer="Choose line speed and herd routing each week for the most litres bottled.",
    baseline="Line speed set by the foreman: 120,000 litres a week bottled, 30% of it sold as premium "
    "organic.",
    rollout="Two herds for a month; the foreman can switch back. Then all herds.",
    monitoring="The foreman checks litres and test results each week.",
    risks="A new supermarket contract with a different standard. If routing changes which herds' milk is "
    "tested, the results the model learns from change.",
)


def test_throughput_of_our_machine_is_a_proxy_for_the_outcome():
    assert "metric_proxy" in codes_of(**DAIRY)


def test_the_outcome_itself_counted_is_no_proxy():
    metric = "Litres sold as premium organic each week: 36,000. I'd like to get that to 50,000."
    assert "metric_proxy" not in codes_of(**{**DAIRY, "metric": metric})


def test_throughput_where_the_baseline_counts_no_outcome_apart_is_left_alone():
    baseline = "Line speed set by the foreman: about 120,000 a week."
    assert "metric_proxy" not in codes_of(**{**DAIRY, "baseline": baseline})


# --- what if it went really well: the writer's own gains ---------------------------------------------------
KENNELS = dict(
    objective="Fewer empty kennel nights in the quiet months.",
    metric="Kennel nights sold: 61% of capacity from November to March.",
    levers=["the nightly price per kennel in each month", "the discount for stays over a week"],
    modeler="Nights booked per month from the nightly price, the discount, school holidays and the weather.",
    optimizer="Choose the price and discount per month for the most nights sold, above the floor price.",
    risks="A new kennels opening on the bypass; a dog flu outbreak.",
)


@pytest.mark.parametrize(
    "went_really_well",
    [
        "We'd be able to pay the weekend helper properly, and I'd get my Sundays back.",
        "I'd have my evenings back and we'd afford a second van.",
    ],
)
def test_the_writers_own_gains_pass_the_loop_by(went_really_well):
    assert "no_feedback_loop" in codes_of(**KENNELS, went_really_well=went_really_well)


def test_a_loop_beside_the_gains_is_an_answer():
    went_really_well = (
        "I'd get my Sundays back, but cheap winter nights would teach owners to book late, so the bookings "
        "we learn from would be our prices' doing."
    )
    assert "no_feedback_loop" not in codes_of(**KENNELS, went_really_well=went_really_well)


# --- model: an input pooling every one of the things a lever chooses among ---------------------------------
LIBRARY = dict(
    objective="More loans per opening hour across the town's libraries.",
    metric="Loans per opening hour: 14 last year.",
    levers=["which branches open on Sunday afternoons", "how many staff on the late desk"],
    uncontrollables=["weather", "school holidays"],
    optimizer="Choose the Sunday branches and late desk staffing each month for the most loans per hour.",
)


def test_an_input_pooling_all_the_things_chosen_among_reads_no_lever():
    modeler = (
        "Predicts loans per day from the average of all branch visit counts last month, the weekday, school "
        "holidays and the weather."
    )
    assert "model_no_lever" in codes_of(**LIBRARY, modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        # each branch read, and whether it opens
        "Predicts loans per day from the branch, whether it opens on Sunday, the weekday and the weather.",
        # what is measured of the pooled things stays: the staffing averaged is still the staffing
        "Predicts loans per day from the average late desk staff of all branches, the weekday and the "
        "weather.",
    ],
)
def test_an_input_naming_the_choice_or_its_measure_stays_linked(modeler):
    assert "model_no_lever" not in codes_of(**LIBRARY, modeler=modeler)
