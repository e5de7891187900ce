"""factsuite: fact-checking as a test suite."""

__version__ = "0.1.0"
