"""Messages of the policy rules."""

MESSAGES: dict[str, tuple[str, str]] = {}
