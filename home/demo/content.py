"""The demo site, written from the facts of the seed pages (../shared/seeds/) in our own words.

Every text a visitor reads is a T(english, spanish) pair: the English builds the source pages,
the Spanish becomes wagtail-localize string translations. Rich text is a list of paragraphs so
each pair matches one segment the translation editor shows.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class T:
    en: str
    es: str


TODAY = datetime.date.today()

TOPICS = [
    {"slug": "labor-rights", "name": T("Labor rights", "Derechos laborales")},
    {"slug": "privatization", "name": T("Privatization", "Privatización")},
    {"slug": "migration", "name": T("Migration", "Migración")},
    {"slug": "repression", "name": T("Repression", "Represión")},
    {"slug": "speaker-tours", "name": T("Speaker tours", "Giras de oradores")},
]

COMMITTEES = [
    {
        "key": "seattle",
        "name": T("Seattle committee", "Comité de Seattle"),
        "city": T("Seattle", "Seattle"),
        "email": "seattle@example.org",
    },
    {
        "key": "portland",
        "name": T("Portland committee", "Comité de Portland"),
        "city": T("Portland", "Portland"),
        "email": "portland@example.org",
    },
    {
        "key": "bay-area",
        "name": T(
            "San Francisco Bay Area committee", "Comité del Área de la Bahía de San Francisco"
        ),
        "city": T("San Francisco Bay Area", "Área de la Bahía de San Francisco"),
        "email": "bayarea@example.org",
    },
    {
        "key": "los-angeles",
        "name": T("Los Angeles committee", "Comité de Los Ángeles"),
        "city": T("Los Angeles", "Los Ángeles"),
        "email": "la@example.org",
    },
    {
        "key": "tucson",
        "name": T("Tucson committee", "Comité de Tucson"),
        "city": T("Tucson", "Tucson"),
        "email": "tucson@example.org",
    },
]

TESTIMONIAL = {
    "quote": T(
        "Giving every month is a small way to put money behind solidarity. It keeps me part of "
        "la lucha, and it means the staff can plan their work knowing the funds will be there.",
        "Donar cada mes es una forma pequeña de respaldar la solidaridad con recursos. Me mantiene "
        "dentro de la lucha y permite que el equipo planifique su trabajo sabiendo que los fondos "
        "estarán ahí.",
    ),
    "name": "Amanda Kistler",
    "city": T("Washington, DC", "Washington D. C."),
}

FOOTER = [
    T(
        "Solidaridad builds direct, worker to worker ties between unions and popular movements "
        "in the Americas. Our work is funded by people like you, not by governments.",
        "Solidaridad construye lazos directos, de trabajador a trabajador, entre sindicatos y "
        "movimientos populares de las Américas. Nuestro trabajo lo financian personas como tú, "
        "no los gobiernos.",
    )
]

SITE_SETTINGS = {
    "contact_email": "solidarity@example.org",
    "contact_phone": "520-540-8336",
    "contact_phone_extension": "3",
    "donate_url": "https://example.org/donate",
    "facebook_url": "https://www.facebook.com/",
    "twitter_url": "https://twitter.com/CISPESLaborTour",
}

# Images are drawn locally (no download): key -> (title, colours, credit, default caption).
IMAGES = {
    "hero": (
        "Marchers with union banners",
        ("#7a1f1f", "#e0a030"),
        "© Solidaridad",
    ),
    "wwsc": (
        "Farmworkers meeting in a field",
        ("#2f5d3a", "#d9b44a"),
        "© Solidaridad",
    ),
    "pazifico": (
        "Centro Pazífico meeting room",
        ("#1f4e79", "#f0c27b"),
        "© Solidaridad",
    ),
    "haiti": (
        "Workers' assembly in Port-au-Prince",
        ("#3b2a63", "#e07a5f"),
        "© Solidaridad",
    ),
    "tour": (
        "Speaker at a union hall",
        ("#5b2333", "#f4a259"),
        "© Solidaridad",
    ),
    "tour-2": (
        "Delegation on the road",
        ("#264653", "#e9c46a"),
        "© Solidaridad",
    ),
    "alex": (
        "Portrait of Alex Gómez",
        ("#6d3b47", "#c9a227"),
        "© Solidaridad",
    ),
    "delegation": (
        "Portrait of the FENSUAGRO delegation",
        ("#2a4d14", "#e5b25d"),
        "© Solidaridad",
    ),
    "amanda": (
        "Portrait of Amanda Kistler",
        ("#3d405b", "#f2cc8f"),
        "© Solidaridad",
    ),
    "post-tour": (
        "Map of the West Coast tour",
        ("#005f73", "#ee9b00"),
        "© Solidaridad",
    ),
    "post-ppp": (
        "Public workers rally in San Salvador",
        ("#9b2226", "#e9d8a6"),
        "© Solidaridad",
    ),
    "post-deport": (
        "Deportation flight on the tarmac",
        ("#463f3a", "#bcb8b1"),
        "© Solidaridad",
    ),
    "post-tps": (
        "TPS holders rally for residency",
        ("#1d3557", "#e63946"),
        "© Solidaridad",
    ),
    "post-labornotes": (
        "FENSUAGRO at a labor conference",
        ("#283618", "#dda15e"),
        "© Solidaridad",
    ),
    "post-teachers": (
        "Teachers march in Mexico",
        ("#582f0e", "#ffba08"),
        "© Solidaridad",
    ),
    "post-pazifico": (
        "Families at the Centro Pazífico",
        ("#14213d", "#fca311"),
        "© Solidaridad",
    ),
}
LOGOS = {
    "FENSUAGRO": ("#2f5d3a", "#ffffff"),
    "SITRALONB": ("#9b2226", "#ffffff"),
    "CTH": ("#1d3557", "#ffffff"),
    "CC": ("#582f0e", "#ffffff"),
    "CP": ("#1f4e79", "#ffffff"),
}

BIO_DOCUMENT = {
    "title": "Bio of Alex Gómez (SITRALONB)",
    "filename": "alex-gomez-bio.pdf",
    "lines": [
        "Alex Gómez",
        "Executive Board, National Lottery Workers Union (SITRALONB), El Salvador",
        "",
        "A long-time leader of El Salvador's union movement. SITRALONB organizes the",
        "workers of the National Lottery, a public institution, and is part of the",
        "federation of public service unions. In 2013 the union and its allies were",
        "preparing to oppose a proposed Public-Private Partnership law that would open",
        "public services to private investors.",
        "",
        "West Coast Labor Solidarity Tour: February 3-13, 2013.",
        "To invite Alex to meet your union, contact your local committee.",
    ],
}

HOME = {
    "title": T("Home", "Inicio"),
    "slug": T("home", "inicio"),
    "hero_heading": T(
        "Worker to worker, across borders", "De trabajador a trabajador, sin fronteras"
    ),
    "hero_intro": T(
        "We bring union leaders from El Salvador, Colombia, Haiti and Mexico to meet workers in "
        "the United States, and we stand with their unions when they are under attack.",
        "Traemos a dirigentes sindicales de El Salvador, Colombia, Haití y México a reunirse con "
        "trabajadores en Estados Unidos, y acompañamos a sus sindicatos cuando son atacados.",
    ),
    "donate_text": T(
        "Join Amanda: become a sustaining donor today", "Únete a Amanda: hazte donante mensual hoy"
    ),
}

CAMPAIGN_INDEX = {
    "title": T("Campaigns", "Campañas"),
    "slug": T("campaigns", "campanas"),
    "intro": [
        T(
            "Our campaigns support unions and popular movements that face repression, "
            "privatization and displacement.",
            "Nuestras campañas apoyan a sindicatos y movimientos populares que enfrentan "
            "represión, privatización y desplazamiento.",
        )
    ],
}

PARTNER_INDEX = {
    "title": T("Partners", "Organizaciones aliadas"),
    "slug": T("partners", "aliadas"),
    "intro": [
        T(
            "The unions and organizations we work with, union to union and movement to movement.",
            "Los sindicatos y organizaciones con quienes trabajamos, de sindicato a sindicato y "
            "de movimiento a movimiento.",
        )
    ],
}

TOUR_INDEX = {
    "title": T("Tours", "Giras"),
    "slug": T("tours", "giras"),
    "intro": [
        T(
            "Speaker tours bring union leaders to meet workers, students and congregations in "
            "cities across the United States.",
            "Las giras de oradores traen a dirigentes sindicales a reunirse con trabajadores, "
            "estudiantes y congregaciones en ciudades de todo Estados Unidos.",
        )
    ],
}

PEOPLE_INDEX = {
    "title": T("People", "Personas"),
    "menu": False,
    "slug": T("people", "personas"),
    "intro": [
        T(
            "The organizers and union leaders who have toured with us.",
            "Las organizadoras, organizadores y dirigentes sindicales que han salido de gira con nosotros.",
        )
    ],
}

BLOG_INDEX = {
    "title": T("News", "Noticias"),
    "slug": T("news", "noticias"),
    "intro": [
        T(
            "Recent posts from our campaigns, tours and partner unions.",
            "Publicaciones recientes sobre nuestras campañas, giras y sindicatos aliados.",
        )
    ],
}

PARTNERS = [
    {
        "key": "FENSUAGRO",
        "title": T(
            "National Unitary Federation of Agricultural Workers",
            "Federación Nacional Sindical Unitaria Agropecuaria",
        ),
        "slug": T("fensuagro", "fensuagro"),
        "acronym": "FENSUAGRO",
        "country": "CO",
        "sector": "agriculture",
        "summary": T(
            "Colombia's federation of farmworkers and small farmers, among the most repressed "
            "labor organizations in the world.",
            "La federación colombiana de trabajadores agrícolas y pequeños campesinos, una de las "
            "organizaciones sindicales más reprimidas del mundo.",
        ),
        "description": [
            T(
                "FENSUAGRO brings together agricultural workers, small farmers and rural "
                "communities across Colombia. Its members have paid for their organizing with "
                "threats, displacement and their lives.",
                "FENSUAGRO reúne a trabajadores agrícolas, pequeños campesinos y comunidades "
                "rurales de toda Colombia. Sus afiliados han pagado su organización con "
                "amenazas, desplazamiento y sus vidas.",
            ),
            T(
                "We have a close relationship with the federation: we brought its leaders on a "
                "tour of the United States, including the Labor Notes conferences of 2016 and "
                "2018, and helped them build lasting ties with US unions.",
                "Tenemos una relación cercana con la federación: trajimos a sus dirigentes de "
                "gira por Estados Unidos, incluidas las conferencias de Labor Notes de 2016 y "
                "2018, y les ayudamos a construir lazos duraderos con sindicatos estadounidenses.",
            ),
        ],
        "website": "https://example.org/fensuagro",
    },
    {
        "key": "SITRALONB",
        "title": T(
            "National Lottery Workers Union", "Sindicato de Trabajadores de la Lotería Nacional"
        ),
        "slug": T("sitralonb", "sitralonb"),
        "acronym": "SITRALONB",
        "country": "SV",
        "sector": "public",
        "summary": T(
            "The union of El Salvador's National Lottery workers, part of the fight against "
            "privatizing public services.",
            "El sindicato de los trabajadores de la Lotería Nacional de El Salvador, parte de la "
            "lucha contra la privatización de los servicios públicos.",
        ),
        "description": [
            T(
                "SITRALONB organizes the workers of El Salvador's National Lottery, a public "
                "institution. With its allies in the public sector, it opposed a proposed "
                "Public-Private Partnership law that would hand public services to private "
                "investors.",
                "SITRALONB organiza a los trabajadores de la Lotería Nacional de El Salvador, "
                "una institución pública. Junto con sus aliados del sector público, se opuso a "
                "una propuesta de ley de Asocios Público-Privados que entregaría los servicios "
                "públicos a inversionistas privados.",
            ),
        ],
        "website": "https://example.org/sitralonb",
    },
    {
        "key": "CTH",
        "title": T("Confederation of Haitian Workers", "Confederación de Trabajadores Haitianos"),
        "slug": T("cth", "cth"),
        "acronym": "CTH",
        "country": "HT",
        "sector": "confederation",
        "summary": T(
            "A Haitian union confederation persecuted after the 2004 coup, when US labor gave it "
            "no support.",
            "Una confederación sindical haitiana perseguida después del golpe de 2004, cuando el "
            "sindicalismo estadounidense no le dio ningún apoyo.",
        ),
        "description": [
            T(
                "After the US-backed coup in Haiti in 2004, the CTH was brutally persecuted. Our "
                "campaign, then called the Campaign for Labor Rights, made its situation known "
                "and helped it build relations with US unions.",
                "Tras el golpe de Estado de 2004 en Haití, respaldado por Estados Unidos, la CTH "
                "sufrió una persecución brutal. Nuestra campaña, que entonces se llamaba Campaña "
                "por los Derechos Laborales, dio a conocer su situación y le ayudó a construir "
                "relaciones con sindicatos estadounidenses.",
            ),
        ],
        "website": "",
    },
    {
        "key": "CC",
        "title": T("Comité Cerezo", "Comité Cerezo"),
        "slug": T("comite-cerezo", "comite-cerezo"),
        "acronym": "",
        "country": "MX",
        "sector": "human-rights",
        "summary": T(
            "A Mexican human rights organization that records abuses against social movements.",
            "Una organización mexicana de derechos humanos que documenta las agresiones contra "
            "los movimientos sociales.",
        ),
        "description": [
            T(
                "The Comité Cerezo documents human rights abuses in Mexico. In one recent year, "
                "more than 70% of the abuses it recorded targeted members and supporters of "
                "teachers' unions and popular education activists.",
                "El Comité Cerezo documenta violaciones de derechos humanos en México. En un año "
                "reciente, más del 70% de las agresiones que registró fueron contra integrantes "
                "y simpatizantes de sindicatos magisteriales y activistas de la educación popular.",
            ),
        ],
        "website": "https://example.org/comite-cerezo",
    },
    {
        "key": "CP",
        "title": T("Centro Pazífico", "Centro Pazífico"),
        "slug": T("centro-pazifico", "centro-pazifico"),
        "acronym": "",
        "country": "CO",
        "sector": "community",
        "summary": T(
            "A human rights and popular movement center in Cali, Colombia.",
            "Un centro de derechos humanos y de movimientos populares en Cali, Colombia.",
        ),
        "description": [
            T(
                "The Centro Pazífico works with regional agricultural workers' unions and popular "
                "movements. It offers them space to meet, work and study, and temporary lodging "
                "for rural and urban workers and their families displaced by political violence.",
                "El Centro Pazífico trabaja con sindicatos agrarios regionales y movimientos "
                "populares. Les ofrece espacio para reunirse, trabajar y formarse, y alojamiento "
                "temporal para trabajadores rurales y urbanos y sus familias desplazados por la "
                "violencia política.",
            ),
        ],
        "website": "",
    },
]

CAMPAIGNS = [
    {
        "key": "wwsc",
        "title": T(
            "Worker to Worker Solidarity Campaign",
            "Campaña de Solidaridad de Trabajador a Trabajador",
        ),
        "slug": T("worker-to-worker", "de-trabajador-a-trabajador"),
        "status": "active",
        "image": "wwsc",
        "hero_alt": T(
            "Farmworkers gathered in a field, drawn in green and gold",
            "Trabajadores agrícolas reunidos en un campo, dibujados en verde y dorado",
        ),
        "summary": T(
            "Mutual solidarity between workers and unions across the planet, independent of "
            "government money and direction.",
            "Solidaridad mutua entre trabajadores y sindicatos de todo el planeta, independiente "
            "del dinero y la dirección de los gobiernos.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "The Worker to Worker Solidarity Campaign supports internationalist, mutual "
                    "solidarity between workers and unions everywhere. Only by standing together can "
                    "we confront transnational capital and militarism and build a more just and "
                    "peaceful world.",
                    "La Campaña de Solidaridad de Trabajador a Trabajador impulsa la solidaridad "
                    "internacionalista y mutua entre trabajadores y sindicatos de todas partes. Solo "
                    "unidos podemos enfrentar al capital transnacional y al militarismo, y construir "
                    "un mundo más justo y en paz.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Direct solidarity, from worker to worker, farmer to farmer, union to union and "
                    "movement to movement, is the way forward. When US labor depends on government "
                    "funding for its international work, that work can be used to interfere in other "
                    "countries and to undermine the very workers it claims to help. We ask US unions "
                    "to build international programs of their own.",
                    "La solidaridad directa, de trabajador a trabajador, de campesino a campesino, de "
                    "sindicato a sindicato y de movimiento a movimiento, es el camino. Cuando el "
                    "sindicalismo estadounidense depende de fondos del gobierno para su trabajo "
                    "internacional, ese trabajo puede usarse para intervenir en otros países y "
                    "debilitar a los mismos trabajadores que dice ayudar. Pedimos a los sindicatos "
                    "de Estados Unidos que construyan sus propios programas internacionales.",
                ),
            ),
            ("heading", T("Our history", "Nuestra historia")),
            (
                "paragraph",
                T(
                    "After the 2004 coup in Haiti, we publicized the persecution of the Confederation "
                    "of Haitian Workers when no US union stood with it. In 2004 and 2005 we organized "
                    "support for a resolution to the AFL-CIO convention to change how the federation "
                    "conducts its international work. We also co-sponsored the tour of a Venezuelan "
                    "unionist who exposed how labor channels had funneled money to coup plotters.",
                    "Después del golpe de 2004 en Haití, denunciamos la persecución de la "
                    "Confederación de Trabajadores Haitianos cuando ningún sindicato estadounidense la "
                    "acompañaba. En 2004 y 2005 organizamos apoyo para una resolución ante la "
                    "convención de la AFL-CIO que buscaba cambiar la forma en que la federación "
                    "realiza su trabajo internacional. También copatrocinamos la gira de un "
                    "sindicalista venezolano que denunció cómo se usaron canales sindicales para "
                    "financiar a golpistas.",
                ),
            ),
            (
                "quote",
                T(
                    "Worker to worker internationalism is the road we must take if we want peace, "
                    "justice and a fair deal for all who labor, in factory and field.",
                    "El internacionalismo de trabajador a trabajador es el camino que debemos tomar "
                    "si queremos paz, justicia y un trato justo para todos los que trabajan, en la "
                    "fábrica y en el campo.",
                ),
                T(
                    "Worker to Worker Solidarity Campaign",
                    "Campaña de Solidaridad de Trabajador a Trabajador",
                ),
            ),
            (
                "events",
                T("Milestones", "Hitos"),
                [
                    (
                        datetime.date(2013, 2, 3),
                        T(
                            "Alex Gómez of SITRALONB tours the West Coast",
                            "Alex Gómez, del SITRALONB, recorre la Costa Oeste",
                        ),
                        T("Seattle to Los Angeles", "De Seattle a Los Ángeles"),
                    ),
                    (
                        datetime.date(2016, 4, 1),
                        T(
                            "FENSUAGRO speaks at the Labor Notes conference",
                            "FENSUAGRO interviene en la conferencia de Labor Notes",
                        ),
                        T("Chicago", "Chicago"),
                    ),
                    (
                        datetime.date(2018, 4, 6),
                        T(
                            "Back at Labor Notes with partners from Colombia and Mexico",
                            "De vuelta en Labor Notes con compañeros de Colombia y México",
                        ),
                        T("Chicago", "Chicago"),
                    ),
                ],
            ),
            (
                "paragraph",
                T(
                    "Today we work most closely with FENSUAGRO in Colombia, with teachers' unions in "
                    "Mexico, and with coalitions of environmental defenders and miners' unions in "
                    "Mexico and Peru who fight for workers' rights and against contamination.",
                    "Hoy trabajamos más de cerca con FENSUAGRO en Colombia, con sindicatos "
                    "magisteriales en México y con coaliciones de defensores del medio ambiente y "
                    "sindicatos mineros en México y Perú que luchan por los derechos laborales y "
                    "contra la contaminación.",
                ),
            ),
        ],
        "priorities_heading": T(
            "Whom we stand with first", "Con quiénes nos solidarizamos primero"
        ),
        "priorities": [
            T(
                "Unions and labor movements targeted by US government or transnational corporate policies.",
                "Sindicatos y movimientos laborales atacados por políticas del gobierno de Estados "
                "Unidos o de corporaciones transnacionales.",
            ),
            T(
                "Movements seeking political and economic liberation from those policies.",
                "Movimientos que buscan su liberación política y económica frente a esas políticas.",
            ),
            T(
                "Movements not yet receiving the solidarity they need from US labor and popular movements.",
                "Movimientos que aún no reciben la solidaridad que necesitan del sindicalismo y los "
                "movimientos populares de Estados Unidos.",
            ),
        ],
        "partners": ["FENSUAGRO", "CTH", "CC", "CP"],
        "cta_kind": "donate",
        "cta_heading": T(
            "Support worker to worker solidarity", "Apoya la solidaridad de trabajador a trabajador"
        ),
        "cta_text": T(
            "Our campaign takes no government money. A monthly gift keeps it independent.",
            "Nuestra campaña no recibe dinero de gobiernos. Una donación mensual la mantiene independiente.",
        ),
        "cta_button": T("Donate", "Donar"),
        "contact_email": "wwsc@example.org",
        "contact_phone": "520-540-8336",
        "contact_phone_extension": "3",
    },
    {
        "key": "pazifico",
        "title": T("Support the Centro Pazífico", "Apoya al Centro Pazífico"),
        "slug": T("centro-pazifico", "centro-pazifico"),
        "status": "active",
        "image": "pazifico",
        "hero_alt": T(
            "A meeting room with chairs in a circle, drawn in blue and orange",
            "Una sala de reuniones con sillas en círculo, dibujada en azul y naranja",
        ),
        "summary": T(
            "Help a center in Cali, Colombia, give meeting space and shelter to workers displaced by political violence.",
            "Ayuda a un centro en Cali, Colombia, a dar espacio de reunión y refugio a trabajadores "
            "desplazados por la violencia política.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "The Centro Pazífico in Cali partners with regional agricultural workers' unions "
                    "and popular movements. It gives them meeting, office and classroom space, and "
                    "temporary lodging for rural and urban workers and their families who had to "
                    "flee political violence.",
                    "El Centro Pazífico, en Cali, trabaja con sindicatos agrarios regionales y "
                    "movimientos populares. Les ofrece espacio para reuniones, oficinas y aulas, y "
                    "alojamiento temporal para trabajadores rurales y urbanos y sus familias que "
                    "tuvieron que huir de la violencia política.",
                ),
            ),
        ],
        "priorities_heading": T("", ""),
        "priorities": [],
        "partners": ["CP", "FENSUAGRO"],
        "cta_kind": "contact",
        "cta_heading": T("Help the center", "Ayuda al centro"),
        "cta_text": T(
            "Write to us to organize a fundraiser or a visit.",
            "Escríbenos para organizar una colecta o una visita.",
        ),
        "cta_button": T("Contact us", "Contáctanos"),
        "cta_page": "contact",
        "contact_email": "wwsc@example.org",
        "contact_phone": "",
        "contact_phone_extension": "",
    },
    {
        "key": "haiti",
        "title": T("Solidarity with Haitian workers", "Solidaridad con los trabajadores haitianos"),
        "slug": T("haitian-workers", "trabajadores-haitianos"),
        "status": "past",
        "image": "haiti",
        "hero_alt": T(
            "A workers' assembly, drawn in purple and coral",
            "Una asamblea de trabajadores, dibujada en morado y coral",
        ),
        "summary": T(
            "After the 2004 coup, we broke the silence of US labor on the persecution of the CTH.",
            "Después del golpe de 2004, rompimos el silencio del sindicalismo estadounidense "
            "sobre la persecución de la CTH.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "In 2004, a US-sponsored coup in Haiti was followed by the brutal persecution of "
                    "the Confederation of Haitian Workers, at a time when it received no support "
                    "from US labor. Our campaign publicized the situation and helped change it.",
                    "En 2004, a un golpe de Estado en Haití patrocinado por Estados Unidos le siguió "
                    "la persecución brutal de la Confederación de Trabajadores Haitianos, en un "
                    "momento en que no recibía ningún apoyo del sindicalismo estadounidense. Nuestra "
                    "campaña dio a conocer la situación y ayudó a cambiarla.",
                ),
            ),
        ],
        "priorities_heading": T("", ""),
        "priorities": [],
        "partners": ["CTH"],
        "cta_kind": "sign-up",
        "cta_heading": T("Hear about new campaigns", "Entérate de nuevas campañas"),
        "cta_text": T(
            "Leave us your email and we will keep you informed.",
            "Déjanos tu correo y te mantendremos al tanto.",
        ),
        "cta_button": T("Sign up", "Suscríbete"),
        "cta_page": "contact",
        "contact_email": "",
        "contact_phone": "",
        "contact_phone_extension": "",
    },
]

PEOPLE = [
    {
        "key": "alex",
        "title": T("Alex Gómez", "Alex Gómez"),
        "slug": T("alex-gomez", "alex-gomez"),
        "image": "alex",
        "role": T(
            "Executive Board member, National Lottery Workers Union (SITRALONB)",
            "Miembro de la Junta Directiva del Sindicato de Trabajadores de la Lotería Nacional (SITRALONB)",
        ),
        "organization": "SITRALONB",
        "biography": [
            T(
                "Alex Gómez is a long-time leader of El Salvador's union movement and sits on the "
                "executive board of SITRALONB, the union of the National Lottery workers.",
                "Alex Gómez es un dirigente de larga trayectoria en el movimiento sindical "
                "salvadoreño e integra la junta directiva del SITRALONB, el sindicato de los "
                "trabajadores de la Lotería Nacional.",
            ),
            T(
                "In 2013 he toured the West Coast of the United States to build ties with US "
                "unions as his union prepared to fight a proposed Public-Private Partnership law.",
                "En 2013 recorrió la Costa Oeste de Estados Unidos para construir lazos con "
                "sindicatos estadounidenses mientras su sindicato se preparaba para enfrentar una "
                "propuesta de ley de Asocios Público-Privados.",
            ),
        ],
        "bio": True,
    },
    {
        "key": "delegation",
        "title": T("FENSUAGRO delegation", "Delegación de FENSUAGRO"),
        "slug": T("fensuagro-delegation", "delegacion-fensuagro"),
        "image": "delegation",
        "role": T(
            "Leaders of Colombia's federation of agricultural workers",
            "Dirigentes de la federación colombiana de trabajadores agrícolas",
        ),
        "organization": "FENSUAGRO",
        "biography": [
            T(
                "A delegation of FENSUAGRO leaders, who will speak about organizing farmworkers "
                "in Colombia in the face of repression.",
                "Una delegación de dirigentes de FENSUAGRO, que hablará de la organización de "
                "los trabajadores agrícolas en Colombia frente a la represión.",
            ),
        ],
        "bio": False,
    },
]

_upcoming = TODAY + datetime.timedelta(days=45)

TOURS = [
    {
        "key": "west-coast-2013",
        "title": T(
            "West Coast Labor Solidarity Tour", "Gira de Solidaridad Laboral por la Costa Oeste"
        ),
        "slug": T(
            "west-coast-labor-solidarity-tour-2013", "gira-solidaridad-laboral-costa-oeste-2013"
        ),
        "image": "tour",
        "hero_alt": T(
            "A speaker at a lectern in a union hall, drawn in wine and orange",
            "Un orador en un atril en un local sindical, dibujado en vino y naranja",
        ),
        "guests": ["alex"],
        "start_date": datetime.date(2013, 2, 3),
        "end_date": datetime.date(2013, 2, 13),
        "summary": T(
            "Alex Gómez of SITRALONB visits the West Coast to share strategies for the "
            "transnational fight for workers' rights and dignity.",
            "Alex Gómez, del SITRALONB, visita la Costa Oeste para compartir estrategias de la "
            "lucha transnacional por los derechos y la dignidad de los trabajadores.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "From February 3 to 13, 2013, Alex Gómez, a leader of El Salvador's union "
                    "movement, tours cities of the US West Coast. He hopes to forge new ties with "
                    "US unions and activists, to share experiences and strategies, as his union and "
                    "its allies get ready to face a proposed Public-Private Partnership law.",
                    "Del 3 al 13 de febrero de 2013, Alex Gómez, dirigente del movimiento sindical "
                    "salvadoreño, recorre ciudades de la Costa Oeste de Estados Unidos. Busca forjar "
                    "nuevos lazos con sindicatos y activistas estadounidenses, y compartir "
                    "experiencias y estrategias, mientras su sindicato y sus aliados se preparan para "
                    "enfrentar una propuesta de ley de Asocios Público-Privados.",
                ),
            ),
            ("embed", "https://twitter.com/CISPESLaborTour"),
        ],
        "invite_text": [
            T(
                "Would you like to help plan an event in your city, or invite Alex to meet your "
                "union or organization? Contact the committee in your city listed with each stop.",
                "¿Quieres ayudar a organizar un evento en tu ciudad o invitar a Alex a reunirse "
                "con tu sindicato u organización? Escribe al comité de tu ciudad que aparece en "
                "cada parada.",
            )
        ],
        "stops": [
            (
                datetime.date(2013, 2, 3),
                "seattle",
                T("Seattle", "Seattle"),
                T(
                    "Public talk: privatization and public workers in El Salvador",
                    "Charla pública: la privatización y los trabajadores públicos en El Salvador",
                ),
                T("Union hall, downtown Seattle", "Local sindical, centro de Seattle"),
            ),
            (
                datetime.date(2013, 2, 5),
                "portland",
                T("Portland", "Portland"),
                T("Meeting with public sector unions", "Reunión con sindicatos del sector público"),
                T("Labor temple", "Casa del trabajador"),
            ),
            (
                datetime.date(2013, 2, 8),
                "bay-area",
                T("Oakland", "Oakland"),
                T(
                    "Community forum on trade and labor rights",
                    "Foro comunitario sobre comercio y derechos laborales",
                ),
                T("Community center", "Centro comunitario"),
            ),
            (
                datetime.date(2013, 2, 11),
                "los-angeles",
                T("Los Angeles", "Los Ángeles"),
                T("Evening with the Salvadoran community", "Velada con la comunidad salvadoreña"),
                T("Parish hall", "Salón parroquial"),
            ),
        ],
        "bio": True,
        "twitter_url": "https://twitter.com/CISPESLaborTour",
        "facebook_url": "https://www.facebook.com/",
    },
    {
        "key": "fensuagro-tour",
        "title": T("FENSUAGRO Speaker Tour", "Gira de oradores de FENSUAGRO"),
        "slug": T("fensuagro-speaker-tour", "gira-oradores-fensuagro"),
        "image": "tour-2",
        "hero_alt": T(
            "A delegation walking on a road, drawn in teal and sand",
            "Una delegación caminando por una carretera, dibujada en verde azulado y arena",
        ),
        "guests": ["delegation"],
        "start_date": _upcoming,
        "end_date": _upcoming + datetime.timedelta(days=9),
        "summary": T(
            "Leaders of Colombia's farmworkers' federation meet US unions, from Tucson to Seattle.",
            "Dirigentes de la federación colombiana de trabajadores agrícolas se reúnen con "
            "sindicatos estadounidenses, de Tucson a Seattle.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "Following their visits to the Labor Notes conferences, FENSUAGRO leaders return "
                    "to meet the unions that have stood with them, and to ask for solidarity in the "
                    "face of continuing repression in rural Colombia.",
                    "Después de sus visitas a las conferencias de Labor Notes, dirigentes de "
                    "FENSUAGRO regresan para reunirse con los sindicatos que los han acompañado y "
                    "pedir solidaridad frente a la represión que continúa en el campo colombiano.",
                ),
            ),
        ],
        "invite_text": [
            T(
                "To invite the delegation to your union, write to the committee in your city.",
                "Para invitar a la delegación a tu sindicato, escribe al comité de tu ciudad.",
            )
        ],
        "stops": [
            (
                _upcoming,
                "tucson",
                T("Tucson", "Tucson"),
                T("Welcome forum", "Foro de bienvenida"),
                T("Union hall", "Local sindical"),
            ),
            (
                _upcoming + datetime.timedelta(days=4),
                "bay-area",
                T("Oakland", "Oakland"),
                T(
                    "Meeting with farmworker organizers",
                    "Reunión con organizadores de trabajadores agrícolas",
                ),
                T("Community center", "Centro comunitario"),
            ),
            (
                _upcoming + datetime.timedelta(days=9),
                "seattle",
                T("Seattle", "Seattle"),
                T("Closing rally", "Mitin de cierre"),
                T("Labor temple", "Casa del trabajador"),
            ),
        ],
        "bio": False,
        "twitter_url": "",
        "facebook_url": "",
    },
]

POSTS = [
    {
        "slug": T("alex-gomez-tours-the-west-coast", "alex-gomez-recorre-la-costa-oeste"),
        "title": T("Alex Gómez tours the West Coast", "Alex Gómez recorre la Costa Oeste"),
        "date": datetime.date(2013, 1, 15),
        "authors": [T("Labor Solidarity Tour team", "Equipo de la Gira de Solidaridad Laboral")],
        "image": "post-tour",
        "hero_alt": T(
            "A map of the US West Coast with tour cities marked",
            "Un mapa de la Costa Oeste de Estados Unidos con las ciudades de la gira",
        ),
        "hero_caption": T(
            "The cities on the 2013 tour, from Seattle to Los Angeles.",
            "Las ciudades de la gira de 2013, de Seattle a Los Ángeles.",
        ),
        "intro": T(
            "A SITRALONB leader will spend ten days meeting unions in the Pacific Northwest and California.",
            "Un dirigente del SITRALONB pasará diez días reuniéndose con sindicatos del Noroeste del Pacífico y California.",
        ),
        "body": [
            T(
                "Events with Alex Gómez are being planned in the Pacific Northwest and California. "
                "Follow the tour for details as each event is confirmed.",
                "Se están organizando eventos con Alex Gómez en el Noroeste del Pacífico y en "
                "California. Sigue la gira para conocer los detalles a medida que se confirme "
                "cada evento.",
            )
        ],
        "topics": ["speaker-tours"],
        "campaigns": [],
        "partners": ["SITRALONB"],
    },
    {
        "slug": T(
            "salvadoran-unions-face-privatization-law",
            "sindicatos-salvadorenos-frente-a-ley-de-privatizacion",
        ),
        "title": T(
            "Salvadoran unions face a privatization law",
            "Los sindicatos salvadoreños frente a una ley de privatización",
        ),
        "date": datetime.date(2013, 1, 28),
        "authors": [T("Solidaridad staff", "Equipo de Solidaridad")],
        "image": "post-ppp",
        "hero_alt": T(
            "Public workers holding banners at a rally",
            "Trabajadores públicos con mantas en una manifestación",
        ),
        "hero_caption": T(
            "Public sector unions prepare their response.",
            "Los sindicatos del sector público preparan su respuesta.",
        ),
        "intro": T(
            "A proposed Public-Private Partnership law would open public services to private investors.",
            "Una propuesta de ley de Asocios Público-Privados abriría los servicios públicos a inversionistas privados.",
        ),
        "body": [
            T(
                "Public sector unions in El Salvador, SITRALONB among them, warn that the law would "
                "put public services and the jobs of those who provide them at the mercy of private profit.",
                "Los sindicatos del sector público de El Salvador, entre ellos el SITRALONB, "
                "advierten que la ley pondría los servicios públicos y los empleos de quienes los "
                "prestan a merced de la ganancia privada.",
            )
        ],
        "topics": ["privatization", "labor-rights"],
        "campaigns": [],
        "partners": ["SITRALONB"],
    },
    {
        "slug": T("deportation-flights-to-san-salvador", "vuelos-de-deportacion-a-san-salvador"),
        "title": T("Deportation flights to San Salvador", "Vuelos de deportación a San Salvador"),
        "date": datetime.date(2013, 3, 4),
        "authors": [T("Solidaridad staff", "Equipo de Solidaridad")],
        "image": "post-deport",
        "hero_alt": T("An airplane on the tarmac", "Un avión en la pista"),
        "hero_caption": T(
            "Salvadorans wait to be deported on a flight from Arizona to San Salvador.",
            "Salvadoreños esperan ser deportados en un vuelo de Arizona a San Salvador.",
        ),
        "intro": T(
            "Every week, immigration flights return Salvadorans to a country many fled years ago.",
            "Cada semana, vuelos de inmigración devuelven a salvadoreños a un país del que muchos huyeron hace años.",
        ),
        "body": [
            T(
                "Deportations break up families and communities on both sides of the border. "
                "Unions here and in El Salvador are asking for an end to them.",
                "Las deportaciones separan familias y comunidades a ambos lados de la frontera. "
                "Sindicatos de aquí y de El Salvador piden que terminen.",
            )
        ],
        "topics": ["migration"],
        "campaigns": [],
        "partners": [],
    },
    {
        "slug": T("tps-holders-demand-residency", "beneficiarios-del-tps-exigen-residencia"),
        "title": T(
            "TPS holders demand permanent residency",
            "Beneficiarios del TPS exigen la residencia permanente",
        ),
        "date": datetime.date(2018, 1, 20),
        "authors": [T("Solidaridad staff", "Equipo de Solidaridad")],
        "image": "post-tps",
        "hero_alt": T(
            "People at a rally holding signs", "Personas en una manifestación con pancartas"
        ),
        "hero_caption": T(
            "Activists with the Central American Refugee Center (CARACEN) call for residency for TPS holders.",
            "Activistas del Centro de Refugiados Centroamericanos (CARACEN) piden la residencia para los beneficiarios del TPS.",
        ),
        "intro": T(
            "Central Americans with Temporary Protected Status ask for a permanent solution.",
            "Centroamericanos con Estatus de Protección Temporal piden una solución permanente.",
        ),
        "body": [
            T(
                "Many TPS holders have lived and worked here for decades. With the National TPS "
                "Alliance, they ask Congress for legal permanent residency.",
                "Muchos beneficiarios del TPS han vivido y trabajado aquí durante décadas. Con la "
                "Alianza Nacional TPS, piden al Congreso la residencia permanente legal.",
            )
        ],
        "topics": ["migration", "labor-rights"],
        "campaigns": [],
        "partners": [],
    },
    {
        "slug": T("fensuagro-at-labor-notes", "fensuagro-en-labor-notes"),
        "title": T("FENSUAGRO leaders at Labor Notes", "Dirigentes de FENSUAGRO en Labor Notes"),
        "date": datetime.date(2018, 4, 10),
        "authors": [
            T(
                "Worker to Worker Solidarity Campaign",
                "Campaña de Solidaridad de Trabajador a Trabajador",
            )
        ],
        "image": "post-labornotes",
        "hero_alt": T(
            "Conference participants listening to a panel",
            "Participantes de una conferencia escuchando un panel",
        ),
        "hero_caption": T(
            "FENSUAGRO speakers at the Labor Notes conference.",
            "Oradores de FENSUAGRO en la conferencia de Labor Notes.",
        ),
        "intro": T(
            "For the second time, Colombian farmworker leaders join the largest gathering of rank-and-file US unionists.",
            "Por segunda vez, dirigentes campesinos colombianos participan en el mayor encuentro "
            "de sindicalistas de base de Estados Unidos.",
        ),
        "body": [
            T(
                "After their first visit in 2016, FENSUAGRO leaders returned to Labor Notes in 2018 "
                "to tell US unionists about the repression they face and to build relationships "
                "that last beyond the conference.",
                "Después de su primera visita en 2016, dirigentes de FENSUAGRO volvieron a Labor "
                "Notes en 2018 para contar a sindicalistas estadounidenses la represión que "
                "enfrentan y construir relaciones que duren más allá de la conferencia.",
            )
        ],
        "topics": ["speaker-tours", "repression"],
        "campaigns": ["wwsc"],
        "partners": ["FENSUAGRO"],
    },
    {
        "slug": T(
            "teachers-unions-in-mexico-under-attack",
            "sindicatos-magisteriales-de-mexico-bajo-ataque",
        ),
        "title": T(
            "Teachers' unions in Mexico under attack",
            "Sindicatos magisteriales de México bajo ataque",
        ),
        "date": datetime.date(2019, 2, 14),
        "authors": [
            T(
                "Worker to Worker Solidarity Campaign",
                "Campaña de Solidaridad de Trabajador a Trabajador",
            )
        ],
        "image": "post-teachers",
        "hero_alt": T("Teachers marching with banners", "Maestros marchando con mantas"),
        "hero_caption": T(
            "Teachers march against an education reform.",
            "Maestros marchan contra una reforma educativa.",
        ),
        "intro": T(
            "Most human rights abuses recorded by the Comité Cerezo last year targeted teachers and their supporters.",
            "La mayoría de las agresiones registradas el año pasado por el Comité Cerezo fueron "
            "contra maestros y quienes los apoyan.",
        ),
        "body": [
            T(
                "Teachers' unions oppose reforms that hurt communities and weaken their right to "
                "organize. Over 70% of the abuses the Comité Cerezo recorded were against them.",
                "Los sindicatos magisteriales se oponen a reformas que dañan a las comunidades y "
                "debilitan su derecho a organizarse. Más del 70% de las agresiones que registró "
                "el Comité Cerezo fueron contra ellos.",
            )
        ],
        "topics": ["repression", "labor-rights"],
        "campaigns": ["wwsc"],
        "partners": ["CC"],
    },
    {
        "slug": T(
            "centro-pazifico-shelters-displaced-families",
            "centro-pazifico-acoge-a-familias-desplazadas",
        ),
        "title": T(
            "Centro Pazífico shelters displaced families",
            "El Centro Pazífico acoge a familias desplazadas",
        ),
        "date": datetime.date(2020, 6, 2),
        "authors": [
            T(
                "Worker to Worker Solidarity Campaign",
                "Campaña de Solidaridad de Trabajador a Trabajador",
            )
        ],
        "image": "post-pazifico",
        "hero_alt": T(
            "Families sitting together in a courtyard", "Familias sentadas juntas en un patio"
        ),
        "hero_caption": T(
            "Families find temporary lodging at the center in Cali.",
            "Familias encuentran alojamiento temporal en el centro de Cali.",
        ),
        "intro": T(
            "In Cali, a center run with farmworkers' unions opens its doors to families fleeing political violence.",
            "En Cali, un centro gestionado con sindicatos agrarios abre sus puertas a familias que huyen de la violencia política.",
        ),
        "body": [
            T(
                "Besides lodging, the Centro Pazífico offers meeting and classroom space to the "
                "unions and movements it works with.",
                "Además de alojamiento, el Centro Pazífico ofrece espacios de reunión y aulas a los "
                "sindicatos y movimientos con los que trabaja.",
            )
        ],
        "topics": ["labor-rights"],
        "campaigns": ["pazifico"],
        "partners": ["CP", "FENSUAGRO"],
    },
]

STANDARD_PAGES = [
    {
        "key": "about",
        "title": T("About us", "Quiénes somos"),
        "slug": T("about", "quienes-somos"),
        "intro": T(
            "A movement organization for direct solidarity between workers of the Americas.",
            "Una organización de movimiento por la solidaridad directa entre los trabajadores de las Américas.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "We organize speaker tours, campaigns and delegations so that workers in the "
                    "United States and in Latin America and the Caribbean can meet, learn from each "
                    "other and act together.",
                    "Organizamos giras de oradores, campañas y delegaciones para que los trabajadores "
                    "de Estados Unidos y de América Latina y el Caribe puedan conocerse, aprender unos "
                    "de otros y actuar juntos.",
                ),
            ),
            ("heading", T("Local committees", "Comités locales")),
            (
                "paragraph",
                T(
                    "Our committees in Seattle, Portland, the San Francisco Bay Area, Los Angeles and "
                    "Tucson host tour events and welcome new members.",
                    "Nuestros comités en Seattle, Portland, el Área de la Bahía de San Francisco, Los "
                    "Ángeles y Tucson organizan los eventos de las giras y reciben a nuevos miembros.",
                ),
            ),
            (
                "sign_on",
                T("Start a committee in your city", "Forma un comité en tu ciudad"),
                T(
                    "No committee near you? Write to us: we will help you host a tour stop and "
                    "bring people together.",
                    "¿No hay un comité cerca? Escríbenos: te ayudamos a organizar una parada de "
                    "la gira y a reunir gente.",
                ),
                T("Write to us", "Escríbenos"),
                "solidarity@example.org",
            ),
        ],
    },
    {
        "key": "sustainer",
        "title": T("Become a sustainer", "Hazte donante mensual"),
        "menu": False,
        "slug": T("become-a-sustainer", "hazte-donante"),
        "intro": T(
            "Sustainers give every month, so we can plan tours and campaigns with confidence.",
            "Las personas donantes mensuales aportan cada mes para que podamos planificar giras y "
            "campañas con confianza.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "We take no money from governments. A monthly gift of any size keeps our solidarity independent.",
                    "No recibimos dinero de gobiernos. Una donación mensual de cualquier monto mantiene "
                    "independiente nuestra solidaridad.",
                ),
            ),
            (
                "quote",
                TESTIMONIAL["quote"],
                T("Amanda Kistler, Washington, DC", "Amanda Kistler, Washington D. C."),
            ),
            ("cta", T("Give monthly", "Dona cada mes"), "https://example.org/donate"),
        ],
    },
]

FORMS = [
    {
        "key": "contact",
        "title": T("Contact us", "Contáctanos"),
        "slug": T("contact", "contacto"),
        "intro": [
            T(
                "Write to us: we answer every message within a few days.",
                "Escríbenos: respondemos cada mensaje en pocos días.",
            )
        ],
        "thank_you": [
            T(
                "Thank you for writing. We will answer soon.",
                "Gracias por escribirnos. Te responderemos pronto.",
            )
        ],
        "subject": T("New message from the website", "Nuevo mensaje desde el sitio web"),
        "to_address": "solidarity@example.org",
        "fields": [
            ("name", "singleline", True, T("Your name", "Tu nombre"), T("", "")),
            ("email", "email", True, T("Your email", "Tu correo electrónico"), T("", "")),
            (
                "city",
                "singleline",
                False,
                T("City", "Ciudad"),
                T(
                    "So we can put you in touch with your local committee.",
                    "Para ponerte en contacto con el comité de tu ciudad.",
                ),
            ),
            ("message", "multiline", True, T("Message", "Mensaje"), T("", "")),
        ],
    },
    {
        "key": "invite",
        "title": T("Invite a speaker", "Invita a un orador"),
        "menu": False,
        "slug": T("invite-a-speaker", "invita-a-un-orador"),
        "intro": [
            T(
                "Would you like a tour guest to meet your union, class or congregation? Tell us about your group.",
                "¿Quieres que una persona invitada de la gira se reúna con tu sindicato, clase o "
                "congregación? Cuéntanos sobre tu grupo.",
            )
        ],
        "thank_you": [
            T(
                "Thank you! Your local committee will contact you to plan the visit.",
                "¡Gracias! El comité de tu ciudad se pondrá en contacto contigo para planificar la visita.",
            )
        ],
        "subject": T("Speaker invitation", "Invitación a un orador"),
        "to_address": "tours@example.org",
        # The visitor chooses a local committee, which receives the invitation (tours@ in copy).
        "route_to_committee": True,
        "fields": [
            ("name", "singleline", True, T("Your name", "Tu nombre"), T("", "")),
            ("email", "email", True, T("Your email", "Tu correo electrónico"), T("", "")),
            (
                "organization",
                "singleline",
                True,
                T("Union or organization", "Sindicato u organización"),
                T("", ""),
            ),
            ("city", "singleline", True, T("City", "Ciudad"), T("", "")),
            ("dates", "singleline", False, T("Preferred dates", "Fechas preferidas"), T("", "")),
            (
                "message",
                "multiline",
                False,
                T("Tell us about the event", "Cuéntanos sobre el evento"),
                T("", ""),
            ),
        ],
    },
]

# Local logins only: make run prints them. Never used outside a developer's machine.
USERS = [
    {
        "username": "admin",
        "password": "solidaridad-admin",
        "superuser": True,
        "group": None,
        "language": "en",
        "name": ("Ada", "Admin"),
    },
    {
        "username": "comms",
        "password": "solidaridad-comms",
        "superuser": False,
        "group": "Communications",
        "language": "en",
        "name": ("Camila", "Comms"),
    },
    {
        # A Communications lead: reviews what Communications submit, approves and publishes.
        "username": "moderator",
        "password": "solidaridad-modera",
        "superuser": False,
        "group": "Moderators",
        "language": "en",
        "name": ("Marta", "Moderadora"),
    },
    {
        "username": "translator",
        "password": "solidaridad-traduce",
        "superuser": False,
        "group": "Translators",
        "language": "es",
        "name": ("Tomás", "Traductor"),
    },
]
