"""The authentication backend: Django's own, except that loading the logged-in user also answers "is this user
a teacher?" in the same query (every page's navigation asks it, see ``selectors.is_teacher``), and that the
result is kept in the shared cache between requests (``usercache``: no query at all on most requests)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef

from .models import TEACHER_GROUP
from .usercache import cached_user


def _load(user_id):
    teacher = Group.objects.filter(user=OuterRef("pk"), name=TEACHER_GROUP)
    return (
        get_user_model()
        ._default_manager.annotate(_is_teacher_cache=Exists(teacher))
        .filter(pk=user_id)
        .first()
    )


class RoleAwareBackend(ModelBackend):
    def get_user(self, user_id):
        user = cached_user(user_id, _load)
        return user if user is not None and self.user_can_authenticate(user) else None
