"""``spelled_out``: texting shorthands become the words they stand for; code and list numbers stay."""

from quiz.grading.texting import spelled_out


def test_shorthands_become_words():
    assert spelled_out("1 pic at a time, what u'd like, ppl w/ phones") == (
        "one picture at a time, what you'd like, people with phones"
    )


def test_a_numbered_list_code_and_plain_words_are_left_alone():
    for text in (
        "1 manual 2 limited scope 3 gradual expansion",
        "seed=42, valid_pct=0.1, 1.5 times",
        "the user picks a picture; u-net, you, your",
        "",
    ):
        assert spelled_out(text) == text
