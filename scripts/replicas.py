"""A shared deployment on one machine: N `streamlit run` replicas on loopback against one PostgreSQL database, for
a reverse proxy with sticky sessions in front (deploy/nginx.conf, deploy/Caddyfile). Run by `make replicas`.

    ITA_DATABASE_URL=postgresql+psycopg://ita@db.example/ita make replicas            # ports 8601 and 8602
    .venv/bin/python scripts/replicas.py --ports 8601,8602,8603

Before any replica starts, the database is brought to the newest schema and (ITA_LOAD_DEMO) the demo is loaded
once, so replicas starting together never race to do it. Sign-in is required: ITA_AUTH empty means `local` here
(the replicas listen on loopback, but the proxy serves them to the network), and ITA_AUTH=none is refused. Prints
"ready: URL …" when every replica answers its health check; Ctrl+C (or SIGTERM) stops them all, and when one
replica stops the others are stopped too (exit 1)."""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.common import settings, t  # noqa: E402

START_SECONDS = 120


def _say(code: str, **params) -> None:
    print(t(code, "th", **params) + "\n" + t(code, "en", **params), file=sys.stderr)


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as reply:
            return reply.status == 200 and reply.read().strip() == b"ok"
    except OSError:
        return False


def check_settings() -> tuple[str, str] | None:
    """(database URL, sign-in mode) for the replicas, or None after saying (in Thai and English) why not."""
    import sqlalchemy as sa

    url = settings.database_url()
    if sa.make_url(url).get_backend_name() != "postgresql":
        _say("deploy.needs_postgres", url=sa.make_url(url).render_as_string(hide_password=True))
        return None
    mode = settings.get("ITA_AUTH").strip().lower() or "local"
    if mode not in ("local", "oidc"):
        _say("deploy.needs_sign_in", mode=mode)
        return None
    return url, mode


def prepare(url: str) -> int:
    """Migrate the database to head and load the demo when it is empty (as the first start of `make run` would);
    returns the number of accounts (0: the first admin still has to be made with `users add`)."""
    from analysis.store import Store, seed_demo

    store = Store(url)
    try:
        seed_demo(store)
        return store.accounts.count()
    finally:
        store.close()


def start(ports: list[int], mode: str, log_dir: Path) -> list[subprocess.Popen]:
    """One `streamlit run` per port on 127.0.0.1 (logs in log_dir/replica-PORT.log)."""
    env = {**os.environ, "ITA_AUTH": mode, "ITA_ADDRESS": "127.0.0.1"}
    upload_mb = settings.get("ITA_MAX_UPLOAD_MB")
    procs = []
    for port in ports:
        with (log_dir / f"replica-{port}.log").open("wb") as log:
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "ui.serve", "run", "app.py", "--server.port", str(port),
                 "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
                 "--server.maxUploadSize", upload_mb],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT))
    return procs


def stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start N replicas of the app on loopback against one PostgreSQL.")
    parser.add_argument("--ports", default="8601,8602", help="comma-separated loopback ports (default 8601,8602)")
    parser.add_argument("--log-dir", default=None, help="where the replicas' logs go (default: ITA_DATA_DIR)")
    args = parser.parse_args(argv)
    try:
        ports = [int(p) for p in args.ports.split(",") if p.strip()]
    except ValueError:
        _say("deploy.bad_ports", ports=args.ports)
        return 2
    checked = check_settings()
    if checked is None:
        return 2
    url, mode = checked
    if prepare(url) == 0 and mode == "local":
        _say("deploy.no_admin")
    log_dir = Path(args.log_dir) if args.log_dir else settings.data_dir()
    log_dir.mkdir(parents=True, exist_ok=True)
    procs = start(ports, mode, log_dir)
    signal.signal(signal.SIGTERM, lambda *_: (stop(procs), sys.exit(0)))
    try:
        deadline = time.monotonic() + START_SECONDS
        waiting = set(ports)
        while waiting:
            for port, proc in zip(ports, procs, strict=True):
                if proc.poll() is not None:
                    log = (log_dir / f"replica-{port}.log").read_text(errors="replace")[-1500:]
                    print(f"replica on port {port} stopped (exit {proc.returncode}):\n{log}", file=sys.stderr)
                    return 1
                if port in waiting and _healthy(port):
                    waiting.discard(port)
            if time.monotonic() > deadline:
                print(f"replicas on {sorted(waiting)} did not answer /_stcore/health in {START_SECONDS} s",
                      file=sys.stderr)
                return 1
            time.sleep(0.3)
        print("ready: " + " ".join(f"http://127.0.0.1:{p}" for p in ports), flush=True)
        while True:
            for port, proc in zip(ports, procs, strict=True):
                if proc.poll() is not None:
                    print(f"replica on port {port} stopped (exit {proc.returncode}); stopping the others",
                          file=sys.stderr)
                    return 1
            time.sleep(1)
    except KeyboardInterrupt:
        return 0
    finally:
        stop(procs)


if __name__ == "__main__":
    sys.exit(main())
