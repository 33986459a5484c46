"""Hypothesis strategies for notes full of awkward text."""

from __future__ import annotations

from hypothesis import strategies as st

from briefing_app.domain import vocab
from briefing_app.domain.model import Actor, Anchor, Claim, Note, Relationship, Risk, Source

# Strings YAML or a terminal would like to reinterpret, and characters that break writers.
AWKWARD = [
    "",
    " ",
    "  lead",
    "trail  ",
    "no",
    "yes",
    "on",
    "off",
    "No",
    "TRUE",
    "~",
    "null",
    "Null",
    "2025-08-21",
    "2025-08-21T10:00:00Z",
    "2024-02",
    "1:30",
    "0x1F",
    "010",
    "0o17",
    "1_000",
    ".inf",
    "-.Inf",
    ".NaN",
    "1e3",
    "3.0",
    "+1",
    "-",
    "- item",
    "? q",
    "a: b",
    "#x",
    "a #b",
    "&anchor",
    "*alias",
    "!tag",
    "%YAML",
    "---",
    "...",
    "'",
    '"',
    "|",
    ">",
    "{a",
    "[a",
    "<<",
    "=",
    "@",
    "`",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    " \n ",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\u202e",
    "\u200f",
    "\u00a0",
    "é",
    "Été à Noël",
    "« guillemets »",
    "שלום",
    "مرحبا",
    "🇫🇷",
    "👩‍💻",
    "🚀",
    "\U0010ffff",
]
SURROGATES = ["\ud800", "\udfff", "a\udc80b"]

_chars = st.characters(exclude_categories=("Cs",))
text = st.one_of(
    st.text(_chars, max_size=40),
    st.sampled_from(AWKWARD),
    st.lists(st.one_of(st.sampled_from(AWKWARD), st.text(_chars, max_size=8)), max_size=8).map(
        "".join
    ),
    st.text(st.sampled_from("ab \n\t\r"), max_size=200),  # long lines, blocks, blank lines
)
text_or_surrogate = st.one_of(
    text, text, text, st.tuples(text, st.sampled_from(SURROGATES), text).map("".join)
)
small_int = st.one_of(st.none(), st.integers(-(10**12), 10**12))
plain = st.recursive(
    st.one_of(st.none(), text, st.integers(-(2**63), 2**63), st.floats(allow_nan=False)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(text, inner, max_size=3)),
    max_leaves=8,
)
extras = st.dictionaries(text.filter(lambda k: k not in _FIELD_NAMES), plain, max_size=2)
_FIELD_NAMES = {
    "schema",
    "title",
    "analyst",
    "language",
    "classification",
    "created",
    "purpose",
    "bluf",
    "recommendations",
    "sources",
    "actors",
    "claims",
    "risks",
    "relationships",
    "extra",
    "id",
    "name",
    "kind",
    "role",
    "country",
    "aliases",
    "notes",
    "evidence",
    "statement",
    "speaker",
    "confidence",
    "reliability",
    "credibility",
    "description",
    "category",
    "affects",
    "drivers",
    "likelihood",
    "impact",
    "trend",
    "mitigation",
    "source",
    "target",
    "since",
    "publisher",
    "author",
    "url",
    "file",
    "published",
    "encoding",
    "sha256",
    "text",
}


def anchors(t=text):
    return st.builds(
        Anchor,
        source=t,
        start=st.integers(-5, 10**6),
        end=st.integers(-5, 10**6),
        exact=t,
        prefix=t,
        suffix=t,
        orphaned=st.booleans(),
    )


def notes(t=text):
    """Notes of the right shape whose every text field is drawn from ``t``."""
    ev = st.lists(anchors(t), max_size=2)
    ids = st.lists(t, max_size=3)
    return st.builds(
        Note,
        schema=st.sampled_from([vocab.SCHEMA]),
        title=t,
        analyst=t,
        language=t,
        classification=t,
        created=t,
        purpose=t,
        bluf=t,
        recommendations=t,
        sources=st.lists(
            st.builds(Source, id=t, title=t, published=t, text=t, extra=extras), max_size=2
        ),
        actors=st.lists(
            st.builds(Actor, id=t, name=t, kind=t, aliases=ids, evidence=ev, extra=extras),
            max_size=2,
        ),
        claims=st.lists(
            st.builds(Claim, id=t, statement=t, speaker=t, credibility=small_int, evidence=ev),
            max_size=2,
        ),
        risks=st.lists(
            st.builds(
                Risk,
                id=t,
                title=t,
                affects=ids,
                drivers=ids,
                likelihood=small_int,
                impact=small_int,
                evidence=ev,
            ),
            max_size=2,
        ),
        relationships=st.lists(
            st.builds(Relationship, id=t, source=t, target=t, since=t), max_size=2
        ),
        extra=extras,
    )


anything = st.one_of(
    plain, st.booleans(), st.tuples(text), st.sets(st.integers()), st.just(object())
)


# Raw YAML data shaped roughly like a note, with wrong types anywhere.
field_names = st.sampled_from(sorted(_FIELD_NAMES))
scalars = st.one_of(
    st.none(),
    text,
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.sampled_from(["briefing-note/1", "briefing-note/2", "9" * 5000, "-1", "3", " 4 "]),
)
raw_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(field_names, text), inner, max_size=4),
    ),
    max_leaves=12,
)
raw_notes = st.fixed_dictionaries(
    {"schema": st.sampled_from(["briefing-note/1", "briefing-note/1", "briefing-note/7"])},
    optional={name: raw_values for name in sorted(_FIELD_NAMES - {"schema"})},
)
