"""Saved web pages: the article's main text and its metadata, nothing fetched.

Boilerplate (scripts, styles, comments, navigation, cookie banners, share
widgets, related links) is removed, the element holding most of the article's
paragraphs is chosen, and its headings and paragraphs become canonical blocks.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from briefing_app.formats.readers.base import (
    ArticleDocument,
    ArticleError,
    Block,
    build_document,
    collapse_spaces,
)
from briefing_app.formats.readers.html_meta import clean_title, page_metadata
from briefing_app.formats.readers.text import looks_binary

_DROP_TAGS = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "form", "button", "input", "select", "textarea", "label",
    "nav", "aside", "menu", "dialog", "figure", "picture", "img", "map", "head",
}  # fmt: skip
_PAGE_CHROME = {"header", "footer"}  # dropped unless inside the article itself
_ALWAYS_CHROME = re.compile(
    r"(?:^|[-_ ])(?:cookies?|consent|gdpr|rgpd|cmp|didomi|onetrust|tarteaucitron|share|sharing|"
    r"partage|social|newsletter|outbrain|taboola|popup|modal|breadcrumbs?|fil-ariane|"
    r"sr-only|visually-hidden|skip-link|comments?|commentaires|related|recommended|"
    r"recirculation|most-read|trending)(?:$|[-_ ])",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"(?:^|[-_ ])(?:subscribe|abonnement|recommend|ads?|advert\w*|pub|publicite|sponsor\w*|"
    r"promo|banner|sidebar|overlay|toolbar|skip|print-only|tags?|author-bio|read-?more|paywall|"
    r"lire-aussi|footer|navbar|nav|menu|masthead)(?:$|[-_ ])",
    re.IGNORECASE,
)
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog",
                      "alertdialog", "search", "menu", "menubar", "toolbar"}  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
    "pre", "table", "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "address", "center", "details", "summary", "body", "header", "footer",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_PROTECTED = {"html", "body", "article", "main"}
_AD_LABELS = {"Publicité", "Advertisement", "Advertising", "Sponsored", "Annonce", "Pub",
              "Contenu sponsorisé", "Sponsorisé", "PUBLICITÉ", "ADVERTISEMENT"}  # fmt: skip
_SPACES = re.compile(r"[ \t\r\n\f]+")
_READ_ALSO = re.compile(
    r"^\s*(?:[àa] lire (?:aussi|également)|lire (?:aussi|également|la suite)|voir aussi|"
    r"read (?:more|also|next)|see also|related|sur le même sujet)\b",
    re.IGNORECASE,
)


def read(data: bytes, name: str) -> ArticleDocument:
    """A saved web page (.html, .htm)."""
    text, encoding = _decode(data, name)
    try:
        # huge_tree: pages nested deeper than libxml2's default limit (256) keep their text.
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError) as exc:
        raise ArticleError(f"{name} is not a readable web page ({exc}).") from None
    meta = page_metadata(root)
    _strip_boilerplate(root)
    body = root.find("body")
    if body is None:
        body = root
    container = _main_container(body)
    blocks = _with_title_region(container, body.find(".//h1"))
    blocks = [b for b in blocks if b.text.strip()]
    heading_texts = {collapse_spaces(b.text) for b in blocks if b.heading}
    h1 = _first_h1(body)
    title = clean_title(meta.get("title", ""), h1, meta.get("publisher", ""))
    lead_title = h1 or title
    if lead_title and collapse_spaces(lead_title) not in heading_texts:
        blocks.insert(0, Block(lead_title, heading=True))
    if not any(not b.heading for b in blocks):
        raise ArticleError(f"{name} has no article text to read (no paragraphs found).")
    return build_document(
        blocks,
        name,
        title=title,
        published=meta.get("published", ""),
        author=meta.get("author", ""),
        publisher=meta.get("publisher", ""),
        url=meta.get("url", ""),
        language=meta.get("language", ""),
        encoding=encoding,
    )


_NOT_TEXT = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object",
             "embed", "canvas", "head", "button", "input", "select", "textarea"}  # fmt: skip


def read_fragment(html: str, name: str = "clipboard") -> ArticleDocument:
    """HTML copied from a browser: all its visible text, as the analyst selected it."""
    try:
        root = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError) as exc:
        raise ArticleError(f"{name} holds no readable HTML ({exc}).") from None
    for el in [e for e in root.iter() if not isinstance(e.tag, str) or e.tag in _NOT_TEXT]:
        _remove(el)
    body = root.find("body")
    blocks = [b for b in _blocks(body if body is not None else root) if b.text.strip()]
    if not blocks:
        raise ArticleError(f"{name} holds no text.")
    return build_document(blocks, name)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode by BOM, then strict UTF-8, then the page's declared charset, then cp1252."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff"), codec
    if looks_binary(data):
        raise ArticleError(f"{name} is a binary file, not a web page.")
    if not data.isascii():
        try:  # valid UTF-8 with accents is UTF-8, whatever an old <meta> declares
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    declared = _META_CHARSET.search(data[:8192])
    candidates = ["utf-8", "cp1252"]
    if declared:
        label = declared.group(1).decode("ascii").lower()
        label = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}.get(label, label)
        candidates.insert(0, label)
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1"), "latin-1"


def _first_h1(body) -> str:
    h1 = body.find(".//h1")
    return collapse_spaces(h1.text_content()) if h1 is not None else ""


# ---------------------------------------------------------------- boilerplate


def _is_boilerplate(el) -> bool:
    if el.tag in _DROP_TAGS:
        return True
    if el.tag == "div" and el.get("title") in ("header", "footer"):  # LibreOffice's export
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if (el.get("role") or "").lower() in _BOILERPLATE_ROLES:
        return True
    if el.tag in _PROTECTED:
        return False
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(marks.strip()) and bool(_BOILERPLATE.search(marks) or _ALWAYS_CHROME.search(marks))


def _strip_boilerplate(root) -> None:
    doomed = []
    total = None
    for el in root.iter():
        if not isinstance(el.tag, str):  # comments and processing instructions
            doomed.append(el)
        elif el.tag in _PAGE_CHROME and not _inside(el, ("article", "main")):
            doomed.append(el)
        elif _is_boilerplate(el):
            marks = f"{el.get('class') or ''} {el.get('id') or ''}"
            if el.tag not in _DROP_TAGS and not _ALWAYS_CHROME.search(marks):
                # A class such as "has-sidebar" on the article's own wrapper must not lose it.
                total = _paragraph_chars(root) if total is None else total
                if _paragraph_chars(el) > 0.5 * total:
                    continue
            doomed.append(el)
    for el in doomed:
        _remove(el)


def _inside(el, tags: tuple[str, ...]) -> bool:
    return any(a.tag in tags for a in el.iterancestors())


def _remove(el) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


# ---------------------------------------------------------------- main text


def _text_len(el) -> int:
    """Characters of text under ``el``, white space aside."""
    return sum(map(len, el.text_content().split()))


def _link_density(el) -> float:
    total = _text_len(el)
    if not total:
        return 1.0
    return sum(_text_len(a) for a in el.iter("a")) / total


def _main_container(body):
    """The element holding most of the article's paragraph text."""
    articles = [
        el
        for el in body.iter("article", "main")
        if _text_len(el) > 200 or el.get("itemprop") == "articleBody"
    ]
    body_marked = [el for el in body.iter() if el.get("itemprop") == "articleBody"]
    if body_marked:
        return max(body_marked, key=_text_len)
    if articles:
        best = max(articles, key=_paragraph_chars)
        if _paragraph_chars(best) > 0.4 * _paragraph_chars(body):
            return best
    scores: dict = {}
    for p in _paragraph_elements(body):
        n = _text_len(p)
        if n < 25:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + n
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + n / 2
    if not scores:
        return body
    best = max(scores, key=lambda el: scores[el] * (1 - _link_density(el)))
    # Climb while the parent holds substantially more paragraph text (split article bodies).
    while best.getparent() is not None and best.tag != "body":
        parent = best.getparent()
        if _paragraph_chars(parent) > 1.3 * _paragraph_chars(best):
            best = parent
        else:
            break
    return best


def _paragraph_chars(el) -> int:
    return sum(_text_len(p) for p in _paragraph_elements(el) if _link_density(p) < 0.8)


def _paragraph_elements(root):
    """<p>, <pre> and <blockquote>, and <div>s used as paragraphs (text, no block children)."""
    for el in root.iter("p", "pre", "blockquote", "div"):
        if el.tag != "div":
            yield el
        elif (el.text or "").strip() and not any(
            isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el
        ):
            yield el


def _blocks(root, start=None, stop=None) -> list[Block]:
    """Headings and paragraphs under ``root`` in document order, from ``start`` to ``stop``.

    Iterative (lxml iterwalk), so that no page is too deep for Python's recursion limit.
    """
    blocks: list[Block] = []
    parts: list[str] = []
    on = start is None

    def add(text: str) -> None:
        if on:
            parts.append(text)

    def flush(heading: bool = False) -> None:
        text = "".join(parts)
        parts.clear()
        for para in re.split(r"\n[ \t]*\n", text):
            if para.strip() and collapse_spaces(para) not in _AD_LABELS:
                blocks.append(Block(_join_lines(para), heading))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if el is start:
                on = True
            previous = el.getprevious() if el is not root else None
            if previous is not None and not (previous.tail or "").strip() and on:
                _separate(parts, el)
            if tag in _HEADINGS:
                flush()
                add(el.text_content())
                flush(heading=True)
                walker.skip_subtree()
            elif tag in _BLOCK_TAGS and el is not root and (_is_link_list(el) or _is_read_also(el)):
                flush()
                walker.skip_subtree()
            elif tag == "pre":
                flush()
                add(el.text_content())
                flush()
                walker.skip_subtree()
            elif tag == "br":
                add("\n")
            else:
                if tag in _BLOCK_TAGS:
                    flush()
                if tag in ("td", "th"):
                    add(" ")
                if el.text:
                    add(_SPACES.sub(" ", el.text))
            continue
        if tag in _BLOCK_TAGS:
            flush()
        if el is stop:
            break
        if el is not root and el.tail:
            add(_SPACES.sub(" ", el.tail))
    flush()
    return blocks


def _separate(parts: list[str], element) -> None:
    """A space between two adjacent elements such as "<span>Author</span><span>Date</span>"."""
    if not parts or not parts[-1] or parts[-1][-1].isspace():
        return
    following = element.text_content().lstrip() if isinstance(element.tag, str) else ""
    if following[:1].isupper() and parts[-1][-1].isalnum():
        parts.append(" ")


def _with_title_region(container, h1) -> list[Block]:
    """The container's blocks, starting at the page's <h1> when it stands just before them.

    News pages often put the headline, standfirst and byline in a header beside the
    article body; they are taken when they add little text (not a whole page).
    """
    inner = _blocks(container)
    if h1 is None or any(a is container for a in h1.iterancestors()):
        return inner
    ancestor = next((a for a in h1.iterancestors() if container in a.iterdescendants()), None)
    if ancestor is None:
        return inner
    region = _blocks(ancestor, start=h1, stop=container)
    extra = sum(len(b.text) for b in region) - sum(len(b.text) for b in inner)
    if region and region[0].heading and 0 <= extra <= 1500:
        return region
    return inner


def _join_lines(text: str) -> str:
    lines = [collapse_spaces(line) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _is_read_also(el) -> bool:
    """A "Lire aussi : <link>" teaser inside the article body."""
    if el.find(".//a") is None:
        return False
    text = collapse_spaces(el.text_content())
    return len(text) < 300 and bool(_READ_ALSO.match(text))


def _is_link_list(el) -> bool:
    """A list or short block made almost only of links: menus, tags, "read also"."""
    text = _text_len(el)
    if text == 0 or el.find(".//a") is None:
        return False
    if el.tag in ("ul", "ol"):
        return _link_density(el) > 0.7
    return text < 200 and _link_density(el) > 0.9 and el.find(".//p") is None
