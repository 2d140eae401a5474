"""The app's dialogs, one module each."""
