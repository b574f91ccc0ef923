"""The application: the ``soc`` command and ``soc demo``, composing every package.

The top of the dependency graph: ``soc`` imports the packages' CLI modules and
runs their processes; no package imports ``soc``.
"""
