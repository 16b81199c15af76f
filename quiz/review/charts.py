"""Small server-rendered SVG charts (pure: no Django, no JavaScript, no CDN; levels from ``quiz.grading``).

Every function returns a complete ``<svg>`` string with ``role="img"``, a ``<title>`` and an ``aria-label``;
all text is escaped, so the result can be marked safe in a template. Colours come from CSS classes
(``review.css``) with inline fallbacks, so the charts also read in print and in high-contrast mode (values are
written as text)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from quiz.grading import levels

LEVEL_ORDER = (*levels.LEVELS_BEST_FIRST, levels.PENDING)
LEVEL_COLOURS = {
    levels.CORRECT: "#2e7d32",
    levels.PARTIAL: "#b7791f",
    levels.INCORRECT: "#c62828",
    levels.PENDING: "#6b7280",
}


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def level_bars(
    counts: Mapping[str, int], *, title: str = "Levels", width: int = 360, bar_height: int = 22
) -> str:
    """Horizontal bars, one per level (correct, partial, incorrect, then pending when present)."""
    shown = [lv for lv in LEVEL_ORDER if lv != levels.PENDING or counts.get(levels.PENDING)]
    shown += [lv for lv in counts if lv not in shown and counts.get(lv)]
    total = sum(int(counts.get(lv, 0)) for lv in shown)
    label_w, value_w, gap = 80, 70, 6
    plot_w = max(40, width - label_w - value_w)
    height = len(shown) * (bar_height + gap) + gap
    summary = ", ".join(f"{lv}: {int(counts.get(lv, 0))}" for lv in shown)
    parts = [
        f'<svg class="chart level-bars" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}: {escape(summary)}">',
        f"<title>{escape(title)}: {escape(summary)}</title>",
    ]
    for i, lv in enumerate(shown):
        n = int(counts.get(lv, 0))
        y = gap + i * (bar_height + gap)
        w = 0.0 if total == 0 else plot_w * n / total
        pct = 0 if total == 0 else round(100 * n / total)
        colour = LEVEL_COLOURS.get(lv, "#6b7280")
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar_height * 0.7:.1f}" text-anchor="end" font-size="13">'
            f"{escape(lv.capitalize())}</text>"
        )
        parts.append(
            f'<rect class="bar {escape(lv)}" x="{label_w}" y="{y}" width="{_fmt(w)}" height="{bar_height}" '
            f'fill="{colour}" rx="2"/>'
        )
        parts.append(
            f'<text x="{label_w + w + 6:.1f}" y="{y + bar_height * 0.7:.1f}" font-size="13">'
            f"{n} ({pct}%)</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def score_line(
    points: Sequence[tuple[str, float | None]],
    *,
    title: str = "Score over attempts",
    width: int = 420,
    height: int = 180,
) -> str:
    """Scores (0..1) over successive attempts as a line with dots; ``points`` are (label, score) pairs.

    ``None`` scores are skipped (gap in the line). Labels go under the dots (thinned when crowded)."""
    left, right, top, bottom = 40, 12, 12, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(points)
    valid = [(i, lab, s) for i, (lab, s) in enumerate(points) if s is not None]
    summary = "; ".join(f"{lab}: {round(100 * s)}%" for _, lab, s in valid) or "no scores yet"
    parts = [
        f'<svg class="chart score-line" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}: {escape(summary)}">',
        f"<title>{escape(title)}: {escape(summary)}</title>",
    ]
    for frac in (0.0, 0.5, 1.0):
        y = top + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="#d1d5db" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{round(frac * 100)}%</text>"
        )

    def xy(i: int, s: float) -> tuple[float, float]:
        x = left + (plot_w / 2 if n == 1 else plot_w * i / (n - 1))
        return x, top + plot_h * (1 - max(0.0, min(1.0, s)))

    segment: list[str] = []
    segments: list[list[str]] = []
    for i, (_, s) in enumerate(points):
        if s is None:
            if segment:
                segments.append(segment)
            segment = []
            continue
        x, y = xy(i, s)
        segment.append(f"{x:.1f},{y:.1f}")
    if segment:
        segments.append(segment)
    for seg in segments:
        if len(seg) > 1:
            parts.append(
                f'<polyline points="{" ".join(seg)}" fill="none" stroke="#1d4ed8" stroke-width="2"/>'
            )
    step = max(1, -(-n // 8))  # at most ~8 labels
    for i, lab, s in valid:
        x, y = xy(i, s)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#1d4ed8"><title>{escape(lab)}: '
            f"{round(100 * s)}%</title></circle>"
        )
    for i, (lab, _) in enumerate(points):
        if i % step == 0 or i == n - 1:
            x, _y = xy(i, 0.0)
            parts.append(
                f'<text x="{x:.1f}" y="{height - 12}" text-anchor="middle" font-size="11">'
                f"{escape(lab[:12])}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def key_point_bars(
    rows: Sequence[tuple[str, int]], total: int, *, title: str = "Most-missed key points", width: int = 420
) -> str:
    """Horizontal bars: how many answers missed (or only vaguely covered) each key point."""
    bar_h, gap, label_w, value_w = 18, 8, 0, 80
    height = max(1, len(rows)) * (bar_h * 2 + gap) + gap
    plot_w = width - value_w
    summary = ", ".join(f"{lab}: {n} of {total}" for lab, n in rows) or "none"
    parts = [
        f'<svg class="chart key-points" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}: {escape(summary)}">',
        f"<title>{escape(title)}: {escape(summary)}</title>",
    ]
    for i, (lab, n) in enumerate(rows):
        y = gap + i * (bar_h * 2 + gap)
        w = 0.0 if total == 0 else plot_w * n / total
        parts.append(f'<text x="{label_w}" y="{y + 13}" font-size="13">{escape(lab[:60])}</text>')
        parts.append(
            f'<rect x="{label_w}" y="{y + bar_h}" width="{_fmt(w)}" height="{bar_h - 4}" '
            'fill="#c62828" rx="2"/>'
        )
        parts.append(
            f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h + 12}" font-size="12">{n} of {total}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


__all__ = ["LEVEL_COLOURS", "LEVEL_ORDER", "key_point_bars", "level_bars", "score_line"]
