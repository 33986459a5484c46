"""Sentence patterns for risks that a list of cue words misses, by language.

Each entry is (regular expression, category, weight); a pattern counts once per
sentence. Every pattern has an invented sentence in tests/unit.
"""

from __future__ import annotations

import re

_V = r"(?:[\w'’-]+\s+){0,2}"  # up to two words between the verb and its object
_NAT_FR = (
    r"(?:américain|chinois|étrang[eè]r|russe|japonais|coréen|indien|saoudien|émirati|qatari|turc"
    r"|britannique|allemand|italien|espagnol|suisse|néerlandais|canadien|israélien|taïwanais)"
)
_NAT_EN = (
    r"(?:US|U\.S\.|American|Chinese|foreign|Russian|Japanese|Korean|Saudi|Emirati|Qatari|Turkish"
    r"|British|German|Dutch|Canadian|Israeli|Indian|Swiss|Taiwanese|French)"
)
# Sentence patterns that inflected cue words miss: (pattern, category, weight), by language.
_FR = (
    (
        r"\bd[ée]pend(?:ent|ait|aient|ra|ront|re|rait|raient)?\s+" + _V + r"(?:de|d['’]|du|des)\b",
        "technology",
        1.0,
    ),
    (
        r"\bcoup(?:er|era|erait|é|ée|és)\s+"
        + _V
        + r"(?:l['’]accès|l['’]approvisionnement|les livraisons|le robinet)",
        "technology",
        1.0,
    ),
    (
        r"\bsoumi(?:s|se|ses)\s+(?:au|aux|à la|à une)\s+(?:droit|lois?|législation|juridiction)"
        r"s?\s+(?:américaine?s?|étrang[eè]re?s?|chinoise?s?|extraterritoriale?s?)",
        "cloud-jurisdiction",
        1.0,
    ),
    (
        r"\b(?:sous|passer sous|tomber sous)\s+(?:le\s+)?contr[ôo]le\s+(?:de|d['’]|du|des)\b",
        "ownership",
        1.0,
    ),
    (
        r"\btourn(?:e|ent|ait|aient|era|eront)\s+"
        + _V
        + r"sur\s+(?:les\s+|le\s+|des\s+)?(?:serveurs|infrastructures?|cloud)\b",
        "cloud-jurisdiction",
        1.0,
    ),
    (
        r"\bsout(?:enir|ient|iennent|iendra|iendrait|enu|enue|enus)\b[^.;]{0,60}"
        r"\bà hauteur (?:de|d['’])",
        "regulatory",
        1.0,
    ),
    (
        r"\b(?:l['’]État|gouvernement|Bercy)\b[^.;]{0,80}\b"
        r"(?:financement|garanties?|prêts?|subventions?|aides?|recapitalis\w+)\b",
        "regulatory",
        1.0,
    ),
    (
        r"\bsans\s+(?:les|la|le|l['’]|ses|son|sa|leurs?)\s*[\w'’-]+\s+(?:de|d['’]|du|des)\b"
        r"[^.;]{0,60}\bne\s+(?:pourrait|pourraient|peut|peuvent|pourra|pourront)\b",
        "technology",
        2.0,
    ),
    (
        r"\bne\s+(?:peut|peuvent|pourra|pourront)\s+plus\s+(?:livrer|vendre|exporter|acheter"
        r"|utiliser|fournir)",
        "technology",
        1.0,
    ),
    (r"\bquitt\w*\b[^.;]{0,40}\bpour rejoindre\b", "talent", 1.0),
    (r"\b(?:que|dont)\s+seule?s?\s+(?-i:[A-Z])", "technology", 1.5),
    (
        r"\brepr[ée]sent\w*\b[^.;]{0,60}\b(?:ventes|chiffre d['’]affaires|revenus|commandes)\b",
        "partnership",
        1.5,
    ),
    (r"\b(?:refus|retir|r[ée]voqu|suspend|bloqu)\w*\b[^.;]{0,50}\blicences?\b", "technology", 1.0),
    (
        r"\bs['’]engag\w*\s+à\s+(?:utiliser|acheter|recourir|héberger|passer par|s['’]appuyer)",
        "partnership",
        1.5,
    ),
    (
        r"\bsans\s+(?:les|la|le|l['’]|ses|son|sa|leurs?)\s*[\w'’-]+\s+(?:de|d['’]|du|des)\b"
        r"[^.;]{0,80}\b(?:serai|resterai)\w*\s+(?:à l['’]arrêt|paralys\w*|bloqu\w*|impossibles?)",
        "technology",
        2.0,
    ),
    (
        r"\b(?:achète|achètent|achetait|tire|tirent|obtient|se fournit)\s+(?:la quasi-totalité"
        r"|la totalité|l['’]essentiel|la plupart|la majorité|l['’]ensemble)\s+(?:de|des|d['’])",
        "technology",
        1.5,
    ),
    (
        r"\bsi\b[^.;]{0,40}\b(?:cess|arr[êe]t|coup|suspend|bloqu)\w*\b[^.;]{0,40}\b(?:livr\w*"
        r"|fourni\w*|mises? à jour|licences?|accès|approvisionn\w*)",
        "technology",
        1.5,
    ),
    (  # "la reprise de X par le groupe américain Y", "sa cession à un fonds chinois"
        r"\b(?:reprise|rachat|acquisition|cession|vente|prise de contr[ôo]le)\s+(?:de|d['’]|du|des)"
        r"\b[^.;]{0,60}\b(?:par|à)\s+(?:le|la|l['’]|les|un|une|des)\s*(?:[\w'’-]+\s+){0,2}"
        + _NAT_FR,
        "ownership",
        2.0,
    ),
    (  # "la police utilise le logiciel de X depuis des années": a vendor's tool in use
        r"\butilis\w*\s+(?:le|la|les|l['’]|son|sa|ses|leurs?|un|une|des)\s*(?:[\w'’-]+\s+){0,2}"
        r"(?:logiciels?|plateformes?|outils?|technologies?|solutions?|cloud|services?)\s+"
        r"(?:de|d['’]|du|des)\s+(?-i:[A-Z])",
        "technology",
        1.0,
    ),
    (  # a share of world supply: "90 % du raffinage mondial"
        r"\b\d+(?:[.,]\d+)?\s?(?:%|pour ?cent)\s+(?:de la|du|des|de l['’])\s*(?:[\w'’-]+\s+){0,2}"
        r"(?:mondiale?s?|mondiaux|planétaires?)\b",
        "technology",
        1.5,
    ),
)
_EN = (
    (
        r"\b(?:depend|depends|depended|depending|relies|rely|relied|relying|reliant|dependent)"
        r"\s+(?:\w+ly\s+)?(?:up)?on\b",
        "technology",
        1.0,
    ),
    (r"\bcut(?:s|ting)?\s+" + _V + r"off\b|\bcut\s+off\b", "technology", 1.0),
    (
        r"\bsubject to\s+(?:the\s+)?(?:US|U\.S\.|American|Chinese|foreign)\s+"
        r"(?:law|laws|jurisdiction|legislation)",
        "cloud-jurisdiction",
        1.0,
    ),
    (
        r"\b(?:runs?|running|hosted|stored)\s+(?:\w+\s+)?on\s+(?:the\s+)?(?:\w+\s+){0,3}"
        r"(?:servers|cloud|infrastructure|software)\b",
        "cloud-jurisdiction",
        1.0,
    ),
    (
        r"\b(?:government|the state|taxpayers?)\b[^.;]{0,80}\b"
        r"(?:funding|guarantees?|loans?|subsid\w+|bail\w*|rescue\w*|recapitali[sz]\w+)\b",
        "regulatory",
        1.0,
    ),
    (
        r"\bwithout\b[^.;]{0,50}\b(?:cannot|can't|could not|couldn't|would not be able)\b"
        r"|\b(?:cannot|can't|could not|couldn't|can no longer)\b[^.;]{0,50}\bwithout\b",
        "technology",
        2.0,
    ),
    (r"\bleft\b[^.;]{0,30}\bto join\b", "talent", 1.0),
    (r"\b(?:that|which)\s+only\s+(?-i:[A-Z])", "technology", 1.5),
    (r"\b(?:under|into)\s+(?:the\s+)?(?:control|ownership)\s+of\b", "ownership", 1.0),
    (
        r"\baccount(?:s|ed)? for\b[^.;]{0,60}\b(?:sales|revenue|revenues|turnover|orders)\b"
        r"|\b(?:half|third|quarter|\d+ ?%|\d+ per ?cent) of (?:its |their )?(?:\w+ )?"
        r"(?:sales|revenue|revenues|turnover)\b",
        "partnership",
        1.5,
    ),
    (
        r"\b(?:den(?:y|ied|ies)|refus\w*|revok\w*|withdr\w*|suspend\w*)\b[^.;]{0,50}\blicen[cs]es?\b",
        "technology",
        1.0,
    ),
    (
        r"\bcommit(?:s|ted|ting)?\s+to\s+(?:using|use|buying|buy|running|run|spending|spend)\b",
        "partnership",
        1.5,
    ),
    (
        r"\b(?:buys?|bought|buying|sources?|sourced|gets?|obtains?)\s+(?:all|most|nearly all"
        r"|almost all|the bulk|much)\s+of\s+(?:its|their)\b",
        "technology",
        1.5,
    ),
    (
        r"\bif\b[^.;]{0,40}\b(?:stop|halt|cut|suspend|withdr[ae]w|block)\w*\b[^.;]{0,40}"
        r"\b(?:suppl\w*|ship\w*|deliver\w*|updates|support|licen[cs]es?|access)\b",
        "technology",
        1.5,
    ),
    (  # "the takeover of X by the US group Y", "its sale to a Chinese fund"
        r"\b(?:takeover|acquisition|purchase|sale|buyout)\s+of\b[^.;]{0,60}\b(?:by|to)\s+"
        r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}" + _NAT_EN + r"\b",
        "ownership",
        2.0,
    ),
    (  # "police forces have been using a version of this tool", "used the company's software"
        r"\bus(?:e|es|ed|ing)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,4}"
        r"(?:software|platform|tool|technology|cloud|services)\b",
        "technology",
        1.0,
    ),
    (  # a share of world supply: "handles 90 per cent of global refining"
        r"\b\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)\s+of\s+(?:the\s+)?"
        r"(?:world|world's|global|worldwide)\b",
        "technology",
        1.5,
    ),
)
PATTERNS = {
    lang: tuple((re.compile(p, re.IGNORECASE), cat, w) for p, cat, w in table)
    for lang, table in (("fr", _FR), ("en", _EN))
}
