"""The one place for cue words, Dutch and English, one module per concern: ``direction``
(good or bad for someone), ``people`` (actors), ``case``, ``options``, ``grammar`` (function
words, verbs), ``conversation`` (steps, moves, questions), ``references`` (to proposals) and
``noise``. Other modules read their word lists from here."""
