"""kbgen suggest: from ticket exports to the articles that are still missing."""
