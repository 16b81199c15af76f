"""``speak_of_addressee``: an answer spoken to the thing it is about reads as a statement about that thing."""

from quiz.grading.addressed import speak_of_addressee


def test_an_address_becomes_the_subject_and_you_becomes_it():
    assert speak_of_addressee("You, the model, are retrained when your data drifts.") == (
        "The model is retrained when its data drifts."
    )


def test_a_bare_common_noun_takes_the_article_and_a_code_name_keeps_its_form():
    # only be, have and do are made to agree: the embeddings read "decide" and "decides" alike
    assert (
        speak_of_addressee("You, splitter, decide what you hold back.")
        == "The splitter decide what it hold back."
    )
    assert speak_of_addressee("You, item_tfms, work on one item.").startswith("item_tfms work")


def test_each_address_holds_until_the_next_one():
    text = "You, item_tfms, run on the CPU. You, batch_tfms, run on the GPU."
    assert speak_of_addressee(text) == "item_tfms run on the CPU. batch_tfms run on the GPU."


def test_a_generic_you_or_an_aside_is_left_as_it_is():
    for text in (
        "You fix the seed so that you get the same split.",
        "You, however, must fix the seed.",
        "If you, of course, want the same split, fix the seed.",
        "You, as the developer, fix your seed.",
        "",
    ):
        assert speak_of_addressee(text) == text
