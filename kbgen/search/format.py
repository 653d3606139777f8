"""The version of the search index files, shared by their writer and their reader.

A module of its own so that reading an index (``kbgen search``) never imports the index builder.
"""

#: Version of the index files (a site built by another version is rebuilt in memory); 4: the
#: manifest carries the no-answer model; 5: term weights are saturated as a shard is added (the
#: model shipped in a manifest is fitted on the engine's scores, so a site built before ranks and
#: flags with its own engine, and ``kbgen search`` rebuilds it rather than mix the two).
FORMAT = 5
