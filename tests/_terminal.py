"""A pseudo-terminal for the command-line tests: what a person at a terminal would see."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time


def open_terminal(rows: int = 24, columns: int = 100) -> tuple[int, int]:
    """A pseudo-terminal of the given size: (main, secondary) file descriptors."""
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    return main, secondary


def watch(
    main: int, process: subprocess.Popen[bytes], *, typed: str | None = None, prompt: str = ""
) -> tuple[int, bytes]:
    """Read the terminal until the process ends; type ``typed`` (then Ctrl-D) once ``prompt``
    shows. Closes the terminal and returns the exit status and the screen."""
    screen, sent = b"", typed is None
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if not sent and prompt.encode() in screen:
                assert typed is not None
                os.write(main, typed.encode("utf-8") + b"\x04")  # Ctrl-D after a newline: EOF
                sent = True
            ready, _, _ = select.select([main], [], [], 0.5)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            screen += chunk
        status = process.wait(timeout=10)
    finally:
        os.close(main)
        if process.poll() is None:
            process.kill()
    return status, screen
