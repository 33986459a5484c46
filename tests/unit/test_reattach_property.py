"""Property: an anchor re-attaches exactly after random edits elsewhere in the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.reattach import reattach, reattach_all

WORDS = ["le", "la", "groupe", "accord", "été", "énergie", "IA", "Mistral", "🚀", "’", "«", "»",
         "d'euros", "200", "analyste", "x", "\U0001d54f", "é", "\n\n", ",", "."]  # fmt: skip
words = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)
# A quote made of a marker no edit can produce, so its place in the new text is known.
QUOTE = "QUOTE⟦anchored evidence⟧"


@st.composite
def edited_texts(draw):
    before, after = draw(words), draw(words)
    text = f"{before} {QUOTE} {after}"
    start = len(before) + 1
    anchor = make_anchor("s1", text, start, start + len(QUOTE))
    edits = draw(st.lists(st.tuples(st.booleans(), st.floats(0, 1), st.integers(0, 30), words),
                          max_size=5))  # fmt: skip
    new = text
    for in_before, where, length, insert in edits:
        q = new.index(QUOTE)
        lo, hi = (0, q) if in_before else (q + len(QUOTE), len(new))
        at = lo + int(where * (hi - lo))
        end = min(hi, at + length)
        new = new[:at] + insert + new[end:]
    return anchor, text, new


@given(edited_texts())
@settings(max_examples=300, deadline=None)
def it_reattaches_after_random_edits_elsewhere(case):
    anchor, _old, new = case
    got = reattach(anchor, new)
    assert not got.orphaned
    assert got.exact == QUOTE
    assert got.start == new.index(QUOTE)
    assert got.end - got.start == len(QUOTE)


@given(edited_texts())
@settings(max_examples=100, deadline=None)
def it_reattaches_the_same_way_with_an_edit_hint(case):
    anchor, old, new = case
    [got] = reattach_all([anchor], old, new)
    assert (got.start, got.exact, got.orphaned) == (new.index(QUOTE), QUOTE, False)


@given(words, st.integers(0, 200), st.integers(1, 60), words, st.integers(0, 300))
@settings(max_examples=300, deadline=None)
def it_never_drops_or_misplaces_an_anchor_on_ordinary_words(text, a, n, insert, at):
    if not text.strip():
        return
    a = a % len(text)
    anchor = make_anchor("s1", text, a, a + n)
    if not anchor.exact:
        return
    at = at % (len(text) + 1)
    new = text[:at] + insert + text[at:]
    got = reattach(anchor, new)
    if got.orphaned:
        assert got == type(got)(**{**anchor.__dict__, "orphaned": True})
    else:
        assert new[got.start : got.end] == got.exact
    if at <= anchor.start or at >= anchor.end:  # the quote itself is intact
        [hinted] = reattach_all([anchor], text, new)
        assert not hinted.orphaned
        assert new[hinted.start : hinted.end] == anchor.exact
        if at >= anchor.end:
            assert hinted.start == anchor.start


SENTENCES = [
    "Le conseil a validé la cession des actifs européens au fonds américain.",
    "Les syndicats dénoncent une opération menée sans consultation préalable.",
    "Le ministre a promis un examen attentif des engagements sur l'emploi.",
    "La banque publique conserve une minorité de blocage jusqu'en 2027.",
    "Selon un proche du dossier, d'autres offres avaient été écartées.",
]


@given(
    st.permutations(SENTENCES),
    st.integers(0, 4),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from("aeéiou xz’")), min_size=1, max_size=3),
    st.text(alphabet="abc ’é\n", max_size=30),
)
@settings(max_examples=200, deadline=None)
def it_follows_small_edits_inside_a_quoted_sentence(sentences, pick, typos, head):
    text = "\n\n".join(sentences)
    quote = sentences[pick]
    start = text.index(quote)
    anchor = make_anchor("s1", text, start, start + len(quote))
    edited = list(quote)
    for where, char in typos:
        edited[int(where * (len(edited) - 1))] = char
    new_quote = "".join(edited)
    new = head + text.replace(quote, new_quote)
    got = reattach(anchor, new)
    assert not got.orphaned
    expected = len(head) + start
    assert abs(got.start - expected) <= 3
    assert abs(got.end - (expected + len(new_quote))) <= 3


PIECES = ["a", "é", " ", "  ", "\n\n", "«", "»", '"', "’", ":", "!", "\u00a0", "\u202f", "🚀", "x"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def it_maps_folded_offsets_back_to_the_same_characters(text):
    from briefing_app.domain.reattach import _FOLD, _fold, _Folded

    folded = _Folded(text)
    assert folded.text == _fold(text)
    translated = text.translate(_FOLD)
    for i, char in enumerate(folded.text):
        if char != " ":
            assert translated[folded.to_original(i)] == char
