"""Build-time generation of the handbook site's pages from the checker's own code and data.

``opscheck_site.py`` holds the MkDocs event handlers (registered under ``hooks:`` in mkdocs.yml);
the other modules are pure rendering functions (data in, Markdown out) so they can be tested
without MkDocs.
"""
