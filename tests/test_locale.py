"""locale/es/ stays complete: every string of our code translated, nothing fuzzy, nothing stale."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"
SOURCES = ["config", "site", "home", "campaigns", "blog", "accounts", "manage.py"]


def entries(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}


def test_catalogue_has_no_untranslated_or_fuzzy_entry():
    catalogue = polib.pofile(str(CATALOGUE))
    assert not [e.msgid for e in catalogue.untranslated_entries()]
    assert not [e.msgid for e in catalogue.fuzzy_entries()]


def test_catalogue_is_not_stale(tmp_path):
    """makemessages on a copy of the code would add or drop nothing."""
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "es", "--no-obsolete", "-v", "0"],
        cwd=tmp_path,
        check=True,
    )
    fresh = entries(tmp_path / "locale" / "es" / "LC_MESSAGES" / "django.po")
    current = entries(CATALOGUE)
    assert fresh - current == set(), "strings missing from locale/es: run makemessages"
    assert current - fresh == set(), "strings no longer in the code: run makemessages --no-obsolete"
