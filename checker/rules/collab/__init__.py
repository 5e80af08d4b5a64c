"""Policy rules: ``collab/*``."""
