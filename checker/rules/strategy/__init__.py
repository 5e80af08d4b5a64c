"""Policy rules: ``strategy/*``."""
