"""Policy rules: ``team/*``."""
