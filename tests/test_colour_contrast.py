"""Text colours against the backgrounds the stylesheets paint, computed from the CSS itself (WCAG 2 contrast).

axe-core (tests/test_a11y_browser.py) only sees the states a browser test happens to reach; this covers every
tinted panel and badge in ``static/**/*.css``, so a new tint or a lighter accent fails here at once:

- the site's text colours (``--ink``, ``--muted``, ``--accent``, ``--ok``, ``--warn``, ``--bad``, ``--mass``)
  reach 4.5:1 on every light background any stylesheet uses (links and muted notes land on all of them);
- white reaches 4.5:1 on the filled buttons (``--accent``, ``--bad``);
- every rule that sets both a text colour and a background reaches 4.5:1 with itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[1] / "static"
AA = 4.5
TEXT_VARIABLES = ("ink", "muted", "accent", "ok", "warn", "bad", "mass")
BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
DECLARATION = re.compile(r"(?:^|;)\s*(color|background(?:-color)?)\s*:\s*([^;]+)")
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(digits[i : i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def variables() -> dict[str, str]:
    """The custom properties of site.css's first ``:root`` block (the phone one only changes the size)."""
    root = re.search(r":root\s*\{([^}]*)\}", (STATIC / "css" / "site.css").read_text())
    assert root, "site.css has no :root block"
    return dict(re.findall(r"--([\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\b", root.group(1)))


def resolve(value: str, names: dict[str, str]) -> str | None:
    """The hex colour a declaration paints (``var(--x[, fallback])`` resolved), or None for none/gradients."""
    var = re.match(r"var\(--([\w-]+)", value.strip())
    if var:
        return names.get(var.group(1))
    found = HEX.search(value)
    return found.group(0) if found else None


def rules(css: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {"color": raw, "background": raw}) for every innermost block of a stylesheet."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found = []
    for selector, body in BLOCK.findall(css):
        props = {name.split("-")[0]: value for name, value in DECLARATION.findall(body)}
        found.append((selector.strip(), props))
    return found


def stylesheet_rules() -> list[tuple[str, str, dict[str, str]]]:
    sheets = sorted(STATIC.rglob("*.css"))
    return [(css.name, sel, props) for css in sheets for sel, props in rules(css.read_text())]


def light_backgrounds(names: dict[str, str]) -> dict[str, str]:
    """Every light background colour painted by any rule, with one selector that paints it."""
    found = {"var(--bg)": names["bg"], "var(--card)": names["card"]}
    for _, selector, props in stylesheet_rules():
        colour = resolve(props.get("background", ""), names)
        if colour and luminance(colour) > 0.5:
            found.setdefault(selector, colour)
    return found


def test_text_colours_reach_aa_on_every_light_background():
    names = variables()
    backgrounds = light_backgrounds(names)
    assert len(backgrounds) > 20, "the background detector went blind"
    failures = [
        f"--{name} {names[name]} on {bg} ({where}): {contrast(names[name], bg):.2f}:1"
        for name in TEXT_VARIABLES
        for where, bg in backgrounds.items()
        if contrast(names[name], bg) < AA
    ]
    assert not failures, "\n".join(failures)


def test_white_reaches_aa_on_filled_buttons():
    names = variables()
    assert contrast(names["accent-ink"], names["accent"]) >= AA
    assert contrast("#fff", names["bad"]) >= AA  # button.danger


def test_every_rule_with_a_colour_and_a_background_reaches_aa():
    names = variables()
    checked, failures = 0, []
    for sheet, selector, props in stylesheet_rules():
        fg, bg = resolve(props.get("color", ""), names), resolve(props.get("background", ""), names)
        if fg and bg:
            checked += 1
            if contrast(fg, bg) < AA:
                failures.append(f"{sheet} {selector}: {fg} on {bg} = {contrast(fg, bg):.2f}:1")
    assert checked > 15, "the rule detector went blind"
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("#000", "#fff", 21.0),
        ("#fff", "#fff", 1.0),
        ("#1f6feb", "#f7f8fa", 4.36),
        ("#9a6700", "#fff1c2", 4.31),
    ],
)
def test_the_contrast_formula_matches_axe(a, b, expected):
    # the last two are the ratios axe-core reported for the old link and badge colours (issue 13)
    assert contrast(a, b) == pytest.approx(expected, abs=0.01)


def test_the_parser_sees_colours_backgrounds_and_variables():
    css = (
        ":root { --x: #123456; } .a { color: var(--x); background: #fff1c2; } "
        "@media (x) { .b { color: #000 } }"
    )
    assert rules(css) == [
        (":root", {}),
        (".a", {"color": "var(--x)", "background": "#fff1c2"}),
        (".b", {"color": "#000 "}),
    ]
    assert resolve("var(--x, #000)", {"x": "#123456"}) == "#123456"
    assert resolve("none", {}) is None
