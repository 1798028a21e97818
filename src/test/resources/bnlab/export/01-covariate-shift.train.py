"""Lesson 1: internal covariate shift (Figure 1 of Ioffe & Szegedy)

Exported from BatchNorm Lab: PyTorch trains the same 2 networks from the app's initial weights on the app's
batches and checks every step against the app's own numbers (expected.csv). Run: python3 train.py
"""
import csv
import gzip
import os
import sys

import numpy as np
import torch
from torch import nn

torch.set_default_dtype(torch.float64)  # the app computes in double precision
HERE = os.path.dirname(os.path.abspath(__file__))
STEPS, EVAL_EVERY = 3000, 100
TOLERANCE = 1e-9  # a number matches if |PyTorch - app| <= TOLERANCE * max(1, |app|)
run = dict(np.load(os.path.join(HERE, "run.npz")))  # what the app's run saw: weights, batches


def read_idx(path):
    """An IDX file (gzip or not): a header of big-endian sizes, then one byte per value."""
    with (gzip.open if path.endswith(".gz") else open)(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = np.frombuffer(data, ">u4", dims, 4).astype(int)
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


# 10,000 training and 2,000 test images of Fashion-MNIST (the subset shipped with the app),
# the first of each file, pixels scaled to [0, 1] and flattened.
x_train = read_idx(os.path.join(HERE, "train-images-idx3-ubyte.gz"))[:10000].reshape(10000, -1) / 255.0
y_train = read_idx(os.path.join(HERE, "train-labels-idx1-ubyte.gz"))[:10000]
x_test = read_idx(os.path.join(HERE, "t10k-images-idx3-ubyte.gz"))[:2000].reshape(2000, -1) / 255.0
y_test = read_idx(os.path.join(HERE, "t10k-labels-idx1-ubyte.gz"))[:2000]
x_train, x_test = torch.from_numpy(x_train), torch.from_numpy(x_test)
y_train, y_test = torch.from_numpy(y_train.astype(np.int64)), torch.from_numpy(y_test.astype(np.int64))


def network_bn():
    """bn: 784 → 100 → 100 → 100 → 10; each hidden layer Linear → BatchNorm1d → Sigmoid."""
    layers, n_in = [], 784
    for n in [100, 100, 100]:
        layers += [nn.Linear(n_in, n), nn.BatchNorm1d(n, momentum=0.1, eps=1e-5), nn.Sigmoid()]
        n_in = n
    model = nn.Sequential(*layers, nn.Linear(n_in, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    return dict(model=model, optimizer=optimizer)


def network_plain():
    """plain: 784 → 100 → 100 → 100 → 10; each hidden layer Linear → Sigmoid."""
    layers, n_in = [], 784
    for n in [100, 100, 100]:
        layers += [nn.Linear(n_in, n), nn.Sigmoid()]
        n_in = n
    model = nn.Sequential(*layers, nn.Linear(n_in, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    return dict(model=model, optimizer=optimizer)


def load_app_weights(model, key):
    """The app's initial weights in every Linear layer (PyTorch's own initialisation differs)."""
    with torch.no_grad():
        for k, linear in enumerate(m for m in model if isinstance(m, nn.Linear)):
            linear.weight.copy_(torch.from_numpy(run[f"{key}_weight{k}"]))
            linear.bias.copy_(torch.from_numpy(run[f"{key}_bias{k}"]))


expected = {}  # the app's own numbers: (network, step, quantity) -> value
with open(os.path.join(HERE, "expected.csv")) as f:
    for row in csv.DictReader(f):
        expected[row["network"], int(row["step"]), row["quantity"]] = float(row["value"])


def check(name, step, quantity, value, want=None):
    """Stops at the first number that differs from the app's by more than the tolerance."""
    want = expected[name, step, quantity] if want is None else want
    if not abs(value - want) <= TOLERANCE * max(1.0, abs(want)):
        sys.exit(f"differs from BatchNorm Lab at step {step}, network {name!r}, {quantity}: "
                 f"PyTorch {value!r}, the app {want!r}")


def evaluate(name, net, step):
    """Test loss and accuracy in eval mode (running statistics, no dropout), as the app measures them."""
    net["model"].eval()
    with torch.no_grad():
        logits = net["model"](x_test)
    check(name, step, "test_loss", nn.functional.cross_entropy(logits, y_test).item())
    check(name, step, "test_accuracy", (logits.argmax(1) == y_test).double().mean().item())


networks = {"bn": network_bn(), "plain": network_plain()}
for i, (name, net) in enumerate(networks.items()):
    load_app_weights(net["model"], f"net{i}")
    net["batches"] = torch.from_numpy(run[f"net{i}_batches"]).long()  # the examples of every step
    evaluate(name, net, 0)

for step in range(1, STEPS + 1):
    for i, (name, net) in enumerate(networks.items()):
        model, optimizer, batch = net["model"], net["optimizer"], net["batches"][step - 1]
        model.train()  # batch statistics
        loss = nn.functional.cross_entropy(model(x_train[batch]), y_train[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        check(name, step, "loss", loss.item())
        if step % EVAL_EVERY == 0 or step == STEPS:
            evaluate(name, net, step)

for i, (name, net) in enumerate(networks.items()):  # every weight after the last step
    for k, linear in enumerate(m for m in net["model"] if isinstance(m, nn.Linear)):
        for what in ("weight", "bias"):
            got = getattr(linear, what).detach().flatten()
            want = torch.from_numpy(run[f"net{i}_final_{what}{k}"]).flatten()
            worst = (got - want).abs().argmax()
            check(name, STEPS, f"Linear layer {k + 1} {what}", got[worst].item(), want[worst].item())
print(f"matches BatchNorm Lab to 1e-9 over {STEPS} steps (2 networks)")
