"""The English words that name a quote's channel: an outlet spoken to ("told Radio North", "in an
interview with X", "wrote in the Harbour Review") or reporting ("according to X", "X reported").
Each pattern's ``ch`` group is the channel's words: a name, a media noun pointing back, or a platform."""

from __future__ import annotations

import re

from onrecord.attribute.channel_names import MEDIUM, NAME
from onrecord.dates import ENGLISH_WEEKDAYS, weekday_alternation

# Where a channel is named, in the cue's sentence or the one setting up a quote. Each pattern's
# ``ch`` group is the channel's words: a name, a media noun pointing back, or a platform.
# a medium's common noun after its name: "told Gilt magazine", "the Kessa Ledger newspaper"
_MEDIUM_AFTER = (
    r"(?:magazine|newspaper|daily|weekly|tabloid|newsletter|podcast|website|news site|broadcaster|"
    r"show|programme|program|radio|television|TV)"
)
# a broadcast word after a name: a station's only when the name holds a call sign ("KBOI Boise
# radio"), not a place's or a nationality's ("Ukrainian radio", "told Boise television")
BROADCAST_AFTER = re.compile(r"\s(?:radio|television|TV)$")
CALL_SIGN = re.compile(r"\b[A-Z]{3,5}(?:-[A-Z0-9]{1,3})?\b")
# ("an American newspaper", "the German magazine": a nationality, no name)
NAMED_BEFORE_MEDIUM = re.compile(rf"^(?:(?P<the>the)\s+)?(?P<name>{NAME})\s+{_MEDIUM_AFTER}$")
# a programme's title in quotation marks, after its station's possessive or "the" ("told KWTR's
# \"Harbour Hour\" show", "on the \"Dock Talk\" programme")
_QUOTED_PROGRAMME = (
    rf"(?:(?:the\s+|{NAME}['’]s\s+))?[\"“][A-Z][^\"“”\n]{{1,40}}[\"”]\s+(?:show|programme|program|podcast)\b"
)
_TARGET = (
    rf"(?P<ch>{_QUOTED_PROGRAMME}|"
    # "the state news agency, NordPress," (its name in apposition) as "the state news agency NordPress"
    # ("the order's official news service, ONS.": a body owning the medium before its noun)
    rf"(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w-]+|[\w-]+['’]s)\s+(?=(?:official\s+)?{MEDIUM}[\s,]))?(?:official\s+(?={MEDIUM}))?"
    rf"(?:{MEDIUM}(?:\s+|,\s+(?={NAME}(?:[,.;]|$))))?"
    rf"(?:«)?{NAME}(?:»)?"
    rf"(?:\s+{_MEDIUM_AFTER}\b)?"
    rf"|(?:[Tt]he|a)\s+(?:same\s+)?(?:{MEDIUM}|podcast|newsletter|(?:programme|program|show)\b(?!['’-])))"
)
# a day said between a cue and "on" its outlet: "Thursday morning", "late on Monday", "earlier today"
_DAY_BETWEEN = (
    r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?"
    r"(?:" + weekday_alternation(ENGLISH_WEEKDAYS) + r"|today|yesterday|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
SPOKE = re.compile(
    r"\b(?i:told|tells|telling|said\s+to|"
    # a verb of saying with the outlet it was said to ("repeated to the Ledger", "confirmed to KBN")
    r"(?:repeated|reiterated|confirmed|confided|explained|conceded|insisted|stressed|complained)\s+to|"
    # the means of a conversation before its outlet ("speaking by satellite phone to Radio North")
    r"(?:spoke|spoken|speaking|talking|talked)\s+(?:(?:by|over\s+the|on\s+the)\s+(?:satellite\s+|mobile\s+|video\s+)?"
    r"(?:phone|telephone|video(?:\s+link)?|radio)\s+)?to|"
    r"in\s+an?\s+(?:\w+\s+){0,2}interview\s+(?:with|on|to)|interviewed\s+by|an\s+interview\s+(?:with|to)|"
    # words said to the outlet on a call or in remarks ("in a phone call with Field Notes", "in remarks to NNA")
    r"in\s+an?\s+(?:\w+\s+){0,2}(?:call|conversation)\s+with|"
    r"in\s+(?:(?:his|her|their|its)\s+)?(?:\w+\s+)?(?:remarks|comments)\s+to|"
    # words written to the outlet ("wrote to the Gazette", "in an email to Radio Lorn", "in a
    # brief reply to the Ledger", "a note e-mailed to Field Notes")
    r"in\s+an?\s+(?:\w+\s+){0,2}(?:e-?mail|message|reply|response)\s+to|"
    # a statement sent to the outlet ("in a statement emailed to Shopwise", "in an email statement
    # sent to the Ledger", "in a statement to this programme")
    r"in\s+an?\s+(?:\w+\s+){0,2}statement\s+(?:(?:sent|e-?mailed|given|provided|supplied)\s+)?to|"
    r"(?:wrote|writes|writing|e-?mailed)\s+to|"
    r"(?:reached|contacted)\s+(?:\w+\s+)?by|"
    r"(?:was|were|has\s+been|had\s+been|appeared|appearing|said|spoke|speaking|"
    # a broadcast that carried the words ("in an address ..., carried live on Vale Radio")
    r"(?:carried|broadcast|aired|streamed|televised)(?:\s+live)?)"
    # the day between the cue and the outlet ("said Thursday morning on Radio North")
    r"(?:\s+" + _DAY_BETWEEN + r")?\s+on(?!\s+(?:" + weekday_alternation(ENGLISH_WEEKDAYS) + r"|"
    r"the\s+(?:phone|telephone|record|condition|eve|sidelines|day)\b|"
    # a chamber's floor is where, not through whom ("said Tuesday on the Senate floor")
    r"the\s+(?:[A-Z][\w.-]*\s+){1,3}floor\b))|"
    r"agreed\s+to\s+meet|"
    r"promise,?\s+made\s+to|"
    # a medium the speaker hosts or is heard on ("on his TalkBall podcast", "on the Tinder Box podcast")
    r"on\s+(?:his|her|their|its)(?=\s+" + NAME + r"\s+(?:podcast|show|programme|program|newsletter)\b)|"
    r"on(?=\s+the\s+" + NAME + r"\s+(?:podcast|show|programme|program|newsletter)\b)|"
    # ... or names after its noun ("On his podcast, The Petri Bowl, he said")
    r"on\s+(?:his|her|their|its)\s+(?:own\s+|weekly\s+|daily\s+)?(?:podcast|show|programme|program|newsletter),|"
    # a piece the speaker published ("wrote in the Harbour Review that ...", "writing in Gilt",
    # "wrote for the tech site Bytefold")
    # ("wrote in an op-ed published Sunday in the Harbour Review": the piece, then where it ran)
    r"(?:wrote|writes|writing)\s+(?:in\s+an?\s+(?:op-ed|opinion\s+piece|guest\s+column|column|essay|commentary)"
    r"(?:\s+(?:published|that\s+ran)(?:\s+\w+)?)?\s+)?(?:in|for))\s+" + _TARGET,
)
REPORTED = re.compile(
    r"\b(?i:according\s+to(?:\s+an?\s+(?:\w+\s+)?(?:transcript|recording|video|report)\s+"
    r"(?:released|published|posted|issued|carried)\s+by)?|"
    r"as\s+(?:first\s+)?reported\s+by|reported\s+by|quoted(?:\s+as\s+saying)?\s+by|cited\s+by|carried\s+by|"
    # a document an outlet made public first ("first published on Thursday by the daily X")
    r"first\s+(?:published|reported|revealed)\s+(?:(?:on|last|this)\s+)?(?:\w+\s+)?by)\s+" + _TARGET
)
REPORTS = re.compile(
    _TARGET + r"(?:,\s+(?:the|a|an)\s+[^,.;]{2,40},)?\s+(?:reported|reports|has\s+reported|quoted|cited)\b"
)  # "Nordpress, the state news agency, quoted ..."
