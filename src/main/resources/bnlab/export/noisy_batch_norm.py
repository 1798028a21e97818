class NoisyBatchNorm1d(nn.BatchNorm1d):
    """BatchNorm1d, then the noise of Santurkar et al. (2018) in training steps: each value becomes
    scale · y + shift, with the scale and shift the app drew for that step (read from run.npz)."""

    scale = shift = None

    def forward(self, x):
        y = super().forward(x)
        return y * self.scale + self.shift if self.training else y
