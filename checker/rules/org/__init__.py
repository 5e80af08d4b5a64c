"""Policy rules: ``org/*``."""
