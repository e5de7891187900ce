"""pytest plugin: filled in by the foundation work."""
