"""PostgreSQL whose connection health check asks the socket, not the server (see `base.py`)."""
