"""The Content-Security-Policy of the site: one place for the meta tag, the header and tests.

Every page carries ``META_POLICY`` as ``<meta http-equiv="Content-Security-Policy">`` (theme
override ``overrides/main.html``). Hosts that can set headers send ``security_headers(path)``
on every response (see site_config/maintainers/hosting.md): ``HEADER_POLICY``, or
``EMBED_HEADER_POLICY`` for exactly the embed pages, and ``X-Content-Type-Options: nosniff``;
``frame-ancestors`` only works as a header.

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

from urllib.parse import unquote

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
#: (``EMBED_PAGES``) exist to be framed by any bureau's site.
HEADER_ONLY: tuple[tuple[str, str], ...] = (("frame-ancestors", "'self'"),)
EMBED_HEADER_ONLY: tuple[tuple[str, str], ...] = (("frame-ancestors", "*"),)

#: The URL paths of the embed pages, exactly: only these may be framed by another origin. A
#: request path gets the embed policy only when ``normalise_path`` turns it into one of these,
#: so ``/rekenhulp/embed/..%2F..%2Frekenhulp%2F`` (which a server resolves to
#: ``/rekenhulp/``) and ``/rekenhulp/embed/index.html`` get the strict policy.
EMBED_PAGES: frozenset[str] = frozenset({"/rekenhulp/embed/", "/en/rekenhulp/embed/"})

#: Sent with every response next to the policy: browsers must not guess a type other than the
#: ``Content-Type`` the host sends (a ``.txt`` or ``.json`` is never run as a script or styled).
OTHER_HEADERS: tuple[tuple[str, str], ...] = (("X-Content-Type-Options", "nosniff"),)


def policy(directives: tuple[tuple[str, str], ...]) -> str:
    return "; ".join(f"{name} {value}" for name, value in directives)


META_POLICY = policy(DIRECTIVES)
HEADER_POLICY = policy(DIRECTIVES + HEADER_ONLY)
EMBED_HEADER_POLICY = policy(DIRECTIVES + EMBED_HEADER_ONLY)


def normalise_path(target: str) -> str:
    """The path a static server serves for a request target, the way servers resolve it.

    The query and fragment are cut off, percent-escapes decoded once (``%2F`` becomes ``/``,
    ``%2E`` ``.``), empty and ``.`` segments dropped, ``..`` removes the segment before it
    (never above the root), and the trailing slash is kept only when the decoded path ends
    with one (as Python's ``http.server`` and nginx's ``location`` matching do)::

        >>> normalise_path("/rekenhulp/embed/..%2F..%2Frekenhulp%2F?x=1")
        '/rekenhulp/'
        >>> normalise_path("//en/./rekenhulp//embed/#top")
        '/en/rekenhulp/embed/'
        >>> normalise_path("/rekenhulp/embed/%2e%2e")
        '/rekenhulp'
    """
    path = target.split("?", 1)[0].split("#", 1)[0]
    path = unquote(path, errors="surrogatepass")
    segments: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment not in ("", "."):
            segments.append(segment)
    normal = "/" + "/".join(segments)
    if segments and path.endswith("/"):
        normal += "/"
    return normal


def is_embed_page(target: str) -> bool:
    """Whether a request target names one of the embed pages, exactly."""
    return normalise_path(target) in EMBED_PAGES


def header_policy(target: str) -> str:
    """The Content-Security-Policy header for a request target (path, maybe with a query):
    ``frame-ancestors *`` for the embed pages only, ``'self'`` for every other path."""
    return EMBED_HEADER_POLICY if is_embed_page(target) else HEADER_POLICY


def security_headers(target: str) -> dict[str, str]:
    """Every header a host should send for a request target (site_config/maintainers/hosting.md)."""
    return {"Content-Security-Policy": header_policy(target), **dict(OTHER_HEADERS)}
