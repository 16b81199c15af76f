"""A lever row that is another party doing more of something: "the merchants taking more of our thick grade",
"visiting clubs bringing more supporters", "schools booking more of the weekday slots". The row's subject is
someone outside the plan's side and its gerund is their own act (taking, bringing, buying, booking), pushed
up by "more": a result the plan hopes for, not a setting it decides. What we do to bring it about (a price,
a discount, an offer to them) is the lever. Our own people doing more ("our drivers taking more drops") and
a row that opens with our act ("offering more slots") are not read here. Pure: no Django.
"""

from __future__ import annotations

import re

from .lever_words import DETERMINERS, FIRST_PERSON, OUR_AGENTS, OURS, PREPOSITIONS, STAFF_ROLES
from .levers import side_of

# Another party's own acts, as gerunds: what they take, bring, buy or book from us.
_THEIR_GERUNDS = frozenset(
    "taking bringing buying ordering booking sending spending paying using choosing picking giving donating "
    "visiting referring recommending renewing attending joining stocking".split()
)
_MORE = frozenset(("more", "fewer", "less", "extra", "bigger", "larger"))
_TOKEN = re.compile(r"[a-z]+(?:'s|s')?")


def others_doing_more(lever: str) -> bool:
    """Whether the row is a party not ours doing more of something ("visiting clubs bringing more
    supporters"): a subject of one to three words that does not open the row with a verb of ours, then one
    of their gerunds, then "more"."""
    tokens = _TOKEN.findall(re.sub(r"\([^)]*\)", " ", lever.lower().replace("’", "'")))
    for k in range(1, min(len(tokens) - 1, 5)):
        if tokens[k] not in _THEIR_GERUNDS or tokens[k + 1] not in _MORE:
            continue
        subject = tokens[k - 1]
        opener = [t for t in tokens[:k] if t not in DETERMINERS]
        # whose act it is lies before the gerund: "more of our thick grade" is what they take from us
        if not opener or subject in DETERMINERS or subject in PREPOSITIONS:
            return False
        if any(t in FIRST_PERSON or t in OURS for t in tokens[:k]):
            return False  # "our drivers taking more drops": our own people
        # The row must not open with a gerund of ours ("getting schools booking more"): its first word is a
        # determiner or a noun's modifier, not an act.
        if tokens[0].endswith("ing") and tokens[0] not in _THEIR_GERUNDS:
            return False
        plural = subject.endswith("s") and not subject.endswith("ss")
        side = side_of(subject)
        ours = side == "ours" or subject in OUR_AGENTS or subject in STAFF_ROLES
        return not ours and (side in ("theirs", "clients") or plural and side is None)
    return False
