"""Runs from watches and apps: the import dialog (File > Import Activities…, or files
dropped on the window) and a run's own page. They talk to the services only."""
