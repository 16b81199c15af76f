"""``unclefted``: "What S AUX do is V" reads as the plain clause "S AUX V"; other "what" clauses stay."""

from quiz.grading.clefts import unclefted


def test_a_cleft_becomes_the_plain_clause():
    assert unclefted("It writes well. What it can't do is promise that a claim is true.") == (
        "It writes well. It can't promise that a claim is true."
    )
    assert (
        unclefted("Fluent, but what they cannot do is check facts") == "Fluent, but they cannot check facts"
    )


def test_other_what_clauses_are_left_alone():
    for text in (
        "I know what it can do is limited",
        "What the model does is predict",
        "What you need to do is fix the seed",
        "It predicts what users like.",
        "",
    ):
        assert unclefted(text) == text
