"""`python -m roadmapfinder` runs the command line."""

from roadmapfinder.cli.app import main

main()
