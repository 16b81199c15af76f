from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from .selectors import is_teacher


def teacher_required(view):
    """Logged-in teachers only; anyone else logged in gets 403, anonymous users go to the login page."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_teacher(request.user):
            raise PermissionDenied("This page is for teachers.")
        return view(request, *args, **kwargs)

    return wrapper
