"""Uploads are limited by type and size, through the admin's real upload views (as
Communications use them), and documents are always downloaded, never opened as web pages."""

import io
import os
import random
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

IMAGES = "/admin/images/multiple/add/"
DOCUMENTS = "/admin/documents/multiple/add/"
MB = 1024 * 1024
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
# The start of a Windows executable.
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48


def png(width=40, height=30, mode="RGB", padding=0):
    """A PNG of its own colour (Wagtail refuses duplicates), optionally padded past a size."""
    out = io.BytesIO()
    colour = tuple(random.randrange(256) for _ in range(3)) if mode == "RGB" else 1
    PILImage.new(mode, (width, height), colour).save(out, "PNG")
    return out.getvalue() + b"\x00" * padding


def noise(image_format, size=(120, 90)):
    """An image of random pixels, which compresses badly: its data is long enough to cut."""
    out = io.BytesIO()
    image = PILImage.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    (image.convert("P") if image_format == "GIF" else image).save(out, image_format)
    return out.getvalue()


def pdf(padding=0):
    body = f"%PDF-1.4\n% {random.random()}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    return body.encode() + b" " * padding


def upload(client, url, name, content):
    response = client.post(url, {"files[]": SimpleUploadedFile(name, content)})
    assert response.status_code == 200, response.content[:300]
    return response.json()


def refused(client, url, name, content):
    result = upload(client, url, name, content)
    assert result["success"] is False, name
    return result["error_message"]


@pytest.fixture
def comms(comms_client):
    return comms_client


@pytest.mark.parametrize("name", ["setup.exe", "page.html", "page.htm", "script.js", "logo.svg"])
def test_executables_and_web_pages_are_refused_as_documents(comms, name):
    content = EXE if name.endswith(".exe") else HTML
    message = refused(comms, DOCUMENTS, name, content)
    extension = name.rsplit(".", 1)[1]
    assert f"File extension “{extension}” is not allowed." in message
    assert "Allowed extensions are: csv, docx, odt, pdf, pptx, rtf, txt, xlsx." in message
    assert not get_document_model().objects.filter(title=name).exists()


def test_svg_is_refused_as_an_image(comms):
    message = refused(comms, IMAGES, "logo.svg", SVG)
    assert "Not a supported image format. Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF." in (
        message
    )
    # Renamed, it is still no PNG.
    assert refused(comms, IMAGES, "logo.png", SVG)


@pytest.mark.parametrize(("name", "content"), [("photo.png", HTML), ("photo.jpg", EXE)])
def test_other_files_named_as_images_are_refused(comms, name, content):
    assert "Upload a valid image." in refused(comms, IMAGES, name, content)


def test_an_image_of_more_than_10_mb_is_refused(comms):
    message = refused(comms, IMAGES, "big.png", png(padding=10 * MB))
    assert "This file is too big (10.0\xa0MB). Maximum filesize 10.0\xa0MB." in message


def test_an_image_of_more_than_50_megapixels_is_refused(comms):
    # 8,000 × 7,000 black and white pixels: a small file that would take 224 MB to draw in colour.
    content = png(8000, 7000, mode="1")
    assert len(content) < 10 * MB
    message = refused(comms, IMAGES, "huge.png", content)
    assert "This file has too many pixels (56000000). Maximum pixels 50000000." in message


def test_a_document_of_more_than_10_mb_is_refused(comms):
    message = refused(comms, DOCUMENTS, "report.pdf", pdf(padding=10 * MB))
    assert "This file is too big (10.0\xa0MB). Maximum filesize 10.0\xa0MB." in message


def test_a_request_too_big_for_any_upload_is_refused_before_it_is_read(comms):
    response = comms.post(IMAGES, {"files[]": SimpleUploadedFile("big.png", png(padding=13 * MB))})
    assert response.status_code == 413
    assert "This upload is too big: a file can be at most 10.0\xa0MB." in response.content.decode()


def test_a_small_png_and_pdf_are_accepted(comms):
    image = upload(comms, IMAGES, "march.png", png())
    assert image["success"] is True
    assert get_image_model().objects.get(pk=image["image_id"]).uploaded_by_user.username == "comms"
    document = upload(comms, DOCUMENTS, "flyer.pdf", pdf())
    assert document["success"] is True
    assert get_document_model().objects.get(pk=document["doc_id"]).file_extension == "pdf"


def download(comms, name, content):
    result = upload(comms, DOCUMENTS, name, content)
    assert result["success"] is True
    document = get_document_model().objects.get(pk=result["doc_id"])
    response = Client().get(document.url)
    assert response.status_code == 200
    # The name it is saved under (another upload may have taken "flyer.pdf").
    assert f'filename="{document.filename}"' in response["Content-Disposition"]
    return response


def assert_only_downloaded(response):
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_documents_are_downloaded_not_opened_in_the_browser(comms):
    response = download(comms, "flyer.pdf", pdf())
    assert_only_downloaded(response)
    assert response["Content-Type"] == "application/pdf"


def test_a_web_page_named_pdf_is_still_only_downloaded(comms):
    # Wagtail checks a document's extension, not its content: such a file is accepted, but a
    # browser neither shows it as a page nor runs its script.
    response = download(comms, "fake.pdf", HTML)
    assert_only_downloaded(response)
    assert response["Content-Type"] == "application/pdf"


def truncated_png():
    content = noise("PNG")
    return content[: len(content) // 2]


def malformed_gif():
    content = noise("GIF")
    return content[:800] + b"\xff" * 200 + content[1000:]


DAMAGED = "This image file is damaged or incomplete, so it cannot be shown."
BROKEN_IMAGES = [("cut.png", truncated_png), ("broken.gif", malformed_gif)]


@pytest.mark.parametrize(("name", "content"), BROKEN_IMAGES)
def test_a_damaged_image_is_a_form_error_in_the_multiple_upload(comms, name, content):
    assert DAMAGED in refused(comms, IMAGES, name, content())
    assert not get_image_model().objects.filter(title=name.split(".")[0]).exists()


@pytest.mark.parametrize(("name", "content"), BROKEN_IMAGES)
def test_a_damaged_image_is_a_form_error_in_add_an_image(comms, name, content):
    response = comms.post(
        reverse("wagtailimages:add"), {"title": name, "file": SimpleUploadedFile(name, content())}
    )
    assert response.status_code == 200
    assert DAMAGED in response.content.decode()
    assert not get_image_model().objects.filter(title=name).exists()


@pytest.mark.parametrize(("name", "content"), BROKEN_IMAGES)
def test_a_damaged_image_is_a_form_error_in_the_image_chooser(comms, name, content):
    response = comms.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": name,
            "image-chooser-upload-file": SimpleUploadedFile(name, content()),
        },
    )
    assert response.status_code == 200
    assert response.json()["step"] == "reshow_creation_form"
    assert DAMAGED in response.json()["htmlFragment"]
    assert not get_image_model().objects.filter(title=name).exists()


def test_a_whole_gif_is_still_accepted_by_the_chooser(comms):
    response = comms.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Noise",
            "image-chooser-upload-file": SimpleUploadedFile("noise.gif", noise("GIF")),
        },
    )
    assert response.json()["step"] == "chosen"
    assert get_image_model().objects.get(title="Noise").file.name.endswith(".gif")


def test_an_image_is_edited_without_uploading_its_file_again(comms):
    image_id = upload(comms, IMAGES, "march.png", png())["image_id"]
    url = reverse("wagtailimages:edit", args=[image_id])
    form = comms.get(url)
    assert 'type="file"' in form.content.decode()
    image = get_image_model().objects.get(pk=image_id)
    response = comms.post(url, {"title": "March", "collection": image.collection_id})
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.title == "March" and image.file.name.endswith(".png")


CHOOSER_UPLOAD = "/admin/images/chooser/create/"


def chooser_upload(client, title, content):
    """The image chooser's Upload tab, at its real admin URL."""
    response = client.post(
        CHOOSER_UPLOAD,
        {
            "image-chooser-upload-title": title,
            "image-chooser-upload-file": SimpleUploadedFile(f"{title}.png", content),
        },
    )
    assert response.status_code == 200, response.content[:300]
    return response.json()


def copies(content):
    return get_image_model().objects.filter(file_hash=hash_filelike(io.BytesIO(content)))


def test_a_double_click_on_upload_in_the_chooser_makes_one_image(comms):
    content = png()
    first = chooser_upload(comms, "Picket line", content)
    second = chooser_upload(comms, "Picket line", content)
    assert first["step"] == second["step"] == "chosen"
    # Both clicks choose the one image the first made.
    assert first["result"]["id"] == second["result"]["id"]
    assert copies(content).count() == 1


def test_use_existing_and_delete_new_leaves_one_image(comms):
    """The same photo uploaded earlier: Wagtail's duplicate warning still shows, even after a
    double click, and its "Use existing and delete new" leaves only the earlier image."""
    content = png()
    earlier = int(chooser_upload(comms, "March", content)["result"]["id"])
    copies(content).update(created_at=timezone.now() - timedelta(minutes=5))

    chooser_upload(comms, "March again", content)
    warning = chooser_upload(comms, "March again", content)
    assert warning["step"] == "duplicate_found"
    fragment = BeautifulSoup(warning["htmlFragment"], "html.parser")
    assert "your new image seems to be a duplicate" in fragment.get_text()
    delete_new = fragment.select_one("a.use-existing-image")["href"]

    chosen = comms.post(delete_new, follow=True)
    assert chosen.json()["step"] == "chosen"
    assert int(chosen.json()["result"]["id"]) == earlier
    assert list(copies(content).values_list("pk", flat=True)) == [earlier]
