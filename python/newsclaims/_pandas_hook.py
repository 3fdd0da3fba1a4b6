"""Registers the ``Series.newsclaims`` accessor whenever pandas gets imported.

``import newsclaims`` must not import pandas (the core package does not need it), yet
``series.newsclaims`` should work whichever of the two a notebook imports first. If
pandas is already loaded, the accessor is registered at once; otherwise a finder on
``sys.meta_path`` waits for pandas' import, lets it run, then registers the accessor
and steps aside.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Sequence
from typing import Optional


def register() -> None:
    import newsclaims.pandas  # noqa: F401  (the import registers the accessor)


class PandasImportHook(importlib.abc.MetaPathFinder):
    """Finds nothing itself; when pandas is found, registers the accessor after it runs."""

    def find_spec(
        self, fullname: str, path: Optional[Sequence[str]], target: Optional[types.ModuleType] = None
    ) -> Optional[importlib.machinery.ModuleSpec]:
        if fullname != "pandas":
            return None
        uninstall()
        spec = importlib.util.find_spec("pandas")
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module: types.ModuleType) -> None:
            run(module)
            register()

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


HOOK = PandasImportHook()


def uninstall() -> None:
    if HOOK in sys.meta_path:
        sys.meta_path.remove(HOOK)


def install() -> None:
    """The accessor now if pandas is loaded, else as soon as it is."""
    if "pandas" in sys.modules:
        register()
    elif HOOK not in sys.meta_path:
        sys.meta_path.insert(0, HOOK)
