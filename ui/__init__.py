"""Mission Planner's PySide6 desktop app. All Qt of the project lives in this package."""
