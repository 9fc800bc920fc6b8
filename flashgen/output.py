"""The output folder: every file flashgen writes there is written whole or not at all, and
the folder is ours alone while a build writes it.

Files are written through a temporary file and a rename; one build at a time per output (a
lock file beside it; a second build waits, then fails with a clear message), and what an
interrupted build left behind is cleared first.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

TEMPORARY_PREFIX = ".flashgen-"


class OutputBusy(RuntimeError):
    """Another build holds the output's lock."""


def written_status(path: Path) -> str:
    """The size, modification time and inode of a file flashgen wrote, or "" when it is
    gone: another value means it was changed, replaced or removed since."""
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"


def lock_path(output: Path) -> Path:
    return output.with_name(output.name + ".lock")


@contextlib.contextmanager
def exclusive_output(output: Path, wait_seconds: float = 60.0) -> Iterator[None]:
    """Hold the output's lock for the duration of a build."""
    output.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(lock_path(output), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputBusy(
                        f"another flashgen build is writing {output} (lock {lock_path(output)}); "
                        f"waited {wait_seconds:.0f} s"
                    ) from None
                time.sleep(0.1)
        _clear_leftovers(output.parent)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def _clear_leftovers(folder: Path) -> None:
    """Temporary files of a build that was killed mid-write (ours only, by their prefix)."""
    for leftover in folder.glob(TEMPORARY_PREFIX + "*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes | Callable[[BinaryIO], None]) -> None:
    """Write `data` (bytes, or a function that writes into the open file, for large files
    that should not be held in memory whole) to `path`, whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=path.parent)
    try:
        os.chmod(temporary, 0o644)  # a user's file, not a secret: mkstemp makes it 0600
        with os.fdopen(handle, "wb") as out:
            if isinstance(data, bytes):
                out.write(data)
            else:
                data(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
