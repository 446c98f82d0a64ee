"""The one place for cue words, Dutch and English, one module per concern: ``direction``
(good or bad for someone), ``people`` (actors; lists of them in ``actor_lists`` and
``actor_list_items``, their names in ``actor_names``, people inside other sentences in
``people_in_sentences``), ``case``, handling options (``measure_leads``, ``measure_phrasings``,
``measure_joints``, ``measure_statements``, ``reported_measures``, their kinds in
``option_kinds``), ``grammar`` (function words, verbs), ``conversation`` (steps, moves,
questions), ``references`` (to proposals) and ``noise``. Other modules read their word lists
from here."""
