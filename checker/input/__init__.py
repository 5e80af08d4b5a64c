"""Input layer: bytes to text, YAML with positions, front matter, Markdown scopes."""
