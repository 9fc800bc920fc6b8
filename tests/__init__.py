"""Tests: unit, data-driven fixtures, and integration through Anki's own backend."""
