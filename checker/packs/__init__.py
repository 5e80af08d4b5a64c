"""Data packs: built-in platform packs and term lists, and team rule packs compiled to rules."""
