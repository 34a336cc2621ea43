"""MkDocs hook: the CSV templates of the page "Meerdere dossiers" (docs/dossiers.md).

``on_post_build`` writes :func:`calculator.batch.template` next to each language's page:

- ``site/dossiers/spoorwijzer-dossiers-sjabloon.csv``: Dutch headers, ``;`` (Dutch Excel);
- ``site/en/dossiers/spoorwijzer-cases-template.csv``: English headers, ``,``.

Both in UTF-8 with a byte order mark, so that Excel opens names with accents correctly (the
reader accepts the mark). The pages link to them by these names. Runs before the offline hook
(order in mkdocs.yml), so the templates are part of the release's version hash. The columns
themselves are documented on the page by the ``{{ sw.csv_columns }}`` marker (markers.py),
from the same inputs table.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from calculator.batch import template

log = logging.getLogger("mkdocs.hooks.spoorwijzer.dossiers")

#: Where each language's template goes, relative to the site root.
TEMPLATES: dict[str, str] = {
    "nl": "dossiers/spoorwijzer-dossiers-sjabloon.csv",
    "en": "en/dossiers/spoorwijzer-cases-template.csv",
}
BOM = "\ufeff"


def write_templates(site_dir: Path) -> list[Path]:
    """Write both templates into ``site_dir``; return their paths."""
    written = []
    for lang, relative in TEMPLATES.items():
        target = site_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((BOM + template(lang)).encode("utf-8"))
        written.append(target)
    return written


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    paths = write_templates(Path(config.site_dir))
    log.debug("CSV templates: %s", ", ".join(p.name for p in paths))
