"""One language's crisis and danger phrases, and the idioms and negations that look like them.

Shaped like Presidio's recognizers: one recognizer per language, patterns plus the context
that cancels them, each match returned with the rule that made it (never the text)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from enum import Enum
from functools import cache, cached_property
from pathlib import Path
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from core.safety.normalise import APOSTROPHES, Normalised, collapse, fold


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


def prepare(pattern: str) -> str:
    """A rule pattern in the spelling of normalised text (folded, letters collapsed)."""
    # Backslashes would not survive letter-collapsing ("\bb" -> "\b"); a space is a word break.
    if "\\" in pattern or "{" in pattern:
        raise ValueError(f"no escapes or counted repeats in safety rules: {pattern!r}")
    return collapse(fold(pattern.translate(APOSTROPHES)))


def gap(words: int) -> str:
    """For rule writers: up to `words` more words between two parts of a phrase, nested so each
    count matches one way only (no slow backtracking), without counted repeats."""
    found = ""
    for _ in range(words):
        found = f"(?: [^ ]+{found})?"
    return found


@dataclass
class Recognizer:
    """Every rule and exception of one language."""

    lang: str
    rules: tuple[Rule, ...]
    exceptions: tuple[str, ...] = ()
    # The Arabic rules read digits as letters (Arabizi "3ayez"), every other language as leetspeak.
    reads_digits_as_typed: bool = False

    def __post_init__(self) -> None:
        for rule in self.rules:
            Kind(rule.kind)  # an unknown kind or a forbidden escape fails at import
            prepare(rule.pattern)

    @cached_property
    def _exception_res(self) -> tuple[re.Pattern[str], ...]:
        # Compiled when first needed (after a rule matched), each on its own and zero-width at
        # every word start: exceptions may overlap, and two starting at the same word both count.
        return tuple(re.compile(f"(?<= )(?=({prepare(e)})(?= ))") for e in self.exceptions)

    def exception_spans(self, view: str) -> list[tuple[int, int]]:
        """Where this language's exceptions match: a rule match inside one is cancelled."""
        return [m.span(1) for regex in self._exception_res for m in regex.finditer(view)]

    def signals(self, text: Normalised) -> list[Signal]:
        """Every rule of this language that matches and is not inside one of its exceptions."""
        return RuleIndex((self,)).signals(text)


PREFIX = 3
PREFIX_CACHE = Path(__file__).with_name("rules") / "prefixes.json"
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


def _element(op: object, arg: Any, k: int) -> set[Prefix] | None:
    # What `arg` holds depends on `op`: a code point, a list of items, (min, max, items)...
    c = _constants
    if op is c.LITERAL:
        return {(chr(arg), False)}
    if op is c.IN:
        chars: set[Prefix] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.add((chr(value), False))
            elif kind is c.RANGE and value[1] - value[0] < 64:
                chars.update((chr(x), False) for x in range(value[0], value[1] + 1))
            else:
                return None
        return chars
    if op is c.SUBPATTERN:
        return _sequence(arg[3], k)
    if op is c.ATOMIC_GROUP:
        return _sequence(arg, k)
    if op is c.BRANCH:
        union: set[Prefix] = set()
        for branch in arg[1]:
            found = _sequence(branch, k)
            if found is None:
                return None
            union |= found
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, inner = arg
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


def prefixes(parsed: object) -> set[str]:
    """Every way a match of a parsed pattern can begin, up to three characters ("" for any)."""
    found = _sequence(parsed, PREFIX)
    if found is None:
        return {""}
    return {text for text, _ in found}


class _Candidate:
    """One rule in the index; its regex is compiled the first time a word could match it."""

    __slots__ = ("__dict__", "anywhere", "index", "pattern", "recognizer", "scripts")

    def __init__(self, recognizer: Recognizer, index: int, pattern: str, anywhere: bool) -> None:
        self.recognizer = recognizer
        self.index = index
        self.pattern = pattern
        self.anywhere = anywhere
        self.scripts = scripts_of(pattern)  # a rule in Arabic letters never matches Latin text

    @cached_property
    def regex(self) -> re.Pattern[str]:
        if self.anywhere:
            # Searched, zero-width at each word start, so matches may overlap.
            return re.compile(f"(?<= )(?=((?:{self.pattern}))(?= ))")
        return re.compile(f"(?:{self.pattern})(?= )")


def prefix_cache_key(pattern: str) -> str:
    return hashlib.sha1(pattern.encode()).hexdigest()[:16]


@cache
def _prefix_cache() -> dict[str, list[str]]:
    return json.loads(PREFIX_CACHE.read_text(encoding="utf-8")) if PREFIX_CACHE.exists() else {}


def rule_prefixes(pattern: str) -> set[str]:
    """The prefixes of a prepared rule pattern: from the cache when it has them (parsing a
    thousand patterns takes most of a second), else worked out now."""
    cached = _prefix_cache().get(prefix_cache_key(pattern))
    if cached is not None:
        return set(cached)
    return prefixes(_parser.parse(f"(?:{pattern})(?= )"))


def write_prefix_cache(recognizers: tuple[Recognizer, ...]) -> int:
    """Store every rule's prefixes (run after editing rules; a stale cache only costs time)."""
    table = {}
    for recognizer in recognizers:
        for rule in recognizer.rules:
            pattern = prepare(rule.pattern)
            table[prefix_cache_key(pattern)] = sorted(
                prefixes(_parser.parse(f"(?:{pattern})(?= )"))
            )
    PREFIX_CACHE.write_text(
        json.dumps(table, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return len(table)


class RuleIndex:
    """The rules of many languages, indexed by the three letters a match can start with, so each
    word of a message tries only the few rules that could start there (Python's regex engine
    would otherwise try every rule at every word: a millisecond a message with a thousand).
    A rule that can start anywhere in a word is searched once over the whole message."""

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
                pattern = prepare(rule.pattern)
                keys = rule_prefixes(pattern)
                anywhere = "" in keys
                candidate = _Candidate(recognizer, index, pattern, anywhere)
                for key in {""} if anywhere else keys:
                    grouped.setdefault(key, []).append(candidate)
        return {key: tuple(found) for key, found in grouped.items()}

    def signals(self, text: Normalised) -> list[Signal]:
        """Every rule that matches at a word start and lies inside no exception of its language."""
        found: list[Signal] = []
        for typed, index in self._views.items():
            if not index:
                continue
            view = text.typed if typed else text.read
            present = scripts_of(view)
            matches: list[tuple[_Candidate, int, int]] = []
            for candidate in index.get("", ()):
                if not candidate.scripts.isdisjoint(present):
                    matches += [(candidate, *m.span(1)) for m in candidate.regex.finditer(view)]
            start = 1
            while 0 < start < len(view):
                for length in range(1, PREFIX + 1):
                    for candidate in index.get(view[start : start + length], ()):
                        if candidate.scripts.isdisjoint(present):
                            continue
                        match = candidate.regex.match(view, start)
                        if match is not None:
                            matches.append((candidate, start, match.end()))
                start = view.find(" ", start) + 1
            found += self._kept(view, matches)
        return found

    @staticmethod
    def _kept(view: str, matches: list[tuple[_Candidate, int, int]]) -> list[Signal]:
        """The matches outside every exception of their language, one signal per rule."""
        cancelled: dict[str, list[tuple[int, int]]] = {}
        seen: set[tuple[str, int]] = set()
        kept = []
        for candidate, start, end in matches:
            recognizer = candidate.recognizer
            spans = cancelled.get(recognizer.lang)
            if spans is None:
                spans = cancelled[recognizer.lang] = recognizer.exception_spans(view)
            key = (recognizer.lang, candidate.index)
            if key in seen or any(s <= start and end <= e for s, e in spans):
                continue
            seen.add(key)
            rule = recognizer.rules[candidate.index]
            kept.append(Signal(recognizer.lang, Kind(rule.kind), rule.ask, candidate.index))
        return kept
