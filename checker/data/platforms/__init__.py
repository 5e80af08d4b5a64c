"""Built-in platform packs (one YAML file per platform)."""
