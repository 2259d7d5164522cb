"""Asks what torch._dynamo asks when torch.optim imports it: the user name, and a cache folder."""

import getpass
import os


def run(params, ctx):
    user = getpass.getuser()
    caches = {k: os.environ.get(k, "") for k in ("TORCHINDUCTOR_CACHE_DIR", "TRITON_CACHE_DIR")}
    for path in caches.values():
        os.makedirs(path, exist_ok=True)
    ctx.log(f"user {user}, home {os.environ.get('HOME')}, caches {caches}")
    return {"metrics": {"uid": float(os.getuid())}, "notes": [user, os.environ.get("HOME", ""), *caches.values()]}
