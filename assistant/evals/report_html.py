"""``report.html``: one self-contained page (inline CSS, no scripts or external assets)."""

from __future__ import annotations

from pathlib import Path

from assistant.evals.compare import BaselineDiff, comparison_table
from assistant.evals.figures import group_figures, variant_table
from assistant.evals.report_parts import BASELINE_FIGURES, CSS, FIGURES, MACROS
from assistant.evals.report_view import canvas_rows
from assistant.evals.results import EvalResults, ScenarioResult
from assistant.evals.tables import FIGURE_HEAD, KIND_HEAD, figure_row, kind_row

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:80rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.pass{background:#dff3e0}.fail{background:#fbdcdc}.error{background:#fde9c8}
.flaky{background:#f4e4fb}.skipped{background:#eee}
.badge{padding:.1rem .45rem;border-radius:.3rem;font-weight:600}
details{border:1px solid #ddd;border-radius:.4rem;margin:.6rem 0;padding:.4rem .8rem}
summary{cursor:pointer}.turn{border-left:3px solid #99b;padding:.2rem .7rem;margin:.7rem 0}
.user{white-space:pre-wrap;color:#234}.reply{white-space:pre-wrap;background:#f7f7fa;padding:.4rem}
.timeline span{display:inline-block;padding:.1rem .4rem;margin:.1rem;border-radius:.3rem;
background:#e4e9f5;font-size:.85em}.muted{color:#666;font-size:.9em}code{font-size:.9em}
"""

_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Eval report - {{ results.created_at.strftime('%Y-%m-%d %H:%M') }}</title>
<style>{{ css }}</style></head><body>
<h1>Ethics assistant - eval report</h1>
{% set m = results.manifest %}
<p class="muted">{{ results.created_at.isoformat() }}
· commit <code>{{ m.git_commit or 'unknown' }}</code>
· index <code>{{ m.index_fingerprint or 'unknown' }}</code>
· {{ m.prompt_hashes|length }} prompt files
· repeat {{ m.repeat }}, min-pass {{ m.min_pass }} · judge {{ m.judge or 'off' }}
{% if m.scenario_variants %}· {{ m.scenario_variants }} variant(s) per scenario,
seed {{ m.variant_seed }}{% endif %}
{% if m.user_model %}· simulated users played by {{ m.user_model }}{% endif %}
{% if m.failed_from %}· re-run of what failed in {{ m.failed_from }}{% endif %}</p>
<h2>Summary</h2>
<table><tr><th>Variant</th><th>Backend</th><th>Reason</th>
<th>Pass</th><th>Fail</th><th>Flaky</th><th>Error</th></tr>
{% for v in m.variants %}{% set c = results.counts(v.label) %}
<tr><td>{{ v.label }}</td><td>{{ v.active_backend or v.backend }}</td><td>{{ v.reason }}</td>
<td class="pass">{{ c.pass }}</td><td class="fail">{{ c.fail }}</td>
<td class="flaky">{{ c.flaky }}</td><td class="error">{{ c.error }}</td></tr>
{% endfor %}</table>
{% if results.not_run %}<h2>Files not run</h2>
<p>{{ results.not_run|length }} file(s) gave no scenario and count as errors; the others ran.</p>
<table><tr><th>File</th><th>Problem</th><th>Fix</th></tr>
{% for n in results.not_run %}<tr class="error"><td><code>{{ n.file }}</code></td>
<td>{{ n.problems|join('; ') }}</td><td>{{ n.fix }}</td></tr>{% endfor %}</table>{% endif %}
<h2>Comparison</h2>
<table><tr><th>Scenario</th>{% for v in variants %}<th>{{ v }}</th>{% endfor %}</tr>
{% for sid, cells in rows %}<tr><td>{{ sid }}</td>
{% for cell in cells %}<td class="{{ cell.split(' ')[0] }}">
<a href="#{{ sid }}[{{ variants[loop.index0] }}]">{{ cell }}</a></td>{% endfor %}
</tr>{% endfor %}
</table>
{% if diff %}<h2>Against the baseline</h2>
<p>{{ diff.regressions|length }} regression(s), {{ diff.fixes|length }} fix(es).</p><ul>
{% for c in diff.regressions %}
<li class="fail">Regression {{ c.key }}: {{ c.before }} → {{ c.after }}</li>{% endfor %}
{% for c in diff.fixes %}
<li class="pass">Fixed {{ c.key }}: {{ c.before }} → {{ c.after }}</li>{% endfor %}
{% for c in diff.changed %}<li>Changed {{ c.key }}: {{ c.before }} → {{ c.after }}</li>{% endfor %}
{% for k in diff.new %}<li>New {{ k }}</li>{% endfor %}
{% for k in diff.missing %}<li>Not run {{ k }}</li>{% endfor %}
</ul>{% endif %}
"""

_SCENARIOS = """<h2>Scenarios</h2>
{% for r in results.scenarios %}
<details id="{{ r.key }}"{% if r.outcome != 'pass' %} open{% endif %}>
<summary><span class="badge {{ r.outcome }}">{{ r.outcome }}</span> <b>{{ r.scenario_id }}</b>
[{{ r.variant }}] · {{ r.language }} · {{ r.passes }}/{{ r.runs|length }} run(s) passed</summary>
<p>{{ r.description }}</p>
{% if r.derived %}<p>Variant <b>{{ r.derived.kind }}</b> of
<a href="#{{ r.derived.of }}[{{ r.variant }}]">{{ r.derived.of }}</a>
(seed {{ r.derived.seed }}): {{ r.derived.changes|join('; ') }}</p>{% endif %}
{% if r.outcome != 'pass' %}{{ problems(r) }}{% endif %}
{% for run in r.runs %}
<h3>Run {{ loop.index }}: <span class="badge {{ run.status }}">{{ run.status }}</span>
<span class="muted">{{ '%.1f'|format(run.duration_s) }} s</span></h3>
{% if run.error %}<p class="error">{{ run.error }}</p>{% endif %}
{% if run.items %}{{ items(run.items) }}{% endif %}
{% if run.canvas %}{{ canvas(canvas_rows(run.canvas, r.gold, run.items)) }}{% endif %}
<div class="timeline">Steps: {% for t in run.turns %}
<span title="turn {{ t.index }}">{{ t.index }}: {{ t.step }} → {{ t.step_after }}</span>
{% endfor %}</div>
{% for t in run.turns %}{{ turn(t) }}{% endfor %}
{% if run.final %}<b>Final</b>{{ assertions(run.final) }}{% endif %}
{% if run.final_state %}<p class="muted">End state: {{ run.final_state }}</p>{% endif %}
{% endfor %}</details>
{% endfor %}</body></html>
"""

_MACROS = """{% macro assertions(items) %}{% if items %}<table>
<tr><th>Assertion</th><th>Result</th><th>Expected</th><th>Actual</th><th>Evidence</th></tr>
{% for a in items %}<tr class="{{ a.status }}"><td>{{ a.name }}</td><td>{{ a.status }}</td>
<td>{{ a.expected }}</td><td>{{ a.actual }}</td><td>{{ a.evidence }}</td></tr>{% endfor %}
</table>{% endif %}{% endmacro %}
{% macro turn(t) %}<div class="turn"><b>Turn {{ t.index }}</b>
<span class="muted">{{ t.intent }} · {{ t.language }} · {{ '%.0f'|format(t.latency_ms) }} ms</span>
<div class="user">User: {{ t.user if t.user else '(empty)' }}</div>
<div class="reply">{{ t.reply }}</div>
<div class="muted">Retrieved: {{ t.retrieved_ids|join(', ') or '-' }}<br>
Cited: {{ t.cited_ids|join(', ') or '-' }}
{% for c in t.citations %}{% if c.title %} · {{ c.id }}: {{ c.title }}{% endif %}{% endfor %}
</div>
{% for n in t.notices %}<div class="muted">Notice: {{ n }}</div>{% endfor %}
{{ assertions(t.assertions) }}</div>{% endmacro %}
"""


def report_html(results: EvalResults, diff: BaselineDiff | None = None) -> str:
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(_MACROS + MACROS + _HEAD + BASELINE_FIGURES + FIGURES + _SCENARIOS)
    variants, rows = comparison_table(results)
    figures = results.figures or group_figures(results)
    return template.render(
        results=results,
        css=_CSS + CSS,
        variants=variants,
        rows=rows,
        diff=diff,
        figure_head=FIGURE_HEAD,
        figure_rows={v: [figure_row(f) for f in figures if f.variant == v] for v in variants},
        kind_head=KIND_HEAD,
        kind_rows=[(r.variant, kind_row(r)) for r in variant_table(results)],
        by_origin=by_origin(results),
        canvas_rows=canvas_rows,
    )


def by_origin(results: EvalResults) -> list[tuple[ScenarioResult, list[ScenarioResult]]]:
    """Each original with its variants (only when there are variants)."""
    found: dict[str, tuple[ScenarioResult, list[ScenarioResult]]] = {}
    for r in results.scenarios:
        if r.derived is None:
            found[r.key] = (r, [])
    for r in results.scenarios:
        origin = found.get(f"{r.origin}[{r.variant}]")
        if r.derived is not None and origin is not None:
            origin[1].append(r)
    return [pair for pair in found.values() if pair[1]]


def write_report(results: EvalResults, path: Path, diff: BaselineDiff | None = None) -> None:
    path.write_text(report_html(results, diff), encoding="utf-8")
