"""Machine learning's own namesakes of the optimizer and the simulator said in a student's plain words
(``coaching.namesakes``): the kind of model and the search over its own settings named as the optimizer, a
test on data held back named as the simulator. The twenty-eighth set's slips ("Gradient boosting, tuned with a
grid search on last winter's data"; "We'll test it on the last 3 months we held back and see how close it
gets") were the cause; these sentences are our own, beside near ones that are real optimizers and what-ifs."""

import pytest

from studyguide.worksheets.coaching.model_handoff import model_left_to_a_tool
from studyguide.worksheets.coaching.namesakes import fits_the_model_only, scores_the_model_only


@pytest.mark.parametrize(
    "optimizer",
    [
        "Gradient boosting, tuned with a grid search on two years of orders.",
        "A random forest, trained on 3 years of bookings.",
        "Hyperparameter tuning with random search.",
        "We fitted a linear regression using last year.",
        "XGBoost tuned by cross-checking on last spring.",
        "Neural net, fitted on the till data.",
    ],
)
def test_the_model_and_its_tuning_named_as_the_optimizer_is_no_optimizer(optimizer):
    assert fits_the_model_only(optimizer, names_a_lever=False)


@pytest.mark.parametrize(
    "optimizer",
    [
        "A grid search over prices and staff levels to get the most profit.",
        "Tries every price from 1 to 3 pounds and picks the one with most takings.",
        "Random forest predicts demand; then we choose the order size that wastes least.",
        "Searches the delivery rounds for the fewest miles with every tank above a quarter full.",
    ],
)
def test_a_search_over_our_settings_is_an_optimizer(optimizer):
    assert not fits_the_model_only(optimizer, names_a_lever=False)


@pytest.mark.parametrize(
    "simulator",
    [
        "We'll test it on the last 2 months we held back and see how close it gets.",
        "Kept back last December to check how accurate it is.",
        "We set a month aside and measure how far off the forecast is.",
        "Test on the weeks we held back, see how well it does.",
        "Check how close it gets on data we put aside.",
    ],
)
def test_a_test_on_data_held_back_is_no_what_if(simulator):
    assert scores_the_model_only(simulator)


@pytest.mark.parametrize(
    "simulator",
    [
        "If we try each price on the weeks we held back, which gives most profit?",
        "What if we open 2 tills instead of 3 on a wet Saturday?",
        "Run last autumn again with the new rota and see how close the queue gets to 5 minutes.",
        "Replay last winter with the new delivery rounds and see how much oil is left over.",
    ],
)
def test_a_what_if_on_past_data_is_a_simulator(simulator):
    assert not scores_the_model_only(simulator)


# --- the model left to a tool that "shows us" the answer ("coaching.model_handoff") ---------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "The prices come out of the spreadsheet - we type the trade-ins in and it shows us.",
        "We type the orders into the app and it tells us.",
        "Put last year in the spreadsheet and it gives us the answers.",
        "The rota comes out of the booking system.",
        "The new till software shows us everything.",
    ],
)
def test_a_tool_that_shows_the_answer_is_no_model(modeler):
    assert model_left_to_a_tool(modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        "The spreadsheet predicts how many phones we buy at each price and shows us the best price.",
        "It estimates footfall from the weather and shows us the numbers.",
        "A model of sales by price; the dashboard then shows you the forecast for the coming week.",
        "Takes the weather and bookings and gives us the number of tills needed each hour.",
    ],
)
def test_a_tool_that_predicts_something_named_is_a_model(modeler):
    assert not model_left_to_a_tool(modeler)


# --- a loop denied names no risk ("coaching.waved_off.without_denied_loops") ---------------------------
@pytest.mark.parametrize(
    "went_really_well",
    [
        "People buy hot drinks whatever we do, no loop to worry about.",
        "There's no feedback loop here, the buses run anyway.",
        "It isn't a loop, the weather decides.",
        "Nothing feeds back, we just sell more.",
        "No real loop: the council sets the timetable.",
    ],
)
def test_a_loop_denied_answers_no_risk(went_really_well):
    from studyguide.worksheets.coaching.waved_off import without_denied_loops

    assert without_denied_loops(went_really_well) == ""


@pytest.mark.parametrize(
    "went_really_well",
    [
        "If it works, the offers we send shape who we hear from, a loop we must watch.",
        "Those we never call never show up in the data, so the model only learns from our picks.",
        "Busier stalls would sell out sooner and hide real demand.",
    ],
)
def test_a_loop_named_stays(went_really_well):
    from studyguide.worksheets.coaching.waved_off import without_denied_loops

    assert without_denied_loops(went_really_well).strip() == went_really_well.strip()


# --- a first stage that puts the new thing in every unit ("coaching.one_launch") ------------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "- weeks 1-2: new deals in all our shops, on shelf tickets only\n- weeks 3+: also in the app",
        "Week 1: new prices at every branch. Week 3: the app shows them too.",
        "We launch in all 14 salons on 1 May. From June the texts go out as well.",
        "Month 1: the new rota in all four depots, printed only. Month 2: on the phones.",
        "Introduce the new menu in every cafe on day one. Later add the loyalty offer.",
    ],
)
def test_a_first_stage_in_every_unit_is_one_launch(rollout):
    from studyguide.worksheets.coaching.one_launch import first_stage_everywhere

    assert first_stage_everywhere(rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "Week 1-2: new prices in 2 of our 14 shops, Kirsty checks each day. Then 4 more shops a fortnight.",
        "Launch in all shops once the 3-shop pilot shows more sales. Before that, the pilot runs 6 weeks.",
        "First the new rota in the Leeds depot only for a month. After that every depot, one a week.",
        "All our stores get the suggestions beside the manager's own order; the manager decides. Then 3 "
        "stores let it order alone.",
    ],
)
def test_a_small_or_advisory_first_stage_is_gradual(rollout):
    from studyguide.worksheets.coaching.one_launch import first_stage_everywhere

    assert not first_stage_everywhere(rollout)


# --- a system that refreshes itself is its running, not monitoring ("coaching.system_upkeep_watch") -----
_PAY_LATER_METRIC = "Share of orders with a missed payment after 60 days (now 7%)."


@pytest.mark.parametrize(
    "monitoring",
    [
        "Once live the scores are recalculated every night automatically, so it keeps itself up to date.",
        "The model retrains itself each week.",
        "It updates itself every night.",
        "After launch it should look after itself.",
        "The forecast is refreshed daily, no need for anything else.",
    ],
)
def test_a_system_refreshing_itself_is_no_monitoring(monitoring):
    from studyguide.worksheets.coaching.system_upkeep_watch import only_system_running_watched

    assert only_system_running_watched(monitoring, _PAY_LATER_METRIC)


@pytest.mark.parametrize(
    "monitoring",
    [
        "The model retrains every week and Dee checks missed payments each Monday.",
        "Recalculated every night; the share of missed payments is reported weekly to the credit manager.",
        "It updates itself, and we compare missed payments with last year each month.",
    ],
)
def test_refreshing_beside_the_outcome_watched_is_monitoring(monitoring):
    from studyguide.worksheets.coaching.system_upkeep_watch import only_system_running_watched

    assert not only_system_running_watched(monitoring, _PAY_LATER_METRIC)


# --- when the people served come, and how they rest, is theirs ("coaching.ownership") -----------------
@pytest.mark.parametrize(
    "lever",
    [
        "the time customers turn up to collect",
        "how long the toddlers nap before they come",
        "when guests arrive at the desk",
        "the hour shoppers arrive",
        "whether members queue at the door",
        "how long the children sleep after lunch",
    ],
)
def test_when_the_people_served_come_or_rest_is_theirs(lever):
    from studyguide.worksheets.coaching.ownership import their_conduct, their_pick

    assert their_pick(lever) or their_conduct(lever)


@pytest.mark.parametrize(
    "lever",
    [
        "the time we open the doors",
        "how long we keep the slot open",
        "the start time of the session",
        "when the van leaves the depot",
        "how long the dough rests",
        "which slot we offer each customer",
    ],
)
def test_what_we_set_about_their_visit_is_ours(lever):
    from studyguide.worksheets.coaching.ownership import their_conduct, their_pick

    assert not (their_pick(lever) or their_conduct(lever))


# --- periods opening the lines of a list are stages ("coaching.rollout.period_stages") -------------------
@pytest.mark.parametrize(
    "rollout",
    [
        "- this year Ms Reid uses it as a suggestion\n- next year the model matches two forms\n- then all",
        "- this term the head checks every offer\n- next term two year groups\n- the term after, the rest",
        "* the first week one till\n* the second week three tills",
        "- this season the north pitch only\n- next season both pitches if bookings hold",
        "- March two shops, Kirsty checks\n- April all shops",
    ],
)
def test_periods_opening_list_lines_are_stages(rollout):
    from studyguide.worksheets.coaching.rollout import period_stages

    assert period_stages(rollout)


@pytest.mark.parametrize(
    "rollout",
    [
        "- this year: every till on the new prices",
        "We switch all 9 sites this year. Next year we review it.",
        "- all rounds on the new plan from Monday\n- the drivers can phone in problems",
    ],
)
def test_one_period_or_periods_inside_sentences_are_not_stages(rollout):
    from studyguide.worksheets.coaching.rollout import period_stages

    assert not period_stages(rollout)


# --- a word's own final s is kept: "press" and "pressed" share a stem ("coaching.text.stem") ------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("press", "pressed"),
        ("glass", "glasses"),
        ("bonus", "bonuses"),
        ("class", "classes"),
        ("boss", "bosses"),
    ],
)
def test_a_words_own_s_is_kept_by_the_stemmer(a, b):
    from studyguide.worksheets.coaching.text import stem

    assert stem(a) == stem(b)


def test_a_model_reading_a_lever_in_other_words_is_linked():
    from studyguide.worksheets.coaching.lexicon import mentions_lever_words

    model = "sold per night given spot and pressed count"
    assert mentions_lever_words(model, ["how many tortillas we press"])
