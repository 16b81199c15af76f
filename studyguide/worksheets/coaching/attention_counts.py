"""Whether a metric clause counts attention as a figure ("passes 2,000 likes", "10k Instagram followers",
"500 brochure downloads a month") wherever the figure stands in the clause. Pure: no Django, no torch.

Likes, followers, page views, downloads, clicks and newsletter sign-ups say that people looked or tapped,
not that the objective moved: a league's page can gain likes while no extra team finishes a season. Such a
count is often written after a verb ("when the page passes 2,000 likes"), where a check of the clause's first
words does not see it; a number followed by one of these nouns names it whatever comes first. It is the
objective's own measure when the objective names the same thing ("more followers for the band's page"), so
a noun whose stem the objective shares is left alone.
"""

from __future__ import annotations

import re

from .text import stem, words

# A figure, then at most two words that only say whose or where ("Facebook", "page", "new"), then the noun
# of attention. "Shares" and "hits" are left out: company shares and hits in a game are counts of the world.
_ATTENTION_FIGURE = re.compile(
    r"(?<![\w.])\d[\d,.]*\s*(?:k|m|thousand|million)?\s+"
    r"(?:(?:more|new|extra|additional|total|unique|monthly|weekly|daily|online|web|website|site|page|profile"
    r"|post|video|app|brochure|pdf|social|facebook|instagram|twitter|tiktok|youtube|linkedin)\s+){0,2}"
    r"(likes|followers|page ?views|views|downloads|clicks|subscribers|(?:newsletter|mailing[- ]list) "
    r"sign-?ups)\b"
)
# "500 downloads paid for", "2,000 views bought as tickets": the act after the noun is a sale.
_SOLD_AFTER = re.compile(r"^\s*(?:that |which )?(?:were |are )?(?:paid|bought|sold|booked|purchased)\b")

# "bookings per 1,000 page views": the figure is the base of a rate whose count is the outcome.
_RATE_OF = re.compile(r"(?:\bper|\bevery|\beach|\bout of|\bfor|/)\s*$")


def counts_attention(clause: str, objective: str) -> bool:
    """Whether the clause counts a figure of likes, followers, views, downloads, clicks or newsletter sign-ups
    that the objective does not name."""
    low = clause.lower().replace("’", "'")
    objective_words = words(objective.lower())
    for match in _ATTENTION_FIGURE.finditer(low):
        if _SOLD_AFTER.match(low[match.end() :]) or _RATE_OF.search(low[: match.start()]):
            continue
        # "followers" for "more people following": the noun's first letters against the objective's words
        roots = [stem(w)[:4] for w in words(match.group(1)) if len(w) >= 4]
        if any(w.startswith(root) for root in roots for w in objective_words):
            continue
        return True
    return False
