"""markdown-it core rule for Obsidian callouts: `> [!type]` or `> [!type]- Title` blockquotes.

The blockquote keeps its tokens; its opening token's meta gets the callout type (lower
case), fold marker and title, and the marker line is taken out of the first paragraph.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore


def _split_marker(first_line: str) -> tuple[str, str, str] | None:
    """`[!Type]- Title` -> ("type", "-", "Title"); anything else -> None."""
    if not first_line.startswith("[!"):
        return None
    close = first_line.find("]")
    kind = first_line[2:close].strip() if close > 2 else ""
    if not kind or not all(c.isalnum() or c in "-_" for c in kind):
        return None
    rest = first_line[close + 1 :]
    fold = rest[:1] if rest[:1] in ("-", "+") else ""
    return kind.lower(), fold, rest[len(fold) :].strip()


def callout_rule(state: StateCore) -> None:
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "blockquote_open" or index + 2 >= len(tokens):
            continue
        paragraph, inline = tokens[index + 1], tokens[index + 2]
        if paragraph.type != "paragraph_open" or inline.type != "inline":
            continue
        first_line, _, remainder = inline.content.partition("\n")
        marker = _split_marker(first_line)
        if marker is None:
            continue
        kind, fold, title = marker
        token.meta = {"callout": kind, "fold": fold, "title": title}
        inline.content = remainder
        if inline.map is not None:
            inline.map = [inline.map[0] + 1, inline.map[1]]


def callouts_plugin(md: MarkdownIt) -> None:
    # After block parsing (blockquotes exist) and before inline parsing (the marker line is
    # removed before it could be read as a link reference).
    md.core.ruler.after("block", "callout", callout_rule)
