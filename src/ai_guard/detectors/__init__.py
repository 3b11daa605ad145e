"""Detectors: one module per family, a registry, and the protocol third parties implement.

Write your own detector as any object with ``id``, ``entities`` and ``detect(doc)``::

    from ai_guard.detectors import Detection, Detector
    from ai_guard import EntityType

    class ProjectCodeDetector:
        id = "agency.project_codes"
        entities = (EntityType.DENY_TERM,)

        def detect(self, doc):
            for m in re.finditer(r"\\bSAO-MAI-\\d+\\b", doc.text):
                yield Detection(EntityType.DENY_TERM, m.start(), m.end(), 0.9, self.id)

and register it under the ``ai_guard.detectors`` entry point group, or call
:func:`ai_guard.detectors.registry.register` at start-up. An optional ``naming_cues``
attribute (a :class:`~ai_guard.text.match.CueSet`) claims the words that name a number as your
kind ("số hợp đồng"): the built-in numeric detectors then leave such numbers alone. The
numeric detectors share one skeleton (:mod:`ai_guard.detectors.numeric`) and score with the
named constants of :mod:`ai_guard.detectors.scores`.
"""

from ai_guard.detectors.base import Detection, Detector

__all__ = ["Detection", "Detector"]
