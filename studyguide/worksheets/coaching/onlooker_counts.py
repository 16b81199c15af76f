"""A metric that counts people who come to look, for an objective about what they buy: "showroom visitors
per month" for kitchens signed, "people watching the demonstration at the window" for more takings,
"brochure downloads" or "enquiries a month" for commissions or units let. Looking (or asking) comes before
buying and can rise while sales stay flat, so such a count is a proxy. It is none when the objective asks for
the visitors themselves ("more visitors to the museum"), or when the clause goes on to a sale ("visitors who
book"). Pure: no Django, no torch."""

from __future__ import annotations

import re

from .text import stem, words

# People counted for coming or looking, or their looks folded into a noun.
_ONLOOKERS = re.compile(
    r"\b(visitors|viewers|watchers|onlookers|passers-?by|footfall|browsers|downloads|enquiries|inquiries)\b"
    r"|\b(?:people|visitors|customers|shoppers|tourists|families|children|guests|passers-?by)\s+"
    r"(?:who |that )?"
    r"(?:are |were |stop(?:ped)? (?:to |and )?)?(watching|looking|browsing|viewing|peering|stopping)\b"
)
# An objective about a sale or money: what looking may not bring.
_SALE_AIM = re.compile(
    r"[£$€]|\b(?:takings|income|revenue|profit\w*|margin|money|turnover|sales?|sold|sell\w*|signed|sign-?ups?"
    r"|commissions?|orders?|bookings?|booked|purchases?|bought|paid|paying|customers? who (?:buy|book|pay))\b"
    # homes or rooms let: "our landlords' homes let sooner", "more lettings", "tenancies that last"
    r"|\b(?:homes|flats|houses|units|rooms|properties|places|lets?) (?:[\w']+ ){0,2}?let\b|\blettings?\b"
    r"|\btenanc(?:y|ies)\b"
)
# The clause goes on to the sale: "visitors who book", "downloads that lead to an order".
_THEN_A_SALE = re.compile(
    r"\b(?:book\w*|buy\w*|bought|pay\w*|paid|sign\w*|order\w*|sold|sales?|spend\w*|join\w*|commission\w*"
    r"|conver\w*|takings|income|revenue|[£$€]|pounds?|euros?|dollars?)\b"
)


# Things the people reached take away to try, short of buying: "sample pieces customers take home", "swatches
# shoppers borrow". Taking one home is looking at it longer; what is counted is not what the objective sells
# (read below), so "meals customers take away" for more meals sold is the sale itself.
_TAKEN_TO_TRY = re.compile(
    r"\b([a-z]+s)\s+(?:that |which )?(?:customers|people|visitors|shoppers|browsers|guests|clients|buyers)\s+"
    r"(?:\w+\s+)?(?:take|took|carry|carried) (?:home|away)\b|\b([a-z]+s)\s+(?:that |which )?(?:customers"
    r"|people|visitors|shoppers|browsers|guests|clients|buyers)\s+(?:\w+\s+)?borrow\b"
)


def counts_onlookers(clause: str, objective: str) -> bool:
    """Whether the clause counts people coming or looking (or what they take home to try) while the objective
    asks for a sale or money."""
    low = clause.lower().replace("’", "'")
    match = _ONLOOKERS.search(low) or _TAKEN_TO_TRY.search(low)
    if match is None or not _SALE_AIM.search(objective.lower()):
        return False
    if _THEN_A_SALE.search(low):
        return False
    counted = next(g for g in match.groups() if g)
    # "more visitors and takings": the objective asks for the visitors (or the watching) itself.
    objective_stems = {stem(w) for w in words(objective)}
    return not ({stem(w) for w in words(counted)} & objective_stems)
