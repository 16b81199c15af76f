"""views/markup.py builds the edit page's repeated live markup in Python: byte for byte what the template
markup it replaced gave (kept here as the reference), hostile text included."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from studyguide.worksheets import spec
from studyguide.worksheets.views import markup

HOSTILE = ['<script>alert("x")</script>', 'it\'s & "quoted"', "", "  spaced  ", "émoji ✓ \u00a0"]

# The template markup views/markup.py replaced (worksheets/edit.html before it).
ROWS = Template(
    "{% for item in items %}\n"
    '        <li><input type="text" name="{{ name }}" value="{{ item }}" '
    '{% if forloop.first %}id="id_{{ name }}" {% endif %}aria-describedby="help-{{ name }}" '
    'aria-label="{{ f.label }} row {{ forloop.counter }}"></li>\n'
    "      {% endfor %}"
)
OPTIONS = Template(
    '{% for value, label in f.choices %}<option value="{{ value }}"'
    "{% if value == current %} selected{% endif %}>{{ label }}</option>{% endfor %}"
)
META = Template(
    '<span id="meta-{{ name }}"{% if oob %} hx-swap-oob="true"{% endif %}>'
    '<input type="hidden" name="base_{{ name }}" value="{{ base }}">'
    '<input type="hidden" name="orig_{{ name }}" value="{{ orig }}"></span>\n'
)


@pytest.mark.parametrize("name", ["levers", "uncontrollables"])
def test_list_rows_are_the_template_rows(name):
    f = spec.BY_NAME[name]
    items = [*HOSTILE, *(f"row {i}" for i in range(spec.LIST_MAX_ITEMS)), "", "", ""]
    expected = ROWS.render(Context({"items": items, "name": name, "f": f}))
    assert markup.list_rows(f, items) == expected
    assert "<script>" not in expected and "&lt;script&gt;" in expected
    assert markup.list_rows(f, []) == ""


@pytest.mark.parametrize("current", ["", "yes", "no", "unsure", "other", '"><b>'])
def test_choice_options_are_the_template_options(current):
    f = spec.BY_NAME["experiment_needed"]
    assert markup.choice_options(f, current) == OPTIONS.render(Context({"f": f, "current": current}))


@pytest.mark.parametrize("oob", [False, True])
@pytest.mark.parametrize("base", [0, 7, 123456])
def test_field_meta_is_the_template_meta(oob, base):
    for orig in ["", spec.fingerprint(["a"]), '"><script>x</script>']:
        context = Context({"name": "objective", "base": base, "orig": orig, "oob": oob})
        assert markup.field_meta("objective", base, orig, oob=oob) == META.render(context)
