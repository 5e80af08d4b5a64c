"""Policy rules: ``goals/*``."""
