"""Refresh the app's translation files from the code and compile them (``make translations``).

0. the domain's message templates (``missionplanner/messages/``, shown translated by
   ``ui/i18n/domain.py``) are written to ``ui/i18n/domain_texts.py`` as
   ``QT_TRANSLATE_NOOP("DomainMessages", ...)``, so that step 1 finds them;
1. ``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` / ``QT_TRANSLATE_NOOP`` text
   of ``ui/`` into ``ui/i18n/missionplanner_ru.ts`` (existing translations are kept; new
   texts are marked unfinished for a translator, e.g. in Qt Linguist) and, plural forms
   only, into ``missionplanner_en.ts``;
2. the English plural forms are filled in here (``1 row`` / ``2 rows`` from ``%n row(s)``);
3. ``pyside6-lrelease`` compiles both to ``.qm``, which the app loads (and git keeps, so that
   no Qt tool is needed to run the app).

    .venv/bin/python scripts/ui_translations.py [--check]

``--check`` only reports unfinished Russian texts (exit 1 when there are any).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "ui" / "i18n"
BIN = Path(sys.executable).parent


DOMAIN_TEXTS = I18N / "domain_texts.py"


def write_domain_texts() -> None:
    """List the registry's templates where lupdate finds them (context ``DomainMessages``)."""
    sys.path.insert(0, str(ROOT))
    from missionplanner.messages import TEMPLATES

    lines = ['"""The domain\'s message templates, for lupdate (``make translations`` writes this',
             "",
             "from missionplanner/messages/: do not edit).",
             '"""', "", "# ruff: noqa: E501", "", "from __future__ import annotations", "",
             "from PySide6.QtCore import QCoreApplication", "", "",
             "def texts() -> tuple[str, ...]:",
             '    """Every template (never called: lupdate reads the calls)."""',
             "    return ("]
    for t in TEMPLATES:
        args = [json.dumps(a, ensure_ascii=False) for a in ("DomainMessages", t.text, t.note) if a]
        lines.append(f"        QCoreApplication.translate({', '.join(args)}),")
    lines.append("    )")
    DOMAIN_TEXTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def sources() -> list[str]:
    """Every Python file of the app, relative to the repository."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(ts: Path, *extra: str) -> None:
    """Collect the texts of the app into ``ts``."""
    subprocess.run([str(BIN / "pyside6-lupdate"), *extra, "-locations", "relative",
                    "-no-obsolete", *sources(), "-ts", str(ts.relative_to(ROOT))],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def fill_english_plurals(ts: Path) -> None:
    """``%n row(s)`` -> ``%n row`` / ``%n rows``."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        if len(forms) == 2:
            forms[0].text = source.replace("(s)", "").replace("(es)", "")
            forms[1].text = source.replace("(s)", "s").replace("(es)", "es")
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    tree = ET.parse(ts)
    out = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            out.append(message.findtext("source") or "")
    return out


def lrelease(ts: Path) -> None:
    """Compile ``ts`` to ``.qm`` beside it."""
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts),
                    "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    """Refresh, fill, compile; or only check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list unfinished texts")
    args = parser.parse_args()
    russian, english = I18N / "missionplanner_ru.ts", I18N / "missionplanner_en.ts"
    if not args.check:
        write_domain_texts()
        lupdate(russian)
        lupdate(english, "-pluralonly")
        fill_english_plurals(english)
        lrelease(russian)
        lrelease(english)
    missing = unfinished(russian)
    for text in missing:
        print(f"unfinished: {text}")
    print(f"{len(missing)} Russian text(s) unfinished")
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
