from django.contrib import admin
from django.db.models import F

from .models import Choice, Item, KeyPoint, Misconception, StudyNote


class KeyPointInline(admin.StackedInline):
    model = KeyPoint
    extra = 0


class MisconceptionInline(admin.StackedInline):
    model = Misconception
    extra = 0


class ChoiceInline(admin.TabularInline):
    model = Choice
    extra = 0


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ["item_id", "kind", "source_ref", "variant_of", "key_version"]
    list_filter = ["kind", "note"]
    search_fields = ["item_id", "prompt", "reference_answer"]
    inlines = [KeyPointInline, MisconceptionInline, ChoiceInline]
    readonly_fields = ["key_version"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # A teacher's edit of the key makes earlier automatic grades stale: bump the version so the review
        # pages can offer a regrade.
        if change and any(fs.has_changed() for fs in formsets):
            Item.objects.filter(pk=form.instance.pk).update(key_version=F("key_version") + 1)


@admin.register(StudyNote)
class StudyNoteAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "order"]
    search_fields = ["title", "body"]


@admin.register(KeyPoint)
class KeyPointAdmin(admin.ModelAdmin):
    list_display = ["label", "item", "order", "optional"]
    search_fields = ["label", "detail", "item__item_id"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and form.has_changed():
            Item.objects.filter(pk=obj.item_id).update(key_version=F("key_version") + 1)
