"""Entry points of the pre-commit hooks, kept where ``.pre-commit-hooks.yaml`` and user
configurations name them (``ai_guard.hooks.prompts:main`` ...); the hooks live in
:mod:`ai_guard.cli.hooks`. See ``hooks/README.md`` in the repository.
"""
