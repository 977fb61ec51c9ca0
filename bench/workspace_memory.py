"""Benchmark: memory of the scored workspace with the national dataset (bench/national_data.py) stored — a
measurement script, not a test; it prints figures and has no target.

reads   In one process, sessions that each read the workspace through ui.cache.workspace() and hold it (as
        concurrent page runs do), several rounds: the process's RSS after each round. Kept once per process, the
        RSS stays flat; copied per read, it grows by the dataset's size per session.
server  A real server (python -m ui.serve, no sign-in) on the national dataset, --sessions simultaneous sessions
        driven by bench/load.py for --seconds per pass, --passes passes: the server's RSS and peak RSS after each
        pass. --arena N starts the server with MALLOC_ARENA_MAX=N (glibc's number of malloc arenas).

--root DIR measures another checkout of the app (e.g. main, exported with `git archive main | tar -x -C DIR`,
with .venv linked), to compare before and after.

Run: .venv/bin/python bench/workspace_memory.py reads [--sessions 10] [--rounds 3] [--units 8300] [--root DIR]
     .venv/bin/python bench/workspace_memory.py server [--sessions 10] [--passes 4] [--seconds 30] [--arena 2]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.national_data import UNITS, national_frames  # noqa: E402

_READS = """
import gc, resource, sys
sys.path.insert(0, ".")
from ui import cache
rounds, sessions = int(sys.argv[1]), int(sys.argv[2])
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20
print(f"before the first read: RSS {rss():.0f} MB", flush=True)
for r in range(rounds):
    held = [cache.workspace() for _ in range(sessions)]
    print(f"round {r + 1}: {sessions} sessions holding the workspace: RSS {rss():.0f} MB", flush=True)
    del held
    gc.collect()
print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)
"""


_SAVE = """
import pickle, sys
from types import SimpleNamespace
sys.path.insert(0, ".")
from analysis.common.report import IngestReport
from analysis.store import Store
scores, published = pickle.load(open(sys.argv[1], "rb"))
store = Store(sys.argv[2])
store.datasets.save(SimpleNamespace(scores=scores, published=published,
                                    report=IngestReport(file="national.csv", rows_kept=len(published))),
                    "national.csv", "n" * 64)
store.close()
"""


def _national_folder(folder: Path, n_units: int, root: Path) -> Path:
    """folder with a workspace database holding the national dataset (no demo), saved by the measured checkout's
    own code (its migrations)."""
    import pickle

    data = national_frames(n_units)
    frames = folder / "national.pickle"
    frames.write_bytes(pickle.dumps((data.scores, data.published)))
    subprocess.run([sys.executable, "-c", _SAVE, str(frames), f"sqlite:///{folder / 'ita.sqlite3'}"], cwd=root,
                   check=True)
    return folder


def _env(folder: Path, arena: int | None) -> dict[str, str]:
    env = {**os.environ, "ITA_DATA_DIR": str(folder), "ITA_LOAD_DEMO": "0", "ITA_AUTH": "none"}
    env.pop("ITA_DATABASE_URL", None)
    if arena:
        env["MALLOC_ARENA_MAX"] = str(arena)
    return env


def reads(args: argparse.Namespace, folder: Path) -> None:
    subprocess.run([sys.executable, "-c", _READS, str(args.rounds), str(args.sessions)], cwd=args.root,
                   env=_env(folder, args.arena), check=True, stderr=subprocess.DEVNULL)


def _rss_mb(pid: int) -> tuple[float, float]:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _healthy(url: str) -> bool:
    import urllib.request

    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        return opener.open(f"{url}/_stcore/health", timeout=2).read() == b"ok"
    except OSError:
        return False


def server(args: argparse.Namespace, folder: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with (folder / "server.log").open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ui.serve", "run", "app.py", "--server.port", str(port), "--server.address",
             "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"], cwd=args.root, env=_env(folder, args.arena), stdout=log,
            stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not _healthy(url):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the server did not start: " + (folder / "server.log").read_text()[-2000:])
            time.sleep(0.5)
        print(f"server up (MALLOC_ARENA_MAX={args.arena or 'unset'}): RSS {_rss_mb(proc.pid)[0]:.0f} MB", flush=True)
        for n in range(args.passes):
            done = subprocess.run([sys.executable, str(ROOT / "bench" / "load.py"), "--url", url, "--users",
                                   str(args.sessions), "--seconds", str(args.seconds)], cwd=ROOT,
                                  capture_output=True, text=True)
            summary = [line for line in done.stdout.splitlines() if "p95" in line or "failed" in line.lower()]
            rss, peak = _rss_mb(proc.pid)
            print(f"pass {n + 1}: {args.sessions} sessions × {args.seconds:.0f} s: server RSS {rss:.0f} MB, "
                  f"peak {peak:.0f} MB | {' | '.join(summary[-2:])}", flush=True)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("reads", "server"))
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3, help="reads: rounds of every session reading once")
    parser.add_argument("--passes", type=int, default=4, help="server: passes of load")
    parser.add_argument("--seconds", type=float, default=30, help="server: seconds of load per pass (at most 45)")
    parser.add_argument("--arena", type=int, default=None, help="MALLOC_ARENA_MAX for the measured process")
    parser.add_argument("--units", type=int, default=UNITS)
    parser.add_argument("--root", type=Path, default=ROOT, help="the app checkout to measure (default this one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = _national_folder(Path(tmp), args.units, args.root)
        print(f"{args.mode}: {args.units:,} units × 4 years stored; app at {args.root}", flush=True)
        (reads if args.mode == "reads" else server)(args, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
