"""Writes a JSON file without whitespace (used when assets are embedded at build time)."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as source:
    document = json.load(source)
with open(sys.argv[2], "w", encoding="utf-8") as target:
    json.dump(document, target, ensure_ascii=False, separators=(",", ":"))
