"""What the eighth held-out set taught about feedback loops (tests/worksheets/holdout/eighth): a loop is a
consequence of our own decisions on what we later observe or learn, however it is said: the model "may come to
believe" something, a person we acted on "shows up in the records as" something they are not, we "stop
learning" about those we leave out. A refit is said of the model, not of a data column updated each visit;
"copy" the noun (the text of a message) is no one copying us. Pure: the rules alone, no model. Our own
wording, not the set's."""

import pytest

from tests.worksheets.test_coaching_evidence import codes_of

RENEWALS = dict(
    objective="Keep more allotment tenants from one year to the next.",
    metric="Share of plots renewed each autumn (now 76 %).",
    levers=["which tenants we phone before the renewal date", "whether we offer a half plot at a lower rent"],
    uncontrollables=["the tenants' health", "a wet summer"],
    data="Nine years of tenancy records. The chair phoned only the tenants she knew.",
    modeler="The chance a tenant renews given plot size, years held, the call and the offer.",
    simulator="If we phone the 40 least likely to renew, how many more renew?",
    optimizer="Choose whom we phone and who gets the half-plot offer to keep the most plots let.",
    baseline="A renewal form posted to everyone in September.",
    rollout="The chair checks the call list for the first year and can drop any name; then we widen it.",
    monitoring="The secretary counts renewals weekly in October.",
)


@pytest.mark.parametrize(
    "risks",
    [
        # the model "may come to" a wrong belief about the effect of our act
        "A new site opening across town is unlike our records. Tenants we phone and who stay on will seem "
        "keen later, and the model might then underrate what the phone call did.",
        "A new site opening across town is unlike our records. Anyone taking the half plot will dig less, "
        "and the model may read that as losing interest.",
        # "leads the model to", "looks to the model like"
        "A new site opening across town is unlike our records. Plots whose tenants we never ring may lapse "
        "for want of a reminder, which would look to the model like nobody wanted them.",
        "A new site opening across town is unlike our records. Tenants whom we ring and who renew look loyal "
        "afterwards, which can lead the model to think the call was never needed.",
        # the person acted on recorded under another name
        "A new site opening across town is unlike our records. Tenants who are called and then renew will "
        "show up in next year's records as safe renewals.",
        # we stop learning about the ones we leave out
        "A new site opening across town is unlike our records. The chair only rings the likely leavers, so "
        "we stop learning about everyone else.",
    ],
)
def test_a_loop_said_in_other_words_is_credited(risks):
    assert "no_feedback_loop" not in codes_of(**RENEWALS, risks=risks)


def test_a_plan_that_names_no_loop_is_asked_about_one():
    risks = "A new site opening across town is unlike our records. A hosepipe ban would change everything."
    assert "no_feedback_loop" in codes_of(**RENEWALS, risks=risks)


def test_a_message_text_called_copy_is_not_people_copying_us():
    risks = "A new site opening across town is unlike our records. A hosepipe ban would change everything."
    got = codes_of(**RENEWALS, risks=risks, constraints="At most two calls a year; friendly copy only.")
    assert "no_feedback_loop" in got


ROUTES = dict(
    objective="Service every fire extinguisher before its due date with fewer miles.",
    metric="Share of extinguishers serviced before due (now 81 %); miles per visit.",
    levers=["which sites each engineer visits on which day", "the order of sites in a day"],
    uncontrollables=["traffic", "sites closed without notice"],
    data="Four years of service sheets and van trackers. Counts of units per site are updated each visit.",
    modeler="Time on site from the unit count, and travel time by hour of day.",
    simulator="If we group the town-centre sites on Tuesdays, how many miles are saved?",
    optimizer="Builds each engineer's week to service the most units before due with the fewest miles.",
    baseline="The office's hand-made weekly routes.",
    rollout="Two engineers for a month; the office can swap any site; then all six.",
    monitoring="On-time share and miles checked every Friday by the office.",
    risks="A big new hospital contract with far more units than any site in our sheets.",
)


def test_a_data_column_updated_each_visit_is_no_model_refit():
    assert "no_feedback_loop" not in codes_of(**ROUTES)


def test_a_model_refitted_each_week_on_its_own_choices_needs_a_loop():
    modeler = "Time on site from the unit count; the model is retrained every week on the routes it chose."
    assert "no_feedback_loop" in codes_of(**{**ROUTES, "modeler": modeler})


HEDGES = dict(
    objective="Thicker, healthier hedges for the estates we look after.",
    metric="Share of hedges with no gaps at the spring survey (now 60 %).",
    levers=[
        "whether a hedge is cut in late summer or in winter",
        "whether I advise the owner to keep sheep off the hedge bank",
    ],
    uncontrollables=["frost", "deer"],
    data="Five years of survey notes; cutting month was tried on halves of ten hedges picked by a coin.",
    modeler="Gaps at the spring survey for each hedge, given soil, frost and the cutting month.",
    simulator="If all the hawthorn is cut in winter, how many fewer gaps?",
    optimizer="Chooses the cutting month for each hedge to close the most gaps within my days.",
    baseline="Everything cut in late summer, as now.",
    rollout="Ten hedges first, then half, then all; always my call.",
    monitoring="I survey gaps every spring.",
    risks="A drought year worse than any in my notes.",
)


def test_advice_given_beside_the_model_feeds_nothing_back_into_what_it_learns():
    assert "no_feedback_loop" not in codes_of(**HEDGES)


def test_the_same_advice_chosen_by_the_optimizer_can_loop_back():
    optimizer = "Chooses the cutting month and whom I advise about sheep, to close the most gaps."
    assert "no_feedback_loop" in codes_of(**{**HEDGES, "optimizer": optimizer})
