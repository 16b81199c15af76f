"""Whether an optimizer field only puts the prediction into something people read: a report, a dashboard, a
label, an e-mail, a website that shows it ("the predicted kg per 100 kg is added as a new column in the
monthly report to the bank"). Pure: no Django, no torch.

Such a field says where the number goes, not what is chosen with it: nobody sets a lever from a column in a
report. It is read only in a sentence where a prediction comes before a verb of putting or showing and a
place made for reading; the caller still leaves alone a field that also searches or chooses ("the forecast
goes into the weekly report and the optimizer picks the rota"), and the place must be one made for reading,
so that prices sent "to the booking page" or a setting written "to the valves" are not read as shown only.
A figure written beside each case ("each booking gets a small percentage beside it") is put up the same way.
"""

from __future__ import annotations

import re

from .text import sentences

_PREDICTED = re.compile(
    r"\b(?:predict\w*|forecast\w*|estimat\w*|projected|projections?|scores?|probabilit\w*|chances?|likelihoods?)\b"
)
# Places made for reading: a report or a dashboard, and the chats and boards where staff read news ("the
# staff group chat", "the team channel", "the intranet").
_READING_PLACES = (
    r"(?:reports?|dashboards?|labels?|e-?mails?|newsletters?|spreadsheets?|notice ?boards?|slides?|columns?"
    r"|bulletins?|minutes|summar(?:y|ies)|print-?outs?|(?:group )?chats?|channels?|intranet|whatsapp"
    r"|pin ?boards?|(?:wall )?charts?|whiteboards?|wall planners?)\b"
)
_PUT_INTO_READING = re.compile(
    r"\b(?:added|put|placed|included|inserted|entered|written|printed|listed|shown|shows|displayed|reported|pasted"
    r"|copied|attached|e-?mailed|sent|goes|go|appears?|sits?|lands?|published|posted|shared|circulated"
    r"|pinned|uploaded)\b[^.;]{0,40}?"
    r"\b(?:in|into|on|onto|to|as|at the (?:bottom|top|end) of)\s+(?:[\w'-]+\s+){0,4}?" + _READING_PLACES
)
# The same as an instruction, the verb first: "publish the 14-day forecast on the staff chat", "pin the
# predicted footfall to the board".
_PUT_PREDICTION_INTO_READING = re.compile(
    r"\b(?:publish|post|share|circulate|pin|upload|print|e-?mail|paste)(?:e?s|e?d|ing)?\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:predict\w*|forecasts?|estimates?|projections?|scores?|rankings?)\b[^.;]{0,30}?"
    r"\b(?:in|into|on|onto|to)\s+(?:[\w'-]+\s+){0,4}?" + _READING_PLACES
)


# The same said from the place's side: "the shop website shows the forecast", "the label displays the
# predicted sweetness". The prediction is what is shown, so it is no setting sent out.
_READING_PLACE_SHOWS = re.compile(
    r"\b(?:reports?|dashboards?|labels?|e-?mails?|newsletters?|notice ?boards?|websites?|web ?pages?|screens?"
    r"|signs?|boards?)\s+(?:shows?|displays?|lists?|prints?|carries|carry|gives?|tells?)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:predict\w*|forecast\w*|estimat\w*|projected|projections?)\b"
)


# A place for reading named after the prediction it holds: "forecast dashboard live at the ticket office",
# "the risk report goes to the ward". What the field delivers is the forecast's display, not a choice.
_PREDICTION_PLACE = re.compile(
    r"\b(?:predict\w*|forecast|estimate|projection|risk|score)s?\s+(?:dashboards?|reports?|screens?"
    r"|boards?|maps?|displays?|e-?mails?|web ?pages?|print-?outs?)\b"
)


# The same from the reader's side: someone gets a message or a list holding the likely cases ("the cover
# manager gets a heads-up email with the teachers most likely to be off", "each nurse is sent a list of the
# patients predicted to miss"). Being told who is likely is not being told what to do.
_TOLD_THE_LIKELY = re.compile(
    r"\b(?:gets?|got|receives?|received|is sent|are sent|is e-?mailed|are e-?mailed|is given|are given|sees?)"
    r" (?:a|an|the|their|his|her|our) (?:[\w'-]+ ){0,2}?(?:e-?mail|text|message|alert|heads-?up|list|report"
    r"|note|summary|warning|notification|print-?out|sheet)s?\b[^.;]{0,20}?\b(?:with|of|listing|showing"
    r"|naming|that (?:lists?|shows?|names?)|which (?:lists?|shows?|names?))\b[^.;]{0,60}?\b(?:most likely"
    r"|likel(?:y|iest)|predicted|expected|forecast|at risk|chances?|probab\w*|risk scores?)\b"
)


def lands_in_a_report(optimizer: str) -> bool:
    """Whether a sentence of the field puts a prediction into a report, a dashboard, a label, an e-mail."""
    for sentence in sentences(optimizer or ""):
        low = sentence.lower().replace("’", "'")
        predicted = _PREDICTED.search(low)
        if predicted is not None and _PUT_INTO_READING.search(low, predicted.end()):
            return True
        if _PUT_PREDICTION_INTO_READING.search(low):
            return True
        if _READING_PLACE_SHOWS.search(low) or _PREDICTION_PLACE.search(low):
            return True
        if _TOLD_THE_LIKELY.search(low):
            return True
    return False


# A sentence that does nothing but put the model's output where people read it: the output ("the ranked
# yields", "the predicted footfall") goes into or onto a place made for reading (a document, a website, a map
# as well as the places above), and whatever follows is another such place or a purpose of seeing ("so
# members can see which sites could do best"). Seeing which would do best is not choosing: who chooses, and
# how, is said elsewhere in the field or nowhere.
_OUTPUT_PUT_UP = re.compile(
    # ("Not needed: the flags go up on the wall chart": a word before a colon is the box's aside)
    r"^(?:[\w' -]{1,20}:\s*)?(?:the |our |its |their |these |those )?(?:[\w'-]+ ){0,3}?"
    r"(?:ranked|rankings?|predicted|predictions?|forecasts?|estimated|estimates?|scores?|projected|projections?"
    r"|flags?|ratings?)"
    r"\b[^.;:]{0,60}?\b(?:go|goes|went|are put|is put|are published|is published|are posted|is posted"
    r"|appear|appears|are shown|is shown)(?: up)?\s+(?:in|into|on|onto)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:" + _READING_PLACES + r"|documents?\b|websites?\b|web ?pages?\b|maps?\b|brochures?\b|leaflets?\b"
    r"|prospectus\b)(?P<rest>[^.;:]{0,200})[.!]?$"
)
_PURPOSE_OF_SEEING = re.compile(
    r",?\s*\bso(?: that)? (?:[\w'-]+ ){0,4}?(?:(?:can|could|will|may) )?"
    r"(?:see|read|view|look|know|compare|browse|find out)\b.*$"
)
# What would make the rest of the sentence a choice after all ("... and the manager picks the top ten").
_CHOOSING = re.compile(r"\b(?:decid\w*|choos\w*|chose|pick\w*|select\w*|allocat\w*|assign\w*|sets?|ranks?)\b")


# The same said of each case: it gets its figure written beside it ("Each booking in the diary gets a small
# percentage beside it - its chance of a late cancellation - so the front desk can see which look shaky",
# "every pupil has a coloured dot next to their name", "each new piece gets a printed estimate of the extra
# profit on its stock card"). A figure beside each case, or on its card, is there to be read.
_FIGURE_BESIDE_EACH = re.compile(
    r"^(?:each|every) (?:[\w'-]+ ){0,4}?(?:gets?|has|carries|shows?|is given|is marked with)"
    r" (?:a|an|its|their) (?:[\w'-]+ ){0,3}?(?:percentages?|numbers?|figures?|scores?|probabilit(?:y|ies)"
    r"|chances?|risks?|ratings?|flags?|colou?rs?|dots?|marks?|grades?|estimates?|predictions?|forecasts?)"
    r"(?: (?:beside|next to|alongside|against) (?:it|them|its|their|the)\b"
    # or written on the case's own card: "each new piece gets a printed estimate of ... on its stock card"
    r"|\b[^.;:]{0,80}? on (?:its|their|the|each) (?:[\w'-]+ ){0,2}?(?:cards?|labels?|tickets?|tags?"
    r"|stickers?|sheets?|records?|files?)\b)(?P<rest>[^.;:]{0,200})[.!]?$"
)


# ...or said of the screen that shows it: "the calendar app shows the % chance of overrunning next to each
# job, in red over 50%", "the till displays each customer's score beside their name".
_SHOWN_BESIDE_EACH = re.compile(
    r"^(?:the |our |my |a )?(?:[\w'-]+ ){0,3}?(?:shows?|displays?|puts?|prints?|lists?|flags?)"
    r" (?:the |a |an |its |their |each )?(?:[\w%'-]+ ){0,3}?(?:percentages?|%|numbers?|figures?|scores?"
    r"|probabilit(?:y|ies)|chances?|risks?|ratings?|estimates?|predictions?|forecasts?)\b[^.;:]{0,60}?"
    r" (?:beside|next to|alongside|against) (?:each|every|the|its|their) (?:[\w'-]+ ){0,2}?[\w'-]+"
    r"(?P<rest>[^.;:]{0,200})[.!]?$"
)


def only_put_up_for_reading(sentence: str) -> bool:
    """Whether the sentence only puts the model's output where people read it, and chooses nothing."""
    low = sentence.strip().lower().replace("’", "'")
    found = _OUTPUT_PUT_UP.match(low) or _FIGURE_BESIDE_EACH.match(low) or _SHOWN_BESIDE_EACH.match(low)
    if found is None:
        return False
    return not _CHOOSING.search(_PURPOSE_OF_SEEING.sub("", found.group("rest")))
