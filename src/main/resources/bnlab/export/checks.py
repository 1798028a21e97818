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
