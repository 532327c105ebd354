"""Prints each file of a build folder with its size raw, gzip (level 9) and brotli (quality 11)."""

import gzip
import sys
from pathlib import Path

import brotli


def sizes(data: bytes) -> tuple[int, int, int]:
    return len(data), len(gzip.compress(data, 9, mtime=0)), len(brotli.compress(data, quality=11))


def main(folder: str) -> None:
    root = Path(folder)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    if not files:
        sys.exit(f"size-report: no files in {root}/ (build first)")
    rows = [(str(p.relative_to(root)), *sizes(p.read_bytes())) for p in files]
    width = max(len(name) for name, *_ in rows)
    print(f"{'file':<{width}}  {'raw':>10}  {'gzip':>10}  {'brotli':>10}")
    for name, raw, gz, br in rows:
        print(f"{name:<{width}}  {raw:>10,}  {gz:>10,}  {br:>10,}")
    total = [sum(col) for col in zip(*(r[1:] for r in rows))]
    print(f"{'total':<{width}}  {total[0]:>10,}  {total[1]:>10,}  {total[2]:>10,}")


def report_dataset(target: Path) -> None:
    """The validated dataset is compiled into the wasm as static Rust; say how big its source is."""
    generated = sorted(target.glob("*/release/build/afghan-war-costs-*/out/dataset.rs"), key=lambda p: p.stat().st_mtime)
    if generated:
        raw, gz, br = sizes(generated[-1].read_bytes())
        print(f"\ndataset: generated Rust source {raw:,} bytes ({gz:,} gzip); it is compiled into the .wasm above, parsed by nobody at start-up")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
    report_dataset(Path(__file__).resolve().parents[1] / "target")
