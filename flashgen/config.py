"""Vault configuration: `flashgen.toml`, or `[tool.flashgen]` in a `pyproject.toml`, read only.

The file is looked for in the vault's folder, then in each folder above it; the nearest one
wins. Every key is optional; command-line flags override the file. `flashgen init` writes a
commented default (DEFAULT_FILE below), which is the reference for every key.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from flashgen.model import DEFAULT_SOURCE_CALLOUTS, Diagnostic

CONFIG_NAME = "flashgen.toml"
ALL_KINDS = ("definition", "enumeration", "claim", "concept", "meta", "explicit")
DECK_MODES = ("front-matter", "folder", "one")
DEFAULT_ANKI_URL = "http://127.0.0.1:8765"

DEFAULT_FILE = f"""\
# flashgen configuration. Every key is optional; command-line flags override this file.
# Every key is explained in flashgen's README, under "Configuration".

# The deck's name (default: the vault folder's name) and the .apkg to write
# (relative to this file; default: decks/<deck>.apkg in the current folder).
# deck = "Reading"
# output = "decks/reading.apkg"

# Which deck a note's cards go to:
#   "front-matter": the note's own `deck:` if it has one, else the deck above (default)
#   "folder":       the note's `deck:`, else a subdeck per folder (Reading::Books::Essays)
#   "one":          every card in the deck above
decks = "front-matter"

# Card kinds to make (all by default): {", ".join(ALL_KINDS)}
kinds = {list(ALL_KINDS)!r}

# Also ask each definition and concept the other way round (its meaning -> its term), as a
# card of its own with its own reviews. A note's front matter `flashgen-reverse: true` or
# `false` overrides this for that note.
reverse = false

# Notes or folders to leave out (globs on the vault-relative path).
skip = ["Templates/**"]

# Callout types that hold the author's words; every other callout is the reader's own
# opinion and never becomes a claim card (explicit cards written in them still count).
source_callouts = {sorted(DEFAULT_SOURCE_CALLOUTS)!r}

[tags]
# Tags put on every card, and note tags renamed on the way to Anki ("" drops the tag).
add = []
rename = {{}}  # e.g. {{ "book" = "source::book", "todo" = "" }}

[anki]
# Where `flashgen sync` and `flashgen watch --sync` find AnkiConnect, and its API key if set.
url = "{DEFAULT_ANKI_URL}"
# key = ""
"""

DeckMode = Literal["front-matter", "folder", "one"]


@dataclass(frozen=True)
class VaultConfig:
    kinds: frozenset[str] = frozenset(ALL_KINDS)
    reverse: bool = False  # definitions also asked the other way round (`extract.reverse`)
    skip: tuple[str, ...] = ()
    deck: str | None = None
    output: Path | None = None  # absolute (resolved against the file's folder)
    decks: DeckMode = "front-matter"
    source_callouts: frozenset[str] = DEFAULT_SOURCE_CALLOUTS
    add_tags: tuple[str, ...] = ()
    rename_tags: tuple[tuple[str, str], ...] = ()
    anki_url: str = DEFAULT_ANKI_URL
    anki_key: str | None = None
    path: Path | None = field(default=None, compare=False)  # the file it came from
    # By note (vault path), a hash of the cards the user rewrote in it (`rewrites`): set
    # for a build, so that a note whose rewrites change is read again.
    rewritten: tuple[tuple[str, str], ...] = ()

    def skips(self, relpath: str) -> bool:
        return any(fnmatch.fnmatchcase(relpath, pattern) for pattern in self.skip)

    def note_tags(self, tags: Iterable[str]) -> tuple[str, ...]:
        """A note's tags as they go to Anki: renamed, dropped or added as configured."""
        renamed = dict(self.rename_tags)
        kept = (renamed.get(tag, tag) for tag in tags)
        return tuple(dict.fromkeys(t for t in (*kept, *self.add_tags) if t))

    def subdeck(self, relpath: str, own_deck: str) -> tuple[str, ...]:
        """The folders a note's cards go under, below the build's deck ("folder" mode)."""
        if self.decks != "folder" or own_deck:
            return ()
        return tuple(Path(relpath).parts[:-1])

    def own_deck(self, meta_deck: str) -> str:
        return "" if self.decks == "one" else meta_deck

    def note_context(self, relpath: str) -> str:
        """What a note's cards depend on in the vault beside the note itself: the settings,
        and the user's rewrites of its cards."""
        rewritten = self._rewritten.get(relpath)
        return f"{self.fingerprint}|{rewritten}" if rewritten else self.fingerprint

    @cached_property
    def _rewritten(self) -> dict[str, str]:
        return dict(self.rewritten)

    @property
    def fingerprint(self) -> str:
        """Changes whenever a setting that shapes the cards changes (part of every note's key)."""
        return repr(
            (
                sorted(self.kinds),
                self.reverse,
                self.skip,
                self.decks,
                sorted(self.source_callouts),
                self.add_tags,
                self.rename_tags,
            )
        )


DEFAULT_CONFIG = VaultConfig()


def find_config(root: Path) -> Path | None:
    """The nearest `flashgen.toml`, or `pyproject.toml` with a [tool.flashgen] table, at or
    above `root`."""
    for folder in (root.resolve(), *root.resolve().parents):
        if (folder / CONFIG_NAME).is_file():
            return folder / CONFIG_NAME
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "flashgen" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {}):
                    return pyproject
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
    return None


def load_config(root: Path) -> tuple[VaultConfig, list[Diagnostic]]:
    path = find_config(root)
    if path is None:
        return VaultConfig(), []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return VaultConfig(), [
            Diagnostic(str(path), 1, f"cannot read the configuration: {error}", "error")
        ]
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("flashgen", {})
    return _parsed(data, path)


def _parsed(data: dict[str, Any], path: Path) -> tuple[VaultConfig, list[Diagnostic]]:
    problems: list[Diagnostic] = []

    def complain(message: str) -> None:
        problems.append(Diagnostic(str(path), 1, message))

    def strings(value: Any, key: str) -> tuple[str, ...]:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        complain(f"{key} must be a list of strings; ignored")
        return ()

    known = {"kinds", "reverse", "skip", "deck", "output", "decks", "source_callouts", "tags"}
    known |= {"anki"}
    for key in sorted(set(data) - known):
        complain(f"unknown setting {key!r}; known: {sorted(known)}")
    kinds = strings(data.get("kinds", list(ALL_KINDS)), "kinds") or ALL_KINDS
    unknown = [k for k in kinds if k not in ALL_KINDS]
    if unknown:
        complain(f"unknown card kinds {unknown}; known: {list(ALL_KINDS)}")
    decks = data.get("decks", "front-matter")
    if decks not in DECK_MODES:
        complain(f"decks must be one of {list(DECK_MODES)}; using front-matter")
        decks = "front-matter"
    tags = data.get("tags", {}) if isinstance(data.get("tags", {}), dict) else {}
    rename = tags.get("rename", {})
    if not isinstance(rename, dict) or not all(isinstance(v, str) for v in rename.values()):
        complain("tags.rename must map tags to tags; ignored")
        rename = {}
    anki = data.get("anki", {}) if isinstance(data.get("anki", {}), dict) else {}
    reverse = data.get("reverse", False)
    if not isinstance(reverse, bool):
        complain("reverse must be true or false; using false")
        reverse = False
    deck, output = data.get("deck"), data.get("output")
    config = VaultConfig(
        kinds=frozenset(k for k in kinds if k in ALL_KINDS),
        reverse=reverse,
        skip=strings(data.get("skip", []), "skip"),
        deck=deck if isinstance(deck, str) and deck.strip() else None,
        output=(path.parent / output).resolve() if isinstance(output, str) and output else None,
        decks=decks,
        source_callouts=frozenset(
            s.lower() for s in strings(data.get("source_callouts", []), "source_callouts")
        )
        if "source_callouts" in data
        else DEFAULT_SOURCE_CALLOUTS,
        add_tags=strings(tags.get("add", []), "tags.add"),
        rename_tags=tuple(sorted(rename.items())),
        anki_url=str(anki.get("url") or DEFAULT_ANKI_URL),
        anki_key=str(anki["key"]) if anki.get("key") else None,
        path=path,
    )
    return config, problems
