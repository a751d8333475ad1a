"""The runs part of the Log page: the run form, recent runs, shoes and muscles worked."""
