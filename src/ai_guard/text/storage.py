"""Storage and warehouse URIs: the one rule the detectors and the request readers follow.

A storage URI names data by a scheme of its own (``gs://bucket/x.jsonl``, ``s3://...``,
``bq://project.dataset.table``, ``abfss://container@account.dfs.core.windows.net/x``,
``hdfs://namenode:8020/user/x``). Two kinds, one rule each:

- **a cloud vendor's object store or warehouse** (:data:`OBJECT_STORES`: Google Cloud
  Storage and BigQuery, Amazon S3, Azure Blob and Data Lake, Alibaba OSS, Tencent COS,
  Huawei OBS): the bucket, container or dataset lies in the vendor's namespace and is
  reached by that name on the vendor's service from anywhere. It is no machine of the
  unit's network, so it is not ``INTERNAL_HOST`` (as a connection string's host under a
  cloud vendor's domain is not), and a container before an ``@`` (Azure's
  ``abfss://container@account...``) is no e-mail's mailbox. The rest of the URI is text like
  any other: a name or a number in an object's path is found as it would be anywhere;
- **a cluster's file system** (:data:`CLUSTER_FILE_SYSTEMS`: HDFS, WebHDFS): the authority
  is the name node, a machine of the unit's network, reported as ``INTERNAL_HOST`` whatever
  its name, as a connection string's host is (detectors/internal.py).

In a request to an AI service, any of them under a key naming an input the service reads
(``input_uri``, ``gcs_uri``, ``src``, any ``*_uri`` but an output's) is storage the service
reads itself, which the guard cannot read: refused (integrations/_payload.py). An output's
destination (``output_gcs_uri``) goes.
"""

from __future__ import annotations

import re

__all__ = [
    "CLUSTER_FILE_SYSTEMS",
    "OBJECT_STORES",
    "STORAGE_SCHEMES",
    "is_storage_uri",
    "scheme_before",
]

#: cloud vendors' object stores and warehouses: a bucket, container or dataset of the
#: vendor's namespace (folded, as written before ``://``)
OBJECT_STORES = frozenset(
    {
        "gs", "gcs", "bq",  # Google Cloud Storage, BigQuery
        "s3", "s3a", "s3n",  # Amazon S3 (and Hadoop's S3 connectors)
        "az", "abfs", "abfss", "wasb", "wasbs", "adl",  # Azure Blob Storage, Data Lake
        "oss", "cos", "cosn", "obs",  # Alibaba OSS, Tencent COS, Huawei OBS
    }
)  # fmt: skip
#: cluster file systems, whose authority is a machine of the unit's network (the name node)
CLUSTER_FILE_SYSTEMS = frozenset({"hdfs", "webhdfs", "swebhdfs"})
STORAGE_SCHEMES = OBJECT_STORES | CLUSTER_FILE_SYSTEMS

#: a scheme word right before ``://``, read backwards from it
_SCHEME_TAIL = re.compile(r"(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,15})://$")


def scheme_before(text: str, pos: int) -> str:
    """The scheme (folded) of the ``scheme://`` that ends right at ``pos``, or ``""``."""
    m = _SCHEME_TAIL.search(text, max(0, pos - 20), pos)
    return m.group(1).lower() if m is not None else ""


def is_storage_uri(value: str) -> bool:
    """Whether ``value`` (a field's whole value) is a storage or warehouse URI."""
    scheme, sep, rest = value.strip().partition("://")
    return bool(sep and rest) and scheme.lower() in STORAGE_SCHEMES
