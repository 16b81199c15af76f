"""``{% prerendered %}``: a stretch of a template rendered once per process and reused, with ``{% live %}``
holes rendered on every request (a template builtin, settings.TEMPLATES).

Every page extends base.html, whose header, navigation and footer hold a dozen links and static files: about
half of a light page's rendering. Their text depends only on the role (visitor, student, teacher), the URL
configuration, the script prefix, the language and the current application, so it is rendered once for each
of those and remembered. The worksheet edit page does the same for each field's block (its frame comes from
the field's spec)::

    {% prerendered teacher=user_is_teacher signed_in=user.is_authenticated %}
      ... {% if teacher %}...{% endif %} ... {% live %}{{ user.username }}{% endlive %} ...
    {% endprerendered %}

The stretch is rendered with a context holding only the named values, so nothing else about the request can
end up in the shared text; each value must be a string, a number, a boolean or None (anything else: the
stretch is rendered every time). ``{% live %}`` marks what belongs to one request (the user's name, the CSRF
token): it is rendered with the page's own context each time and never remembered. In DEBUG nothing is
remembered, so template edits show at once.
"""

from __future__ import annotations

import re
import types

from django import template
from django.conf import settings
from django.template.loader_tags import BlockNode
from django.urls import get_resolver, get_script_prefix, get_urlconf
from django.utils.translation import get_language

register = template.Library()

MAX_ENTRIES = 1024
_SIMPLE = (str, int, float, bool, type(None))
# A hole's place in the stretch's text (which holds only template text and the named values, none with NUL).
_HOLE = re.compile("\x00live:([0-9]+)\x00")
_PRERENDERING = object()  # marks the render context of a stretch being rendered for keeping
_texts: dict[tuple, tuple] = {}


def _current_app(context):
    """As ``studyguide.urltag`` (and Django's ``{% url %}``) read it."""
    try:
        return context.request.current_app
    except AttributeError:
        try:
            return context.request.resolver_match.namespace
        except AttributeError:
            return None


class PrerenderedNode(template.Node):
    # No {% block %} can be inside (checked when parsing), so {% extends %} need not look through the stretch.
    child_nodelists = ()

    def __init__(self, nodelist, values, holes):
        self.nodelist = nodelist
        self.values = values  # [(name, FilterExpression)]
        self.holes = holes  # [LiveNode], each numbered by its place in this list

    def render(self, context):
        values = tuple((name, expression.resolve(context)) for name, expression in self.values)
        current_app = _current_app(context)
        if settings.DEBUG or not all(isinstance(value, _SIMPLE) for _, value in values):
            return self._join(self._render_parts(context, values, current_app), context)
        # The types too: a SafeString and a str of the same text render differently (escaped or not).
        types_of = tuple(type(value) for _, value in values)
        key = (
            self,
            get_resolver(get_urlconf()),  # a new object whenever the URL configuration changes
            get_script_prefix(),
            get_language(),
            current_app,
            context.autoescape,
            context.use_l10n,
            context.use_tz,
            values,
            types_of,
        )
        parts = _texts.get(key)
        if parts is None:
            parts = self._render_parts(context, values, current_app)
            if len(_texts) >= MAX_ENTRIES:
                _texts.clear()
            _texts[key] = parts
        return self._join(parts, context)

    def _render_parts(self, context, values, current_app) -> tuple:
        """The stretch as text pieces (str) and hole numbers (int), rendered from ``values`` alone."""
        isolated = template.Context(
            dict(values), autoescape=context.autoescape, use_l10n=context.use_l10n, use_tz=context.use_tz
        )
        isolated.template = context.template
        isolated.request = types.SimpleNamespace(current_app=current_app)  # read by {% url %} only
        isolated.render_context[_PRERENDERING] = True
        parts = []
        # text, hole number, text, hole number, ..., text
        for place, piece in enumerate(_HOLE.split(self.nodelist.render(isolated))):
            if place % 2:
                parts.append(int(piece))
            elif piece:
                parts.append(piece)
        return tuple(parts)

    def _join(self, parts, context) -> str:
        return "".join(
            part if isinstance(part, str) else self.holes[part].nodelist.render(context) for part in parts
        )


class LiveNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist
        self.number: int | None = None  # set by the enclosing {% prerendered %}

    def render(self, context):
        if _PRERENDERING in context.render_context and self.number is not None:
            return f"\x00live:{self.number}\x00"
        return self.nodelist.render(context)


@register.tag
def prerendered(parser, token):
    bits = token.split_contents()
    values = []
    for bit in bits[1:]:
        name, sep, expression = bit.partition("=")
        if not sep or not name.isidentifier():
            raise template.TemplateSyntaxError(f"{bits[0]} takes name=value pairs, got {bit!r}")
        values.append((name, parser.compile_filter(expression)))
    nodelist = parser.parse(("endprerendered",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        raise template.TemplateSyntaxError(f"{bits[0]} cannot hold a block: a child template may change it")
    if nodelist.get_nodes_by_type(PrerenderedNode):
        raise template.TemplateSyntaxError(f"{bits[0]} cannot hold another {bits[0]}")
    holes = nodelist.get_nodes_by_type(LiveNode)  # at any depth, in the order they appear
    for number, hole in enumerate(holes):
        hole.number = number
    return PrerenderedNode(nodelist, values, holes)


@register.tag
def live(parser, token):
    nodelist = parser.parse(("endlive",))
    parser.delete_first_token()
    return LiveNode(nodelist)
