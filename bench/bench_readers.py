"""Time the article readers on a ~1 MB article in each format, and anchor re-attachment.

Run from the repository root: ``python bench/bench_readers.py [--size 1000000] [--no-pdf]``.
The PDF is made by LibreOffice (``soffice``) when it is installed; its conversion
time is printed apart and not counted. Nothing is asserted: figures are printed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing_app.domain.anchors import make_anchor  # noqa: E402
from briefing_app.domain.model import Claim, Note, Source  # noqa: E402
from briefing_app.domain.reattach import reattach, replace_source_text  # noqa: E402
from briefing_app.formats.articles import read_article  # noqa: E402

SENTENCES = [
    "Le groupe a annoncé un partenariat stratégique avec une jeune pousse spécialisée.",
    "Selon son directeur général, « l’accord nous donne un accès privilégié aux modèles ».",
    "L'investissement atteint 200 millions d'euros sur cinq ans, d'après les deux entreprises.",
    "Les analystes s'interrogent sur l'indépendance de la start-up face aux géants américains.",
    "Le ministère de l'Économie n'a pas souhaité commenter l'opération, dit-on à Bercy.",
    "Les syndicats réclament des garanties sur l'emploi dans les usines françaises 🚀.",
    "Un rapport de la Cour des comptes relève des fragilités dans la gouvernance du projet.",
    "La Commission européenne examinera la transaction au titre du contrôle des concentrations.",
]


def make_paragraphs(size: int, seed: int = 1) -> list[tuple[str, bool]]:
    """(text, is_heading) pairs totalling about ``size`` characters."""
    rng = random.Random(seed)
    out: list[tuple[str, bool]] = [("Dossier : l'énergie et l'intelligence artificielle", True)]
    total = 0
    n = 0
    while total < size:
        n += 1
        if n % 12 == 0:
            text, heading = f"Partie {n // 12} : les suites de l'accord", True
        else:
            text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 7)))
            text = f"({n}) {text}"
            heading = False
        out.append((text, heading))
        total += len(text) + 2
    return out


def write_txt(paras, path: Path) -> None:
    path.write_text("\n\n".join(t for t, _ in paras), encoding="utf-8")


def write_md(paras, path: Path) -> None:
    path.write_text(
        "\n\n".join(
            f"## {t}" if h else t.replace("partenariat", "**partenariat**") for t, h in paras
        ),
        encoding="utf-8",
    )


def write_html(paras, path: Path) -> None:
    body = "\n".join(f"<h2>{t}</h2>" if h else f"<p>{t}</p>" for t, h in paras)
    chrome = '<nav><a href="/">Accueil</a></nav><div class="cookie-banner"><p>Cookies ?</p></div>'
    path.write_text(
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Dossier</title>"
        f"<script>var x=1;</script></head><body>{chrome}<main><article>{body}</article></main>"
        "<footer><p>Mentions légales</p></footer></body></html>",
        encoding="utf-8",
    )


def write_docx(paras, path: Path) -> None:
    import docx

    d = docx.Document()
    for text, heading in paras:
        if heading:
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.save(path)


def write_pdf(docx_path: Path, path: Path) -> float | None:
    if not shutil.which("soffice"):
        return None
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
            check=True, capture_output=True, timeout=1200,
        )  # fmt: skip
        shutil.move(Path(tmp) / (docx_path.stem + ".pdf"), path)
    return time.perf_counter() - start


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def bench_readers(size: int, with_pdf: bool) -> str:
    paras = make_paragraphs(size)
    tmp = Path(tempfile.mkdtemp(prefix="bench-readers-"))
    files = {}
    for ext, writer in (("txt", write_txt), ("md", write_md), ("html", write_html),
                        ("docx", write_docx)):  # fmt: skip
        files[ext] = tmp / f"article.{ext}"
        writer(paras, files[ext])
    if with_pdf:
        made = write_pdf(files["docx"], tmp / "article.pdf")
        if made is None:
            print("pdf: soffice not found, skipped")
        else:
            files["pdf"] = tmp / "article.pdf"
            print(f"pdf: made by LibreOffice in {made:.1f} s (not counted)")
    print(
        f"{'format':6} {'file size':>10} {'text (code points)':>19} {'paragraphs':>10} {'time':>8}"
    )
    text = ""
    for ext, path in files.items():
        doc, seconds = timed(read_article, path)
        count = doc.text.count("\n\n") + 1
        print(f"{ext:6} {path.stat().st_size / 1e6:8.2f} MB {len(doc.text):19,} {count:10,} "
              f"{seconds:7.2f}s")  # fmt: skip
        if ext == "txt":
            text = doc.text
    shutil.rmtree(tmp, ignore_errors=True)
    return text


def bench_reattach(text: str, count: int = 2000) -> None:
    rng = random.Random(7)
    anchors = []
    for _ in range(count):
        start = rng.randrange(0, len(text) - 200)
        anchors.append(make_anchor("s1", text, start, start + rng.randint(15, 160)))
    # One edit near the start shifts every anchor after it.
    edited = text[:500] + "Un paragraphe ajouté en tête de l'article.\n\n" + text[500:]
    claims = [Claim(id=f"c{i}", evidence=[a]) for i, a in enumerate(anchors)]
    note = Note(sources=[Source(id="s1", text=text)], claims=claims)
    orphans, seconds = timed(replace_source_text, note, "s1", edited)
    print(f"re-attach {count:,} anchors after one insertion: {seconds:.3f} s "
          f"({len(orphans)} orphaned)")  # fmt: skip

    # Many scattered edits: every 40th sentence reworded, quotes re-typed; no single-edit hint.
    revised = text.replace("l'indépendance", "l’indépendance").replace(
        "200 millions", "210 millions"
    )
    revised = "Chapeau ajouté.\n\n" + revised
    start = time.perf_counter()
    placed = [reattach(a, revised) for a in anchors]
    seconds = time.perf_counter() - start
    lost = sum(a.orphaned for a in placed)
    moved = sum(revised[a.start : a.end] == a.exact for a in placed if not a.orphaned)
    print(f"re-attach {count:,} anchors after scattered edits (no hint): {seconds:.3f} s "
          f"({moved:,} placed, {lost} orphaned)")  # fmt: skip

    # The same article re-imported from another format: every apostrophe re-typed.
    retyped = "Intro.\n\n" + text.replace("'", "’").replace(" :", "\u00a0:")
    start = time.perf_counter()
    placed = [reattach(a, retyped) for a in anchors]
    seconds = time.perf_counter() - start
    shift = len("Intro.\n\n")
    right = sum(p.start == a.start + shift for a, p in zip(anchors, placed, strict=True))
    print(f"re-attach {count:,} anchors after re-typed apostrophes (no hint): {seconds:.3f} s "
          f"({right:,} at the right place)")  # fmt: skip


def main() -> int:
    """Print reader and re-attachment timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000, help="article size in characters")
    parser.add_argument("--no-pdf", action="store_true", help="skip the (slow) PDF case")
    args = parser.parse_args()
    text = bench_readers(args.size, not args.no_pdf)
    bench_reattach(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
