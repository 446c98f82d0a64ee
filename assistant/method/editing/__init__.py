"""Changing what a session holds: canvas edits from the UI and corrections in the conversation."""
