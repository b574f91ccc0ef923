"""Writes the NN_*.jsonl / NN_*.truth.json files of this corpus from the hand-authored situations."""
import build_a, build_b
for f in build_a.SITS + build_b.SITS:
    print(f().write())
