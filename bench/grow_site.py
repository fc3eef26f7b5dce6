"""Grow the demo site to a benchmark size: posts, partners and tours in English and Spanish.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k \\
        .venv/bin/python bench/grow_site.py --posts 10000 --partners 500 --tours 200

Run by bench/serve_load.py (make bench) on a database that has the demo site
(manage.py load_demo_content). Each figure is a total per language: the demo's posts, partners
and tours count. Every page added in English gets its Spanish version under the Spanish parent
(same translation key, Spanish text), as wagtail-localize leaves a translated page, so /es/
listings are as long as /en/ ones; the Spanish pages have no TranslationSource (the translation
editor would call them "not started"), which no public page reads.

Pages are not saved one by one (add_child: a dozen queries and the search index each): their
rows are written in batches with treebeard's path arithmetic (`path` is the parent's path and a
4-character base-36 step, `depth` one more, the parent's `numchild` counts them, `url_path` is
the parent's and the slug), the Page row and the page type's own row separately (multi-table
inheritance: bulk_create refuses it), then their inline rows (authors, topics, stops...), then
the search index (the database backend's IndexEntry rows, in batches). No revisions: the public
site never reads them. Posts get topics, partners and campaigns as the demo posts do, a few
paragraphs, and most of them a photo of the demo's (no new image files).
"""

import argparse
import datetime
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import transaction  # noqa: E402
from django.db.models import F  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.text import slugify  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backends  # noqa: E402

from blog.models import (  # noqa: E402
    BlogIndexPage,
    BlogPostAuthor,
    BlogPostCampaign,
    BlogPostPage,
    BlogPostPartner,
    BlogPostTopic,
    Topic,
)
from campaigns.models import (  # noqa: E402
    CampaignPage,
    Committee,
    PartnerIndexPage,
    PartnerPage,
    PersonPage,
    TourGuest,
    TourIndexPage,
    TourPage,
    TourStop,
)
from home.demo.content import T  # noqa: E402
from home.models import CustomImage  # noqa: E402

BATCH = 1000

CITIES = [
    T("San Salvador", "San Salvador"),
    T("Bogotá", "Bogotá"),
    T("Tegucigalpa", "Tegucigalpa"),
    T("Port-au-Prince", "Puerto Príncipe"),
    T("Mexico City", "Ciudad de México"),
    T("Guatemala City", "Ciudad de Guatemala"),
    T("Medellín", "Medellín"),
    T("Seattle", "Seattle"),
    T("Los Angeles", "Los Ángeles"),
    T("Oakland", "Oakland"),
    T("Portland", "Portland"),
    T("Tucson", "Tucson"),
    T("Lima", "Lima"),
]
COUNTRIES = ["SV", "CO", "HN", "HT", "MX", "GT", "PE", "VE", "US", "NI", "EC", "BO"]

POST_TITLES = [
    T("{partner} workers rally in {city}", "Trabajadores de {partner} se movilizan en {city}"),
    T("A delegation from {partner} visits {city}", "Una delegación de {partner} visita {city}"),
    T(
        "Court hears the case of {partner} leaders in {city}",
        "Un tribunal de {city} escucha el caso de dirigentes de {partner}",
    ),
    T(
        "Unions in {city} send a solidarity letter to {partner}",
        "Sindicatos de {city} envían una carta de solidaridad a {partner}",
    ),
    T(
        "{partner} wins a contract after a strike in {city}",
        "{partner} gana un contrato tras una huelga en {city}",
    ),
    T("Organizers in {city} welcome {partner}", "Organizadores de {city} reciben a {partner}"),
    T(
        "What the new trade deal means for {partner}",
        "Lo que el nuevo tratado comercial significa para {partner}",
    ),
    T(
        "Threats against {partner} organizers in {city}",
        "Amenazas contra organizadores de {partner} en {city}",
    ),
]
INTROS = [
    T(
        "Members of {partner} met workers and community groups in {city} to talk about wages, safety and the right to organize.",
        "Integrantes de {partner} se reunieron con trabajadores y grupos comunitarios de {city} para hablar de salarios, seguridad y el derecho a organizarse.",
    ),
    T(
        "A report from {city}, where {partner} has been organizing for more than a decade.",
        "Una crónica desde {city}, donde {partner} organiza desde hace más de una década.",
    ),
    T(
        "News from our partners: what happened in {city}, and how you can help {partner}.",
        "Noticias de nuestras organizaciones aliadas: lo que pasó en {city} y cómo puedes apoyar a {partner}.",
    ),
]
# Paragraphs of a post's body; a post takes three or four of them, in turn.
PARAGRAPHS = [
    T(
        "The meeting in {city} opened with a minute of silence for the organizers who have lost their lives. Then the delegates of {partner} described the campaign they have led since the company closed the plant and moved production across the border, leaving hundreds of families without income.",
        "La reunión en {city} comenzó con un minuto de silencio por los organizadores que han perdido la vida. Luego los delegados de {partner} describieron la campaña que llevan desde que la empresa cerró la planta y trasladó la producción al otro lado de la frontera, dejando a cientos de familias sin ingresos.",
    ),
    T(
        "Worker to worker solidarity is not charity: it is the recognition that the same companies and the same trade rules shape our jobs in the north and in the south. When {partner} wins, workers everywhere are stronger.",
        "La solidaridad de trabajador a trabajador no es caridad: es reconocer que las mismas empresas y las mismas reglas comerciales moldean nuestros empleos en el norte y en el sur. Cuando {partner} gana, los trabajadores de todas partes se fortalecen.",
    ),
    T(
        "Local unions pledged to send letters to the labor ministry, to invite the delegation to their next meeting and to raise funds for the legal defense of the leaders who face charges for taking part in the strike.",
        "Los sindicatos locales se comprometieron a enviar cartas al ministerio de trabajo, a invitar a la delegación a su próxima reunión y a recaudar fondos para la defensa legal de los dirigentes acusados por participar en la huelga.",
    ),
    T(
        "The new law would turn public water and electricity over to private operators. Public sector workers in {city} say it would raise prices for the poorest households and end hundreds of union contracts, and they have marched every week since it was announced.",
        "La nueva ley entregaría el agua y la electricidad públicas a operadores privados. Los trabajadores del sector público de {city} dicen que subiría las tarifas de los hogares más pobres y acabaría con cientos de contratos sindicales, y marchan cada semana desde que se anunció.",
    ),
    T(
        "Farmworkers described the long days in the fields, the pesticides sprayed while they work and the armed guards at the gates. Several of them had been displaced twice by the conflict before they found work on the plantation.",
        "Los trabajadores agrícolas describieron las largas jornadas en el campo, los pesticidas fumigados mientras trabajan y los guardias armados en las entradas. Varios de ellos habían sido desplazados dos veces por el conflicto antes de encontrar trabajo en la plantación.",
    ),
    T(
        "You can help: ask your local to pass a resolution of support, write to the embassy, or become a sustainer so that the next delegation can travel. Every letter is read aloud at the union's assembly.",
        "Puedes ayudar: pide a tu sindicato que apruebe una resolución de apoyo, escribe a la embajada o hazte donante para que la próxima delegación pueda viajar. Cada carta se lee en voz alta en la asamblea del sindicato.",
    ),
    T(
        "Since the coup, teachers, nurses and public employees have been the first targets of the repression. Human rights groups have documented dozens of arrests, and the families of the disappeared continue to ask for answers.",
        "Desde el golpe, maestras, enfermeras y empleados públicos han sido los primeros blancos de la represión. Los grupos de derechos humanos han documentado decenas de detenciones, y las familias de los desaparecidos siguen exigiendo respuestas.",
    ),
]
HEADINGS = [
    T("What happened in {city}", "Lo que pasó en {city}"),
    T("How you can help", "Cómo puedes ayudar"),
    T("Next steps", "Próximos pasos"),
]
QUOTE = T(
    "Our struggle in {city} is your struggle too: the same companies profit on both sides of the border.",
    "Nuestra lucha en {city} también es la suya: las mismas empresas se benefician a ambos lados de la frontera.",
)
AUTHORS = [
    T("Solidaridad staff", "Equipo de Solidaridad"),
    T("{partner} communications", "Comunicaciones de {partner}"),
]
HERO_ALT = T(
    "Union members marching with banners in {city}", "Sindicalistas marchan con pancartas en {city}"
)
HERO_CAPTION = T("A march in {city}.", "Una marcha en {city}.")

# Partners: what they organize, in English and Spanish.
PARTNER_KINDS = [
    (
        "agriculture",
        T("Farmworkers' Union of {city}", "Sindicato de Trabajadores Agrícolas de {city}"),
        "SA",
    ),
    (
        "public",
        T("Public Employees' Union of {city}", "Sindicato de Empleados Públicos de {city}"),
        "SE",
    ),
    ("education", T("Teachers' Union of {city}", "Sindicato de Maestros de {city}"), "SM"),
    ("mining", T("Miners' Union of {city}", "Sindicato Minero de {city}"), "SN"),
    ("manufacturing", T("Garment Workers of {city}", "Trabajadoras de la Maquila de {city}"), "TM"),
    (
        "human-rights",
        T("Human Rights Committee of {city}", "Comité de Derechos Humanos de {city}"),
        "CD",
    ),
    ("community", T("Popular Movement of {city}", "Movimiento Popular de {city}"), "MP"),
    (
        "confederation",
        T("Workers' Confederation of {city}", "Confederación de Trabajadores de {city}"),
        "CT",
    ),
]
PARTNER_SUMMARY = T(
    "Organizes workers in and around {city}, and has been a partner of the campaign since {year}.",
    "Organiza a los trabajadores de {city} y sus alrededores, y es aliada de la campaña desde {year}.",
)
PARTNER_DESCRIPTION = [
    T(
        "Founded by workers who had been fired for organizing, the union now has members in a dozen workplaces around {city}. It bargains contracts, runs a legal clinic and trains new leaders.",
        "Fundado por trabajadores despedidos por organizarse, el sindicato tiene hoy afiliados en una docena de centros de trabajo de {city}. Negocia contratos, mantiene una clínica jurídica y forma a nuevos dirigentes.",
    ),
    T(
        "Its leaders have faced threats and arrests. Solidarity from unions abroad, letters, delegations and speaker tours, has helped protect them and win recognition.",
        "Sus dirigentes han enfrentado amenazas y detenciones. La solidaridad de sindicatos del extranjero, con cartas, delegaciones y giras de oradores, ha ayudado a protegerlos y a conseguir reconocimiento.",
    ),
]

TOUR_TITLE = T("{partner} speaker tour {year}", "Gira de oradores de {partner} {year}")
TOUR_SUMMARY = T(
    "Leaders of {partner} visit union halls and community centers to talk about organizing in {city}.",
    "Dirigentes de {partner} visitan locales sindicales y centros comunitarios para hablar de la organización en {city}.",
)
TOUR_INVITE = T(
    "Want the guests at your union? Contact your local committee: we arrange travel and interpretation.",
    "¿Quieres recibir a los invitados en tu sindicato? Escribe a tu comité local: nos ocupamos del viaje y la interpretación.",
)
STOP_EVENTS = [
    (
        T("Public talk: labor and trade", "Charla pública: trabajo y comercio"),
        T("Union hall", "Local sindical"),
    ),
    (
        T("Meeting with local unions", "Reunión con sindicatos locales"),
        T("Labor temple", "Casa del trabajador"),
    ),
    (T("Community forum", "Foro comunitario"), T("Community center", "Centro comunitario")),
    (T("Closing rally", "Mitin de cierre"), T("Parish hall", "Salón parroquial")),
]


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--posts", type=int, default=1000, help="posts per language, in all")
    parser.add_argument("--partners", type=int, default=0, help="partners per language, in all")
    parser.add_argument("--tours", type=int, default=0, help="tours per language, in all")
    return parser.parse_args()


def fill(pair, language, **values):
    return getattr(pair, language).format(**values)


def html(paragraphs):
    from django.utils.html import escape

    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


class Grower:
    """Adds pages under an English index and its Spanish translation, in batches."""

    def __init__(self):
        self.english = Locale.objects.get(language_code="en")
        self.spanish = Locale.objects.get(language_code="es")
        self.locales = {"en": self.english, "es": self.spanish}
        self.now = timezone.now()
        self.photos = list(CustomImage.objects.exclude(title__startswith="Logo:").order_by("pk"))
        self.logos = list(CustomImage.objects.filter(title__startswith="Logo:").order_by("pk"))

    def parents(self, model):
        """The English index page of `model` and its Spanish translation."""
        english = model.objects.get(locale=self.english)
        return {"en": english, "es": english.get_translation(self.spanish).specific}

    def insert(self, parent, pages):
        """Write `pages` (unsaved, of one page type) as the last children of `parent`."""
        if not pages:
            return
        model = type(pages[0])
        content_type = ContentType.objects.get_for_model(model)
        last = parent.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        for page in pages:
            step += 1
            page.path = Page._get_path(parent.path, parent.depth + 1, step)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.content_type = content_type
            page.locale_id = parent.locale_id
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = self.now
        page_fields = [f for f in Page._meta.concrete_fields if f.attname != "id"]
        own_fields = model._meta.local_concrete_fields
        for start in range(0, len(pages), BATCH):
            batch = pages[start : start + BATCH]
            rows = Page.objects.bulk_create(
                [
                    Page(**{f.attname: getattr(page, f.attname) for f in page_fields})
                    for page in batch
                ]
            )
            for page, row in zip(batch, rows, strict=True):
                page.id = page.page_ptr_id = row.id
                page._state.adding = False
            model._base_manager._insert(batch, fields=own_fields, using="default")
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        parent.numchild += len(pages)

    def index(self, pages):
        """The search index entries of `pages` (of one page type), as update_index makes them."""
        if not pages:
            return
        model = type(pages[0])
        for backend in get_search_backends():
            for start in range(0, len(pages), BATCH):
                backend.add_bulk(model, pages[start : start + BATCH])

    # Partners --------------------------------------------------------------------------------

    def add_partners(self, total):
        parents = self.parents(PartnerIndexPage)
        count = total - PartnerPage.objects.filter(locale=self.english).count()
        pages = {"en": [], "es": []}
        for number in range(max(count, 0)):
            sector, name, letters = PARTNER_KINDS[number % len(PARTNER_KINDS)]
            city = CITIES[number % len(CITIES)]
            key = uuid.uuid4()
            for language in ("en", "es"):
                values = {"city": getattr(city, language), "year": 1995 + number % 30}
                title = f"{fill(name, language, **values)} ({number + 1})"
                pages[language].append(
                    PartnerPage(
                        title=title,
                        slug=slugify(title),
                        translation_key=key,
                        acronym=f"{letters}{number + 1:03}",
                        country=COUNTRIES[number % len(COUNTRIES)],
                        sector=sector,
                        logo=self.logos[number % len(self.logos)] if number % 3 else None,
                        summary=fill(PARTNER_SUMMARY, language, **values),
                        description=html(fill(p, language, **values) for p in PARTNER_DESCRIPTION),
                        website=f"https://partner-{number + 1}.example.org/",
                    )
                )
        for language, parent in parents.items():
            self.insert(parent, pages[language])
            self.index(pages[language])
        return len(pages["en"])

    # Tours -------------------------------------------------------------------------------------

    def add_tours(self, total):
        parents = self.parents(TourIndexPage)
        count = total - TourPage.objects.filter(locale=self.english).count()
        partners = list(PartnerPage.objects.filter(locale=self.english).order_by("pk"))
        people = list(PersonPage.objects.filter(locale=self.english).order_by("pk"))
        committees = {
            language: list(Committee.objects.filter(locale=locale).order_by("translation_key"))
            for language, locale in self.locales.items()
        }
        today = timezone.localdate()
        pages = {"en": [], "es": []}
        stops = []  # (language, tour index, TourStop)
        for number in range(max(count, 0)):
            partner = partners[number % len(partners)]
            city = CITIES[number % len(CITIES)]
            # Tours from about 17 years ago to 4 years ahead: upcoming and past ones.
            start = today + datetime.timedelta(days=30 * (number - count * 4 // 5) + number % 7)
            key = uuid.uuid4()
            stop_keys = [uuid.uuid4() for _ in range(3 + number % 2)]
            for language in ("en", "es"):
                values = {
                    "partner": partner.acronym or partner.title,
                    "city": getattr(city, language),
                    "year": start.year,
                }
                title = f"{fill(TOUR_TITLE, language, **values)} ({number + 1})"
                pages[language].append(
                    TourPage(
                        title=title,
                        slug=slugify(title),
                        translation_key=key,
                        summary=fill(TOUR_SUMMARY, language, **values),
                        start_date=start,
                        end_date=start + datetime.timedelta(days=10),
                        hero_image=self.photos[number % len(self.photos)],
                        hero_alt=fill(HERO_ALT, language, **values),
                        body=[
                            {
                                "type": "paragraph",
                                "value": html(
                                    fill(
                                        PARAGRAPHS[(number + n) % len(PARAGRAPHS)],
                                        language,
                                        **values,
                                    )
                                    for n in range(2)
                                ),
                            }
                        ],
                        invite_text=html([fill(TOUR_INVITE, language)]),
                    )
                )
                for n, stop_key in enumerate(stop_keys):
                    event, venue = STOP_EVENTS[n % len(STOP_EVENTS)]
                    committee = committees[language][(number + n) % len(committees[language])]
                    stops.append(
                        (
                            language,
                            number,
                            TourStop(
                                translation_key=stop_key,
                                locale=self.locales[language],
                                sort_order=n,
                                date=start + datetime.timedelta(days=3 * n),
                                city=committee.city,
                                event=fill(event, language),
                                venue=fill(venue, language),
                                committee=committee,
                            ),
                        )
                    )
        for language, parent in parents.items():
            self.insert(parent, pages[language])
            self.index(pages[language])
        for language, number, stop in stops:
            stop.page_id = pages[language][number].pk
        TourStop.objects.bulk_create([stop for _, _, stop in stops], batch_size=BATCH)
        # Guests are synchronized: the Spanish tour points at the English person, as in the demo.
        TourGuest.objects.bulk_create(
            [
                TourGuest(page=tour, person=people[number % len(people)], sort_order=0)
                for language in ("en", "es")
                for number, tour in enumerate(pages[language])
            ],
            batch_size=BATCH,
        )
        return len(pages["en"])

    # Posts -------------------------------------------------------------------------------------

    def post_body(self, number, language, values):
        paragraphs = [PARAGRAPHS[(number + n) % len(PARAGRAPHS)] for n in range(3 + number % 2)]
        body = [
            {
                "type": "paragraph",
                "value": html(fill(p, language, **values) for p in paragraphs[:2]),
            }
        ]
        if number % 5 == 0:
            body.append(
                {
                    "type": "image",
                    "value": {
                        "image": {
                            "image": self.photos[(number + 1) % len(self.photos)].pk,
                            "alt_text": fill(HERO_ALT, language, **values),
                            "decorative": False,
                        },
                        "caption": fill(HERO_CAPTION, language, **values),
                    },
                }
            )
        heading = HEADINGS[number % len(HEADINGS)]
        body.append(
            {"type": "heading", "value": {"text": fill(heading, language, **values), "level": "h2"}}
        )
        body.append(
            {
                "type": "paragraph",
                "value": html(fill(p, language, **values) for p in paragraphs[2:]),
            }
        )
        if number % 4 == 0:
            body.append(
                {
                    "type": "quote",
                    "value": {
                        "quote": fill(QUOTE, language, **values),
                        "attribution": values["partner"],
                    },
                }
            )
        return body

    def add_posts(self, total):
        parents = self.parents(BlogIndexPage)
        count = total - BlogPostPage.objects.filter(locale=self.english).count()
        partners = list(PartnerPage.objects.filter(locale=self.english).order_by("pk"))
        campaigns = list(CampaignPage.objects.filter(locale=self.english).order_by("pk"))
        topics = list(Topic.objects.filter(locale=self.english).order_by("pk"))
        today = timezone.localdate()
        pages = {"en": [], "es": []}
        links = []  # (post number, partner, campaign or None, topics)
        authors = []  # (language, post number, translation key, name)
        for number in range(max(count, 0)):
            partner = partners[number % len(partners)]
            city = CITIES[number * 7 % len(CITIES)]
            # Newest first over about ten years, a post every few days.
            date = today - datetime.timedelta(days=number * 3650 // max(count, 1))
            key = uuid.uuid4()
            author_key = uuid.uuid4()
            photo = self.photos[number % len(self.photos)] if number % 4 else None
            for language in ("en", "es"):
                values = {
                    "partner": partner.acronym or partner.title,
                    "city": getattr(city, language),
                }
                title = fill(POST_TITLES[number % len(POST_TITLES)], language, **values)
                pages[language].append(
                    BlogPostPage(
                        title=title,
                        slug=f"{slugify(title)}-{number + 1}",
                        translation_key=key,
                        date=date,
                        hero_image=photo,
                        hero_alt=fill(HERO_ALT, language, **values) if photo else "",
                        hero_caption=fill(HERO_CAPTION, language, **values) if photo else "",
                        intro=fill(INTROS[number % len(INTROS)], language, **values),
                        body=self.post_body(number, language, values),
                    )
                )
                author = AUTHORS[number % len(AUTHORS)]
                authors.append((language, number, author_key, fill(author, language, **values)))
            post_topics = [topics[number % len(topics)]]
            if number % 3 == 0:
                post_topics.append(topics[(number + 2) % len(topics)])
            campaign = campaigns[number % len(campaigns)] if number % 3 == 1 else None
            links.append((number, partner, campaign, post_topics))
        for language, parent in parents.items():
            self.insert(parent, pages[language])
            self.index(pages[language])
        BlogPostAuthor.objects.bulk_create(
            [
                BlogPostAuthor(
                    page=pages[language][number],
                    locale=self.locales[language],
                    translation_key=key,
                    name=name,
                    sort_order=0,
                )
                for language, number, key, name in authors
            ],
            batch_size=BATCH,
        )
        # Topics, partners and campaigns are synchronized: both versions of a post point at the
        # English snippet or page, as the demo's translated posts do.
        post_topics, post_partners, post_campaigns = [], [], []
        for number, partner, campaign, chosen in links:
            for language in ("en", "es"):
                post = pages[language][number]
                post_topics += [
                    BlogPostTopic(page=post, topic=topic, sort_order=n)
                    for n, topic in enumerate(chosen)
                ]
                post_partners.append(BlogPostPartner(page=post, partner=partner, sort_order=0))
                if campaign:
                    post_campaigns.append(
                        BlogPostCampaign(page=post, campaign=campaign, sort_order=0)
                    )
        BlogPostTopic.objects.bulk_create(post_topics, batch_size=BATCH)
        BlogPostPartner.objects.bulk_create(post_partners, batch_size=BATCH)
        BlogPostCampaign.objects.bulk_create(post_campaigns, batch_size=BATCH)
        return len(pages["en"])


def main():
    options = parse_args()
    started = time.perf_counter()
    grower = Grower()
    done = []
    with transaction.atomic():
        for what, add, total in [
            ("partners", grower.add_partners, options.partners),
            ("tours", grower.add_tours, options.tours),
            ("posts", grower.add_posts, options.posts),
        ]:
            step = time.perf_counter()
            added = add(total)
            if added:
                done.append(f"{added} {what} x 2 languages in {time.perf_counter() - step:.1f} s")
    with django.db.connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"grew the site: {', '.join(done) or 'nothing to add'}; {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
