"""The markdown-it parser flashgen reads notes with: CommonMark plus Obsidian's syntax."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from flashgen.parse.callouts import callouts_plugin
from flashgen.parse.comments import comments_plugin
from flashgen.parse.highlights import highlights_plugin
from flashgen.parse.tags import tags_plugin
from flashgen.parse.wikilinks import wikilinks_plugin


@cache
def note_parser() -> MarkdownIt:
    """One configured parser; building it is the costly part, so it is made once."""
    # html stays on so that raw HTML is recognised as such (and dropped later), not shown as text.
    return (
        MarkdownIt("commonmark", {"html": True})
        .enable(["table", "strikethrough"])
        .use(front_matter_plugin)  # skips the YAML block, so token lines are the file's own
        # (as Obsidian: no space inside the dollars, so "$2 a day … $32" is currency, not math)
        .use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
        .use(footnote_plugin)
        .use(deflist_plugin)
        .use(wikilinks_plugin)
        .use(highlights_plugin)
        .use(tags_plugin)
        .use(comments_plugin)
        .use(callouts_plugin)
    )
