"""``factsuite review``: a person reviews the claims that await one, one at a time.

- ``edits``: a decision written into claims.yaml's text as a person would write it by
  hand, every other byte left as it was;
- ``queue``: which claims await a person, why, and the facts each could be bound to;
- ``session``: decisions saved at once (claimswrite.py), undone, and carried over a
  save someone else made meanwhile;
- ``terminal``: the screen and keys (prompt_toolkit), imported only by the command.

Nothing here but ``terminal`` knows about a terminal, so all of it is tested without one.
"""
