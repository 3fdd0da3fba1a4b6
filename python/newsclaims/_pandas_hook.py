"""Registers the ``Series.newsclaims`` accessor whenever pandas gets imported.

``import newsclaims`` must not import pandas (the core package does not need it), yet
``series.newsclaims`` should work whichever of the two a notebook imports first. If
pandas is already loaded, the accessor is registered at once; otherwise a finder on
``sys.meta_path`` waits for pandas' import, lets it run, registers the accessor and
steps aside. A failure to register is a warning, never a failed ``import pandas``.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
import warnings
from collections.abc import Sequence
from typing import Optional


def register() -> None:
    try:
        import newsclaims.pandas  # noqa: F401  (the import registers the accessor)
    except Exception as exc:  # a broken pandas must not break the user's import
        warnings.warn(f"newsclaims: the pandas accessor is not available ({exc})", stacklevel=2)


class PandasImportHook(importlib.abc.MetaPathFinder):
    """Finds nothing itself; when pandas is imported, registers the accessor after it."""

    def __init__(self) -> None:
        self.busy = False

    def find_spec(
        self, fullname: str, path: Optional[Sequence[str]], target: Optional[types.ModuleType] = None
    ) -> Optional[importlib.machinery.ModuleSpec]:
        if fullname != "pandas" or self.busy:
            return None
        self.busy = True  # the search below comes back through this finder
        try:
            spec = importlib.util.find_spec("pandas")
        finally:
            self.busy = False
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module
        hook = self

        def exec_module(module: types.ModuleType) -> None:
            run(module)
            # Only now, once pandas is really imported (a mere probe of find_spec
            # leaves the hook in place).
            if hook in sys.meta_path:
                sys.meta_path.remove(hook)
            register()

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install() -> None:
    """The accessor now if pandas is loaded, else as soon as it is."""
    if sys.modules.get("pandas") is not None:
        register()
    elif not any(isinstance(f, PandasImportHook) for f in sys.meta_path):
        sys.meta_path.insert(0, PandasImportHook())
