"""Whether an objective asks to know the future: an indirect question about what will happen ("a reliable
picture of how many packs will sell", "a clear view of which members will leave"). Pure: no Django, no torch.

Knowing what will happen is a prediction however the wish is put (to have a picture, a view, figures), so the
objective is read from its structure: a question word ("how many", "how much", "whether"; "which", "who",
"when", "what" only where a question follows "of", "about" or a verb of knowing, so that a relative clause,
"the parcels which will arrive", is never read as one) followed by a future verb. A degree asked after a
verb of finding out ("work out how busy the tills will be") is such a question too. A question that follows
a verb of choosing ("decide which customers will get a call") asks for a decision, not a forecast. The future
may be put formally ("how many children shall queue").
"""

from __future__ import annotations

import re

from .text import sentences

_FUTURE = r"[^.;]{0,80}?\b(?:will|shall|would|'ll|are going to|is going to|are likely to|is likely to)\b"
_QUESTION = re.compile(
    r"\b(?:how many|how much|whether)\b"
    + _FUTURE
    # an aside may stand between the knowing and its question: "to know, by the end of March, which ..."
    + r"|\b(?:of|about|on|know\w*|tell|see|learn\w*|understand\w*)(?:, [^,.;]{1,40},)? "
    r"(?:which|who|when|what)\b"
    + _FUTURE
    # "work out how busy the tills will be", "get a feel for how long the queue will be": a degree asked of
    # what will happen, after a verb of finding out (not how we will act: "how we will staff it")
    + r"|\b(?:work\w* out|figur\w* out|find\w* out|know\w*|tell|see|learn\w*|understand\w*|gauge|judge"
    r"|idea of|sense of|feel for|picture of|view of|of|about) how (?!(?:we|i|us|our|my)\b)[a-z]+\b" + _FUTURE
)
# Choosing, not knowing: the question is what we decide.
_CHOOSING = re.compile(
    r"\b(?:decid|choos|chose|pick|select|set|allocat|assign|schedul|plan\b|planning|control|ensur|make sure"
    r"|chang|send|offer|give|agree)\w*"
)

# Weighing an option of ours, not foretelling: "whether a proper ticket would be better", "if it would work".
_WEIGHS_AN_OPTION = re.compile(
    r"\b(?:would|will|'d) (?:be )?(?:any )?(?:better|worse|best|fairer|wiser|right|the right \w+|work|pay)\b"
)


# Sorting things into classes and being right about it: "Sort every Friday into 'busy', 'steady' or 'quiet',
# correctly", "classify each claim as genuine or not, accurately". The wish is a right label: a prediction.
_LABELLED_RIGHT = re.compile(
    r"\b(?:sort|classify|categori[sz]e|label|tag|bucket|grade)\w*\b[^.;]{0,80}?\b(?:into|as)\b[^.;]{0,80}?"
    r"\b(?:correctly|accurately|right|without (?:a )?mistakes?|with no mistakes?)\b"
)


# Cases put in order of how likely each is to come to something: "a ranked list of our hotels, ordered by how
# likely each is to have serious failings", "every account sorted by its chance of lapsing". The list wished
# for is a forecast of each case; the words after "by" say what is foretold, not an outcome wanted ("fire
# safety failings" is the thing ranked on, not a wish for safety).
_RANKED_BY_LIKELIHOOD = re.compile(
    r"\b(?:rank\w*|order(?:ed|ing)?|sort(?:ed|ing)|listed|prioriti[sz]ed)\b[^.;]{0,80}?\bby\s+"
    r"(?:how likely|(?:the |their |its |each'?s? )?(?:likelihood|chance|probability|odds)\b)[^.;,]{0,120}"
)


def without_ranked_by_likelihood(objective: str) -> str:
    """The objective with each ordering by likelihood (and what it foretells) taken out."""
    return _RANKED_BY_LIKELIHOOD.sub(" ", objective.lower().replace("’", "'"))


def asks_about_the_future(objective: str) -> bool:
    """Whether a sentence of the objective asks what will happen and does not ask what we will choose, asks
    that things be sorted into classes rightly, or asks for cases put in order of how likely each is."""
    for sentence in sentences(objective.lower().replace("’", "'")):
        match = _QUESTION.search(sentence)
        if (
            match is not None
            and _CHOOSING.search(sentence[: match.start()]) is None
            and not _WEIGHS_AN_OPTION.search(sentence[match.start() :])
        ):
            return True
        if _LABELLED_RIGHT.search(sentence) or _RANKED_BY_LIKELIHOOD.search(sentence):
            return True
    return False
