"""Parse stage: markdown-it-py with Obsidian syntax rules, tokens to a document model."""
