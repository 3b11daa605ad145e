"""``ai-guard serve``: the OpenAI-compatible gateway every tool of an agency can point at.

Requests reach approved upstreams only after :func:`~ai_guard.check_prompt` under the agency's
policy; callers present agency-issued tokens (:mod:`.auth`); every request is recorded in the
hash-chained audit log. Needs the ``serve`` extra (``pip install 'ai-guard[serve]'``).
"""
