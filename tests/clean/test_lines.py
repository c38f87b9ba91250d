from __future__ import annotations

import pytest

from onrecord.clean.lines import classify_line, signoff_outlet


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("09:08 GMT 10.12.2025 (Updated: 09:22 GMT 10.12.2025)", "timestamp"),
        ("Published: 4 March 2026, 14:05", "timestamp"),
        ("Updated 14:05 GMT 04.03.2026", "timestamp"),
        ("Being updated", "live"),
        ("Developing story", "live"),
        ("BREAKING NEWS", "live"),
        ("By Jane Roe", "byline"),
        ("By Jane Roe and John Smith, Reuters", "byline"),
        ("BY ANNA WEISS, Staff Writer", "byline"),
        ("Read more: Kremlin says talks are possible", "boilerplate"),
        ("READ MORE:", "boilerplate"),
        ("(Photo: Meridian/J. Doe)", "boilerplate"),
        ("Follow us on Telegram", "boilerplate"),
        ("Sign up for our free morning newsletter", "boilerplate"),
        ("We use cookies to improve your experience. Accept all cookies", "boilerplate"),
        ("© 2026 Daily Planet. All rights reserved.", "boilerplate"),
        ("--IANS", "signoff"),
        ("akl/as", "signoff"),
        ("(Reporting by Anna Weiss; Editing by Tom Brown)", "signoff"),
        # sentences of the article stay, even when they look like the rules
        ("By Tuesday, the ministry had responded to the union.", "content"),
        ("He said on March 4, 2026 that the talks were over.", "content"),
        ("On Tuesday, Trump stated in an interview with an American newspaper.", "content"),
        ("Read the full statement, the spokesman said, before judging it.", "content"),
        ("Photos of the meeting were released on Monday.", "content"),
        # a monitoring export's source line names the broadcaster the transcript came from
        ("Source: Sever-24 TV, Kamsk, in Russian 1600 gmt 17 Nov 27", "content"),
    ],
)
def test_classify_line(line: str, kind: str) -> None:
    assert classify_line(line).kind == kind


def test_timestamp_carries_its_dates() -> None:
    kind = classify_line("09:08 GMT 10.12.2025 (Updated: 09:22 GMT 10.12.2025)")
    assert kind.dates[0] == "2025-12-10T09:08:00+00:00"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("--IANS", "IANS"),
        ("— Meridian", "Meridian"),
        ("akl/as", None),
        ("(AP)", "AP"),
        ("--Harbour Wire", "Harbour Wire"),
        # a newsletter's writer signing it off is no outlet
        ("— Jory Tamblin", None),
        # ... nor by an initial and a surname, nor by an initial alone
        ("— M. Tamblin-Rees", None),
        ("—J.", None),
        ("— Harbour Times", "Harbour Times"),  # a masthead's word
    ],
)
def test_signoff_outlet(line: str, outlet: str | None) -> None:
    assert signoff_outlet(line) == outlet


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a wire's credits naming many reporters and cities, longer than any other sign-off
        (
            "(Additional reporting by Ana Pirelli, Tomas Kerr and Ida Vang in HALMSTAD, Joel Ruiz and"
            " Mira Sato in OSAKA, Petra Lind in TALLINN, Omar Haddad and Lea Stroh in VIENNA, Kit Moss"
            " in DENVER; Writing by Dean Rook; Editing by Mark Fell and Ruth Anders)",
            "signoff",
        ),
        # a page's heading over other stories, and a teaser of one
        ("Trending on the Harbour Courier", "boilerplate"),
        ("Most read", "boilerplate"),
        # a paragraph written in brackets is the story's, whatever word opens it
        (
            '(Production at the mill will resume on Thursday, Orla Fenn said, and "every order will ship'
            ' by the end of the month," she added.)',
            "content",
        ),
        (
            "(Research by the Tarvik Institute found that floods cost the valley's farms 40 million"
            " crowns a year, its director said.)",
            "content",
        ),
        # a summary with its link's words is a newsletter's own item as much as a sidebar's teaser
        ("The fund has raised rents again, its chair said on Monday. Read more", "content"),
        ("More from the council on Friday was promised, Dutt said.", "content"),
    ],
)
def test_credits_and_teasers(line: str, kind: str) -> None:
    assert classify_line(line).kind == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a page template's code the reader kept is no copy
        ('{{ vm.story.state === "live" ? "Direkt" : "Archiv" }}', "boilerplate"),
        ('vm.story.meta.state === "draft" ? "Entwurf" :', "boilerplate"),
        ("{{ vm.story.author.name }} - {{ vm.story.updated | date : 'dd/MM/yyyy' }}", "boilerplate"),
        # a web address or a sum in copy is no code
        ("Have you ever visited harbour.gov.example?", "content"),
        ('"The fare went from 2 to 3 crowns," Ilse Marr said.', "content"),
        # a story quoting a snippet of code keeps its quotation
        ('"The gate opened if config.user.role == guest, no password asked," said Ravi Tenn.', "content"),
        ('"Pages like {{ order.total }} showed other buyers\' sums," she said.', "content"),
    ],
)
def test_template_code(line: str, kind: str) -> None:
    assert classify_line(line).kind == kind
