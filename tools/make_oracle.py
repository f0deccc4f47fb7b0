#!/usr/bin/env python3
"""Write a greedy oracle for any Hugging Face model and prompt, in the
format of ../shared/oracles/ (what `oracle-compare` reads).

Optional, for users with transformers and torch; not run by the suite.

    python3 tools/make_oracle.py MODEL-DIR-OR-ID "prompt text" -n 64 > case.json

Greedy, fp32, the prompt encoded with the tokenizer's special tokens
(as `run --raw` does), no stop at EOS: every step is recorded, so the
oracle holds exactly -n tokens (stopped_at_eog is false).
"""
import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model")
    ap.add_argument("prompt")
    ap.add_argument("-n", type=int, default=64, help="tokens to generate (64)")
    ap.add_argument("--case", default="custom")
    a = ap.parse_args()
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(a.model)
    model = AutoModelForCausalLM.from_pretrained(a.model, torch_dtype=torch.float32)
    model.eval()
    ids = tok(a.prompt, add_special_tokens=True)["input_ids"]
    x = torch.tensor([ids])
    out, past = [], None
    with torch.no_grad():
        for _ in range(a.n):
            r = model(input_ids=x, past_key_values=past, use_cache=True)
            past = r.past_key_values
            nxt = int(torch.argmax(r.logits[0, -1]))
            out.append(nxt)
            x = torch.tensor([[nxt]])
    json.dump({"model": a.model, "case": a.case, "prompt_text": a.prompt,
               "prompt_ids": ids, "ref_token_ids": out, "n_new": a.n,
               "stopped_at_eog": False, "stop_token_id": None,
               "producer": "tools/make_oracle.py (transformers, fp32, greedy)"},
              sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
