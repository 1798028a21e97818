def read_idx(path):
    """An IDX file (gzip or not): a header of big-endian sizes, then one byte per value."""
    with (gzip.open if path.endswith(".gz") else open)(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = np.frombuffer(data, ">u4", dims, 4).astype(int)
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)
