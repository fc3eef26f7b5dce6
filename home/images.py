"""The image library's form (settings.WAGTAILIMAGES_IMAGE_FORM_BASE), used by every view that
takes an image file: Images › Add an image, the multiple upload, the image chooser's Upload tab,
and an image's edit view; and the chooser's Upload view, which makes one image of a double
click.

Beyond Wagtail's checks (format, size, pixels; settings/base.py), the file must decode whole: a
truncated PNG or a malformed GIF passes Wagtail's look at its header, then breaks the upload (a
500) or, stored, every page that shows it.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageSequence
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.views.chooser import ImageUploadView
from wagtail.utils.file import hash_filelike


class WholeImageField(WagtailImageField):
    """Wagtail's image field, which also decodes every frame of the image, as renditions will:
    a damaged file is a form error, never a server error."""

    default_error_messages = {
        "damaged_image": _(
            "This image file is damaged or incomplete, so it cannot be shown. Open it in an image "
            "editor, save it again, and upload the new file."
        ),
    }

    def to_python(self, data):
        try:
            uploaded = super().to_python(data)
            if uploaded is not None:
                decode_every_frame(uploaded)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 (Pillow raises many kinds for bad data)
            raise ValidationError(
                self.error_messages["damaged_image"], code="damaged_image"
            ) from error
        return uploaded


def decode_every_frame(uploaded):
    """Decode each frame of `uploaded` (its pixels are within WAGTAILIMAGES_MAX_IMAGE_PIXELS,
    checked before), raising Pillow's error if the data ends early or is malformed."""
    uploaded.seek(0)
    with PILImage.open(uploaded) as image:
        for frame in ImageSequence.Iterator(image):
            frame.load()
    uploaded.seek(0)


class ImageForm(BaseImageForm):
    # Declared, it replaces the field Wagtail's form factory makes for the model's `file`; with
    # Wagtail's own widget, whose data attributes title a new image after its file name.
    file = WholeImageField(label=capfirst(_("file")), widget=BaseImageForm.Meta.widgets["file"])


# A second upload of the same file by the same editor this soon is the same click again.
UPLOAD_AGAIN_WINDOW = timedelta(minutes=1)


class UploadOnceView(ImageUploadView):
    """The image chooser's Upload (Wagtail's view, which wagtail_hooks.py puts at its URL). A
    double click, or Enter pressed twice in the title, sends the form twice; Wagtail saved a
    second image and only then warned of a duplicate, whose "Use existing and delete new" still
    left the first click's copy. Here the same file from the same editor within
    UPLOAD_AGAIN_WINDOW chooses the image the first request made. Later uploads of a known file
    keep Wagtail's duplicate warning."""

    def save_form(self, form):
        file_hash = hash_filelike(form.cleaned_data["file"])
        user = self.request.user
        with transaction.atomic():
            # One upload at a time per editor, so that the second request of a double click
            # waits for the first's image rather than missing it: PostgreSQL locks the user's
            # row; SQLite's IMMEDIATE transactions (settings) lock the whole database.
            get_user_model().objects.select_for_update().filter(pk=user.pk).first()
            recent = (
                self.permission_policy.instances_user_has_permission_for(user, "choose")
                .filter(
                    uploaded_by_user=user,
                    file_hash=file_hash,
                    created_at__gte=timezone.now() - UPLOAD_AGAIN_WINDOW,
                )
                .order_by("created_at")
                .first()
            )
            return recent or super().save_form(form)
