"""Every demo page is valid HTML for the Nu HTML Checker (vnu-jar from npm, the machine's Java)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from wagtail.models import Page

VNU = (
    Path(__file__).resolve().parent.parent
    / "node_modules"
    / "vnu-jar"
    / "build"
    / "dist"
    / "vnu.jar"
)
pytestmark = pytest.mark.django_db


def test_every_page_is_valid_html(client, tmp_path):
    assert VNU.exists(), "`make test` installs vnu-jar with npm"
    assert shutil.which("java"), "the Nu HTML Checker needs Java"
    urls = [page.url for page in Page.objects.live().filter(depth__gte=2)]
    urls += ["/en/search/?q=union", "/es/search/?q=sindicato", "/en/no-such-page/"]
    files = {}
    for number, url in enumerate(urls):
        path = tmp_path / f"page{number}.html"
        path.write_bytes(client.get(url).content)
        files[path.as_uri()] = url
    # A form with its errors shown.
    path = tmp_path / "form-errors.html"
    path.write_bytes(client.post("/es/contacto/", {}).content)
    files[path.as_uri()] = "/es/contacto/ (POST, errors)"

    result = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            *[str(p) for p in tmp_path.iterdir()],
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url'), m.get('url'))}:{m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
    assert not errors, "\n".join(errors)
