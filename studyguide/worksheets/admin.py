from django.contrib import admin

from .models import FieldComment, Revision, Worksheet


class FieldCommentInline(admin.TabularInline):
    model = FieldComment
    extra = 0


@admin.register(Worksheet)
class WorksheetAdmin(admin.ModelAdmin):
    list_display = ("title", "owner", "status", "version", "updated_at")
    list_filter = ("status",)
    search_fields = ("title", "owner__username")
    readonly_fields = ("version", "field_versions", "created_at", "updated_at")
    inlines = [FieldCommentInline]


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    list_display = ("worksheet", "version", "author", "saved_at")
    readonly_fields = ("worksheet", "version", "author", "changed", "snapshot", "created_at", "saved_at")
