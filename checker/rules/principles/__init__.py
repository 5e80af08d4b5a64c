"""Policy rules: ``principles/*``."""
