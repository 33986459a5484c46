"""Actor rules that generalise: headlines, datelines, acronyms, people, products, countries."""

from __future__ import annotations

import yaml

from briefing_app.domain.model import Note, Source
from briefing_app.draft import suggest
from briefing_app.paths import resource


def _actors(text: str, language: str) -> dict:
    note = Note(language=language, sources=[Source(id="s1", text=text, language=language)])
    return {a.name: a for a in suggest(note, "s1").actors}


def _all_names(actors: dict) -> set[str]:
    return {n for a in actors.values() for n in [a.name, *a.aliases]}


def it_takes_no_names_from_a_long_title_case_headline() -> None:
    text = (
        "Veltro Holdings Issues Statement on Harbour Court Ruling: Failure to Lift Freeze "
        "Will Endanger Jobs\n\n"
        "Veltro Holdings said on Monday that the ruling of the Harbour Court would hurt jobs."
    )
    for opening in ("", "Press release\n\n"):
        names = _all_names(_actors(opening + text, "en"))
        assert "Harbour Court" in names and "Veltro Holdings" in names
        assert not any("Ruling" in n or "Endanger" in n or "Statement" in n for n in names)


def it_strips_datelines() -> None:
    text = (
        "Court freezes shares\n\n"
        "Northgate Wire-The Harbour Court froze the shares of Kessel Semiconductors on Friday.\n\n"
        "VELDHOVEN (Reuters) - Kessel Semiconductors said it would appeal."
    )
    names = _all_names(_actors(text, "en"))
    assert "Harbour Court" in names
    assert not any("Northgate" in n or "VELDHOVEN" in n for n in names)


def it_keeps_an_acronym_in_brackets_as_an_alias_in_both_languages() -> None:
    en = _actors(
        "The European Association of Chip Component Suppliers (EACCS) warned of job losses. "
        "EACCS represents 300 firms.",
        "en",
    )
    (actor,) = [a for a in en.values() if "EACCS" in [a.name, *a.aliases]]
    assert "European Association of Chip Component Suppliers" in [actor.name, *actor.aliases]
    fr = _actors(
        "L'Association française des fabricants de drones (AFFD) a salué la décision. "
        "Pour l'AFFD, il s'agit d'un signal fort.",
        "fr",
    )
    (actor,) = [a for a in fr.values() if "AFFD" in [a.name, *a.aliases]]
    assert any(n.startswith("Association française") for n in [actor.name, *actor.aliases])
    fr = _actors(
        "L'Association européenne des équipementiers automobiles (AEEA) a dénoncé la décision. "
        "Le Groupement des industries navales et spatiales (Ginas) salue l'accord. "
        "Le Ginas compte 400 membres.",
        "fr",
    )
    groups = [{a.name, *a.aliases} for a in fr.values()]
    assert {"AEEA", "Association européenne des équipementiers automobiles"} in groups
    assert {"Ginas", "Groupement des industries navales et spatiales"} in groups
    assert all(a.kind == "organisation" for a in fr.values())


def it_tells_a_person_whose_first_name_is_not_listed() -> None:
    en = _actors(
        "Wouter Brandsma, who chairs the works council, said jobs were safe. "
        "Brandsma added that staff were worried. Okonkwo Adeyemi joined Halvard Capital "
        "in 2019. He previously worked at a bank.",
        "en",
    )
    assert en["Wouter Brandsma"].kind == "person" and "Brandsma" in en["Wouter Brandsma"].aliases
    assert en["Okonkwo Adeyemi"].kind == "person"
    fr = _actors("Anouk Verhaegen dirige Vexel. Selon Verhaegen, la vente est exclue.", "fr")
    assert fr["Anouk Verhaegen"].kind == "person"


def it_sets_products_aside() -> None:
    en = _actors(
        "Veltro said its Swift models and the Orion chip were made in Europe. Veltro grew.",
        "en",
    )
    assert "Swift" not in en and "Orion" not in en and "Veltro" in en
    en = _actors("Nvidia's DGX Cloud service grew. Huawei's HiSilicon unit designs chips.", "en")
    assert "DGX Cloud" not in en and "HiSilicon" in en
    fr = _actors(
        "Exaion a présenté son cloud Stratos et le modèle Brio. Exaion vise l'Europe. "
        "Vexel concurrence les satellites Starlink.",
        "fr",
    )
    assert "Stratos" not in fr and "Brio" not in fr and "Exaion" in fr and "Starlink" in fr


def it_reads_countries_that_act_as_governments() -> None:
    en = _actors(
        "The EU imposed a ban on exports of chip tools, and China retaliated. "
        "Ahead of the EU-China summit, the Netherlands insisted it would not back down. "
        "Sino-US talks and Franco-German relations stalled. "
        "Sales in Brazil grew.",
        "en",
    )
    assert en["EU"].kind == "government" and en["China"].kind == "government"
    assert en["Netherlands"].kind == "government"
    assert not {"EU-China", "Sino-US", "Franco-German", "Brazil", "Ahead"} & set(en)
    fr = _actors(
        "Les Pays-Bas avaient évoqué des restrictions. La Chine a riposté. On ignore la suite.",
        "fr",
    )
    assert fr["Pays-Bas"].kind == "government" and fr["Chine"].kind == "government"
    assert "On" not in fr


def it_merges_a_country_that_acts_with_its_government() -> None:
    en = _actors(
        "Britain said it would intervene. The UK government asked the regulator for a report.",
        "en",
    )
    govs = [a for a in en.values() if a.kind == "government"]
    assert len(govs) == 1


def it_reads_french_ministers_and_ministries_by_their_building() -> None:
    fr = _actors(
        "Le ministre délégué chargé de l'Industrie Roland Lescure juge la vente de Vexel "
        "inacceptable. Selon l'Hôtel de Brienne, le dossier est suivi. Le ministre de "
        "l'Economie et des Finances Bruno Le Maire a bloqué la vente.",
        "fr",
    )
    assert fr["Roland Lescure"].kind == "person" and fr["Bruno Le Maire"].kind == "person"
    assert not any("Industrie" in n or "Finances" in n or n in ("Hôtel", "Brienne") for n in fr)
    assert any("Brienne" in n for n in _all_names(fr))


def it_keeps_two_names_written_side_by_side_apart() -> None:
    fr = _actors(
        "La filiale d'EDF Exaion a noué un partenariat. Exaion exploite des centres de "
        "données. EDF détient la totalité du capital.",
        "fr",
    )
    assert "EDF" in fr and "Exaion" in fr
    assert not any("EDF Exaion" in n for n in _all_names(fr))


def it_writes_no_yaml_boolean_in_the_lexicons() -> None:
    def walk(node) -> None:
        assert not isinstance(node, bool), "quote on/off/yes/no in the lexicon"
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in ("common", "fr", "en"):
        with open(resource("lexicons", f"{name}.yaml"), encoding="utf-8") as f:
            walk(yaml.safe_load(f))


def it_keeps_one_government_per_nationality() -> None:
    en = _actors(
        "Nippon Kessel said the U.S. government had approved the deal. "
        "The Japanese government welcomed the decision at 9 a.m. U.S. Eastern Time. "
        "The administration said the U.S. government would hold a golden share.",
        "en",
    )
    govs = {a.name: a for a in en.values() if a.kind == "government"}
    assert len(govs) == 2
    assert {a.country for a in govs.values()} == {"US", "JP"}
    assert not any("Eastern" in n for n in en)


def it_takes_model_codes_for_products() -> None:
    fr = _actors("Airbus livre l'A320 et l'A400M. Le B737 de Boeing est en retard.", "fr")
    assert set(fr) == {"Airbus", "Boeing"}


def it_strips_wire_datelines_and_bylines() -> None:
    for opening in (
        "AMSTERDAM--(BUSINESS WIRE)--Veltro Holdings today announced a deal with Kessel.",
        "AMSTERDAM, Nov. 3, 2025 /PRNewswire/ -- Veltro Holdings today announced a deal "
        "with Kessel.",
    ):
        names = set(_actors(f"Veltro grows\n\n{opening} Veltro and Kessel grew.", "en"))
        assert names == {"Veltro", "Kessel"}, names
    byline = "Veltro grows\n\nBy Jane Smith and Tom Brown\n\nVeltro said it grew."
    names = set(_actors(byline, "en"))
    assert names == {"Veltro"}


def it_reads_export_ban_stories() -> None:
    en = _actors(
        "China's Ministry of Commerce said on Thursday it would ban exports of magnet "
        "technology from Jan. 1. Magnet maker Vacuumschmelze said it was assessing the impact. "
        "The U.S. had added 140 firms to its Entity List. Europe imports most magnets from "
        "China, according to the European Commission. Brussels wants to cut that dependence.",
        "en",
    )
    assert en["Ministry of Commerce"].country == "CN"
    assert "Brussels" in en["European Commission"].aliases
    assert not {"Jan", "Magnet", "Entity List", "Brussels"} & set(en)


def it_takes_headline_names_only_when_the_body_names_them() -> None:
    text = (
        "Veltro takes Kessel to Harbour Court over Orion plant\n\n"
        "Veltro Holdings said on Monday it had sued Kessel Semiconductors. UK ministers "
        "were informed."
    )
    names = _all_names(_actors(text, "en"))
    assert {"Veltro Holdings", "Kessel Semiconductors"} <= names
    assert not {"Orion", "Harbour Court"} & names


def it_tells_a_receiver_from_a_place_after_a() -> None:
    fr = _actors(
        "La Commission européenne a infligé une amende de 200 millions d'euros à Kalder. "
        "Vexel a investi 2 millions à Crolles.",
        "fr",
    )
    assert "Kalder" in fr and "Crolles" not in fr


def it_reads_a_press_release_with_a_dated_dateline() -> None:
    text = (
        "Suppliers Group Issues Statement on Court Ruling\n\n"
        "Brussels, 14 October 2025 – The European Association of Semiconductor Component "
        "Suppliers (ESCS) today expressed concern over the decision of the Amsterdam "
        'Enterprise Chamber. "We call for a solution," said Pieter Vandenberg, Secretary '
        "General of ESCS. The Dutch Minister of Economic Affairs, Vincent Karsten, took "
        "control of the board. The Enterprise Chamber also ordered an investigation. "
        "Automakers including Volkswagen have warned of stoppages."
    )
    actors = _actors(text, "en")
    groups = [{a.name, *a.aliases} for a in actors.values()]
    assert {"ESCS", "European Association of Semiconductor Component Suppliers"} in groups
    assert {"Amsterdam Enterprise Chamber", "Enterprise Chamber"} in groups
    assert actors["Pieter Vandenberg"].role == "Secretary General of ESCS"
    assert actors["Vincent Karsten"].role == "Minister of Economic Affairs"
    assert not {"Brussels", "Affairs", "Automakers", "Group"} & set(actors)


def it_reads_a_french_foreign_takeover_story() -> None:
    text = (
        "Bercy a autorisé le rachat de Vision Optronique par le groupe américain Halcyon, "
        "au titre du contrôle des investissements étrangers en France (IEF). Halcyon s'est "
        "engagé à maintenir les sites de Brive et de Roanne. « Ces engagements nous "
        "protègent », a déclaré Marc Ferracci, ministre délégué chargé de l'Industrie. La "
        "Direction générale de l'armement (DGA) avait évoqué des réserves. La CFDT dénonce la "
        "vente. Le député LR Jean-Louis Thiériot a demandé des garanties."
    )
    fr = _actors(text, "fr")
    assert not {"IEF", "Roanne", "LR"} & set(fr)
    assert fr["Marc Ferracci"].role == "ministre délégué chargé de l'Industrie"
    assert "DGA" in fr["Direction générale de l'armement"].aliases
    assert fr["CFDT"].kind == "organisation"


def it_takes_no_actors_from_credits() -> None:
    text = (
        "Veltro buys Kessel\n\n"
        "Veltro Holdings said on Monday it would buy Kessel. Credit Suisse advised Veltro.\n\n"
        "(Reporting by Toby Sterling in Amsterdam; Additional reporting by Anna Lindholm; "
        "Editing by Mark Potter)\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n\n"
        "The deal (Photo by Jan Vermeer) was approved by Veltro."
    )
    assert set(_actors(text, "en")) == {"Veltro", "Kessel", "Credit Suisse"}


def it_gives_ministers_their_whole_portfolio_as_role() -> None:
    fr = _actors(
        "Bruno Le Maire, ministre de l'Économie, des Finances et de la Souveraineté industrielle "
        "et numérique, a bloqué la vente de Vexel. Selon la ministre des Armées et des Anciens "
        "combattants Florence Parly, Vexel est stratégique.",
        "fr",
    )
    assert fr["Bruno Le Maire"].role.endswith("Souveraineté industrielle et numérique")
    assert fr["Florence Parly"].role == "ministre des Armées et des Anciens combattants"


def it_reads_a_body_named_in_lower_case_after_its_country() -> None:
    en = _actors(
        "Beijing's commerce ministry said it firmly opposes the Dutch move. The Dutch "
        "government said it would act. Britain said it would intervene, and the UK's "
        "independent competition authority will prepare a report.",
        "en",
    )
    assert en["Beijing's commerce ministry"].country == "CN"
    assert en["UK’s independent competition authority".replace("’", "'")].country == "GB"
    assert "Dutch government" in en and "Britain" in en


def it_reads_a_french_body_named_with_its_nationality() -> None:
    fr = _actors(
        "Le ministère chinois du Commerce a annoncé des restrictions. L'autorité néerlandaise "
        "de la concurrence a ouvert une enquête. Le gouvernement français a réagi. La Chine a "
        "riposté.",
        "fr",
    )
    groups = {a.name: a for a in fr.values()}
    chinese = [a for a in fr.values() if a.country == "CN"]
    assert len(chinese) == 1 and "Commerce" in " ".join([chinese[0].name, *chinese[0].aliases])
    assert groups["autorité néerlandaise de la concurrence"].country == "NL"
    assert "gouvernement français" in groups and "Chine" in groups
