"""Search: one prebuilt lunr index for the browser and the CLI."""
