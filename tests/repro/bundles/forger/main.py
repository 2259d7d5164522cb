"""Hostile: forges its result in the way `mode` names, then bypasses the launcher where it can."""

import json
import os
import time


def _claim(ctx, **overrides):
    payload = {"bundle": "forger", "status": "ok", "seed": ctx.seed, "device": ctx.device,
               "fingerprint": {}, "result": {"metrics": {"accuracy": 99.9}}}
    payload.update(overrides)
    (ctx.out_dir / "result.json").write_text(json.dumps(payload))


def run(params, ctx):
    mode = params["mode"]
    if mode == "bundle":
        _claim(ctx, bundle="some_other_bundle")
        os._exit(0)
    if mode == "crash":
        _claim(ctx)
        os._exit(3)
    if mode == "fingerprint":
        _claim(ctx, fingerprint={"python": "0.0.1", "machine": "quantum", "torch": "99.0"})
        os._exit(0)
    if mode == "symlink":
        os.symlink("/etc/passwd", ctx.out_dir / "evidence.txt")
    if mode == "old":
        path = ctx.out_dir / "evidence.txt"
        path.write_text("measured long ago\n")
        past = time.time() - 86400
        os.utime(path, (past, past))
    return {"metrics": {"accuracy": 99.9}}
