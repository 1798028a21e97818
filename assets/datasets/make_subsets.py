#!/usr/bin/env python3
"""Recreate the datasets shipped in assets/datasets/ from Debian's packages.

    apt-get install dataset-fashion-mnist python3-sklearn
    python3 assets/datasets/make_subsets.py            # writes next to this script
    python3 assets/datasets/make_subsets.py --check    # only prints the sha256 sums

Fashion-MNIST: keeps the FIRST 10,000 training and the FIRST 2,000 test examples, in the
original IDX format; only the count in each header changes. The gzip output is
deterministic (no file name, mtime 0, level 9), so the same zlib gives the same bytes.
Digits: sklearn's digits.csv.gz is copied byte for byte.

Standard library only (gzip, struct, hashlib).
"""
import argparse
import gzip
import hashlib
import os
import shutil
import struct
import sys

FASHION_DIR = "/usr/share/datasets/fashion-mnist"
DIGITS_SOURCE = "/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz"
HERE = os.path.dirname(os.path.abspath(__file__))

# (source file, output file, examples kept)
FASHION_CUTS = [
    ("train-images-idx3-ubyte.gz", "train-images-idx3-ubyte.gz", 10000),
    ("train-labels-idx1-ubyte.gz", "train-labels-idx1-ubyte.gz", 10000),
    ("t10k-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte.gz", 2000),
    ("t10k-labels-idx1-ubyte.gz", "t10k-labels-idx1-ubyte.gz", 2000),
]


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cut_idx(source, target, keep):
    """Writes the first `keep` examples of an unsigned-byte IDX gzip file, header count rewritten."""
    with gzip.open(source, "rb") as f:
        data = f.read()
    zero, type_code, ndims = struct.unpack(">HBB", data[:4])
    if zero != 0 or type_code != 0x08:
        sys.exit(f"{source}: not an unsigned-byte IDX file")
    dims = list(struct.unpack(">" + "I" * ndims, data[4:4 + 4 * ndims]))
    if dims[0] < keep:
        sys.exit(f"{source}: holds {dims[0]} examples, fewer than {keep}")
    example_bytes = 1
    for d in dims[1:]:
        example_bytes *= d
    body_start = 4 + 4 * ndims
    body = data[body_start:body_start + keep * example_bytes]
    header = struct.pack(">HBB", 0, type_code, ndims) + struct.pack(">" + "I" * ndims, keep, *dims[1:])
    # filename="" and mtime=0 keep the gzip header free of anything that changes between runs.
    with open(target, "wb") as out, gzip.GzipFile(filename="", mode="wb", fileobj=out,
                                                  compresslevel=9, mtime=0) as gz:
        gz.write(header + body)
    return dims


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=HERE, help="folder to write into (default: beside this script)")
    parser.add_argument("--check", action="store_true", help="only print sha256 sums of sources and results")
    args = parser.parse_args()

    fashion_out = os.path.join(args.out, "fashion-mnist")
    digits_out = os.path.join(args.out, "digits")
    if not args.check:
        os.makedirs(fashion_out, exist_ok=True)
        os.makedirs(digits_out, exist_ok=True)

    for source_name, target_name, keep in FASHION_CUTS:
        source = os.path.join(FASHION_DIR, source_name)
        target = os.path.join(fashion_out, target_name)
        if not args.check:
            dims = cut_idx(source, target, keep)
            print(f"cut {source_name}: {dims[0]} -> {keep} examples")
        print(f"  source {sha256(source)}  {source}")
        print(f"  result {sha256(target)}  {os.path.relpath(target, args.out)}")

    digits_target = os.path.join(digits_out, "digits.csv.gz")
    if not args.check:
        shutil.copyfile(DIGITS_SOURCE, digits_target)
        print("copied digits.csv.gz")
    print(f"  source {sha256(DIGITS_SOURCE)}  {DIGITS_SOURCE}")
    print(f"  result {sha256(digits_target)}  {os.path.relpath(digits_target, args.out)}")


if __name__ == "__main__":
    main()
