"""The JSON API (django-ninja) under /api/v1/: a thin layer over the domain core's read models."""
