"""What a saved web page says about itself: meta tags, JSON-LD, canonical link, lang."""

from __future__ import annotations

import json

from briefing_app.formats.readers.base import collapse_spaces, normalise_date


def page_metadata(root) -> dict[str, str]:
    """Title, date, author, publisher, canonical URL and language declared by the page."""
    meta: dict[str, str] = {}
    props: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in props:
            props[key] = value
    ld = _json_ld(root)

    def first(*values: str) -> str:
        return next((collapse_spaces(v) for v in values if v and v.strip()), "")

    title_el = root.find(".//title")
    meta["title"] = first(
        props.get("og:title", ""),
        props.get("twitter:title", ""),
        ld.get("headline", ""),
        props.get("dc.title", ""),
        title_el.text_content() if title_el is not None else "",
    )
    time_el = root.find(".//time[@datetime]")
    meta["published"] = normalise_date(
        first(
            props.get("article:published_time", ""),
            ld.get("datePublished", ""),
            props.get("datepublished", ""),
            props.get("date", ""),
            props.get("dc.date", ""),
            props.get("dcterms.created", ""),
            props.get("pubdate", ""),
            props.get("publish-date", ""),
            props.get("sailthru.date", ""),
            time_el.get("datetime", "") if time_el is not None else "",
        )
    )
    author = props.get("author", "") or ld.get("author", "")
    if not author or author.startswith("http"):
        author = first(ld.get("author", ""), _byline(root))
    meta["author"] = first(author)
    meta["publisher"] = first(
        props.get("og:site_name", ""), ld.get("publisher", ""), props.get("publisher", "")
    )
    canonical = next(
        (
            el.get("href", "")
            for el in root.iter("link")
            if "canonical" in (el.get("rel") or "").lower().split()
        ),
        "",
    )
    meta["url"] = first(canonical, props.get("og:url", ""), ld.get("url", ""))
    lang = (root.get("lang") or props.get("og:locale", "") or props.get("language", "")).lower()
    meta["language"] = lang[:2] if lang[:2] in ("fr", "en") else ""
    return meta


def _json_ld(root) -> dict[str, str]:
    """headline, datePublished, author, publisher and url of a JSON-LD news article."""
    out: dict[str, str] = {}
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type", "")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(str(k).endswith(("Article", "Posting", "Report")) for k in kinds):
                continue
            for key in ("headline", "datePublished", "url"):
                if isinstance(obj.get(key), str) and key not in out:
                    out[key] = obj[key]
            for key in ("author", "publisher"):
                name = _ld_name(obj.get(key))
                if name and key not in out:
                    out[key] = name
    return out


def _ld_objects(data, depth: int = 0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)


def _ld_name(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get("name", "") if isinstance(value.get("name"), str) else ""
    if isinstance(value, list):
        return ", ".join(n for n in (_ld_name(v) for v in value) if n)
    return ""


def _byline(root) -> str:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("rel") == "author" or "author" in (el.get("itemprop") or ""):
            text = collapse_spaces(el.text_content())
            if 0 < len(text) < 80:
                return text
    return ""


def clean_title(title: str, h1: str, publisher: str) -> str:
    """Drop a site name appended to the page title ("Headline - Le Monde")."""
    if h1 and (not title or h1 in title):
        return h1
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if publisher and publisher.lower() in tail.lower() or len(tail) < len(head) / 2:
                return head.strip()
    return title
