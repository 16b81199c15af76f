"""One sound plan of our own (an orchard's packhouse), for tests that change a field or two and read what the
rules say: every Drivetrain part present, so a note names the field changed."""

from studyguide.worksheets.coaching import plan_from_mapping
from studyguide.worksheets.coaching.rules import coach


def orchard_plan(**fields):
    base = {
        "title": "Orchard packing",
        "objective": "Less fruit wasted between the orchard and the buyer.",
        "metric": "Tonnes of picked fruit thrown away per season (now 41 of 900).",
        "levers": [
            "how many crates go straight to the buyer vs our own cold store",
            "which rows we pick first each morning",
        ],
        "uncontrollables": ["frost dates", "the buyer's weekly order"],
        "modeler": "Tonnes wasted per week, from the crates sent straight on, the rows picked first, the "
        "frost dates and the buyer's order.",
        "simulator": "What if a third of the crates went to the cold store in a hot week?",
        "optimizer": "Sets each week's split of crates and the picking order for the least waste.",
        "baseline": "Last season: 41 tonnes of 900 thrown away, with the split fixed at half and half.",
        "rollout": "Two weeks of the early variety first; Maya, the packhouse manager, can go back to the "
        "fixed split on any day.",
        "monitoring": "Maya each Friday: tonnes thrown away, crates rejected by the buyer, cold-store use.",
        "risks": "A variety we have never grown; a buyer who changes what counts as grade one.",
        "went_really_well": "The rows we pick first look best in the data, so we may never learn what the "
        "others would have given: keep one row in ten in the old order.",
        "data_have": "Five seasons of picking logs, crates sent, cold-store days and waste per week.",
        "data_collect": "Temperature in the cold store every hour.",
        "experiment_needed": "yes",
        "experiment_notes": "Alternate weeks at a 30 / 70 and a 70 / 30 split during the early variety.",
    }
    return plan_from_mapping({**base, **fields})


def orchard_codes(**fields):
    """The codes of the notes the rules alone (no embedding model) give the orchard plan with these fields."""
    return {n.code for n in coach(orchard_plan(**fields), None).notes}


def orchard_findings(**fields):
    """The codes of the notes and questions alike (a model read as using no lever is asked, not told)."""
    return {n.code for n in coach(orchard_plan(**fields), None).findings}
