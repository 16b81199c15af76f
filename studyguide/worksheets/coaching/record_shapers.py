"""Lever settings that decide what a plan's records can show: the terms people pay or are given, what is
stocked ahead of demand, where and when we turn up, and what we post to people. Read by ``loops``: a plan
whose system sets one of them, asked what success would do and answering only with its gains, has passed
the feedback loop by. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

# Settings that decide what the records can show. Taken alone none calls for a loop (a fee may only move
# money; a bakery's batch changes only waste when it never sells out), but asked what success would do and
# answered only with its gains, a plan whose system sets one of them has passed the loop by.
# Terms people pay or are given: whoever comes, buys or books does so on these, so the records hold those the
# terms drew in.
TERMS_SET = re.compile(
    r"\b(?:prices?|pricing|priced|fees?|fares?|tariffs?|discounts?|surcharges?|deposits?"
    r"|minimum (?:order|spend|purchase|booking)s?|free (?:delivery|postage|shipping))\b",
    re.IGNORECASE,
)
# What is put on hand before anyone asks: "which parts are pre-ordered the day before", "stock held per
# shop", "order quantity per line", "par levels for each bar". Only what is on hand can be sold or fitted,
# so the records show demand where we stocked and hide it where we ran out. (A fish farm's "stocking
# density" is how crowded the pens are, not goods held for sale.)
STOCK_SET = re.compile(
    r"\b(?:stock(?:s|ed)?|stocking(?! (?:density|rate|levels? of fish))|pre-?order(?:s|ed|ing)?"
    r"|order(?:s|ed)? (?:ahead|in advance)|order quantit(?:y|ies)|par levels?"
    # the same in other words: "which parts we order the day before", "how many cases I buy in"
    r"|order(?:s|ed|ing)? (?:[\w'-]+ ){0,3}?(?:the (?:day|night|evening|week) before|beforehand|early)"
    r"|(?:which|what|how many|how much) (?:[\w'-]+ ){0,3}?(?:i|we) (?:order|buy in|keep in|carry|hold))\b",
    re.IGNORECASE,
)
# Where (or when) we turn up to trade or serve: "which park I go to each weekday", "which markets we stand
# at", "where the van sets up". Only where we went can anyone buy, so the records show demand at the pitches
# we chose and none at the others.
PITCH_CHOSEN = re.compile(
    r"\b(?:which|what|where|whichever) (?:[\w'-]+ ){0,3}?(?:i|we|the (?:van|truck|stall|cart|bus|crew))"
    r" (?:go|goes|drive|drives|stand|stands|trade|trades|pitch|pitches|set up|sets up|park|parks|sell"
    r"|sells|visit|visits|open|opens)\b",
    re.IGNORECASE,
)
# When we put on what people come to: "which nights i stream", "which months we hold the skip days", "which
# evenings we open". Only when we were on can anyone come, so the records show turnout at the times we chose
# and none at the others. ("which nights we run the snow cannons" times a machine, reaching nobody.)
SLOT_CHOSEN = re.compile(
    r"\b(?:which|what) (?:[\w'-]+ ){0,2}?(?P<unit>night|day|evening|morning|afternoon|weekend|week|month|date"
    r"|time|slot|hour)s? (?:of the (?:week|month|year) )?(?:i|we) (?:stream|hold|open"
    r"|play|host|put on|broadcast|teach|serve|meet|go live|run (?:[\w-]+ )?(?:sessions?|courses?|classes"
    r"|events?|clinics?|tours?|clubs?|surger(?:y|ies)))\w*\b",
    re.IGNORECASE,
)
# What we post ("when the first letter is sent", "which households get a leaflet") reaches people as an e-mail
# does, so who answers, and when, is partly of our making (``needs_loop`` reads e-mails for every plan; a
# letter is left out there, as the word names other things too: a letter of the law, a letter grade).
POSTED = re.compile(r"\b(?:letters?|mailings?|mailshots?|leaflets?|flyers?|postcards?)\b", re.IGNORECASE)
SHAPES_ITS_RECORDS = (TERMS_SET, STOCK_SET, PITCH_CHOSEN, SLOT_CHOSEN, POSTED)
