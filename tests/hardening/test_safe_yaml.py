"""The hostile-input YAML reader on its own."""

from __future__ import annotations

import pytest

from briefing_app.formats.safe_yaml import (
    MAX_DEPTH,
    Number,
    UnsafeYamlError,
    parse_yaml,
    plain_data,
)


def it_keeps_dates_booleans_and_the_text_of_numbers():
    data = parse_yaml("a: 2025-08-21\nb: no\nc: 0x1F\nd: 1:30\ne: ~\nf: '3'\ng: 1.5\n")
    assert data == {
        "a": "2025-08-21",
        "b": "no",
        "c": "0x1F",
        "d": "1:30",
        "e": None,
        "f": "3",
        "g": "1.5",
    }
    assert isinstance(data["c"], Number) and data["c"].value == 31
    assert not isinstance(data["f"], Number)
    assert plain_data(data)["c"] == 31 and plain_data(data)["d"] == 90


def it_reads_every_key_as_text():
    assert parse_yaml("1: a\n~: b\ntrue: c\n") == {"1": "a", "~": "b", "true": "c"}


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("a: &x 1\nb: *x\n", "aliases"),
        ("a: {<<: {b: 1}}\n", "merge keys"),
        ("a: 1\na: 2\n", "appears twice"),
        ("a: !!python/object:os.system {}\n", "tag"),
        ("a: !!str\n", ""),
        ("--- 1\n--- 2\n", "several YAML documents"),
        ("? {a: 1}\n: b\n", "not text"),
        ("a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "levels deep"),
        ("a: 'open\n", "cannot be read at line 2"),
        ("a: \x07\n", "control character (U+0007)"),
    ],
)
def it_refuses_hostile_yaml_with_a_one_line_message(text, says):
    if not says:  # an explicit !!str is fine
        assert parse_yaml(text) == {"a": ""}
        return
    with pytest.raises(UnsafeYamlError) as info:
        parse_yaml(text, "f.yaml")
    assert says in str(info.value) and "f.yaml" in str(info.value)
    assert "\n" not in str(info.value)


def it_accepts_nesting_up_to_the_limit():
    depth = MAX_DEPTH - 1
    assert parse_yaml("a: " + "[" * depth + "]" * depth) is not None


@pytest.mark.parametrize("text", ["a: !!str {b: 1}", "a: !!map hello", "a: !!seq {b: 1}"])
def it_refuses_a_tag_on_the_wrong_kind_of_node(text):
    with pytest.raises(UnsafeYamlError, match="which a note never uses"):
        parse_yaml(text)
