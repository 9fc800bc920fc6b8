"""The deck's zip: the collection deflated in slices on every core (the same bytes however
many), slices unchanged since the deck written last copied from it, and fixed zip times,
so the same collection gives the same file."""

from __future__ import annotations

import collections
import contextlib
import itertools
import os
import shutil
import struct
import zipfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

import isal
from isal import isal_zlib

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# zlib's fastest level, for the small entries zipfile writes (media).
COMPRESS_LEVEL = 1


# The collection is deflated by ISA-L (isal), whose level 1 compresses as well as zlib's
# level 1 and 4x as fast: 357 MB in 0.44 s on one core instead of 1.82 s, 58.6 MB either way.
COLLECTION_LEVEL = 1


# The collection is deflated in slices of this size, each on its own core, and the slices
# joined (as pigz does): the same bytes whatever the number of cores.
DEFLATE_SLICE = 8 << 20


_ZIP_LIMIT = 0xFFFF_FFFF  # beyond it a zip entry needs ZIP64 extensions: left to zipfile


def collection_checksum(path: Path) -> str:
    """The size and CRC-32 of a file (the zip's own check of it), or "" when unreadable."""
    crc, size = 0, 0
    try:
        with path.open("rb") as data:
            while piece := data.read(DEFLATE_SLICE):
                crc = isal_zlib.crc32(piece, crc)
                size += len(piece)
    except OSError:
        return ""
    return _checksum(size, crc)


def _checksum(size: int, crc: int) -> str:
    return f"{size}:{crc:08x}"


def start_zip(partial: Path, name: str, source: Path, previous: Path | None = None) -> str:
    """Write `partial` as a zip holding `source` as `name`, deflated on every core (the
    collection is most of a deck and of its writing time); more entries are appended with
    zipfile. A slice of `source` that the deck at `previous` holds deflated already is
    copied from it (see `OldSlices`). A collection too large for a plain zip entry is
    written by zipfile. Returns `source`'s checksum (see `collection_checksum`)."""
    if source.stat().st_size >= _ZIP_LIMIT:
        with (
            zipfile.ZipFile(partial, "w") as archive,
            source.open("rb") as data,
            archive.open(_entry(name), "w", force_zip64=True) as entry,
        ):
            shutil.copyfileobj(data, entry, 1 << 20)
        return collection_checksum(source)
    encoded = name.encode()
    with partial.open("wb") as out, OldSlices.of(previous, name) as old:
        out.write(b"\0" * (30 + len(encoded)))  # the local header, once the sizes are known
        crc, size, packed = 0, 0, 0
        slices: list[_Slice] = []
        for raw, checks, deflated in _deflated_slices(source, old):
            crc = isal_zlib.crc32(raw, crc)
            size += len(raw)
            packed += len(deflated)
            out.write(deflated)
            slices.append((*checks, len(deflated), isal_zlib.crc32(deflated)))
        common = struct.pack("<HHHHHIIIH", 20, 0, 8, 0, _DOS_DATE, crc, packed, size, len(encoded))
        directory = out.tell()
        out.write(b"PK\x01\x02" + struct.pack("<H", 0x0314) + common)  # made by: Unix, 2.0
        out.write(struct.pack("<HHHHII", 0, 0, 0, 0, 0o644 << 16, 0) + encoded)
        length = out.tell() - directory
        comment = _slices_comment(slices)  # zipfile keeps it when it appends the media
        ending = struct.pack("<HHHHIIH", 0, 0, 1, 1, length, directory, len(comment))
        out.write(b"PK\x05\x06" + ending + comment)
        out.seek(0)
        out.write(b"PK\x03\x04" + common + struct.pack("<H", 0) + encoded)
    return _checksum(size, crc)


_DOS_DATE = (_ZIP_TIME[0] - 1980) << 9 | _ZIP_TIME[1] << 5 | _ZIP_TIME[2]


# A slice of the collection as a deck's zip comment lists it: the size, CRC-32 and Adler-32
# of its bytes (`_checks`), then the length and CRC-32 of its deflated stream.
_Slice = tuple[int, int, int, int, int]


_SLICE_BASES = (10, 16, 16, 10, 16)


# What deflated the listed slices: another compressor or level would make other bytes.
_SLICES_MARK = f"flashgen-slices 1 isal {isal.__version__} level {COLLECTION_LEVEL}:".encode()


def _checks(raw: bytes) -> tuple[int, int, int]:
    """A slice's size, CRC-32 and Adler-32: it is taken as unchanged when all three are, so
    an edited slice passes for the old one by chance only once in about 2**64."""
    return len(raw), isal_zlib.crc32(raw), isal_zlib.adler32(raw)


def _slices_comment(slices: list[_Slice]) -> bytes:
    listed = ";".join(
        ",".join(f"{v:x}" if b == 16 else str(v) for v, b in zip(s, _SLICE_BASES, strict=True))
        for s in slices
    )
    comment = _SLICES_MARK + listed.encode()
    return comment if len(comment) <= 0xFFFF else b""  # the most a zip comment holds


def listed_slices(comment: bytes) -> list[_Slice]:
    """The slices `_slices_comment` listed, or none from any other comment."""
    if not comment.startswith(_SLICES_MARK):
        return []
    listed = comment[len(_SLICES_MARK) :].decode("ascii").split(";")
    return [
        tuple(int(v, b) for v, b in zip(s.split(","), _SLICE_BASES, strict=True))  # type: ignore[misc]
        for s in listed
    ]


class OldSlices:
    """The deflated slices of the collection in a deck flashgen wrote before, by place and
    `_checks`. An edit changes a few of the 43 slices of a 10 000-note collection; the
    others need not be deflated again (a third of a second on two cores)."""

    def __init__(
        self, file: BinaryIO | None = None, slices: Sequence[_Slice] = (), start: int = 0
    ) -> None:
        self._file = file
        self._streams: dict[tuple[int, int, int, int], tuple[int, int, int]] = {}
        offset = start
        for place, (size, crc, adler, packed, packed_crc) in enumerate(slices):
            self._streams[(place, size, crc, adler)] = (offset, packed, packed_crc)
            offset += packed

    @classmethod
    @contextlib.contextmanager
    def of(cls, deck: Path | None, name: str) -> Iterator[OldSlices]:
        """The slices of entry `name` of the zip at `deck`; none when it is missing, not a
        zip, or not as flashgen writes it with these settings."""
        file, slices = None, []
        with contextlib.suppress(OSError, zipfile.BadZipFile, KeyError, ValueError):
            if deck is not None:
                with zipfile.ZipFile(deck) as archive:
                    comment, stored = archive.comment, archive.getinfo(name)
                slices = listed_slices(comment)
                if stored.header_offset == 0 and sum(s[3] for s in slices) == stored.compress_size:
                    file = deck.open("rb")
        if file is None:
            yield cls()
            return
        with file:
            yield cls(file, slices, start=30 + len(name.encode()))  # our header has no extra

    def stream(self, place: int, checks: tuple[int, int, int]) -> bytes | None:
        """The deflated stream of the slice at `place` with these `_checks`, if the old
        deck holds it (and it reads back as written)."""
        found = self._streams.get((place, *checks))
        if found is None or self._file is None:
            return None
        offset, packed, packed_crc = found
        self._file.seek(offset)
        stream = self._file.read(packed)
        return stream if isal_zlib.crc32(stream) == packed_crc else None


def _deflated_slices(
    source: Path, old: OldSlices
) -> Iterator[tuple[bytes, tuple[int, int, int], bytes]]:
    """(slice, its `_checks`, its raw deflate stream) in order; every stream but the last
    ends on a byte boundary without closing the whole (a sync flush), so the streams join
    into one. A slice the `old` deck holds, but the last (it closes the stream), is taken
    from it: the same bytes as deflating it again."""

    def deflate(piece: bytes, last: bool) -> bytes:
        compressor = isal_zlib.compressobj(COLLECTION_LEVEL, isal_zlib.DEFLATED, -15)
        return compressor.compress(piece) + compressor.flush(
            isal_zlib.Z_FINISH if last else isal_zlib.Z_SYNC_FLUSH
        )

    workers = os.cpu_count() or 1
    with source.open("rb") as data, ThreadPoolExecutor(workers) as pool:
        pending: collections.deque = collections.deque()
        piece = data.read(DEFLATE_SLICE)
        for place in itertools.count():
            following = data.read(DEFLATE_SLICE)
            checks = _checks(piece)
            stream = old.stream(place, checks) if following else None
            if stream is None:
                done = pool.submit(deflate, piece, not following)
            else:
                done = Future()
                done.set_result(stream)
            pending.append((piece, checks, done))
            if len(pending) > workers:  # a few slices in flight: memory stays small
                raw, raw_checks, future = pending.popleft()
                yield raw, raw_checks, future.result()
            if not following:
                break
            piece = following
        while pending:
            raw, raw_checks, future = pending.popleft()
            yield raw, raw_checks, future.result()


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with fixed time and mode, so the same cards give the same bytes."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    for level in ("compress_level", "_compresslevel"):  # its name since 3.13, and before
        if hasattr(info, level):
            setattr(info, level, COMPRESS_LEVEL)
    info.external_attr = 0o644 << 16
    return info


def add_entry(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(_entry(name), data)
