"""Planning the site (pure, engine-free) and rendering it (the MkDocs adapter)."""
