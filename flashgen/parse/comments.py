"""markdown-it rules for Obsidian comments `%% … %%` and block ids `^id`: both are dropped.

A comment that starts a line is a block (it may span paragraphs); elsewhere it is inline.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

MARKER = "%%"


def comment_block_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    begin = state.bMarks[start_line] + state.tShift[start_line]
    first = state.src[begin : state.eMarks[start_line]]
    if not first.startswith(MARKER) or state.sCount[start_line] - state.blkIndent >= 4:
        return False
    if silent:
        return True
    line = start_line
    closed = MARKER in first[len(MARKER) :]
    while not closed and line + 1 < end_line:
        line += 1
        text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
        closed = MARKER in text
    token = state.push("obsidian_comment", "", 0)
    token.map = [start_line, line + 1]
    token.hidden = True
    state.line = line + 1
    return True


def comment_inline_rule(state: StateInline, silent: bool) -> bool:
    start = state.pos
    if not state.src.startswith(MARKER, start):
        return False
    close = state.src.find(MARKER, start + 2, state.posMax + 1)
    if close < 0:
        return False
    state.pos = close + 2
    return True


def block_id_rule(state: StateInline, silent: bool) -> bool:
    """`^block-id` at the very end of a paragraph's line is an anchor, not text."""
    start = state.pos
    src = state.src
    if src[start] != "^" or (start > 0 and not src[start - 1].isspace()):
        return False
    end = start + 1
    while end < state.posMax and (src[end].isalnum() or src[end] == "-"):
        end += 1
    if end == start + 1 or (end < state.posMax and src[end] != "\n"):
        return False
    state.pos = end
    return True


def comments_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before("paragraph", "obsidian_comment", comment_block_rule)
    md.inline.add_terminator_char("%")
    md.inline.add_terminator_char("^")
    # After `text`, which stops at the terminator characters: a rule before it would also be
    # called at the start of every run of plain text.
    md.inline.ruler.after("text", "obsidian_comment", comment_inline_rule)
    md.inline.ruler.after("obsidian_comment", "block_id", block_id_rule)
