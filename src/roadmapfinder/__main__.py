"""`python -m roadmapfinder` runs the command line."""

from roadmapfinder.cli.main import main

main()
