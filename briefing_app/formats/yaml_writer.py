"""A fast block-style YAML writer for plain data (dicts, lists, str, int, float, bool, None).

Saving a 1,000-item note through PyYAML's representer and serializer took
about 120 ms, most of it in Python-level dispatch and two resolver calls per
scalar. This writer emits the common cases directly: plain scalars when YAML
would read them back as the same string, single-quoted ones for other
one-line printable text. Any other string (line breaks, tabs, characters YAML
cannot print raw) is handed to PyYAML's own emitter, one scalar at a time, so
the output is always something PyYAML reads back to the same data.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

import yaml

_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class Dumper(_BaseDumper):  # type: ignore[misc,valid-type]
    """PyYAML's dumper for notes: no aliases, long multi-line text as literal blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_ODD_BREAKS = re.compile("[\x85\u2028\u2029]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value and len(value) > 60 else None
    if _ODD_BREAKS.search(value):
        style = '"'  # YAML 1.1 line breaks: only escapes survive every emitter
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


Dumper.add_representer(str, _represent_str)

# Characters a plain or single-quoted scalar may hold raw: YAML's printable set
# without tab, NEL, LS, PS and BOM (each read back differently or refused).
_PRINTABLE = "\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff"
_ONE_LINE = re.compile(f"[{_PRINTABLE}]*")
# Where a plain scalar may not start, and whitespace other than the space (NBSP,
# thin spaces...), which is quoted to stay clear of every reader's idea of a blank.
_NOT_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_ODD_SPACE = re.compile(r"[^\S ]")
_RESOLVERS = yaml.SafeLoader.yaml_implicit_resolvers
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,127}")


def dump_yaml(data: dict[str, Any]) -> str:
    """``data`` as block-style YAML text that ``yaml.safe_load`` reads back equal."""
    if not data:
        return "{}\n"
    lines: list[str] = []
    _mapping(data, "", lines)
    return "\n".join(lines) + "\n"


def _mapping(data: dict, indent: str, lines: list[str]) -> None:
    for key, value in data.items():
        head = f"{indent}{_key(key)}:"
        _value(value, head, indent, lines, in_seq=False)


def _sequence(data: list, indent: str, lines: list[str]) -> None:
    for value in data:
        if type(value) is dict and value:
            first = True
            for key, item in value.items():
                head = f"{indent}{'- ' if first else '  '}{_key(key)}:"
                _value(item, head, indent + "  ", lines, in_seq=False)
                first = False
        else:
            _value(value, f"{indent}-", indent, lines, in_seq=True)


def _value(value: Any, head: str, indent: str, lines: list[str], in_seq: bool) -> None:
    """Append ``head`` followed by ``value`` (nested blocks go under it)."""
    kind = type(value)
    if kind is str:
        text = _scalar(value)
        if text is None:
            _fallback(value, head, indent, lines)
        else:
            lines.append(f"{head} {text}")
    elif kind is dict and value:
        lines.append(head)
        _mapping(value, indent + "  ", lines)
    elif kind is list and value:
        lines.append(head)
        # PyYAML's style: a list under a key is not indented, a list in a list is
        _sequence(value, indent + "  " if in_seq else indent, lines)
    else:
        lines.append(f"{head} {_other(value)}")


def _scalar(text: str) -> str | None:
    """``text`` as a plain or single-quoted scalar, or None when neither is exact."""
    if not _ONE_LINE.fullmatch(text):
        return None
    if (
        text
        and text[0] not in _NOT_FIRST
        and text[-1] != " "
        and text[-1] != ":"
        and ": " not in text
        and " #" not in text
        and not _ODD_SPACE.search(text)
        and not _resolves(text)
    ):
        return text
    return "'" + text.replace("'", "''") + "'"


def _resolves(text: str) -> bool:
    """Whether a plain ``text`` would be read as something other than a string."""
    return any(rx.match(text) for _tag, rx in _RESOLVERS.get(text[0], ()))


@functools.lru_cache(maxsize=4096)
def _key(key: Any) -> str:
    if type(key) is str and _KEY.fullmatch(key) and not _resolves(key):
        return key
    text = _scalar(key) if type(key) is str and 0 < len(key) <= 128 else None
    if text is None:
        raise _Unusual
    return text


def _other(value: Any) -> str:
    kind = type(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value).lower()
        if "." not in text and "e" in text:
            text = text.replace("e", ".0e", 1)  # YAML 1.1 floats need a dot
        return text
    if kind is dict:
        return "{}"
    if kind is list:
        return "[]"
    raise _Unusual


def _fallback(text: str, head: str, indent: str, lines: list[str]) -> None:
    """Let PyYAML emit one awkward string, then shift it under ``head``."""
    out = yaml.dump(
        {"k": text}, Dumper=Dumper, allow_unicode=True, width=100, default_flow_style=False
    )
    body = out.split(":", 1)[1].rstrip("\n").split("\n")
    lines.append(head + body[0])
    # PyYAML indents the body by two under a key in column 0; the key here is in
    # column len(indent), and an explicit indentation indicator (``|2-``) counts from it.
    lines.extend(indent + line if line else line for line in body[1:])


class _Unusual(Exception):
    """Data this writer does not handle; the caller uses PyYAML for the whole document."""


def dump_or_none(data: dict[str, Any]) -> str | None:
    """``dump_yaml(data)``, or None when the data holds something only PyYAML can write."""
    try:
        return dump_yaml(data)
    except _Unusual:
        return None
