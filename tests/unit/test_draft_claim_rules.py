"""Claims that generalise: news-style reporting verbs, decisions of bodies, no repeats."""

from __future__ import annotations

from briefing_app.domain.model import Note, Source
from briefing_app.draft import suggest


def _claims(text: str, language: str) -> list:
    note = Note(language=language, sources=[Source(id="s1", text=text, language=language)])
    return suggest(note, "s1").claims


def _found(claims, words: str) -> bool:
    return any(words in c.statement for c in claims)


def it_reads_english_reporting_verbs_of_news_style() -> None:
    claims = _claims(
        "Veltro Holdings reiterated that it had acted within the law. "
        "The company fired back at the works council over its complaint. "
        "Veltro insisted it would keep investing in the plant. "
        "Marta Lindqvist, its chief executive, emphasized that no jobs would be cut. "
        "The plant opened in 1998 near the river.",
        "en",
    )
    for words in ("reiterated", "fired back", "insisted", "emphasized"):
        assert _found(claims, words), words
    assert not _found(claims, "opened in 1998")


def it_reads_french_reporting_verbs_of_news_style() -> None:
    claims = _claims(
        "Le ministre a évoqué mardi une solution française pour Vexel. "
        "Les Pays-Bas avaient évoqué des restrictions similaires. "
        "Vexel a réitéré son opposition au projet de rachat. "
        "L'usine se trouve au bord du Rhône.",
        "fr",
    )
    claims += _claims("Vexel va fermer son usine de Roanne, a-t-on appris mardi.", "fr")
    for words in ("a évoqué", "avaient évoqué", "réitéré", "a-t-on appris"):
        assert _found(claims, words), words
    assert not _found(claims, "bord du Rhône")


def it_takes_decisions_of_bodies_as_claims() -> None:
    en = _claims(
        "The Harbour Court froze the shares of Kessel Semiconductors. "
        "The court also moved to launch a formal investigation into the management. "
        "The Dutch government imposed a ban on exports of the chips. "
        "The weather in Nijmegen was grey that week.",
        "en",
    )
    assert _found(en, "moved to launch") and _found(en, "imposed a ban")
    assert not _found(en, "weather")
    fr = _claims(
        "Le gouvernement a donné son feu vert à l'entrée de la Caisse des dépôts au capital "
        "de Vexel. Le tribunal de commerce a ouvert une enquête sur la gestion de Vexel. "
        "Le bâtiment date du siècle dernier et domine la vallée.",
        "fr",
    )
    assert _found(fr, "feu vert") and _found(fr, "ouvert une enquête")
    assert not _found(fr, "bâtiment")


def it_gives_no_claim_for_a_participle_or_a_repeated_sentence() -> None:
    claims = _claims(
        "The bid, first announced in 2023, met resistance from the outset in the town. "
        "Kessel has seen its shares surge 72 percent this year. "
        "Kessel has seen its shares surge 72% this year.",
        "en",
    )
    assert not _found(claims, "first announced")
    assert len([c for c in claims if "surge" in c.statement]) == 1


def it_gives_the_subject_as_speaker_and_no_claim_for_a_long_headline() -> None:
    note_text = (
        "IA générative : la start-up parisienne Nébula lève 200 millions d'euros auprès de "
        "fonds américains pour rester indépendante\n\n"
        "La jeune pousse française Nébula, qui développe des modèles de langage pour les "
        "entreprises, a annoncé mercredi avoir levé 200 millions d'euros.\n\n"
        "Pour Arnaud Lemoine, associé chez Serena Capital, « le risque est que les décisions "
        "se prennent ailleurs ».\n\n"
        "Nébula migrera vers les serveurs de l'hébergeur roubaisien OVHcloud."
    )
    note = Note(language="fr", sources=[Source(id="s1", text=note_text, language="fr")])
    s = suggest(note, "s1")
    names = {a.id: a for a in s.actors}
    claims = {c.statement[:12]: c for c in s.claims}
    assert not any(c.statement.startswith("IA générative") for c in s.claims)
    assert names[claims["La jeune pou"].speaker].name == "Nébula"
    assert names[claims["le risque es"].speaker].name == "Arnaud Lemoine"
    assert not any("hébergeur" in a for actor in s.actors for a in actor.aliases)


def it_reads_french_inverted_reporting_verbs() -> None:
    claims = _claims(
        "Camille Roussel dirige Vexel depuis 2015. La vente est exclue, estime-t-elle. "
        "Le marché reste saturé, poursuit-elle. Le site date de 1990 et abrite trois halls.",
        "fr",
    )
    assert _found(claims, "estime-t-elle") and _found(claims, "poursuit-elle")
    assert not _found(claims, "trois halls")


def it_gives_no_claim_for_a_refusal_to_comment() -> None:
    en = _claims("Sojitz, which has invested in Lynas, declined to comment on the ban.", "en")
    fr = _claims("Interrogé, Safran n'a pas souhaité commenter l'annonce du rachat.", "fr")
    assert not en and not fr


def it_gives_no_claim_for_a_background_relative_clause() -> None:
    claims = _claims(
        "Munich-based Korvane competes with US firm Anduril, which opened a factory in Britain "
        "this year. Korvane opened a factory in Augsburg on Monday.",
        "en",
    )
    assert not _found(claims, "which opened") and _found(claims, "Augsburg")


def it_gives_the_subject_before_an_apposition_as_speaker() -> None:
    texts = {
        "fr": (
            "La Direction générale de l'armement (DGA), principal client de Vision Optronique, "
            "avait évoqué des réserves.",
            "Direction générale de l'armement",
        ),
        "en": (
            "Niron Magnetics, a start-up backed by General Motors and Volvo, has argued that "
            "the ban was a mistake.",
            "Niron Magnetics",
        ),
    }
    for lang, (text, speaker) in texts.items():
        note = Note(language=lang, sources=[Source(id="s1", text=text, language=lang)])
        s = suggest(note, "s1")
        names = {a.id: a.name for a in s.actors}
        assert [names.get(c.speaker) for c in s.claims] == [speaker]


def it_gives_the_person_after_an_inverted_verb_as_speaker() -> None:
    text = (
        "Le gouvernement a donné son feu vert au rachat de Vexel, a annoncé mardi le ministre "
        "de l'Economie et des Finances Bruno Le Maire."
    )
    note = Note(language="fr", sources=[Source(id="s1", text=text, language="fr")])
    s = suggest(note, "s1")
    names = {a.id: a.name for a in s.actors}
    assert [names.get(c.speaker) for c in s.claims] == ["Bruno Le Maire"]


def it_reads_a_green_light_with_a_day_in_between_as_a_decision() -> None:
    fr = "Le gouvernement a donné vendredi son feu vert à l'acquisition de Vexel par Marvo."
    assert _found(_claims(fr, "fr"), "feu vert")


def it_reads_news_of_recent_deals_reported_facts_and_pending_rulings() -> None:
    fr = (
        "Corvane vient de conclure un accord de plusieurs milliards avec Kelvar. "
        "Corvane compte 300 salariés."
    )
    assert _found(_claims(fr, "fr"), "vient de conclure")
    en = (
        "Some rivals have reportedly begun cutting ties with Kelvar. "
        "The commerce department has begun issuing export licences to Corvane. "
        "The European Commission is expected to issue a final ruling by June 10."
    )
    claims = _claims(en, "en")
    for words in ("reportedly", "begun issuing", "final ruling"):
        assert _found(claims, words), (words, [c.statement for c in claims])


def it_reads_a_filing_with_the_market_regulator_as_news() -> None:
    fr = "L'opération a été notifiée à l'Autorité des marchés financiers le 13 mars, selon Soltec."
    assert _found(_claims(fr, "fr"), "notifiée")
