"""flashgen: Markdown reading notes to Anki decks that update in place."""

__version__ = "0.5.0"
