"""Deliver stage: the built cards into the user's Anki, now (`sync`, through AnkiConnect)
and whenever the notes change (`watch`)."""
