"""Run by `make run` before the server starts: says which sign-in mode the app will use, and refuses to start
(exit 2, in Thai and English) when ITA_AUTH=none would serve the app beyond this machine."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.common import auth_mode, setting, t  # noqa: E402


def main() -> int:
    mode, why = auth_mode()
    if why:
        print(t(why, "th") + "\n" + t(why, "en"), file=sys.stderr)
        return 2
    print(t(f"auth.mode_{mode}", "th", address=setting("ITA_ADDRESS")))
    print(t(f"auth.mode_{mode}", "en", address=setting("ITA_ADDRESS")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
