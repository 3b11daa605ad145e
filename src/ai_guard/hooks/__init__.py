"""Entry points of the pre-commit hooks (thin: file names in, one line per finding out).

Each hook is ``main(argv) -> int`` with a documented exit code; the work is done by the library.
See ``hooks/README.md`` in the repository for how to use them.
"""
