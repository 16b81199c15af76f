"""A model fitted again on what happens after it is used, in words other than "retrain" or "refit": "the
model is rebuilt on all years", "each year's figures are added to the training data", "the new results go into
the model", "we fit it again", "the model keeps learning from each rally". Whatever the verb, the next fit
learns from the outcomes the last one's decisions let happen. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lever_words import WHERE_WE_LOOK
from .lexicon import _p

_MODEL = (
    r"(the |our |its |a |next [\w']+ |the next [\w']+ )?"
    r"(model|models|forecasts?|predictor|scorer|ranker|classifier|algorithm|estimates?)"
)
FITTED_AGAIN = _p(
    # built or fitted a second time: "rebuilt on all years", "we fit the model again", "trained again on"
    # (a kiln or a wall is rebuilt too: only the model counts)
    _MODEL + r"( is| are| gets?| will be| to be)? re-?built\b",
    r"re-?buil(d|ds|ding) " + _MODEL,
    r"(fit|fits|fitted|train|trains|trained|buil(t|d|ds)|run|runs|estimated?) (it |them |"
    + _MODEL
    + r" )?again\b",
    # the model brought up to date with what happened: "the model is updated with each rally's results"
    _MODEL + r"( is| are| gets?| will be| to be)? (updated|refreshed|topped up) (with|on|using|from|after)\b",
    # new outcomes put where it learns: "added to the training data", "go into the model", "feed next year's
    # model"
    r"(added|go|goes|fed|put|folded) (back )?(in)?to (the |its |our )?(training (data|set)|model)\b",
    r"(feed|feeds|fed) (back )?(into )?" + _MODEL + r"\b",
    r"keeps? learning | learns? as (it|we) go | (continuous|ongoing|online) learning",
)


# Whom (or what) a decision takes in from all who could come, or posts something to: only those taken in or
# written to leave outcomes on record, so a model refitted on those outcomes learns only about its own picks.
# Read only for a model that is refitted (``loops.loop_certain``): without a refit, such a lever is no sure
# sign that the data will lean (a club inviting layouts, a leaflet's wording), and the loop question that
# would follow from it was not worth asking.
_TAKEN_IN = frozenset(
    "invite invites invited inviting shortlist shortlists shortlisted recruit recruits recruited enrol "
    "enrols enrolled mail mails mailed mailing mailshot".split()
)
_TOKEN = re.compile(r"[a-z]+")


def picks_what_we_observe(lever: str) -> bool:
    """Whether the lever takes some in (or writes to them) and leaves the rest unseen ("which engines Geoff
    invites", "which households the Council mails"), or chooses which of many get a look ("which premises
    each inspector visits": a word for looking after the thing chosen)."""
    tokens = _TOKEN.findall(lever.lower())
    if set(tokens) & _TAKEN_IN:
        return True
    return tokens[:1] == ["which"] and any(t in WHERE_WE_LOOK for t in tokens[2:])
