"""The sample desk's pytest configuration.

factsuite's plugin is loaded through its entry point and finds this desk by
[tool.factsuite] in pyproject.toml; nothing else is needed here. A desk may add
fixtures or hooks of its own in this file.
"""
