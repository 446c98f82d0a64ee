"""Templates of ``report.html`` beyond the summary: figures per group, variants, the canvas
beside the gold, every failed assertion and the baseline's figure changes."""

from __future__ import annotations

CSS = """
.hit{background:#dff3e0}.miss{background:#fbdcdc}.extra{background:#fff3c4}
.wrong{background:#f6b8b8;font-weight:600}.item{display:block;padding:.05rem .3rem;margin:.1rem 0}
.num{text-align:right;font-variant-numeric:tabular-nums}
"""

FIGURES = """{% if figure_rows %}<h2>Figures per group</h2>
<p class="muted">Item ratios are recall / precision, micro-averaged over the group's runs; with
repeats, the mean ± standard error over repeats. <i>reached</i>: runs at options with options of all
three kinds tied to values, of the scenarios with gold; <i>values ok</i>: runs holding the values
condition, of the scenarios whose gold names values.</p>
{% for v in results.variants() %}<h3>{{ v }}</h3>
<table><tr>{% for h in figure_head %}<th>{{ h }}</th>{% endfor %}</tr>
{% for row in figure_rows[v] %}<tr>{% for c in row %}
<td{% if not loop.first %} class="num"{% endif %}>{{ c }}</td>{% endfor %}</tr>
{% endfor %}</table>{% endfor %}{% endif %}
{% if kind_rows %}<h2>Variants</h2>
<p class="muted">Each transformation keeps the scenario's meaning and gold. <i>still pass</i>:
variants that pass whose original passes; recall of the variants, the originals' in brackets.</p>
<table><tr><th>Backend</th>{% for h in kind_head %}<th>{{ h }}</th>{% endfor %}</tr>
{% for v, row in kind_rows %}<tr><td>{{ v }}</td>
{% for c in row %}<td>{{ c }}</td>{% endfor %}</tr>{% endfor %}
</table>
<h3>Variants by scenario</h3>
<table><tr><th>Scenario</th><th>Backend</th><th>Original</th><th>Variants</th></tr>
{% for o, vs in by_origin %}<tr><td><a href="#{{ o.key }}">{{ o.scenario_id }}</a></td>
<td>{{ o.variant }}</td><td class="{{ o.outcome }}">{{ o.outcome }}</td>
<td>{% for r in vs %}<a class="badge {{ r.outcome }}"
href="#{{ r.key }}">{{ r.kind }}: {{ r.outcome }}</a> {% endfor %}</td></tr>{% endfor %}
</table>{% endif %}
"""

BASELINE_FIGURES = """{% if diff and diff.figures %}<h3>Figures against the baseline</h3><ul>
{% for f in diff.better %}<li class="pass">Better {{ f.describe() }}</li>{% endfor %}
{% for f in diff.worse %}<li class="fail">Worse {{ f.describe() }}</li>{% endfor %}</ul>{% endif %}
"""

MACROS = """{% macro problems(r) %}<ul>
{% for run in r.runs %}{% set n = loop.index %}
{% if run.error %}<li class="error">Run {{ n }}: {{ run.error }}</li>{% endif %}
{% for a in run.failures() %}<li class="fail">Run {{ n }}: {{ a.describe() }}</li>{% endfor %}
{% endfor %}</ul>{% endmacro %}
{% macro marks(items) %}{% for text, mark in items %}
<span class="item {{ mark }}">{{ text }}</span>{% else %}-{% endfor %}{% endmacro %}
{% macro canvas(rows) %}<table><tr><th></th><th>Session at the end</th><th>Gold</th></tr>
{% for row in rows %}<tr><th>{{ row.label }}</th>
<td>{{ marks(row.recorded) }}</td><td>{{ marks(row.gold) }}</td></tr>
{% endfor %}</table>{% endmacro %}
{% macro items(s) %}<p class="muted">
{% for m, pair in s.counts.items() %}{{ m }} {{ pair[0] }}/{{ pair[1] }} · {% endfor %}
values {{ s.values_hits[0] }}/{{ s.values_hits[1] }}
· reached options {{ 'yes' if s.reached_options else 'no' }}
· case {{ 'ok' if s.case_ok else 'missing words' }} · stage {{ 'ok' if s.stage_ok else 'wrong' }}
{% if s.wrong %}· <span class="wrong">wrong: {{ s.wrong|join('; ') }}</span>{% endif %}
</p>{% endmacro %}
"""
