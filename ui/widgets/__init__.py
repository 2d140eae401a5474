"""Reusable widgets of the app: table panels, message bars, delegates."""
