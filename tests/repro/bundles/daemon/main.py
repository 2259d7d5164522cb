"""Hostile: leaves a daemon behind (double fork + setsid, then exec a sleeper with a token)."""

import os
import sys


def run(params, ctx):
    pid = os.fork()
    if pid == 0:
        os.setsid()
        if os.fork() == 0:
            os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(120)", params["token"]])
        os._exit(0)
    os.waitpid(pid, 0)
    ctx.log("daemon started")
    return {"metrics": {"escaped": 1}}
