"""KPIs: the commission's performance measures and the center's operational KPIs.

Pure core: :mod:`definitions` (the versioned measures table), :mod:`periods`,
:mod:`formulas`, :mod:`scoring`, :mod:`operational`, :mod:`eservices`,
:mod:`milestones`, :mod:`csvio`. I/O shell: :mod:`repo` (SQL) and
:mod:`service` (database, clock, files); :mod:`cli` registers ``soc kpi``.
"""
