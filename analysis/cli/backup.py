"""`python -m analysis backup --out FILE.zip [--with-accounts]` and `python -m analysis restore FILE.zip [--replace]`:
the whole workspace (the database of ITA_DATABASE_URL) to one .zip and back."""
from __future__ import annotations

import sys
from pathlib import Path

from analysis.cli.args import EXIT_BAD_INPUT, input_file, lines


def _backup(args) -> int:
    from analysis.store import Store
    from analysis.store.backup import backup_workspace as backup

    out = Path(args.out)
    if out.suffix.lower() != ".zip":
        print(lines("backup.not_zip_name", path=str(out)), file=sys.stderr)
        return EXIT_BAD_INPUT
    store = Store()
    try:
        data, summary = backup(store, with_accounts=args.with_accounts)
    finally:
        store.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(lines("backup.written", path=str(out), rows=sum(summary.rows.values()), tables=len(summary.rows)))
    return 0


def _restore(args) -> int:
    from analysis.store import Store
    from analysis.store.backup import BackupError
    from analysis.store.backup import restore_workspace as restore

    store = Store()
    try:
        summary = restore(store, args.file.read_bytes(), replace=args.replace)
    except BackupError as exc:
        print(exc.message("th") + "\n" + exc.message("en"), file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        store.close()
    print(lines("backup.restored", rows=sum(summary.rows.values()), tables=len(summary.rows)))
    return 0


def register(sub) -> None:
    """Add the `backup` and `restore` subcommands to the parser's subcommands."""
    p = sub.add_parser("backup", help="write the whole workspace to one .zip (JSON lines per table + manifest.json)")
    p.add_argument("--out", required=True, help="the .zip to write")
    p.add_argument("--with-accounts", action="store_true",
                   help="also the accounts' password hashes (left out by default)")
    p.set_defaults(func=_backup)
    r = sub.add_parser("restore", help="load a backup .zip into an empty workspace (or over it with --replace)")
    r.add_argument("file", type=input_file, help="the backup .zip")
    r.add_argument("--replace", action="store_true", help="replace everything the workspace holds")
    r.set_defaults(func=_restore)
