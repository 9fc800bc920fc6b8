"""markdown-it rule for Obsidian tags `#tag` and `#nested/tag`, emitted as `tag` tokens.

Being an inline rule, it never fires inside code spans, code blocks, URLs or link targets.
"""

from __future__ import annotations

import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline


def _is_tag_char(ch: str) -> bool:
    return ch in "_-/" or unicodedata.category(ch)[0] in "LN"


def tag_rule(state: StateInline, silent: bool) -> bool:
    start = state.pos
    src = state.src
    if src[start] != "#":
        return False
    # A tag starts a word: `C#` or `page#anchor` are not tags.
    if start > 0 and not (src[start - 1].isspace() or src[start - 1] in "([,;"):
        return False
    end = start + 1
    while end < state.posMax and _is_tag_char(src[end]):
        end += 1
    name = src[start + 1 : end].rstrip("/-")
    if not name or name.replace("_", "").isdigit():  # `#1` is a number, not a tag
        return False
    if not silent:
        token = state.push("tag", "", 0)
        token.content = name
    state.pos = start + 1 + len(name)
    return True


def tags_plugin(md: MarkdownIt) -> None:
    md.inline.add_terminator_char("#")
    md.inline.ruler.after("text", "tag", tag_rule)  # only at a `#` (see comments_plugin)
