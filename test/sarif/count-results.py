"""Prints the SARIF Multitool's results of level error or warning, one a
line, then their count: "problems: N".  The validator exits 0 either way."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    log = json.load(f)
problems = [r for run in log.get("runs", []) for r in run.get("results", [])
            if r.get("level", "warning") in ("error", "warning")]
for r in problems:
    print("%s %s %s" % (r.get("level", "warning"), r.get("ruleId"),
                        json.dumps(r.get("message"))))
print("problems: %d" % len(problems))
