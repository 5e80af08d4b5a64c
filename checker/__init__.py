"""opscheck: checks social-media policies and content drafts against the handbook's norms."""

__version__ = "0.1.0"
