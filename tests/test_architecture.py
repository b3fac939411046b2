"""The walls of the house, checked from the source: imports are parsed with `ast`, nothing is
imported or run. Each failure names the file (and line) to fix and the rule it breaks.

- Telegram's rules live in family_bot/telegram_text.py; only the embedded Bot API server
  (family_bot/botapi/, with its terminal demo), the CLI that starts the demo and the trainers'
  simulator (family_bot/simulator/, phones that chat with the real bot) import botapi.
- Only the Telegram layer imports `telegram`: family_bot/bot/, the features' handlers.py, and
  the outbox's transport (delivery/telegram.py). Services and everything else never do.
- The coaching feature and the requests for help never import each other; what both need is
  in family_bot/staff/, which imports neither.
- The rooms at the bottom stay at the bottom: the core modules (telegram_text, clock, config,
  logs, jobs, screens) import only each other, storage/ nothing else of the bot, and botapi/
  nothing but telegram_text.
- No module over 600 lines.
- No import cycle. Module-level imports (those under `if TYPE_CHECKING:` included) must form no
  cycle. A function-level import is allowed to keep a heavy dependency lazy (PTB only when the
  bot runs), never to dodge a circle: with function-level imports added, there is still none.
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "family_bot"
MAX_LINES = 600


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, e.g. "family_bot.support.staff_side"
    path: Path
    line: int
    target: str  # the imported module, e.g. "family_bot.staff.notices", or "telegram.ext"
    module_level: bool  # False when inside a function

    def where(self) -> str:
        return f"{self.path.relative_to(PACKAGE.parent)}:{self.line}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


MODULES = all_modules()


def _resolve(name: str) -> str:
    """The family_bot module a dotted name lives in (`family_bot.staff.Notices` -> package)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def imports_of(source: str, path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:  # relative: from the importing module's package
                    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
                    for _ in range(child.level - 1):
                        package = package.rpartition(".")[0]
                    base = f"{package}.{base}" if base else package
                # `from family_bot.coach import handlers` imports a module, not just the package
                names = [base, *(f"{base}.{alias.name}" for alias in child.names)]
            else:
                visit(child, inside)
                continue
            targets = {_resolve(name) if name.startswith("family_bot") else name for name in names}
            for target in sorted(t for t in targets if t and t != source):
                found.append(Import(source, path, child.lineno, target, not inside))

    visit(tree, False)
    return found


IMPORTS = [found for source, path in MODULES.items() for found in imports_of(source, path)]


def _in(module: str, *rooms: str) -> bool:
    return any(module == room or module.startswith(f"{room}.") for room in rooms)


def test_only_the_embedded_server_and_the_cli_that_starts_it_import_botapi() -> None:
    offenders = [
        f"{found.where()} imports {found.target}: production code must not lean on the test "
        "server; Telegram's rules are in family_bot/telegram_text.py"
        for found in IMPORTS
        if _in(found.target, "family_bot.botapi")
        and not _in(found.source, "family_bot.botapi", "family_bot.cli", "family_bot.simulator")
    ]
    assert not offenders, "\n".join(offenders)


def test_only_the_telegram_layer_imports_telegram() -> None:
    def telegram_facing(module: str) -> bool:
        return (
            _in(module, "family_bot.bot")
            or module.endswith(".handlers")
            or module == "family_bot.delivery.telegram"
        )

    offenders = [
        f"{found.where()} imports {found.target}: only family_bot/bot/, handlers.py and "
        "delivery/telegram.py speak Telegram; a service takes and returns dataclasses (Screen)"
        for found in IMPORTS
        if _in(found.target, "telegram") and not telegram_facing(found.source)
    ]
    assert not offenders, "\n".join(offenders)


def test_services_never_import_telegram() -> None:
    services = [
        found
        for found in IMPORTS
        if found.path.name.startswith("service") or found.path.parent.name == "staff"
    ]
    assert services, "no service module found: the test no longer sees the package"
    offenders = [
        f"{found.where()} imports {found.target}: a service knows nothing of Telegram"
        for found in services
        if _in(found.target, "telegram")
    ]
    assert not offenders, "\n".join(offenders)


def test_coaching_and_requests_for_help_do_not_import_each_other() -> None:
    walls = {
        "family_bot.support": ("family_bot.coach",),
        "family_bot.coach": ("family_bot.support",),
        # The shared room stays shared: no feature that uses it is imported by it.
        "family_bot.staff": ("family_bot.coach", "family_bot.support"),
    }
    offenders = [
        f"{found.where()} imports {found.target}: {room} may not import {', '.join(forbidden)}; "
        "move what both need to family_bot/staff/"
        for found in IMPORTS
        for room, forbidden in walls.items()
        if _in(found.source, room) and _in(found.target, *forbidden)
    ]
    assert not offenders, "\n".join(offenders)


CORE = (
    "family_bot.telegram_text",
    "family_bot.clock",
    "family_bot.config",
    "family_bot.logs",
    "family_bot.jobs",
    "family_bot.screens",
)


def test_the_bottom_rooms_import_nothing_above_them() -> None:
    allowed = {
        **{module: CORE for module in CORE},
        "family_bot.storage": ("family_bot.storage",),
        "family_bot.botapi": ("family_bot.botapi", "family_bot.telegram_text"),
    }
    offenders = [
        f"{found.where()} imports {found.target}: {room} may import only {', '.join(rooms)}"
        for found in IMPORTS
        for room, rooms in allowed.items()
        if _in(found.source, room)
        and _in(found.target, "family_bot")
        and not _in(found.target, *rooms)
    ]
    assert not offenders, "\n".join(offenders)


def test_no_module_over_600_lines() -> None:
    too_long = [
        f"{path.relative_to(PACKAGE.parent)} has {lines} lines (at most {MAX_LINES}): "
        "it is doing more than one job, split it by job"
        for path in MODULES.values()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert not too_long, "\n".join(too_long)


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (as a path back to its start), or None."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def walk(module: str) -> list[str] | None:
        path.append(module)
        on_path.add(module)
        for target in sorted(edges.get(module, ())):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done:
                found = walk(target)
                if found is not None:
                    return found
        on_path.discard(path.pop())
        done.add(module)
        return None

    for module in sorted(edges):
        if module not in done:
            found = walk(module)
            if found is not None:
                return found
    return None


def _graph(*, with_function_level: bool) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for found in IMPORTS:
        if _in(found.target, "family_bot") and (found.module_level or with_function_level):
            edges.setdefault(found.source, set()).add(found.target)
    return edges


def _describe(cycle: list[str]) -> str:
    steps = []
    for source, target in itertools.pairwise(cycle):
        line = next(f.where() for f in IMPORTS if f.source == source and f.target == target)
        steps.append(f"{line} imports {target}")
    return "; ".join(steps)


def test_no_import_cycle_at_module_level() -> None:
    cycle = _cycle(_graph(with_function_level=False))
    assert cycle is None, f"import cycle {' -> '.join(cycle)}: {_describe(cycle)}"


def test_no_function_level_import_closes_a_cycle() -> None:
    cycle = _cycle(_graph(with_function_level=True))
    assert cycle is None, (
        f"import cycle {' -> '.join(cycle)} once function-level imports count: "
        f"{_describe(cycle)}; break the circle instead of hiding an import in a function"
    )


def test_the_import_parser_sees_the_known_walls() -> None:
    """The rules above can fail: the parser finds imports that are known to be there."""
    targets = {(found.source, found.target) for found in IMPORTS}
    assert ("family_bot.cli", "family_bot.botapi") in targets  # function-level, in the demo
    assert ("family_bot.support.handlers", "telegram") in targets
    assert ("family_bot.coach.service", "family_bot.staff") in targets
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
