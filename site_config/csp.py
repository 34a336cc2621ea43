"""The Content-Security-Policy of the site: one place for the meta tag, the header and tests.

Every page carries ``META_POLICY`` as ``<meta http-equiv="Content-Security-Policy">`` (theme
override ``overrides/main.html``). Hosts that can set headers send ``HEADER_POLICY`` on every
response (see the README, section "Hosting"); ``frame-ancestors`` only works as a header.

Why each source:

- ``'self'`` everywhere: the site, the Pyodide runtime and the wheels are all self-hosted; no
  third-party origin is needed (fonts are off, no CDN, no analytics).
- ``script-src 'wasm-unsafe-eval'``: compiling WebAssembly (Pyodide's ``pyodide.asm.wasm``)
  is blocked by a policy without it. Pyodide 314 needs nothing more: no ``'unsafe-eval'``
  (tested in Chromium with the policy as a header, which also governs the module worker).
- no ``'unsafe-inline'``: Material's inline scripts are moved into files at build time
  (``hooks/hardening.py``) and no page has an inline event handler or style attribute.
- ``img-src data:``: Material's CSS draws its icons from ``data:`` SVG URLs.
"""

from __future__ import annotations

#: Directives valid in a ``<meta>`` element (no frame-ancestors, report-uri or sandbox there).
DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)

#: Only as an HTTP header: who may frame a page. The site frames only itself; the embed pages
#: (``/rekenhulp/embed/``, ``/en/rekenhulp/embed/``) exist to be framed by any bureau's site.
HEADER_ONLY: tuple[tuple[str, str], ...] = (("frame-ancestors", "'self'"),)
EMBED_HEADER_ONLY: tuple[tuple[str, str], ...] = (("frame-ancestors", "*"),)
EMBED_PATH = "/rekenhulp/embed/"


def policy(directives: tuple[tuple[str, str], ...]) -> str:
    return "; ".join(f"{name} {value}" for name, value in directives)


META_POLICY = policy(DIRECTIVES)
HEADER_POLICY = policy(DIRECTIVES + HEADER_ONLY)
EMBED_HEADER_POLICY = policy(DIRECTIVES + EMBED_HEADER_ONLY)


def header_policy(path: str) -> str:
    """The header for a request path: the embed pages may be framed anywhere."""
    return EMBED_HEADER_POLICY if EMBED_PATH in path.split("?")[0] else HEADER_POLICY
