"""Does a message signal suicidal thoughts or self-harm? One precompiled regex, no I/O."""

from __future__ import annotations

import re
import unicodedata

# Why err on the side of caution: a false alarm costs one kind message with helpline links,
# a miss can cost far more. Ordinary hyperbole ("this traffic is killing me") stays quiet.
#
# How matching works: text is normalised to " word word word " (casefolded, accents and
# apostrophes removed, runs of one letter collapsed to one, text-speak expanded), and the
# patterns below are written in plain spelling and pass through the same letter-collapsing,
# so "dieeee", "killl myselff" and "kill myself" all look alike. A space stands for a word
# boundary, which is why the patterns may not contain backslashes (no \b, \s): collapsing
# letters would corrupt an escape such as "\bb".

_MYSELF = "(?:my ?self|meself)"
_WANT = "(?:want|wanted|need|ready|trying|planning|plan|wish|just want)"
# "live" followed by these is about where/how one lives, not whether ("live with my parents").
_LIVE_NOT_PLACE = (
    "(?! (?:with|in|at|near|together|alone|there|here|on|by|next|abroad|apart|nearby"
    "|close|under|without him|without her)(?= ))"
)
# "ending it" / "ending things" followed by these is ending the relationship, not a life.
_NOT_RELATIONSHIP = "(?! (?:with|between|for good|off|and|properly|officially)(?= ))"
# "can't go on" followed by these is about a trip or a date, not about going on living.
_GO_ON_NOT_LIFE = (
    "(?! (?:a|an|the|his|her|their|our|your|to|at|that|vacation|holiday|date|dates|tinder"
    "|trip|instagram|social|tv|stage|air|about|and|a date)(?= )| this (?!way ))"
)

# Written in plain spelling. Optional suffixes are spelled out as whole-word alternatives
# ("cut|cutting", not "cut(?:ting)"), because letter-collapsing would not join "t(?:t".
_PATTERNS: tuple[str, ...] = (
    # Suicide, named directly or by common euphemism. "Suicide Squad" is the film: excluded.
    # Stem typos x endings; no letter repeats at the joins, so collapsing keeps them valid.
    "(?<!not )(?:(?:suicid|sucid|suicd|suisid|sicid|suecid|siucid)(?:e|es|al|ally|ing)?"
    "|sewer slide|sewerslide)(?! squad)",
    "unalive|unalived|unaliving",
    "kms|(?:kill|kills|killed|killing) " + _MYSELF,
    "(?:end|ending|ended|take|taking|took) my (?:own )?life",
    "(?:end|ending) (?:it all|everything)" + _NOT_RELATIONSHIP,
    # "Ending it" alone is positive, but "end it" is not: "I want to end it with my ex".
    "(?<!we are )(?<!were )ending (?:it|things)" + _NOT_RELATIONSHIP,
    "(?:hang|hanging|drown|drowning|shoot|shooting|poison|poisoning) " + _MYSELF,
    "(?:slit|slitting|cut|cutting) my (?:wrist|wrists|throat)",
    "overdose|overdosed|overdoses|overdosing"
    "|(?:take|taking|took|swallow|swallowing|swallowed) (?:all|a bunch of|a lot of|too many"
    "|loads of|a handful of) (?:my |the |these |those |of my )?(?:pills|tablets)",
    "(?:jump|jumping) (?:off|from|of) (?:a|the|this|that|my) "
    "(?:bridge|building|roof|rooftop|cliff|balcony|tower)",
    "(?:jump|jumping|step|stepping|throw myself|walk|walking) in front of (?:a|the) "
    "(?:train|car|bus|truck)",
    # Self-harm.
    "(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|injure|injuring|starve|starving) "
    + _MYSELF,
    "self harm|selfharm|self harming|self harmed|self injury|self injuring",
    "(?:cutting|i cut|self harming|self harmed) again|started cutting",
    # Wanting to die or not to live.
    "(?<!not )(?<!never )(?:" + _WANT + " to|wish i could|let me|hope i|should just) die"
    "(?! (?:my|her|his|your|the) hair)",
    "(?:want|wish) (?:to be|i was|i were|i am|i could be) dead"
    "|wish i (?:was|were|had) never (?:born|been born)",
    "rather be dead|better off dead|better off without me|feel like dying"
    "(?! (?:my|her|his|your|the) hair)",
    "(?:nobody|no one|noone) (?:would|will|is going to) "
    "(?:miss me|care if i (?:die|died|was gone))",
    "(?:not|never) want to (?:be alive|exist|wake up|be here (?:any more|any longer))",
    "(?:not|never) want to (?:live|go on|keep living|keep going)" + _LIVE_NOT_PLACE,
    "hope i (?:do not|never) wake up|(?:wish i|and|to) never wake up"
    "|wish i (?:would not|did not|could not) wake up",
    "no (?:reason|point|will|desire) (?:to|in|of) (?:live|living|go on|going on|be alive)",
    "nothing (?:left )?to live for|what is the point (?:of|in) (?:living|life|going on)",
    "(?:tired|sick|exhausted) of (?:living|life|being alive|existing)" + _LIVE_NOT_PLACE,
    "life (?:is not|is no longer|is never going to be) worth (?:living|it)",
    "not worth living|(?:do not|dont) deserve to live",
    "(?:wish i could|want to|i could just|i should just|i just want to) (?:disappear|vanish)"
    " forever",
    "(?:want|need) (?:it all|everything|the pain|all of it) to (?:stop|end)",
    "(?:want|wish i could|wish i could just) (?:to )?(?:stop existing|not exist|sleep forever)",
    "better off (?:gone|if i (?:was|were) gone|if i (?:was|were) not here|if i (?:was|were) dead)",
    "(?:i am|i feel like|i feel like i am) (?:just |such |only )?a burden (?:to|on|for) "
    "(?:everyone|everybody|all of them|my family|the people i love)",
    "(?:done with|giving up on|give up on|gave up on) (?:life|living|being alive)",
    "(?:my )?life is (?:pointless|meaningless)",
    "(?:do not|can not) see (?:the|any) point (?:of|in) (?:living|life|going on|being alive)",
    # Giving up.
    "can not go on" + _GO_ON_NOT_LIFE,
    "can not (?:do|take|handle|bear) (?:this|it|life) (?:any more|any longer)",
    "can not keep (?:going|living)" + _LIVE_NOT_PLACE,
    "goodbye forever",
    # Not being alive, said the long way round.
    "wish i (?:was not|were not|was no longer|were no longer) (?:alive|here|around|born)",
    "(?:want|wish i could|need|going) to stop (?:living|existing|breathing)" + _LIVE_NOT_PLACE,
    "(?:want|need|wish) to not (?:be alive|exist|live|wake up|be here)",
    "(?:wish i could|want to|hope i|hope to) (?:just )?not wake up",
    "can not (?:live|go on|keep going|keep living|do this) like this",
    "no (?:reason|point) (?:to|in) (?:keep living|keep going|carry on|carrying on|continue"
    "|continuing)(?! to )",
    "(?:end|ending|ended|erase|erasing) " + _MYSELF,
    "(?:world|everyone|everybody|family|kids|friends|they|he|she|people) (?:would|will)"
    " be (?:better|happier) (?:off )?(?:without me|if i (?:was|were) (?:dead|gone))",
    "(?:nobody|no one|noone) (?:would|will) (?:notice|care|miss me) if i (?:was|were|am|died"
    "|disappeared)",
    "(?:keep|always|been|cannot stop|can not stop) (?:thinking|think) (?:about|of) "
    "(?:dying|killing myself|ending it|suicide|death)",
    "(?:want to|going to|might|could|planning to|thinking of|thinking about) od(?= $| on| tonight)",
    # Cutting as self-harm: "been cutting carbs" must stay quiet, so only bare or on the body.
    "(?:been|keep|kept|am) cutting(?= $| again| myself| my (?:arm|arms|leg|legs|wrist|wrists"
    "|skin|thighs))",
    "relapsed (?:and )?(?:cut|cutting|self harm|self harmed|hurt myself)(?! my hair)",
)


def _collapse(text: str) -> str:
    """Collapse runs of one letter ("dieee" -> "die"); applied to both text and patterns."""
    return _REPEATS.sub(r"\1", text)


_REPEATS = re.compile(r"([a-z])\1+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Apostrophes of every shape vanish ("can't" -> "cant"); "*" too ("s*icide" -> "sicide").
_DROP = dict.fromkeys(map(ord, "'’‘`´ʼ′*"), None)

# Text-speak and contractions, keyed in collapsed spelling, expanded before matching.
_EXPANSIONS_RAW = {
    "wanna": "want to",
    "wana": "want to",
    "wnna": "want to",
    "wna": "want to",
    "wnt": "want",
    "wamt": "want",
    "wabt": "want",
    "whant": "want",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "gotta": "got to",
    "dont": "do not",
    "dnt": "do not",
    "doesnt": "does not",
    "whats": "what is",
    "didnt": "did not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "cant": "can not",
    "cnt": "can not",
    "cannot": "can not",
    "wats": "what is",
    "isnt": "is not",
    "wasnt": "was not",
    "werent": "were not",
    "wont": "will not",
    "im": "i am",
    "ive": "i have",
    "u": "you",
    "ur": "your",
    "2": "to",
    "4": "for",
    "bc": "because",
    "cuz": "because",
    "myslef": "myself",
    "mysefl": "myself",
    "myslf": "myself",
    "mysef": "myself",
    "suicde": "suicide",
    "sucide": "suicide",
    "suiside": "suicide",
    "anymore": "any more",
    "anymor": "any more",
    "nomore": "no more",
}
_EXPANSIONS = {_collapse(k): _collapse(v) for k, v in _EXPANSIONS_RAW.items()}


def _compile() -> re.Pattern[str]:
    """Build the one regex from the patterns, in the same collapsed spelling as the text."""
    for pattern in _PATTERNS:
        assert "\\" not in pattern, f"no escapes allowed in crisis patterns: {pattern!r}"
    body = "|".join(f"(?:{_collapse(p)})" for p in _PATTERNS)
    # A space on each side: matches start and end on word boundaries of the padded text.
    return re.compile(f" (?:{body})(?= )")


_CRISIS_RE = _compile()


def normalise(text: str) -> str:
    """The text as the patterns see it: " words separated by single spaces "."""
    text = text.casefold().translate(_DROP)
    if not text.isascii():
        # Strip accents so "dié" or "suïcide" read as "die" and "suicide".
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _collapse(_NON_WORD.sub(" ", text))
    words = [_EXPANSIONS.get(word, word) for word in text.split()]
    return f" {' '.join(words)} "


def signals_crisis(text: str) -> bool:
    """True if the message may express suicidal thoughts or self-harm."""
    if not text:
        return False
    return _CRISIS_RE.search(normalise(text)) is not None
