"""Header values the SDK makes itself (a retry's idempotency key, a multipart boundary) are
vouched for by their exact shape: their random digit groups read as a phone or a tax code now
and then, and a guarded call was refused at random (CI, ``videos.extensions``)."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.integrations._net import _sdk_made


def test_a_once_flaky_key_is_vouched_for_and_reads_clean_on_its_own() -> None:
    # the reason for the rule: this value alone read as a phone; a uuid's digits are now never
    # read as an identifier (text.technical), and the shape is still vouched for
    value = "stainless-python-retry-5d091907-7761-4beb-8b44-826f5515d501"
    assert not check_prompt(value).findings
    assert _sdk_made("Idempotency-Key", value)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.uuids(version=4), st.binary(min_size=16, max_size=16))
def test_the_sdks_own_shapes_are_vouched_for(key: uuid.UUID, raw: bytes) -> None:
    assert _sdk_made("idempotency-key", f"stainless-python-retry-{key}")
    assert _sdk_made("Content-Type", f"multipart/form-data; boundary={raw.hex()}")


def test_anything_else_in_those_headers_is_still_read() -> None:
    assert not _sdk_made("idempotency-key", "cccd-079203004512")
    assert not _sdk_made("idempotency-key", "stainless-python-retry-nguyen-van-an")
    assert not _sdk_made("content-type", "multipart/form-data; boundary=0912345678-Nguyen")
    assert not _sdk_made("x-note", "stainless-python-retry-5d091907-7761-4beb-8b44-826f5515d501")
