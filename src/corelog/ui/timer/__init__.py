"""The Plank timer page: workout setup and presets, the big running display, progress."""
