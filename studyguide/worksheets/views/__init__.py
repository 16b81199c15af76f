"""Worksheet views."""
