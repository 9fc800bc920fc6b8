"""Review stage: the next build's cards on a local page, to keep, reject or rewrite each one
before it reaches Anki (`flashgen review`). `session` holds the cards and carries out what
the user decides into the vault's lists; `page` draws them; `server` serves the page on
127.0.0.1 to the one browser that has its token."""
