"""Tracking: accounts, progress, notes and API tokens (the Django layer over `roadmapfinder.progress`).

Writes live in `services.py`, reads in `selectors.py`; views, the API router and the signal handler call them.
"""
