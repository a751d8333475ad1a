"""Runs from watches and apps: the import dialog (File > Import Activities…, or files
dropped on the window). It talks to the services only."""
