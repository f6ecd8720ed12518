"""The `roadmapfinder` command line: a thin Typer layer over the domain core."""
