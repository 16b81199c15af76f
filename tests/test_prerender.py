"""``{% prerendered %}`` (``studyguide.prerender``): base.html's header and footer are rendered once per role
and reused, while the user's name and the CSRF token (``{% live %}``) are rendered on every request and never
cross users; what is kept follows the URL configuration, and nothing is kept in DEBUG."""

from __future__ import annotations

import re

import pytest
from django.http import HttpResponse
from django.template import Context, Template, TemplateSyntaxError
from django.test import Client
from django.urls import path, reverse, set_script_prefix
from django.utils.safestring import mark_safe

from studyguide import prerender

STRETCH = (
    "{% prerendered role=role %}<a href=\"{% url 'home' %}\">{{ role }}</a>"
    "{% if role == 'teacher' %}R{% endif %}[{% live %}{{ name }}{% endlive %}]{% endprerendered %}"
)
# This module is also a URL configuration, where 'home' is somewhere else.
urlpatterns = [path("elsewhere/", lambda request: HttpResponse(), name="home")]
PLAIN = "<a href=\"{% url 'home' %}\">{{ role }}</a>{% if role == 'teacher' %}R{% endif %}[{{ name }}]"


def render(source, **context):
    return Template(source).render(Context(context))


@pytest.fixture
def renders(monkeypatch):
    """How many times a stretch was rendered afresh (not taken from what was kept)."""
    count = {"n": 0}
    original = prerender.PrerenderedNode._render_parts

    def counted(self, *args):
        count["n"] += 1
        return original(self, *args)

    monkeypatch.setattr(prerender.PrerenderedNode, "_render_parts", counted)
    prerender._texts.clear()
    return count


def test_a_stretch_renders_what_the_same_markup_renders_without_the_tags(renders):
    template, plain = Template(STRETCH), Template(PLAIN)
    for role, name in [
        ("teacher", "Ann"),
        ("student", "Bob <b>"),
        ("teacher", "Cy"),
        ("student", "Ann"),
        ("", ""),
    ]:
        context = {"role": role, "name": name}
        assert template.render(Context(context)) == plain.render(Context(context))
    assert renders["n"] == 3  # one per role: the names never went into what was kept


def test_the_stretch_sees_only_the_values_it_names_and_a_live_hole_sees_the_page():
    source = (
        "{% prerendered a=a %}{{ a }}-{{ secret }}-{% live %}{{ secret }}{% endlive %}{% endprerendered %}"
    )
    template = Template(source)
    assert template.render(Context({"a": 1, "secret": "s1"})) == "1--s1"
    assert template.render(Context({"a": 1, "secret": "s2"})) == "1--s2"
    in_a_loop = Template(
        "{% prerendered %}{% for i in '12' %}{% live %}{{ x }}{% endlive %}{% endfor %}{% endprerendered %}"
    )
    assert in_a_loop.render(Context({"x": "y"})) == "yy"


def test_a_value_that_is_not_plain_is_rendered_every_time(renders):
    class Changing:
        def __init__(self):
            self.text = "one"

        def __str__(self):
            return self.text

    value, template = Changing(), Template("{% prerendered v=v %}{{ v }}{% endprerendered %}")
    assert template.render(Context({"v": value})) == "one"
    value.text = "two"
    assert template.render(Context({"v": value})) == "two"
    assert renders["n"] == 2


def test_a_safe_string_and_a_plain_one_of_the_same_text_are_kept_apart():
    template = Template("{% prerendered v=v %}{{ v }}{% endprerendered %}")
    assert template.render(Context({"v": mark_safe("<b>")})) == "<b>"
    assert template.render(Context({"v": "<b>"})) == "&lt;b&gt;"
    assert template.render(Context({"v": mark_safe("<b>")})) == "<b>"


def test_what_is_kept_follows_the_script_prefix_and_the_url_configuration(renders, settings):
    template = Template("{% prerendered %}{% url 'home' %}{% endprerendered %}")
    assert template.render(Context()) == "/"
    try:
        set_script_prefix("/sub/")
        assert template.render(Context()) == "/sub/"
    finally:
        set_script_prefix("/")
    assert template.render(Context()) == "/"
    assert renders["n"] == 2
    settings.ROOT_URLCONF = __name__
    assert template.render(Context()) == "/elsewhere/"
    assert renders["n"] == 3


def test_nothing_is_kept_in_debug(renders, settings):
    settings.DEBUG = True
    template = Template("{% prerendered %}{% url 'home' %}{% endprerendered %}")
    for _ in range(3):
        assert template.render(Context()) == reverse("home")
    assert renders["n"] == 3


@pytest.mark.parametrize(
    "source",
    [
        "{% prerendered %}{% block b %}{% endblock %}{% endprerendered %}",
        "{% prerendered %}{% if x %}{% live %}{% block b %}{% endblock %}{% endlive %}{% endif %}"
        "{% endprerendered %}",
        "{% prerendered %}{% prerendered %}{% endprerendered %}{% endprerendered %}",
        "{% prerendered role %}{% endprerendered %}",
        "{% prerendered 1x=role %}{% endprerendered %}",
    ],
)
def test_what_a_stretch_cannot_hold(source):
    with pytest.raises(TemplateSyntaxError):
        Template(source)


# ----------------------------------------------------------------------------------------------------------
# base.html: roles, names and CSRF tokens
# ----------------------------------------------------------------------------------------------------------

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CSRF_HEADER = re.compile(r'"X-CSRFToken": "([^"]+)"')


def nav(client) -> str:
    body = client.get(reverse("home")).content.decode()
    return body[body.index("<header") : body.index("</header>")]


@pytest.mark.django_db
def test_each_user_sees_their_own_name_and_role_in_the_navigation(make_user):
    clients = {}
    for name, teacher in [("ann", False), ("bob", True), ("cy", False)]:
        clients[name] = Client()
        clients[name].force_login(make_user(name, teacher=teacher))
    visitor = Client()
    review = reverse("quiz:review_home")
    for _ in range(2):  # the second round from what was kept
        for name, client in clients.items():
            html = nav(client)
            assert f'title="Change password">{name}</a>' in html
            assert all(f">{other}</a>" not in html for other in clients if other != name)
            assert (review in html) == (name == "bob")
        html = nav(visitor)
        assert reverse("login") in html and "Change password" not in html and review not in html


@pytest.mark.django_db
def test_the_csrf_tokens_in_the_header_are_fresh_and_work(student_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(student_user)
    first, second = (client.get(reverse("home")).content.decode() for _ in range(2))
    assert CSRF_INPUT.search(first)[1] != CSRF_INPUT.search(second)[1]
    assert CSRF_HEADER.search(first)[1] != CSRF_HEADER.search(second)[1]
    response = client.post(reverse("logout"), {"csrfmiddlewaretoken": CSRF_INPUT.search(second)[1]})
    assert response.status_code == 302
    assert "Change password" not in nav(client)


@pytest.mark.django_db
def test_worksheet_blocks_show_each_owner_their_own_text(make_user):
    """The edit page's field blocks share a frame per field; what fills it is the owner's."""
    from studyguide.worksheets import services, spec

    texts = {}
    for name in ("ann", "bob"):
        owner = make_user(name)
        values = {
            f.name: [f"{name} {f.name} <row>"] if f.kind == "list" else f"{name} {f.name} & more"
            for f in spec.FIELDS
            if f.kind != "choice"
        }
        ws = services.worksheet_create(owner=owner, title=f"{name}'s plan", values=values)
        client = Client()
        client.force_login(owner)
        texts[name] = [
            client.get(reverse("worksheets:edit", args=[ws.pk])).content.decode() for _ in range(2)
        ]
    for name, other in (("ann", "bob"), ("bob", "ann")):
        for html in texts[name]:
            assert f"{other} " not in html
            for f in spec.FIELDS:
                if f.kind == "list":
                    assert f'value="{name} {f.name} &lt;row&gt;"' in html
                elif f.kind != "choice" and f.name != "title":
                    assert f"{name} {f.name} &amp; more" in html
