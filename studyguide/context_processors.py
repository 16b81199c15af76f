from studyguide.accounts.selectors import is_teacher


def navigation(request):
    return {"user_is_teacher": is_teacher(request.user) if hasattr(request, "user") else False}
