"""An optimizer box that refuses to let the model set anything ("I'm not going to let the model set anything",
"nothing is set from the forecast"): no optimizer, whatever else it says. A box that only shows the prediction
and keeps the levers as they are is read by the rules as a prediction without a decision instead, so one
situation gets one note. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

_REFUSED = re.compile(
    r"\b(?:not going to |(?:won'?t|will not|wouldn'?t|would not|don'?t|do not|never) (?:want to )?)"
    r"(?:let|have|allow) (?:the |a |our |that |this )?(?:model|system|tool|computer|algorithm|forecast|app"
    r"|it)s? (?:to )?(?:set|decide|choose|change|pick|run|touch|alter)"
    # refused whole, not one setting kept back ("I won't let it change the Saturday shift" is a constraint)
    r"(?: anything| a thing| any of (?:it|them)| for (?:me|us)| on its own)?\s*(?:[.;,!]|$)"
    r"|\bnothing (?:is|will be|gets|would be) (?:set|decided|chosen|changed) (?:from|by|on)"
    r" (?:the |its |our )?(?:model|system|tool|forecast|prediction|score|it)s?\b"
    # the same said of ourselves: "we won't set anything from the models as such"
    r"|(?:^\W*|\b(?:we|i))(?: ?won'?t| ?will not| ?don'?t| ?do not|'re not going to| are not going to"
    r"|'m not going to)"
    r" (?:set|decide|choose|change|pick) anything(?: (?:from|by|with|on|off) (?:the |its |our )?"
    r"(?:model|system|tool|forecast|prediction|score|what-if|it)s?\b|\s*(?:[-–—.;,!]|$))",
    re.IGNORECASE,
)


def refuses_to_optimise(optimizer: str) -> bool:
    """Whether the optimizer box says the model will set nothing."""
    return _REFUSED.search((optimizer or "").replace("’", "'")) is not None
