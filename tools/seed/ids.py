"""Deterministic Kombo-style ids for the seed world.

kid(*parts) = first 24 characters of base58(SHA-256(UTF-8 of "|".join(parts))), Bitcoin alphabet,
standard encoding (big-endian integer conversion, one leading '1' per leading zero byte).
Record ids are kid(integration_id, model, remote_id); integration ids are
"<tool>:" + kid("integration", <environment slug>, <tool>); environment ids are kid("environment", <slug>).
"""
from __future__ import annotations

import hashlib

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = []
    while n > 0:
        n, r = divmod(n, 58)
        out.append(ALPHABET[r])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(out))


def kid(*parts: str) -> str:
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).digest()
    return base58(digest)[:24]


def environment_id(slug: str) -> str:
    return kid("environment", slug)


def integration_id(env_slug: str, tool: str) -> str:
    return f"{tool}:{kid('integration', env_slug, tool)}"


class Ids:
    """Id factory bound to one integration: ids.of("hris_employees", "1001")."""

    def __init__(self, integration: str):
        self.integration = integration

    def of(self, model: str, remote_id: str | int) -> str:
        return kid(self.integration, model, str(remote_id))


def _self_test() -> None:
    assert base58(b"hello world") == "StV1DL6CwTryKyV", base58(b"hello world")
    assert base58(b"\0\0\x01") == "112"
    assert kid("a") == base58(hashlib.sha256(b"a").digest())[:24]
    assert len(kid("a")) == 24


_self_test()

if __name__ == "__main__":
    print("base58(b'hello world') =", base58(b"hello world"))
    print("kid('a') =", kid("a"))
    print("environment acme =", environment_id("acme"))
    for t in ("personio", "hibob", "silae", "datev", "greenhouse", "jazzhr", "smartrecruiters"):
        print(t, integration_id("acme", t))
