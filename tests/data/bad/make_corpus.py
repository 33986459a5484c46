"""Write the hostile note corpus of this folder (run once; the files are committed).

Each file is named for what it tries; ``manifest.yaml`` says what must happen.
Large or special files (10 MB field, 65 MB file, folder, pipe) are made by the
tests themselves, see tests/hardening/corpus.py.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

TEXT = "Le 21 août 2025, Mistral AI et TotalEnergies ont annoncé un partenariat."
BASE = f"""schema: briefing-note/1
title: Partenariat
language: fr
sources:
- id: s1
  title: Article
  text: "{TEXT}"
actors:
- id: mistral
  name: Mistral AI
  kind: company
  evidence:
  - {{source: s1, start: 17, end: 27, exact: Mistral AI}}
- id: total
  name: TotalEnergies
  kind: company
"""


def note(extra: str = "", base: str = BASE) -> str:
    """The valid base note with ``extra`` YAML appended."""
    return base + extra


FILES: dict[str, str | bytes] = {
    # --- YAML that does not parse
    "yaml-unterminated-quote": note('title2: "never closed\n'),
    "yaml-bad-indentation": note("claims:\n- id: c1\n   statement: x\n  kind: figure\n"),
    "yaml-tab-indentation": note("claims:\n\t- id: c1\n"),
    "yaml-unclosed-flow-list": note("risks: [{id: r1, title: x}\n"),
    "yaml-key-over-1024-chars": note("k" * 2000 + ": value\n"),
    "yaml-several-documents": note("---\nschema: briefing-note/1\n"),
    # --- expansion and code execution tricks
    "alias-bomb-billion-laughs": "schema: briefing-note/1\n"
    + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    ),
    "alias-scalar-repeated": note("bluf: &big " + "x" * 5000 + "\nrecommendations: *big\n"),
    "alias-in-extras": note("future: &f {a: 1}\nagain: *f\n"),
    "merge-key": note("defaults: &d {kind: figure}\nclaims:\n- {<<: *d, id: c1}\n"),
    "merge-key-without-alias": note("claims:\n- {<<: {kind: figure}, id: c1}\n"),
    "tag-python-object-apply": note('x: !!python/object/apply:os.system ["echo pwned"]\n'),
    "tag-python-name": note("x: !!python/name:os.system\n"),
    "tag-local-custom": note("title2: !shout hello\n"),
    "tag-binary": note("blob: !!binary aGVsbG8=\n"),
    "tag-set": note("tags: !!set {a, b}\n"),
    "tag-timestamp-explicit": note("created2: !!timestamp 2025-08-21\n"),
    "tag-int-not-a-number": note("risks:\n- {id: r1, likelihood: !!int three}\n"),
    "deep-nesting-flow": note("future: " + "[" * 5000 + "]" * 5000 + "\n"),
    "deep-nesting-block-dashes": note("future:\n" + "- " * 3000 + "x\n"),
    "complex-mapping-key": note("? [a, b]\n: value\n"),
    "duplicate-key": note("title: Again\n"),
    # --- not a note / wrong schema
    "empty-file": "",
    "only-whitespace-and-comments": "# nothing here\n   \n",
    "top-level-list": "- schema: briefing-note/1\n",
    "top-level-scalar": "briefing-note/1\n",
    "schema-missing": BASE.replace("schema: briefing-note/1\n", ""),
    "schema-future-version": BASE.replace("briefing-note/1", "briefing-note/2"),
    "schema-other-format": BASE.replace("briefing-note/1", "openapi/3"),
    "schema-is-a-list": BASE.replace("schema: briefing-note/1", "schema: [briefing-note/1]"),
    # --- wrong types
    "type-title-is-a-list": note("title2: x\n").replace("title: Partenariat", "title: [a, b]"),
    "type-actors-is-a-mapping": BASE.split("actors:")[0] + "actors: {mistral: Mistral AI}\n",
    "type-evidence-is-text": note("claims:\n- {id: c1, evidence: s1 17-27}\n"),
    "type-likelihood-9": note("risks:\n- {id: r1, title: x, likelihood: 9, impact: 2}\n"),
    "type-credibility-x": note("claims:\n- {id: c1, credibility: x}\n"),
    "type-likelihood-float": note("risks:\n- {id: r1, likelihood: 3.5}\n"),
    "type-likelihood-bool-word": note("risks:\n- {id: r1, likelihood: yes}\n"),
    "type-likelihood-5000-digits": note("risks:\n- {id: r1, likelihood: " + "7" * 5000 + "}\n"),
    "type-likelihood-quoted-number": note('risks:\n- {id: r1, likelihood: "3", impact: 4}\n'),
    "type-orphaned-maybe": note(
        "claims:\n- id: c1\n  evidence:\n  - {source: s1, start: 0, end: 2, exact: Le,"
        " orphaned: maybe}\n"
    ),
    "type-item-without-id": note("claims:\n- {statement: no id here}\n"),
    "type-null-fields": note("purpose: ~\nbluf: null\nclaims: ~\nrisks:\n"),
    # --- values YAML would reinterpret (must stay text)
    "reinterpret-dates-booleans-numbers": BASE.replace("title: Partenariat", "title: yes")
    + "created: 2025-08-21\nanalyst: no\nbluf: on\npurpose: 0x1F\nrecommendations: 1:30\n"
    + "classification: 010\n"
    + "relationships:\n- {id: rel1, source: mistral, target: total, since: 2024-02,"
    + " description: 2025-08-21T10:00:00Z}\n"
    + "claims:\n- {id: c1, statement: .inf, speaker: total, kind: figure}\n",
    # --- cross references and anchors
    "duplicate-ids": note("claims:\n- {id: mistral, statement: same id as an actor}\n"),
    "missing-actor-references": note(
        "claims:\n- {id: c1, speaker: nobody}\n"
        "risks:\n- {id: r1, affects: [ghost], drivers: [mistral]}\n"
        "relationships:\n- {id: rel1, source: mistral, target: phantom}\n"
    ),
    "anchor-beyond-text": note(
        "claims:\n- id: c1\n  evidence:\n  - {source: s1, start: 60, end: 999999, exact: x}\n"
    ),
    "anchor-negative-range": note(
        "claims:\n- id: c1\n  evidence:\n  - {source: s1, start: -4, end: -9, exact: x}\n"
    ),
    "anchor-unknown-source": note(
        "claims:\n- id: c1\n  evidence:\n  - {source: s9, start: 0, end: 2, exact: Le}\n"
    ),
    "terminal-escape-in-duplicate-id": note(
        'claims:\n- {id: "\\e[31mred\\e[0m"}\n- {id: "\\e[31mred\\e[0m"}\n'
    ),
    # --- characters
    "control-chars-raw-bell-escape": note("bluf: ring \x07 and \x1b[2J clear\n"),
    "control-chars-as-yaml-escapes": note('bluf: "nul \\0 bell \\a esc \\e del \\x7f c1 \\x85"\n'),
    "nul-byte-at-start": b"\x00" + note().encode(),
    "nul-byte-after-8k": note("purpose: " + "x" * 9000 + "\x00\n").encode(),
    "lone-surrogate-escape": note('bluf: "half a pair \\ud800 here"\n'),
    "surrogate-pair-escapes": note('bluf: "rocket \\ud83d\\ude80"\n'),
    "rtl-and-emoji-text": BASE.replace("title: Partenariat", "title: שותפות شراكة 🤝🏽 👩‍💻")
    + 'bluf: "\u202eevil override\u202c and \u200f RLM, flags 🇫🇷🇮🇱"\n'
    + "actors2: [\u05e9\u05dc\u05d5\u05dd, 'مرحبا']\n",
    "invalid-utf8-overlong": note().encode() + b"bluf: \xc0\xaf\n",
    "encoding-utf8-with-bom": "\ufeff" + note(),
    "encoding-utf16-le-bom": "\ufeff" + note(),
    "encoding-utf16-be-no-bom": note(),
    "encoding-latin1": note("bluf: Été à Noël\n"),
    "encoding-cp1252-euro": note("bluf: 5 € et « guillemets »\n"),
    "line-endings-crlf": note("bluf: fin\n").replace("\n", "\r\n"),
    "binary-png-header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "unknown-future-fields-kept": note("review: {by: A. Martin, score: 4, tags: [x, y]}\n"),
}

ENCODINGS = {
    "encoding-utf16-le-bom": "utf-16-le",
    "encoding-utf16-be-no-bom": "utf-16-be",
    "encoding-latin1": "latin-1",
    "encoding-cp1252-euro": "cp1252",
}


def main() -> None:
    """Write every file of FILES as NAME.briefing.yaml beside this script."""
    for name, content in FILES.items():
        path = HERE / f"{name}.briefing.yaml"
        if isinstance(content, str):
            content = content.encode(ENCODINGS.get(name, "utf-8"))
        path.write_bytes(content)
    print(f"{len(FILES)} files written")


if __name__ == "__main__":
    main()
