class AppDropout(nn.Module):
    """Inverted dropout with the app's masks: nn.Dropout(p) would draw masks of its own."""

    def __init__(self, p):
        super().__init__()
        self.p, self.keep = p, None  # keep: 1 for the values kept in this step, 0 for those dropped

    def forward(self, x):
        return x * self.keep / (1 - self.p) if self.training else x
