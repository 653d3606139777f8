"""``python -m kbgen``: the same as the ``kbgen`` command."""
from .cli import main

main(prog_name="kbgen")
