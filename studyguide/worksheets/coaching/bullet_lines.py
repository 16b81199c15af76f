"""A text box written as bullet points ("- Nothing written down\n- I go by feel"), read as the paragraph it
stands for ("Nothing written down. I go by feel.").

Students who put each point of an answer on its own bulleted line wrote the same answer as those who wrote it
as one paragraph, but the readers met the bullet mark first and took each line as an answer of its own: a
records box of "- Nothing written down.\n- I go by feel." read as one line saying nothing kept and one line
that says something, a placeholder "- same as above" was no longer a placeholder, a "Q: Goal?\n- A: ..." no
longer had the form's question before its answer. Measured by putting every labelled plan's sentences on
bulleted lines, the rules lost 47 catches and raised 34 false alarms (none once read as paragraphs). So
each field's run of bulleted lines (and a list row's) is read as one line, its points as sentences, where the
field's value becomes the plan's text (``plan.plan_from_values``), before the fields that share a plan key
are joined: a line break between two fields still parts their answers, which reading the joined key could no
longer tell. Lines without a bullet mark keep their breaks: a heading before its points ("Two stages:")
stays its own line, and lines a student broke by hand stay apart. Readers that took bulleted lines as the
stages of a rollout read the points as sentences now (``rollout._PERIOD_OPENING``).
"""

from __future__ import annotations

import re

# "- ", "• ", "* ", "– ", "-- " before the point; "-5 degrees" and "—" alone are not bullet marks.
_BULLET_MARK = re.compile(r"^[ \t]{0,8}[-–—•*]{1,2}[ \t]{1,4}(?=\S)")
# A point that already ends its sentence (or leads into the next point) needs no full stop added.
_ENDED = re.compile(r"[.!?;:,…]['\"’”)]?$")


def as_paragraph(text: str) -> str:
    """The text with each run of bulleted lines written as one line: the marks dropped, each point ending
    its sentence."""
    if "\n" not in text and not _BULLET_MARK.match(text):
        return text
    out: list[str] = []
    in_run = False
    for line in text.split("\n"):
        mark = _BULLET_MARK.match(line)
        if mark is None:
            out.append(line)
            in_run = False
            continue
        point = line[mark.end() :].rstrip()
        if in_run and out:
            before = out[-1]
            out[-1] = f"{before} {point}" if _ENDED.search(before) else f"{before}. {point}"
        else:
            out.append(point)
        in_run = True
    return "\n".join(out)
