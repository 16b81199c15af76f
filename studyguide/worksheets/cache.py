"""Worksheet writes drop the kept pages of the student who owns it (``studyguide.pagecache``); no cached fact
about a user is built from worksheets, so the rest of their entries stay.

The edit page is kept per user (``usercache.pages_token``) and shows the worksheet's row and the teachers'
comments with their authors' names, so a change to any of these drops the owner's page token: every worksheet
write goes through ``save()`` (a save, an autosave, submit, withdraw, restore, a teacher marking it reviewed,
the admin) and comments through ``create()``/``delete()``. A worksheet given to another owner (the admin)
drops the former owner's too. A teacher renamed or deleted changes the name on the comments they wrote
(deleting sets the author to nobody with an ``update()``, which sends no signal, so it is seen before).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save, pre_delete

from studyguide.accounts.usercache import pages_forget


def _worksheet_changed(sender, instance, **kwargs) -> None:
    for pk in {instance.owner_id, getattr(instance, "_loaded_owner_id", None)} - {None}:
        pages_forget(pk)


def _comment_changed(sender, instance, **kwargs) -> None:
    from .models import Worksheet

    owner_id = Worksheet.objects.filter(pk=instance.worksheet_id).values_list("owner_id", flat=True).first()
    if owner_id is not None:
        pages_forget(owner_id)


def _commenter_changed(sender, instance, update_fields=None, **kwargs) -> None:
    if update_fields is not None and "username" not in update_fields:
        return  # a login (last_login), a password change: no name on a comment changed
    from .models import Worksheet

    owners = Worksheet.objects.filter(comments__author=instance).values_list("owner_id", flat=True).distinct()
    for owner_id in owners:
        pages_forget(owner_id)


def connect() -> None:
    """Called once by the worksheets app."""
    from .models import FieldComment, Worksheet

    post_save.connect(_worksheet_changed, sender=Worksheet, dispatch_uid="ws-cache-worksheet-save")
    post_delete.connect(_worksheet_changed, sender=Worksheet, dispatch_uid="ws-cache-worksheet-delete")
    post_save.connect(_comment_changed, sender=FieldComment, dispatch_uid="ws-cache-comment-save")
    post_delete.connect(_comment_changed, sender=FieldComment, dispatch_uid="ws-cache-comment-delete")
    user = get_user_model()
    post_save.connect(_commenter_changed, sender=user, dispatch_uid="ws-cache-commenter-save")
    pre_delete.connect(_commenter_changed, sender=user, dispatch_uid="ws-cache-commenter-delete")
