"""Messages of the draft rules."""

MESSAGES: dict[str, tuple[str, str]] = {}
