"""Markdown export of a worksheet (pure: no Django)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from . import spec


def _block(text: str) -> str:
    text = (text or "").strip()
    return text if text else "_(not written yet)_"


def to_markdown(
    values: Mapping,
    *,
    status: str = "",
    author: str = "",
    comments: Mapping[str, Iterable[tuple[str, str]]] | None = None,
) -> str:
    """``comments``: field name -> [(author, body), ...]."""
    comments = comments or {}
    out = [f"# {values.get('title') or spec.UNTITLED}", ""]
    meta = [x for x in (f"Author: {author}" if author else "", f"Status: {status}" if status else "") if x]
    if meta:
        out += [" · ".join(meta), ""]
    for _key, heading, names in spec.SECTIONS:
        out += [f"## {heading}", ""]
        for name in names:
            f = spec.BY_NAME[name]
            value = values.get(name)
            out.append(f"### {f.label}")
            out.append("")
            if f.kind == "list":
                out += [f"- {item}" for item in value] if value else ["_(none listed)_"]
            elif f.kind == "choice":
                out.append(f.display(value))
            else:
                out.append(_block(value))
            out.append("")
            for who, body in comments.get(name, ()):
                out += [f"> **Comment from {who}:** {body}", ""]
    general = list(comments.get("general", ()))
    if general:
        out += ["## Teacher comments", ""]
        for who, body in general:
            out += [f"> **{who}:** {body}", ""]
    return "\n".join(out).rstrip() + "\n"
