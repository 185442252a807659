"""A self-contained HTML view of parsed pages beside their input lines (``jzdaily.to_html``)."""

from jzdaily._view._document import (
    DEFAULT_TITLE,
    document_head,
    document_tail,
    input_section,
    to_html,
)

__all__ = ["DEFAULT_TITLE", "document_head", "document_tail", "input_section", "to_html"]
