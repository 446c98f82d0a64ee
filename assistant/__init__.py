"""Local-first assistant for guidance ethics (Aanpak Begeleidingsethiek)."""

__version__ = "0.1.0"
