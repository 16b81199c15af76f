"""A tiny, safe renderer for the Markdown subset used in study notes (pure).

Everything is HTML-escaped first; only paragraphs, "- " bullet lists, **bold** and `code` are produced.
"""

import html
import re
from functools import lru_cache

BOLD = re.compile(r"\*\*(.+?)\*\*")
CODE = re.compile(r"`([^`]+)`")


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=True)
    escaped = CODE.sub(r"<code>\1</code>", escaped)
    return BOLD.sub(r"<strong>\1</strong>", escaped)


def inline(text: str) -> str:
    """One run of text (a prompt, a choice, a step) with its `code` and **bold** spans, escaped first."""
    return _inline(text)


@lru_cache(maxsize=256)
def render(text: str) -> str:
    """HTML of ``text``, cached by the text itself: an edited note is a new key, rendered afresh."""
    blocks: list[str] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if bullets:
            blocks.append("<ul>" + "".join(f"<li>{_inline(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith(("- ", "* ")):
            if paragraph:
                flush()
            bullets.append(stripped[2:])
        elif bullets and line.startswith(("  ", "\t")):
            bullets[-1] += " " + stripped
        else:
            if bullets:
                flush()
            paragraph.append(stripped)
    flush()
    return "\n".join(blocks)
