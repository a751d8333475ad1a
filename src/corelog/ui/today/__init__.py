"""The Today page, the first page on launch: this week so far, current soreness with
today's advice, the personal bests, and one-click starts for the main actions.

``page.TodayPage`` is the page; ``week_card``, ``soreness_card`` and ``bests_card`` are
its cards; ``quick_start`` the buttons that trigger the main window's actions;
``welcome`` the first-time start; ``day_watch`` notices when the day changes.
"""
