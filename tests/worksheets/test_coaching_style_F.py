"""The same plan written without its sentence full stops (hurried notes) gets the same notes as with them: the
full stops a student left out where a sentence plainly ends are written back where the answer is read
(``coaching.full_stops``, ``plan.answers_only``)."""

from __future__ import annotations

import re

import pytest

from studyguide.worksheets.coaching.full_stops import common_words, with_full_stops

from .test_coaching_evidence import codes_of


def _without_full_stops(text: str) -> str:
    return re.sub(r"\.(\s|$)", r"\1", text).strip()


BAKERY_OBJECTIVE = (
    "I want more cakes finished on the day the customer asked for, and fewer days where the oven stands idle."
)

PLAN_BOXES = [
    # stages by month: merged, "October: one artist's diary ... Next spring all four artists" read as one
    # stage with everything in it
    dict(
        rollout="March: the forecast sits beside Mia's own bookings. April: one artist's diary booked with "
        "its help, Mia can change any slot. Next spring all four artists, if the owner agrees; she can "
        "stop it."
    ),
    # the check that stops after the first month: merged, "From the second month ... left as set" no longer
    # stood alone
    dict(
        monitoring="During the first month Mia checks the bookings each evening and sends the owner a weekly "
        "note. From the second month the deposits are left as set; the booking app runs on them."
    ),
    # four familiar risks (staff, money, wear) and no new kind of client: merged into one item, the list was
    # too short to read as all familiar
    dict(
        risks="Risk 1: the autoclave breaks down and a day is lost. Risk 2: staff sickness means nobody "
        "answers the phone. Risk 3: the landlord raises the rent. Risk 4: a power cut stops the machines."
    ),
    # numbered familiar risks: "... in the summer 14.2 A burst pipe" merged the items
    dict(
        risks="14.1 A needle supplier going bust in the summer. 14.2 A burst pipe in the back room. 14.3 "
        "Losing our best artist to a rival studio. 14.4 The landlord raising the rent."
    ),
    # the same list unnumbered: "in the busy season A burst pipe" is a new item
    dict(
        risks="The autoclave breaking down in the busy season. A burst pipe in the back room. A needle "
        "supplier going bust. Losing our best artist to a rival studio."
    ),
    # two measures of the objective: merged, "last year Oven stoppages" read as something else counted
    dict(
        objective=BAKERY_OBJECTIVE,
        metric="Cakes handed over on or before the promised day: 64% of 480 last year. Oven stoppages: 21 "
        "half-days in 2025.",
    ),
]


@pytest.mark.parametrize("boxes", PLAN_BOXES)
def test_a_box_without_its_full_stops_gets_the_notes_of_the_box_with_them(boxes):
    hurried = {key: _without_full_stops(text) for key, text in boxes.items()}
    assert hurried != boxes
    assert codes_of(**hurried) == codes_of(**boxes)


def test_the_plain_boxes_still_get_their_notes():
    # (so the test above compares notes, not two silences)
    assert "rollout_not_gradual" not in codes_of(**PLAN_BOXES[0])
    assert "no_monitoring" in codes_of(**PLAN_BOXES[1])
    assert "no_ood_risk" in codes_of(**PLAN_BOXES[2])
    assert "no_ood_risk" in codes_of(**PLAN_BOXES[3])
    assert "no_ood_risk" in codes_of(**PLAN_BOXES[4])
    assert "metric_proxy" not in codes_of(**PLAN_BOXES[5])


@pytest.mark.parametrize(
    "text, read",
    [
        (
            "First 8 weeks fair stock only Jo can change anything Then everything",
            "First 8 weeks fair stock only Jo can change anything. Then everything",
        ),
        ("from 1 May Phase 2: Sunday rounds added", "from 1 May. Phase 2: Sunday rounds added"),
        ("at any stage 13.2 The other benches follow", "at any stage. 13.2 The other benches follow"),
        (
            "fewer oven stoppages last year Oven repairs: 12",
            "fewer oven stoppages last year. Oven repairs: 12",
        ),
        (
            "Stoppages a month (now 7) Bearings replaced too early",
            "Stoppages a month (now 7). Bearings replaced too early",
        ),
        # a list's own item numbers open its items, whatever word comes next
        (
            "7.1 A dry spell in the first fortnight 7.2 An HSE visit on the day 7.3 Losing the caterer",
            "7.1 A dry spell in the first fortnight. 7.2 An HSE visit on the day. 7.3 Losing the caterer",
        ),
        (
            "4b Our van off the road in the autumn 4c Parents' evenings moved",
            "4b Our van off the road in the autumn. 4c Parents' evenings moved",
        ),
        (  # an item number after a figure or a bracket
            "Loads a week: 410 (2025 average) 3.2 Days the yard was full: 12 in 2025 3.3 Loads turned away",
            "Loads a week: 410 (2025 average). 3.2 Days the yard was full: 12 in 2025. 3.3 Loads turned away",
        ),
        (  # a sentence opened by the date it is about
            "how many still come after 3 months For 2024 it was 31 of 120",
            "how many still come after 3 months. For 2024 it was 31 of 120",
        ),
        (  # a short plain word after a bracket
            "Orders sent on time (now 91%) Bag weight per round: 8 kg",
            "Orders sent on time (now 91%). Bag weight per round: 8 kg",
        ),
    ],
)
def test_a_full_stop_goes_back_where_a_sentence_plainly_ends(text, read):
    assert with_full_stops(text, common_words([text, "we change the bearings and weigh each bag"])) == read


@pytest.mark.parametrize(
    "text",
    [
        "We read it in The Times every week.",  # a title
        "Boxes sent to Box No 214 each week",  # "No" before a figure
        "Uncollected mail goes back to Royal Mail each week",  # a name that goes on
        "the manager and Sam look at the log",  # a name
        "Fewer sheets that tear. Then more orders.",  # full stops already there
        "the county's Rights of Way team agrees the works",  # a possessive awaits its noun
        "team B uses 11 m/s while team A stays on 10",  # letters that name things
        "Picking rota: most grade A within the rest rules",
        "a lift modernisation on car A changing its speed",
        "Hélène kept to 31.5 C most of the time",  # a figure and its unit
        "fridges held at 3.1 Celsius and then 3.2 Celsius overnight",  # figures, though they run on
        "as in section 2.1 Trial kitchens first, then section 2.2 Every kitchen",  # what the number counts
        "costs rise by 4.5 Percent and staff by 12 a year",  # a figure with no list around it
        "parcels go to Box No 214 and to Box No 215",  # "No" numbers things
    ],
)
def test_no_full_stop_is_written_into_a_name_or_a_sentence_that_has_them(text):
    assert with_full_stops(text, common_words([text, "the rights of way and the mail"])) == text
