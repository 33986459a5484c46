"""Forbid every network access in a Python process, loudly, for tests.

``install()`` adds an audit hook (PEP 578) that refuses socket creation, DNS
look-ups, connections and the urllib/http/ftp/smtp/... openers. Each refusal is
written to stderr as a line starting with ``MARK`` (so it is seen even when the
application catches the exception) and raises ``NetworkForbidden``.

Three ways to use it in a child process:
- ``subprocess.run(command("briefing_app", "check", "x.yaml"))`` (a ``-c`` wrapper),
- ``subprocess.run([sys.executable, ...], env=environ())`` (a sitecustomize that
  installs the hook in any Python started with that environment, e.g. a GUI
  session under pytest-qt in a subprocess),
- ``import nonet; nonet.install()`` first thing in a script.
Audit hooks cannot be removed: install it only in a process that is to stay offline.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

MARK = "nonet: blocked"
HERE = Path(__file__).resolve().parent
SITE_DIR = HERE / "nonet_site"  # holds a sitecustomize.py that calls install()

BLOCKED_EVENTS = frozenset(
    {
        "socket.__new__",
        "socket.bind",
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyaddr",
        "socket.gethostbyname",
        "socket.getnameinfo",
        "socket.sendmsg",
        "socket.sendto",
        "urllib.Request",
        "http.client.connect",
        "ftplib.connect",
        "smtplib.connect",
        "poplib.connect",
        "imaplib.open",
        "nntplib.connect",
        "telnetlib.Telnet.open",
        "webbrowser.open",
    }
)


class NetworkForbidden(RuntimeError):
    """Raised inside the offline process when something tries the network."""


_installed = False


def install(allow_unix_sockets: bool = False) -> None:
    """Refuse network access from now on in this process (idempotent)."""
    global _installed
    if _installed:
        return
    _installed = True
    unix = getattr(socket, "AF_UNIX", None)

    def hook(event: str, args: tuple) -> None:
        if event not in BLOCKED_EVENTS:
            return
        if allow_unix_sockets and unix is not None and _is_unix(event, args, unix):
            return
        detail = f"{MARK} {event}{_brief(args)}\n"
        try:
            os.write(2, detail.encode("utf-8", "backslashreplace"))
        except OSError:
            pass
        raise NetworkForbidden(f"network access is forbidden here ({event})")

    sys.addaudithook(hook)


def _is_unix(event: str, args: tuple, unix: int) -> bool:
    if event == "socket.__new__":
        return len(args) > 1 and args[1] == unix
    sock = args[0] if args else None
    return isinstance(sock, socket.socket) and sock.family == unix


def _brief(args: tuple) -> str:
    try:
        text = repr(args[1:] if args and isinstance(args[0], socket.socket) else args)
    except Exception:  # noqa: BLE001 - a repr must never hide the refusal
        text = "(...)"
    return text[:200]


_BOOT = (
    "import sys, runpy; sys.path.insert(0, {here!r}); import nonet; nonet.install(); "
    "mod = sys.argv[1]; sys.argv = [mod] + sys.argv[2:]; "
    "runpy.run_module(mod, run_name='__main__', alter_sys=True)"
)


def command(module: str, *args: str) -> list[str]:
    """argv that runs ``python -m module args`` with the network forbidden from the start."""
    return [sys.executable, "-c", _BOOT.format(here=str(HERE)), module, *args]


def environ(base: dict[str, str] | None = None) -> dict[str, str]:
    """A copy of ``base`` (default os.environ) where every Python starts offline."""
    env = dict(os.environ if base is None else base)
    parts = [str(SITE_DIR), str(HERE.parents[1])]
    if env.get("PYTHONPATH"):
        parts.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(parts)
    return env
