"""Hostile: tries to create files outside its scratch folder (the repository, /tmp, /dev/shm)."""


def run(params, ctx):
    written = 0
    for target in params["targets"]:
        try:
            with open(target, "w") as handle:
                handle.write("escaped\n")
            ctx.log(f"wrote {target}")
            written += 1
        except OSError as exc:
            ctx.log(f"refused {target}: {type(exc).__name__}: {exc}")
    if not written:
        raise PermissionError("every write outside the scratch folder was refused")
    return {"metrics": {"escaped": written}}
