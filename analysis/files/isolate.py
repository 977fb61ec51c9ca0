"""Parsing in a worker process with a wall-clock and a memory limit, so that no reader bug can take the server down.

A workbook reader is native code: a malformed file can make it allocate without bound, abort the process or
loop. The parse runs in a child forked from a small fork server (started once, single-threaded, with the
readers preloaded), under RLIMIT_AS = ITA_PARSE_MEMORY_MB and killed after ITA_PARSE_SECONDS. The caller gets
the result, or Crashed / TimedOut — the server lives either way.
"""
from __future__ import annotations

import multiprocessing as mp
import resource
import threading
import time
from multiprocessing import popen_forkserver, spawn
from multiprocessing.connection import Connection
from typing import Any, Callable

from analysis.common import settings

_CTX = None
_LAUNCH = threading.Lock()
_PREPARATION = spawn.get_preparation_data
_MAIN_KEYS = ("init_main_from_path", "init_main_from_name")


class Crashed(Exception):
    """The worker died (a native crash, the memory limit) before it returned."""


class TimedOut(Exception):
    """The worker ran past the wall-clock limit and was killed."""


def _context():
    global _CTX
    if _CTX is None:
        _CTX = mp.get_context("forkserver")
        _CTX.set_forkserver_preload(["analysis.files.readers"])
    return _CTX


def _without_main(name: str) -> dict:
    return {k: v for k, v in _PREPARATION(name).items() if k not in _MAIN_KEYS}


class _Popen(popen_forkserver.Popen):
    """The fork server's launcher, minus re-running the parent's __main__ in the child.

    Streamlit runs the app script as the module __main__, so a stock child would first execute the whole app
    (seconds of work, and the database) before it parses. The worker needs nothing from __main__: it runs a
    function of analysis.files, which the fork server has preloaded."""

    def _launch(self, process_obj):
        with _LAUNCH:
            spawn.get_preparation_data = _without_main
            try:
                super()._launch(process_obj)
            finally:
                spawn.get_preparation_data = _PREPARATION


class _Process(mp.context.ForkServerProcess):
    _start_method = "forkserver"

    @staticmethod
    def _Popen(process_obj):
        return _Popen(process_obj)


def _child(conn: Connection, memory_mb: int, func: Callable, args: tuple) -> None:
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        conn.send(("ok", func(*args)))
    except BaseException as exc:                    # noqa: BLE001 — reported to the parent as text
        conn.send(("raised", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class Job:
    """A running isolated call; result() waits for it (within the time limit) and always ends the worker."""

    def __init__(self, func: Callable, *args: Any, seconds: float | None = None, memory_mb: int | None = None):
        self.seconds = float(settings.get("ITA_PARSE_SECONDS")) if seconds is None else seconds
        memory = int(settings.get("ITA_PARSE_MEMORY_MB")) if memory_mb is None else memory_mb
        ctx = _context()
        self._recv, send = ctx.Pipe(duplex=False)
        _context()
        self._proc = _Process(target=_child, args=(send, memory, func, args), daemon=True)
        self._started = time.monotonic()
        self._proc.start()
        send.close()

    def result(self) -> Any:
        try:
            left = max(0.0, self.seconds - (time.monotonic() - self._started))
            if not self._recv.poll(left):
                if self._proc.is_alive():
                    raise TimedOut(f"no result in {self.seconds:g} s")
                raise Crashed(f"worker exited with {self._proc.exitcode}")
            try:
                status, value = self._recv.recv()
            except (EOFError, OSError) as exc:
                self._proc.join(5)
                raise Crashed(f"worker exited with {self._proc.exitcode}") from exc
            if status == "raised":
                raise Crashed(value)
            return value
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Kill the worker if it still runs, and release it."""
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join(5)
        self._recv.close()
