"""Note files (``NAME.briefing.yaml``): load, validate types, save atomically.

Loading goes through ``safe_yaml`` (no constructor runs, aliases and tags are
refused, size, depth and node count capped) and then checks every field's
type with a clear message. Scalars stay strings unless a field is numeric:
``2025-08-21``, ``no`` and ``0x1F`` in a text field come back as written.
Saving refuses what a note file cannot hold exactly (an unpaired surrogate,
a value of the wrong type) and writes atomically.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import stat
import types
import typing
from pathlib import Path
from typing import Any

import yaml

from briefing_app.domain import vocab
from briefing_app.domain.model import SECTIONS, Anchor, Note, Source
from briefing_app.errors import BriefingError
from briefing_app.formats.atomic import atomic_write_bytes
from briefing_app.formats.safe_yaml import Number, UnsafeYamlError, parse_yaml, plain_data, short
from briefing_app.formats.yaml_writer import Dumper as _Dumper
from briefing_app.formats.yaml_writer import dump_or_none

MAX_NOTE_BYTES = 64 * 1024 * 1024
SUFFIX = ".briefing.yaml"

_SURROGATE = re.compile("[\ud800-\udfff]")
_INT_TEXT = re.compile(r"[+-]?[0-9]{1,18}", re.ASCII)


class NoteFormatError(BriefingError):
    """The file is not a note this version can read; the message says why."""


# --------------------------------------------------------------------- loading
def load_note(path: str | os.PathLike) -> Note:
    """Read a note file; raise NoteFormatError with a clear message on bad input."""
    p = Path(path)
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise NoteFormatError(f"{p} is a folder, not a note file.")
        if not stat.S_ISREG(info.st_mode):
            raise NoteFormatError(f"{p} is not a regular file (a device or a pipe?).")
        if info.st_size > MAX_NOTE_BYTES:
            raise NoteFormatError(
                f"{p.name} is {info.st_size // 2**20} MB; notes over 64 MB are refused."
            )
        with open(p, "rb") as fh:
            data = fh.read(MAX_NOTE_BYTES + 1)
    except OSError as exc:
        raise NoteFormatError(f"Cannot read {p}: {exc.strerror or exc}.") from None
    if len(data) > MAX_NOTE_BYTES:
        raise NoteFormatError(f"{p.name} is over 64 MB; such notes are refused.")
    return note_from_bytes(data, p.name)


def note_from_bytes(data: bytes, name: str = "note") -> Note:
    """Parse note file bytes (UTF-8 YAML) into a Note."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(data):
        raise NoteFormatError(f"{name} is UTF-16 text; a note file is always UTF-8.")
    if b"\x00" in data[:8192]:
        raise NoteFormatError(f"{name} is a binary file, not a briefing note.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NoteFormatError(
            f"{name} is not UTF-8 text (byte {exc.start}); a note file is always UTF-8."
        ) from None
    if not text.strip():
        raise NoteFormatError(f"{name} is empty; it is not a briefing note.")
    try:
        raw = parse_yaml(text, name)
    except UnsafeYamlError as exc:
        raise NoteFormatError(str(exc)) from None
    if not isinstance(raw, dict):
        raise NoteFormatError(f"{name} is not a briefing note (no fields at its top level).")
    schema = raw.get("schema")
    if schema is None:
        raise NoteFormatError(f"{name} has no schema field; it is not a briefing note.")
    if schema != vocab.SCHEMA:
        why = "it is not a briefing note"
        if isinstance(schema, str) and schema.startswith("briefing-note/"):
            version = schema.removeprefix("briefing-note/")
            current = vocab.SCHEMA.removeprefix("briefing-note/")
            newer = version.isascii() and version.isdigit() and int(version[:9]) > int(current)
            why = "a newer version of Briefing wrote it" if newer else "an unknown version"
        raise NoteFormatError(
            f"{name} has schema {short(schema)}; this version reads {vocab.SCHEMA!r} ({why})."
        )
    try:
        return _build(Note, raw, "")
    except NoteFormatError as exc:
        raise NoteFormatError(f"{name}: {exc}") from None


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: ASCII letters with a zero byte between them."""
    head = data[:16]
    if len(head) < 8:
        return False
    for zeros, text in ((head[0::2], head[1::2]), (head[1::2], head[0::2])):
        if not any(zeros) and all(9 <= b < 127 for b in text):
            return True
    return False


def _build(cls: type, raw: Any, path: str) -> Any:
    if not isinstance(raw, dict):
        raise NoteFormatError(f"{path or 'note'}: expected a mapping of fields, got {_kind(raw)}.")
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    info = _fields(cls)
    names = info.names
    for key, value in raw.items():
        if key in names and key != "extra":
            kwargs[key] = _convert(hints[key], value, _join(path, key))
        else:
            extra[key] = plain_data(value)
    for field_name in info.required:
        if field_name not in kwargs:
            raise NoteFormatError(f"{path or 'note'}: the field {field_name!r} is missing.")
    if "extra" in names:
        kwargs["extra"] = extra
    return cls(**kwargs)


@functools.cache
def _shape(hint: Any) -> tuple[Any, tuple[Any, ...], bool]:
    """``hint``'s origin, arguments and whether it is a dataclass (looked up once)."""
    return typing.get_origin(hint), typing.get_args(hint), dataclasses.is_dataclass(hint)


class _Fields(typing.NamedTuple):
    names: frozenset[str]  # every field
    required: tuple[str, ...]  # fields without a default
    saved: tuple[str, ...]  # fields written to the file, in order (``extra`` is spread out)


@functools.cache
def _fields(cls: type) -> _Fields | None:
    """What loading and saving need to know of a dataclass's fields; None for other types."""
    if not dataclasses.is_dataclass(cls):
        return None
    fields = dataclasses.fields(cls)
    return _Fields(
        frozenset(f.name for f in fields),
        tuple(
            f.name
            for f in fields
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        ),
        tuple(f.name for f in fields if f.name != "extra"),
    )


def _convert(hint: Any, value: Any, path: str) -> Any:
    if hint is str and type(value) is str:
        return value  # the common case first
    origin, args, is_dataclass = _shape(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(inner, value, path)
    if origin is list:
        if value is None:
            return []
        if not isinstance(value, list):
            raise NoteFormatError(f"{path}: expected a list, got {_kind(value)}.")
        return [_convert(args[0], v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise NoteFormatError(f"{path}: expected a mapping, got {_kind(value)}.")
        return plain_data(value)
    if is_dataclass:
        return _build(hint, value, path)
    if hint is str:
        if value is None:
            return ""
        if isinstance(value, str):
            return str(value)  # a number keeps the text it was written as
        raise NoteFormatError(f"{path}: expected text, got {_kind(value)}.")
    if hint is int:
        if isinstance(value, Number) and isinstance(value.value, int):
            return value.value
        if isinstance(value, str) and not isinstance(value, Number):
            if _INT_TEXT.fullmatch(value.strip()):
                return int(value)
        raise NoteFormatError(f"{path}: expected a whole number, got {_kind(value)}.")
    if hint is bool:
        if isinstance(value, str) and value.lower() in ("true", "false", "yes", "no"):
            return value.lower() in ("true", "yes")
        raise NoteFormatError(f"{path}: expected true or false, got {_kind(value)}.")
    if hint is Any:
        return plain_data(value)
    raise TypeError(f"unsupported field type {hint!r} at {path}")  # programming error


def _join(path: str, key: str) -> str:
    key = key if len(key) <= 40 else key[:39] + "…"
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    if isinstance(value, Number):
        return f"the number {short(value, 30)[1:-1]}"
    if isinstance(value, str):
        return f"the text {short(value, 40)}"
    return {dict: "a mapping", list: "a list", type(None): "nothing"}.get(type(value), short(value))


# ---------------------------------------------------------------------- saving
def note_to_dict(note: Note) -> dict[str, Any]:
    """The note as plain data, fields in file order, extras kept."""
    return _plain(note)


def _plain(obj: Any) -> Any:
    kind = type(obj)
    if kind is str or obj is None or kind is int or kind is bool or kind is float:
        return obj
    if kind is list:
        return [_plain(v) for v in obj]
    info = _fields(kind)
    if info is not None:
        out: dict[str, Any] = {}
        for name in info.saved:
            value = getattr(obj, name)
            if name == "orphaned" and not value:
                continue
            out[name] = _plain(value)
        for key, value in (getattr(obj, "extra", None) or {}).items():
            out.setdefault(str(key), _plain(value))  # a field always wins over an extra
        return out
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    return obj


def unwritable(note: Note) -> str | None:
    """Why ``note`` cannot be saved exactly (field path and reason), or None if it can."""
    stack: list[tuple[Any, Any, str]] = [(Note, note, "")]
    while stack:
        hint, value, path = stack.pop()
        if hint is Any:  # free-form extras: plain YAML data only
            if isinstance(value, dict):
                for k, v in value.items():
                    if not isinstance(k, str):
                        return f"{path or 'note'} has the key {short(k)}, which is not text"
                    if _SURROGATE.search(k):
                        return f"{path or 'note'} has a key with an unpaired surrogate"
                    stack.append((Any, v, _join(path, k)))
            elif isinstance(value, list):
                stack.extend((Any, v, f"{path}[{i}]") for i, v in enumerate(value))
            elif isinstance(value, str):
                stack.append((str, value, path))
            elif value is not None and type(value) not in (int, float):
                return f"{path} holds {type(value).__name__} {short(value)}, not plain data"
            continue
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            if value is not None:
                stack.append(([a for a in args if a is not type(None)][0], value, path))
        elif origin is list:
            if not isinstance(value, list):
                return f"{path} should be a list, not {type(value).__name__}"
            stack.extend((args[0], v, f"{path}[{i}]") for i, v in enumerate(value))
        elif origin is dict:
            if not isinstance(value, dict):
                return f"{path or 'note'} should be a mapping, not {type(value).__name__}"
            stack.append((Any, value, path))
        elif dataclasses.is_dataclass(hint):
            if type(value) is not hint:
                return f"{path or 'note'} should be a {hint.__name__}, not {type(value).__name__}"
            hints = _hints(hint)
            for f in dataclasses.fields(hint):
                stack.append((hints[f.name], getattr(value, f.name), _join(path, f.name)))
        elif type(value) is not hint:
            return f"{path} should be {hint.__name__}, not {type(value).__name__} {short(value)}"
        elif hint is str and _SURROGATE.search(value):
            found = _SURROGATE.search(value)
            where = f"U+{ord(found.group()):04X} at character {found.start()}"
            return f"{path} contains an unpaired surrogate ({where}), which UTF-8 cannot hold"
    return None


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def dump_note(note: Note) -> str:
    """The note as YAML text (raise BriefingError if it holds what a note file cannot)."""
    if not _plainly_typed(note):
        why = unwritable(note)
        if why:
            raise BriefingError(f"The note cannot be saved: {why}.")
    try:
        text = _dump(note)
    except UnicodeEncodeError:  # the C emitter meets an unpaired surrogate
        text = "\ud800"
    if _SURROGATE.search(text):  # one scan of the output instead of one per field
        raise BriefingError(
            f"The note cannot be saved: {unwritable(note) or 'unpaired surrogate'}."
        )
    return text


def _plainly_typed(note: Note) -> bool:
    """Fast check that every field of the note's items has exactly its declared type.

    False sends the note through ``unwritable``, which names the field at fault.
    """
    if type(note) is not Note:
        return False
    groups = [(Source, note.sources), *((SECTIONS[s], getattr(note, s)) for s in SECTIONS)]
    if any(type(items) is not list for _cls, items in groups):
        return False
    if any(type(i) is not cls for cls, items in groups for i in items):
        return False
    for obj in (note, *note.sources, *(i for s in SECTIONS for i in getattr(note, s))):
        for name, kind in _field_kinds(type(obj)):
            value = getattr(obj, name)
            if kind is None:
                return False  # a field type this check does not know: take the long way
            if kind == "anchors":
                if type(value) is not list or any(not _anchor_ok(a) for a in value):
                    return False
            elif kind == "strs":
                if type(value) is not list or any(type(v) is not str for v in value):
                    return False
            elif kind == "extra":
                if value:
                    return False
            elif kind == "opt_int":
                if value is not None and type(value) is not int:
                    return False
            elif kind == "opt_ints":
                if value is not None and (
                    type(value) is not list or any(type(v) is not int for v in value)
                ):
                    return False
            elif kind == "skip":
                continue
            elif kind == "layout":
                if type(value) is not dict or not all(
                    type(k) is str
                    and type(v) is list
                    and len(v) == 2
                    and all(type(c) in (int, float) for c in v)
                    for k, v in value.items()
                ):
                    return False
            elif type(value) is not kind:
                return False
    return True


def _anchor_ok(anchor) -> bool:
    return (
        type(anchor) is Anchor
        and type(anchor.source) is str
        and type(anchor.start) is int
        and type(anchor.end) is int
        and type(anchor.exact) is str
        and type(anchor.prefix) is str
        and type(anchor.suffix) is str
        and type(anchor.orphaned) is bool
        and not anchor.extra
    )


@functools.cache
def _field_kinds(cls: type) -> tuple[tuple[str, Any], ...]:
    kinds = {
        str: str,
        bool: bool,
        int | None: "opt_int",
        list[str]: "strs",
        list[Anchor]: "anchors",
        list[int] | None: "opt_ints",
        dict[str, Any]: "extra",
    }
    out = []
    for f in dataclasses.fields(cls):
        hint = _hints(cls)[f.name]
        if cls is Note and f.name in ("sources", *SECTIONS):
            out.append((f.name, "skip"))  # checked item by item
        elif cls is Note and f.name == "layout":
            out.append((f.name, "layout"))
        else:
            out.append((f.name, kinds.get(hint)))
    return tuple(out)


def _dump(note: Note) -> str:
    data = note_to_dict(note)
    text = dump_or_none(data)
    if text is not None:
        return text
    return yaml.dump(  # extras holding what the fast writer leaves to PyYAML
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )


def save_note(note: Note, path: str | os.PathLike) -> None:
    """Write the note atomically: a crash leaves the old file or the new one."""
    data = dump_note(note).encode("utf-8")
    atomic_write_bytes(path, data, mode=0o644)
