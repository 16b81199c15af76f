"""A study of the two objective codes before the sixty-third set was read: over the ten first looks before it,
`objective_missing` was caught once in ten and `objective_no_metric` once in ten. Both are tried here in the
orchard's packhouse in wordings of our own (a measure left for later however it is put; an objective that
describes the business, tells its story or names a method to try), with sound answers beside them."""

import pytest

from studyguide.worksheets.coaching.metric_unchosen import metric_unchosen
from tests.worksheets.orchard import orchard_codes


@pytest.mark.parametrize(
    "metric",
    [
        "Still to be worked out with the board.",
        "We'll know it when we see it.",
        "The trustees will settle on a measure next spring.",
        "We plan to look at how things go and pick something sensible later.",
        "No KPI yet. First we'll try it and listen to what the pickers say.",
        "Nothing settled. Maya and I will talk it through after harvest and choose then.",
        "To be agreed with the buyer.",
        "Not set yet.",
        "Pending - waiting on the co-op to tell us what they report.",
        "We'll decide that later once the new grader is in.",
    ],
)
def test_a_measure_left_for_later_is_no_metric(metric):
    assert metric_unchosen(metric)
    assert "objective_no_metric" in orchard_codes(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Crates rejected by the buyer; target still to be agreed with Maya.",
        "Fruit thrown away, which we'll start weighing in August.",
        "Buyer rejections for now, waste by weight once the scales arrive.",
        "Complaints from the buyer, which we'll discuss with Maya each month.",
        "Share of picked fruit thrown away.",
    ],
)
def test_a_count_named_first_stays_a_metric_whatever_is_left_for_later(metric):
    assert not metric_unchosen(metric)
    assert "objective_no_metric" not in orchard_codes(metric=metric)


@pytest.mark.parametrize(
    "objective",
    [
        "We are a family orchard in Kent with 40 acres of apples and pears and a packhouse we built in 2015; "
        "most of our fruit goes to two supermarkets and a juice maker.",
        "My grandmother planted the first Bramleys here in 1958 and we still pick the old rows by hand; the "
        "packhouse came when my brother took over.",
        "The packhouse was my dad's idea after the 1987 storm flattened half the old trees, and it has grown "
        "every year since.",
        "Three of us run the packhouse from August to October. Fruit comes in on trailers from six growers "
        "and leaves on pallets for the buyers' depots.",
        "Everything about how the fruit gets from the trees to the lorries.",
        "Looking at the packhouse with data.",
        "Use AI on our picking logs.",
        "We'd like to use machine learning on the cold-store logs.",
        "To try out the data science course on our own data.",
    ],
)
def test_an_objective_that_describes_tells_a_story_or_names_a_method_wants_nothing(objective):
    assert "objective_missing" in orchard_codes(objective=objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Fewer crates thrown away.",
        "Get more of each harvest to a buyer before it spoils.",
        "Since my dad built the packhouse in 1988 we have thrown away about one crate in twenty; I want that "
        "halved.",
        "Make the most of every harvest.",
        "Most of the crop sold, not binned.",
        "Use machine learning to cut what we throw away.",
        "Growers paid sooner, and less of their fruit wasted on the way.",
    ],
)
def test_an_objective_that_wants_a_change_is_left_alone(objective):
    assert "objective_missing" not in orchard_codes(objective=objective)
