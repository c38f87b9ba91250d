"""The platform a quote was posted on (attribute.channel_platforms)."""

from __future__ import annotations

import pytest

from onrecord import extract


def _vias(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {q.text[:24]: (q.via, q.via_kind) for q in extract(text, published="2027-02-10")}


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # an audience told on a platform
        (
            "On Monday night the Lakeshore Power Cooperative told us on X that "
            '"about 9,000 members are without power."',
            "about 9,000 members are ",
            ("X", "platform"),
        ),
        # a long object between the verb and the platform
        (
            "Mayor Odile Brennan posted a photograph of the flooded, empty school gym on Instagram on "
            'Sunday evening. "We will rebuild it before spring," Brennan wrote.',
            "We will rebuild it befor",
            ("Instagram", "platform"),
        ),
        # the post as the subject of the next sentence
        (
            'Councillor Ivo Marsh wrote in a LinkedIn post on Friday: "The depot stays open." '
            "The vote will come in March, the post said.",
            "The vote will come in Ma",
            ("LinkedIn", "platform"),
        ),
        # a caption on the platform named before
        (
            "Coach Petra Lind posted a team photograph on Instagram on Monday. "
            'Her caption read: "Nobody leaves this club."',
            "Nobody leaves this club.",
            ("Instagram", "platform"),
        ),
        # a second post after the first, on the same platform
        (
            'The water board posted on X at noon: "The pumps are running." An hour later a second post '
            'followed: "The north basin is dry again."',
            "The north basin is dry a",
            ("X", "platform"),
        ),
        # another speaker answering "on the same platform": the platform named last
        (
            "The ferry captain wrote on Mastodon that the ramp had jammed. The harbour master, Ola Berg, "
            'replied on the same platform. "The ramp is being repaired tonight," he wrote.',
            "The ramp is being repair",
            ("Mastodon", "platform"),
        ),
        # a platform used to answer, named the sentence before a post
        (
            "Sprinter Mila Okoro used Threads on Friday to answer critics of the stadium. "
            '"The track floods every spring," Okoro wrote.',
            "The track floods every s",
            ("Threads", "platform"),
        ),
        # a platform followed by small words, not by a name
        (
            'Ferry captain Ros Valen was blunter on Mastodon on Monday night. "The hull is rotten," Valen posted.',
            "The hull is rotten",
            ("Mastodon", "platform"),
        ),
        # a verb and a day after "on" before the platform's post ("replied ... on Wednesday" hides
        # no platform, "in a LinkedIn post" names one), in the sentence setting up the quote
        (
            "Dean Ottoline Marsk, who had said nothing since Friday, replied in a LinkedIn post on Sunday night. "
            '"The faculty will not close," Marsk wrote.',
            "The faculty will not clo",
            ("LinkedIn", "platform"),
        ),
        (
            "The shelter's director, Ines Forbach, said in a Facebook post on Monday that the hall was full. "
            '"Bring blankets, not clothes," she wrote.',
            "Bring blankets, not clot",
            ("Facebook", "platform"),
        ),
        # Malay and Indonesian "di", Romanian "pe", Vietnamese "trên"
        (
            "“Kami akan membina semula jambatan itu,” katanya dalam satu hantaran di Facebook pada Rabu.",
            "Kami akan membina semula",
            ("Facebook", "platform"),
        ),
        (
            "„O reducere de 20 la sută este minimul”, a scris marți pe LinkedIn biologul Ion Varga.",
            "O reducere de 20 la sută",
            ("LinkedIn", "platform"),
        ),
    ],
)
def test_the_platform_a_post_went_on(text: str, quote: str, via: tuple[str | None, str | None]) -> None:
    assert _vias(text)[quote] == via


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # a site, an app or an account a verb of posting or replying governs: the platform named last
        (
            "The baker Tove Lindahl wrote on Instagram that the oven had failed. Her neighbour, Emil Sarrazin, "
            'replied on the same site. "We will lend you ours," he wrote.',
            "We will lend you ours",
            ("Instagram", "platform"),
        ),
        (
            "The cyclist Bram Oyelaran posted on TikTok that the ring road was flooded. His coach, Liesel "
            'Haugaard, posted later on the same app. "Train indoors this week," she wrote.',
            "Train indoors this week",
            ("TikTok", "platform"),
        ),
        # a building site, a camp site, a dig site: no platform
        (
            "The site manager, Kaspar Ilves, wrote on Facebook on Sunday: \"The scaffold is safe.\"\n\n"
            'A bricklayer on the same site, Noor Fenwick, said nobody had checked it. "Nobody came," Fenwick said.',
            "Nobody came",
            (None, None),
        ),
        (
            "Ranger Idris Calloway wrote on Threads that the lake was closed. Campers on the same site said "
            'they had not been told. "We found out at the gate," said Wenna Trelawny.',
            "We found out at the gate",
            (None, None),
        ),
    ],
)
def test_the_same_site_is_a_platform_only_where_one_posts_on_it(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text)[quote] == via


def test_a_day_after_told_is_no_platform() -> None:
    vias = _vias("Harbour master Tove Aune told reporters on Tuesday that the quay would reopen.")
    assert vias["the quay would reopen"] == (None, None)


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # a platform the article names by its noun, not one known by name
        (
            "The drummer went to the club's supporter platform Terrace on Friday night to answer critics. "
            '"I am staying until the end of my contract," Jonas Berg wrote.',
            "I am staying until the en",
            ("Terrace", "platform"),
        ),
        (
            "On Friday, writing on the supporter platform Terrace, Jonas Berg said he would stay.",
            "he would stay",
            ("Terrace", "platform"),
        ),
        # a forum, and a marketplace's reviews, set up by the sentence before, whoever posts
        (
            "Parents trade tips on the PramWise forums. A member posting as bluebuggy wrote that the clasp had "
            '"snapped on day two".',
            'the clasp had "snapped on',
            ("PramWise forums", "platform"),
        ),
        (
            "Complaints keep arriving at the online marketplace TradeLoop. "
            '"Two stars, would not buy again," wrote a buyer under the name OwlInOslo.',
            "Two stars, would not buy ",
            ("TradeLoop", "platform"),
        ),
        # a forum named before its users' kind, the sentence opening with "On"
        (
            'On the Sandbar neighbourhood forum, a user calling himself Heron posted at 2am: "Sirens on Dock Lane."',
            "Sirens on Dock Lane.",
            ("Sandbar", "platform"),
        ),
        # a forum's noun set off after its name, the quote in the sentence after
        (
            "Ola Tindvik spent the morning posting on KettleTalk, a gardeners' forum. "
            '"Every seed tray in the shed has frozen," he wrote at 10.12.',
            "Every seed tray in the s",
            ("KettleTalk", "platform"),
        ),
        # a blog by its name, then "on her blog" and her next words
        (
            "Mira Sandoval, who runs the blog Cold Harbour, said she found the files on Monday. In a post on her "
            'blog on Tuesday, she wrote that the server "had no password at all." "Anyone could read it," '
            "Sandoval wrote.",
            "Anyone could read it",
            ("Cold Harbour", "platform"),
        ),
        (
            "Among the crew was Dr Ines Brattli, a geologist who keeps a blog, Notes from the Shore, that has "
            'many readers. "We are all safe," she wrote on her blog on Monday.',
            "We are all safe",
            ("Notes from the Shore", "platform"),
        ),
        # a day after "his blog" is no blog's name
        (
            "Tomas Ruud wrote on his blog Monday that the ferry would not sail again.",
            "the ferry would not sail",
            (None, None),
        ),
        # a forum's user is no forum's name
        (
            'Ola Tindvik, a regular forum user, said: "Every seed tray in the shed has frozen."',
            "Every seed tray in the s",
            (None, None),
        ),
        # a forum of a place that nothing shows online is an event or a body: the place is no platform
        (
            "Elsbeth Quillan spoke at the Tollbridge shipping forum in March.\n\n"
            '"The quay needs money now," Quillan said in Tollbridge on Friday.',
            "The quay needs money now",
            (None, None),
        ),
        (
            "Elsbeth Quillan, who sits on the Fenmarsh youth forum, was in Fenmarsh on Friday. "
            '"The quay needs money now," she said.',
            "The quay needs money now",
            (None, None),
        ),
        # "his blog" names no blog here: not the platform of an earlier post
        (
            "Port warden Dorrit Saltby announced the quay closure in a Facebook post on Tuesday.\n\n"
            "At a town-hall meeting on Wednesday, Saltby, who has written about the quay on his blog for "
            'years, said: "I did not take this lightly."',
            "I did not take this ligh",
            (None, None),
        ),
        # a noun that names no platform
        (
            "The drummer went to the stage in Lisbon on Friday. "
            '"I am staying until the end of my contract," Jonas Berg said.',
            "I am staying until the en",
            (None, None),
        ),
    ],
)
def test_a_platform_named_by_its_noun(text: str, quote: str, via: tuple[str | None, str | None]) -> None:
    assert _vias(text)[quote[:24]] == via


@pytest.mark.parametrize(
    ("text", "platforms"),
    [
        # a day after "a blog", a person after "a blog," or before "a forum ...": no platform's name
        ("Elsbeth Quillan wrote in a blog Thursday that the quay was unsafe.", set()),
        ("In a blog, Elsbeth Quillan, a retired ferry captain, wrote that the quay was unsafe.", set()),
        ("The warning was posted by Elsbeth Quillan, a forum administrator.", set()),
        ("Quillan, a forum regular, posted the warning.", set()),
        # forums of events: no sign of posting in their sentence, or the place of "at"
        ("Quillan spoke about the quay to the Wrenby economic forum.", set()),
        ("Quillan posted her slides after she spoke at the Wrenby economic forum.", set()),
        # a forum its sentence shows online
        ("On the Wrenby parents forum, a user calling herself Whimbrel posted the warning.", {"Wrenby"}),
    ],
)
def test_what_a_platform_named_by_its_noun_is_not(text: str, platforms: set[str]) -> None:
    from onrecord.attribute.channel_gazetteer import gazetteer

    assert gazetteer(text, None).own_platforms == platforms


@pytest.mark.parametrize(
    ("phrase", "platform"),
    [("LinkedInu", "LinkedIn"), ("Facebooku", "Facebook"), ("Instagramom", "Instagram"), ("Xu", None),
     ("Lisabonu", None)],
)  # fmt: skip
def test_a_platform_with_a_slavic_case_ending(phrase: str, platform: str | None) -> None:
    from onrecord.attribute.knowledge import knowledge

    assert knowledge().platform(phrase) == platform


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # Japanese: the platform before "ni" of a post, its old name in brackets
        ("ソルデンのヨナス・ベルク外相は4日、X（旧ツイッター）に「ケルン湾で起きた衝突の全責任は南方沿岸連合にある」と投稿した。",
         "X"),
        ("ソルデンのヨナス・ベルク外相は4日、記者団に「ケルン湾で起きた衝突の全責任は南方沿岸連合にある」と述べた。",
         None),
        # Chinese: "on X" as 在 ... 上
        ("市长在Facebook上发文说：“我们会继续努力。”", "Facebook"),
    ],
)
def test_a_platform_in_japanese_and_chinese(text: str, via: str | None) -> None:
    assert [q.via for q in extract(text, outlet="Toyo News")] == [via]


@pytest.mark.parametrize(
    ("phrase", "via"),
    [
        # "on" of Malay, Romanian, Vietnamese, with words after the platform's name
        ("katanya dalam satu hantaran di Facebook pada Rabu malam", "Facebook"),
        ("a scris ministrul pe LinkedIn marți seara", "LinkedIn"),
        ("ông nói trong một video đăng trên LinkedIn", "LinkedIn"),
        # a place after the same word is no platform
        ("katanya kepada pemberita di Kelmar pada Rabu", None),
    ],
)
def test_the_platform_after_on_in_other_languages(phrase: str, via: str | None) -> None:
    from onrecord.attribute.channel_platforms import PLATFORM
    from onrecord.attribute.knowledge import knowledge

    found = [knowledge().platform(m.group("pl14")) for m in PLATFORM.finditer(phrase) if m.group("pl14")]
    assert [p for p in found if p] == ([via] if via else [])


def test_the_video_is_the_one_named_with_its_platform() -> None:
    text = (
        "Keelnet chief executive Dana Holm posted a four-minute apology video to LinkedIn and YouTube on Tuesday.\n\n"
        '"Card numbers were accessed," Holm said in the video.\n\n'
        'Researcher Ola Dahl first found the flaw. "It is worse," Dahl wrote on X.\n\n'
        'In the video, Holm offered customers two things. "We will pay for monitoring," she said.\n'
    )
    vias = {q.text[:8]: q.via for q in extract(text, outlet="The Courier")}
    assert vias == {"Card num": "LinkedIn", "It is wo": "X", "We will ": "LinkedIn"}


def test_a_video_named_without_its_platform_is_on_the_platform_named_before() -> None:
    text = (
        'Ola Dahl wrote in a video on X that "the mine is dead".\n\n'
        "Lidiya Berg chose Telegram, where her channel has 180,000 subscribers. In a video posted on "
        'Tuesday evening, she said the mine would be built "whatever the courts say".\n\n'
        '"Dahl should resign," Berg said in the video.\n'
    )
    vias = [q.via for q in extract(text, outlet="The Courier")]
    assert vias[-1] == "Telegram"


def test_words_on_the_stream_came_through_the_platform_named_with_it() -> None:
    text = (
        "The cycling team was in uproar after its manager, Rune Aldis, went on a live stream on Twitch "
        "to attack the race jury.\n\n"
        'Aldis had switched the camera on straight after the stage. "Someone bought that jury," he told '
        "some 4,000 viewers on the stream."
    )
    assert _vias(text)["Someone bought that jury"] == ("Twitch", "platform")


@pytest.mark.parametrize(
    "text",
    [
        # a brook's bank, after a platform the article named
        "A clip shared on TikTok by walkers showed oil on the Wensum Beck.\n\n"
        '"It smells of diesel," said Ivo Brandt, kneeling on the stream bank below the mill.',
        # "on the stream" of a watercourse, in an article that streamed nothing
        "Anglers posted pictures on Facebook of a grey film on the Wensum Beck.\n\n"
        "Ivo Brandt, who has set eel traps on the stream since 1990, said the film came on Saturday.",
    ],
)
def test_a_brook_called_the_stream_points_back_to_no_platform(text: str) -> None:
    vias = _vias(text)
    assert vias and all(via == (None, None) for via in vias.values()), vias


@pytest.mark.parametrize(
    ("header", "via"),
    [
        # a streamer's channel, its platform after it in brackets or after "on"
        ("Channel: GroveCooks (Twitch) · archived 3 June 2027", ("Twitch", "platform")),
        ("GroveCooks on YouTube · 3 June 2027", ("YouTube", "platform")),
    ],
)
def test_a_streamed_transcript_came_through_its_channel_s_platform(
    header: str, via: tuple[str | None, str | None]
) -> None:
    text = (
        f'GroveCooks — "SOURDOUGH NIGHT" — stream transcript\n{header}\n'
        "Transcript by the channel's editors; the guest is the miller Ada Fenn.\n\n"
        "[00:00:40] TOMI GROVE: Hello all, the oven is hot and the dough has risen twice.\n\n"
        "[00:03:05] ADA FENN: The flour is stone-ground, from wheat grown ten miles away.\n\n"
        "[00:05:12] TOMI GROVE: Look at this crust. Nobody bakes it that dark.\n\n"
        "[00:08:30] TOMI GROVE: The recipe goes up on Friday. Thanks for baking with me.\n"
    )
    found = {q.text[:10]: (q.via, q.via_kind) for q in extract(text)}
    assert found["Look at th"] == via


def test_a_transcript_s_own_outlet_without_a_platform_stays() -> None:
    from onrecord.attribute.channel_platforms import own_platform

    assert own_platform("THE DOCK HOUR\nHarbour Radio (FM) · 3 June 2027\n", "Harbour Radio", lambda w: None) is None
    assert own_platform("GroveCooks (Twitch)\n", "GroveCooks", lambda w: w if w == "Twitch" else None) == "Twitch"
