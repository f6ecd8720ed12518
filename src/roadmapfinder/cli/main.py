"""The `roadmapfinder` console script: `serve` starts without importing the other commands (cli/serve_cmd.py),
everything else goes to the full command line (cli/app.py)."""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point."""
    if sys.argv[1:2] == ["serve"]:
        from roadmapfinder.cli.serve_cmd import serve_app

        serve_app(args=sys.argv[2:], prog_name="roadmapfinder serve")
    else:
        from roadmapfinder.cli.app import main as every_command

        every_command()
