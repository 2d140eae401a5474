"""The plan's views: map, timeline and coverage dashboard, sharing one selection."""
