"""Read image files out of an uploaded zip without trusting anything the zip says.

Pure module (standard library only). Nothing is ever extracted to disk, executed or unpickled: each entry
is read into memory, bounded by the limits below, and handed to the same safe image loader as a single
upload. Refused before decompressing anything:

- a zip that is too large, is not a zip, is encrypted or has too many entries;
- a total uncompressed size over the limit, or an entry whose compression ratio is a zip bomb's;
- entries whose path leaves the archive (``../``, absolute paths, drive letters), symbolic links and
  nested archives (zip, tar, gzip, 7z, rar ...), each reported by name.
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

# Magic numbers of archives and compressed files we refuse to open inside a zip.
ARCHIVE_MAGIC = (
    b"PK\x03\x04",  # zip, jar, docx ...
    b"PK\x05\x06",
    b"\x1f\x8b",  # gzip
    b"BZh",  # bzip2
    b"\xfd7zXZ\x00",  # xz
    b"7z\xbc\xaf\x27\x1c",  # 7z
    b"Rar!\x1a\x07",  # rar
)
ARCHIVE_SUFFIXES = {".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".jar", ".whl", ".zst"}
# Junk that operating systems add to zips; skipped without a word.
JUNK_PARTS = {"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini"}


class ArchiveRejected(ValueError):
    """The zip as a whole is refused. ``str(exc)`` is user-facing."""


@dataclass(frozen=True)
class ZipLimits:
    max_zip_bytes: int
    max_entries: int
    max_total_bytes: int
    max_entry_bytes: int
    max_ratio: int


@dataclass
class ZipEntry:
    """One file of the zip: its bytes, or the reason it was refused (never both)."""

    name: str
    folder: str  # the first folder of its path ("" at the top level): the class name in a project zip
    data: bytes | None = None
    problem: str = ""


@dataclass
class ZipContents:
    entries: list[ZipEntry] = field(default_factory=list)


def _unsafe_path(name: str) -> bool:
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return True
    return any(part == ".." for part in PurePosixPath(name).parts)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def _is_junk(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(p in JUNK_PARTS or p.startswith("._") for p in parts)


def _looks_like_archive(name: str, head: bytes) -> bool:
    suffixes = {s.lower() for s in PurePosixPath(name).suffixes}
    return bool(suffixes & ARCHIVE_SUFFIXES) or head.startswith(ARCHIVE_MAGIC)


def read_zip(fileobj, *, size: int | None, limits: ZipLimits) -> ZipContents:
    """Check the whole zip, then read each acceptable entry into memory.

    Raises ``ArchiveRejected`` for a problem with the zip as a whole; per-entry problems are reported in
    ``ZipEntry.problem`` so the student sees which files were left out and why.
    """
    if size is not None and size > limits.max_zip_bytes:
        raise ArchiveRejected(
            f"The zip is {size / 1048576:.1f} MB; the limit is {limits.max_zip_bytes / 1048576:.0f} MB."
        )
    if size == 0:
        raise ArchiveRejected("The zip is empty (0 bytes).")
    try:
        zf = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ArchiveRejected("This file is not a zip archive we can read.") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise ArchiveRejected(
                f"The zip has {len(infos)} entries; the limit is {limits.max_entries}. "
                "Split it into smaller zips."
            )
        if any(info.flag_bits & 0x1 for info in infos):
            raise ArchiveRejected("The zip is password-protected; upload an unencrypted zip.")
        total = sum(info.file_size for info in infos)
        if total > limits.max_total_bytes:
            raise ArchiveRejected(
                f"Unpacked, the zip would take {total / 1048576:.0f} MB; the limit is "
                f"{limits.max_total_bytes / 1048576:.0f} MB."
            )
        contents = ZipContents()
        for info in infos:
            if info.is_dir() or _is_junk(info.filename):
                continue
            contents.entries.append(_read_entry(zf, info, limits))
        if not contents.entries:
            raise ArchiveRejected("The zip contains no files.")
        return contents


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits) -> ZipEntry:
    name = info.filename
    parts = PurePosixPath(name).parts
    folder = parts[0] if len(parts) > 1 else ""
    entry = ZipEntry(name=name[-200:], folder=folder)
    if _unsafe_path(name):
        entry.problem = "refused: its path points outside the archive"
    elif _is_symlink(info):
        entry.problem = "refused: it is a symbolic link"
    elif info.file_size > limits.max_entry_bytes:
        entry.problem = (
            f"refused: {info.file_size / 1048576:.1f} MB unpacked; the limit per file is "
            f"{limits.max_entry_bytes / 1048576:.0f} MB"
        )
    elif info.file_size > 1024 * 1024 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        entry.problem = "refused: it is compressed suspiciously well (a zip bomb?)"
    elif info.file_size == 0:
        entry.problem = "the file is empty (0 bytes)"
    if entry.problem:
        return entry
    try:
        with zf.open(info) as fh:
            # The header's size bounds what zipfile reads; one byte more tells us if it lied.
            data = fh.read(limits.max_entry_bytes + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        entry.problem = "could not be unpacked (damaged or an unsupported compression method)"
        return entry
    except Exception:  # noqa: BLE001 - zlib/bz2/lzma errors on crafted data: a bad entry, never a 500
        entry.problem = "could not be unpacked (damaged or an unsupported compression method)"
        return entry
    if len(data) > limits.max_entry_bytes:
        entry.problem = "refused: larger than its header says"
    elif _looks_like_archive(name, data[:8]):
        entry.problem = "refused: archives inside the zip are not opened"
    else:
        entry.data = data
    return entry
