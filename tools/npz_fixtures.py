#!/usr/bin/env python3
"""Writes the .npz fixtures of t/data/npz/ as numpy's savez and
savez_compressed write them (zipfile, members opened with
force_zip64=True, one .npy each), without needing numpy:

    tools/npz_fixtures.py t/data/npz"""
import os
import struct
import sys
import zipfile


def npy(shape, values):
    """A version 1.0 .npy of little-endian f4, padded as numpy pads it."""
    dims = ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "")
    d = "{'descr': '<f4', 'fortran_order': False, 'shape': (%s), }" % dims
    total = (10 + len(d) + 1 + 63) // 64 * 64
    d = d + " " * (total - 10 - len(d) - 1) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(d)) + d.encode() + struct.pack("<%df" % len(values), *values)


def savez(path, members, compression):
    with zipfile.ZipFile(path, "w", compression=compression, allowZip64=True) as z:
        for name, data in members:
            with z.open(name, "w", force_zip64=True) as f:
                f.write(data)


def main():
    out = sys.argv[1]
    # two steps of a 6-token vocabulary
    vals = [0.5, -1.25, 3.0, 2.75, -0.125, 1.0, 10.0, 9.5, -3.0, 0.0, 9.75, 1e-3]
    a = npy((2, 6), vals)
    b = npy((3,), [1.0, 2.0, 3.0])
    open(os.path.join(out, "small.npy"), "wb").write(a)
    savez(os.path.join(out, "stored.npz"), [("logits.npy", a)], zipfile.ZIP_STORED)
    savez(os.path.join(out, "deflated.npz"), [("logits.npy", a)], zipfile.ZIP_DEFLATED)
    savez(os.path.join(out, "one-member.npz"), [("arr_0.npy", a)], zipfile.ZIP_DEFLATED)
    savez(os.path.join(out, "two-members.npz"), [("a.npy", b), ("steps.npy", a)], zipfile.ZIP_STORED)


if __name__ == "__main__":
    main()
