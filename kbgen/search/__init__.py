"""Search: one engine (``theme/assets/kbgen-search-engine.js``) for the browser and the CLI.

- :mod:`~kbgen.search.runtime`: runs the engine's JavaScript from Python (V8, mini-racer);
- :mod:`~kbgen.search.index`: ``SearchIndex.build(corpus).files()`` writes the index files,
  with article text analysed by the engine;
- :mod:`~kbgen.search.engine`: ``SearchEngine.load(site_or_files).search(query, limit)``
  ranks with the engine, exactly as the site's search box does;
- :mod:`~kbgen.search.planner`: adds the index and the ``/search/`` page to the site plan;
- :mod:`~kbgen.search.command`: ``kbgen search``.
"""
