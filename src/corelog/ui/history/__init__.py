"""The History page: the timeline, the calendar, the charts and the insights."""
