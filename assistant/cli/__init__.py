"""The ``ethics-assistant`` command line."""
