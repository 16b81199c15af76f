"""``{% url %}`` with its results remembered: a template builtin (settings.TEMPLATES) replacing Django's tag.

Every page reverses a dozen URLs (the navigation, links, form actions), each about 30 µs of Python. A URL is
a pure function of the URL configuration, the script prefix, the language, the current application namespace
and the arguments, so when the arguments are plain strings and numbers the result is looked up by exactly
those; anything else (a model instance, whose ``str()`` may change) is reversed every time, as Django does.
Errors, ``as var`` and escaping behave as in Django's tag, which parses the arguments.
"""

from __future__ import annotations

from django import template
from django.template import defaulttags
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.translation import get_language

register = template.Library()

MAX_ENTRIES = 4096
_SIMPLE = (str, int)
_urls: dict[tuple, str] = {}


def cached_reverse(view_name, args=(), kwargs=None, current_app=None) -> str:
    """``reverse()``, remembered when every argument is a string or a number (raises NoReverseMatch as it)."""
    kwargs = kwargs or {}
    if not isinstance(view_name, str) or not all(isinstance(v, _SIMPLE) for v in (*args, *kwargs.values())):
        return reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
    key = (
        get_resolver(get_urlconf()),  # a new object whenever the URL configuration changes
        get_script_prefix(),
        get_language(),
        current_app,
        view_name,
        tuple((type(a), a) for a in args),
        tuple(sorted((k, type(v), v) for k, v in kwargs.items())),
    )
    url = _urls.get(key)
    if url is None:
        url = reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
        if len(_urls) >= MAX_ENTRIES:
            _urls.clear()
        _urls[key] = url
    return url


class CachedURLNode(defaulttags.URLNode):
    def render(self, context):
        from django.urls import NoReverseMatch

        args = [arg.resolve(context) for arg in self.args]
        kwargs = {k: v.resolve(context) for k, v in self.kwargs.items()}
        view_name = self.view_name.resolve(context)
        try:
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        url = ""
        try:
            url = cached_reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
        except NoReverseMatch:
            if self.asvar is None:
                raise
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    node = defaulttags.url(parser, token)  # Django's parsing and its error messages
    return CachedURLNode(node.view_name, node.args, node.kwargs, node.asvar)
