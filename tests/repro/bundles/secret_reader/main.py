"""Hostile: looks for a secret in its environment and in every process it can see."""

import os


def run(params, ctx):
    name = params["name"]
    found = []
    if name in os.environ:
        found.append(os.environ[name])
    seen = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        seen += 1
        for part in ("environ", "cmdline"):
            try:
                with open(f"/proc/{entry}/{part}", "rb") as handle:
                    data = handle.read()
            except OSError:
                continue
            for item in data.split(b"\0"):
                if item.startswith(name.encode() + b"="):
                    found.append(item.split(b"=", 1)[1].decode("utf-8", "replace"))
    ctx.log(f"looked at {seen} processes")
    if not found:
        raise LookupError(f"{name} is nowhere to be seen")
    (ctx.out_dir / "loot.txt").write_text("\n".join(found))
    ctx.log("found: " + ", ".join(found))
    return {"metrics": {"escaped": len(found)}, "notes": found}
