"""Policy rules: ``platforms/*``."""
