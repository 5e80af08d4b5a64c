"""Model layer: loaded files (policies and drafts) and the repository that ties them together."""
