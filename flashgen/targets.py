"""What a command acts on: the configuration of the vault it reads, the folder of its curation
lists, and the name and file of the deck it writes (flags first, then the configuration,
then the defaults)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from flashgen.config import DEFAULT_CONFIG, VaultConfig, load_config

DEFAULT_OUTPUT_DIR = Path("decks")


def _first_root(paths: Sequence[Path]) -> Path:
    """The vault folder of the first path: the folder itself, or a note's folder."""
    first = paths[0] if paths else Path(".")
    return first.parent if first.is_file() else first


def vault_config(paths: Sequence[Path]) -> VaultConfig:
    """The configuration that governs a command on `paths`: the first path's vault's."""
    if not paths:
        return DEFAULT_CONFIG
    config, _ = load_config(_first_root(paths))
    return config


def curation_folder(paths: Sequence[Path], config: VaultConfig) -> Path:
    """Where the vault's rejection and rewrite lists live: beside its configuration file
    (`config`, the one `vault_config(paths)` found), else at the root of the first path."""
    return vault_folder(_first_root(paths), config)


def vault_folder(root: Path, config: VaultConfig) -> Path:
    """`curation_folder` of the vault at `root` whose configuration is `config`."""
    return config.path.parent if config.path is not None else root.resolve()


def target(
    paths: Sequence[Path],
    output: Path | None,
    deck_name: str | None,
    config: VaultConfig,
) -> tuple[str, Path]:
    """The deck name and .apkg of a command: flags first, then the configuration, then the
    defaults (the folder's name; decks/<deck>.apkg)."""
    deck_name = deck_name or config.deck or default_deck_name(paths)
    return deck_name, output or config.output or default_output(deck_name)


def default_deck_name(paths: Sequence[Path]) -> str:
    if len(paths) == 1:
        return paths[0].resolve().stem if paths[0].is_file() else paths[0].resolve().name
    return "flashgen"


def default_output(deck_name: str) -> Path:
    slug = re.sub(r"[^\w.-]+", "-", deck_name).strip("-.") or "deck"
    return DEFAULT_OUTPUT_DIR / f"{slug}.apkg"
