"""Tools a maintainer runs by hand, apart from the build: the benchmarks (``bench``,
``bench_dossiers``), the README's screenshots (``result_screenshots``,
``dossiers_screenshots``) and Debian's Chromium as they and the browser tests launch it
(``chromium``). Nothing in ``site_config/hooks/`` imports them."""
