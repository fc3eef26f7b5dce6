"""Our {% picture %} (home/templatetags/picture_tags.py): Wagtail's markup, filters parsed once."""

from unittest import mock

from django.template import engines
from wagtail.images import get_image_model
from wagtail.images.image_operations import Operation

PICTURE = (
    '{% picture image format-{webp,jpeg} width-{480,800} sizes="100vw" alt="A march" '
    'loading="lazy" %}'
)


def render(library, image):
    template = engines["django"].from_string(f"{{% load {library} %}}{PICTURE}")
    return template, template.render({"image": image})


def test_picture_is_wagtails_markup(db):
    image = get_image_model().objects.first()
    _template, ours = render("picture_tags", image)
    _template, wagtails = render("wagtailimages_tags", image)
    assert ours == wagtails
    assert ours.count("<source") == 1 and 'type="image/webp"' in ours and 'alt="A march"' in ours


def test_a_template_parses_its_filters_once(db):
    images = list(get_image_model().objects.all()[:3])
    template, _html = render("picture_tags", images[0])
    parsed = []
    parse = Operation.__init__

    def counted(operation, *spec):
        parsed.append(spec)
        parse(operation, *spec)

    with mock.patch.object(Operation, "__init__", counted):
        for image in images:
            assert "<picture>" in template.render({"image": image})
    assert parsed == []
