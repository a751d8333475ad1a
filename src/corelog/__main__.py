"""`python -m corelog` starts the desktop app."""

from corelog.app import main

raise SystemExit(main())
