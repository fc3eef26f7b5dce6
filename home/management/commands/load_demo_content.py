"""Build the bilingual demo site from the seed pages' facts (home/demo/content.py).

English pages and snippets are created first; their Spanish versions are then made the way a
translator would make them with wagtail-localize: a TranslationSource, a StringTranslation for
every string segment, and the translated object saved from them. Running it twice changes
nothing: what exists already is left alone.
"""

import io
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Site
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from blog.models import (
    BlogIndexPage,
    BlogPostAuthor,
    BlogPostCampaign,
    BlogPostPage,
    BlogPostPartner,
    BlogPostTopic,
    Topic,
)
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
    Committee,
    PartnerIndexPage,
    PartnerPage,
    PeopleIndexPage,
    PersonPage,
    TourGuest,
    TourIndexPage,
    TourPage,
    TourStop,
)
from home.demo import content as demo
from home.demo import images as drawing
from home.demo.content import T
from home.models import (
    FooterText,
    FormField,
    FormPage,
    HomePage,
    SiteSettings,
    StandardPage,
    Testimonial,
)


class Command(BaseCommand):
    help = "Create the bilingual demo content (idempotent) and the local demo users."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site",
            default="127.0.0.1:8000",
            help="host:port of the site, for the full URLs in hreflang links (default: make run's).",
        )

    def handle(self, *args, site="127.0.0.1:8000", **options):
        hostname, _, port = site.partition(":")
        Site.objects.filter(is_default_site=True).update(
            hostname=hostname, port=int(port or 80), site_name="Solidaridad"
        )
        self.english = Locale.get_default()
        self.spanish = Locale.objects.get(language_code="es")
        self.glossary = {}  # English text -> Spanish text, learnt while building the English
        self.stale = set()  # ids of pages mended here, whose Spanish must be made again
        self.created = 0

        with transaction.atomic():
            self.build_media()
            self.build_snippets()
        # Pages are translated outside one big transaction: wagtail-localize publishes the
        # Spanish pages on commit, and each child needs its Spanish parent live.
        self.build_pages()
        self.build_settings()
        logins = self.build_users()

        summary = f"Demo content ready ({self.created} objects created)."
        self.stdout.write(self.style.SUCCESS(summary))
        text = "\n".join(
            ["", "Demo logins (local use only) at http://127.0.0.1:8000/admin/ :"]
            + [f"  {user}: {password}  ({role})" for user, password, role in logins]
            + [""]
        )
        self.stdout.write(text)

    # Text helpers ---------------------------------------------------------------------------

    def en(self, value):
        """The English of a T pair, remembering its Spanish for the translation step."""
        if isinstance(value, T):
            if value.en:
                self.glossary[value.en] = value.es
            return value.en
        return value

    def rich(self, paragraphs):
        return "".join(f"<p>{StringValue.from_plaintext(self.en(p)).data}</p>" for p in paragraphs)

    def stream(self, blocks):
        data = []
        for kind, *values in blocks:
            if kind == "paragraph":
                data.append({"type": "paragraph", "value": self.rich(values)})
            elif kind == "heading":
                data.append(
                    {"type": "heading", "value": {"text": self.en(values[0]), "level": "h2"}}
                )
            elif kind == "quote":
                quote, attribution = values
                data.append(
                    {
                        "type": "quote",
                        "value": {"quote": self.en(quote), "attribution": self.en(attribution)},
                    }
                )
            elif kind == "embed":
                data.append({"type": "embed", "value": values[0]})
            elif kind == "cta":
                text, url = values
                data.append(
                    {
                        "type": "call_to_action",
                        "value": {"text": self.en(text), "page": None, "url": url},
                    }
                )
            elif kind == "events":
                heading, events = values
                # In the stored block format, each with its id, as the admin saves them:
                # wagtail-localize offers translators no list item without one (wagtail-notes.md).
                events = [
                    {
                        "type": "item",
                        "value": {
                            "date": date.isoformat(),
                            "title": self.en(title),
                            "place": self.en(place),
                        },
                        "id": str(uuid.uuid4()),
                    }
                    for date, title, place in events
                ]
                data.append(
                    {"type": "events", "value": {"heading": self.en(heading), "events": events}}
                )
            elif kind == "sign_on":
                heading, text, button, email = values
                value = {
                    "heading": self.en(heading),
                    "text": self.en(text),
                    "button_text": self.en(button),
                    "form_page": None,
                    "email": email,
                }
                data.append({"type": "sign_on", "value": value})
            else:
                raise CommandError(f"Unknown demo block {kind!r}")
        return data

    # Translation ----------------------------------------------------------------------------

    def translate(self, instance):
        """Make the Spanish version of `instance` from the glossary, as a translator would (again,
        from the English as it is now, for a page mended on a site built before)."""
        source, created = TranslationSource.get_or_create_from_instance(instance)
        translation = Translation.objects.filter(source=source, target_locale=self.spanish).first()
        if translation is not None and instance.pk not in self.stale:
            return
        if not created:
            source.update_from_db()
        missing = []
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        ):
            english = StringValue(segment.string.data).render_text()
            if english not in self.glossary:
                missing.append(english)
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.spanish,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(self.glossary[english]).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        if missing:
            raise CommandError(f"No Spanish for {instance!r}: {missing}")
        if translation is None:
            translation = Translation.objects.create(source=source, target_locale=self.spanish)
        translation.save_target(publish=True)

    def mend(self, page, **fields):
        """Publish `fields` on a page of a site built before they were in the demo, and have its
        Spanish made again."""
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        self.stale.add(page.pk)

    # Media ----------------------------------------------------------------------------------

    def build_media(self):
        Image = get_image_model()
        self.images = {}
        for key, (title, colours, credit) in demo.IMAGES.items():
            self.images[key] = self.get_or_create_image(
                Image,
                title,
                f"{key}.jpg",
                lambda t=title, c=colours: drawing.illustration(t, c),
                credit,
            )
        for text, colours in demo.LOGOS.items():
            self.images[f"logo-{text}"] = self.get_or_create_image(
                Image,
                f"Logo: {text}",
                f"logo-{text.lower()}.png",
                lambda t=text, c=colours: drawing.logo(t, c),
                "",
            )
        Document = get_document_model()
        bio = demo.BIO_DOCUMENT
        self.bio = Document.objects.filter(title=bio["title"]).first()
        if self.bio is None:
            self.bio = Document(title=bio["title"])
            self.bio.file.save(
                bio["filename"], ContentFile(drawing.text_pdf(bio["lines"])), save=False
            )
            self.bio._set_document_file_metadata()
            self.bio.save()
            self.created += 1

    def get_or_create_image(self, Image, title, filename, draw, credit):
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(
                title=title, credit=credit, file=ImageFile(io.BytesIO(draw()), name=filename)
            )
            image._set_image_file_metadata()
            image.save()
            self.created += 1
        return image

    # Snippets -------------------------------------------------------------------------------

    def snippet(self, model, lookup, **fields):
        instance = model.objects.filter(locale=self.english, **lookup).first()
        if instance is None:
            instance = model(
                locale=self.english, **lookup, **{k: self.en(v) for k, v in fields.items()}
            )
            instance.save()
            self.created += 1
        else:
            for value in fields.values():
                self.en(value)
        self.translate(instance)
        return instance

    def build_snippets(self):
        self.topics = {
            item["slug"]: self.snippet(Topic, {"slug": item["slug"]}, name=item["name"])
            for item in demo.TOPICS
        }
        self.committees = {
            item["key"]: self.snippet(
                Committee, {"email": item["email"]}, name=item["name"], city=item["city"]
            )
            for item in demo.COMMITTEES
        }
        testimonial = demo.TESTIMONIAL
        self.testimonial = self.snippet(
            Testimonial,
            {"name": testimonial["name"]},
            quote=testimonial["quote"],
            city=testimonial["city"],
            photo=self.images["amanda"],
        )
        if not FooterText.objects.filter(locale=self.english).exists():
            FooterText.objects.create(locale=self.english, body=self.rich(demo.FOOTER))
            self.created += 1
        else:
            self.rich(demo.FOOTER)
        self.translate(FooterText.objects.get(locale=self.english))

    # Pages ----------------------------------------------------------------------------------

    def page(self, parent, model, data, translate=True, **fields):
        """Find the English page by slug under `parent`, or create and publish it."""
        slug = self.en(data["slug"])
        title = self.en(data["title"])
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            # Top-level pages are in the main menu unless the content says otherwise.
            in_menu = data.get("menu", parent.depth == 2)
            page = model(
                title=title, slug=slug, locale=self.english, show_in_menus=in_menu, **fields
            )
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        if translate:
            self.translate(page)
        return page

    def build_pages(self):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError("The default site's root is not a HomePage: run migrate first.")
        data = demo.HOME
        for value in data.values():
            self.en(value)
        # The build fills the home page's links once the pages they point to exist.
        campaign_index, partner_index, tour_index, people_index, blog_index = (
            self.page(home, model, data, translate=False, intro=self.rich(data["intro"]))
            for model, data in [
                (CampaignIndexPage, demo.CAMPAIGN_INDEX),
                (PartnerIndexPage, demo.PARTNER_INDEX),
                (TourIndexPage, demo.TOUR_INDEX),
                (PeopleIndexPage, demo.PEOPLE_INDEX),
                (BlogIndexPage, demo.BLOG_INDEX),
            ]
        )
        standard = {
            item["key"]: self.page(
                home,
                StandardPage,
                item,
                translate=False,
                intro=self.en(item["intro"]),
                body=self.stream(item["body"]),
            )
            for item in demo.STANDARD_PAGES
        }
        forms = {item["key"]: self.build_form(home, item) for item in demo.FORMS}
        partners = {
            item["key"]: self.page(
                partner_index,
                PartnerPage,
                item,
                translate=False,
                acronym=item["acronym"],
                country=item["country"],
                sector=item["sector"],
                logo=self.images[f"logo-{item['key']}"],
                summary=self.en(item["summary"]),
                description=self.rich(item["description"]),
                website=item["website"],
            )
            for item in demo.PARTNERS
        }
        campaigns = {
            item["key"]: self.build_campaign(campaign_index, item, partners, forms)
            for item in demo.CAMPAIGNS
        }
        people = {
            item["key"]: self.page(
                people_index,
                PersonPage,
                item,
                translate=False,
                photo=self.images[item["image"]],
                role=self.en(item["role"]),
                organization=partners[item["organization"]],
                biography=self.rich(item["biography"]),
                bio_document=self.bio if item["bio"] else None,
            )
            for item in demo.PEOPLE
        }
        tours = [self.build_tour(tour_index, item, people, forms) for item in demo.TOURS]
        posts = [self.build_post(blog_index, item, campaigns, partners) for item in demo.POSTS]

        if not home.hero_image_id:
            home.title = self.en(data["title"])
            home.slug = self.en(data["slug"])
            home.hero_heading = self.en(data["hero_heading"])
            home.hero_intro = self.en(data["hero_intro"])
            home.donate_text = self.en(data["donate_text"])
            home.hero_image = self.images["hero"]
            home.featured_campaign = campaigns["wwsc"]
            home.testimonial = self.testimonial
            home.save_revision().publish()
            self.created += 1

        # Parents before children: each Spanish page is created under its Spanish parent.
        for page in [home, campaign_index, partner_index, tour_index, people_index, blog_index]:
            self.translate(page)
        for page in [*standard.values(), *forms.values(), *partners.values(), *campaigns.values()]:
            self.translate(page)
        for page in [*people.values(), *tours, *posts]:
            self.translate(page)

    def build_form(self, home, item):
        route_to_committee = item.get("route_to_committee", False)
        page = self.page(
            home,
            FormPage,
            item,
            translate=False,
            intro=self.rich(item["intro"]),
            thank_you_text=self.rich(item["thank_you"]),
            subject=self.en(item["subject"]),
            to_address=item["to_address"],
            from_address="noreply@example.org",
            route_to_committee=route_to_committee,
            form_fields=[
                FormField(
                    locale=self.english,
                    clean_name=clean_name,
                    field_type=field_type,
                    required=required,
                    label=self.en(label),
                    help_text=self.en(help_text),
                )
                for clean_name, field_type, required, label, help_text in item["fields"]
            ],
        )
        if page.route_to_committee != route_to_committee:
            # A site built before committee routing: publish the setting, then sync the Spanish
            # page (the field is synchronized) if it was translated already.
            page.route_to_committee = route_to_committee
            page.save_revision().publish()
            source = TranslationSource.objects.get_for_instance_or_none(page)
            if source is not None:
                source.update_from_db()
                for translation in source.translations.filter(target_locale=self.spanish):
                    translation.save_target(publish=True)
        return page

    def build_campaign(self, index, item, partners, forms):
        body = self.stream(item["body"])
        page = self.page(
            index,
            CampaignPage,
            item,
            translate=False,
            summary=self.en(item["summary"]),
            hero_image=self.images[item["image"]],
            hero_alt=self.en(item["hero_alt"]),
            status=item["status"],
            body=body,
            priorities_heading=self.en(item["priorities_heading"]),
            priorities=[{"type": "priority", "value": self.en(p)} for p in item["priorities"]],
            cta_kind=item["cta_kind"],
            cta_heading=self.en(item["cta_heading"]),
            cta_text=self.en(item["cta_text"]),
            cta_button=self.en(item["cta_button"]),
            cta_page=forms.get(item.get("cta_page")),
            contact_email=item["contact_email"],
            contact_phone=item["contact_phone"],
            contact_phone_extension=item["contact_phone_extension"],
            partners=[CampaignPartner(partner=partners[key]) for key in item["partners"]],
        )
        # A site built before 2026-12-04 stored event list items without ids, which translators
        # are never offered: the Spanish page showed the English milestones.
        events = [block for block in page.body.raw_data if block["type"] == "events"]
        if any("id" not in event for block in events for event in block["value"]["events"]):
            self.mend(page, body=body)
        return page

    def build_tour(self, index, item, people, forms):
        page = self.page(
            index,
            TourPage,
            item,
            translate=False,
            summary=self.en(item["summary"]),
            start_date=item["start_date"],
            end_date=item["end_date"],
            hero_image=self.images[item["image"]],
            hero_alt=self.en(item["hero_alt"]),
            body=self.stream(item["body"]),
            invite_text=self.rich(item["invite_text"]),
            invite_page=forms["invite"],
            bio_document=self.bio if item["bio"] else None,
            twitter_url=item["twitter_url"],
            facebook_url=item["facebook_url"],
            guests=[TourGuest(person=people[key]) for key in item["guests"]],
            stops=[
                TourStop(
                    locale=self.english,
                    date=date,
                    city=self.en(city),
                    event=self.en(event),
                    venue=self.en(venue),
                    committee=self.committees[committee],
                )
                for date, committee, city, event, venue in item["stops"]
            ],
        )
        if page.invite_page_id is None:  # a site built before tours linked their invitation form
            self.mend(page, invite_page=forms["invite"])
        return page

    def build_post(self, index, item, campaigns, partners):
        return self.page(
            index,
            BlogPostPage,
            item,
            translate=False,
            date=item["date"],
            hero_image=self.images[item["image"]],
            hero_alt=self.en(item["hero_alt"]),
            hero_caption=self.en(item["hero_caption"]),
            intro=self.en(item["intro"]),
            body=[{"type": "paragraph", "value": self.rich(item["body"])}],
            authors=[
                BlogPostAuthor(locale=self.english, name=self.en(name)) for name in item["authors"]
            ],
            topics=[BlogPostTopic(topic=self.topics[slug]) for slug in item["topics"]],
            related_campaigns=[
                BlogPostCampaign(campaign=campaigns[key]) for key in item["campaigns"]
            ],
            related_partners=[BlogPostPartner(partner=partners[key]) for key in item["partners"]],
        )

    # Settings and users ---------------------------------------------------------------------

    def build_settings(self):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if not settings.contact_email:
            for field, value in demo.SITE_SETTINGS.items():
                setattr(settings, field, value)
            settings.save()
            self.created += 1

    def build_users(self):
        User = get_user_model()
        logins = []
        for item in demo.USERS:
            user = User.objects.filter(username=item["username"]).first()
            if user is None:
                first, last = item["name"]
                user = User.objects.create_user(
                    item["username"],
                    f"{item['username']}@example.org",
                    item["password"],
                    first_name=first,
                    last_name=last,
                    is_staff=item["superuser"],
                    is_superuser=item["superuser"],
                )
                if item["group"]:
                    user.groups.add(Group.objects.get(name=item["group"]))
                profile = UserProfile.get_for_user(user)
                profile.preferred_language = item["language"]
                profile.save()
                self.created += 1
            logins.append((item["username"], item["password"], item["group"] or "administrator"))
        return logins
