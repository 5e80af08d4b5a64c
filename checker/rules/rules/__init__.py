"""Policy rules: ``rules/*``."""
