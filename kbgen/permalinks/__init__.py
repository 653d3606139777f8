"""Links that never break: the catalogue of published articles, redirects from every URL an
article was published at, retired articles pointing to their replacement, and the checks of
links and section anchors between articles."""
