"""JSON Schemas (Draft 2020-12) for policies and draft front matter, and the validator."""
