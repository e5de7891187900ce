"""claims.yaml's lock (claimswrite.py): on POSIX an flock of ``claims.yaml.lock``, the
lock the filelock package takes, without importing filelock (30-60 ms of every
``factsuite extract``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from factsuite import claimswrite

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="filelock's own lock there")


def test_the_lock_and_filelocks_exclude_each_other(tmp_path: Path) -> None:
    lock = tmp_path / "claims.yaml.lock"
    with claimswrite._locked(lock, 1.0):
        with pytest.raises(Timeout):
            FileLock(lock, timeout=0.05).acquire()
        with (
            pytest.raises(claimswrite._LockTimeoutError),  # nor a second of ours
            claimswrite._locked(lock, 0.05),
        ):
            pass
    with FileLock(lock, timeout=0):  # let go: free for filelock
        pass
    with claimswrite._locked(lock, 0.05):  # and for another of ours
        pass
    assert lock.exists()  # left in place, as filelock leaves it


_WRITE = """
import sys
from pathlib import Path
from factsuite.claimswrite import read_snapshot, write_claims
path = Path(sys.argv[1])
write_claims(path, "version: 1\\nclaims: []\\n", read_snapshot(path, "claims.yaml"), "claims.yaml")
print("filelock" in sys.modules)
"""


def test_writing_claims_does_not_import_filelock(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    command = [sys.executable, "-c", _WRITE, str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    assert done.stdout == "False\n"
    assert path.read_text("utf-8") == "version: 1\nclaims: []\n"
