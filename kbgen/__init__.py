"""kbgen: a searchable self-help knowledge base from a folder of Markdown."""

__version__ = "0.1.0"
