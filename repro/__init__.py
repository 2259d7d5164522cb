"""Sealed reproduction bundles, the experiment library they share, the seal and the runner.

Everything in this package imports only the standard library, torch and numpy, so that it
runs unchanged on a bare GPU machine: ``python -m repro run BUNDLE --size full --device cuda``.
"""
