"""markdown-it rule for Obsidian links: `[[Target]]`, `[[Target#Heading|alias]]`, `![[embed|300]]`.

Emits one `wikilink` or `embed` token whose meta holds target, heading and alias.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline


def wikilink_rule(state: StateInline, silent: bool) -> bool:
    start = state.pos
    src = state.src
    embed = src.startswith("![[", start)
    opener = start + (3 if embed else 2)
    if not (embed or src.startswith("[[", start)):
        return False
    close = src.find("]]", opener, state.posMax + 1)
    if close < 0:
        return False
    inner = src[opener:close]
    if not inner.strip() or "\n" in inner or "[[" in inner:
        return False
    if not silent:
        target, _, alias = inner.partition("|")
        page, _, heading = target.partition("#")
        token = state.push("embed" if embed else "wikilink", "", 0)
        token.content = inner
        token.meta = {"target": page.strip(), "heading": heading.strip(), "alias": alias.strip()}
    state.pos = close + 2
    return True


def wikilinks_plugin(md: MarkdownIt) -> None:
    # Before "link" so that `[[x]]` is never read as a reference link `[x]`; before "image"
    # so that `![[x]]` is an embed, not an image.
    md.inline.ruler.before("link", "wikilink", wikilink_rule)
    md.inline.ruler.before("image", "wikilink_embed", wikilink_rule)
