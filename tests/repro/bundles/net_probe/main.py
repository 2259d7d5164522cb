"""Hostile: tries to reach the network, first politely, then around the launcher's block."""

import _socket
import socket


def _attempt(ctx, label, make, address):
    try:
        sock = make()
        sock.settimeout(2.0)
        sock.connect(address)
        sock.close()
        ctx.log(f"{label} {address}: CONNECTED")
        return 1
    except OSError as exc:
        ctx.log(f"{label} {address}: blocked ({type(exc).__name__}: {exc})")
        return 0


def run(params, ctx):
    targets = [("127.0.0.1", params["port"]), (params["external"], 53)]
    reached = 0
    for address in targets:
        reached += _attempt(ctx, "socket.socket", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM), address)
        reached += _attempt(ctx, "_socket.socket", lambda: _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM), address)
    if not reached:
        raise RuntimeError("no network: every connection attempt was refused")
    return {"metrics": {"escaped": reached}}
