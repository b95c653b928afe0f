"""One language's crisis and danger phrases, and the idioms and negations that look like them.

Shaped like Presidio's recognizers: one recognizer per language, patterns plus the context
that cancels them, each match returned with the rule that made it (never the text)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from re import _constants, _parser  # type: ignore[attr-defined]

from core.safety.normalise import Normalised, collapse, fold


class Kind(Enum):
    """What a message signals; the value is what `scripts/classify` prints."""

    SUICIDAL = "suicidal"
    PASSIVE = "passive"
    PLAN = "plan"
    SELF_HARM = "self_harm"
    DANGER = "danger"
    OTHER_AT_RISK = "other_at_risk"
    NONE = "none"


@dataclass(frozen=True)
class Rule:
    """A phrase (a regex over normalised text) that signals `kind`; `ask` rules only ask."""

    kind: str
    pattern: str
    ask: bool = False


@dataclass(frozen=True)
class Signal:
    """One rule that matched: its language, kind, whether it only asks, and its number."""

    lang: str
    kind: Kind
    ask: bool
    rule: int

    @property
    def reason(self) -> str:
        return f"{self.lang}:{self.kind.value}:{self.rule}"


_SCRIPTS = {
    "latin": re.compile("[a-z]"),
    "cyrillic": re.compile("[\u0400-\u04ff]"),
    "arabic": re.compile("[\u0600-\u06ff]"),
}


def scripts_of(text: str) -> frozenset[str]:
    """The scripts whose letters appear in `text` (of those the rules are written in)."""
    return frozenset(name for name, letters in _SCRIPTS.items() if letters.search(text))


def _prepare(pattern: str) -> str:
    # Backslashes would not survive letter-collapsing ("\bb" -> "\b"); a space is a word break.
    if "\\" in pattern or "{" in pattern:
        raise ValueError(f"no escapes or counted repeats in safety rules: {pattern!r}")
    return collapse(fold(pattern))


@dataclass
class Recognizer:
    """Every rule and exception of one language."""

    lang: str
    rules: tuple[Rule, ...]
    exceptions: tuple[str, ...] = ()
    # The Arabic rules read digits as letters (Arabizi "3ayez"), every other language as leetspeak.
    reads_digits_as_typed: bool = False
    _exceptions_re: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        for rule in self.rules:
            Kind(rule.kind)  # an unknown kind fails at import, not on someone's message
            _prepare(rule.pattern)
        self._exceptions_re = (
            re.compile("(?<= )(?:" + "|".join(_prepare(e) for e in self.exceptions) + ")(?= )")
            if self.exceptions
            else None
        )

    def exception_spans(self, view: str) -> list[tuple[int, int]]:
        """Where this language's exceptions match: a rule match inside one is cancelled."""
        if self._exceptions_re is None:
            return []
        return [m.span() for m in self._exceptions_re.finditer(view)]

    def signals(self, text: Normalised) -> list[Signal]:
        """Every rule of this language that matches and is not inside one of its exceptions."""
        return RuleIndex((self,)).signals(text)


PREFIX = 3
_MAX_PREFIXES = 256
Prefix = tuple[str, bool]  # the text, and whether nothing can follow it (a wildcard, or full)


def _sequence(items: object, k: int) -> set[Prefix] | None:
    """The first `k` characters a parsed regex can start with; None when too many to list."""
    results: set[Prefix] = {("", False)}
    for op, arg in items:  # type: ignore[attr-defined]
        element = _element(op, arg, k)
        if element is None:
            element = {("", True)}  # a wildcard: the prefix stops here
        grown: set[Prefix] = set()
        for text, closed in results:
            if closed or len(text) >= k:
                grown.add((text, True))
                continue
            for more, more_closed in element:
                joined = (text + more)[:k]
                grown.add((joined, more_closed or len(joined) >= k))
        results = grown
        if len(results) > _MAX_PREFIXES:
            return None
        if all(closed for _, closed in results):
            break
    return results


def _element(op: object, arg: object, k: int) -> set[Prefix] | None:
    c = _constants
    if op is c.LITERAL:
        return {(chr(arg), False)}  # type: ignore[arg-type]
    if op is c.IN:
        chars: set[Prefix] = set()
        for kind, value in arg:  # type: ignore[attr-defined]
            if kind is c.LITERAL:
                chars.add((chr(value), False))
            elif kind is c.RANGE and value[1] - value[0] < 64:
                chars.update((chr(x), False) for x in range(value[0], value[1] + 1))
            else:
                return None
        return chars
    if op is c.SUBPATTERN:
        return _sequence(arg[3], k)  # type: ignore[index]
    if op is c.ATOMIC_GROUP:
        return _sequence(arg, k)
    if op is c.BRANCH:
        union: set[Prefix] = set()
        for branch in arg[1]:  # type: ignore[index]
            found = _sequence(branch, k)
            if found is None:
                return None
            union |= found
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, inner = arg  # type: ignore[misc]
        union = set()
        for times in range(min(low, k), min(high, k) + 1):
            found = _sequence(list(inner) * times, k)
            if found is None:
                return None
            union |= found
        return union
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {("", False)}
    return None


def prefixes(pattern: str) -> set[str]:
    """Every way a match of `pattern` can begin, up to three characters ("" for any start)."""
    found = _sequence(_parser.parse(pattern), PREFIX)
    if found is None:
        return {""}
    return {text for text, _ in found}


@dataclass(frozen=True)
class _Candidate:
    recognizer: Recognizer
    index: int
    regex: re.Pattern[str]


class RuleIndex:
    """The rules of many languages, indexed by the three letters a match can start with, so each
    word of a message tries only the few rules that could start there (Python's regex engine
    would otherwise try every rule at every word: a millisecond a message with a thousand)."""

    def __init__(self, recognizers: tuple[Recognizer, ...]) -> None:
        self.recognizers = recognizers
        self._views = {
            typed: self._index([r for r in recognizers if r.reads_digits_as_typed == typed])
            for typed in (False, True)
        }

    @staticmethod
    def _index(recognizers: list[Recognizer]) -> dict[str, tuple[_Candidate, ...]]:
        grouped: dict[str, list[_Candidate]] = {}
        for recognizer in recognizers:
            for index, rule in enumerate(recognizer.rules):
                pattern = _prepare(rule.pattern)
                candidate = _Candidate(recognizer, index, re.compile(f"(?:{pattern})(?= )"))
                for key in prefixes(pattern):
                    grouped.setdefault(key, []).append(candidate)
        return {key: tuple(found) for key, found in grouped.items()}

    def signals(self, text: Normalised) -> list[Signal]:
        """Every rule that matches at a word start and lies inside no exception of its language."""
        found: list[Signal] = []
        for typed, index in self._views.items():
            if not index:
                continue
            view = text.typed if typed else text.read
            cancelled: dict[str, list[tuple[int, int]]] = {}
            seen: set[tuple[str, int]] = set()
            start = 1
            while 0 < start < len(view):
                for length in range(PREFIX + 1):
                    for candidate in index.get(view[start : start + length], ()):
                        match = candidate.regex.match(view, start)
                        if match is None:
                            continue
                        recognizer = candidate.recognizer
                        spans = cancelled.get(recognizer.lang)
                        if spans is None:
                            spans = cancelled[recognizer.lang] = recognizer.exception_spans(view)
                        if any(s <= start and match.end() <= e for s, e in spans):
                            continue
                        key = (recognizer.lang, candidate.index)
                        if key not in seen:
                            seen.add(key)
                            rule = recognizer.rules[candidate.index]
                            found.append(
                                Signal(recognizer.lang, Kind(rule.kind), rule.ask, candidate.index)
                            )
                start = view.find(" ", start) + 1
        return found
