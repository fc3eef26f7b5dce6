"""Strings of Wagtail's and wagtail-localize's admin that their Spanish catalogues lack, or word
oddly, as the translators meet them (issue 15): their Spanish is in locale/es, which takes
precedence over the apps' catalogues (LOCALE_PATHS, tests/test_admin_spanish.py).

Nothing reads this list: it is here so that makemessages keeps those entries in locale/es (it
drops what no source of ours marks). Each msgid is copied exactly from the library's source, by
file, a template's blocktranslate in its extracted form (%(name)s, trimmed); an upgrade that
rewords one shows it in English again, and the admin test fails.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

LIBRARY_STRINGS = [
    # wagtail/admin/active_filters.py
    gettext_noop("any"),
    # wagtail/admin/auth.py
    gettext_noop("You do not have permission to access the admin."),
    # wagtail/admin/filters.py
    gettext_noop("Locale"),
    # wagtail/admin/forms/account.py
    gettext_noop("Use server language: %(language_name)s"),
    gettext_noop("Use server time zone"),
    # wagtail/admin/forms/pages.py
    gettext_noop("The slug '%(page_slug)s' is already in use within the parent page."),
    # wagtail/admin/forms/search.py
    gettext_noop("Search…"),
    # wagtail/admin/paginator.py
    gettext_noop("item"),
    gettext_noop("items"),
    # wagtail/admin/templates/wagtailadmin/base.html
    gettext_noop("Go to the first error"),
    # wagtail/admin/templates/wagtailadmin/generic/chooser/results.html
    gettext_noop("There are no results."),
    # wagtail/admin/templates/wagtailadmin/generic/form.html
    gettext_noop("Actions (footer)"),
    # wagtail/admin/templates/wagtailadmin/home/account_summary.html
    gettext_noop("Wagtail %(current_version)s editor guide"),
    # wagtail/admin/templates/wagtailadmin/home/locked_pages.html
    gettext_noop("Privacy and access"),
    # wagtail/admin/templates/wagtailadmin/home/site_summary_pages.html
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        1,
    ),
    # wagtail/admin/templates/wagtailadmin/home/user_objects_in_workflow_moderation.html
    gettext_noop("Your pages and snippets in a workflow"),
    # wagtail/admin/templates/wagtailadmin/page_privacy/no_privacy.html
    gettext_noop("Changing the privacy for this page has been disabled."),
    # wagtail/admin/templates/wagtailadmin/pages/action_menu/publish.html
    gettext_noop("Scheduling…"),
    gettext_noop("Schedule to publish"),
    # wagtail/admin/templates/wagtailadmin/pages/listing/_page_title_column_header.html
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."
    ),
    gettext_noop("No results across entire site."),
    gettext_noop("Search in '<span class=\"w-title-ellipsis\">%(title)s</span>'"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
    gettext_noop("No results in '<span class=\"w-title-ellipsis\">%(title)s</span>'."),
    gettext_noop("Search the whole site"),
    # wagtail/admin/templates/wagtailadmin/panels/publishing/schedule_publishing_panel.html
    gettext_noop("Choose when this %(model_name)s should go live and/or expire"),
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule to publish" option'
    ),
    # wagtail/admin/templates/wagtailadmin/shared/autosave/indicator.html
    gettext_noop("Autosave is paused"),
    gettext_noop("Saved"),
    # wagtail/admin/templates/wagtailadmin/shared/avatar.html
    gettext_noop("Edit account avatar"),
    # wagtail/admin/templates/wagtailadmin/shared/editing_sessions/list.html
    gettext_noop("You saved a new version in another window"),
    gettext_noop("System"),
    gettext_noop("%(user_name)s saved a new version"),
    gettext_noop("View latest version"),
    gettext_noop("You have unsaved changes in another window"),
    gettext_noop("%(user_name)s has unsaved changes"),
    gettext_noop("Currently idle"),
    gettext_noop("Currently viewing"),
    ngettext_lazy(
        "One other user is currently viewing", "%(num_user)s other users are currently viewing", 1
    ),
    gettext_noop("Proceeding will overwrite the changes you made in that window."),
    gettext_noop("Proceeding will overwrite the changes made by %(user_name)s."),
    gettext_noop("Alternatively, you can view the latest version in a new tab."),
    # wagtail/admin/templates/wagtailadmin/shared/editing_sessions/module.html
    gettext_noop("A network error occurred"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to view the last saved version."
    ),
    # wagtail/admin/templates/wagtailadmin/shared/headers/_filters.html
    gettext_noop("Show filters"),
    gettext_noop("Filter by"),
    # wagtail/admin/templates/wagtailadmin/shared/keyboard_shortcuts_dialog.html
    gettext_noop("account"),
    gettext_noop("Keyboard shortcuts"),
    gettext_noop(
        "Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."
    ),
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),
    gettext_noop("All keyboard shortcuts"),
    gettext_noop("Section"),
    gettext_noop("Keyboard shortcut"),
    # wagtail/admin/templates/wagtailadmin/shared/side_panels/checks.html
    gettext_noop("Show issue"),
    gettext_noop("Content metrics"),
    gettext_noop("Words"),
    gettext_noop("Reading time"),
    gettext_noop("Readability"),
    gettext_noop("This data explained"),
    gettext_noop("How we calculate our metrics"),
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate the number of words."
    ),
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for different languages."
    ),
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."
    ),
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on how content metrics are calculated.'
    ),
    # wagtail/admin/templates/wagtailadmin/shared/side_panels/includes/status/locale.html
    gettext_noop("Locale: "),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("Switch locales"),
    # wagtail/admin/templates/wagtailadmin/shared/side_panels/includes/status/locked.html
    gettext_noop("Locking: "),
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    # wagtail/admin/templates/wagtailadmin/shared/side_panels/includes/status/privacy.html
    gettext_noop("Once live anyone can view"),
    # wagtail/admin/templates/wagtailadmin/shared/side_panels/includes/status/workflow.html
    gettext_noop("To be created by %(user)s"),
    gettext_noop("Invalid schedule"),
    gettext_noop("Once scheduled:"),
    # wagtail/admin/templates/wagtailadmin/shared/side_panels/preview.html
    gettext_noop("Refreshing…"),
    gettext_noop("Refresh"),
    # wagtail/admin/templates/wagtailadmin/shared/side_panels/status.html
    gettext_noop("First published"),
    # wagtail/admin/templates/wagtailadmin/shared/unsaved_changes_warning.html
    gettext_noop("Save your changes before leaving"),
    gettext_noop("Autosave is <span>paused</span>"),
    # wagtail/admin/templates/wagtailadmin/shared/usage_summary.html
    ngettext_lazy(
        "This %(model_name)s is referenced %(usage_count)s time.",
        "This %(model_name)s is referenced %(usage_count)s times.",
        1,
    ),
    # wagtail/admin/templates/wagtailadmin/shared/workflow_history/listing_results.html
    gettext_noop("This %(model_name)s hasn't been submitted for moderation yet"),
    # wagtail/admin/templates/wagtailadmin/tables/ordering_cell.html
    gettext_noop("Item %(index)s of %(total)s"),
    # wagtail/admin/templates/wagtailadmin/tables/ordering_header.html
    gettext_noop("Disable custom ordering"),
    gettext_noop("Enable custom ordering"),
    # wagtail/admin/templates/wagtailadmin/userbar/item_content_checker.html
    gettext_noop("Checks"),
    gettext_noop("Warnings"),
    # wagtail/admin/templates/wagtailadmin/workflows/workflow_status.html
    gettext_noop("Cancelled by %(cancelled_by)s"),
    # wagtail/admin/templatetags/wagtailadmin_tags.py
    gettext_noop("Application"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Save changes"),
    gettext_noop("Add or show comments"),
    gettext_noop("Text editing"),
    gettext_noop("Cut"),
    gettext_noop("Paste"),
    gettext_noop("Paste and match style"),
    gettext_noop("Paste without formatting"),
    gettext_noop("Text formatting"),
    gettext_noop("Insert or edit a link"),
    gettext_noop("Monospace (code)"),
    gettext_noop("Strike-through"),
    gettext_noop("More bulk actions"),
    # wagtail/admin/ui/side_panels.py
    ngettext_lazy("Referenced %(count)s time", "Referenced %(count)s times", 1),
    gettext_noop("Toggle checks"),
    # wagtail/admin/ui/tables/__init__.py
    gettext_noop("Sort by '%(label)s' in ascending order."),
    gettext_noop("Sort by '%(label)s' in descending order."),
    gettext_noop("(blank)"),
    # wagtail/admin/views/generic/base.py
    gettext_noop("No %(model_name)s match your query."),
    gettext_noop("There are no %(model_name)s to display."),
    # wagtail/admin/views/generic/lock.py
    gettext_noop("%(model_name)s '%(title)s' is now unlocked."),
    # wagtail/admin/views/generic/mixins.py
    gettext_noop("Saving will overwrite a newer version."),
    gettext_noop("The %(model_name)s could not be saved as it is locked"),
    # wagtail/admin/views/generic/models.py
    gettext_noop("More options for '%(title)s'"),
    gettext_noop("Sort item order"),
    gettext_noop("There are validation errors, click save to highlight them."),
    gettext_noop("Compare"),
    # wagtail/admin/views/home.py
    gettext_noop("Search all pages…"),
    # wagtail/admin/views/page_privacy.py
    gettext_noop("Privacy is inherited from the ancestor page - %(ancestor_page)s"),
    # wagtail/admin/views/pages/edit.py
    gettext_noop("The page could not be saved as it is locked."),
    gettext_noop("The page could not be saved due to validation errors."),
    # wagtail/admin/views/pages/history.py
    gettext_noop("Is commenting action"),
    # wagtail/admin/views/pages/listing.py
    gettext_noop("Date updated"),
    gettext_noop("Edited by"),
    gettext_noop("Has child pages"),
    gettext_noop("Any"),
    gettext_noop("Page type"),
    gettext_noop("Exploring"),
    # wagtail/admin/views/pages/usage.py
    gettext_noop("Page types usage"),
    # wagtail/admin/wagtail_hooks.py
    gettext_noop("Shortcuts"),
    # wagtail/blocks/field_block.py
    gettext_noop("- Select an option -"),
    # wagtail/contrib/forms/models.py
    gettext_noop("form submission"),
    # wagtail/contrib/forms/panels.py
    gettext_noop("%(model_name)s submissions"),
    # wagtail/contrib/forms/templates/wagtailforms/list_submissions.html
    gettext_noop("Delete selected submissions"),
    gettext_noop("There have been no submissions of the '%(title)s' form."),
    # wagtail/contrib/forms/templates/wagtailforms/panels/form_responses_panel.html
    gettext_noop("Total submissions"),
    gettext_noop("Latest submission"),
    # wagtail/contrib/simple_translation/forms.py
    gettext_noop("Locales"),
    # wagtail/coreutils.py
    gettext_noop("Unknown content type"),
    # wagtail/documents/templates/wagtaildocs/homepage/site_summary_documents.html
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
        1,
    ),
    # wagtail/fields.py
    gettext_noop("Date cannot be in the future."),
    # wagtail/images/templates/wagtailimages/homepage/site_summary_images.html
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
        1,
    ),
    # wagtail/locks.py
    gettext_noop("No one can make changes while the %(model_name)s is locked"),
    gettext_noop("<b>'{title}' was locked</b> by <b>you</b> on <b>{datetime}</b>."),
    gettext_noop("<b>'{title}' is locked</b> by <b>you</b>."),
    gettext_noop("<b>'{title}' was locked</b> by <b>{user}</b> on <b>{datetime}</b>."),
    gettext_noop("<b>'{title}' is locked</b>."),
    gettext_noop("Locked by you"),
    gettext_noop("Locked by another user"),
    gettext_noop("Only you can make changes while the %(model_name)s is locked"),
    gettext_noop("Only %(user)s can make changes while the %(model_name)s is locked"),
    gettext_noop("This %(model_name)s is currently awaiting moderation."),
    gettext_noop(
        "This {model_name} is awaiting <b>'{task_name}'</b> in the <b>'{workflow_name}'</b> workflow."
    ),
    gettext_noop("Only reviewers for this task can edit the %(model_name)s."),
    gettext_noop("Locked by workflow"),
    gettext_noop(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),
    gettext_noop("Only reviewers can edit and approve the %(model_name)s"),
    gettext_noop(
        "{model_name} '{title}' is locked and has been scheduled to go live at {datetime}"
    ),
    gettext_noop("Locked by schedule"),
    gettext_noop("Currently locked and will go live on the scheduled date"),
    # wagtail/models/draft_state.py
    gettext_noop("live"),
    gettext_noop("scheduled"),
    # wagtail/models/i18n.py
    gettext_noop("locale"),
    # wagtail/models/pages.py
    gettext_noop(
        "The slug '%(page_slug)s' is already in use within the parent page at '%(parent_url_path)s'."
    ),
    # wagtail/models/view_restrictions.py
    gettext_noop("Private, accessible with a shared password"),
    gettext_noop("Private, accessible to any logged-in users"),
    # wagtail/users/models.py
    gettext_noop("System default"),
    gettext_noop("Light"),
    gettext_noop("Dark"),
    gettext_noop("admin theme"),
    gettext_noop("More contrast"),
    gettext_noop("contrast"),
    gettext_noop("Snug"),
    gettext_noop("density"),
    gettext_noop("Enable custom keyboard shortcuts specific to Wagtail."),
    # wagtail_localize/templates/wagtail_localize/admin/includes/generic_header.html: its
    # Spanish ran the two together ("Editando testimonioAmanda").
    gettext_noop("Editing %(object_type)s %(title)s"),
    # wagtail_localize/views/edit_translation.py: the tool that PO file uploads are "translated
    # with", as stored (home/translation_editor.py translates it).
    gettext_noop("PO File"),
]
