"""What the translation editor shows a translator opens for them: the chosen image's "Edit this
image" (its details, read-only), a document's "Edit this document" (the document) and the admin
API's details of a chosen page (the Spanish one where there is one). Writing stays refused: tests/test_permission_matrix.py."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from campaigns.models import PartnerPage
from tests.factories import StandardPageFactory
from tests.test_translation_workflow import editor_props

pytestmark = pytest.mark.django_db


def spanish_campaign():
    return Page.objects.get(locale__language_code="es", slug="de-trabajador-a-trabajador")


def chosen_image(translator_client, page):
    """The image the translation editor shows, by the id its chooser preview fetches."""
    props = editor_props(translator_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    segment = next(s for s in props["segments"] if s.get("contentPath") == "hero_image")
    assert segment["location"]["widget"]["type"] == "image_chooser"
    return get_image_model().objects.get(pk=segment["value"])


def test_edit_this_image_shows_a_translator_the_image_s_words_and_uses(translator_client):
    page = spanish_campaign()
    image = chosen_image(translator_client, page)
    image.description = "Farmworkers raise their fists at a rally"
    image.caption = "Delegates at the 2016 Labor Notes conference"
    image.credit = "Ana Ruiz / Solidaridad"
    image.save()
    assert translator_client.get(f"/admin/api/main/images/{image.pk}/").status_code == 200

    # The editor's "Edit this image" links to Wagtail's edit URL.
    response = translator_client.get(f"/admin/images/{image.pk}/", follow=True)

    assert response.redirect_chain == [(f"/admin/images/{image.pk}/details/", 302)]
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.select_one("main")
    text = main.get_text(" ", strip=True)
    for words in (image.title, image.description, image.caption, image.credit):
        assert words in text
    assert main.select_one("figure img")["src"]
    # Nothing to save, and no way to the edit form or the library.
    assert not main.select("form")
    assert not soup.select(f'a[href="/admin/images/{image.pk}/"], a[href="/admin/images/"]')
    # Its uses: the Spanish page opens in the translation editor; the English one, which the
    # translator may not edit, is named without a link.
    uses = soup.select_one("#image-uses-heading").find_parent("section")
    links = {a.get_text(strip=True): a["href"] for a in uses.select("a")}
    assert links[page.title] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    english = page.get_translation(Page.objects.get(depth=2, locale__language_code="en").locale)
    assert english.title in uses.get_text() and english.title not in links


def test_edit_this_document_gives_a_translator_the_document(translator_client):
    page = Page.objects.get(locale__language_code="es", slug="alex-gomez")
    props = editor_props(translator_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    segment = next(s for s in props["segments"] if s.get("contentPath") == "bio_document")
    document = get_document_model().objects.get(pk=segment["value"])
    edit_this_document = f"/admin/documents/edit/{document.pk}/"

    response = translator_client.get(edit_this_document)

    assert response.status_code == 302 and response.url == document.url
    assert translator_client.get(document.url).status_code == 200
    # Nor does the view write: a post is answered as the link is.
    translator_client.post(edit_this_document, {"title": "Retitled by a translator"})
    assert get_document_model().objects.get(pk=document.pk).title == document.title


@pytest.mark.parametrize(
    "model, edit_view",
    [(get_image_model(), "wagtailimages:edit"), (get_document_model(), "wagtaildocs:edit")],
)
def test_communications_still_get_the_edit_forms(comms_client, model, edit_view):
    obj = model.objects.first()

    response = comms_client.get(reverse(edit_view, args=[obj.pk]))

    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").select_one("form input[name=title]")


def test_page_details_in_the_admin_api_are_the_translator_s_spanish_page(translator_client):
    """wagtail-localize's page chooser preview fetches the English page chosen in the source."""
    english = PartnerPage.objects.get(locale__language_code="en", acronym="SITRALONB")
    spanish = english.get_translation(spanish_campaign().locale)

    response = translator_client.get(f"/admin/api/main/pages/{english.pk}/")

    assert response.status_code == 200
    assert (response.json()["id"], response.json()["title"]) == (spanish.pk, spanish.title)


def test_page_details_of_an_untranslated_page_are_the_english_page_s(translator_client, english):
    page = StandardPageFactory(
        parent=Page.objects.get(depth=2, locale=english), title="Not yet translated"
    )

    response = translator_client.get(f"/admin/api/main/pages/{page.pk}/")

    assert response.status_code == 200
    assert response.json()["title"] == "Not yet translated"


def test_the_admin_api_lists_only_the_pages_a_user_may_explore(translator_client, english):
    """The listing (the explorer's) keeps Wagtail's rule: the translator's tree, in Spanish."""
    home = Page.objects.get(depth=2, locale=english)

    response = translator_client.get("/admin/api/main/pages/", {"child_of": home.pk})

    assert response.status_code == 400
    assert response.json() == {"message": "parent page doesn't exist"}
