"""A YAML reader for files from anywhere: plain data out, nothing else.

It reads the parser's events and builds dicts, lists and scalars itself, so no
constructor ever runs. Refused: aliases (a tiny file could expand without
bound, and even one shared scalar multiplies on save), merge keys, duplicate
keys, several documents, complex keys, and every tag beyond
str/int/float/null/map/seq (``!!python/object`` included). Nesting depth and
node count are capped. Plain scalars become null, int or float only where YAML
1.1 says so, never dates or booleans; a number keeps the text it was written
as (``Number``), so a text field can have it back unchanged.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from briefing_app.errors import BriefingError

MAX_DEPTH = 64  # a note needs 6 levels; extras get room to spare
MAX_NODES = 2_000_000

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_Y = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {  # per kind of node: a scalar tag on a mapping is refused too
    yaml.ScalarEvent: {None, "!", *(_Y + t for t in ("str", "int", "float", "null"))},
    yaml.MappingStartEvent: {None, "!", _Y + "map"},
    yaml.SequenceStartEvent: {None, "!", _Y + "seq"},
}
# Plain scalars may become null, int or float; dates and booleans stay text.
_RESOLVED = (_Y + "null", _Y + "int", _Y + "float")
_SCALAR_TAGS = _ALLOWED_TAGS[yaml.ScalarEvent]
_RESOLVERS = {
    first: [(tag, rx) for tag, rx in resolvers if tag in _RESOLVED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_CONSTRUCT = yaml.constructor.SafeConstructor()
_SURROGATE = re.compile("[\ud800-\udfff]")


class UnsafeYamlError(BriefingError):
    """The YAML is malformed or uses a feature refused here; the message says where."""


class Number(str):
    """A plain scalar YAML reads as a number: its text, and ``value`` the number."""

    value: int | float


def short(value: Any, limit: int = 60) -> str:
    """``repr`` of a value cut to ``limit`` characters, safe to print on one line."""
    text = repr(str(value) if isinstance(value, Number) else value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_yaml(text: str, name: str = "note") -> Any:
    """Dicts, lists, str, Number and None from YAML text (``plain_data`` makes numbers numbers)."""
    loader = None
    try:
        loader = _BaseLoader(text)  # the pure-Python reader checks characters here
        return _events_to_data(loader, name)
    except yaml.YAMLError as exc:
        raise UnsafeYamlError(_yaml_error(exc, name)) from None
    finally:
        if loader is not None:
            loader.dispose()


def _yaml_error(exc: yaml.YAMLError, name: str) -> str:
    if isinstance(exc, yaml.reader.ReaderError):
        char = exc.character
        code = ord(char) if isinstance(char, str) and len(char) == 1 else char
        what = f"U+{code:04X}" if isinstance(code, int) else "a byte"
        return f"{name} cannot be read: it contains a control character ({what}) at offset " + (
            f"{exc.position}; such characters must be written as escapes."
        )
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    problem = getattr(exc, "problem", None) or "it is not valid YAML"
    if "maximum nesting depth" in problem:  # libyaml's own limit (PyYAML >= 6.0.4)
        return f"{name} nests more than {MAX_DEPTH} levels deep{where}."
    if "invalid Unicode character escape" in problem:
        problem = (
            "a \\u escape names half of a surrogate pair (such as \\ud800), which is not a "
            "character; write the character itself or a \\U00XXXXXX escape"
        )
    return f"{name} cannot be read{where}: {problem}."


def _events_to_data(loader: Any, name: str) -> Any:
    """Build data from the event stream without recursion."""
    root: list[Any] = []
    # Each frame: [container, pending key or _NO_KEY]; root collects the document.
    stack: list[list[Any]] = [[root, _NO_KEY]]
    nodes = documents = 0
    # libyaml refuses surrogate escapes itself; the pure-Python parser lets them through
    check_surrogates = not isinstance(loader, getattr(yaml, "CSafeLoader", ()))
    get_event = loader.get_event
    while True:
        ev = get_event()
        kind = type(ev)
        if kind is yaml.ScalarEvent:
            frame = stack[-1]
            container = frame[0]
            if ev.tag is not None and ev.tag not in _SCALAR_TAGS:
                raise UnsafeYamlError(_bad_tag(name, ev))
            if check_surrogates:
                _no_surrogate(ev.value, name, ev)
            if type(container) is dict:
                if frame[1] is _NO_KEY:
                    frame[1] = _key(ev, container, name)
                    continue
                container[frame[1]] = _scalar(ev, name)
                frame[1] = _NO_KEY
            else:
                container.append(_scalar(ev, name))
            nodes += 1
            if nodes > MAX_NODES:
                raise UnsafeYamlError(f"{name} has more than {MAX_NODES} values; it is refused.")
            continue
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            continue
        if kind is yaml.StreamEndEvent:
            break
        if kind is yaml.StreamStartEvent or kind is yaml.DocumentEndEvent:
            continue
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise UnsafeYamlError(
                    f"{name} holds several YAML documents{_at(ev)}; a note is one."
                )
            continue
        if kind is yaml.AliasEvent:
            raise UnsafeYamlError(
                f"{name}: YAML aliases (*{short(ev.anchor, 30)}) are not allowed{_at(ev)}."
            )
        # a mapping or a sequence starts
        nodes += 1
        if nodes > MAX_NODES:
            raise UnsafeYamlError(f"{name} has more than {MAX_NODES} values; it is refused.")
        if ev.tag not in _ALLOWED_TAGS[kind]:
            raise UnsafeYamlError(_bad_tag(name, ev))
        frame = stack[-1]
        container = frame[0]
        if type(container) is dict and frame[1] is _NO_KEY:
            raise UnsafeYamlError(f"{name}: a key{_at(ev)} is a list or mapping, not text.")
        if len(stack) > MAX_DEPTH:
            raise UnsafeYamlError(f"{name} nests more than {MAX_DEPTH} levels deep{_at(ev)}.")
        value: Any = {} if kind is yaml.MappingStartEvent else []
        if type(container) is dict:
            container[frame[1]] = value
            frame[1] = _NO_KEY
        else:
            container.append(value)
        stack.append([value, _NO_KEY])
    return root[0] if root else None


def _bad_tag(name: str, ev: Any) -> str:
    return (
        f"{name} cannot be read: it uses the YAML tag {short(ev.tag, 50)}{_at(ev)}, "
        "which a note never uses."
    )


_NO_KEY = object()


def _at(ev: Any) -> str:
    mark = getattr(ev, "start_mark", None)
    return f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""


def _key(ev: Any, mapping: dict, name: str) -> str:
    key = ev.value
    if key == "<<" and ev.implicit[0]:
        raise UnsafeYamlError(f"{name}: YAML merge keys (<<) are not allowed{_at(ev)}.")
    if key in mapping:
        raise UnsafeYamlError(
            f"{name}: the key {short(key)} appears twice in one mapping{_at(ev)}."
        )
    return key


def _no_surrogate(value: str, name: str, ev: Any) -> None:
    """libyaml refuses ``\\ud800`` escapes; the pure-Python parser needs this check."""
    if _SURROGATE.search(value):
        raise UnsafeYamlError(
            f"{name} cannot be read{_at(ev)}: a \\u escape names half of a surrogate pair, "
            "which is not a character."
        )


def _scalar(ev: Any, name: str) -> Any:
    value = ev.value
    tag = ev.tag
    if tag is None and ev.implicit[0]:
        key = value[0] if value else ""
        for rtag, rx in _RESOLVERS.get(key, []):
            if rx.match(value):
                tag = rtag
                break
    if tag in (None, "!", _Y + "str"):
        return value
    if tag == _Y + "null":
        return None
    try:
        number = _CONSTRUCT.construct_object(yaml.ScalarNode(tag, value))
    except (ValueError, yaml.YAMLError):
        raise UnsafeYamlError(f"{name}: {short(value)}{_at(ev)} is not a usable number.") from None
    out = Number(value)
    out.value = number
    return out


def plain_data(value: Any) -> Any:
    """Free-form data with numbers as numbers (for extras)."""
    if isinstance(value, Number):
        return value.value
    if isinstance(value, dict):
        return {k: plain_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    return value
