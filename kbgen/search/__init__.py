"""Search: one prebuilt lunr index for the browser and the CLI.

- :mod:`~kbgen.search.analysis`: words, stop words, stems, synonyms, typos, prefixes, phrases;
- :mod:`~kbgen.search.index`: ``SearchIndex.build(corpus).files()`` writes the index files;
- :mod:`~kbgen.search.engine`: ``SearchEngine.load(site_or_files).search(query, limit)`` ranks
  exactly as ``theme/assets/kbgen-search.js`` does in the browser;
- :mod:`~kbgen.search.planner`: adds the index and the ``/search/`` page to the site plan;
- :mod:`~kbgen.search.command`: ``kbgen search``.
"""
