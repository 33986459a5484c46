"""Risk and relationship patterns that generalise beyond the tuned texts (invented sentences)."""

from __future__ import annotations

import pytest

from briefing_app.domain.model import Note, Source
from briefing_app.draft import suggest


def _suggest(text: str, lang: str):
    return suggest(Note(sources=[Source(id="s1", text=text, language=lang)]), "s1")


def _risk_categories(text: str, lang: str) -> list[str]:
    return [r.category for r in _suggest(text, lang).risks]


def _links(text: str, lang: str) -> set[tuple[str, str, str]]:
    s = _suggest(text, lang)
    names = {a.id: a.name for a in s.actors}
    return {(names.get(r.source, ""), names.get(r.target, ""), r.kind) for r in s.relationships}


def _linked(links, a: str, b: str, kind: str | None = None) -> bool:
    return any({x, y} == {a, b} and (kind is None or k == kind) for x, y, k in links)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        (
            "Le fabricant Quorvane dépend presque entièrement de Telmix pour ses lasers.",
            "fr",
            "technology",
        ),
        (
            "Brintel relies heavily on Oskaro, which could cut off its supply of wafers.",
            "en",
            "technology",
        ),
        (
            "Les fichiers de Vardelle tournent aujourd’hui sur les serveurs de Ziloq, à Dublin.",
            "fr",
            "cloud-jurisdiction",
        ),
        (
            "L’hébergeur de Pomaret reste soumis au droit américain, rappelle la société.",
            "fr",
            "cloud-jurisdiction",
        ),
        (
            "Le groupe Harvel a lancé une OPA hostile sur Dunoyer, qui passerait sous pavillon "
            "étranger.",
            "fr",
            "ownership",
        ),
        (
            "Ministers agreed a rescue package for Corvane, financed with public money.",
            "en",
            "regulatory",
        ),
        (
            "Washington revoked the export licences that let Tessaro ship chips to Haldon.",
            "en",
            "technology",
        ),
        (
            "La Commission européenne a validé les aides publiques accordées à Silvane, "
            "subventionnée à hauteur de 40 %.",
            "fr",
            "regulatory",
        ),
    ],
)
def it_finds_risks_by_concept_not_by_phrase(text: str, lang: str, category: str) -> None:
    assert category in _risk_categories(text, lang)


def it_leaves_plain_news_without_risk() -> None:
    text = "Dorvale a ouvert un magasin à Lyon. Les clients ont apprécié la décoration."
    assert _risk_categories(text, "fr") == []
    text = "Brinwick opened a new office in Leeds. Staff enjoyed the coffee."
    assert _risk_categories(text, "en") == []


def it_links_every_investor_of_a_round_to_the_raiser() -> None:
    text = (
        "La start-up Pelorin signe de loin la plus grosse levée de fonds de ce mois de mars "
        "dans la région avec 30 millions d’euros rassemblés auprès de Caldera Partners, "
        "Norvik Capital et Ostrel Ventures."
    )
    links = _links(text, "fr")
    for investor in ("Caldera Partners", "Norvik Capital", "Ostrel Ventures"):
        assert _linked(links, investor, "Pelorin", "investment"), links
    assert not _linked(links, "Caldera Partners", "Norvik Capital")


def it_reads_a_possessive_apposition_as_part_of() -> None:
    text = "Sales at Veltrix, Damaro's chip unit, fell. Damaro said Veltrix would recover."
    assert _linked(_links(text, "en"), "Veltrix", "Damaro", "part-of")


def it_takes_a_department_head_from_its_title() -> None:
    text = (
        "The Transport Department published new rules on Monday. "
        "Transport Secretary Alana Brooke said the rules would apply from May."
    )
    assert _linked(_links(text, "en"), "Alana Brooke", "Transport Department", "leadership")


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        (
            "Sans les puces de Korvex, Talmane ne pourrait pas entraîner ses modèles.",
            "fr",
            "technology",
        ),
        (
            "Pelgrin cannot ship its newest machines to Osteria without a licence from Brenmark.",
            "en",
            "technology",
        ),
        (
            "Les dossiers médicaux sont hébergées par Zyntra Cloud depuis 2021.",
            "fr",
            "cloud-jurisdiction",
        ),
        ("Talmane's chief scientist left to join Korvex last month.", "en", "talent"),
        (
            "Le groupe Halbrecht a pris le contrôle de Nexaro, au grand dam de Paris.",
            "fr",
            "ownership",
        ),
    ],
)
def it_finds_dependence_hosting_talent_and_control(text: str, lang: str, category: str) -> None:
    assert category in _risk_categories(text, lang)


def it_takes_the_subject_before_an_apposition_as_source() -> None:
    text = (
        "Depuis mars, Calvane, filiale de Morlaix Group, s'appuie sur la technologie de "
        "Zyntra Cloud. Le patron de Calvane le confirme."
    )
    links = _links(text, "fr")
    assert _linked(links, "Calvane", "Morlaix Group", "ownership"), links
    assert _linked(links, "Calvane", "Zyntra Cloud", "supplier"), links
    assert not _linked(links, "Morlaix Group", "Zyntra Cloud", "supplier")
    assert not _linked(links, "Zyntra Cloud", "Calvane", "ownership")


def it_ignores_a_cue_word_inside_an_actor_name() -> None:
    text = (
        "L’Autorité de la concurrence enquête sur les accords de Veltane avec Orsini. "
        "Veltane et Orsini n’ont pas commenté."
    )
    links = _links(text, "fr")
    assert not any(k == "competitor" for _a, _b, k in links), links


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("À Lyon, l’Autorité de la concurrence examine le rachat de Dunoyer par Harvel.", "fr"),
        ("The Federal Trade Commission is reviewing the purchase of Dunoyer by Harvel.", "en"),
    ],
)
def it_reads_a_purchase_of_x_by_y(text: str, lang: str) -> None:
    links = _links(text, lang)
    assert ("Harvel", "Dunoyer", "investment") in links, links
    assert not any(name.startswith("À ") for a, b, _k in links for name in (a, b))


def it_knows_a_person_by_a_common_first_name() -> None:
    text = "Hier, le PDG de Velmont, Jeanne Martel, a rencontré les dirigeants de Sarvane."
    links = _links(text, "fr")
    assert ("Jeanne Martel", "Velmont", "leadership") in links, links


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Talmane a besoin de processeurs que seul Korvex fabrique.", "fr", "technology"),
        ("Talmane needs graphics processors that only Korvex makes.", "en", "technology"),
        (
            "La Commission soupçonne Zyntra d'abuser de sa position sur le cloud.",
            "fr",
            "regulatory",
        ),
        ("Several Kordane engineers have joined Zyntra, lured by higher salaries.", "en", "talent"),
        ("The deal makes Zyntra the preferred cloud provider of Kordane.", "en", "partnership"),
    ],
)
def it_finds_sole_makers_dominance_and_poaching(text: str, lang: str, category: str) -> None:
    assert category in _risk_categories(text, lang)


def it_reads_only_a_capitalised_name_as_a_sole_maker() -> None:
    assert _risk_categories("Le stand que seul le public voit a fermé hier soir.", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "link"),
    [
        (
            "Selon Les Échos, Kordane a signé avec Zyntra. Zyntra investira 15 millions "
            "d'euros dans Kordane.",
            "fr",
            ("Zyntra", "Kordane", "investment"),
        ),
        (
            "Analysts noted that Kordane's models run on Zyntra's cloud.",
            "en",
            ("Kordane", "Zyntra", "supplier"),
        ),
        (
            "The Dutch government has required Verlux to obtain licences for exports.",
            "en",
            ("Dutch government", "Verlux", "regulator"),
        ),
    ],
)
def it_links_inflected_investment_hosting_and_orders(text: str, lang: str, link) -> None:
    assert link in _links(text, lang)


def it_links_each_member_of_a_list_before_the_cue() -> None:
    links = _links(
        "Valdor, Ostrane, Kelmar et Brisk ont participé au tour de table de Lumio, "
        "mené par Salvia.",
        "fr",
    )
    for investor in ("Valdor", "Ostrane", "Kelmar", "Brisk", "Salvia"):
        assert _linked(links, investor, "Lumio", "investment"), (investor, links)
    assert not _linked(links, "Brisk", "Salvia")  # the next cue has its own target
    assert not _linked(links, "Kelmar", "Brisk", "partnership")  # co-investors in a list


def it_links_the_investors_a_sum_was_raised_from() -> None:
    links = _links("Lumio raised $50 million from Valdor, Ostrane and Kelmar.", "en")
    for investor in ("Valdor", "Ostrane", "Kelmar"):
        assert _linked(links, investor, "Lumio", "investment"), (investor, links)


def it_reads_a_persons_firm_as_led_by_the_person() -> None:
    links = _links("Thomas Holt's investment firm, Corvane Partners, backs the plan.", "en")
    assert _linked(links, "Thomas Holt", "Corvane Partners", "leadership"), links


@pytest.mark.parametrize(
    ("text", "lang", "person", "state"),
    [
        (
            "Chinese Commerce Minister Liang Haoran met the trade chief. "
            "China retaliated against the ban.",
            "en",
            "Liang Haoran",
            "China",
        ),
        (
            "Le ministre chinois du Commerce, Liang Haoran, a reçu la délégation. "
            "Pékin a promis des représailles.",
            "fr",
            "Liang Haoran",
            "Pékin",
        ),
    ],
)
def it_links_a_minister_to_the_government_of_the_country_in_the_title(
    text: str, lang: str, person: str, state: str
) -> None:
    assert _linked(_links(text, lang), person, state, "leadership")


def it_knows_people_by_family_names_written_first_and_regions_govern_nothing() -> None:
    s = _suggest("Deng Haoran said reform was vital. The Middle East has oil.", "en")
    kinds = {a.name: a.kind for a in s.actors}
    assert kinds.get("Deng Haoran") == "person", kinds
    assert "Middle East" not in kinds


def it_takes_a_name_followed_by_its_country_in_brackets_as_a_party() -> None:
    s = _suggest(
        "L’offre est portée par trois opérateurs : Velsat (France), Hidrasat (Espagne) "
        "et Solvix (Luxembourg). L’usine est à Moirans (Isère).",
        "fr",
    )
    countries = {a.name: a.country for a in s.actors}
    assert countries == {"Velsat": "FR", "Hidrasat": "ES", "Solvix": "LU"}, countries


def it_reads_no_actor_in_the_words_an_acronym_stands_for() -> None:
    s = _suggest(
        "Le consortium SkyRISE (Space Consortium for a Resilient, Interconnected and Secure "
        "Europe) a été retenu par la Commission européenne.",
        "fr",
    )
    assert {a.name for a in s.actors} == {"SkyRISE", "Commission européenne"}


def it_keeps_bodies_named_with_for_whole_and_software_out() -> None:
    s = _suggest(
        "France’s General Directorate for Internal Security extended its contract with "
        "Korvath. The Gotham software connects data sources, and its Foundry platform too.",
        "en",
    )
    kinds = {a.name: a.kind for a in s.actors}
    assert kinds.get("General Directorate for Internal Security") == "government", kinds
    assert "Gotham" not in kinds and "Foundry" not in kinds


def it_counts_spelled_magnitudes_and_head_counts_as_figures_not_years() -> None:
    s = _suggest(
        "Velsat réalise un chiffre d’affaires de plus d’un milliard d’euros. "
        "Elle emploie actuellement 2000 personnes dans le monde. "
        "La société a été fondée en 2000 à Calais par trois ingénieurs.",
        "fr",
    )
    figures = [c.statement for c in s.claims if c.kind == "figure"]
    assert any("milliard" in f for f in figures) and any("2000 personnes" in f for f in figures)
    assert not any("fondée en 2000" in c.statement for c in s.claims)


def it_links_the_partners_listed_after_a_possessive_to_the_owner_named_before() -> None:
    links = _links(
        "L’offre est portée par Velsat. Leurs partenaires sur ce projet sont Arbor Space "
        "et Tharsis Space.",
        "fr",
    )
    assert _linked(links, "Velsat", "Arbor Space", "partnership"), links
    assert _linked(links, "Velsat", "Tharsis Space", "partnership"), links


def it_reads_a_contract_with_a_vendor_as_supply_by_the_vendor() -> None:
    links = _links("The Federal Police Office extended its contract with Korvath.", "en")
    assert ("Korvath", "Federal Police Office", "supplier") in links, links


def it_does_not_tie_alternatives_together() -> None:
    links = _links(
        "Faute d’offre locale, les entreprises doivent se tourner vers Redmark ou Korvath.", "fr"
    )
    assert not _linked(links, "Redmark", "Korvath"), links


def it_links_only_political_titles_to_a_country_government() -> None:
    links = _links(
        "L'accord a été conclu entre le président français Emmanuel Varon et Bruce Harlow, "
        "le patron du fonds. La France a salué l’annonce.",
        "fr",
    )
    assert not _linked(links, "Bruce Harlow", "France"), links


def it_keeps_a_business_unit_named_after_a_possessive_as_an_actor() -> None:
    s = _suggest(
        "L'État rachète à Corvane son activité Advanced Computing pour 410 millions d'euros.",
        "fr",
    )
    assert "Advanced Computing" in {a.name for a in s.actors}


def it_links_founders_to_the_firm_they_founded() -> None:
    links = _links(
        "Founded in 2019 by Aidan Gorman, Nick Frost, and Ivan Zhou, Corvane is valued at "
        "over $5 billion.",
        "en",
    )
    for person in ("Aidan Gorman", "Nick Frost", "Ivan Zhou"):
        assert _linked(links, person, "Corvane", "leadership"), (person, links)


def it_reads_a_business_unit_of_a_group_as_part_of_it() -> None:
    links = _links("L’offre porte sur l’activité Advanced Computing d’Evidex, son entité.", "fr")
    assert ("Advanced Computing", "Evidex", "part-of") in links, links


def it_drops_tickers_and_never_makes_a_regulator_of_a_listed_party() -> None:
    s = _suggest(
        "The cartel office approved stakes by Bosch (ROBG.UL), Infineon (IFXGn.DE) and NXP "
        "(NXP.N) in the plant.",
        "en",
    )
    assert {a.name for a in s.actors} == {"Bosch", "Infineon", "NXP"}
    assert not [r for r in s.relationships if r.kind == "regulator"]


def it_links_a_minister_with_no_nationality_to_the_one_government_named() -> None:
    links = _links(
        "The Canadian government will invest $240 million in Corvane. Innovation Minister "
        "Marc Champlain called the project a home run.",
        "en",
    )
    assert _linked(links, "Marc Champlain", "Canadian government", "leadership"), links


def it_merges_a_name_with_its_legal_form() -> None:
    s = _suggest("Corvane Corp. cut jobs on Monday. Corvane said demand was weak.", "en")
    assert [{a.name, *a.aliases} for a in s.actors] == [{"Corvane", "Corvane Corp"}]


def it_links_founders_described_by_their_trade_and_ministers_to_the_state() -> None:
    links = _links(
        "Sanova investit 180 millions dans la start-up Orkin, créée en 2016 à Paris par les "
        "médecins Thomas Clozet et Gilles Wainrob.",
        "fr",
    )
    assert _linked(links, "Thomas Clozet", "Orkin", "leadership"), links
    links = _links(
        "L'État veut accélérer. Selon la ministre déléguée chargée du Numérique, Anne Lenoir, "
        "les délais restent problématiques.",
        "fr",
    )
    assert _linked(links, "Anne Lenoir", "État"), links


def it_links_the_members_of_a_consortium_named_just_before() -> None:
    links = _links(
        "Scalix lance le consortium Aiona. Ses premiers membres sont Vorsa, Kytal et Sipearl.",
        "fr",
    )
    for member in ("Vorsa", "Kytal", "Sipearl"):
        assert (member, "Aiona", "part-of") in links, (member, links)
    assert not _linked(links, "Vorsa", "Kytal")


def it_makes_a_regulator_clearing_a_deal_the_regulator_of_its_party() -> None:
    links = _links(
        "Velsat agreed to buy Orbix. The deal has received clearance from the Competition "
        "and Markets Authority.",
        "en",
    )
    assert any(k == "regulator" and a == "Competition and Markets Authority" for a, _b, k in links)
