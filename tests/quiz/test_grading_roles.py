"""``roles``: which role a verb is given, for the role pairs a key names."""

from quiz.grading.roles import ROLE_PAIRS, pairs_for_text, swapped_roles

SPLIT, PERSON, DRIFT, PROCESSOR = ROLE_PAIRS


def test_a_pair_is_checked_only_where_the_key_names_both_roles():
    assert pairs_for_text("Divide the items between the training set and the validation set.") == [SPLIT]
    assert pairs_for_text("Pass a fixed seed to the splitter.") == []


def test_a_swapped_split_is_found():
    assert swapped_roles(
        "Keep a validation set that the model trains on and a training set to check it.", [SPLIT]
    )
    assert swapped_roles(
        "It holds the validation data for training and the training data for validation.", [SPLIT]
    )


def test_the_right_split_in_several_wordings_is_not():
    for text in (
        "Items go into a training set, used to fit the model, and a validation set, used to check it.",
        "A validation set for checking a model trained on the training set.",
        "The model trains on the training set and is checked on the validation set.",
        "The validation set is never used for training.",
    ):
        assert not swapped_roles(text, [SPLIT]), text


def test_who_decides():
    assert swapped_roles(
        "A person sorts and flags the cases, and the model then makes the final decision.", [PERSON]
    )
    for text in (
        "Let the model flag and rank the cases, and have a doctor make the final decision.",
        "The model's output is checked by a human, who decides.",
        "The model should not make the final decision.",
    ):
        assert not swapped_roles(text, [PERSON]), text


def test_which_data_drifts():
    assert swapped_roles(
        "The training data changes over time while the production data stays the same.", [DRIFT]
    )
    assert not swapped_roles(
        "The production data changes over time while the training data stays the same.", [DRIFT]
    )


def test_the_cheap_processor_given_to_the_gpu_is_swapped():
    assert swapped_roles(
        "Predictions come one at a time, so a GPU is always cheaper and simpler.", [PROCESSOR]
    )
    assert swapped_roles("A CPU is better for many requests in batches.", [PROCESSOR])
    for text in (
        "A CPU is cheaper than a GPU, and a GPU is better for many requests.",
        "A GPU is wasted when requests come one at a time; a CPU costs less.",
        "GPUs are more expensive than CPUs, which are cheaper to run.",
        "A GPU is not cheaper.",
    ):
        assert not swapped_roles(text, [PROCESSOR]), text


def test_a_relative_clause_gives_its_verb_to_the_noun_before_its_comma():
    assert swapped_roles(
        "It stores the validation set, which the model is trained on, and the training set, which is used "
        "to measure accuracy.",
        [SPLIT],
    )
    assert swapped_roles("The model, which makes the final decision, and a person.", [PERSON])
    for text in (
        "It holds the training set, which the model is trained on, and the validation set, which is used "
        "to measure accuracy.",
        "The validation set, which the model never trains on, checks it.",
        "A person, who makes the final call, and the model, which flags the cases.",
    ):
        assert not swapped_roles(text, [SPLIT, PERSON]), text


def test_an_adverb_between_the_verb_and_its_complement_keeps_the_role():
    assert swapped_roles("The model changes while the data it receives stays exactly the same.", [DRIFT])
    assert not swapped_roles("The data the model receives changes slowly over time.", [DRIFT])


def test_a_processor_named_alone_in_the_other_ones_situation_is_swapped():
    assert swapped_roles("For a single user one image at a time you'd want a GPU.", [PROCESSOR])
    # (within one clause: a comma between the situation and the role splits them, and this rule misses it)
    assert swapped_roles("With thousands of batched requests a CPU is the better choice.", [PROCESSOR])
    for text in (
        "For one image at a time a CPU is fine, and with thousands of batched requests a GPU pays off.",
        "A GPU is wasted when requests come one at a time.",
        "A GPU is not worth it for a single user.",
        "A CPU handles one request at a time; a GPU needs batches.",
        # "before batching" says when the step runs, not that traffic comes in batches
        "item_tfms run on each image on the CPU before batching.",
    ):
        assert not swapped_roles(text, [PROCESSOR]), text
