from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from .models import TEACHER_GROUP, Cohort, Membership
from .services import user_make_teacher


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["student"]


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin):
    list_display = ["name", "join_code", "created_at"]
    search_fields = ["name", "join_code"]
    filter_horizontal = ["teachers"]
    inlines = [MembershipInline]
    readonly_fields = ["created_at"]


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StudyGuideUserAdmin(UserAdmin):
    list_display = [*UserAdmin.list_display, "is_teacher"]
    actions = ["make_teachers"]

    @admin.display(boolean=True, description="Teacher")
    def is_teacher(self, obj) -> bool:
        return obj.groups.filter(name=TEACHER_GROUP).exists()

    @admin.action(description="Make the selected users teachers")
    def make_teachers(self, request, queryset):
        for user in queryset:
            user_make_teacher(user=user)
        self.message_user(request, f"{queryset.count()} user(s) are now teachers.")
