"""Sulh: case tracker for the Community Policing Forums of Iraq."""

__version__ = "0.1.0"
