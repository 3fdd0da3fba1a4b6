"""The `.pyi` stubs match the compiled module (mypy's stubtest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ALLOWLIST = Path(__file__).resolve().parent / "stubtest_allowlist.txt"
# Holds the mypy settings (optional dependencies without stubs).
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_stubs_match_the_runtime() -> None:
    pytest.importorskip("mypy", reason="mypy is installed by .ci/run and the test extra")
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "newsclaims", "--allowlist", str(ALLOWLIST),
         "--mypy-config-file", str(PYPROJECT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
