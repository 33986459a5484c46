"""Lexicons of the draft assistant: YAML word lists, loaded once and cached.

The lists live in ``resources/lexicons`` (``common.yaml`` plus one file per
language); an analyst's extra words (a watch-list, cue words) are merged on top.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from briefing_app.errors import BriefingError
from briefing_app.paths import resource

LANGUAGES = ("fr", "en")
_ARTICLES = {"le", "la", "les", "l'", "the"}
_NOT_VERBS = {"selon", "statement", "deal", "agreement", "acquisition", "rachat", "creation"}
_NOT_VERBS |= {"communique", "partner", "partners", "launch", "sign", "buy", "sell", "invest"}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}(?![A-Za-z])|(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['\u2019](?=\w)|['\u2019]s\b"
    r"|\w+(?:[-.&/]\w+)*|[^\w\s]",
    re.IGNORECASE,
)


class LexiconError(BriefingError):
    """A lexicon file cannot be read; the message names it."""


@functools.lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Comparison key: no accents, case-folded, straight apostrophes, no dots."""
    if text.isascii():
        return text.casefold().replace(".", "").replace("`", "'")
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace(".", "")


def split_words(text: str) -> list[str]:
    """The tokens of a text, as the assistant cuts them (see segment.tokenize)."""
    return [m.group(0) for m in _TOKEN.finditer(text)]


def phrase_key(text: str) -> tuple[str, ...]:
    """A phrase as a tuple of folded tokens (empty tokens dropped)."""
    return tuple(k for k in (fold(w) for w in split_words(text)) if k)


class PhraseIndex:
    """Find tagged multi-word phrases in a token sequence, longest match first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, object]]] = {}

    def add(self, phrase: str, tag: str, value: object = None) -> None:
        """Index ``phrase`` under ``tag`` (``value`` is returned with each match)."""
        key = phrase_key(phrase)
        if not key:
            return
        bucket = self._by_first.setdefault(key[0], [])
        bucket.append((key, tag, value))
        bucket.sort(key=lambda entry: -len(entry[0]))

    def add_all(self, phrases: Iterable[str], tag: str, value: object = None) -> None:
        """Index every phrase of ``phrases`` under ``tag``."""
        for phrase in phrases:
            self.add(str(phrase), tag, value)

    def matches(self, keys: list[str], tags: frozenset[str] | None = None):
        """Yield (start, end, tag, value) for every phrase found in ``keys``."""
        by_first = self._by_first
        n = len(keys)
        for i, key in enumerate(keys):
            bucket = by_first.get(key)
            if not bucket:
                continue
            seen_tags: set[str] = set()
            for phrase, tag, value in bucket:
                if tag in seen_tags or (tags is not None and tag not in tags):
                    continue
                size = len(phrase)
                if i + size <= n and tuple(keys[i : i + size]) == phrase:
                    seen_tags.add(tag)
                    yield i, i + size, tag, value


@dataclass
class Lexicon:
    """Everything the rules consult for one language."""

    lang: str
    data: dict
    phrases: PhraseIndex = field(default_factory=PhraseIndex)
    places: set[tuple[str, ...]] = field(default_factory=set)
    skip_names: set[tuple[str, ...]] = field(default_factory=set)
    media: set[tuple[str, ...]] = field(default_factory=set)
    demonyms: dict[str, str] = field(default_factory=dict)
    first_names: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    function_words: set[str] = field(default_factory=set)
    org_words: dict[str, str] = field(default_factory=dict)
    known: dict[tuple[str, ...], str] = field(default_factory=dict)
    known_country: dict[tuple[str, ...], str] = field(default_factory=dict)
    titles: set[tuple[str, ...]] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)
    descriptor_heads: dict[tuple[str, ...], str] = field(default_factory=dict)
    weak_descriptors: set[tuple[str, ...]] = field(default_factory=set)
    risk_titles: dict[str, str] = field(default_factory=dict)
    verbs: set[str] = field(default_factory=set)
    speech_verbs: set[str] = field(default_factory=set)  # reporting and announcing only
    portfolios: set[tuple[str, ...]] = field(default_factory=set)
    institution_heads: set[str] = field(default_factory=set)
    place_nouns: set[str] = field(default_factory=set)
    title_last: set[str] = field(default_factory=set)
    leader_titles: set[tuple[str, ...]] = field(default_factory=set)
    equivalents: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    acting: set[str] = field(default_factory=set)  # verbs after which a country acts
    regions: set[tuple[str, ...]] = field(default_factory=set)  # places with no government
    product_nouns: set[str] = field(default_factory=set)  # "the X chip", "le modèle X"
    decision_makers: set[str] = field(default_factory=set)  # "the court", "le tribunal"
    party_nouns: set[str] = field(default_factory=set)  # "sa filiale X": X is an actor
    place_codes: dict[tuple[str, ...], str] = field(default_factory=dict)  # "Berlin" -> "DE"
    saying: set[str] = field(default_factory=set)  # one-word reporting verbs: "estime-t-il"

    def words(self, key: str) -> list[str]:
        """A plain list from the lexicon (empty when absent)."""
        return [str(w) for w in self.data.get(key) or []]


def _read(name: str) -> dict:
    import yaml  # imported here: loading the assistant must not slow start-up

    path = resource("lexicons", name)
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise LexiconError(f"Cannot read the lexicon {path}: {exc.strerror or exc}.") from None
    except yaml.YAMLError as exc:
        raise LexiconError(f"The lexicon {path} is not valid YAML: {exc}.") from None
    if not isinstance(data, dict):
        raise LexiconError(f"The lexicon {path} does not hold a mapping of word lists.")
    return data


def _merge(base: dict, extra: Mapping) -> dict:
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            out[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list | tuple | set):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


@functools.lru_cache(maxsize=4)
def _raw(lang: str) -> dict:
    return _merge(_read("common.yaml"), _read(f"{lang}.yaml"))


def load(lang: str, extra: Mapping | None = None) -> Lexicon:
    """The lexicon for ``lang`` ("fr" or "en"), with ``extra`` lists merged in."""
    lang = lang if lang in LANGUAGES else "fr"
    if not extra:
        return _compiled(lang)
    return _compile(lang, _merge(_raw(lang), extra))


@functools.lru_cache(maxsize=4)
def _compiled(lang: str) -> Lexicon:
    return _compile(lang, _raw(lang))


def _compile(lang: str, data: dict) -> Lexicon:
    data = _with_extra_verbs(data)
    lex = Lexicon(lang=lang, data=data)
    lex.places = {phrase_key(p) for p in lex.words("places")}
    for key in ("not_actors", "dates", "events"):
        lex.skip_names |= {phrase_key(p) for p in lex.words(key)}
    lex.portfolios = {phrase_key(p) for p in lex.words("portfolios")}
    lex.institution_heads = {fold(w) for w in lex.words("institution_heads")}
    lex.place_nouns = {fold(w) for w in lex.words("place_nouns")}
    lex.leader_titles = {phrase_key(t) for t in lex.words("leadership_titles")}
    lex.equivalents = [
        (phrase_key(a), phrase_key(b)) for a, b in (data.get("equivalents") or {}).items()
    ]
    lex.media = {phrase_key(p) for p in lex.words("media")}
    lex.demonyms = {fold(k): str(v or "") for k, v in (data.get("demonyms") or {}).items()}
    lex.first_names = {fold(n) for n in lex.words("first_names")}
    lex.first_names |= {fold(n) for n in lex.words("family_names_first")}
    lex.regions = {phrase_key(r) for r in lex.words("regions")}
    lex.honorifics = {fold(h) for h in lex.words("honorifics")}
    lex.function_words = {fold(w) for w in lex.words("function_words")}
    for kind in ("company", "organisation", "government", "investor"):
        for word in (data.get("org_words") or {}).get(kind) or []:
            lex.org_words[fold(str(word))] = kind
    for name, value in (data.get("known_actors") or {}).items():
        kind, country = (value + ["", ""])[:2] if isinstance(value, list) else (value, "")
        if kind:
            lex.known[phrase_key(name)] = str(kind)
        if country:
            lex.known_country[phrase_key(name)] = str(country)
    lex.titles = {phrase_key(t) for t in lex.words("titles")}
    lex.title_words = {k[0] for k in lex.titles if len(k) == 1}
    lex.title_last = {k[-1] for k in lex.titles}
    for kind, heads in (data.get("descriptors") or {}).items():
        for head in heads or []:
            lex.descriptor_heads[phrase_key(str(head))] = kind
    lex.weak_descriptors = {phrase_key(w) for w in lex.words("weak_descriptors")}
    for key in ("reporting", "announcement", "opinion_verbs", "forecast_words"):
        lex.verbs |= {k[0] for k in map(phrase_key, lex.words(key)) if k}
    for key in ("reporting", "announcement"):
        lex.speech_verbs |= {k[0] for k in map(phrase_key, lex.words(key)) if len(k) == 1}
    lex.speech_verbs -= _NOT_VERBS
    lex.risk_titles = {str(k): str(v) for k, v in (data.get("risk_titles") or {}).items()}

    index = lex.phrases
    for tag in ("reporting", "opinion_verbs", "forecast_words", "announcement", "figure_words"):
        index.add_all(lex.words(tag), tag)
    index.add_all(lex.words("titles"), "title")
    for key in ("media", "events", "not_actors", "dates"):
        for phrase in lex.words(key):
            index.add(phrase, "block")
            words = phrase.split()
            if key == "media" and len(words) > 1 and fold(words[0]) in _ARTICLES:
                index.add(" ".join(words[1:]), "block")
                lex.media.add(phrase_key(" ".join(words[1:])))
    index.add_all(lex.words("titles"), "leader_title")
    for category, cues in (data.get("risk_cues") or {}).items():
        for cue, weight in (cues or {}).items():
            index.add(str(cue), "risk", (str(category), float(weight)))
    for kind, cues in (data.get("relation_cues") or {}).items():
        index.add_all(cues or [], "relation", str(kind))
    _compile_context_lists(lex, data)
    return lex


def _with_extra_verbs(data: dict) -> dict:
    """ "reporting_news" and "decisions" are read as "reporting" and "announcement"."""
    data = dict(data)
    for extra, key in (("reporting_news", "reporting"), ("decisions", "announcement")):
        if data.get(extra):
            data[key] = list(data.get(key) or []) + [w for w in data[extra] if w is not None]
    return data


def _compile_context_lists(lex: Lexicon, data: dict) -> None:
    """The lists of the actor and claim rules that look at a name's context."""
    for key in ("reporting", "announcement", "opinion_verbs", "acting_verbs"):
        lex.acting |= {k[0] for k in map(phrase_key, lex.words(key)) if k}
    lex.product_nouns = {fold(w) for w in lex.words("product_nouns")}
    lex.decision_makers = {fold(w) for w in lex.words("decision_makers")}
    lex.party_nouns = {fold(w) for w in lex.words("party_nouns")}
    for key in ("reporting", "opinion_verbs"):
        lex.saying |= {k[0] for k in map(phrase_key, lex.words(key)) if len(k) == 1}
    for code, names in (data.get("place_countries") or {}).items():
        for name in names or []:
            lex.place_codes.setdefault(phrase_key(str(name)), str(code))
    lex.phrases.add_all(lex.words("no_comment"), "no_comment")
