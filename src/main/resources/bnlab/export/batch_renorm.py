class BatchRenorm1d(nn.Module):
    """Batch Renormalization (Ioffe 2017), which PyTorch lacks, as the app computes it: the batch's
    statistics corrected towards the running ones by r and d, clipped to [1/rmax, rmax] and
    [-dmax, dmax] and constant for the gradient; the limits grow from 1 and 0 over `warmup` steps."""

    def __init__(self, n, momentum, eps, rmax, dmax, warmup):
        super().__init__()
        self.weight, self.bias = nn.Parameter(torch.ones(n)), nn.Parameter(torch.zeros(n))
        self.register_buffer("running_mean", torch.zeros(n))
        self.register_buffer("running_var", torch.ones(n))
        self.momentum, self.eps, self.rmax, self.dmax, self.warmup = momentum, eps, rmax, dmax, warmup
        self.steps = 0

    def forward(self, x):
        if not self.training:
            return (x - self.running_mean) / torch.sqrt(self.running_var + self.eps) * self.weight + self.bias
        grown = min(1.0, self.steps / self.warmup) if self.warmup else 1.0
        rmax, dmax = 1 + (self.rmax - 1) * grown, self.dmax * grown
        mean, var = x.mean(0), x.var(0, unbiased=False)
        sigma_batch, sigma = torch.sqrt(var + self.eps), torch.sqrt(self.running_var + self.eps)
        r = (sigma_batch / sigma).detach().clamp(1 / rmax, rmax)
        d = ((mean - self.running_mean) / sigma).detach().clamp(-dmax, dmax)
        with torch.no_grad():  # running statistics as BatchNorm1d keeps them
            m = self.momentum
            self.running_mean.copy_((1 - m) * self.running_mean + m * mean)
            self.running_var.copy_((1 - m) * self.running_var + m * var * len(x) / (len(x) - 1))
        self.steps += 1
        return ((x - mean) / sigma_batch * r + d) * self.weight + self.bias
