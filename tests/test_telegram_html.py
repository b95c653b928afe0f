"""Telegram's HTML parse mode (core/telegram_html.py): what it accepts, what it rejects
with Telegram's own error texts, and the entities and lengths it reports."""

from __future__ import annotations

import pytest

from core.telegram_html import (
    check_telegram_html,
    html_to_plain,
    parse_telegram_html,
    utf16_length,
)

GOOD_HTML = [
    ("plain text", "plain text"),
    ("", ""),
    ("<b>bold</b> <strong>strong</strong>", "bold strong"),
    ("<i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>t</strike><del>d</del>", "ieunstd"),
    ('<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler>', "xy"),
    ('<a href="https://example.com/?a=1&amp;b=2">link</a>', "link"),
    ("<code>x &lt; y</code>", "x < y"),
    ('<pre><code class="language-python">print(1)</code></pre>', "print(1)"),
    ("<blockquote>q</blockquote><blockquote expandable>e</blockquote>", "qe"),
    ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍"),
    ("&lt;&gt;&amp;&quot; &#65;&#x42;", '<>&" AB'),
    ("a > b", "a > b"),
    ("<B>upper</B> <b\n>spaced</b >", "upper spaced"),
    ("<b><i>nested</i></b>", "nested"),
    ("<b>bare close</>", "bare close"),
    ("Ünïcödé 🎉 <u>ok</u>", "Ünïcödé 🎉 ok"),
    ("<b class=\"ignored\" data-x='y'>attributes</b>", "attributes"),
]

BAD_HTML = [
    ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
    ("Hello world <foo>", 'Unsupported start tag "foo" at byte offset 12'),
    ("é <foo>", 'Unsupported start tag "foo" at byte offset 3'),
    ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
    ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
    ("x</b>", "Unexpected end tag at byte offset 1"),
    ("a < b", 'Unsupported start tag "" at byte offset 2'),
    ("1<2", "Unclosed start tag at byte offset 1"),
    ("<b", "Unclosed start tag at byte offset 0"),
    ('<a href="x', "Unclosed start tag at byte offset 0"),
    ("<b>x</b", "Unclosed end tag at byte offset 4"),
    ("Q&A", "Character entity expected at byte offset 1"),
    ("fish &amp chips", "Character entity expected at byte offset 5"),
    ("&nbsp;", "Character entity expected at byte offset 0"),
    ("&#0;", "Character entity expected at byte offset 0"),
    ("&#xD800;", "Character entity expected at byte offset 0"),
    ('<a href="?a=1&b=2">x</a>', "Character entity expected at byte offset 13"),
    ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    (
        "<b x>y</b>",
        'Expected equal sign in declaration of an attribute of the tag "b" at byte offset 0',
    ),
    ("<b =x>y</b>", 'Empty attribute name in the tag "b" at byte offset 0'),
    ("<a href=x!>z</a>", "Unexpected end of name token at byte offset 8"),
    ('<tg-emoji emoji-id="abc">👍</tg-emoji>', "Invalid custom emoji identifier specified"),
]


@pytest.mark.parametrize(("html", "plain"), GOOD_HTML)
def test_html_telegram_accepts(html: str, plain: str) -> None:
    assert check_telegram_html(html) is None
    assert html_to_plain(html) == plain


@pytest.mark.parametrize(("html", "reason"), BAD_HTML)
def test_html_telegram_rejects(html: str, reason: str) -> None:
    assert check_telegram_html(html) == f"can't parse entities: {reason}"
    with pytest.raises(ValueError, match="can't parse entities"):
        html_to_plain(html)


def test_html_entities_use_utf16_offsets() -> None:
    parsed = parse_telegram_html('🎉 <b>bold</b> <a href="https://t.me">t</a> <i></i>')
    assert parsed.text == "🎉 bold t "
    assert parsed.entities == [
        {"offset": 3, "length": 4, "type": "bold"},
        {"offset": 8, "length": 1, "type": "text_link", "url": "https://t.me"},
    ]  # the empty <i></i> makes no entity, as on Telegram


def test_html_pre_with_language_is_one_entity() -> None:
    parsed = parse_telegram_html('<pre><code class="language-py">x</code></pre><code>y</code>')
    assert parsed.entities == [
        {"offset": 0, "length": 1, "type": "pre", "language": "py"},
        {"offset": 1, "length": 1, "type": "code"},
    ]


def test_utf16_length_counts_surrogate_pairs() -> None:
    assert utf16_length("abc") == 3
    assert utf16_length("é") == 1
    assert utf16_length("😀") == 2
