"""What a terminal shows while a long run works: a progress bar on stderr (rich's, which typer
brings), only when stderr is a terminal and only once the run has lasted a second; nothing
at all in a pipe, a log or a script (`--quiet`)."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

DELAY = 1.0  # seconds a run goes before it shows progress: short runs stay one line


class TerminalProgress:
    """A progress callback, `(stage, done, total, detail)`: each stage ("notes", "Anki") is a
    bar of its own. Use it as a context manager, so that the bar is cleared at the end."""

    def __init__(self, quiet: bool = False, delay: float = DELAY) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self._delay = delay
        self._started = time.monotonic()
        self._bars: Progress | None = None
        self._tasks: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int, detail: str = "") -> None:
        if not self.enabled:
            return
        if self._bars is None:
            if time.monotonic() - self._started < self._delay:
                return
            self._bars = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[detail]}"),
                console=Console(stderr=True),
                transient=True,
            )
            self._bars.start()
        task = self._tasks.get(stage)
        if task is None:
            task = self._tasks[stage] = self._bars.add_task(stage, total=total, detail=detail)
        self._bars.update(task, completed=done, total=total, detail=detail)

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bars is not None:
            self._bars.stop()
            self._bars = None
