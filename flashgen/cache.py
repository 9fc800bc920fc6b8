"""Incremental builds: what each note gave last time, kept beside the output and keyed by
the note's bytes, its place in the vault and the code that read it.

An unchanged note is not parsed again. The cache is SQLite (crash-safe; a killed build
leaves it whole) and holds Python pickles of our own values: it is the build's own scratch
file in the output folder, never read from anywhere else.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from dataclasses import replace
from functools import cache
from pathlib import Path

import flashgen
from flashgen.model import Draft, Inline, NoteCards, Span
from flashgen.parse.document import plain_text

CACHE_VERSION = 1


@cache
def code_fingerprint() -> str:
    """Changes whenever flashgen's code or card templates change: a new version re-reads all."""
    digest = hashlib.sha256(f"{CACHE_VERSION}:{flashgen.__version__}".encode())
    package = Path(flashgen.__file__).parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def lightened(result: NoteCards) -> NoteCards:
    """What a build needs of a note's cards after rendering: the fields, and each draft's
    identity and plain text, not its spans (a third of the size, ten times faster to load)."""
    return replace(
        result, rendered=tuple(replace(c, draft=_plain_draft(c.draft)) for c in result.rendered)
    )


def _plain_draft(draft: Draft) -> Draft:
    def flat(spans: Inline) -> Inline:
        return (Span("text", plain_text(spans)),) if spans else ()

    return replace(
        draft,
        front=flat(draft.front),
        back=tuple(flat(b) for b in draft.back),
        context=(),
        figures=(),
    )


def note_key(path: Path, root: Path, context: str, data: bytes) -> str:
    """Everything a note's cards depend on, hashed: its bytes, its place, the vault's context
    (its files and configuration) and flashgen's code."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in (str(path), str(root), context):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def cache_path(output: Path) -> Path:
    return output.with_name(output.stem + ".flashgen-cache.sqlite")


class NoteCache:
    """Read and write cached per-note results; `close()` keeps only the keys used."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS notes (key TEXT PRIMARY KEY, value BLOB)")
        self._used: set[str] = set()

    def keep(self, key: str) -> None:
        """An entry still wanted, though not read this build."""
        self._used.add(key)

    def get(self, key: str) -> object | None:
        self._used.add(key)
        row = self._db.execute("SELECT value FROM notes WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # an entry from another Python or a damaged row: read the note again
            return None

    def put(self, key: str, value: object) -> None:
        """Store an entry (in the transaction `save` commits: a killed build adds none); it
        is written now, not held: a first build of a large vault makes thousands."""
        self._used.add(key)
        value = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._db.execute("INSERT OR REPLACE INTO notes VALUES (?, ?)", (key, value))

    def save(self) -> None:
        """Commit the new entries and drop those of notes that are gone or changed."""
        with self._db:
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            self._db.execute("DELETE FROM used")
            self._db.executemany("INSERT INTO used VALUES (?)", ((k,) for k in self._used))
            self._db.execute("DELETE FROM notes WHERE key NOT IN (SELECT key FROM used)")

    def close(self) -> None:
        self._db.close()
