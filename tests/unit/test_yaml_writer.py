"""The fast YAML writer: whatever it writes, PyYAML reads back as the same data."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.formats.yaml_writer import dump_or_none, dump_yaml
from tests.hardening import strategies as S

_text = st.one_of(S.text, st.sampled_from(S.AWKWARD), st.text(max_size=30))
_leaf = st.one_of(
    _text,
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)
_data = st.recursive(
    _leaf,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_text, _data, max_size=5))
def it_writes_what_pyyaml_reads_back_equal(data):
    text = dump_or_none(data)
    if text is None:  # a key it leaves to PyYAML (multi-line, very long)
        return
    for loader in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        assert yaml.load(text, Loader=loader) == data


def it_keeps_plain_text_plain_and_quotes_what_yaml_would_reread():
    text = dump_yaml(
        {"title": "Mistral AI lève 1,7 milliard", "no": "no", "when": "2025-08-21", "c": "a: b"}
    )
    assert text.splitlines() == [
        "title: Mistral AI lève 1,7 milliard",
        "'no': 'no'",
        "when: '2025-08-21'",
        "c: 'a: b'",
    ]


def it_writes_long_multi_line_text_as_a_literal_block_under_its_key():
    body = "Premier paragraphe assez long pour passer soixante caractères.\n\n  Retrait."
    text = dump_yaml({"sources": [{"id": "s1", "text": body}]})
    assert text.startswith("sources:\n- id: s1\n  text: |")
    assert yaml.safe_load(text) == {"sources": [{"id": "s1", "text": body}]}


def it_writes_an_empty_mapping_as_braces():
    assert dump_yaml({}) == "{}\n"
