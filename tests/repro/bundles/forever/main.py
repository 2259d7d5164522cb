"""Hostile: never returns (spins the CPU, or sleeps so that only the wall clock can stop it)."""

import time


def run(params, ctx):
    ctx.log(f"going on forever ({params['mode']})")
    if params["mode"] == "sleep":
        while True:
            time.sleep(3600)
    n = 0
    while True:
        n += 1
