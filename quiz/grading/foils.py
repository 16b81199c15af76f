"""Foils: a view the answer reports as other people's and then rejects ("Some say A. No: B").

Learners often set the right answer against a popular wrong one: "Some think the splitter cuts images into
tiles. No: it decides ...", "People often assume X. Actually ...", "Some would call it testing, but ...".
The reported view (A) is what the writer turns down, exactly as in "people wrongly think A" (``negation``
already reads that one): it is no claim of the answer, so it must neither hit a misconception nor count as a
claim the key does not back. ``rejected_views`` finds its span; ``negation`` denies the words in it.

A reported view opens its sentence with people holding it ("Some say", "Some engineers say:", "Some would
call it", "People often assume", "Many believe", "A common view is that", "You might think", a classmate
named with a verb of saying or writing: "Lara wrote", "Kai's notes say", "Rita listed"), and it ends at
the sentence's end or where the same sentence turns against it (", but", "; really", ", yet"). It is a foil
only when the writer rejects it right after: a denial ("No", "Not really", "It isn't", "That's not it"), a
contrast ("But", "Actually", "In fact", "Really", "Maybe, but", "They're related, but"), a verdict on it
("That's too broad", "That was true years ago", "That's a prediction, not an objective", "It's more than
that", "Too broad:"), the other view said to run the other way ("the opposite", "the other way", "Other way
round:"), a flat denial of what it says ("It doesn't touch the images", "You can't count on that") or the
writer's own answer put in its place ("The real ones: ...", "I'd fix that: ..."). A view the writer
agrees with ("Some call it inference, and they're right", "Some call it inference. It is the term for ...")
is not touched: with no rejection it is no foil. Pure module: regular expressions on the cleaned answer.

A label before a sentence can say the same of it: "Myth: X.", "Misconception: X", "Not true: X",
"False: X" give X as a view the writer turns down (the label is holder and rejection at once),
while "Fact:", "Truth:", "Reality:" assert what follows, so a label pair ends the view ("Myth: X; fact: Y").
Only a bare label and its colon opens such a view: "Myth busted: X" asserts X, and "Fact:" alone is a plain
heading, read as the writer's own claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .disowned import DISBELIEF
from .text import SENTENCE_END_RE, sentence_spans

# Who holds the view, at the start of a sentence: people in general or some of them ("some", "many
# learners", "people", "others", "a friend"), "you/one might", or a named common belief.
_HOLDERS = (
    r"(?:some|many|most|others|several)(?:\s+(?:people|folks|learners|students|beginners|engineers|developers"
    r"|teams|users|newcomers|managers|critics|commentators|tutorials|articles|blogs|books|sources|of\s+us))?"
    r"|(?:a\s+lot\s+of|plenty\s+of|lots\s+of)\s+people|people|everyone|everybody|critics|sceptics|skeptics|purists|pundits"
    r"|(?:a|my|our)\s+(?:friend|colleague|classmate|teammate|teacher|boss|manager)"
)
# A classmate named ("Lara wrote", "Kai's notes say"): a capitalised name, not a pronoun or an article, with
# a verb of saying or writing only (a capitalised noun opening a sentence, "Export used to", is no holder).
_NAMED_HOLDER = (
    r"(?-i:(?!(?:It|Its|This|That|These|Those|We|You|They|There|The|He|She|One|Each|Every|Our|My|Your"
    r"|Their|His|Her)\b)[A-Z][a-z]+)(?:'s\s+(?:notes?|answer|draft|summary|slides?|list))?"
)
_NAMED_VERBS = (
    r"say|says|said|think|thinks|thought|believes|believed|claims|claimed|wrote|writes|listed|lists|put|puts"
    r"|calls|called|insists|insisted|argues|argued|suggests|suggested|assumes|assumed"
)
# What they do with it: say, think, call it, use the word for, would set ... ("use cases" is a noun phrase).
_VERBS = (
    r"say|says|said|think|thinks|thought|believe|believes|believed|assume|assumes|assumed|claim|claims|claimed"
    r"|call|calls|called|describe|describes|define|defines|treat|treats|argue|argues|insist|insists|insisted"
    r"|suggest|suggests|suggested|expect|expects|see|sees|confuse|confuses|mix|mixes|picture|imagine|imagines"
    r"|set|use(?!\s+cases?\b)|used"
)
_MODALS = r"would|might|will|could|may"
_REPORTED_RE = re.compile(
    rf"(?:{_HOLDERS})\s+(?:(?:often|sometimes|usually|commonly|still|also|tend\s+to|like\s+to)\s+)*"
    rf"(?:(?:{_MODALS})\s+(?:{_VERBS})|{_VERBS}|{_MODALS})\b"
    rf"|{_NAMED_HOLDER}\s+(?:(?:often|also|still)\s+)?(?:{_NAMED_VERBS})\b"
    r"|(?:you|one)\s+(?:might|may|could|would)\s+(?:think|say|assume|expect|guess|believe)\b"
    r"|a\s+(?:common|popular|widespread|frequent|usual)\s+(?:view|belief|idea|answer|claim|mistake|misconception"
    r"|misreading|assumption)\s+is\b"
    r"|(?:it\s+is|it's)\s+(?:often|commonly|sometimes|widely)\s+(?:said|thought|believed|claimed|assumed)\b",
    re.IGNORECASE,
)
# An opener before the holders ("Of course, some say", "Now, many people think").
_OPENER_RE = re.compile(r"\W*(?:(?:of\s+course|now|well|sure|yes|ok|okay|so|and|also)\s*,?\s+)?", re.I)
# Where the same sentence turns against the view it opened with.
_TURN_RE = re.compile(
    r"(?:,|;|:|\s[\u2013\u2014-])?\s+(?:but|yet|whereas)\b"
    r"|[,;:]\s*(?:though|however|really|actually|in\s+fact)\b"
    r"|;\s*|\s[\u2013\u2014]\s",
    re.IGNORECASE,
)
# The writer's rejection at the start of what follows the view (the next sentence, or the turn itself).
_REJECTION_RE = re.compile(
    r"\W*(?:"
    # a denial or a contrast: "No:", "Not really", "But ...", "Actually ...", "In fact ...", "Really ..."
    r"(?:no|nope|nah|wrong|false|incorrect|not\s+(?:really|quite|so|true|exactly|at\s+all|right|always))\b"
    # the view said to run the other way, or to go too far: "Other way round:", "Too broad:"
    r"|(?:the\s+)?other\s+way\s+(?:round|around)\b|too\s+(?:broad|narrow|vague|general|strong|simple)\b"
    # a flat denial of what the view says it does: "It doesn't touch the images", "You don't need to"
    r"|(?:it|they)\s+(?:doesn't|don't|didn't|does\s+not|do\s+not|did\s+not)\b"
    r"|you\s+(?:can't|cannot|don't|do\s+not|shouldn't)\s+(?:need|count|rely|have)\b"
    # the writer's own answer put in its place: "The real ones: ...", "I'd fix that: ..."
    r"|the\s+(?:real|actual|right|correct|true)\s+(?:ones?|answer|term|issue|problem|point|danger|weakness"
    r"|reason|order)\b|i'd\s+(?:fix|correct)\b"
    r"|(?:but|however|yet|actually|in\s+fact|in\s+reality|really|instead|rather|on\s+the\s+contrary)\b"
    # the writer's disbelief: "I don't buy it:", "Honestly, I think that's wrong;" (``disowned``)
    rf"|{DISBELIEF}"
    # a concession that turns: "Cute, but no", "Maybe, but", "They're related, but", "True for training, but"
    r"|(?:\w+\W+){0,4}?(?:true|right|related|maybe|perhaps|possibly|partly|cute|fair|sure|close"
    r"|understandable|tempting|sometimes|nice|once)\W+(?:\w+\W+){0,3}?but\b"
    # a verdict on the view: "That's not it", "That's too broad", "That was true years ago"
    r"|(?:that|this|those|these)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:\w+\s+){0,3}?"
    r"(?:not|never|wrong|false|a\s+myth|a\s+misconception|mistaken|a\s+mistake|outdated|too\s+\w+"
    r"|only\s+(?:part|half)|true\s+(?:years|once|in\s+the\s+past|before|back))\b"
    r"|(?:that|this)\s+(?:isn't|wasn't|doesn't|isnt|wasnt)\b"
    # the view put in another class: "That's a prediction, not an objective"
    r"|(?:that|this)(?:'s|\s+is|\s+was)\s+[^.;:!?]{1,50}?,\s+not\s"
    # a bare denial of it: "It isn't:", "They're not."
    r"|(?:it|they)(?:\s+is|'s|\s+are|'re)?\s*(?:not|isn't|aren't|isnt|arent)\s*(?:so|really|quite|true|right)?"
    r"\W*(?:[:;,.!\u2013\u2014]|$)"
    r")",
    re.IGNORECASE,
)
# ... or anywhere in the next sentence, the writer's view said to run against it.
_AGAINST_RE = re.compile(
    r"\b(?:the\s+opposite|the\s+other\s+way|the\s+reverse|the\s+contrary|more\s+than\s+that"
    r"|(?:plainer|simpler|subtler)\s+than\s+that"
    r"|(?:is|are|'s)\s+(?:much\s+)?more\s+(?:practical|realistic|nuanced|accurate|modest|subtle|precise|sensible))\b",
    re.IGNORECASE,
)
# A view the writer agrees with ("and they're right", "That's right.", "I agree"): no foil, unless it turns.
_AGREES_RE = re.compile(
    r"\W*(?:and\s+)?(?:(?:they|he|she)(?:'re|'s|\s+are|\s+is)\s+(?:right|correct)|(?:that's|that\s+is|this\s+is)"
    r"\s+(?:right|correct|true|it)\W*$|i\s+agree|indeed|exactly|true\W*$)",
    re.IGNORECASE,
)
# A sentence that opens by setting the answer apart from a neighbour term, closed by a colon before the
# answer itself: "Not IPython itself, the interactive shell: ipywidgets are ...", "It's not plain resizing
# (crop, pad and squish are fixed): augmentation means ...". The denied term (with what the writer says of it
# in passing) is the view rejected, as in "Some say X. No: ..."; the colon's answer is the writer's own.
# "Not only / just X: also Y" keeps X, so it sets nothing apart.
_NOT_THIS_RE = re.compile(
    r"(?:(?:it|this|that)(?:'s|\s+is)\s+)?not\s+(?!(?:it|really|quite|so|exactly|at\s+all|in\s+it)\s*:)"
    r"(?!(?:only|just|merely|simply)\b)"
    # "Not X but Y: ..." denies X only; Y is the writer's own
    r"(?P<view>(?:(?!\bbut\b)[^.:;!?\n]){1,80}?)\s*(?:,?\s*\bbut\b[^.:;!?\n]{0,80}?)?\s*:\s+(?=\S+(?:\s+\S+){2})",
    re.IGNORECASE,
)

# A label rejecting the belief after it, at the sentence's start: "Myth:", "Common misconception:", "Not
# true:", "False:" (a bare label and its colon: "Myth busted:" is no rejection). Labels that can name a wrong
# action as readily as a wrong belief ("Wrong:", "Mistake:", "Bad:") are left out: "Wrong: flipping digits"
# lists a harmful augmentation, the very answer to "which ... harm", and must not be denied.
_REJECTING_LABEL_RE = re.compile(
    r"(?:(?:a\s+)?(?:common|popular|widespread|frequent|classic|typical)\s+)?"
    r"(?:myths?|misconceptions?|misbeliefs?|false|not\s+true|untrue)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
# A label asserting what follows it, ending a labelled view in the same sentence ("Myth: X; fact: Y").
_ASSERTING_LABEL_RE = re.compile(
    r"[,;\u2013\u2014-]?\s*\b(?:fact|facts|truth|the\s+truth|reality|in\s+reality|correct|right|actually)\s*:",
    re.IGNORECASE,
)


def _labelled_view(text: str, head: int, stop: int) -> tuple[int, int, int] | None:
    """The view a rejecting label opens ("Myth: X"), from the label to the sentence's end or to an asserting
    label in the same sentence; None without such a label."""
    label = _REJECTING_LABEL_RE.match(text, head, stop)
    if not label:
        return None
    asserted = _ASSERTING_LABEL_RE.search(text, label.end(), stop)
    view_end = asserted.start() if asserted else stop
    while view_end > label.end() and text[view_end - 1] in " .!?,;:\n":
        view_end -= 1
    return (head, label.end(), view_end) if view_end > label.end() else None


@lru_cache(maxsize=1024)
def rejected_views(text: str) -> tuple[tuple[int, int, int], ...]:
    """The views ``text`` reports as others' and rejects (see the module docstring): per view, where its
    holder starts ("Some say"), where the view itself starts (after the reporting verb) and where it ends."""
    out = []
    for start, stop in sentence_spans(text):
        opener = _OPENER_RE.match(text, start, stop)
        head = opener.end() if opener else start
        labelled = _labelled_view(text, head, stop)
        if labelled:
            out.append(labelled)
            continue
        reported = _REPORTED_RE.match(text, head, stop)
        set_apart = None if reported else _NOT_THIS_RE.match(text, head, stop)
        if set_apart:
            out.append((head, set_apart.start("view"), set_apart.end("view")))
            continue
        if not reported:
            continue
        turn = _TURN_RE.search(text, reported.end(), stop)
        if turn:
            view_end, after = turn.start(), text[turn.start() : stop]
        else:
            following = SENTENCE_END_RE.search(text, stop)
            view_end, after = stop, text[stop : following.end() if following else len(text)]
        after = after.lstrip(",;:- \n\u2013\u2014")
        if not after or _AGREES_RE.match(after):
            continue
        if not (_REJECTION_RE.match(after) or _AGAINST_RE.search(after)):
            continue
        view_start = reported.end()
        while view_start < view_end and text[view_start] in " ,:;\n'\"":
            view_start += 1
        while view_end > view_start and text[view_end - 1] in " .!?,;:\n":
            view_end -= 1
        if view_end > view_start:
            out.append((head, view_start, view_end))
    return tuple(out)
