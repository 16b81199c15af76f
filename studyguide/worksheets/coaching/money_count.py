"""A money objective measured by counting one activity: "earn enough from tickets to pay the players"
measured by "how many programmes are picked up", "more profit from hired tables" by "games entered on the
ladder each evening". A count with no money in it cannot show whether the money came; a metric that counts
several things (or names money) is left to the other checks. And the reverse: people's acts wanted, and only
the money they leave counted (donations in the tins, for more people playing). Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .text import content_stems, sentences

_MONEY = re.compile(
    r"[£$€]|\b(?:earn\w*|income|profit\w*|revenue|takings|margin|money|cash|surplus|turnover|sales|spend\w*"
    r"|fees?|costs?|cheaper|savings?|save|paid|price\w*|euros?|pounds?|dollars?|break[- ]even|return on|roi"
    r"|winnings|(?:make|makes|"
    r"made) (?:it |them )?pay|pay (?:its|their|for|the|our) \w+"
    # money made said without a money word: "make more from each lane hour", "bring in more per table"
    r"|(?:make|makes|making|bring in|brings in|take|takes) (?:more|less) (?:from|on|out of|per))\b",
    re.IGNORECASE,
)
# A count said as such, or as a figure per period ("referral vouchers ... about 410 a month"); money per
# period is money, which the metric is then checked for.
_COUNT = re.compile(
    r"\b(?:how many|number of|count of)\b"
    r"|\b\d[\d,]*\s+(?:a|per|each|every)\s+(?:day|week|month|year|season|quarter|term|night|shift)\b",
    re.IGNORECASE,
)
# Things counted per period as the line's head: "Cars entering the site per day (ANPR): 9,400". Read only
# where the things share no word with the objective ("tree failures reported per year", for fewer tree
# failures and money well spent, counts the objective's own failures).
_HEAD_COUNT = re.compile(
    r"^\W*(?P<things>(?:[\w'-]+ ){0,2}?[a-z'-]+[^s\W]s)(?: [\w'-]+){0,4}? (?:a|per|each|every)"
    r" (?:day|week|month|year|season|quarter|term|night|shift)\b",
    re.IGNORECASE,
)
# A second measure: "... and the share ...", "...; ...", "plus ...", a second line.
_SECOND = re.compile(r"\band\b|;|\bplus\b|\n|\bas well as\b|\balso\b", re.IGNORECASE)


def counts_for_money(metric: str, objective: str, measures: int | None = None) -> bool:
    """Whether a money objective is measured by a single count that names no money. ``measures``: how many
    measures the metric's clauses name, where the caller has read them ("vouchers given out; now 410 a month;
    target 900" is one, however it is punctuated)."""
    single = measures == 1 if measures is not None else not _SECOND.search(metric.strip())
    head = _HEAD_COUNT.search(metric or "")
    counted = _COUNT.search(metric or "") or (
        head and not content_stems(head.group("things")) & content_stems(objective or "")
    )
    return bool(_MONEY.search(objective or "") and counted and not _MONEY.search(metric) and single)


# The other way round: an objective that wants people to do something ("more children sit down and play the
# street pianos") measured only by money they leave ("donations in the tins: 2,140 last summer"). Money given
# or taken can rise with fewer people doing the thing (a few generous onlookers), so it counts what is on the
# way, not the act wanted. Read where the objective names people and no money, buying or giving, and the
# metric names money and no people or count of them.
_MONEY_TAKEN = re.compile(
    r"\b(?:donations?|donated|tips|takings|income|revenue|proceeds|contributions?|sponsorship|gift aid"
    r"|money (?:raised|taken|collected|given|left|in)"
    r"|(?:collection|donation) (?:tins?|boxe?s|buckets?|pots?))\b",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"\b(?:people|persons?|children|kids|adults|families|visitors|residents|members|players|users|pupils"
    r"|students|everyone|anyone|folk|youngsters|teenagers|participants|newcomers|beginners|public|walkers"
    r"|riders|readers|learners|patients|swimmers|runners|customers|guests|households|neighbours)\b",
    re.IGNORECASE,
)
# The objective itself about money changing hands: buying, paying, giving, raising funds, entry.
_MONEY_WANTED = re.compile(
    r"\b(?:buy\w*|bought|purchas\w*|orders?|ordering|pay\w*|spend\w*|spent|donat\w*|giv(?:e|es|ing)|gifts?"
    r"|fund\w*|rais(?:e|es|ing)|sponsor\w*|tickets?|booked|bookings?|subscri\w*|sell\w*|sold|afford\w*|budget\w*)\b",
    re.IGNORECASE,
)
# A count of people or acts beside the money: "how many", "players per day", "the share who ...", "%".
_PEOPLE_COUNTED = re.compile(
    r"\b(?:how many|number of|count of|counts?|tall(?:y|ies)|share|proportion|attendance|visits|sessions)\b"
    r"|%|\bper ?cent\b",
    re.IGNORECASE,
)


def counts_money_for_acts(metric: str, objective: str) -> bool:
    """Whether an objective wanting people to do something, with no money in it, is measured only by money
    handed over (donations, takings, income) and nothing else."""
    objective, metric = objective or "", metric or ""
    wants_acts = bool(_PEOPLE.search(objective)) and not _MONEY.search(objective)
    return bool(
        wants_acts
        and not _MONEY_WANTED.search(objective)
        and _MONEY_TAKEN.search(metric)
        and not _PEOPLE.search(metric)
        and not _PEOPLE_COUNTED.search(metric)
        and not _SECOND.search(metric.strip())  # a second measure may count the act itself
        and _labelled_measures(metric) <= 1  # "Pitch-nights sold: 610. ... Income per pitch-night: £24."
        # "weekend chipper hires per month (9 avg). ... delivery cost vs income": a sentence with a rate or a
        # figure and no money in it is a second measure
        and not any(
            _RATE_OR_FIGURE.search(s) and not _MONEY_TAKEN.search(s) and not _SUM.search(s)
            for s in sentences(metric)
        )
    )


# "Our target is £3,500", "Target: 3,000": the money's own target or level, no second measure
_SUM = re.compile(r"[£$€]|\b(?:target|goal|aim)\b|^\W*(?:now|today|currently|last \w+)\b", re.IGNORECASE)
_RATE_OR_FIGURE = re.compile(r"\d|\bper\b|\ba (?:day|week|month|year|season)\b", re.IGNORECASE)


# A measure given as its label and figure ("Bad reviews mentioning noise: 14"); a target or a time is no label
# of a measure of its own ("Target: 3,000", "Last year: 2,140").
_LABELLED = re.compile(r"(?:^|[.;\n]\s*)(?P<label>[^.;:\n]{3,80}):\s*[£$€]?\d", re.IGNORECASE)
_NO_MEASURE = re.compile(
    r"^\W*(?:target|goal|aim|now|today|baseline|currently|last \w+|this \w+)\b", re.IGNORECASE
)


def _labelled_measures(metric: str) -> int:
    return sum(1 for found in _LABELLED.finditer(metric) if not _NO_MEASURE.match(found.group("label")))
