"""Pages and the ui package use the core only through each package's public API: `from analysis.<pkg> import name`
with a name its __init__ exports — never `analysis.<pkg>.<module>`, a submodule imported by name, or a _private name.
(import-linter checks ui as well, see .importlinter; pages/ is not a package, so it is checked here.)"""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py")])


def _is_module(dotted: str) -> bool:
    parts = dotted.split(".")
    base = ROOT.joinpath(*parts)
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def violations(path: Path) -> list[str]:
    """'file:line what' for every import of the core that bypasses a package's public API."""
    out = []
    where = path.relative_to(ROOT)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [(a.name, None) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            targets = [(node.module, a.name) for a in node.names]
        else:
            continue
        for module, name in targets:
            parts = module.split(".")
            if parts[0] != "analysis":
                continue
            if len(parts) != 2:
                out.append(f"{where}:{node.lineno} imports {module} (use analysis.<package>)")
                continue
            if name is None:
                continue
            if name.startswith("_"):
                out.append(f"{where}:{node.lineno} imports the private name {module}.{name}")
            elif _is_module(f"{module}.{name}"):
                out.append(f"{where}:{node.lineno} imports the module {module}.{name} (import its exported names)")
            elif name not in getattr(importlib.import_module(module), "__all__", ()):
                out.append(f"{where}:{node.lineno} imports {module}.{name}, which {module}.__all__ does not export")
    return out


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_pages_and_ui_import_the_core_through_public_apis(path):
    assert violations(path) == []


@pytest.mark.parametrize("source, expected", [
    ("from analysis.ita import overview_view\n", []),
    ("from analysis.ita.framework import latest\n", ["imports analysis.ita.framework"]),
    ("import analysis.common.text\n", ["imports analysis.common.text"]),
    ("from analysis.common import settings\n", ["imports the module analysis.common.settings"]),
    ("from analysis.ita import _grading\n", ["imports the private name analysis.ita._grading"]),
    ("from analysis.ita import UNDECIDED\n", ["analysis.ita.__all__ does not export"]),
])
def test_the_check_catches_each_kind_of_bypass(monkeypatch, source, expected):
    page = ROOT / "pages" / "_structure_probe.py"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    found = violations(page)
    assert len(found) == len(expected)
    for line, want in zip(found, expected, strict=True):
        assert line.startswith("pages/_structure_probe.py:1 ") and want in line
