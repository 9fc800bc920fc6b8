"""Read stage: find the notes under the given paths and read each into a `Note`, never writing."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from flashgen.model import Diagnostic, Note

# Obsidian keeps its settings and deleted notes here; neither holds reading notes.
SKIPPED_DIRS = frozenset({".obsidian", ".trash", "node_modules"})
NOTE_SUFFIXES = frozenset({".md", ".markdown"})
# A reading note is kilobytes; a file this large is a data dump, and would make thousands of cards.
MAX_NOTE_BYTES = 5 * 1024 * 1024


def find_notes(paths: Iterable[Path]) -> tuple[list[tuple[Path, Path]], list[Diagnostic]]:
    """Return (note path, vault root) pairs in a stable order, and what could not be walked.

    A folder is searched recursively without following symlinked folders (a link loop or a
    link out of the vault is never entered); hidden folders and `.obsidian/`, `.trash/`
    are skipped. A single file is its own vault root's member: its folder is the root.
    """
    found: list[tuple[Path, Path]] = []
    problems: list[Diagnostic] = []
    for given in paths:
        if given.is_file():
            found.append((given, given.parent))
        elif given.is_dir():
            found.extend((p, given) for p in _walk(given, problems))
        else:
            problems.append(Diagnostic(str(given), 1, "no such note or folder", "error"))
    return found, problems


def _walk(root: Path, problems: list[Diagnostic]) -> Iterator[Path]:
    """What `os.walk` top-down would visit, in sorted order, reading each folder's listing
    once: its entries say which are symlinks without a system call per note (an lstat for
    each of 10 000 notes was a tenth of an incremental build)."""
    resolved_root = root.resolve()

    def visit(folder: str) -> Iterator[Path]:
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as error:
            problems.append(
                Diagnostic(str(error.filename), 1, f"cannot read folder: {error.strerror}")
            )
            return
        dirs, files = [], []
        for entry in entries:
            (dirs if _is_dir(entry) else files).append(entry)
        dirs = sorted(
            (d for d in dirs if not d.name.startswith(".") and d.name not in SKIPPED_DIRS),
            key=lambda entry: entry.name,
        )
        for entry in [d for d in dirs if d.is_symlink()]:
            # os.walk would not enter it either; say so, since its notes are not read.
            problems.append(Diagnostic(str(Path(entry.path)), 1, "symlinked folder not followed"))
            dirs.remove(entry)
        for entry in sorted(files, key=lambda entry: entry.name):
            path = Path(entry.path)
            if path.suffix.lower() not in NOTE_SUFFIXES or entry.name.startswith("."):
                continue
            if entry.is_symlink() and not path.resolve().is_relative_to(resolved_root):
                message = "symlink points outside the vault; skipped"
                problems.append(Diagnostic(str(path), 1, message))
                continue
            yield path
        for entry in dirs:
            yield from visit(entry.path)

    yield from visit(os.fspath(root))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """A folder, or a symlink to one (as `os.walk` sorts them)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def looks_binary(data: bytes) -> bool:
    """Many NUL or control bytes near the start: an image or archive renamed `.md`."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or not head:
        return False
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return control / len(head) > 0.05


_CONTROL_BYTES = bytes(byte for byte in range(32) if byte < 9 or byte > 13)


def decode(data: bytes) -> tuple[str, tuple[int, str] | None]:
    """Decode note bytes: UTF-8 (with or without BOM), or UTF-16 with a BOM.

    Returns the text and, when bytes had to be replaced, (line, warning).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"not valid UTF-8 ({error.reason}); undecodable bytes shown as \ufffd"
        return data.decode("utf-8", errors="replace"), (line, message)


def read_note(
    path: Path, vault_root: Path, data: bytes | None = None
) -> tuple[Note | None, list[Diagnostic]]:
    """Read one note (from `data`, its file's bytes, when the caller has read them). A note
    that cannot be read yields no Note and an error, never an exception."""
    shown = str(path)
    try:
        size = path.stat().st_size if data is None else len(data)
        if size > MAX_NOTE_BYTES:
            limit = f"{size / 2**20:.0f} MiB, over the {MAX_NOTE_BYTES >> 20} MiB limit for a note"
            return None, [Diagnostic(shown, 1, f"{limit}; skipped", "error")]
        if data is None:
            data = path.read_bytes()
    except OSError as error:
        return None, [Diagnostic(shown, 1, f"cannot read: {error.strerror or error}", "error")]
    if looks_binary(data):
        message = "binary file, not a Markdown note; skipped"
        return None, [Diagnostic(shown, 1, message, "error")]
    text, decode_problem = decode(data)
    diagnostics = [Diagnostic(shown, *decode_problem)] if decode_problem else []
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        diagnostics.append(Diagnostic(shown, line, "NUL byte in the text; replaced by \ufffd"))
        text = text.replace("\x00", "\ufffd")
    # CRLF and lone CR become LF so that line numbers match what an editor shows.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, meta_problems = read_front_matter(text)
    diagnostics.extend(Diagnostic(shown, line, message) for line, message in meta_problems)
    return Note(
        path=path,
        vault_root=vault_root,
        relpath=note_relpath(path, vault_root),
        text=text,
        meta=meta,
    ), diagnostics


def note_relpath(path: Path, vault_root: Path) -> str:
    """Where a note is in its vault, with forward slashes; a symlinked note is where its
    target is. Notes are found under their vault's root and symlinked folders are not
    entered, so only the file itself can be a link: the others need no `resolve`, which
    looks up every folder on the way (40-50 µs a note, a quarter of reading it;
    now 7-10 µs)."""
    if not path.is_symlink():
        try:
            return path.relative_to(vault_root).as_posix()
        except ValueError:
            pass
    try:
        return path.resolve().relative_to(vault_root.resolve()).as_posix()
    except ValueError:
        return path.name


# libyaml's parser where PyYAML was built with it (the wheels are): the same documents and
# errors as the pure-Python one, about ten times faster.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _KeyCheckingLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """YAML's safe loader, noting keys that appear twice (YAML would keep the last silently)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[int, str]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = key_node.value
            if key in seen:
                self.duplicates.append((key_node.start_mark.line, str(key)))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_front_matter(text: str) -> tuple[dict[str, Any], list[tuple[int, str]]]:
    """YAML front matter, split by python-frontmatter. Problems are (line, message) pairs; a
    broken block is reported and ignored, never fatal."""
    handler = frontmatter.YAMLHandler()
    if not text.startswith("---") or not handler.detect(text):
        return {}, []
    try:
        block, _ = handler.split(text)
    except ValueError:
        return {}, [(1, "front matter is never closed with ---; front matter ignored")]
    loader = _KeyCheckingLoader(block)
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        # python-frontmatter's block starts with the newline that ends the opening `---`,
        # so the mark's zero-based line is the file's one-based line minus one.
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return {}, [(line, f"front matter is not valid YAML ({problem}); front matter ignored")]
    finally:
        loader.dispose()
    problems = [
        (line + 1, f"front matter key {key!r} appears twice; the last value is used")
        for line, key in loader.duplicates
    ]
    if data is None:
        return {}, problems
    if not isinstance(data, dict):
        return {}, [(1, "front matter is not a mapping of keys to values; front matter ignored")]
    return {str(k): v for k, v in data.items()}, problems
