from studyguide.accounts.selectors import is_teacher
from studyguide.http import HTMX_CONFIG_JSON


def navigation(request):
    return {"user_is_teacher": is_teacher(request.user) if hasattr(request, "user") else False}


def htmx_config(request):
    """The site-wide htmx configuration (the fragment status policy of ``studyguide.http``)."""
    return {"htmx_config": HTMX_CONFIG_JSON}
