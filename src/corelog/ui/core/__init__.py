"""Core sessions in the GUI: the Log page's core tab, the sets editor, the exercise library,
the "Learn the core" view and the weekly target indicator."""
