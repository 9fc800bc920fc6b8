"""Benchmarks: extraction quality, card identity across edits, speed and memory."""
