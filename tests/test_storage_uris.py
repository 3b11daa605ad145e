"""Storage and warehouse URIs, one rule (ai_guard.text.storage): a cloud vendor's bucket,
container or table is no host of the unit (not INTERNAL_HOST, not an e-mail), a cluster's
name node is (INTERNAL_HOST); as an input the service reads, any of them is refused. Both
sides, as the URIs are written: lower case, no diacritics, in a sentence, with a path that may
hold what any text may."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.errors import UnguardedPath
from ai_guard.integrations._payload import read
from ai_guard.models import EntityType
from ai_guard.prompt.policy import Policy
from ai_guard.text.storage import (
    CLUSTER_FILE_SYSTEMS,
    OBJECT_STORES,
    is_storage_uri,
    scheme_before,
)

POLICY = Policy(load_plugins=False)
HOSTS = {EntityType.INTERNAL_HOST, EntityType.EMAIL, EntityType.GOV_EMAIL}

_WORDS = ["kho", "du-lieu", "ho-so", "so-tu-phap", "sao-luu", "2024", "bao-cao", "anh", "raw"]
_LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=3, max_size=20).filter(
    lambda s: s[0].isalnum() and s[-1].isalnum()
)
_PATH = st.lists(st.sampled_from(_WORDS), max_size=3).map(lambda parts: "/".join(parts))
_FRAMES = [
    "{}",
    "sao lưu vào {} giúp tôi",
    "nap du lieu tu {} roi tom tat",
    "Đường dẫn: {}.",
    'output_uri = "{}"',
]


def _entities(text: str) -> set[EntityType]:
    return {f.entity for f in check_prompt(text, policy=POLICY).findings}


@settings(max_examples=150, deadline=None)
@given(
    scheme=st.sampled_from(sorted(OBJECT_STORES)),
    bucket=_LABEL,
    path=_PATH,
    frame=st.sampled_from(_FRAMES),
)
def test_a_cloud_bucket_is_no_host_of_the_unit(
    scheme: str, bucket: str, path: str, frame: str
) -> None:
    """gs://, s3://, bq://, az:// ... read alike (gs:// and s3:// were INTERNAL_HOST, bq://
    was not; s3 was even read as leetspeak for "se")."""
    text = frame.format(f"{scheme}://{bucket}/{path}")
    assert not _entities(text) & HOSTS, text


@pytest.mark.parametrize(
    "text",
    [
        "abfss://raw@khodulieu.dfs.core.windows.net/ho-so/x.parquet",
        "wasbs://ban-sao@stpdata.blob.core.windows.net/2024/",
        "bq://du-an-stp.ho_so.cong_dan",
        "gs://cloud-samples-data/generative-ai/image/scones.jpg",
        "s3://my-bucket/data.csv",
        "https://cloud.google.com/storage/docs/gsutil",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html",
        "https://learn.microsoft.com/en-us/azure/storage/blobs/data-lake-storage-introduction",
    ],
)
def test_vendors_containers_and_documentation_stay_clean(text: str) -> None:
    """An Azure container before its '@' is no mailbox; the vendors' pages stay clean."""
    assert check_prompt(text, policy=POLICY).findings == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("hdfs://namenode:8020/user/hoso/x.csv", "namenode:8020/user/hoso/x.csv"),
        ("doc file hdfs://nn1.cluster.vn:8020/data/ho-so nhe", "nn1.cluster.vn:8020/data/ho-so"),
        ("webhdfs://10.20.1.5:50070/webhdfs/v1/hoso", "10.20.1.5:50070/webhdfs/v1/hoso"),
        ("hdfs://localhost:9000/user/an", "localhost:9000/user/an"),
    ],
)
def test_a_clusters_name_node_is_the_units_machine(text: str, host: str) -> None:
    """Its host is the unit's, whatever its name (a dotted public-looking one too), as a
    connection string's is."""
    found = list(check_prompt(text, policy=POLICY).findings)
    assert [(f.entity, text[f.start : f.end]) for f in found] == [(EntityType.INTERNAL_HOST, host)]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # what an object's path holds is found as anywhere
        ("s3://kho/ho-so-001085012345.pdf", {EntityType.CCCD}),
        ("gs://kho/Nguyễn Văn An/CCCD 001085012345.pdf", {EntityType.PERSON, EntityType.CCCD}),
        # internal hosts and mailboxes around a bucket are still what they are
        ("gửi nguyenvana@gmail.com bản s3://kho/x.csv", {EntityType.EMAIL}),
        ("http://qlvb:8080/ và gs://kho/x", {EntityType.INTERNAL_HOST}),
        ("gs://kho.noibo.local/x", {EntityType.INTERNAL_HOST}),
        ("postgresql://app:Hn@2024x@10.10.5.21:5432/qlvb", {
            EntityType.API_SECRET, EntityType.INTERNAL_HOST}),
        # leetspeak is still read where it is a word, not a scheme
        ("mật khẩu là s3cr3t nhé", {EntityType.API_SECRET}),
    ],
)  # fmt: skip
def test_what_a_storage_uri_does_not_hide(text: str, entities: set[EntityType]) -> None:
    assert _entities(text) == entities


def test_the_scheme_reading() -> None:
    assert scheme_before("xem abfss://raw@", len("xem abfss://")) == "abfss"
    assert scheme_before("xem S3://k", len("xem S3://")) == "s3"
    assert scheme_before("a@b", 1) == ""
    assert is_storage_uri("  HDFS://nn/x")
    assert not is_storage_uri("gs://")
    assert not is_storage_uri("https://kho/x")
    assert not OBJECT_STORES & CLUSTER_FILE_SYSTEMS


@pytest.mark.parametrize("scheme", sorted(OBJECT_STORES | CLUSTER_FILE_SYSTEMS))
@pytest.mark.parametrize(
    "key", ["src", "input_uri", "inputUri", "gcs_uri", "training_dataset_uri", "promptDatasetUri"]
)
def test_storage_read_by_the_service_is_refused_whatever_the_scheme(scheme: str, key: str) -> None:
    """As an input the service reads, every scheme is refused (only gs:// and bq:// were)."""
    with pytest.raises(UnguardedPath) as caught:
        read({"model": "m", key: f"{scheme}://kho/input.jsonl"}, policy=POLICY)
    assert caught.value.reason == "document"
    assert key in caught.value.message_en


@pytest.mark.parametrize(
    "body",
    [
        {"output_uri": "s3://kho/ket-qua/"},
        {"outputGcsUri": "gs://du-an-2025/anh/"},
        {"parameters": {"storageUri": "abfss://ra@kho.dfs.core.windows.net/anh/"}},
        {"contents": "sao lưu vào s3://kho-luu-tru/2024 giúp tôi"},
    ],
)
def test_an_outputs_destination_and_a_mention_are_not_refused(body: dict[str, object]) -> None:
    read(body, policy=POLICY)
