"""Meaning over keywords, pure (a fake embedder): negation scope, statements vs salads and echoes, terse
answers, misconceptions a clause denies, ceilings, and the score agreeing with the level."""

import pytest

from quiz import grading
from quiz.grading import GraderModel, ItemKey, KeyPoint, Misconception, assess, finalize, grade
from quiz.grading.clauses import has_pile, make_phrase, match_phrase, unit_words
from quiz.grading.levels import level_for_cutoffs
from quiz.grading.negation import negation_map, polarity
from quiz.grading.text import clean_answer, split_units

from .test_grading import BagEmbedder


def depths(text: str) -> dict[str, int]:
    return {w.word: w.depth for w in negation_map(text).words if not w.cue}


@pytest.mark.parametrize(
    ("text", "negated", "affirmed"),
    [
        ("a table of counts, not a single metric", {"single", "metric"}, {"table", "counts"}),
        ("It saves not only the model but also the transforms.", {"only"}, {"model", "transforms"}),
        # a negated verb of getting away affirms what is not escaped
        ("Users can't avoid the round-trip delay.", {"avoid"}, {"users", "round", "trip", "delay"}),
        ("you cannot escape the cost of running servers", {"escape"}, {"cost", "servers"}),
        (
            "It is not true that a GPU is cheaper, faster and simpler. But CPUs are fine.",
            {"gpu", "simpler"},
            {"cpus"},
        ),
        ("It recommends what you like, rather than what helps you.", {"helps"}, {"like"}),
        ("Instead of a GPU, use a CPU.", {"gpu"}, {"cpu", "use"}),
        ("x is not the independent variable", {"x", "independent"}, set()),
        ("The model learns shapes and does not memorise photos", {"memorise", "photos"}, {"model", "shapes"}),
        ("Data that the model has not seen", {"seen", "model"}, {"data"}),
        ("The model has not seen it and shows overfitting.", {"seen"}, {"overfitting"}),
        ("It does not save the weights and the data.", {"weights", "data"}, set()),
        ("If there are no night images in training, it fails.", set(), {"night", "images", "fails"}),
        ("A model without human checks is risky", {"human", "checks"}, {"risky"}),
        (
            "They can't be trusted for facts.\nNight photos are hard",
            {"trusted", "facts"},
            {"night", "photos"},
        ),
        (
            "It never suggests items the user already knows or would buy anyway.",
            {"knows", "buy", "anyway"},
            set(),
        ),
        ("It is not saved or it is lost.", {"saved"}, {"lost"}),
        (
            "Contrary to what people say, it is not data that differs from the training data.",
            {"differs", "training"},
            {"people", "say"},
        ),
        # a negated verb in a clause embedded after the main verb with no connective denies its own short
        # subject, not what the main clause says
        (
            "The aim is to drive extra sales from things people wouldn't have found.",
            {"people", "things", "found"},
            {"aim", "drive", "extra", "sales"},
        ),
        ("The problem is the model doesn't generalise.", {"model", "generalise"}, {"problem"}),
    ],
)
def test_negation_scope(text, negated, affirmed):
    d = depths(text)
    assert all(d[w] % 2 for w in negated), d
    assert all(d[w] == 0 for w in affirmed), d


def test_outer_negation_runs_to_the_end_of_its_sentence_past_abbreviations():
    text = "It is not true that blocks, e.g. ImageBlock, are needed. Splitters are."
    units = split_units(clean_answer(text))
    ends = tuple(u.end for u in units if u.kind == "sentence")
    d = {w.word: w.depth for w in negation_map(text, ends).words}
    assert d["imageblock"] == 1 and d["needed"] == 1 and d["splitters"] == 0


def test_a_phrasing_carries_its_own_polarity():
    assert (
        polarity("not trained on") == 1
        and polarity("trained on") == 0
        and polarity("rather than useful") == 1
    )

    def match(phrase: str, text: str):
        uw = unit_words(text, split_units(text), frozenset())[0]
        return match_phrase(make_phrase(phrase, frozenset()), uw)

    assert match("not trained on", "data it was never trained on").negated is False
    assert match("trained on", "data it was never trained on").negated is True
    assert match("not trained on", "it is not true that it was not trained on").negated is True
    assert (
        match("what users like rather than what helps", "what users like instead of what helps").recall == 1.0
    )


def test_question_words_are_optional_in_a_phrasing_but_never_enough():
    q = frozenset(grading.content_stems("Which letters stand for the independent variable?"))

    def recall(phrase: str, text: str) -> float:
        uw = unit_words(text, split_units(text), q)[0]
        return match_phrase(make_phrase(phrase, q), uw).recall

    assert recall("x is independent", "x") == 1.0
    assert recall("x is independent", "the independent one") < 0.35


def mean_model(**kw) -> GraderModel:
    names = grading.FEATURE_NAMES
    return GraderModel(
        feature_names=names,
        coef=tuple(1.0 if n == "kp_mean" else 0.0 for n in names),
        intercept=0.0,
        cutoffs=(0.4, 0.8),
        **kw,
    )


KEY = ItemKey(
    item_id="t-letters",
    question="Which letters are used for the independent and the dependent variable?",
    reference_answer="The independent variable, the input, is x. The dependent variable, the target, is y.",
    key_points=(
        KeyPoint("The input's letter", "x names the input.", ("x is independent", "x for the input")),
        KeyPoint("The target's letter", "y names the target.", ("y is dependent", "y for the target")),
    ),
    misconceptions=(
        Misconception(
            "y is the input and x the target",
            "It is the other way round.",
            patterns=(r"\by\b[^.;,\n]{0,20}\b(?:independent|input)\b",),
            penalty=1.0,
        ),
    ),
    credit_key_points=True,
)
CUTS = (0.4, 0.8)


@pytest.fixture
def emb():
    return BagEmbedder()


def test_a_terse_answer_states_both_points(emb):
    res = grade("x and y", KEY, emb, mean_model(), cutoffs=CUTS)
    assert [p.status for p in res.points] == ["covered", "covered"] and res.level == "correct"


@pytest.mark.parametrize(
    "answer",
    [
        "It is not true that x is the independent variable. It is not true that y is the dependent variable.",
        "x is not the independent variable, and y is not the dependent one.",
        "independent dependent variable letters x y input target names convention",  # a keyword salad
        "The letters used for the independent and the dependent variable.",  # the question echoed back
        "y is the independent variable and x is the dependent variable.",  # swapped: the pattern
    ],
)
def test_answers_that_state_nothing_right_are_not_correct(emb, answer):
    assert grade(answer, KEY, emb, mean_model(), cutoffs=CUTS).level != "correct"


def test_a_negated_pattern_is_no_misconception(emb):
    res = grade(
        "It is not true that y is the input. x is independent, y is dependent.", KEY, emb, mean_model()
    )
    assert res.misconceptions == []


def test_a_misconception_caps_the_level_and_the_score_stays_in_its_band(emb):
    a = assess("x is independent and y is dependent; also y is the input.", KEY, emb, mean_model())
    assert a.ceiling == "partial"
    res = finalize(a, KEY, CUTS)
    assert res.level != "correct" and res.score < CUTS[1] and res.ceiling_reasons
    assert level_for_cutoffs(res.score, res.cutoffs) == res.level


def test_many_unsupported_claims_cap_a_right_answer_at_partial(emb):
    right = "x is independent, y is dependent."
    buried = (
        "Bears hibernate in winter caves. Penguins cannot fly over mountains. Rivers carry gravel to deltas. "
        + right
        + " Volcanoes erupt lava from chambers. Tea leaves grow on hills."
    )
    assert grade(right, KEY, emb, mean_model(), cutoffs=CUTS).level == "correct"
    res = grade(buried, KEY, emb, mean_model(), cutoffs=CUTS)
    assert res.level == "partial" and any("supported" in r for r in res.ceiling_reasons)


def test_the_level_always_agrees_with_the_score_and_its_cutoffs(emb):
    for text in ["x and y", "y is the input", "bananas", "x is independent", ""]:
        res = grade(text, KEY, emb, mean_model(), cutoffs=CUTS)
        assert res.cutoffs == CUTS and level_for_cutoffs(res.score, res.cutoffs) == res.level


def test_shipped_cutoffs_are_used_for_course_keys_only(tmp_path):
    import json

    from quiz.grading.calibration import cutoffs_for, load_shipped_cutoffs

    path = tmp_path / "cut.json"
    path.write_text(
        json.dumps({"default": [0.3, 0.7], "items": {"t-letters": {"cutoffs": [0.2, 0.9], "key": "x"}}})
    )
    shipped = load_shipped_cutoffs(path)
    model = mean_model()
    assert cutoffs_for(KEY, model, shipped) == (0.2, 0.9)
    other = ItemKey(**{**KEY.__dict__, "item_id": "t-other"})
    assert cutoffs_for(other, model, shipped) == (0.3, 0.7)
    mohler = ItemKey(**{**KEY.__dict__, "credit_key_points": False})
    assert cutoffs_for(mohler, model, shipped) == model.cutoffs
    with pytest.raises(ValueError):
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps({"default": [0.9, 0.2]}))
        load_shipped_cutoffs(bad)


@pytest.mark.parametrize(
    ("element", "pile"),
    [
        # prepositions link a noun to a noun, not a subject to a predicate: still a pile
        ("out of domain data training different model production images", True),
        ("input drift data change over time production training distribution", True),
        ("bear camera photos night video frames", True),
        # a word that builds a clause, or short noun compounds, make it a statement or a note
        ("the data the model sees changes over time", False),
        ("good reporting systems needed", False),
        ("Columns containing natural language", False),
        ("x for inputs aka independent variables and y for outputs aka dependent variables", False),
        ("Tabular models never need validation sets", False),
        ("daylight images in training vs night images in production", False),
        # notes joined by symbols: "=" reads as "is", "+" as "and"
        ("export.pkl = architecture + trained weights + DataLoaders recipe", False),
        ("export pkl architecture trained weights dataloaders recipe", True),
    ],
)
def test_a_pile_of_content_words_with_no_clause_word_is_no_statement(element, pile):
    assert has_pile(element) is pile


SHIFT = ItemKey(
    item_id="t-shift",
    question="What is drift?",
    reference_answer="The data a deployed model receives changes over time.",
    key_points=(KeyPoint("What changes", "The inputs change over time.", ("data changes over time",)),),
    credit_key_points=True,
)


def test_a_salad_with_a_preposition_covers_no_point(emb):
    salad = "input drift data changes over time production training distribution"
    res = grade(salad, SHIFT, emb, mean_model())
    assert res.points[0].status == "missing" and res.level != "correct"


WORD = ItemKey(
    item_id="t-word",
    question="What is running a trained model on new inputs called?",
    reference_answer="Inference.",
    key_points=(KeyPoint("The name", "This use of a model is named inference.", ("inference",)),),
    credit_key_points=True,
)


def test_denying_the_keys_own_word_is_incorrect_however_alike_the_rest_sounds(emb):
    res = grade("Not inference, this use of a model is named fitting.", WORD, emb, mean_model(), cutoffs=CUTS)
    assert res.points[0].status == "missing"
    assert res.level == "incorrect" and any("denies" in r for r in res.ceiling_reasons)
    assert grade("Inference, not fitting.", WORD, emb, mean_model(), cutoffs=CUTS).level == "correct"


def _strict_match(phrasing: str, answer: str):
    uws = unit_words(answer, split_units(answer), frozenset())
    phrase = make_phrase(phrasing, frozenset())
    return max((match_phrase(phrase, uw, strict=True) for uw in uws), key=lambda m: (m.recall, m.compact))


@pytest.mark.parametrize(
    "answer",
    [
        "It is better not to use certain augmentations when they change the label.",
        "Do not use some transforms, such as flips, on digits.",
        # a demonstrative points back at the cases just named
        "If the flip turns a 6 into a 9, don't use that augmentation.",
    ],
)
def test_an_absolute_misconception_is_not_stated_by_a_claim_about_some_cases(answer):
    # "never use augmentation" is a wrong belief; avoiding certain augmentations is the right answer
    match = _strict_match("never use augmentation", answer)
    assert not (match.recall == 1.0 and match.compact)


def test_an_absolute_misconception_is_not_stated_by_a_restrictive_relative_clause():
    # "don't use augmentations that change the label" avoids some of them, not all
    match = _strict_match("never use augmentation", "Don't use augmentations that change the label.")
    assert not (match.recall == 1.0 and match.compact)


def test_an_absolute_misconception_is_still_stated_outright():
    match = _strict_match("never use augmentation", "You should never use augmentation on photos.")
    assert match.recall == 1.0 and match.compact and not match.negated
    # a relative "that" restricts nothing: only a demonstrative before a matched word does
    match = _strict_match(
        "data the model has never seen before", "Data that the model has never seen before."
    )
    assert match.recall == 1.0 and match.compact


@pytest.mark.parametrize(
    ("text", "denied", "kept"),
    [
        # degree words deny as "not" does, subject included after a verb
        ("Overfitting is hardly a problem here.", ["overfitting", "problem"], []),
        ("The model barely generalises to drawings.", ["generalises", "drawings"], []),
        # "is far from X" and "is the opposite of X" deny X and what the clause says of its subject
        ("Fixing the seed is far from the answer.", ["seed", "answer"], []),
        ("A splitter is the opposite of a random shuffle.", ["splitter", "shuffle"], []),
        # a belief reported as wrong is denied up to its clause's end
        ("People wrongly think x is the target, but y is.", ["target"], ["but"]),
        ("It's a common mistake to say the seed changes the split.", ["seed", "split"], []),
    ],
)
def test_more_ways_of_denying(text, denied, kept):
    found = depths(text)
    assert all(found[w] % 2 == 1 for w in denied), found
    assert all(found[w] == 0 for w in kept), found


def test_far_from_a_place_denies_nothing():
    assert all(depth == 0 for depth in depths("The camera sits far from the trail.").values())
    assert all(depth == 0 for depth in depths("Far from the trail, the camera sits.").values())


def test_a_sentence_opening_far_from_and_an_ing_form_denies_that_phrase_only():
    found = depths(
        "Far from helping with rare classes, a fixed seed hides them. Far from adding noise, it helps."
    )
    assert all(found[w] % 2 == 1 for w in ("helping", "rare", "classes", "adding", "noise")), found
    assert all(found[w] == 0 for w in ("fixed", "seed", "hides", "helps")), found


@pytest.mark.parametrize(
    ("text", "denied", "kept"),
    [
        # a short subject and its own verb after "and" / "or" start a clause the first cue does not reach
        ("x is not the input and y is the output", ["input"], ["output"]),
        ("The split is not random or the seed is fixed.", ["random"], ["fixed"]),
        # ... and a second negated clause is denied once, not twice (no double negation across "and")
        (
            "x is not the independent variable and y is not the dependent one",
            ["independent", "dependent"],
            [],
        ),
        ("the data is split and the model would not be trained", ["model", "trained"], ["data", "split"]),
        # "there is no N where / in which P" denies P: the relative clause is what does not exist
        ("There is no situation where you should avoid an augmentation.", ["avoid", "augmentation"], []),
        ("There's no case in which the seed matters.", ["seed", "matters"], []),
    ],
)
def test_negation_stops_at_a_new_clause_and_reaches_into_a_denied_relative_clause(text, denied, kept):
    found = depths(text)
    assert all(found[w] % 2 == 1 for w in denied), found
    assert all(found[w] == 0 for w in kept), found


def test_a_dependent_clause_after_and_stays_under_the_cue():
    found = depths("It is not about the model and how it is trained.")
    assert found["trained"] % 2 == 1, found
    # a relative clause after a plain "no" (not "there is no") still ends the scope
    assert depths("It has no labels where the photos come from the web.")["photos"] == 0


@pytest.mark.parametrize(
    ("text", "denied", "kept"),
    [
        # a dialect's double negative denies once: the second cue repeats the first's denial
        ("you dont need no human checking", ["human", "checking"], []),
        ("It don't have nothing to do with flips.", ["flips"], []),
        ("The split is not random nor shuffled.", ["random", "shuffled"], []),
        # ... but "with no X" is a noun phrase and "not nothing" a litotes: both keep their own scope
        ("You can't train a model with no data.", ["train"], []),
        # "it's far from X": the contraction stands for the verb
        ("It's far from being a container for loaders.", ["container", "loaders"], []),
        # a belief the writer gave up is denied whole, relative clauses included, up to ", but"
        (
            "I used to think the text which sounds right is wrong, but that's a mistake; y is.",
            ["text", "sounds", "right"],
            ["mistake", "y"],
        ),
    ],
)
def test_double_negatives_and_beliefs_given_up(text, denied, kept):
    found = depths(text)
    assert all(found[w] % 2 == 1 for w in denied), found
    assert all(found[w] == 0 for w in kept), found


def test_a_negative_after_with_or_not_keeps_its_own_scope():
    assert depths("You can't train a model with no data.")["data"] % 2 == 0
    assert depths("A seed is not no help.")["help"] == 2
