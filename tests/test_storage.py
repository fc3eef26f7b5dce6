"""Uploads on S3-compatible object storage (production's AWS_STORAGE_BUCKET_NAME), against a
local S3 server (moto's, on 127.0.0.1): an image uploaded through the admin lands in the bucket,
the admin and public pages show its renditions from the bucket or its CDN domain, renditions are
written there too, documents are downloaded through the site, and deleting an image deletes its
files through the task queue. Without a bucket, uploads stay on the local disk."""

import io
import json
import random
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from urllib.parse import unquote

import boto3
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, streamfield

from blog.models import BlogIndexPage, BlogPostPage
from tests.test_admin_create import create_and_publish
from tests.test_security import ROOT, production, production_env
from tests.test_tasks import DATABASE_QUEUE, run_worker

pytestmark = pytest.mark.django_db

IMAGES = "/admin/images/multiple/add/"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "solidaridad-test", "AWS_SECRET_ACCESS_KEY": "s3cr3t-test"}
REGION = "us-east-1"


def media_storage_settings(*environments):
    """config.settings.production.media_storage_settings(environ) for each environment, in a
    process of its own: importing the production settings here would change the STORAGES dict
    that the test settings share with base.py."""
    code = (
        "import json, sys\n"
        "from config.settings.production import media_storage_settings\n"
        "results = []\n"
        "for environ in json.load(sys.stdin):\n"
        "    try:\n"
        "        results.append(media_storage_settings(environ))\n"
        "    except ValueError as error:\n"
        "        results.append({'error': str(error)})\n"
        "print(json.dumps(results))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=production_env(),
        input=json.dumps(environments),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(completed.stdout)


@contextmanager
def uploads_in(media):
    """The site with these settings for uploads. Changing STORAGES makes Django drop the storages
    it built (django.test.signals), so images and renditions use the new default storage."""
    with override_settings(**{**media, "STORAGES": {**settings.STORAGES, **media["STORAGES"]}}):
        yield


@pytest.fixture(scope="module")
def s3_endpoint():
    """A local S3 server on a free port of 127.0.0.1, for this module's tests."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


class Bucket:
    """A new, empty bucket on the local server, and what is in it."""

    def __init__(self, endpoint):
        self.name = f"solidaridad-media-{uuid.uuid4().hex[:12]}"
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name=REGION,
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )
        self.client.create_bucket(Bucket=self.name)

    def stored(self):
        listing = self.client.list_objects_v2(Bucket=self.name)
        return {item["Key"] for item in listing.get("Contents", [])}

    def head(self, key):
        return self.client.head_object(Bucket=self.name, Key=key)

    def allow_public_read(self):
        """The bucket policy of README's "Production": anyone may read the objects."""
        statement = {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{self.name}/*",
        }
        policy = {"Version": "2012-10-17", "Statement": [statement]}
        self.client.put_bucket_policy(Bucket=self.name, Policy=json.dumps(policy))


@pytest.fixture
def bucket(s3_endpoint):
    return Bucket(s3_endpoint)


@pytest.fixture
def s3_media(s3_endpoint, bucket):
    """Production's settings for a bucket at an S3-compatible endpoint (MinIO, Ceph, R2...)."""
    (media,) = media_storage_settings(
        {
            "AWS_STORAGE_BUCKET_NAME": bucket.name,
            "AWS_S3_ENDPOINT_URL": s3_endpoint,
            "AWS_S3_REGION_NAME": REGION,
            **CREDENTIALS,
        }
    )
    with uploads_in(media):
        yield media


def upload_image(client, name, width=1600, height=1000):
    """Upload a PNG through the admin's "Add images" page, as editors do; the new image. Each of
    its own colour: Wagtail asks before accepting a duplicate."""
    content = io.BytesIO()
    colour = tuple(random.randrange(256) for _ in range(3))
    PILImage.new("RGB", (width, height), colour).save(content, "PNG")
    response = client.post(IMAGES, {"files[]": SimpleUploadedFile(name, content.getvalue())})
    assert response.status_code == 200
    result = response.json()
    assert result["success"], result
    return get_image_model().objects.get(pk=result["image_id"])


def publish_post_with_hero(client, image, slug):
    return create_and_publish(
        client,
        BlogPostPage,
        BlogIndexPage.objects.get(locale__language_code="en"),
        {
            "title": "The harvest assembly",
            "slug": slug,
            "date": "2024-06-01",
            "hero_image": image.pk,
            "hero_alt": "Workers voting by a show of hands",
            "intro": "Banana workers voted their demands.",
            "body": streamfield([]),
            **{
                name: inline_formset([])
                for name in ["authors", "topics", "related_campaigns", "related_partners"]
            },
        },
    )


def hero_urls(page):
    """Every URL a visitor's browser may load for the page's hero picture (img and sources)."""
    response = Client().get(page.url)
    assert response.status_code == 200
    figure = BeautifulSoup(response.content, "html.parser").select_one(".figure--hero")
    img = figure.select_one("img")
    assert img["alt"] == "Workers voting by a show of hands"
    srcsets = [img.get("srcset", ""), *(source["srcset"] for source in figure.select("source"))]
    candidates = [c.split()[0] for srcset in srcsets for c in srcset.split(",") if c.strip()]
    return img, [img["src"], *candidates]


def test_an_image_uploaded_in_the_admin_is_stored_and_shown_from_the_bucket(
    admin_client, s3_endpoint, bucket, s3_media
):
    image = upload_image(admin_client, "harvest-assembly.png")
    # The original is in the bucket, not on the local disk.
    assert image.file.name == "original_images/harvest-assembly.png"
    assert image.file.name in bucket.stored()
    assert not (settings.MEDIA_ROOT / image.file.name).exists()
    bucket_url = f"{s3_endpoint}/{bucket.name}/"

    # The editor opens it: the focal-point editor's rendition is made and shown from the bucket.
    edit = admin_client.get(reverse("wagtailimages:edit", args=(image.pk,)))
    soup = BeautifulSoup(edit.content, "html.parser")
    preview = soup.select_one("img[data-original-width]")["src"]
    assert preview.startswith(bucket_url + "images/harvest-assembly.")
    assert preview.removeprefix(bucket_url) in bucket.stored()

    # A visitor's page: every size and format of the hero from the bucket, each one written there.
    post = publish_post_with_hero(admin_client, image, "the-harvest-assembly")
    img, urls = hero_urls(post)
    assert len(urls) >= 4  # WebP and JPEG, several widths
    assert all(url.startswith(bucket_url + "images/harvest-assembly.") for url in urls), urls
    assert not any("?" in url for url in urls)  # plain URLs: no signature to expire
    keys = bucket.stored()
    assert {unquote(url.removeprefix(bucket_url)) for url in urls} <= keys
    # The browser loads the picture from the bucket, once its policy lets anyone read it.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(img["src"], timeout=10)
    assert refused.value.code == 403
    bucket.allow_public_read()
    with urllib.request.urlopen(img["src"], timeout=10) as response:
        picture = PILImage.open(io.BytesIO(response.read()))
    assert picture.size == (int(img["width"]), int(img["height"]))
    # Stored without ACLs, cacheable by browsers.
    assert bucket.head(image.file.name)["CacheControl"] == "max-age=604800"


def test_a_second_upload_of_the_same_name_does_not_replace_the_first(
    admin_client, bucket, s3_media
):
    first = upload_image(admin_client, "assembly.png", 200, 100)
    second = upload_image(admin_client, "assembly.png", 300, 100)
    assert first.file.name != second.file.name
    assert {first.file.name, second.file.name} <= bucket.stored()
    assert (
        default_storage.open(first.file.name).read()
        != default_storage.open(second.file.name).read()
    )


def test_a_document_in_the_bucket_is_downloaded_through_the_site(admin_client, bucket, s3_media):
    content = b"%PDF-1.4\n% tour programme\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    response = admin_client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("programme.pdf", content)}
    )
    assert response.json()["success"]
    document = get_document_model().objects.get(pk=response.json()["doc_id"])
    assert document.file.name == "documents/programme.pdf"
    assert document.file.name in bucket.stored()
    # Visitors follow the site's /documents/ link: Django reads the file from the bucket and
    # sends it as a download.
    download = Client().get(document.url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert b"".join(download.streaming_content) == content


def test_with_a_cdn_domain_pages_link_there_and_renditions_still_go_to_the_bucket(
    admin_client, s3_endpoint, bucket
):
    (media,) = media_storage_settings(
        {
            "AWS_STORAGE_BUCKET_NAME": bucket.name,
            "AWS_S3_ENDPOINT_URL": s3_endpoint,
            "AWS_S3_REGION_NAME": REGION,
            "AWS_S3_CUSTOM_DOMAIN": "media.solidaridad.example",
            # Asked for signed URLs, but a CDN domain serves a public bucket: plain URLs.
            "AWS_QUERYSTRING_AUTH": "1",
            **CREDENTIALS,
        }
    )
    with uploads_in(media):
        image = upload_image(admin_client, "cdn-assembly.png")
        assert image.file.name in bucket.stored()
        post = publish_post_with_hero(admin_client, image, "the-cdn-assembly")
        _img, urls = hero_urls(post)
    cdn = "https://media.solidaridad.example/"
    assert all(url.startswith(cdn + "images/cdn-assembly.") for url in urls), urls
    assert not any("?" in url for url in urls)
    # The CDN serves the bucket's objects under the same paths.
    assert {unquote(url.removeprefix(cdn)) for url in urls} <= bucket.stored()


def test_deleting_an_image_deletes_its_files_from_the_bucket_through_the_task_queue(
    admin_client, bucket, s3_media, django_capture_on_commit_callbacks
):
    image = upload_image(admin_client, "to-delete.png")
    image.get_rendition("width-400")
    files = {image.file.name, *(rendition.file.name for rendition in image.renditions.all())}
    assert len(files) >= 2 and files <= bucket.stored()

    with override_settings(TASKS=DATABASE_QUEUE), django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailimages:delete", args=(image.pk,)))
    assert response.status_code == 302
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    queued = DBTaskResult.objects.filter(task_path="wagtail.tasks.delete_file_from_storage_task")
    assert {task.args_kwargs["args"][1] for task in queued} == files
    # The queue holds how to rebuild the storage, never its credentials (they are settings).
    assert CREDENTIALS["AWS_SECRET_ACCESS_KEY"] not in json.dumps([t.args_kwargs for t in queued])
    assert files <= bucket.stored()  # nothing deleted in the editor's request

    with override_settings(TASKS=DATABASE_QUEUE):
        run_worker()
    assert not files & bucket.stored()
    assert {task.status for task in queued.all()} == {"SUCCESSFUL"}


def test_media_storage_settings_from_the_environment():
    s3 = "storages.backends.s3.S3Storage"
    local, minio, cdn, aws, prefixed, bad = media_storage_settings(
        {},
        {
            "AWS_STORAGE_BUCKET_NAME": "media",
            "AWS_S3_ENDPOINT_URL": "https://minio.example.org:9000/",
            "AWS_S3_REGION_NAME": "us-east-1",
            **CREDENTIALS,
        },
        {"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_CUSTOM_DOMAIN": "media.example.org"},
        {
            "AWS_STORAGE_BUCKET_NAME": "solidaridad-media",
            "AWS_DEFAULT_REGION": "eu-west-1",
            "AWS_QUERYSTRING_AUTH": "1",
            **CREDENTIALS,
        },
        {"AWS_STORAGE_BUCKET_NAME": "shared", "AWS_LOCATION": "/solidaridad/"},
        {"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_ENDPOINT_URL": "minio:9000"},
    )
    # No bucket: the local disk (MEDIA_ROOT), served from this site.
    assert local == {
        "STORAGES": {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}},
        "MEDIA_ORIGIN": "",
    }

    assert minio["STORAGES"] == {"default": {"BACKEND": s3}}
    assert minio["AWS_S3_ENDPOINT_URL"] == "https://minio.example.org:9000"
    assert minio["AWS_S3_REGION_NAME"] == "us-east-1"
    assert minio["AWS_ACCESS_KEY_ID"] == CREDENTIALS["AWS_ACCESS_KEY_ID"]
    assert minio["AWS_SECRET_ACCESS_KEY"] == CREDENTIALS["AWS_SECRET_ACCESS_KEY"]
    assert minio["AWS_DEFAULT_ACL"] is None
    assert minio["AWS_S3_FILE_OVERWRITE"] is False
    assert minio["AWS_QUERYSTRING_AUTH"] is False
    assert minio["MEDIA_ORIGIN"] == "https://minio.example.org:9000"

    assert cdn["AWS_S3_CUSTOM_DOMAIN"] == "media.example.org"
    assert cdn["AWS_S3_ENDPOINT_URL"] is None
    assert cdn["MEDIA_ORIGIN"] == "https://media.example.org"
    # Credentials left to boto3 (an instance role...) when not given.
    assert "AWS_SECRET_ACCESS_KEY" not in cdn

    assert aws["AWS_S3_REGION_NAME"] == "eu-west-1"
    assert aws["AWS_QUERYSTRING_AUTH"] is True
    assert aws["MEDIA_ORIGIN"] == "https://solidaridad-media.s3.amazonaws.com"
    assert prefixed["AWS_LOCATION"] == "solidaridad"
    assert bad == {"error": "AWS_S3_ENDPOINT_URL: not a URL: 'minio:9000'"}

    # The URLs django-storages makes with these settings are on MEDIA_ORIGIN.
    name = "original_images/assembly.jpg"
    expected = {
        "minio": "https://minio.example.org:9000/media/original_images/assembly.jpg",
        "cdn": "https://media.example.org/original_images/assembly.jpg",
        "aws": "https://solidaridad-media.s3.amazonaws.com/original_images/assembly.jpg?",
        "prefixed": "https://shared.s3.amazonaws.com/solidaridad/original_images/assembly.jpg",
    }
    for label, media in [("minio", minio), ("cdn", cdn), ("aws", aws), ("prefixed", prefixed)]:
        with uploads_in(media):
            url = default_storage.url(name)
        assert url.startswith(media["MEDIA_ORIGIN"] + "/"), label
        assert url.startswith(expected[label]), (label, url)
        if label != "aws":
            assert url == expected[label]
    # AWS_QUERYSTRING_AUTH=1 (a private bucket): URLs signed with SigV4, which every region takes.
    with uploads_in(aws):
        assert "X-Amz-Algorithm=AWS4-HMAC-SHA256" in default_storage.url(name)


def test_production_pages_may_show_images_from_the_bucket():
    dumped = json.loads(
        production(
            "import json; print(json.dumps([settings.STORAGES, settings.MEDIA_ORIGIN,"
            " settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'],"
            " settings.CSP_ADMIN_DIRECTIVES['img-src']]))",
            AWS_STORAGE_BUCKET_NAME="media",
            AWS_S3_CUSTOM_DOMAIN="media.example.org",
        )
    )
    storages, origin, public_images, admin_images = dumped
    assert storages["default"] == {"BACKEND": "storages.backends.s3.S3Storage"}
    assert "CompressedManifest" in storages["staticfiles"]["BACKEND"]
    assert origin == "https://media.example.org"
    assert public_images == ["'self'", "data:", "https://media.example.org"]
    assert admin_images == ["'self'", "data:", "blob:", "https://media.example.org"]
    # Without a bucket: the local disk, and images from this site only.
    storages, origin, public_images, _ = json.loads(
        production(
            "import json; print(json.dumps([settings.STORAGES, settings.MEDIA_ORIGIN,"
            " settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], None]))"
        )
    )
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert (origin, public_images) == ("", ["'self'", "data:"])
