"""The gateway's counters, served at ``/metrics`` in the Prometheus text format (0.0.4).

Only counts and durations: route names, decisions, entity types, upstream names; never a
caller, a model the configuration does not list, or any text. Updated on the event loop's
thread only, so no lock is needed.
"""

from __future__ import annotations

import bisect
from collections import Counter

__all__ = ["LATENCY_BUCKETS", "Metrics"]

#: Upper bounds (seconds) of the upstream latency histogram.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


def _labels(**labels: str) -> str:
    inner = ",".join(
        f'{k}="{v.replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"'
        for k, v in labels.items()
    )
    return "{" + inner + "}"


class _Histogram:
    def __init__(self) -> None:
        self.counts = [0] * (len(LATENCY_BUCKETS) + 1)
        self.total = 0.0

    def observe(self, seconds: float) -> None:
        self.counts[bisect.bisect_left(LATENCY_BUCKETS, seconds)] += 1
        self.total += seconds


class Metrics:
    """What ``/metrics`` reports: requests by route and decision, blocked requests, redacted
    entities by type, upstream errors by upstream and kind, upstream latency by upstream."""

    def __init__(self) -> None:
        self.requests: Counter[tuple[str, str]] = Counter()
        self.blocks: Counter[str] = Counter()
        self.redactions: Counter[str] = Counter()
        self.upstream_errors: Counter[tuple[str, str]] = Counter()
        self.latency: dict[str, _Histogram] = {}

    def request(self, route: str, decision: str) -> None:
        self.requests[(route, decision)] += 1
        if decision == "block":
            self.blocks[route] += 1

    def redacted(self, counts: dict[str, int]) -> None:
        for entity, n in counts.items():
            self.redactions[entity] += n

    def upstream_error(self, upstream: str, kind: str) -> None:
        self.upstream_errors[(upstream, kind)] += 1

    def upstream_latency(self, upstream: str, seconds: float) -> None:
        self.latency.setdefault(upstream, _Histogram()).observe(seconds)

    def render(self) -> str:
        """The Prometheus text exposition of every counter."""
        out: list[str] = []

        def family(name: str, kind: str, doc: str) -> None:
            out.append(f"# HELP {name} {doc}")
            out.append(f"# TYPE {name} {kind}")

        family("ai_guard_gateway_requests_total", "counter", "Requests by route and decision.")
        for (route, decision), n in sorted(self.requests.items()):
            out.append(
                f"ai_guard_gateway_requests_total{_labels(route=route, decision=decision)} {n}"
            )
        family("ai_guard_gateway_blocks_total", "counter", "Requests blocked by the policy.")
        for route, n in sorted(self.blocks.items()):
            out.append(f"ai_guard_gateway_blocks_total{_labels(route=route)} {n}")
        family("ai_guard_gateway_redactions_total", "counter", "Values redacted, by entity type.")
        for entity, n in sorted(self.redactions.items()):
            out.append(f"ai_guard_gateway_redactions_total{_labels(entity=entity)} {n}")
        family(
            "ai_guard_gateway_upstream_errors_total",
            "counter",
            "Upstream failures: unreachable, timeout, bad_answer, broken_stream, status.",
        )
        for (upstream, kind), n in sorted(self.upstream_errors.items()):
            labels = _labels(upstream=upstream, kind=kind)
            out.append(f"ai_guard_gateway_upstream_errors_total{labels} {n}")
        family(
            "ai_guard_gateway_upstream_latency_seconds",
            "histogram",
            "Time from sending a request upstream to its answer's headers.",
        )
        name = "ai_guard_gateway_upstream_latency_seconds"
        for upstream, hist in sorted(self.latency.items()):
            running = 0
            for bound, n in zip(LATENCY_BUCKETS, hist.counts[:-1], strict=True):
                running += n
                out.append(f"{name}_bucket{_labels(upstream=upstream, le=repr(bound))} {running}")
            running += hist.counts[-1]
            out.append(f"{name}_bucket{_labels(upstream=upstream, le='+Inf')} {running}")
            out.append(f"{name}_sum{_labels(upstream=upstream)} {hist.total}")
            out.append(f"{name}_count{_labels(upstream=upstream)} {running}")
        return "\n".join(out) + "\n"
