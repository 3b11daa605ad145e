"""False identifiers in technical text: the digits of a UUID, a hash, a JWT, a timestamp ...

Users paste logs, stack traces, JSON, curl commands and configuration into chatbots. A run of
digits that is part of a larger technical token (a uuid4's group, a SHA's digits between its
letters, a MAC address, a timestamp's fraction, a version string) is none of the identifiers
the number detectors serve (CCCD, CMND, phone, tax code, bank account, BHYT/BHXH, passport,
plate, case number, licence). This benchmark generates ``--n`` values of each kind of token
(seeded, so a run is reproducible), checks each one alone and inside a line of text (a
Vietnamese or English sentence, a JSON log line, a curl command, a CSV row: the line's own
words never name an identifier), and counts the identifier findings that overlap the token,
per token. The goal is zero for every kind.

    PYTHONPATH=src python -m benchmarks.technical_tokens [--n 10000] [--kind uuid4 ...]
        [--seed 7] [--show 3] [--json]

A finding of another kind on the token (an API_SECRET on a JWT after "Authorization:") is
counted apart ("other"): it is not what this benchmark measures.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
import uuid
from collections import Counter
from collections.abc import Callable

from ai_guard import check_prompt

#: the identifier families a digit run inside a technical token must never open
IDENTIFIERS = frozenset(
    {
        "CCCD",
        "CMND",
        "PASSPORT",
        "DRIVER_LICENSE",
        "TAX_CODE",
        "SOCIAL_INSURANCE",
        "HEALTH_INSURANCE",
        "PHONE",
        "BANK_ACCOUNT",
        "LICENSE_PLATE",
        "CASE_NUMBER",
        "DATE_OF_BIRTH",
    }
)

_HEX = "0123456789abcdef"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_HEX) for _ in range(n))


def _b64(rng: random.Random, nbytes: int, url: bool = False) -> str:
    raw = rng.randbytes(nbytes)
    if url:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode()


def _uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _jwt(rng: random.Random) -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    claims = json.dumps(
        {
            "sub": str(rng.randrange(10**5, 10**12)),
            "iat": rng.randrange(1_500_000_000, 1_800_000_000),
            "exp": rng.randrange(1_500_000_000, 1_800_000_000),
            "jti": _hex(rng, 16),
        },
        separators=(",", ":"),
    ).encode()
    payload = base64.urlsafe_b64encode(claims).decode().rstrip("=")
    return f"{header}.{payload}.{_b64(rng, 32, url=True)}"


def _hexdump(rng: random.Random) -> str:
    data = rng.randbytes(16)
    if rng.random() < 0.5:  # xxd: offset, then groups of two bytes
        words = " ".join(data[i : i + 2].hex() for i in range(0, 16, 2))
        return f"{rng.randrange(0, 1 << 20) * 16:08x}: {words}"
    return " ".join(f"{b:02x}" for b in data)  # hexdump -C / a debugger's bytes


def _mac(rng: random.Random) -> str:
    octets = [f"{b:02x}" for b in rng.randbytes(6)]
    sep = rng.choice(":-")
    text = sep.join(octets)
    return text.upper() if rng.random() < 0.5 else text


def _timestamp(rng: random.Random) -> str:
    y, mo, d = rng.randrange(2015, 2031), rng.randrange(1, 13), rng.randrange(1, 29)
    h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    frac = rng.choice(["", f".{rng.randrange(1000):03d}", f".{rng.randrange(10**6):06d}"])
    zone = rng.choice(["Z", "+07:00", "", "+00:00"])
    sep = rng.choice("T ")
    return f"{y}-{mo:02d}-{d:02d}{sep}{h:02d}:{mi:02d}:{s:02d}{frac}{zone}"


def _version(rng: random.Random) -> str:
    parts = [str(rng.randrange(0, 30)) for _ in range(rng.choice([3, 3, 4]))]
    return rng.choice(["", "v"]) + ".".join(parts)


def _semver(rng: random.Random) -> str:
    core = f"{rng.randrange(0, 20)}.{rng.randrange(0, 50)}.{rng.randrange(0, 200)}"
    pre = rng.choice(["", f"-rc.{rng.randrange(1, 9)}", f"-beta.{rng.randrange(1, 30)}"])
    build = rng.choice(
        [
            f"+build.{rng.randrange(10**7, 10**10)}",
            f"+{rng.randrange(2015, 2031)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
            f".{_hex(rng, 7)}",
            f"+sha.{_hex(rng, 12)}",
            f".{rng.randrange(10**7, 10**9)}",
        ]
    )
    return core + pre + build


def _order_id(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    kind = rng.randrange(4)
    if kind == 0:  # ORD20240512839201
        return "ORD" + str(rng.randrange(10**13, 10**14))
    if kind == 1:  # a carrier's tracking number: 1Z + 16 letters and digits
        body = "".join(rng.choice(letters + "0123456789") for _ in range(16))
        return "1Z" + body
    if kind == 2:  # SPX / GHN style: letters glued to a long digit run
        return rng.choice(["SPXVN", "GHN", "VNP", "EE", "JT"]) + str(rng.randrange(10**9, 10**12))
    return "".join(rng.choice(letters) for _ in range(2)) + str(rng.randrange(10**8, 10**10)) + "VN"


def _file_size(rng: random.Random) -> str:
    n = rng.randrange(10**6, 10**11)
    return rng.choice([f"{n}B", f"{n}bytes", f"size={n}", f"{n / 1e6:.1f}MB", f"{n}b"])


def _port_list(rng: random.Random) -> str:
    ports = [str(rng.randrange(1024, 65536)) for _ in range(rng.randrange(2, 6))]
    sep = rng.choice([",", ", ", ":"])
    if sep == ":":  # a docker mapping host:container
        return f"{ports[0]}:{ports[1]}"
    return sep.join(ports)


KINDS: dict[str, Callable[[random.Random], str]] = {
    "uuid4": _uuid4,
    "uuid4_upper": lambda rng: _uuid4(rng).upper(),
    "uuid_hex32": lambda rng: _hex(rng, 32),
    "md5": lambda rng: _hex(rng, 32),
    "sha1": lambda rng: _hex(rng, 40),
    "sha256": lambda rng: _hex(rng, 64),
    "git_short": lambda rng: _hex(rng, rng.randrange(7, 13)),
    "base64": lambda rng: _b64(rng, rng.randrange(9, 49)),
    "base64url": lambda rng: _b64(rng, rng.randrange(9, 49), url=True),
    "jwt": _jwt,
    "hexdump": _hexdump,
    "mac": _mac,
    "timestamp": _timestamp,
    "version": _version,
    "semver": _semver,
    "order_id": _order_id,
    "file_size": _file_size,
    "ports": _port_list,
}

#: lines a token is pasted inside; none names an identifier
TEMPLATES = (
    "{tok}",
    "Lỗi khi gọi API, request_id={tok} trả về 500, nhờ xem giúp",
    "request failed with id {tok}, please check the logs",
    '{{"level":"error","trace_id":"{tok}","msg":"upstream timeout","status":504}}',
    "curl -H 'X-Request-Id: {tok}' https://api.example.com/v1/items",
    "commit {tok} sửa lỗi đăng nhập",
    "2024-05-12 09:30:15 ERROR worker[3] value={tok} retry=2",
    "id,value,status\n17,{tok},ok",
    "tại sao giá trị {tok} lại bị từ chối?",
    "stainless-python-retry-{tok}",
    "multipart/form-data; boundary={tok}",
)


def run(n: int, kinds: list[str], seed: int, show: int) -> dict[str, dict[str, object]]:
    """Per kind: tokens checked, identifier findings on them (alone / in a line), examples."""
    out: dict[str, dict[str, object]] = {}
    for kind in kinds:
        rng = random.Random(f"{seed}:{kind}")
        make = KINDS[kind]
        alone = in_line = other = 0
        by_entity: Counter[str] = Counter()
        examples: list[str] = []
        for i in range(n):
            tok = make(rng)
            for template in (TEMPLATES[0], TEMPLATES[1 + i % (len(TEMPLATES) - 1)]):
                text = template.format(tok=tok)
                lo = text.index(tok)
                hi = lo + len(tok)
                for f in check_prompt(text).findings:
                    if f.end <= lo or f.start >= hi:
                        continue
                    if str(f.entity) not in IDENTIFIERS:
                        other += 1
                        continue
                    by_entity[str(f.entity)] += 1
                    if template == TEMPLATES[0]:
                        alone += 1
                    else:
                        in_line += 1
                    if len(examples) < show:
                        examples.append(f"{f.entity} {text[f.start : f.end]!r} in {text!r}")
        out[kind] = {
            "tokens": n,
            "alone": alone,
            "in_line": in_line,
            "per_token": (alone + in_line) / (2 * n) if n else 0.0,
            "by_entity": dict(by_entity),
            "other": other,
            "examples": examples,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="tokens of each kind")
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="only these")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=3, help="examples shown per kind")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.n, args.kind or list(KINDS), args.seed, args.show)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{'kind':<12} {'tokens':>7} {'alone':>6} {'in line':>8} {'per token':>10}  other")
    total = 0
    for kind, row in result.items():
        total += int(row["alone"]) + int(row["in_line"])  # type: ignore[call-overload]
        print(
            f"{kind:<12} {row['tokens']:>7} {row['alone']:>6} {row['in_line']:>8}"
            f" {row['per_token']:>10.5f}  {row['other']}  {row['by_entity'] or ''}"
        )
        for example in row["examples"]:  # type: ignore[attr-defined]
            print(f"    {example}")
    print(f"identifier findings inside technical tokens: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
