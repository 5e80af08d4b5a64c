"""Policy rules: ``accounts/*``."""
