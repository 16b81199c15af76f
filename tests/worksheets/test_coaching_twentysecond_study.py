"""Study 55 (twenty-second set, rollout / oversight / objective / lever data side): each rule on sentences of
our own, both ways, so a rule that fits only the plan it came from would show here."""

from studyguide.worksheets.coaching.lexicon import GRADUAL_WORDS
from studyguide.worksheets.coaching.placeholders import asks_back
from studyguide.worksheets.coaching.rollout import watches_results_only
from studyguide.worksheets.coaching.text import has_any
from studyguide.worksheets.coaching.variation import lever_never_varied


def test_a_question_put_back_is_no_objective():
    subject = "Covers per evening; tables turned away\nmenu price\nopening hours"
    assert asks_back("Ooh, where do I start, love?", subject)
    assert asks_back("Hmm, what do you want me to say here?", subject)
    # a question that asks for a change, or names what the plan measures or sets, states the objective
    assert not asks_back("More people eating with us?", subject)
    assert not asks_back("Can we stop turning tables away?", subject)
    assert not asks_back("Where do I start? Full tables every evening and a fair price.", subject)
    assert not asks_back("Where do we start with fixing the evenings at our place, the whole thing?", subject)


def test_a_person_able_to_change_what_it_proposes_is_in_charge():
    assert not watches_results_only("Two weeks with Ana checking each day's list and able to change it.")
    assert not watches_results_only("The warden reads every week's rota and can still alter them.")
    # the ability denied, or a look at results alone, puts nobody in charge
    assert watches_results_only("Ana checks the figures each week but is not able to change it.")
    assert watches_results_only("Ana checks the figures each week; she can't change it.")
    assert watches_results_only("Ana checks the takings every month.")


def test_a_date_and_at_once_are_no_stages():
    assert not has_any("On the first of May every shop moves to the new prices all at once.", GRADUAL_WORDS)
    assert not has_any("From the first of March the whole fleet changes at once.", GRADUAL_WORDS)
    assert has_any("First the Leeds shop; once it works, the others.", GRADUAL_WORDS)
    assert has_any("First one van for a month, then the rest when the figures hold.", GRADUAL_WORDS)


def test_a_setting_held_in_every_season_of_the_records_was_never_varied():
    assert lever_never_varied("Sales for 8 years; the price has been 4 pounds in every one of them.")
    assert lever_never_varied("The hall fee has stayed at 30 in each of the seasons we kept.")
    assert not lever_never_varied("Prices have been different in each of the shops.")
    assert not lever_never_varied("Sales for 8 years, at prices from 3 to 5 pounds.")
