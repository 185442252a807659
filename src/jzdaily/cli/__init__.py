"""The ``jzdaily`` command line: arguments and commands (``_main``), the batch over many inputs
on a process pool (``_batch``), output formats (``_render``), the optional progress bar
(``_progress``) and the entity tables the commands print (``_report``).

The library (``jzdaily``) never imports this package; ``jzdaily.cli:main`` is the entry point.
"""

from jzdaily.cli._main import main

__all__ = ["main"]
