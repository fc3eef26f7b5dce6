"""Demo media drawn locally with Pillow: nothing is downloaded."""

import io
import random

from PIL import Image, ImageDraw, ImageFont


def _font(size):
    return ImageFont.load_default(size=size)


def illustration(title, colours, size=(1600, 900)):
    """A JPEG of a warm gradient with a few soft shapes, seeded by the title."""
    top, bottom = (Image.new("RGB", (1, 1), c).getpixel((0, 0)) for c in colours)
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(t + (b - t) * mix) for t, b in zip(top, bottom, strict=True)),
        )
    rng = random.Random(title)
    for _ in range(7):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(60, 260)
        shade = tuple(min(255, c + 40) for c in bottom)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=shade, width=8)
    return _save(image, "JPEG")


def logo(text, colours, size=(600, 600)):
    background, foreground = colours
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    font = _font(120 if len(text) <= 4 else 64)
    box = draw.textbbox((0, 0), text, font=font)
    position = ((size[0] - (box[2] - box[0])) / 2, (size[1] - (box[3] - box[1])) / 2)
    draw.text(position, text, fill=foreground, font=font)
    return _save(image, "PNG")


def text_pdf(lines):
    """A one-page PDF (A4 at 100 dpi) with the given lines of text."""
    page = Image.new("RGB", (827, 1169), "white")
    draw = ImageDraw.Draw(page)
    y = 90
    for number, line in enumerate(lines):
        draw.text((80, y), line, fill="black", font=_font(34 if number == 0 else 20))
        y += 56 if number == 0 else 32
    return _save(page, "PDF", resolution=100)


def _save(image, fmt, **options):
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()
