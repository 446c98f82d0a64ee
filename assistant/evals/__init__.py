"""Evals: scripted conversations with structured assertions, reports and model comparison.

A scenario (``evals/*.yaml``) scripts the user's turns and says what to expect after each turn and
of the finished session. The runner plays each scenario in a fresh session and data dir, checks the
assertions (deterministic first, an LLM judge only when asked) and writes ``results.json``,
``junit.xml`` and a self-contained ``report.html``.
"""
