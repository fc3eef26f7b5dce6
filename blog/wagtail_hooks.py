from wagtail.snippets.models import register_snippet

from home.viewsets import WorkingLocaleSnippetViewSet

from .models import Topic

register_snippet(Topic, viewset=WorkingLocaleSnippetViewSet)
