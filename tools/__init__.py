"""Developer tools that are not part of the flashgen command (screenshots of cards)."""
