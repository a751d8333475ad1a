"""The runs part of the Log page: the run form, recent runs, shoes and muscles worked,
and a run's own page (``run_page.py``), opened from the Runs tab or History's timeline."""
