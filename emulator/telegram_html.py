"""Kept only for tests/test_checkins.py, which still imports `html_to_plain` from here.

The checker lives in `core.telegram_html`; delete this module once that import moves there.
"""

from core.telegram_html import html_to_plain

__all__ = ["html_to_plain"]
