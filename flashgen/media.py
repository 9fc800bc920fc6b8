"""Media stage: find the files that notes embed (`![[image.png]]`, `![alt](path)`) the way
Obsidian does, never outside the vault, and report those that are missing."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from flashgen.model import Block, Diagnostic, Document, Span


@dataclass(frozen=True)
class VaultFiles:
    """Every file of a vault (notes too: a note may embed another), by lower-case file name,
    as vault-relative paths."""

    root: Path
    by_name: dict[str, tuple[str, ...]]
    real_root: Path  # the root with symlinks followed: what "inside the vault" means
    # What `_inside` found of each path it was asked, while this listing is the build's:
    # many notes embed the same files from the same folders, and each answer costs a few
    # system calls (1.5% of a worker's time on the synthetic vault, asked note by note).
    looked_up: dict[Path, Path | None] = field(default_factory=dict, compare=False, repr=False)

    def named(self, target: str) -> str:
        """The vault's files that an embed of `target` could resolve to, hashed: changes
        when a file of that name is added, removed or moved (and only then can the embed
        resolve anew)."""
        link = _link_path(target)
        # The names `resolve_embed` looks for: by the link as it is, and as a vault path.
        names = {Path(link).name.lower(), _vault_path(link).rsplit("/", 1)[-1]}
        paths = sorted(path for name in names for path in self.by_name.get(name, ()))
        listing = "\n".join(paths).encode("utf-8", "surrogateescape")
        return hashlib.sha256(listing).hexdigest()[:16]

    @classmethod
    def scan(cls, root: Path) -> VaultFiles:
        names: dict[str, list[str]] = {}
        for folder, dirs, files in os.walk(root, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            inside = Path(folder).relative_to(root).as_posix()
            prefix = "" if inside == "." else inside + "/"
            for name in sorted(files):
                names.setdefault(name.lower(), []).append(prefix + name)
        return cls(root, {k: tuple(v) for k, v in names.items()}, root.resolve())


def _inside(files: VaultFiles, candidate: Path) -> Path | None:
    """The file, if it exists and really lies in the vault (after following any symlink),
    as it was when this build first asked."""
    if candidate not in files.looked_up:
        files.looked_up[candidate] = _in_vault(files.real_root, candidate)
    return files.looked_up[candidate]


def _in_vault(real_root: Path, candidate: Path) -> Path | None:
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return real if real.is_file() and real.is_relative_to(real_root) else None


def _link_path(target: str) -> str:
    """The file part of an embed's link: no `#heading`, %-escapes decoded."""
    return unquote(target.split("#", 1)[0]).strip()


def _vault_path(link: str) -> str:
    """The link as the end of a vault-relative path, lower-case."""
    return link.replace("\\", "/").lstrip("./").lower()


def resolve_embed(span: Span, note_path: Path, files: VaultFiles) -> Path | None:
    """Obsidian's order: a path relative to the note, then to the vault root, then the
    shortest vault path that ends with the link (a bare name is found anywhere). Only files
    whose name is the link's can be found (see `VaultFiles.named`)."""
    target = _link_path(span.target)
    if not target or "://" in target:
        return None
    root = files.root
    direct = [note_path.parent / target, root / target.lstrip("/")]
    for candidate in direct:
        found = _inside(files, candidate)
        if found:
            return found
    wanted = _vault_path(target)
    matches = [
        relative
        for relative in files.by_name.get(wanted.rsplit("/", 1)[-1], ())
        if relative.lower() == wanted or relative.lower().endswith("/" + wanted)
    ]
    for relative in sorted(matches, key=lambda r: (r.count("/"), r)):
        found = _inside(files, root / relative)
        if found:
            return found
    return None


def embeds(doc: Document) -> Iterator[tuple[Span, int]]:
    """Every embed in the note, with the line of its block."""
    for section in doc.sections:
        for block in section.blocks:
            yield from _block_embeds(block)


def _block_embeds(block: Block) -> Iterator[tuple[Span, int]]:
    # Not nested in `embeds`: see `parse.document._add_spans`.
    for span in block.spans:
        if span.kind == "embed":
            yield span, block.line
    for child in block.children:
        yield from _block_embeds(child)


def resolved_embeds(doc: Document, files: VaultFiles) -> dict[str, Path | None]:
    """Each file link the note embeds, in note order, and the vault file it resolves to (None
    when there is none)."""
    found: dict[str, Path | None] = {}
    for span, _ in embeds(doc):
        if span.target and "://" not in span.target and span.target not in found:
            found[span.target] = resolve_embed(span, doc.note.path, files)
    return found


def missing_embeds(doc: Document, resolved: Mapping[str, Path | None]) -> list[Diagnostic]:
    """A warning for each embed of a file link (see `resolved_embeds`) that resolved to none."""
    problems = []
    for span, line in embeds(doc):
        if span.target in resolved and resolved[span.target] is None:
            message = f"embedded file not found in the vault: {span.target}"
            problems.append(Diagnostic(str(doc.note.path), line, message))
    return problems


IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".avif"})


def packaged_name(path: Path) -> str:
    """The name a file gets in the deck's media: readable, and unique by content, so two
    different `figure.png` never collide and one file used twice is stored once."""
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "-", path.stem).strip("-.")[:40] or "media"
    return f"{stem}-{digest}{path.suffix.lower()}"


def is_image(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def note_media(resolved: Mapping[str, Path | None]) -> dict[str, Path]:
    """Each image the note embeds (by its link target) and the vault file it resolves to."""
    return {target: path for target, path in resolved.items() if path and is_image(path)}
