"""Study 67 (twenty-seventh set): a field that holds no content of its own, and a field that names a different
thing sharing its name. A form never filled in shows only its template (bracketed slots, numbered rows,
"e.g." copied from the help text) and is the empty form; a list whose only row is its own heading lists
nothing; a field holding only doubt about its question ("To ask at office hours: what counts here?") answers
nothing; data left to the model to learn by itself names no record; a model named only by the work it spares
("our AI does the heavy lifting") is no model; the routine that trains a model is not the optimizer that sets
the levers; a check of the model on held-out data is not a simulator. Strong answers near each stay
unflagged, and real bracketed content is no template slot. Pure: the rules alone, no model."""

import pytest

from studyguide.worksheets.coaching import Plan, check_plan
from studyguide.worksheets.coaching.template_slots import own_label, template_slot
from tests.worksheets.test_coaching_evidence import BASE  # one complete plan; each test changes a part

TEXT_KEYS = [key for key in BASE if key not in ("levers", "uncontrollables")]
# the base plan's experiment, kept beside a changed data text: without it the levers would go unvaried too
_EXPERIMENT = " For three months new bookings get a deposit of 30, 50 or 80 at random."


def codes_of(**changes):
    return {n.code for n in check_plan(Plan(**{**BASE, **changes}))}


def _form(text_of, levers, uncontrollables):
    return Plan(**{key: text_of(key) for key in TEXT_KEYS}, levers=levers, uncontrollables=uncontrollables)


# --- a form never filled in: whatever the template's text, one note --------------------------------------
@pytest.mark.parametrize(
    "plan",
    [
        _form(lambda k: f"<your {k} here>", ["<lever>", "<lever>"], ["<input>"]),
        _form(lambda k: "Lorem ipsum dolor sit amet.", ["lorem ipsum"], []),
        _form(lambda k: f"[TODO: {k}]", ["[TODO]"], ["[TODO]"]),
        _form(lambda k: f"Insert {k} here", ["Lever 1", "Lever 2"], ["Input 1"]),
        _form(lambda k: f"(describe the {k})", ["(lever #1)", "(lever #2)"], ["{input 1}"]),
        _form(
            lambda k: {
                "objective": "e.g. more repeat customers",
                "metric": "e.g. repeat visits per month",
            }.get(k, "[e.g. 3 months]"),
            ["e.g. price", "e.g. opening hours"],
            ["e.g. the weather"],
        ),
    ],
    ids=["angle-your-here", "lorem", "todo", "insert-here-numbered-rows", "describe-braces", "help-examples"],
)
def test_a_form_left_at_its_template_gets_only_the_empty_plan_note(plan):
    assert [n.code for n in check_plan(plan)] == ["empty_plan"]


@pytest.mark.parametrize(
    "changes",
    [
        {"metric": "e.g. chair hours lost to no-shows per month"},  # an answer introduced by "e.g."
        {"levers": ["Route 2 deposit level", "when we send the reminder"]},  # a real numbered thing
        {"baseline": "(a flat deposit of 50 and a reminder the day before)"},  # bracketed, yet an answer
    ],
)
def test_a_filled_plan_with_template_like_text_stays_unflagged(changes):
    assert codes_of(**changes) == set()


@pytest.mark.parametrize(
    "text", ["[12 weeks]", "(about 2 per shift, checked weekly)", "Line 2", "Phase 2 rota"]
)
def test_a_short_answer_is_no_template_slot(text):
    assert not template_slot(text)


# --- a list whose only row is its own heading ------------------------------------------------------------
@pytest.mark.parametrize("row", ["Levers", "LEVERS:", "Lever", "1. Levers", "the levers -"])
def test_a_lever_row_that_is_the_heading_lists_no_lever(row):
    assert "levers_missing" in codes_of(levers=[row])


@pytest.mark.parametrize(
    "row", ["lever arch files ordered", "the deposit we ask per booking", "Leverage fee"]
)
def test_a_lever_that_only_shares_a_word_with_the_heading_stays(row):
    assert not own_label(row, "levers")


# --- the training routine named where the optimizer belongs ---------------------------------------------
@pytest.mark.parametrize(
    "optimizer",
    [
        "Adam, learning rate 0.001, batch size 32, early stopping on validation loss.",
        "Stochastic gradient descent.",
        "SGD with a learning rate schedule, 40 epochs.",
        "We train it with mini-batch gradient descent.",
        "- RMSprop\n- weight decay 1e-4\n- early stopping",
        "Fine-tuning until the training loss stops falling.",
    ],
)
def test_an_optimizer_that_only_trains_the_model_is_no_optimizer(optimizer):
    assert "no_optimizer" in codes_of(optimizer=optimizer)


@pytest.mark.parametrize(
    "optimizer",
    [
        "Adam on the desk chooses the deposit per booking type each Monday to fill the most chair hours.",
        "Gradient descent over the deposit and the reminder time, to fill the most chair hours.",
        "Choose the deposit and reminder time per booking type to fill the most chair hours; the model is "
        "retrained with Adam each month.",
    ],
)
def test_an_optimizer_that_sets_the_levers_stays(optimizer):
    # (an aim for the model's quality, "tune the hyperparameters for the best AUC", is left to
    # prediction_not_decision: the final set plants it so)
    assert "no_optimizer" not in codes_of(optimizer=optimizer)


# --- a check of the model on held-out data named where the simulator belongs -----------------------------
@pytest.mark.parametrize(
    "simulator",
    [
        "Held-out 20% of last year's bookings, to check the model's accuracy.",
        "Back-testing on 2024.",
        "Cross-validation with 5 folds; we report the RMSE.",
        "A test split of the last three months measures how accurate the model is. We check the error.",
        "- hold-out set\n- accuracy",
    ],
)
def test_a_simulator_that_only_scores_the_model_is_no_simulator(simulator):
    assert "no_simulator" in codes_of(simulator=simulator)


@pytest.mark.parametrize(
    "simulator",
    [
        "If small pieces need a deposit of 30, how many more no-shows? Checked first on held-out months.",
        "Compares each deposit level on the held-out weeks: no-shows at 30, 50 and 80.",
        "With and without the early reminder, on last year's bookings: how many chair hours lost?",
    ],
)
def test_a_simulator_that_asks_what_if_stays(simulator):
    assert "no_simulator" not in codes_of(simulator=simulator)


# --- a template-slot reader keeps real bracketed content -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "(about 40 a week)",
        "[see attached sheet] plus 3 years of till data",
        "[add a second till on Saturdays]",
        "(your 2 best sellers by the door)",
        "[oven 2]",
        "Add a second van here",
    ],
)
def test_bracketed_or_instruction_like_content_is_no_template_slot(text):
    assert not template_slot(text)


@pytest.mark.parametrize(
    "text",
    ["[Type your objective here]", "<enter metric>", "(put your answer here)", "[risk 3]", "{fill in}"],
)
def test_a_template_slot_is_read_as_one(text):
    assert template_slot(text)


def test_real_bracketed_content_in_a_plan_stays_an_answer():
    data = "[see attached sheet] plus 3 years of till data." + _EXPERIMENT
    assert codes_of(data=data) == set()


# --- doubt about the question, put where the answer goes -------------------------------------------------
@pytest.mark.parametrize(
    "objective",
    [
        "Not sure what you want here - is it the same as the title? Can we go over it on Friday?",
        "No idea what goes here, will ask Priya on Monday.",
        "Q: Objective? A: Unsure what counts as an objective here. Will ask.",
        "What do you want here? Ask the tutor!",
        "not sure what to put, check with Sam",
        "Is this just the same as the title?? Sorry!",
    ],
)
def test_an_objective_that_only_doubts_the_question_is_missing(objective):
    assert "objective_missing" in codes_of(objective=objective)


@pytest.mark.parametrize(
    "metric",
    [
        "To ask at office hours: what counts here?",
        "Not sure what is meant here. To discuss with the tutor.",
        "what goes here?? will ask in class",
        "Can we go over this one on Thursday? Not sure what you want here.",
        "Dunno what you mean here, sorry.",
    ],
)
def test_a_metric_that_only_doubts_the_question_is_no_metric(metric):
    assert "objective_no_metric" in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "What counts here: chair hours lost to no-shows per month.",
        "Chair hours lost to no-shows per month (to check with the owner).",
        "Not sure what you want here, so: chair hours lost to no-shows per month.",
    ],
)
def test_a_metric_beside_a_doubt_stays(metric):
    assert codes_of(metric=metric) == set()


@pytest.mark.parametrize(
    "objective",
    [
        "Can we fill more chairs here on weekday mornings?",
        "Fewer empty chairs on weekday mornings - to discuss with the owner.",
        "Not sure whether the deposit or the reminder matters more, so fewer no-shows by testing both.",
        "Fewer no-shows; we talk about it at the staff meeting.",
        "Not sure what goes here? Raise the deposit so fewer chairs sit empty.",
    ],
)
def test_an_objective_with_an_aim_beside_a_doubt_stays(objective):
    assert "objective_missing" not in codes_of(objective=objective)


# --- the data left to the model to gather for itself -----------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        "The system will learn on the job.",
        "The AI figures it out over time.",
        "It learns as we go!",
        "We will let the model learn by itself. Thanks!",
        "The algorithm picks things up as it runs.",
        "Smile! The app learns on the fly.",
    ],
)
def test_data_left_to_the_model_to_learn_is_no_data(data):
    assert "no_data" in codes_of(data=data)


@pytest.mark.parametrize(
    "data",
    [
        "The model learns as it goes from the booking sheets we keep.",
        "Booking sheets. The model learns as it goes.",
        "Booking logs since 2022; the model is refit weekly as new bookings come in.",
        "The model learns from the deposit records over time.",
    ],
)
def test_data_that_names_a_record_beside_the_learning_stays(data):
    assert codes_of(data=data + _EXPERIMENT) == set()


# --- the model left to a tool that "does the heavy lifting" ----------------------------------------------
@pytest.mark.parametrize(
    "modeler",
    [
        "The vendor's AI does the heavy lifting.",
        "Our smart engine does all the hard work.",
        "- AI platform\n- it does the magic",
        "The new software will do the number crunching.",
        "The platform does the legwork, honestly!",
    ],
)
def test_a_model_named_only_by_the_work_it_spares_us_is_missing(modeler):
    assert "model_missing" in codes_of(modeler=modeler)


@pytest.mark.parametrize(
    "modeler",
    [
        "Predicts no-shows from the deposit and reminder time; the vendor's AI does the heavy lifting.",
        "The chance of a no-show given the deposit and the reminder time; the app does the number crunching.",
        "No-shows per booking estimated from deposit, reminder time and lead time; a boosted-tree model does "
        "the heavy lifting.",
    ],
)
def test_a_model_that_says_what_it_predicts_beside_the_heavy_lifting_stays(modeler):
    assert codes_of(modeler=modeler) == set()
