"""``outbursts``: venting and verse line breaks around a right answer are set aside before grading."""

from quiz.grading.outbursts import without_outbursts


def test_verse_line_breaks_are_read_as_running_text():
    assert without_outbursts("Crop cuts the edges, / pad adds bars.") == "Crop cuts the edges, pad adds bars."


def test_a_slash_inside_a_word_pair_is_no_verse_break():
    assert without_outbursts("Split train/valid and/or test.") == "Split train/valid and/or test."


def test_interjections_summing_up_and_crowd_complaints_are_dropped():
    text = "Ugh, it needs the internet!! That's the harm. Why does everyone forget this?!"
    assert without_outbursts(text) == "it needs the internet!"


def test_a_summing_up_with_more_than_one_noun_is_kept():
    text = "It holds two loaders. That's fastai's DataLoaders."
    assert without_outbursts(text) == text


def test_venting_alone_is_left_for_the_rules():
    assert without_outbursts("Argh!!") == "Argh!!"


def test_plain_answers_are_unchanged():
    text = "Inference: using a trained model to predict. Not training."
    assert without_outbursts(text) is text
