"""What History's charts and a run's own page both draw with: the pace axis
(``axes.py``) and a chart's numbers as a table (``table.py``). It imports neither of
them, so each can use it without importing the other."""
