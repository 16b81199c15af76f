"""The systemd units in deploy/ start what the site needs: gunicorn for the web, and one task worker per queue
the settings declare (exam grading must have a worker, or submitted exams wait for ever). Each ExecStart is
checked against the real command-line parser, so a renamed option fails here rather than on a server."""

import configparser
import shlex
from pathlib import Path

from django.conf import settings
from django.core.management import get_commands, load_command_class

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(DEPLOY / name)
    return parser


def test_the_worker_unit_runs_db_worker_with_a_queue_per_instance():
    argv = shlex.split(unit("studyguide-worker@.service")["Service"]["ExecStart"])
    assert argv[1:3] == ["manage.py", "db_worker"]
    command = load_command_class(get_commands()["db_worker"], "db_worker")
    options = command.create_parser("manage.py", "db_worker").parse_args(
        [a.replace("%i", "grading") for a in argv[3:]]
    )
    assert options.queue_name == "grading" and options.reload is False


def test_every_declared_queue_is_named_in_the_worker_unit():
    text = (DEPLOY / "studyguide-worker@.service").read_text()
    for queue in settings.TASKS["default"]["QUEUES"]:
        assert f"studyguide-worker@{queue}" in text, f"no worker instance documented for the {queue!r} queue"
    assert "grading" in settings.TASKS["default"]["QUEUES"]


def test_web_and_worker_units_share_the_environment_and_sandbox():
    web, worker = unit("studyguide.service")["Service"], unit("studyguide-worker@.service")["Service"]
    for key in ("User", "WorkingDirectory", "EnvironmentFile", "ReadWritePaths", "ProtectSystem"):
        assert web[key] == worker[key], key
