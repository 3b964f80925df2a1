#!/usr/bin/env python3
"""Unified social credit codes (统一社会信用代码), worked out independently of
mujun, for writing and checking sample data.

GB 32100-2015, clause 4 and its appendix: 18 characters from
0-9 and A-Y without I, O, S, V and Z (31 characters, valued 0-30 in that
order); position 18 is the check character, C18 = 31 - MOD(sum of C_i x W_i
over i = 1..17, 31) with W_i = 3^(i-1) mod 31, where 31 is written 0.
The standard's example: 91350100M000100Y4 takes the check character 3.

Positions 9-17 are the organisation code of GB 11714-1997, whose own
check character (position 17 of the credit code) is
C9 = 11 - MOD(sum of C_i x W_i over i = 1..8, 11) with weights
3, 7, 9, 10, 5, 8, 4, 2 and letters valued A=10 ... Z=35; 10 is written X
and 11 is written 0. mujun checks only GB 32100; the samples keep both
right so that they look like real codes.

    python3 Scripts/credit-code.py 91350100M000100Y43 ...   # checks codes
    python3 Scripts/credit-code.py --make 91331003MA2HJM01  # completes a code
                                                            # from its 16 characters
"""
import sys

CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def check_character(first17: str) -> str:
    """The GB 32100-2015 check character of the first 17 characters."""
    assert len(first17) == 17, first17
    total = sum(CHARACTERS.index(c) * w for c, w in zip(first17, WEIGHTS))
    return CHARACTERS[(31 - total % 31) % 31]


def org_check_character(first8: str) -> str:
    """The GB 11714-1997 check character of an organisation code's first 8."""
    assert len(first8) == 8, first8
    total = sum(int(c, 36) * w for c, w in zip(first8, ORG_WEIGHTS))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def complete(first16: str) -> str:
    """A code from its first 16 characters: both check characters added."""
    assert len(first16) == 16 and all(c in CHARACTERS for c in first16), first16
    first17 = first16 + org_check_character(first16[8:16])
    return first17 + check_character(first17)


def problem(code: str) -> str | None:
    """Why `code` is no valid code (GB 32100 only), or None."""
    if len(code) != 18:
        return f"has {len(code)} characters, not 18"
    bad = [c for c in code if c not in CHARACTERS]
    if bad:
        return f"has characters outside the code's set: {''.join(bad)}"
    expected = check_character(code[:17])
    if code[17] != expected:
        return f"check character is {code[17]}, should be {expected}"
    return None


if __name__ == "__main__":
    assert check_character("91350100M000100Y4") == "3"  # the standard's example
    arguments = sys.argv[1:]
    if arguments[:1] == ["--make"]:
        for first16 in arguments[1:]:
            print(complete(first16))
        sys.exit(0)
    failed = 0
    for code in arguments:
        why = problem(code)
        print(f"{code}: {'ok' if why is None else why}")
        failed += why is not None
    sys.exit(1 if failed else 0)
