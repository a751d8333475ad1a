"""`python -m corelog` starts the desktop app."""

from corelog.app import main

# Guarded: the helper processes that read activity files import this module again.
if __name__ == "__main__":
    raise SystemExit(main())
