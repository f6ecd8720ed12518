"""The Django web app: server-rendered pages over the domain core, plus auth, sessions and admin."""
