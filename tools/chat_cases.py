#!/usr/bin/env python3
"""Random chat-template cases rendered by Python jinja2 as transformers
renders them, in the format of ../shared/chat/*.cases.jsonl, to hold
lib/jinja.c against the reference engine:

    tools/chat_cases.py TEMPLATE.jinja TEMPLATE.json N SEED > cases.jsonl
    tools/chat_cases.py - tokenizer_config.json N SEED > cases.jsonl
    build/t/unit/chat TEMPLATE.jinja TEMPLATE.json cases.jsonl

Needs jinja2 (not run by `make test`; `make chat-fuzz` runs it)."""
import json
import random
import sys

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment


class Raised(Exception):
    pass


def raise_exception(msg):
    raise Raised(msg)


def env():
    e = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                      extensions=["jinja2.ext.loopcontrols"])
    e.filters["tojson"] = lambda x, indent=None, separators=None, sort_keys=False: \
        json.dumps(x, ensure_ascii=False, indent=indent, separators=separators, sort_keys=sort_keys)
    e.globals["raise_exception"] = raise_exception
    return e


PIECES = ["Hello", "world", "how are you?", " ", "  ", "\n", "\n\n", "\t", "\r", "\u0085", "\u00a0",
          "\ufeff", "\u2028", "\u001f", "é", "中文", "😀", "<think>", "</think>", "<tool_response>",
          "</tool_response>", "{{ x }}", "{% if %}", "'", '"', "\\", "[INST]", "<|im_end|>", "0", "None"]


def text(r):
    return "".join(r.choice(PIECES) for _ in range(r.randint(0, 6)))


def tool_call(r):
    args = {"city": text(r), "n": r.randint(-5, 100)} if r.random() < 0.7 else json.dumps({"q": text(r)})
    call = {"name": r.choice(["get_weather", "search"]), "arguments": args}
    call = {"type": "function", "function": call} if r.random() < 0.8 else call
    if r.random() < 0.7:
        call["id"] = "abc123XYZ"
    return call


def message(r, role):
    m = {"role": role, "content": text(r)}
    if role == "assistant":
        if r.random() < 0.2:
            m["content"] = "<think>" + text(r) + "</think>" + text(r)
        if r.random() < 0.15:
            m["reasoning_content"] = text(r)
        if r.random() < 0.2:
            m["tool_calls"] = [tool_call(r) for _ in range(r.randint(1, 2))]
            if r.random() < 0.5:
                m["content"] = None if r.random() < 0.3 else ""
    if role == "user" and r.random() < 0.1:
        m["content"] = [{"type": "text", "text": text(r)}, {"type": "image"}]
    if role == "tool" and r.random() < 0.3:
        m["name"] = "get_weather"
    if role == "tool" and r.random() < 0.7:
        m["tool_call_id"] = "abc123XYZ"
    return m


def conversation(r):
    msgs = []
    if r.random() < 0.4:
        msgs.append(message(r, "system"))
    n = r.randint(0, 5)
    for i in range(n):
        if r.random() < 0.85:
            role = "user" if i % 2 == 0 else "assistant"
        else:
            role = r.choice(["user", "assistant", "system", "tool"])
        msgs.append(message(r, role))
    if not msgs:
        msgs.append(message(r, "user"))
    return msgs


TOOL = {"type": "function", "function": {"name": "get_weather", "description": "Get the weather ✓",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"},
                       "days": {"type": "integer", "minimum": 1, "maximum": 1.5}},
                       "required": ["city"]}}}


def main():
    tmpl_path, meta_path, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    meta = json.load(open(meta_path, encoding="utf-8"))
    # "-": the config's own chat_template (a tokenizer_config.json)
    src = meta["chat_template"] if tmpl_path == "-" else open(tmpl_path, encoding="utf-8").read()
    t = env().from_string(src)
    r = random.Random(seed)
    name = meta.get("name", tmpl_path)
    name = name if isinstance(name, str) else tmpl_path
    for k in range(n):
        msgs = conversation(r)
        gen = r.random() < 0.7
        case = {"id": "fuzz-%d-%d" % (seed, k), "template": name, "messages": msgs,
                "add_generation_prompt": gen, "extra": {}}
        v = {"messages": msgs, "add_generation_prompt": gen, "tools": None, "documents": None}
        if r.random() < 0.2:
            case["tools"] = v["tools"] = [TOOL]
        if r.random() < 0.3:
            case["extra"]["enable_thinking"] = r.random() < 0.5
        v.update(case["extra"])
        for tok in ("bos_token", "eos_token", "unk_token", "pad_token"):
            t_ = meta.get(tok)
            if isinstance(t_, dict):
                t_ = t_.get("content")
            if t_ is not None:
                v[tok] = t_
        try:
            case["expected"] = t.render(**v)
        except Raised as e:
            case["error"], case["error_exact"] = str(e), True
        except Exception as e:
            case["error"], case["error_exact"] = str(e), False
        print(json.dumps(case, ensure_ascii=False))


if __name__ == "__main__":
    main()
