"""The folders show the architecture, and the imports keep to it: core and gateway are Qt-free,
core's packages import only downwards, no two modules import each other (even for types), and
no folder's top level turns back into a list of prefix-named files."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

PACKAGE = ROOT / "masiv_desktop"

CORE_LAYERS: dict[str, int] = {
    "usertypes": 0, "logs": 0, "words": 0,
    "lists": 1, "text": 1, "labels": 1, "reasons": 1,
    "store": 2,
    "law": 3,
    "engine": 4, "reports": 4, "settings": 4,
    "actions": 5, "campaigns": 5, "drafts": 5, "overview": 5, "startup": 5,
    "test_message": 5, "replies": 5,
}
"""A room of `core` may import rooms of a lower number only (and its own); the use cases
(the highest number) may also call each other."""
USE_CASES = max(CORE_LAYERS.values())


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports(path: Path) -> Iterator[str]:
    """Every module of ours (or other top-level name) `path` imports, at any depth."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                yield full if full in MODULES else node.module


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for name, path in MODULES.items():
        edges[name] |= {target for target in imports(path)
                        if target in MODULES and target != name}
    return edges


def room(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "core" else None


@pytest.mark.parametrize("package", ["core", "gateway"])
def test_core_and_gateway_never_import_qt(package: str) -> None:
    offenders = sorted(f"{name} imports {target}"
                       for name, path in MODULES.items() if name.split(".")[1:2] == [package]
                       for target in imports(path) if target.split(".")[0] == "PySide6")
    assert offenders == []


def test_core_and_gateway_never_import_the_front_ends() -> None:
    offenders = sorted(f"{name} imports {target}"
                       for name, targets in graph().items()
                       if name.split(".")[1:2] in (["core"], ["gateway"])
                       for target in targets if target.split(".")[1:2] in (["gui"], ["cli"]))
    assert offenders == []


def test_core_imports_only_downwards() -> None:
    offenders = []
    for name, targets in graph().items():
        here = room(name)
        if here is None:
            continue
        for target in targets:
            there = room(target)
            if there is None or there == here:
                continue
            upwards = CORE_LAYERS[there] > CORE_LAYERS[here]
            sideways = CORE_LAYERS[there] == CORE_LAYERS[here] != USE_CASES
            if upwards or sideways:
                offenders.append(f"{name} ({here}) imports {target} ({there})")
    assert offenders == []


def test_every_core_room_has_a_layer() -> None:
    rooms = {room(name) for name in MODULES} - {None, "__init__"}
    assert rooms <= CORE_LAYERS.keys(), f"give {sorted(rooms - CORE_LAYERS.keys())} a layer"


def test_no_import_cycles() -> None:
    edges = graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in list(edges):
        if node not in index:
            visit(node)
    assert cycles == []


@pytest.mark.parametrize(("folder", "most_modules", "least_packages"), [
    ("core", 12, 5), ("gateway", 8, 3), ("gui", 20, 4)])
def test_top_levels_stay_small(folder: str, most_modules: int, least_packages: int) -> None:
    top = PACKAGE / folder
    modules = [p for p in top.glob("*.py") if p.name != "__init__.py"]
    packages = [p for p in top.iterdir() if (p / "__init__.py").is_file()]
    assert len(modules) <= most_modules
    assert len(packages) >= least_packages


@pytest.mark.parametrize("folder", ["core", "gateway", "gui", "cli"])
def test_no_prefix_named_groups(folder: str) -> None:
    """Modules at a top level that share a name prefix are a package waiting to be made
    (the CLI's `*_cmd` sub-commands share a suffix, which is fine)."""
    prefixes: dict[str, list[str]] = defaultdict(list)
    for path in (PACKAGE / folder).glob("*.py"):
        if "_" in path.stem.strip("_"):
            prefixes[path.stem.split("_")[0]].append(path.stem)
    assert {prefix: group for prefix, group in prefixes.items() if len(group) >= 2} == {}


def test_every_package_says_what_it_owns() -> None:
    silent = [name for name, path in MODULES.items()
              if path.name == "__init__.py" and ast.get_docstring(ast.parse(
                  path.read_text(encoding="utf-8"))) is None]
    assert silent == []


def test_tests_mirror_the_core_packages() -> None:
    core = PACKAGE / "core"
    missing = [p.name for p in core.iterdir() if (p / "__init__.py").is_file()
               and not (ROOT / "tests" / "core" / p.name).is_dir()]
    assert missing == []


COMMANDS = ("campaigns", "cancel", "check", "delete", "demo", "export", "login", "logout",
            "pause", "poll", "replies", "resend-uncertain", "resume", "sandbox", "segments", "send",
            "settings", "start", "status", "suppress", "test-message")


def test_core_and_gateway_never_name_a_cli_command_to_the_user() -> None:
    """What to do next belongs to the front end that shows the message (the CLI names its
    command, the GUI its button); docstrings may name commands, strings a user reads not."""
    named = re.compile(r"\bmasiv (" + "|".join(map(re.escape, COMMANDS)) + r")\b")
    offenders = []
    for name, path in MODULES.items():
        if name.split(".")[1:2] not in (["core"], ["gateway"]):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        offenders += [f"{name}:{node.lineno}: {node.value[:60]!r}" for node in ast.walk(tree)
                      if isinstance(node, ast.Constant) and isinstance(node.value, str)
                      and id(node) not in docstrings and named.search(node.value)]
    assert offenders == []
