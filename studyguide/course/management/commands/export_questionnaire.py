"""Print the whole question bank (ids, prompts, reference answers, key points, …) to stdout."""

import json

import yaml
from django.core.management.base import BaseCommand

from studyguide.course.selectors import export_bank


class Command(BaseCommand):
    help = "Print the question bank as JSON (default) or YAML."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "yaml"], default="json")

    def handle(self, *args, format: str, **options):
        bank = export_bank()
        if format == "json":
            self.stdout.write(json.dumps(bank, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(yaml.safe_dump(bank, sort_keys=False, allow_unicode=True))
