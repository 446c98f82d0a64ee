#!/usr/bin/env python3
# Copy of /work/shared/tools/score_conversations.py, unchanged below these three lines. The eval
# tests check that `ethics-assistant eval` scores sessions as this script does; when the shared
# script changes, copy it again.
"""Scores natural conversations (gold format of shared/conversations/README.md) against the project.

Usage: ../shared/tools/score_conversations.py ../shared/conversations [--backend guided] [--json OUT]
Runs `ethics-assistant chat --script --json` per file (ASSISTANT_DATA_DIR etc. from the environment) and
prints per-file and overall item recall/precision, and how many conversations reach options properly."""
import argparse, json, os, subprocess, sys, tempfile, unicodedata
import yaml


def norm(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    return " ".join(s.replace("'", "").split())


def has(text, word):
    return norm(word) in norm(text)


def actor_match(rec, gold):
    a, b = norm(rec), norm(gold)
    return bool(a) and (b in a or a in b)


def run_chat(path, conv, backend):
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        yaml.safe_dump([t["user"] for t in conv["turns"]], f, allow_unicode=True)
        script = f.name
    cmd = ["ethics-assistant", "chat", "--backend", backend, "--lang", conv["language"], "--script", script, "--json"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    os.unlink(script)
    out = p.stdout
    start = out.find("{")
    if start < 0:
        raise RuntimeError(f"no JSON from chat ({p.returncode}): {p.stderr.strip()[-200:]}")
    return json.loads(out[start:])


def value_names(v):
    names = [v.get("name", ""), v.get("key", "") or ""]
    return [n for n in names if n]


def score(conv, s, synonyms):
    g = conv["gold"]
    actors = {a["id"]: a["name"] for a in s.get("actors", [])}
    r = {}
    ga = g.get("actors", [])
    hit = [x for x in ga if any(actor_match(n, x) for n in actors.values())]
    r["actors_recall"] = (len(hit), len(ga))
    good = [n for n in actors.values() if any(actor_match(n, x) for x in ga)]
    r["actors_precision"] = (len(good), len(actors))
    bad_actors = [n for n in actors.values() for x in g.get("not_actors", []) if has(n, x)]
    effects = s.get("effects", [])
    ge = g.get("effects", [])
    eh = 0
    for e in ge:
        kinds = [x for x in effects if has(x.get("text", ""), e["contains"]) and x.get("direction") == e["direction"]]
        if e.get("actor"):
            kinds = [x for x in kinds if actor_match(actors.get(x.get("actor_id"), ""), e["actor"])]
        eh += bool(kinds)
    r["effects_recall"] = (eh, len(ge))
    egood = [x for x in effects if any(has(x.get("text", ""), e["contains"]) for e in ge)]
    r["effects_precision"] = (len(egood), len(effects))
    bad_effects = [x["text"][:40] for x in effects for t in g.get("not_effects", []) if has(x.get("text", ""), t)]
    vals = [n for v in s.get("values", []) for n in value_names(v)]
    want = g.get("values_any", [])
    vh = [w for w in want if any(has(n, w) or has(w, n) or norm(n) in synonyms.get(norm(w), set()) for n in vals)]
    r["values_hits"] = (len(vh), g.get("min_hits", 1))
    opts = s.get("options", [])
    go = g.get("options", [])
    oh = 0
    for o in go:
        ks = o["kind"] if isinstance(o["kind"], list) else [o["kind"]]
        oh += any(has(x.get("text", ""), o["contains"]) and x.get("kind") in ks for x in opts)
    r["options_recall"] = (oh, len(go))
    kinds = {o.get("kind") for o in opts if o.get("values")}
    r["reached_options"] = str(s.get("step")) in ("options", "summary") and {"design", "environment", "human"} <= kinds
    case = s.get("case", {})
    r["case_ok"] = all(has(case.get("technology", "") + " " + case.get("notes", ""), w) for w in g.get("case", {}).get("technology_contains", []))
    st = g.get("case", {}).get("stage")
    r["stage_ok"] = (st is None) or case.get("stage") == st
    r["wrong"] = bad_actors + bad_effects
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--backend", default="guided")
    ap.add_argument("--json")
    ap.add_argument("--jobs", type=int, default=2, help="conversations played at once")
    a = ap.parse_args()
    synonyms = {}
    tot = {}
    rows = []
    files = sorted(f for f in os.listdir(a.dir) if f.endswith(".yaml"))
    convs = [yaml.safe_load(open(os.path.join(a.dir, f))) for f in files]

    def play(conv):
        try:
            return run_chat(None, conv, a.backend), None
        except Exception as e:  # a crash counts as a failure of every item
            return None, e

    # build (or check) the index once, so that parallel conversations do not race to build it
    subprocess.run(["ethics-assistant", "index"], capture_output=True, text=True, timeout=900)
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=a.jobs) as pool:
        played = list(pool.map(play, convs))
    for conv, (s, err) in zip(convs, played):
        if err is not None:
            print(f"{conv['id']}: ERROR {err}")
            rows.append({"id": conv["id"], "error": str(err)})
            continue
        r = score(conv, s, synonyms)
        rows.append({"id": conv["id"], **{k: v for k, v in r.items()}})
        for k, v in r.items():
            if isinstance(v, tuple):
                t = tot.setdefault(k, [0, 0]); t[0] += v[0]; t[1] += v[1]
        fmt = " ".join(f"{k.split('_')[0][:3]}{k.split('_')[1][:1].upper() if '_' in k else ''}={v[0]}/{v[1]}" for k, v in r.items() if isinstance(v, tuple))
        print(f"{conv['id']:40s} {fmt} options={'Y' if r['reached_options'] else 'n'} case={'Y' if r['case_ok'] else 'n'} stage={'Y' if r['stage_ok'] else 'n'} wrong={r['wrong'][:3]}")
    reached = sum(1 for r in rows if r.get("reached_options"))
    vals_ok = sum(1 for r in rows if "values_hits" in r and r["values_hits"][0] >= r["values_hits"][1])
    summary = {k: round(v[0] / v[1], 3) if v[1] else None for k, v in tot.items() if k != "values_hits"}
    print("overall:", json.dumps(summary), f"values_ok={vals_ok}/{len(rows)} reached_options={reached}/{len(rows)}")
    if a.json:
        json.dump({"rows": rows, "summary": summary, "reached_options": reached, "n": len(rows)}, open(a.json, "w"), indent=1, default=list)


main()
