#!/usr/bin/env python3
"""The table of ShortestDouble (Sources/Reports/ShortestDouble+Table.swift):
for each decimal exponent k from -325 to 292, g = floor(10^-k * 2^-r) + 1
with r = floor(log2 10^-k) - 125, so 2^125 <= g < 2^126, written as two
63-bit words (g1 = g >> 63, g0 = g mod 2^63), as in Giulietti, "The
Schubfach way to render doubles", 9.8.3. Exact integer arithmetic.

    python3 Scripts/shortest-double-table.py          # prints the rows
    python3 Scripts/shortest-double-table.py --check  # compares with the file
"""
import re
import sys
from fractions import Fraction

MIN_K, MAX_K = -325, 292


def floor_log2(x: Fraction) -> int:
    n, d = x.numerator, x.denominator
    e = n.bit_length() - d.bit_length()
    if (n << -e if e < 0 else n) < (d << e if e > 0 else d):
        e -= 1
    return e


def g_words(k: int) -> tuple[int, int]:
    x = Fraction(10) ** -k
    r = floor_log2(x) - 125
    scaled = x * (Fraction(2) ** -r)
    g = scaled.numerator // scaled.denominator + 1
    assert 1 << 125 <= g < 1 << 126, k
    return g >> 63, g & ((1 << 63) - 1)


def rows() -> list[tuple[int, int, int]]:
    return [(k, *g_words(k)) for k in range(MIN_K, MAX_K + 1)]


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        path = "Sources/Reports/ShortestDouble+Table.swift"
        text = open(path, encoding="utf-8").read()
        found = [
            (int(k), int(a, 16), int(b, 16))
            for a, b, k in re.findall(r"0x([0-9A-F]+), 0x([0-9A-F]+),\s*// (-?\d+)", text)
        ]
        if found != rows():
            print(f"{path}: the table differs from the one worked out here", file=sys.stderr)
            return 1
        print(f"{path}: {len(found)} rows, all as worked out here")
        return 0
    for k, g1, g0 in rows():
        print(f"    0x{g1:016X}, 0x{g0:016X},  // {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
