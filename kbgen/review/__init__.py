"""Reviewing a knowledge base: ``kbgen check`` for CI (every finding of every rule, in text,
JSON or GitHub annotations) and ``kbgen report stale`` for the monthly review."""
