"""Who holds a power given in a verb joined by "and" to the clause's first verb: "i (nell) run the sales
myself and can call off a sale", "Priya plans each round and may pull it any week". The holder is the
subject at the clause's start, not the word just before the power ("and"). The system as that subject ("the
app sets the price and can stop a sale") holds nothing. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

# The clause before the power, ending on the "and" that joins the two verbs; its subject opens it.
_JOINED = re.compile(r"(?:^|[.;:!?\n]\s*|,\s*)([^.;:!?\n,]{1,80}?)\s+and(?: then| also)?$", re.IGNORECASE)
# A person as subject: "i", "we", "she", a capitalised name, "my partner", "the site manager" ...
_PERSON_SUBJECT = re.compile(
    r"^(?:i|we|he|she|they|(?!(?i:the)\b)[A-ZÀ-Ý][\w'À-ÿ-]*(?: [A-ZÀ-Ý][\w'À-ÿ-]*)?"
    r"|(?:my|our|his|her|their) [\w'-]+"
    r"|(?i:the) (?:[\w'-]+ )?(?:manager|owner|head|lead|director|chair|supervisor|coordinator|principal"
    r"|editor|foreman|matron|officer|warden|skipper|chef|teacher|vet|nurse|doctor))\b"
)
# The system or the people it serves: "the app", "It", "Customers" start no holder, even with a capital; nor
# does a count or a determiner that opens the sentence ("Two wheels first with ...", "The rota ...").
_NOT_A_PERSON = re.compile(
    r"^(?:it|this|that|these|those|then|each|every|all|some|an?|the (?:system|model|app|tool|software"
    r"|algorithm|optimi[sz]er)|customers?|users?|clients?|members?|guests?|visitors?|people|anyone|everyone"
    r"|nobody|no one|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)


def holder_of_joined_verb(before: str) -> bool:
    """Whether the text before a power ends on "and" and the clause it closes opens on a person."""
    found = _JOINED.search(before.strip())
    if found is None:
        return False
    subject = found.group(1).strip()
    return _NOT_A_PERSON.match(subject) is None and _PERSON_SUBJECT.match(subject) is not None
