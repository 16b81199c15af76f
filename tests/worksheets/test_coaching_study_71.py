"""The seventy-first set's misses, each read for its general cause after its first look and tested in the
orchard's packhouse in wordings of our own, with sound answers beside them."""

from studyguide.worksheets.coaching.records_none import no_records_kept
from tests.worksheets.orchard import orchard_codes, orchard_findings


def test_a_model_left_until_we_know_what_is_needed_is_no_model():
    assert "model_missing" in orchard_codes(
        modeler="Model to be sorted once we know what's needed - ask Maya."
    )
    assert "model_missing" not in orchard_codes(
        modeler="Tonnes wasted per week, from the crates sent straight on and the frost dates; refitted once "
        "we know the new variety's yields."
    )


def test_honestly_no_risk_comes_to_mind_is_no_risks():
    assert "no_risks" in orchard_codes(risks="Honestly can't think of anything that could go wrong.")


def test_records_out_of_reach_or_deterring_are_no_data():
    assert no_records_kept(
        "Item 6: the packhouse has no records. Scales send weights to each grower's own app, which we can't "
        "see, and the sign-up sheet was thrown away."
    )
    assert no_records_kept("Item 7: none planned. Growers felt weighing every crate would put people off.")
    assert not no_records_kept("Scales send weights to our own app, which we check daily.")
    assert not no_records_kept("Item 6: five seasons of picking logs.")


def test_a_sense_of_how_things_seem_to_be_going_is_no_number():
    metric = "Item 2. Measure: whether the pickers seem to be going well, from Maya's sense of it."
    assert "metric_no_number" in orchard_codes(metric=metric)
    assert "metric_no_number" not in orchard_codes(
        metric="Item 2. Tonnes thrown away per season (41 of 900)."
    )


def test_the_records_a_model_is_trained_on_are_no_input():
    unread = "Tonnes wasted per week from frost dates and the buyer's order, trained on five seasons of logs."
    assert "model_no_lever" in orchard_findings(modeler=unread)
    read = "Tonnes wasted per week from the crates sent straight on and frost dates, trained on the logs."
    assert "model_no_lever" not in orchard_findings(modeler=read)
