"""What the tenth held-out set taught about oversight in a rollout (tests/worksheets/holdout/tenth): a denial
reaches the noun of an act as well as its verb ("no provision for intervention by the staff"), and a look in
the passive ("the takings, reviewed at the monthly meeting") names what it reads before the verb, so it
watches results and puts nobody in charge. Pure: the rules alone, no model. Our own wording, not the set's."""

from studyguide.worksheets.coaching.rollout import oversight_denied_in, watches_results_only
from tests.worksheets.test_coaching_evidence import codes_of


def test_a_denied_intervention_is_denied_oversight():
    assert oversight_denied_in("no provision for intervention by the site staff has been made")
    assert not oversight_denied_in("the site staff may intervene at any time")


def test_a_passive_look_at_results_only_watches_them():
    assert watches_results_only("Chart of loans and late returns per branch, reviewed at the board meeting.")
    # the passive look at the system's proposal before it is used is oversight, not a look at results
    assert not watches_results_only("Each proposed route, checked by the depot lead before the vans leave.")


def test_a_rollout_that_rules_out_intervention_is_noted():
    rollout = (
        "The rota is used first in two branches and then, after a month, in all of them. From then on the "
        "shifts are set by the system; there is no provision for intervention by the branch leads."
    )
    monitoring = "Sales and overtime per branch, reviewed at the quarterly board meeting."
    assert "rollout_no_human_oversight" in codes_of(rollout=rollout, monitoring=monitoring)
