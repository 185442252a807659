"""``python -m jzdaily.cli`` runs the ``jzdaily`` command."""

from jzdaily.cli._main import main

raise SystemExit(main())
