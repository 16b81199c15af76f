"""Parse a numbered Markdown questionnaire (a teacher's own copy of the book's questions). Pure.

The format is what students and the book use: "1. Question?" lines, possibly with stray spaces,
answers as indented "- " sub-bullets (ignored), and a "Further Research" heading after which numbering
restarts for the research items.
"""

import re

QUESTION = re.compile(r"^\s{0,3}(\d{1,2})\s*[.)]\s+(\S.*)$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s*(.+?)\s*#*\s*$")


def parse_questionnaire(text: str) -> tuple[dict[str, str], list[str]]:
    """Return ({item id: question wording}, [lines that looked like questions but were not used])."""
    questions: dict[str, str] = {}
    skipped: list[str] = []
    section = "q"
    current: str | None = None
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.replace("\u00a0", " ").rstrip()
        heading = HEADING.match(line)
        if heading:
            title = heading.group(1).lower()
            if "further research" in title:
                section = "fr"
            elif "questionnaire" in title:
                section = "q"
            elif section == "fr" or questions:
                section = "done"  # e.g. "## Notes": anything numbered below is not a question
            current = None
            continue
        match = QUESTION.match(line)
        if match and section in {"q", "fr"}:
            number = int(match.group(1))
            limit = 27 if section == "q" else 4
            item_id = f"ch2-{section}{number}"
            if 1 <= number <= limit and item_id not in questions:
                questions[item_id] = " ".join(match.group(2).split())
                current = item_id
            else:
                skipped.append(line.strip())
                current = None
            continue
        stripped = line.strip()
        if (
            current
            and stripped
            and not stripped.startswith(("-", "*", "+", ">", "```"))
            and raw[:1] not in {" ", "\t"}
        ):
            # A question wrapped onto a second unindented line.
            questions[current] += " " + " ".join(stripped.split())
        else:
            current = None  # an answer bullet or a blank line ends the question
    return questions, skipped
