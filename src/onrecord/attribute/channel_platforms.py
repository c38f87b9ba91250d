"""Platforms a quote was posted on: "wrote on X", "in a video posted on Telegram", "написал в
Facebook", "said in the video" (the platform named last), and a post of an earlier occasion."""

from __future__ import annotations

import re
from collections.abc import Callable

from onrecord.dates import ENGLISH_DAY_WORDS

_PLATFORM_WORDS = (
    r"(?:wrote|writes|posted|posts|said|says|announced|tweeted|shared|added|replied|"
    r"schrieb|postete|erklärte|teilte|a écrit|écrit|a publié|publié|escribió|publicó|написал|написала|написали|"
    r"сообщил|сообщила|заявил|заявила|"
    r"написав|повідомив|повідомила|заявив|"  # Ukrainian
    # a participle before the platform ("Marchetti, writing on X shortly before, said ...")
    r"writing|posting|tweeting|"
    # an audience told on a platform ("the co-op told us on X that ...", "told followers on Instagram")
    r"told|tells|telling)"
)


PLATFORM = re.compile(
    _PLATFORM_WORDS + r"[^.!?;«»\"“”]{0,60}?\b(?:on|auf|sur|en|в|во|у|to)\s+(?:(?:his|her|its|their|the|seinem|ihrem|"
    r"sa|son|ses|su|своём|своем)\s+)?(?:\w+['’]s\s+)?(?P<pl>\w[\w-]*(?:\s+Social)?)"
    r"|\b(?i:in|on|via|with)\s+(?i:an?|the|his|her|its|their)\s+(?:(?:\w+\s+){0,2})?(?P<pl2>\w+)\s+"
    r"(?:post|posts|video|videos|clip|message|tweet|thread|livestream|[Ll]ive|story|update|account|page|channel)\b"
    r"|\b(?:video|videos|clip|post|message|statement|address|comment|comments|photograph|photo)\s+"
    r"(?:(?:was|that\s+was)\s+)?(?:posted|published|uploaded|shared|released)?\s*(?:\w+\s+){0,3}?"
    r"(?:on|to|in|auf|sur|en|в)\s+(?:(?:his|her|its|their|the|a|sa|son|ses|su|seinem|ihrem|своём|своем)\s+)?"
    r"(?:\w+['’]s\s+)?(?P<pl3>\w[\w-]*)"
    # "took to X", and a platform used to answer ("used Threads on Wednesday to answer critics")
    r"|\b(?:went|took|turned|chose|go|going|turning|used|uses|using)\s+(?:to\s+)?(?P<pl4>\w+)"
    r"|\b(?:в\s+(?:видеообращении\s+)?(?:в\s+)?)(?P<pl5>Telegram|Facebook|Instagram|X|VK|TikTok|YouTube)(?:-канале)?"
    r"|(?:видеообращении|видео|посте|сообщении),?\s+(?:\w+\s+){0,2}в\s+(?P<pl6>\w+)"
    # ("a post on X": a determiner names no platform, the words after it may)
    r"|\b(?!(?i:a|an|the|his|her|its|their|this|that|one|another)\s)(?P<pl7>\w+)\s+(?:post|video|clip)\b"
    # "a pris la parole vendredi sur Instagram :", "Via Twitter, X said"; the name may be followed
    # by small words ("on Mastodon on Monday night", "on X rather than ...") but not by another
    # capitalised word, which would make it part of a longer name (other languages' "on": pl14)
    r"|\b(?:on|sur|auf|en|su|no|na|[Vv]ia)\s+(?P<pl8>[A-Z][\w-]*)(?![\w-])(?!\s+[A-Z\d])"
    # "in einem auf Telegram veröffentlichten Video"
    r"|\bauf\s+(?P<pl9>[A-Z][\w-]*)\s+(?:veröffentlicht|gepostet|verbreitet|geteilt|hochgeladen)"
    # "auf der Plattform X schrieb", "sur la plateforme X", "on the platform X"
    r"|\b(?i:(?:auf|in)\s+der\s+Plattform|sur\s+la\s+plateforme|en\s+la\s+plataforma|sulla\s+piattaforma|"
    r"na\s+plataforma|on\s+the\s+platform|на\s+платформе)\s+(?P<pl10>[A-Z][\w-]*)"
    # Catalan, Spanish and Portuguese, the platform before the words' "que" ("va afirmar a Instagram que ...")
    r"|\b(?:a|en|em|no|na)\s+(?P<pl11>[A-Z][\w-]*)\s+(?=que\b)"
    # Japanese and Chinese: the platform before "ni" of a post ("X（旧ツイッター）に「...」と投稿した"),
    # "在X上发文"
    r"|(?P<pl12>[A-Z][\w-]*)(?:（[^）]{0,20}）|\([^)]{0,20}\))?(?:に|で|上で)(?=[^。]{0,120}投稿)"
    r"|在(?P<pl13>[A-Z][\w-]*)上"
    # the preposition "on" of languages whose words run on after the platform's name (Malay and
    # Indonesian "di Facebook pada Rabu", Romanian "pe LinkedIn", Dutch "op Instagram", Vietnamese
    # "trên LinkedIn", Tagalog "sa Facebook"); a name the knowledge base knows as a platform only
    r"|(?<![\w-])(?:di|pe|op|trên|sa)\s+(?P<pl14>[A-Z][\w-]*)"
)


def platform_phrases(sentence: str, platform: Callable[[str], str | None]) -> list[tuple[int, str, re.Match[str]]]:
    """Every platform :data:`PLATFORM` finds in a sentence, as (offset, platform, match), read
    through ``platform`` (a word as a platform's name, or None). A phrase whose word names no
    platform does not hide one inside it: "replied in a LinkedIn post on Wednesday" opens with
    "replied ... on Wednesday", and the search goes on from the next character, not past it."""
    found = []
    at = 0
    while (m := PLATFORM.search(sentence, at)) is not None:
        key = next(k for k, v in m.groupdict().items() if v)
        name = platform(m.group(key))
        if name is None:
            at = m.start() + 1
            continue
        found.append((m.start(key), name, m))
        at = m.end()
    return found


# A post written before the words quoted ("a post he had written on X the night before").
EARLIER_POST = re.compile(r"\bhad\s+(?:written|posted|published|shared|tweeted|uploaded|released)\b")


# "said in the video", "wrote in the first post": a post named before, on the platform named last
BACK_TO_POST = re.compile(
    r"\b(?:in|on)\s+the\s+(?:[\w-]+\s+){0,2}(?:video|clip|post|thread|livestream|message|tweet|caption)\b"
    # a stream named before ("speaking live on Twitch ... told viewers on the stream")
    # (not a brook's "stream bank"; a plain "on the stream" only where the article streamed: see STREAMED)
    r"|\bon\s+the\s+(?:live\s*)?stream\b(?!\s+(?:bank|bed|side|banks)\b)"
    r"|\b(?:dans|sur)\s+(?:la|le|cette|ce)\s+(?:vidéo|message|publication)\b|\bim\s+(?:Video|Beitrag|Post)\b"
    r"|\ben\s+el\s+(?:vídeo|video|mensaje)\b|\bв\s+(?:этом\s+)?(?:видео|посте|сообщении)\b"
    # the post as the subject ("the post said", "His caption read"), a post passed on ("reposted her message")
    r"|\bthe\s+(?:[\w-]+\s+){0,2}(?:video|clip|post|tweet|caption|message)\s+(?:said|says|read|reads|added|adds)\b"
    r"|\b(?:his|her|its|their)\s+caption\b|\b(?:reposted|retweeted|reposting|retweeting)\b"
    # the platform named last, by its noun ("replied on the same platform"); a site, an app or an
    # account only where a verb of posting or replying governs it ("answered on the same site"; not
    # "another builder on the same site", a building site)
    r"|\bon\s+the\s+same\s+platform\b"
    r"|\b(?:post(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|wr(?:ote|ites|iting)|answer(?:s|ed|ing)?|respond(?:s|ed|ing)?"
    r"|comment(?:s|ed|ing)?|shar(?:e|es|ed|ing)|upload(?:s|ed|ing)?)\s+(?:(?:\w+ly|later|again|then|too|also)\s+)?"
    r"on\s+the\s+same\s+(?:site|app|account)\b"
    # another post after the first ("Ninety minutes later a second post followed: ...")
    r"|\b(?:a|another)\s+(?:(?:second|third|new|later|further|fresh)\s+)?(?:post|tweet|message|video|clip)\s+"
    r"(?:followed|came|went\s+up)\b",
    re.I,
)
MAX_BACK_TO_POST = 1200  # characters: the post was named a paragraph or two before
# "on the stream" with no "live" in it: a live stream only where the article named one before (a
# watercourse otherwise: "who has fished on the stream for years")
PLAIN_STREAM = re.compile(r"\bon\s+the\s+stream\b", re.I)
# words that show the article is about a live stream ("went on a live stream on Twitch", "streamed
# the meeting", "streaming on YouTube", "went live")
STREAMED = re.compile(r"\blive[ \t-]*stream\w*|\bstream(?:ed|ing|er|ers)\b|\bwent\s+live\b", re.I)

# "wrote on her blog": a medium of the speaker's own, the blog the article named by its noun ("runs
# the blog Cold Harbour"), never the platform named last ("a Facebook post ... on her blog")
BACK_TO_BLOG = re.compile(r"\b(?:his|her|its|their)\s+blog\b", re.I)
MAX_BACK_TO_BLOG = 4000  # characters: a blog may be named with its writer in the lede
MAX_BACK_TO_VIDEO = 4000  # characters: a video the story is about may be named in its lede

# A video or clip the sentence refers back to ("said in the video", "in the clip"): the one posted
# on the platform the article named with the video, not the platform named last.
BACK_TO_VIDEO = re.compile(r"\b(?:video|clip|livestream|vidéo|Video|видео)\b", re.I)
# A sentence naming a video: where it was posted is the platform that sentence names first.
_VIDEO_SENTENCE = re.compile(r"[^.!?\n]*\b(?:video|clip|livestream|vidéo|Video|видео)\b[^.!?\n]*", re.I)


# A video the sentence introduces ("In a video posted on Tuesday evening", "a short clip").
_A_VIDEO = re.compile(r"\b(?:an?|new)\s+(?:[\w-]+\s+){0,3}?(?:video|clip|livestream)\b", re.I)


def video_platforms(
    text: str, platform: Callable[[str], str | None], before: Callable[[int], str | None]
) -> list[tuple[int, str]]:
    """The videos ``text`` names with the platform they were posted on, as (offset, platform), in
    order: for each sentence naming a video, the first platform it names ("posted an apology
    video to LinkedIn and YouTube": LinkedIn), else the platform named last before it ("chose
    Telegram ... In a video posted on Tuesday, she said"). ``platform`` reads a word as a
    platform's name; ``before`` gives the platform named last before an offset."""
    found = []
    for m in _VIDEO_SENTENCE.finditer(text):
        named = ((w.start(), platform(w.group(0))) for w in re.finditer(r"\b[A-Z][\w-]*\b", m.group(0)))
        at, name = next(((a, n) for a, n in named if n is not None), (0, None))
        if name is None and _A_VIDEO.search(m.group(0)):
            name = before(m.start())  # (a video introduced, not "the video" pointing back)
        if name is not None:
            found.append((m.start() + at, name))
    return found


# A platform the article names by its noun, not one known by name ("the group's fan platform
# Starhall", "a la plataforma Starhall", "on the KettleTalk forums", "the Sandbar neighbourhood
# forum", "KettleTalk, a gardeners' forum", "the blog Cold Harbour", "at the online retailer
# BuyBarn"): its users post there, and it is a channel, never an outlet or a speaker.
# the people and posts of a forum, after its noun: "a regular forum user", "a forum administrator"
# name no forum
_ITS_PEOPLE = (
    r"(?:users?|members?|posters?|moderators?|administrators?|admins?|regulars?|founders?|owners?|hosts?|"
    r"contributors?|threads?|posts?)\b"
)
_NAMED_PLATFORM = re.compile(
    r"\b(?i:platform|plataforma|plateforme|Plattform|piattaforma|платформе|платформа|app|forum|message\s+board|"
    r"online\s+(?:retailer|store|marketplace|shop))\s+(?P<name>[A-Z][\w-]*(?:[A-Z][\w-]*)?)\b"
    r"|\bthe\s+(?P<forum>[A-Z][\w-]*\s+(?:forums?|message\s+boards?))\b"
    # its kind of users between its name and the noun: "the Sandbar neighbourhood forum"
    rf"|\bthe\s+(?P<kind>[A-Z][\w-]*)\s+[a-z][\w-]*\s+(?:forum|message\s+board)\b(?!\s+{_ITS_PEOPLE})"
    # a blog by its name ("runs the blog Cold Harbour", "keeps a blog, Notes from the Shore, that ...")
    r"|\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?blog\s+(?P<blog>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"|\b(?:a|an)\s+(?:[a-z][\w-]*\s+)?blog,\s+(?P<titled>[A-Z][^,;.!?\"“”\n]{1,40}?),"
    # the noun set off after the name: "posting on KettleTalk, a gardeners' forum"
    rf"|\b(?P<described>[A-Z][\w-]*(?:[A-Z][\w-]*)?),\s+an?\s+(?:[\w'’-]+\s+){{0,2}}?(?:forum|message\s+board)\b(?!\s+{_ITS_PEOPLE})"
)
_NAME_GROUPS = ("name", "forum", "kind", "blog", "titled", "described")
_BLOG_GROUPS = frozenset({"blog", "titled"})
# A forum known only by a word before its noun ("the Sandbar neighbourhood forum", "KettleTalk, a
# gardeners' forum") is as often an event or a body ("the Greyport business forum", "the Davos
# economic forum"): it is a platform only where its sentence shows it online, posted on or read.
_WORDS_ONLINE = re.compile(
    r"\b(?:post|posts|posted|posting|wrote|writes|writing|written|users?|usernames?|threads?|online|"
    r"comments?|commented|commenting|anonymous(?:ly)?|uploaded|logged)(?![\w-])",
    re.I,
)
_ONLINE_GROUPS = frozenset({"kind", "described"})
_AT_THE = re.compile(r"\bat\s+$", re.I)  # "spoke at the Greyport business forum": an event's place


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start``..``end``: to the stops or line breaks either side."""
    opening = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    stops = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[opening : min(stops, default=len(text))]


def _names_platform(text: str, m: re.Match[str], key: str) -> bool:
    """Whether group ``key`` of match ``m`` names a platform: a forum by a word before its noun only
    where its sentence shows it online (and not as the place of "at"); a blog's name no day ("wrote
    in a blog Thursday that")."""
    if key in _ONLINE_GROUPS:
        if key == "kind" and _AT_THE.search(text, max(0, m.start() - 4), m.start()):
            return False
        return _WORDS_ONLINE.search(_sentence_of(text, m.start(), m.end())) is not None
    if key == "blog":
        return m.group(key).split()[0].casefold() not in ENGLISH_DAY_WORDS
    return True


def named_platforms(text: str) -> list[tuple[int, str, bool]]:
    """The platforms ``text`` names by their noun (see :data:`_NAMED_PLATFORM`), as (offset,
    name, whether a blog), in order."""
    return [
        (m.start(k), m.group(k), k in _BLOG_GROUPS)
        for m in _NAMED_PLATFORM.finditer(text)
        for k in _NAME_GROUPS
        if m.group(k) and _names_platform(text, m, k)
    ]


def named_platform_at(sentence: str, names: set[str]) -> list[tuple[int, str]]:
    """Where a sentence names one of the article's own platforms (``names``) as the place words
    were posted ("took to the fan platform Starhall", "writing on Starhall"): after "on",
    "to" or "at" and a few words, in the article's languages too ("a la plataforma X", "na X")."""
    found = []
    for name in names:
        for m in re.finditer(
            rf"\b(?:[Oo]n|to|at|[Ii]n|a|na|en|em|sur|auf|su|в)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<name>{re.escape(name)})(?![\w-])",
            sentence,
        ):
            found.append((m.start("name"), name))
    return found


# how many of an article's first lines are its header
_HEADER_LINES = 4


def own_platform(text: str, own: str | None, platform: Callable[[str], str | None]) -> str | None:
    """The platform the article's own outlet is a channel of, as its header names it ("Channel:
    GroveCooks (Twitch)", "RiverTalk on YouTube"): a streamer's or a video channel's words reach
    the page through the platform it streams on, not through the channel's own name.

    Args:
        text: the article's text.
        own: the article's own outlet.
        platform: reads a word as a platform's name (None for no platform).

    Returns:
        The platform, or None where the header names none right after the outlet.
    """
    if not own:
        return None
    head = "\n".join(text.strip().splitlines()[:_HEADER_LINES])
    for m in re.finditer(rf"(?<![\w-]){re.escape(own)}\s+(?:\(|on\s+)(?P<pl>[A-Z][\w-]*)\b", head):
        name = platform(m.group("pl"))
        if name is not None:
            return name
    return None
