"""For agents and readers: the "Was this helpful?" question on every article, the OpenSearch
description, and ``kbgen link``."""
