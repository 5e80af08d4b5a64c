"""Policy rules: ``roles/*``."""
