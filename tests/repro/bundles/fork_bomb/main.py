"""Hostile: forks sleeping children until the process limit refuses (never more than `cap`)."""

import os
import time


def run(params, ctx):
    children = 0
    try:
        while children < params["cap"]:
            pid = os.fork()
            if pid == 0:
                time.sleep(60)
                os._exit(0)
            children += 1
    except OSError as exc:
        ctx.log(f"fork refused after {children} children: {type(exc).__name__}: {exc}")
        raise
    ctx.log(f"forked all {children} children: no process limit")
    return {"metrics": {"escaped": children}}
