"""A person's say kept over what the system does, told as a noun or a running act rather than a modal verb:
"then automatic with his veto", "only with Ana's say-so", "with Mehmet signing each batch". The say is
held by a person (a possessive pronoun or a name), never by the system ("its"). Pure: no Django, no torch.
"""

from __future__ import annotations

import re

# never the system's own: "with the system's approval" keeps no person's say
_SYSTEM = r"(?:system|model|app|tool|software|optimi[sz]er|algorithm|program|computer|controller|machine)"
_HOLDER = rf"(?:his|her|their|my|our|(?!{_SYSTEM}'s)[A-ZÀ-Ý][\w'À-ÿ-]*'s|the (?!{_SYSTEM}'s)[\w-]+'s)"
_SAY = (
    r"(?:veto|say|say-so|approval|sign[- ]?off|signature|consent|ok|okay|go-ahead|blessing|permission"
    r"|agreement)"
)
_KEPT = re.compile(
    rf"\b(?:with|under|subject to|needs?|needing|requires?|after|on)\s+{_HOLDER}\s+{_SAY}\b"
    # a person signing off each unit as it goes: "with Mehmet Usta signing each batch"
    r"|\b(?:signing|vetting|okaying|countersigning) (?:off )?(?:each|every|all|the) [\w'-]+",
)


def say_kept(sentence: str) -> bool:
    """Whether the sentence keeps a person's say (a veto, an approval, a signature) over the system."""
    return _KEPT.search(sentence.replace("’", "'")) is not None
