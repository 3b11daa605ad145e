"""Gateway tokens: ai_guard.serve.tokens.TokenStore and ``ai-guard serve token``."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import logging
import multiprocessing
import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ai_guard.cli._common import run
from ai_guard.cli.serve_token import register
from ai_guard.errors import InputError, TokenStoreError
from ai_guard.serve import tokens as tokens_module
from ai_guard.serve.auth import Caller, TokenVerifier
from ai_guard.serve.tokens import PREFIX, TokenStore

UNIT = "Phòng Tổ chức cán bộ"
PERSON = "Nguyễn Văn An"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "tokens" / "gateway-tokens.json"


@pytest.fixture
def admin(path: Path) -> TokenStore:
    return TokenStore(path, create=True)


def issue(admin: TokenStore, **fields: str) -> tuple[str, str]:
    """(token, token_id) of a new token."""
    token, info = admin.create(unit=fields.get("unit", UNIT), person=fields.get("person", PERSON))
    return token, info.token_id


# -- issuing and verifying ------------------------------------------------------------------------


def test_a_new_token_verifies_as_its_holder_and_only_its_hash_is_stored(
    admin: TokenStore, path: Path
) -> None:
    token, info = admin.create(unit=UNIT, person=PERSON, note="máy trạm 3")
    assert token.startswith(PREFIX + info.token_id + "_")
    assert len(token) - len(PREFIX + info.token_id + "_") >= 43  # 32 random bytes
    assert (info.unit, info.person, info.note, info.active) == (UNIT, PERSON, "máy trạm 3", True)

    text = path.read_text("utf-8")
    assert token not in text
    # the random part whole (it may hold "_" itself: a split at the last "_" could leave a
    # tail of a few characters that the file holds by chance)
    assert token[len(PREFIX + info.token_id + "_") :] not in text
    doc = json.loads(text)
    assert doc["format"] == "ai-guard-gateway-tokens"
    assert doc["tokens"][0]["sha256"] == hashlib.sha256(token.encode()).hexdigest()

    gateway = TokenStore(path)
    assert isinstance(gateway, TokenVerifier)
    assert gateway.verify(token) == Caller(token_id=info.token_id, unit=UNIT, person=PERSON)
    assert gateway.problem is None


def test_file_and_lock_are_private_to_their_owner(admin: TokenStore, path: Path) -> None:
    issue(admin)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.with_name(path.name + ".lock").stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_tokens_are_distinct_and_each_names_its_own_holder(admin: TokenStore, path: Path) -> None:
    first, first_id = issue(admin, person="Trần Thị Bình")
    second, second_id = issue(admin, person="Lê Văn Cường", unit="Văn phòng")
    assert first != second
    assert first_id != second_id
    gateway = TokenStore(path)
    assert gateway.verify(first) == Caller(first_id, UNIT, "Trần Thị Bình")
    assert gateway.verify(second) == Caller(second_id, "Văn phòng", "Lê Văn Cường")
    assert [t.token_id for t in gateway.tokens()] == [first_id, second_id]


def _near_misses(token: str, token_id: str) -> list[object]:
    secret = token.rsplit("_", 1)[-1]
    flipped = ("A" if secret[0] != "A" else "B") + secret[1:]
    return [
        "",
        token[:-1],
        token + "x",
        " " + token,
        token + "\n",
        token.upper(),
        f"{PREFIX}{token_id}_{flipped}",  # right id, wrong secret
        f"{PREFIX}{'0' * 12}_{secret}",  # right secret, another id
        token.replace(PREFIX, "sk_", 1),
        f"Bearer {token}",
        hashlib.sha256(token.encode()).hexdigest(),  # the stored hash is not a token
        None,
        42,
    ]


def test_anything_but_the_exact_token_is_refused(admin: TokenStore, path: Path) -> None:
    token, token_id = issue(admin)
    gateway = TokenStore(path)
    for presented in _near_misses(token, token_id):
        assert gateway.verify(presented) is None, presented  # type: ignore[arg-type]
    assert gateway.verify(token) is not None


@pytest.fixture(scope="module")
def one_token(tmp_path_factory: pytest.TempPathFactory) -> tuple[TokenStore, str]:
    path = tmp_path_factory.mktemp("one") / "tokens.json"
    token, _ = TokenStore(path, create=True).create(unit=UNIT, person=PERSON)
    return TokenStore(path), token


@settings(max_examples=300)
@given(data=st.data())
def test_property_one_changed_character_is_refused(
    one_token: tuple[TokenStore, str], data: st.DataObject
) -> None:
    gateway, token = one_token
    at = data.draw(st.integers(0, len(token) - 1), label="at")
    char = data.draw(st.characters(codec="utf-8").filter(lambda c: c != token[at]), label="char")
    assert gateway.verify(token[:at] + char + token[at + 1 :]) is None
    assert gateway.verify(token) is not None


@settings(max_examples=100)
@given(secret=st.from_regex(r"[A-Za-z0-9_-]{43}", fullmatch=True))
def test_property_the_right_id_with_another_secret_is_refused(
    one_token: tuple[TokenStore, str], secret: str
) -> None:
    gateway, token = one_token
    forged = token[: len(PREFIX) + 13] + secret
    assert (gateway.verify(forged) is None) == (forged != token)


# -- revoking -------------------------------------------------------------------------------------


def test_revocation_reaches_a_running_instance_without_a_restart(
    admin: TokenStore, path: Path
) -> None:
    token, token_id = issue(admin)
    other, _ = issue(admin)
    gateway = TokenStore(path)  # another gateway instance, already serving
    assert gateway.verify(token) is not None
    assert admin.revoke(token_id) is True  # same second, same size: a new inode tells
    assert gateway.verify(token) is None
    assert gateway.verify(other) is not None
    assert admin.revoke(token_id) is False  # already revoked: nothing changed
    revoked = next(t for t in gateway.tokens() if t.token_id == token_id)
    assert revoked.revoked_at is not None
    assert not revoked.active


def test_revoke_an_unknown_id_is_an_input_error_naming_it(admin: TokenStore) -> None:
    issue(admin)
    with pytest.raises(InputError) as info:
        admin.revoke("ffffffffffff")
    assert "ffffffffffff" in info.value.message_en
    assert "ffffffffffff" in info.value.message_vi
    assert "no token with id" in info.value.message_en


def test_clock_sets_created_and_revoked_at(path: Path) -> None:
    times = iter(
        [
            dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
            dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=dt.timezone.utc),
        ]
    )
    store = TokenStore(path, create=True, clock=lambda: next(times))
    _, info = store.create(unit=UNIT, person=PERSON)
    store.revoke(info.token_id)
    (again,) = TokenStore(path).tokens()
    assert again.created == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    assert again.revoked_at == dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=dt.timezone.utc)


# -- who holds a token ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field", "said"),
    [
        ({"unit": ""}, "unit", "is empty"),
        ({"unit": "   "}, "unit", "is empty"),
        ({"person": ""}, "person", "is empty"),
        ({"person": "x" * 201}, "person", "longer than 200"),
        ({"note": "n" * 501}, "note", "longer than 500"),
        ({"person": "Nguyễn\nVăn An"}, "person", "control character or a line break"),
        ({"unit": "Phòng\u200bTổ chức"}, "unit", "control character"),
        ({"note": "a\u2028b"}, "note", "line break"),
        ({"note": "cũ: aig_0123456789ab_" + "x" * 43}, "note", "looks like a gateway token"),
        ({"person": 7}, "person", "must be a string"),
    ],
)
def test_unit_person_and_note_are_validated_and_the_error_names_the_field(
    admin: TokenStore, path: Path, fields: dict[str, object], field: str, said: str
) -> None:
    given_fields: dict[str, object] = {"unit": UNIT, "person": PERSON, "note": ""} | fields
    with pytest.raises(InputError) as info:
        admin.create(**given_fields)  # type: ignore[arg-type]
    assert said in info.value.message_en
    assert f"({field})" in info.value.message_vi
    assert not path.exists()  # nothing was written


def test_an_official_email_is_a_valid_person_and_values_are_stored_nfc(
    admin: TokenStore, path: Path
) -> None:
    decomposed = unicodedata.normalize("NFD", "  Phòng Tư pháp  ")
    token, info = admin.create(unit=decomposed, person="an.nv@sotp.hanoi.gov.vn")
    assert info.unit == "Phòng Tư pháp"
    assert TokenStore(path).verify(token) == Caller(
        info.token_id, "Phòng Tư pháp", "an.nv@sotp.hanoi.gov.vn"
    )


_valid_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=_valid_text, person=_valid_text)
def test_property_what_is_stored_reads_back(tmp_path: Path, unit: str, person: str) -> None:
    path = tmp_path / f"p{abs(hash((unit, person)))}.json"
    token, info = TokenStore(path, create=True).create(unit=unit, person=person)
    assert info.unit == unicodedata.normalize("NFC", unit.strip())
    caller = TokenStore(path).verify(token)
    assert caller == Caller(info.token_id, info.unit, info.person)
    path.unlink()


# -- a damaged file: fail closed ------------------------------------------------------------------


def _sound(path: Path) -> tuple[dict[str, object], str]:
    token, _ = TokenStore(path, create=True).create(unit=UNIT, person=PERSON)
    return json.loads(path.read_text("utf-8")), token


def _damage(kind: str) -> Callable[[dict[str, object]], object]:
    def entry(change: Callable[[dict[str, object]], None]) -> Callable[[dict[str, object]], object]:
        def apply(doc: dict[str, object]) -> object:
            tokens = doc["tokens"]
            assert isinstance(tokens, list)
            change(tokens[0])
            return doc

        return apply

    return {
        "not_a_token_file": lambda doc: {"tokens": doc["tokens"]},
        "version": lambda doc: doc | {"version": 2},
        "hash": lambda doc: doc | {"hash": "md5"},
        "tokens_not_list": lambda doc: doc | {"tokens": {"a": 1}},
        "missing_field": entry(lambda e: e.pop("revoked_at")),
        "unknown_field": entry(lambda e: e.update(revoked="2026-01-01T00:00:00+00:00")),
        "naive_date": entry(lambda e: e.update(created="2026-01-01T00:00:00")),
        "bad_revoked": entry(lambda e: e.update(revoked_at="yesterday")),
        "bad_hash": entry(lambda e: e.update(sha256="ABC")),
        "bad_id": entry(lambda e: e.update(token_id="../etc")),
        "empty_person": entry(lambda e: e.update(person="")),
        "duplicate": lambda doc: doc | {"tokens": [*doc["tokens"], *doc["tokens"]]},  # type: ignore[misc]
    }[kind]


@pytest.mark.parametrize(
    ("kind", "problem", "detail"),
    [
        ("not_a_token_file", "not_a_token_file", ""),
        ("version", "version", "version 2"),
        ("hash", "hash", "'md5'"),
        ("tokens_not_list", "tokens_not_list", ""),
        ("missing_field", "entry", "tokens[0].revoked_at"),
        ("unknown_field", "entry", "tokens[0].revoked"),
        ("naive_date", "entry", "tokens[0].created"),
        ("bad_revoked", "entry", "tokens[0].revoked_at"),
        ("bad_hash", "entry", "tokens[0].sha256"),
        ("bad_id", "entry", "tokens[0].token_id"),
        ("empty_person", "entry", "tokens[0].person"),
        ("duplicate", "duplicate_id", "tokens[1].token_id"),
    ],
)
def test_a_damaged_file_refuses_to_open_and_refuses_every_token_while_running(
    path: Path, kind: str, problem: str, detail: str, caplog: pytest.LogCaptureFixture
) -> None:
    doc, token = _sound(path)
    gateway = TokenStore(path)
    assert gateway.verify(token) is not None
    path.write_text(json.dumps(_damage(kind)(doc)), "utf-8")

    with caplog.at_level(logging.ERROR, logger="ai_guard.serve.tokens"):
        assert gateway.verify(token) is None
        assert gateway.verify(token) is None
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1  # said once, not per request
    assert "every token is refused" in errors[0].getMessage()
    assert "mọi token đều bị từ chối" in errors[0].getMessage()
    assert gateway.problem is not None
    assert gateway.problem.problem == problem

    with pytest.raises(TokenStoreError) as info:
        TokenStore(path)
    assert info.value.problem == problem
    assert info.value.code == "AIG-E510"
    assert str(path) in info.value.message_en
    assert str(path) in info.value.message_vi
    assert detail in info.value.message_en
    assert token not in str(info.value)


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"{not json", "not_json"), (b"\xff\xfe{}", "not_utf8"), (b"[]", "not_a_token_file")],
)
def test_a_file_that_is_not_json_is_refused(path: Path, content: bytes, problem: str) -> None:
    _sound(path)
    path.write_bytes(content)
    with pytest.raises(TokenStoreError) as info:
        TokenStore(path)
    assert info.value.problem == problem


def test_a_file_others_can_write_is_refused(path: Path) -> None:
    _, token = _sound(path)
    gateway = TokenStore(path)
    path.chmod(0o666)
    assert gateway.verify(token) is None
    assert gateway.problem is not None
    assert gateway.problem.problem == "writable_by_others"
    assert "chmod 600" in gateway.problem.message_en
    path.chmod(0o640)  # readable by the service's group is fine
    assert gateway.verify(token) is not None


def test_missing_file_refuses_to_start_and_a_deleted_one_refuses_until_restored(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(TokenStoreError) as info:
        TokenStore(path)
    assert info.value.problem == "missing"
    assert "ai-guard serve token create" in info.value.message_en

    _doc, token = _sound(path)
    gateway = TokenStore(path)
    saved = path.read_bytes()
    path.unlink()
    assert gateway.verify(token) is None
    assert gateway.problem is not None
    assert gateway.problem.problem == "missing"
    with caplog.at_level(logging.WARNING, logger="ai_guard.serve.tokens"):
        path.write_bytes(saved)
        path.chmod(0o600)
        assert gateway.verify(token) is not None
    assert any("readable again" in r.getMessage() for r in caplog.records)


def test_a_folder_is_not_a_token_file(tmp_path: Path) -> None:
    with pytest.raises(TokenStoreError) as info:
        TokenStore(tmp_path)
    assert info.value.problem in ("not_a_file", "unreadable")


def test_create_and_revoke_never_overwrite_a_damaged_file(path: Path) -> None:
    doc, _ = _sound(path)
    admin = TokenStore(path, create=True)
    token_id = doc["tokens"][0]["token_id"]  # type: ignore[index]
    damaged = path.read_text("utf-8").replace('"version": 1', '"version": 9')
    path.write_text(damaged, "utf-8")
    with pytest.raises(TokenStoreError):
        admin.create(unit=UNIT, person=PERSON)
    with pytest.raises(TokenStoreError):
        admin.revoke(token_id)
    assert path.read_text("utf-8") == damaged


def test_a_failed_write_leaves_the_file_as_it_was(
    admin: TokenStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token, _ = issue(admin)
    before = path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tokens_module.os, "replace", refuse)
    with pytest.raises(TokenStoreError) as info:
        admin.create(unit=UNIT, person=PERSON)
    assert info.value.problem == "write"
    assert "No space left on device" in info.value.message_en
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []
    monkeypatch.undo()
    assert TokenStore(path).verify(token) is not None


def test_a_held_lock_times_out_with_a_clear_error(
    admin: TokenStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    issue(admin)
    monkeypatch.setattr(tokens_module, "_LOCK_TIMEOUT", 0.1)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(TokenStoreError) as info:
            admin.create(unit=UNIT, person=PERSON)
    finally:
        os.close(fd)
    assert info.value.problem == "lock"
    assert len(TokenStore(path).tokens()) == 1


def _create_many(path: str, person: str, count: int) -> None:
    store = TokenStore(path, create=True)
    for _ in range(count):
        store.create(unit=UNIT, person=person)


def test_two_administrators_at_once_lose_no_token(path: Path) -> None:
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_create_many, args=(str(path), f"Người {i}", 15)) for i in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    persons = [t.person for t in TokenStore(path).tokens()]
    assert sorted(persons) == sorted(f"Người {i}" for i in range(3) for _ in range(15))


# -- the command line -----------------------------------------------------------------------------


def cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="ai-guard serve")
    register(parser.add_subparsers(dest="serve_command"))
    args = parser.parse_args(["token", *argv])
    return run("ai-guard", args.func, args)


def test_cli_create_prints_the_token_alone_on_stdout(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(
        "create", "--unit", UNIT, "--person", PERSON, "--note", "ghi chú", "--file", str(path)
    )
    out, err = capsys.readouterr()
    assert code == 0
    token = out.removesuffix("\n")
    assert out == token + "\n"
    assert "\n" not in token
    caller = TokenStore(path).verify(token)
    assert caller is not None
    assert caller.person == PERSON
    assert caller.token_id in err
    assert "chỉ hiện một lần" in err
    assert token not in err


def test_cli_list_shows_holders_never_tokens_or_hashes(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli("create", "--unit", UNIT, "--person", PERSON, "--file", str(path))
    token = capsys.readouterr().out.strip()
    digest = hashlib.sha256(token.encode()).hexdigest()

    assert cli("list", "--file", str(path), "--lang", "en") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:2] == ["ID", "STATUS"]
    assert PERSON in out
    assert "active" in out
    assert token not in out
    assert digest not in out

    assert cli("list", "--file", str(path), "--format", "json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["person"] == PERSON
    assert row["status"] == "active"
    assert "sha256" not in row
    assert token not in json.dumps(row)


def test_cli_revoke_then_again_then_unknown(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli("create", "--unit", UNIT, "--person", PERSON, "--file", str(path))
    token = capsys.readouterr().out.strip()
    token_id = token[len(PREFIX) : len(PREFIX) + 12]
    gateway = TokenStore(path)

    assert cli("revoke", token_id, "--file", str(path), "--lang", "en") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"revoked token {token_id}" in captured.err
    assert gateway.verify(token) is None

    assert cli("revoke", token_id, "--file", str(path), "--lang", "en") == 0
    assert "already revoked" in capsys.readouterr().err

    assert cli("revoke", "0123456789ab", "--file", str(path)) == 2
    assert "không có token mã '0123456789ab'" in capsys.readouterr().err


def test_cli_errors_exit_2_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "none.json")
    assert cli("list", "--file", missing, "--lang", "en") == 2
    assert "file not found" in capsys.readouterr().err
    assert cli("revoke", "0123456789ab", "--file", missing) == 2
    assert "không tìm thấy tệp" in capsys.readouterr().err
    assert cli("create", "--unit", " ", "--person", PERSON, "--file", missing) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "đơn vị (unit) đang để trống" in captured.err
    assert not Path(missing).exists()
    with pytest.raises(SystemExit) as info:
        cli("create", "--person", PERSON, "--file", missing)
    assert info.value.code == 2


def test_cli_list_of_an_empty_store(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {"format": "ai-guard-gateway-tokens", "version": 1, "hash": "sha256", "tokens": []}
        ),
        "utf-8",
    )
    path.chmod(0o600)
    assert cli("list", "--file", str(path), "--lang", "en") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no tokens yet" in captured.err


def test_cli_policy_names_the_file_the_gateway_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ai-guard.toml").write_text(
        '[gateway]\ntokens_file = "secrets/gw.json"\n\n[[gateway.upstreams]]\nname = "openai"\n'
        'kind = "openai"\nbase_url = "https://api.openai.com/v1"\napi_key_env = "OPENAI_API_KEY"\n'
        'models = ["gpt-4o-mini"]\n',
        "utf-8",
    )
    assert cli("create", "--unit", UNIT, "--person", PERSON, "--policy", "ai-guard.toml") == 0
    token = capsys.readouterr().out.strip()
    assert TokenStore(tmp_path / "secrets" / "gw.json").verify(token) is not None
    assert not (tmp_path / ".ai-guard").exists()
    assert cli("list", "--policy", "ai-guard.toml", "--format", "json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1

    assert cli("list", "--policy", "missing.toml", "--lang", "en") == 2
    assert "missing.toml" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli("list", "--policy", "ai-guard.toml", "--file", "x.json")


def test_a_gateway_token_pasted_into_a_prompt_is_blocked(admin: TokenStore) -> None:
    from ai_guard import check_prompt

    token, _ = issue(admin)
    check = check_prompt(f"Token cổng của tôi là {token}, nhờ kiểm tra giúp.")
    assert check.decision.value == "block"
    assert token not in check.redacted_text


@settings(max_examples=300, deadline=None)
@given(
    token_id=st.text(alphabet="0123456789abcdef", min_size=12, max_size=12),
    raw=st.binary(min_size=32, max_size=32),
)
def test_any_gateway_token_pasted_into_a_prompt_is_blocked_whole(token_id: str, raw: bytes) -> None:
    # 1 random token in ~400 went out: '-' and '_' inside the secret split it for the generic
    # key rules; the token's own shape is now a vendor key of the secrets detector
    import base64

    from ai_guard import check_prompt

    # what secrets.token_urlsafe(32) gives: 32 random bytes (a CSPRNG's draw has ~30 distinct
    # values; a run of zeros is no token anyone is issued)
    assume(len(set(raw)) >= 24)
    secret = base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
    token = f"aig_{token_id}_{secret}"
    check = check_prompt(f"Token cổng của tôi là {token}, nhờ kiểm tra giúp.")
    assert check.decision.value == "block"
    assert secret not in check.redacted_text
