"""Anchors re-attach to revised article text, or stay in the note flagged orphaned."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Actor, Claim, Note, Source
from briefing_app.domain.reattach import find_edit, reattach, reattach_all, replace_source_text

P1 = "Le groupe pétrolier a annoncé mardi un partenariat stratégique avec la jeune pousse."
P2 = (
    "Selon son directeur général, « cet accord nous donne un accès privilégié aux modèles "
    "d'intelligence artificielle », a-t-il déclaré à la presse."
)
P3 = "L'investissement atteint 200 millions d'euros sur cinq ans, d'après les deux entreprises."
P4 = "Les analystes s'interrogent sur l'indépendance de la start-up face aux géants américains."
TEXT = "\n\n".join([P1, P2, P3, P4])


def anchor_on(quote: str, text: str = TEXT) -> object:
    start = text.index(quote)
    return make_anchor("s1", text, start, start + len(quote))


def placed(anchor, text):
    assert not anchor.orphaned
    assert text[anchor.start : anchor.end] == anchor.exact
    return anchor.exact


def it_keeps_an_anchor_whose_quote_is_still_in_place():
    a = anchor_on("200 millions d'euros")
    b = reattach(a, TEXT)
    assert (b.start, b.end, b.orphaned) == (a.start, a.end, False)


def it_follows_an_insertion_before_the_quote():
    a = anchor_on("200 millions d'euros")
    new = "Titre ajouté en tête\n\n" + TEXT
    b = reattach(a, new)
    assert placed(b, new) == "200 millions d'euros"
    assert b.start == a.start + len("Titre ajouté en tête\n\n")


def it_follows_an_edit_inside_the_quote():
    quote = "L'investissement atteint 200 millions d'euros sur cinq ans"
    a = anchor_on(quote)
    new = TEXT.replace("200 millions d'euros sur cinq ans", "250 millions d'euros sur six ans")
    b = reattach(a, new)
    assert placed(b, new) == "L'investissement atteint 250 millions d'euros sur six ans"


def it_orphans_an_anchor_whose_paragraph_was_deleted_and_keeps_it():
    a = anchor_on("accès privilégié aux modèles d'intelligence artificielle")
    new = "\n\n".join([P1, P3, P4])
    b = reattach(a, new)
    assert b.orphaned
    assert (b.exact, b.start, b.end, b.prefix, b.suffix) == (
        a.exact, a.start, a.end, a.prefix, a.suffix)  # fmt: skip


def it_keeps_anchors_on_other_paragraphs_when_one_is_deleted():
    a = anchor_on("l'indépendance de la start-up")
    new = "\n\n".join([P1, P3, P4])
    assert placed(reattach(a, new), new) == "l'indépendance de la start-up"


def it_chooses_a_copy_of_a_duplicated_sentence_by_its_context():
    a = anchor_on(P3)
    new = "\n\n".join([P1, P2, P3, P3, P4])
    b = reattach(a, new)
    assert placed(b, new) == P3
    assert b.start in (new.index(P3), new.rindex(P3))


def it_prefers_the_copy_whose_context_matches_over_a_nearer_one():
    quote = "200 millions d'euros"
    a = anchor_on(quote)
    # The same figure now also appears just before, in a new sentence, nearer the old offset.
    new = TEXT.replace(P3, "Un autre chiffre de 200 millions d'euros circule. " + P3)
    b = reattach(a, new)
    assert placed(b, new) == quote
    assert new[: b.start].endswith("atteint ")


def it_matches_through_changed_quote_styles():
    quote = "d'après les deux entreprises"
    a = anchor_on(quote)
    new = TEXT.replace("'", "’")
    b = reattach(a, new)
    assert placed(b, new) == "d’après les deux entreprises"


def it_matches_through_changed_white_space():
    quote = "un partenariat stratégique avec la jeune pousse"
    a = anchor_on(quote)
    new = TEXT.replace("partenariat stratégique avec", "partenariat\nstratégique  avec").replace(
        "Le groupe", "Ce matin, le groupe"
    )
    b = reattach(a, new)
    assert placed(b, new) == "un partenariat\nstratégique  avec la jeune pousse"


def it_counts_code_points_after_emoji_and_astral_characters():
    quote = "200 millions d'euros"
    a = anchor_on(quote)
    prefix = "🚀 Énergie 𝕏 ⚡️ 👩‍💻 \U00020000\n\n"
    new = prefix + TEXT
    b = reattach(a, new)
    assert placed(b, new) == quote
    assert b.start == a.start + len(prefix)  # len() counts code points, not UTF-16 units
    assert len(prefix.encode("utf-16-le")) // 2 > len(prefix)


def it_does_not_match_an_unrelated_passage():
    a = anchor_on("accès privilégié aux modèles d'intelligence artificielle")
    new = "Un texte entièrement différent sur la pêche en Bretagne.\n\nRien à voir ici."
    assert reattach(a, new).orphaned


def it_reattaches_an_anchor_that_was_orphaned_before():
    a = anchor_on("200 millions d'euros")
    orphan = reattach(a, "Autre texte sans rapport aucun.")
    assert orphan.orphaned
    assert placed(reattach(orphan, TEXT), TEXT) == "200 millions d'euros"


def it_finds_the_single_edit_between_two_texts():
    edit = find_edit("abcXYZdef", "abcQdef")
    assert (edit.start, edit.old_end, edit.new_end) == (3, 6, 4)
    assert edit.shift(1) == 1 and edit.shift(7) == 5 and edit.shift(4) is None


def it_reattaches_many_anchors_of_one_source():
    quotes = ["partenariat stratégique", "200 millions", "géants américains"]
    anchors = [anchor_on(q) for q in quotes]
    new = TEXT.replace("mardi", "lundi soir")
    out = reattach_all(anchors, TEXT, new)
    assert [placed(b, new) for b in out] == quotes


def make_note() -> Note:
    return Note(
        sources=[Source(id="s1", text=TEXT), Source(id="s2", text=P4)],
        actors=[Actor(id="groupe", name="Groupe", evidence=[anchor_on("Le groupe pétrolier")])],
        claims=[
            Claim(
                id="c1",
                evidence=[
                    anchor_on("accès privilégié aux modèles"),
                    anchor_on("200 millions d'euros"),
                    make_anchor("s2", P4, 0, 13),
                ],
            )
        ],
    )


def it_replaces_a_source_text_and_reports_orphans():
    note = make_note()
    new = "\n\n".join(["Nouveau chapeau.", P1, P3, P4])
    orphans = replace_source_text(note, "s1", new)
    src = note.source("s1")
    assert src.text == new
    assert src.sha256 == hashlib.sha256(new.encode("utf-8")).hexdigest()
    assert [(i, a.exact) for i, a in orphans] == [("c1", "accès privilégié aux modèles")]
    actor_anchor = note.actors[0].evidence[0]
    assert placed(actor_anchor, new) == "Le groupe pétrolier"
    evidence = note.claims[0].evidence
    assert len(evidence) == 3  # the orphan is kept
    assert evidence[0].orphaned
    assert placed(evidence[1], new) == "200 millions d'euros"
    assert evidence[2] == make_anchor("s2", P4, 0, 13)  # other source untouched


def it_refuses_an_unknown_source():
    with pytest.raises(KeyError):
        replace_source_text(make_note(), "s9", "x")


def it_follows_a_typo_fixed_inside_the_quote():
    quote = "Les analystes s'interrogent sur l'indépendance"
    text = TEXT.replace("s'interrogent", "s'intérogent")
    a = anchor_on(quote.replace("s'interrogent", "s'intérogent"), text)
    b = reattach(a, TEXT)
    assert placed(b, TEXT) == quote


def it_keeps_anchors_at_the_very_start_and_end_of_the_text():
    first, last = anchor_on("Le groupe pétrolier"), anchor_on("géants américains.")
    new = "Correctif : le montant a été revu.\n\n" + TEXT + "\n\nMis à jour le 3 mai."
    assert placed(reattach(first, new), new) == "Le groupe pétrolier"
    assert placed(reattach(last, new), new) == "géants américains."


def it_follows_a_quote_across_a_paragraph_break_that_was_rewrapped():
    quote = "deux entreprises.\n\nLes analystes"
    a = anchor_on(quote)
    new = TEXT.replace("entreprises.\n\nLes", "entreprises.\n\n\nLes").replace("mardi", "lundi")
    new = new.replace("\n\n\n", "\n \n")  # paragraph break retyped with a stray space
    b = reattach(a, new)
    assert placed(b, new) == "deux entreprises.\n \nLes analystes"


def it_orphans_anchors_when_the_text_is_emptied_or_the_quote_is_blank():
    a = anchor_on("200 millions d'euros")
    assert reattach(a, "").orphaned
    blank = dataclasses.replace(a, exact="")
    assert reattach(blank, TEXT).orphaned


def it_does_not_place_a_short_quote_on_an_unrelated_short_word():
    a = anchor_on("start-up")
    new = TEXT.replace("la start-up", "la société")
    b = reattach(a, new)
    assert b.orphaned or new[b.start : b.end] == b.exact  # never a silent wrong span
    assert b.orphaned  # "start" appears nowhere; nothing near enough


def it_prefers_a_far_copy_with_the_right_context_to_a_near_one_without():
    quote = "200 millions d'euros"
    a = anchor_on(quote)
    filler = "Un long encart ajouté. " * 300  # pushes the real passage far away
    decoy = "Rien à voir : 200 millions d'euros de dettes, ailleurs.\n\n"
    new = TEXT.replace(P3, decoy + filler + "\n\n" + P3)
    b = reattach(a, new)
    assert placed(b, new) == quote
    assert new[: b.start].endswith("L'investissement atteint ")


def it_matches_through_french_and_english_quote_spacing():
    text = "Le ministre a jugé l'accord « très préoccupant » : il demande un examen approfondi."
    a = anchor_on("« très préoccupant » : il demande", text)
    new = 'Titre\n\nLe ministre a jugé l’accord "très préoccupant": il demande un examen.'
    b = reattach(a, new)
    assert placed(b, new) == '"très préoccupant": il demande'
