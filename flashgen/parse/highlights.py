"""markdown-it rule for Obsidian highlights `==text==`, emitted as `mark_open`/`mark_close`."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline


def highlight_rule(state: StateInline, silent: bool) -> bool:
    start = state.pos
    maximum = state.posMax
    if not state.src.startswith("==", start) or silent:
        return False
    if start + 4 > maximum or state.src[start + 2] in " \n=":
        return False
    state.pos = start + 2
    found = False
    while state.pos < maximum:
        if state.src.startswith("==", state.pos):
            found = True
            break
        state.md.inline.skipToken(state)
    if not found or state.src[state.pos - 1] in " \n":
        state.pos = start
        return False
    end = state.pos
    state.posMax = end
    state.pos = start + 2
    state.push("mark_open", "mark", 1).markup = "=="
    state.md.inline.tokenize(state)
    state.push("mark_close", "mark", -1).markup = "=="
    state.pos = end + 2
    state.posMax = maximum
    return True


def highlights_plugin(md: MarkdownIt) -> None:
    md.inline.add_terminator_char("=")
    md.inline.ruler.before("emphasis", "highlight", highlight_rule)
