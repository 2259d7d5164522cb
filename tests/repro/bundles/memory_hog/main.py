"""Hostile: holds ever more 64 MiB blocks until the memory limit refuses (never over `cap_mb`)."""


def run(params, ctx):
    blocks = []
    while len(blocks) * 64 < params["cap_mb"]:
        blocks.append(bytearray(64 * 2**20))
        ctx.log(f"holding {len(blocks) * 64} MiB")
    return {"metrics": {"escaped": len(blocks) * 64}}
