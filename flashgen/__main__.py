"""`python -m flashgen` runs the command line."""

from flashgen.cli import app

app()
