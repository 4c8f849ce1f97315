"""A small JSON-schema validator for the derived contract schemas (the subset they use), in 'exact keys' mode:
every object that declares `properties` must carry exactly those keys (the seed writes every field, nulls too)."""
from __future__ import annotations

import json
import re
from pathlib import Path

_TYPES = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def validate(value, schema: dict, path: str = "$", exclude: set[str] | None = None) -> list[str]:
    errors: list[str] = []
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branch_errors = [validate(value, branch, path) for branch in schema[key]]
            if not any(not e for e in branch_errors):
                best = min(branch_errors, key=len)
                errors.append(f"{path}: matches no {key} branch (closest: {best[0] if best else '?'})")
            return errors
    if "const" in schema and value != schema["const"]:
        return [f"{path}: expected const {schema['const']!r}, got {value!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{path}: {value!r} not in enum {schema['enum']}"]
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](value) for t in types):
            return [f"{path}: expected {'|'.join(types)}, got {type(value).__name__} {str(value)[:40]!r}"]
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']}")
        fmt = schema.get("format")
        if fmt == "email" and not _EMAIL.match(value):
            errors.append(f"{path}: {value!r} is not a lower-case e-mail")
        if fmt == "uri" and not re.match(r"^https?://\S+$", value):
            errors.append(f"{path}: {value!r} is not a URI")
    if isinstance(value, dict) and "properties" in schema:
        props = {k: v for k, v in schema["properties"].items() if not exclude or k not in exclude}
        missing = sorted(set(props) - set(value))
        extra = sorted(set(value) - set(props))
        if missing:
            errors.append(f"{path}: missing keys {missing}")
        if extra:
            errors.append(f"{path}: unexpected keys {extra}")
        for key, sub in props.items():
            if key in value:
                errors.extend(validate(value[key], sub, f"{path}.{key}"))
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errors


def item_schema(schemas_dir: Path, operation: str, *path: str) -> dict:
    """The item schema of an operation's response, e.g. item_schema(dir, "GetHrisEmployees", "results")."""
    schema = json.loads((schemas_dir / f"{operation}.json").read_text(encoding="utf-8"))["properties"]["data"]
    for part in path:
        schema = schema["properties"][part]
    return schema["items"]
