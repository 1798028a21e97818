"""The cases of ../shared/bench/torch_mlp_bench.py, timed by this process's CPU time instead of the
elapsed time: the peer of `bnlab bench --cpu-time` on a machine others are using.
Run: /usr/bin/python3 tools/torch_cpu_time_bench.py [seconds] [path to torch_mlp_bench.py's folder]"""
import sys, time, torch, torch.nn as nn

sys.path.insert(0, sys.argv[2] if len(sys.argv) > 2 else "../shared/bench")
from torch_mlp_bench import net  # the same networks


def bench(sizes, batch, act, bn, dtype, seconds):
    torch.manual_seed(0)
    m = net(sizes, act, bn, dtype)
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    x = torch.randn(batch, sizes[0], dtype=dtype)
    y = torch.randint(0, sizes[-1], (batch,))
    loss_fn = nn.CrossEntropyLoss()

    def step():
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(m(x), y)
        loss.backward()
        opt.step()

    for _ in range(200):
        step()
    n, t0 = 0, time.process_time()
    while time.process_time() - t0 < seconds:
        for _ in range(10):
            step()
        n += 10
    return n / (time.process_time() - t0)


if __name__ == "__main__":
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    torch.set_num_threads(1)
    cases = [
        ("paper", [784, 100, 100, 100, 10], 60, nn.Sigmoid),
        ("spiral", [2, 16, 16, 16, 3], 32, nn.Tanh),
        ("deep", [784] + [256] * 6 + [10], 128, nn.ReLU),
    ]
    for name, sizes, b, act in cases:
        for dtype in (torch.float32, torch.float64):
            for bn in (False, True):
                sps = bench(sizes, b, act, bn, dtype, seconds)
                print(f"{name}\t{str(dtype)[6:]}\t{'bn' if bn else 'none'}\t{sps:.0f} steps per CPU-second", flush=True)
