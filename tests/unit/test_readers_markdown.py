"""Markdown articles: headings and paragraphs, markup stripped."""

from __future__ import annotations

from briefing_app.domain.article import split_paragraphs
from briefing_app.formats.articles import read_article_bytes

MD = """---
title: "Nouvelle usine : le chantier démarre"
date: 2025-06-03
author: Luc Besson-Morel
---
# Nouvelle usine à *Dunkerque*

Le constructeur a confirmé **lundi** la construction d'une [usine de batteries](https://x.example)
près du port, avec `1 200` emplois promis et ![une photo](usine.png) un financement public.

## Les syndicats prudents

- Les syndicats saluent l'annonce ;
- ils demandent des garanties.

> « Nous attendons des engagements écrits », a dit une représentante.

<!-- note de l'auteur, invisible -->

| Site | Emplois |
|------|---------|
| Dunkerque | 1 200 |
"""


def it_strips_markdown_markup_and_flags_headings():
    doc = read_article_bytes(MD.encode("utf-8"), "usine.md")
    paragraphs = split_paragraphs(doc.text, doc.headings)
    assert [p.text for p in paragraphs] == [
        "Nouvelle usine à Dunkerque",
        "Le constructeur a confirmé lundi la construction d'une usine de batteries près du port,"
        " avec 1 200 emplois promis et un financement public.",
        "Les syndicats prudents",
        "Les syndicats saluent l'annonce ;",
        "ils demandent des garanties.",
        "« Nous attendons des engagements écrits », a dit une représentante.",
        "Site | Emplois",
        "Dunkerque | 1 200",
    ]
    assert [p.index for p in paragraphs if p.heading] == [0, 2]
    assert (doc.title, doc.published, doc.author) == (
        "Nouvelle usine : le chantier démarre",
        "2025-06-03",
        "Luc Besson-Morel",
    )
    assert doc.language == "fr"


def it_guesses_the_title_from_the_first_heading_without_front_matter():
    doc = read_article_bytes(MD.split("---\n", 2)[2].encode("cp1252"), "usine.md")
    assert doc.title == "Nouvelle usine à Dunkerque"
    assert doc.encoding == "cp1252"
    assert doc.published == ""
