"""MkDocs hook: fill the ``{{ sw.* }}`` markers of each page and mark its glossary terms.

The markers, their grammar and what each becomes are in the package site_config/markers
(:mod:`site_config.markers.grammar`). An unknown or malformed marker fails the build.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from site_config.markers.glossary import abbreviations, load_glossary, mark_first_terms
from site_config.markers.grammar import replace_markers


def page_language(page: Page, config: MkDocsConfig) -> str:
    locale = getattr(page.file, "locale", None)
    if locale is None:
        i18n = config.plugins.get("i18n")
        locale = getattr(i18n, "current_language", None)
    return str(locale or "nl")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    try:
        markdown = replace_markers(markdown, lang)
    except PluginError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from error
    terms = load_glossary()
    if terms:
        markdown = markdown.rstrip("\n") + "\n\n" + abbreviations(lang, terms) + "\n"
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return mark_first_terms(html)
