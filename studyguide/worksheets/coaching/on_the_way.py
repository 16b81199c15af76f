"""Which clauses of a metric count something on the way to the objective rather than the objective itself,
each read by its own module from the clause's structure: our output or a light touch by the people reached
(``proxies``), people who come to look (``onlooker_counts``), attention to a page (``attention_counts``),
people taking up an offer (``uptake_counts``), what people think of us (``opinion_counts``), or the
wrongdoing we catch (``catch_counts``). And the note that says so, in words that fit what was counted.
Pure: no Django, no torch.
"""

from __future__ import annotations

from .attention_counts import counts_attention
from .catch_counts import counts_catches
from .money_count import counts_money_for_acts
from .onlooker_counts import counts_onlookers
from .opinion_counts import counts_opinion
from .proxies import counted_activity, counts_what_we_make
from .uptake_counts import counts_uptake


def counted_on_the_way(clauses: list[str], objective: str) -> list[str]:
    """The clauses that count something on the way, in their order."""
    return [
        c
        for c in clauses
        if counted_activity(c, objective)
        or counts_onlookers(c, objective)  # "showroom visitors", for kitchens sold
        or counts_attention(c, objective)  # "when the page passes 2,000 likes"
        or counts_uptake(c, objective)  # "parents booked onto the classes", for babies breastfed
        or counts_opinion(c, objective)  # "passengers rating the buses good value", for more journeys
        or counts_catches(c, objective)  # "offences detected by the vans", for fewer people hurt
    ]


def on_the_way_message(shown: str, goal: str, handed: list[str], objective: str) -> str:
    """The note for a metric that counts only something on the way (``shown`` quotes it, ``goal`` the
    objective as an aside): an opinion is said to be one, as it can rise while nobody does anything more."""
    if handed and all(counts_opinion(c, objective) for c in handed):
        return (
            f"{shown} counts what people think, not the objective itself{goal}. A view can improve while "
            "nobody does anything differently (people call it good value and still stay away). Measure the "
            "outcome you want, and keep the opinion as an early signal at most."
        )
    if handed and counts_money_for_acts(" ".join(handed), objective):  # the clauses, rejoined as one measure
        return (
            f"{shown} counts money people leave, not the objective itself{goal}. The money can rise while "
            "fewer people do what you want (a few generous givers), or fall while more do. Count the act "
            "itself, and keep the money as a side figure."
        )
    if handed and all(counts_what_we_make(c) for c in handed):
        return (
            f"{shown} counts what you make, not the objective itself{goal}. Making more can leave more "
            "unsold or wasted while the outcome stays flat or falls. Measure the outcome you want "
            "(what is sold, kept or earned), and keep the output as a side figure."
        )
    return (
        f"{shown} counts activity on the way, not the objective itself{goal}. It can rise while the outcome "
        "stays flat (people look but do not buy; messages go out but nobody comes). Measure the outcome you "
        "want, and keep this as an early signal at most."
    )
