"""The ``{{ sw.* }}`` markers of docs/, filled with data of the calculator at build time.

- :mod:`.grammar`: what a marker looks like, the table of markers and :func:`replace_markers`;
- :mod:`.inline`: a week, a constant, an amount, an official name, the checked date;
- :mod:`.tables`: the tables of the rules and the inputs (timeline, sources, law changes, ...);
- :mod:`.examples`: the worked examples, calculated and checked against what they expect;
- :mod:`.glossary`: the glossary page, its tooltips and its data for the result;
- :mod:`.common`: the calculator's data as the build reads it, and the HTML of a table.

The MkDocs hook (site_config/hooks/markers.py) only calls :func:`replace_markers` and the
glossary's functions on each page.
"""
