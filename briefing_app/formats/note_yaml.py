"""Note files (``NAME.briefing.yaml``): load, validate types, save atomically.

Scalars stay strings unless a field is numeric: the loader drops YAML's
timestamp and boolean guessing, so ``2025-08-21`` and ``no`` come back as text.
Aliases are refused (they would let a tiny file expand without bound).
"""

from __future__ import annotations

import dataclasses
import functools
import os
import types
import typing
from pathlib import Path
from typing import Any

import yaml

from briefing_app.domain import vocab
from briefing_app.domain.model import Note
from briefing_app.errors import BriefingError
from briefing_app.formats.atomic import atomic_write_bytes

MAX_NOTE_BYTES = 64 * 1024 * 1024
SUFFIX = ".briefing.yaml"

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _TextLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that keeps dates and yes/no/on/off as strings."""


_TextLoader.yaml_implicit_resolvers = {
    first: [
        (tag, rx)
        for tag, rx in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def _resolvers_by_first_char() -> dict[str, tuple]:
    table = _TextLoader.yaml_implicit_resolvers
    wildcard = tuple(table.get(None, []))
    return {k: tuple(v) + wildcard for k, v in table.items() if k is not None}


_BY_FIRST_CHAR = _resolvers_by_first_char()
_NO_RESOLVERS = tuple(_TextLoader.yaml_implicit_resolvers.get(None, []))


def _resolve(self: Any, kind: type, value: Any, implicit: Any) -> str:
    """Resolver.resolve without its generic overhead (a note has ~35 scalars per item)."""
    if kind is yaml.ScalarNode:
        if implicit[0]:
            for tag, regexp in _BY_FIRST_CHAR.get(value[:1], _NO_RESOLVERS):
                if regexp.match(value):
                    return tag
        return self.DEFAULT_SCALAR_TAG
    return self.DEFAULT_SEQUENCE_TAG if kind is yaml.SequenceNode else self.DEFAULT_MAPPING_TAG


if not _TextLoader.yaml_path_resolvers:  # path resolvers would need the generic method
    _TextLoader.resolve = _resolve  # type: ignore[method-assign]
    _TextLoader.descend_resolver = lambda self, parent, index: None  # type: ignore[method-assign]
    _TextLoader.ascend_resolver = lambda self: None  # type: ignore[method-assign]


class _Dumper(_BaseDumper):  # type: ignore[misc,valid-type]
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value and len(value) > 60 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


class NoteFormatError(BriefingError):
    """The file is not a note this version can read; the message says why."""


# --------------------------------------------------------------------- loading
def load_note(path: str | os.PathLike) -> Note:
    """Read a note file; raise NoteFormatError with a clear message on bad input."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise NoteFormatError(f"{p} is a folder, not a note file.")
        if size > MAX_NOTE_BYTES:
            raise NoteFormatError(f"{p.name} is {size // 2**20} MB; notes over 64 MB are refused.")
        data = p.read_bytes()
    except OSError as exc:
        raise NoteFormatError(f"Cannot read {p}: {exc.strerror or exc}.") from None
    return note_from_bytes(data, p.name)


def note_from_bytes(data: bytes, name: str = "note") -> Note:
    """Parse note file bytes (UTF-8 YAML) into a Note."""
    if b"\x00" in data[:8192]:
        raise NoteFormatError(f"{name} is a binary file, not a briefing note.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NoteFormatError(
            f"{name} is not UTF-8 text (byte {exc.start}); a note file is always UTF-8."
        ) from None
    try:
        raw = _load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "it is not valid YAML"
        raise NoteFormatError(f"{name} cannot be read{where}: {problem}.") from None
    if not isinstance(raw, dict):
        raise NoteFormatError(f"{name} is not a briefing note (no fields at its top level).")
    schema = raw.get("schema")
    if schema != vocab.SCHEMA:
        raise NoteFormatError(
            f"{name} has schema {schema!r}; this version of Briefing reads {vocab.SCHEMA!r}."
        )
    return _build(Note, raw, "", _Seen())


_STR, _NULL, _INT, _FLOAT, _MAP, _SEQ = (
    f"tag:yaml.org,2002:{t}" for t in ("str", "null", "int", "float", "map", "seq")
)


class _Unusual(Exception):
    """A node the fast builder leaves to PyYAML (explicit tags, merge keys...)."""


def _load_yaml(text: str) -> Any:
    """Like ``yaml.load(text, Loader=_TextLoader)``, twice as fast on plain notes."""
    loader = _TextLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            return _plain_from_node(loader, node)
        except (_Unusual, RecursionError):
            return loader.construct_document(node)
    finally:
        loader.dispose()


def _plain_from_node(loader: Any, root: yaml.Node) -> Any:
    """Python data of a composed document holding only maps, lists, text, numbers, nulls.

    PyYAML's constructor spends most of a note's load time in generic machinery; this
    walks the nodes once. An alias gives the same object twice, as PyYAML does (so
    _Seen still refuses it); any other tag raises _Unusual and PyYAML builds it.
    """
    made: dict[int, Any] = {}

    def build(node: yaml.Node) -> Any:
        key = id(node)
        if key in made:
            return made[key]
        tag = node.tag
        if tag == _STR:
            value = node.value
        elif tag == _MAP:
            value = {}
            made[key] = value
            for k, v in node.value:
                if k.tag != _STR and (k.tag not in (_INT, _FLOAT, _NULL) or k.id != "scalar"):
                    raise _Unusual
                value[build(k)] = build(v)
        elif tag == _SEQ:
            value = []
            made[key] = value
            value.extend(build(v) for v in node.value)
        elif tag == _NULL:
            value = None
        elif tag == _INT:
            value = loader.construct_yaml_int(node)
        elif tag == _FLOAT:
            value = loader.construct_yaml_float(node)
        else:
            raise _Unusual
        made[key] = value
        return value

    return build(root)


class _Seen:
    """Container ids met while converting: a repeat means a YAML alias."""

    def __init__(self) -> None:
        self.ids: set[int] = set()

    def visit(self, obj: Any, path: str) -> None:
        if isinstance(obj, (dict, list)):
            if id(obj) in self.ids:
                raise NoteFormatError(f"{path or 'note'}: YAML aliases (&/*) are not allowed.")
            self.ids.add(id(obj))


@functools.cache
def _fields_of(cls: type) -> tuple[dict[str, Any], tuple[str, ...]]:
    """(type hint of every field, names of the fields without a default) of a dataclass."""
    # get_type_hints compiles every annotation string: once per class, not once per item
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    required = tuple(
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    return {f.name: hints[f.name] for f in fields}, required


def _build(cls: type, raw: Any, path: str, seen: _Seen) -> Any:
    if not isinstance(raw, dict):
        raise NoteFormatError(f"{path or 'note'}: expected a mapping of fields, got {_kind(raw)}.")
    seen.visit(raw, path)
    hints, required = _fields_of(cls)
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in raw.items():
        key = str(key)
        if key in hints and key != "extra":
            kwargs[key] = _convert(hints[key], value, _join(path, key), seen)
        else:
            _walk_plain(value, _join(path, key), seen)
            extra[key] = value
    for name in required:
        if name not in kwargs:
            raise NoteFormatError(f"{path or 'note'}: the field {name!r} is missing.")
    if "extra" in hints:
        kwargs["extra"] = extra
    return cls(**kwargs)


@functools.cache
def _shape(hint: Any) -> tuple[Any, tuple, Any]:
    """(origin, args, the non-None type of an optional) of a field's type hint, once each."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    inner = None
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
    return origin, args, inner


def _convert(hint: Any, value: Any, path: str, seen: _Seen) -> Any:
    if hint is str and type(value) is str:  # most fields: nothing to convert
        return value
    origin, args, inner = _shape(hint)
    if inner is not None:
        if value is None and type(None) in args:
            return None
        return _convert(inner, value, path, seen)
    if origin is list:
        if value is None:
            return []
        if not isinstance(value, list):
            raise NoteFormatError(f"{path}: expected a list, got {_kind(value)}.")
        seen.visit(value, path)
        return [_convert(args[0], v, f"{path}[{i}]", seen) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise NoteFormatError(f"{path}: expected a mapping, got {_kind(value)}.")
        _walk_plain(value, path, seen)
        return dict(value)
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, path, seen)
    if hint is str:
        if value is None:
            return ""
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
        raise NoteFormatError(f"{path}: expected text, got {_kind(value)}.")
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise NoteFormatError(f"{path}: expected a whole number, got {_kind(value)}.")
        try:
            return int(value)
        except ValueError:
            raise NoteFormatError(f"{path}: expected a whole number, got {value!r}.") from None
    if hint is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false", "yes", "no"):
            return value.lower() in ("true", "yes")
        raise NoteFormatError(f"{path}: expected true or false, got {value!r}.")
    if hint is Any:
        _walk_plain(value, path, seen)
        return value
    raise TypeError(f"unsupported field type {hint!r} at {path}")  # programming error


def _walk_plain(value: Any, path: str, seen: _Seen) -> None:
    """Visit free-form data (extras) so aliases are refused there too."""
    stack = [(value, path)]
    while stack:
        obj, where = stack.pop()
        if isinstance(obj, dict):
            seen.visit(obj, where)
            stack.extend((v, _join(where, str(k))) for k, v in obj.items())
        elif isinstance(obj, list):
            seen.visit(obj, where)
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(obj))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false", type(None): "nothing"}.get(
        type(value), f"{type(value).__name__} {value!r}"[:60]
    )


# ---------------------------------------------------------------------- saving
def note_to_dict(note: Note) -> dict[str, Any]:
    """The note as plain data, fields in file order, extras kept."""
    return _plain(note)


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            if f.name == "extra":
                continue
            value = getattr(obj, f.name)
            if f.name == "orphaned" and not value:
                continue
            out[f.name] = _plain(value)
        out.update(_plain(getattr(obj, "extra", {}) or {}))
        return out
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    return obj


def dump_note(note: Note) -> str:
    """The note as YAML text."""
    return yaml.dump(
        note_to_dict(note),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )


def save_note(note: Note, path: str | os.PathLike) -> None:
    """Write the note atomically: a crash leaves the old file or the new one."""
    try:
        data = dump_note(note).encode("utf-8")
    except UnicodeEncodeError:
        raise BriefingError(
            "The note contains characters that cannot be written as UTF-8 "
            "(an unpaired surrogate); remove them and save again."
        ) from None
    atomic_write_bytes(path, data, mode=0o644)
