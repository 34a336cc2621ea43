"""Unit tests of the calculator. Hypothesis runs without its per-example deadline: the machines
that run these tests are shared, and a slow example is not a wrong one."""

from hypothesis import settings

settings.register_profile("spoorwijzer", deadline=None)
settings.load_profile("spoorwijzer")
