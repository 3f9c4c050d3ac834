"""Report intake: read a pasted report and propose, for review, what an editor would enter from it."""

from .analysis import analyse

__all__ = ["analyse"]
