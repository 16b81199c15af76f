"""Write a model folder so that it is either complete or absent (pure: standard library only).

Everything is written into a hidden temporary folder next to the final one, each file is fsynced, the
manifest with the checksums is written last, and one ``os.rename`` makes the folder appear under its
final name. A worker killed at any moment leaves at most a ``.tmp-*`` folder, which the site never reads
and the stale-job sweep deletes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

TMP_PREFIX = ".tmp-"


def fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_tmp_dir(parent: Path, folder: str) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{folder}-", dir=parent))


def write_json(path: Path, data: dict) -> None:
    with open(path, "w") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())


def publish(tmp_dir: Path, final_dir: Path) -> Path:
    """Atomically move a complete ``tmp_dir`` to ``final_dir`` (which must not exist yet)."""
    for child in tmp_dir.iterdir():
        fsync_file(child)
    fsync_dir(tmp_dir)
    os.rename(tmp_dir, final_dir)
    fsync_dir(final_dir.parent)
    return final_dir


def remove_leftovers(parent: Path, folder: str) -> list[Path]:
    """Delete the temporary folders a dead worker left for ``folder``; returns what was removed."""
    removed = []
    if parent.is_dir():
        for path in parent.glob(f"{TMP_PREFIX}{folder}-*"):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed
