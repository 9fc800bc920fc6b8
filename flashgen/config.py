"""Vault configuration: `flashgen.toml` at the vault's root, read only.

    kinds = ["definition", "enumeration", "concept", "meta", "explicit"]  # no claims
    skip = ["Templates/**", "**/drafts/*"]   # notes (vault-relative globs) to leave out

Both are optional; without the file every kind is made from every note.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass
from pathlib import Path

from flashgen.model import Diagnostic

CONFIG_NAME = "flashgen.toml"
ALL_KINDS = ("definition", "enumeration", "claim", "concept", "meta", "explicit")


@dataclass(frozen=True)
class VaultConfig:
    kinds: frozenset[str] = frozenset(ALL_KINDS)
    skip: tuple[str, ...] = ()

    def skips(self, relpath: str) -> bool:
        return any(fnmatch.fnmatchcase(relpath, pattern) for pattern in self.skip)

    @property
    def fingerprint(self) -> str:
        return f"{sorted(self.kinds)}{self.skip}"


DEFAULT_CONFIG = VaultConfig()


def load_config(root: Path) -> tuple[VaultConfig, list[Diagnostic]]:
    path = root / CONFIG_NAME
    if not path.is_file():
        return VaultConfig(), []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return VaultConfig(), [
            Diagnostic(str(path), 1, f"cannot read the configuration: {error}", "error")
        ]
    problems = []
    kinds = data.get("kinds", list(ALL_KINDS))
    unknown = [k for k in kinds if k not in ALL_KINDS] if isinstance(kinds, list) else ["?"]
    if unknown:
        problems.append(
            Diagnostic(str(path), 1, f"unknown card kinds {unknown}; known: {list(ALL_KINDS)}")
        )
    skip = data.get("skip", [])
    if not isinstance(skip, list) or not all(isinstance(p, str) for p in skip):
        problems.append(Diagnostic(str(path), 1, "skip must be a list of glob patterns"))
        skip = []
    chosen = (
        frozenset(k for k in kinds if k in ALL_KINDS)
        if isinstance(kinds, list)
        else frozenset(ALL_KINDS)
    )
    return VaultConfig(chosen, tuple(skip)), problems
