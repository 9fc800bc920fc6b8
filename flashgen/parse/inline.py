"""Inline content from markdown-it's inline tokens: spans of text, emphasis, code, math,
wikilinks, tags and embeds, each with its marks; and their plain text."""

from __future__ import annotations

from collections.abc import Iterable

from markdown_it.token import Token

from flashgen.model import (
    Inline,
    Span,
)

_MARK_OF = {"em_open": "em", "strong_open": "strong", "mark_open": "mark"}


_HTML_MARKS = {
    f"<{slash}{tag}>": (not slash, mark)
    for tag, mark in (
        ("u", "strong"),
        ("b", "strong"),
        ("strong", "strong"),
        ("mark", "mark"),
        ("i", "em"),
        ("em", "em"),
    )
    for slash in ("", "/")
}


_CLOSE_OF = {"em_close": "em", "strong_close": "strong", "mark_close": "mark"}


def inline_spans(children: Iterable[Token]) -> Inline:
    """Flatten an inline token stream into spans; raw HTML is dropped, never passed on.
    Neighbouring plain text with the same marks is one span, as `merge_text` makes it."""
    spans: list[Span] = []
    marks: list[str] = []
    current: frozenset[str] = frozenset()  # the marks as a set: what each span carries
    link_target: str | None = None
    # The plain text not yet made a span, and its marks: made one span when something else
    # comes (`merge_text` of a span per piece, without those spans).
    pieces: list[str] = []
    pieces_marks = current
    for token in children:
        kind = token.type
        if (kind == "text" and link_target is None) or kind == "softbreak":
            # A softbreak is kept as a line break: a line of its own can be card syntax.
            text = token.content if kind == "text" else "\n"
            if text:
                if pieces and pieces_marks != current:
                    spans.append(Span("text", "".join(pieces), marks=pieces_marks))
                    pieces = []
                pieces.append(text)
                pieces_marks = current
            continue
        if kind in _MARK_OF:
            marks.append(_MARK_OF[kind])
            current = frozenset(marks)
            continue
        if kind in _CLOSE_OF:
            if _CLOSE_OF[kind] in marks:
                marks.remove(_CLOSE_OF[kind])
                current = frozenset(marks)
            continue
        if kind == "link_open":
            link_target = str(token.attrGet("href") or "")
            continue
        if kind == "link_close":
            link_target = None
            continue
        if kind == "html_inline" and token.content.lower() in _HTML_MARKS:
            # <u>, <b>, <mark>, <i> are how some notes emphasise; their meaning is kept, the
            # HTML itself never is.
            opening, mark = _HTML_MARKS[token.content.lower()]
            if opening:
                marks.append(mark)
            elif mark in marks:
                marks.remove(mark)
            current = frozenset(marks)
            continue
        span = _token_span(token, kind, link_target, current)
        if span is not None:
            if pieces:
                spans.append(Span("text", "".join(pieces), marks=pieces_marks))
                pieces = []
            spans.append(span)
    if pieces:
        spans.append(Span("text", "".join(pieces), marks=pieces_marks))
    return tuple(spans)


def _token_span(
    token: Token, kind: str, link_target: str | None, marks: frozenset[str]
) -> Span | None:
    """The span of one inline token other than plain text and marks; None for what carries
    no card text (html_inline, footnote_ref and anything unknown)."""
    if kind == "text":  # inside a link
        return Span("link", token.content, link_target or "", marks)
    if kind == "hardbreak":
        return Span("break", "\n")
    if kind == "code_inline":
        return Span("code", token.content, marks=marks)
    if kind in ("math_inline", "math_inline_double"):
        return Span("math", token.content, marks=marks)
    if kind == "wikilink":
        return Span("wikilink", _wikilink_text(token.meta), token.meta["target"], marks)
    if kind == "embed":
        return Span("embed", token.meta["alias"], token.meta["target"])
    if kind == "image":
        return Span("embed", token.content, str(token.attrGet("src") or ""))
    if kind == "tag":
        return Span("tag", token.content, marks=marks)
    return None


def _wikilink_text(meta: dict) -> str:
    if meta["alias"]:
        return meta["alias"]
    if meta["target"] and meta["heading"]:
        return f"{meta['target']} > {meta['heading']}"
    return meta["target"] or meta["heading"]


def merge_text(spans: Iterable[Span]) -> Inline:
    """Join neighbouring plain-text spans that carry the same marks."""
    merged: list[Span] = []
    last: Span | None = None
    for span in spans:
        if span.kind == "text":
            if not span.text:
                continue
            if last is not None and last.kind == "text" and last.marks == span.marks:
                last = merged[-1] = Span("text", last.text + span.text, marks=span.marks)
                continue
        merged.append(span)
        last = span
    return tuple(merged)


def plain_text(spans: Iterable[Span]) -> str:
    if type(spans) is tuple and len(spans) == 1:  # four calls in five: no list, no join
        return spans[0].text if spans[0].kind != "embed" else ""
    return "".join([s.text for s in spans if s.kind != "embed"])
