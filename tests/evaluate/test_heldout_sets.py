"""The held-out linking sets, written by other authors: they load whole, and no trap merges.

Their pair figures are reported in the README, not floored: each set's first score is its
held-out measurement, and a floor would invite tuning on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.evaluate.linking import evaluate_linking

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = sorted(p.name for p in DATA.glob("linking_heldout*") if (p / "events").is_dir())


def test_the_sets_are_there() -> None:
    wanted = [f"linking_heldout{n}" for n in ("", *(str(k) for k in range(2, 105)))]
    assert sorted(wanted) == SETS


# Every set: set 5's last merged trap ("frozen for three years ... rather than two" against
# "frozen for two years") is kept apart since a figure set aside is not the figure given.
# Sets 12 and 13 merged traps when they arrived (12: one, 13: three); since the fifth session a
# figure corrected in passing ("18, not 30"), another name after the same words, a lede's day and
# words said again after an article was published keep them apart too.
# Set 14's two (a report of two claims with figures of their own, "revenue rose ..., while
# operating profit rose ...", standing for its first; a paraphrase published the day before the
# other report's words were said) and set 16's one (the same sanctions claim against "American"
# and "European" companies: a name before the same noun) are kept apart since the sixth session.
# Sets 17 and 18 were written during the sixth session and scored at its first commit; set 18
# merged two traps then (the same words said on two days) and keeps them apart since the seventh
# session (a repetition the speaker or the writer announces is another occasion). Sets 19 and 20
# were written during the seventh session and scored at its first commit; they merged one and two
# traps then, and one each since the eighth session (the same words said on two days, where only a
# day one report lacks tells them apart). Sets 21 and 22 were written during the eighth session and
# scored at its first commit (their errors were not read in that session). Since the ninth session
# sets 19 to 22 merge none (a direct quote dated by its article's context is apart from the same
# words stated on another day; a report with no day joins the first occasion its words hold; the
# same noun of two owners is two bodies). Sets 23 and 24 were written during the ninth session
# and scored at its first commit (three traps and one merged; their errors were not read then);
# since the tenth session they merge none (two quotes that finish one sentence two ways are two
# occasions; different names before the same predicate are two statements; a present-perfect
# sentence before a quote gives it no day). Sets 25 and 26 were written during the tenth session
# and scored at its first commit: set 25 merged five traps then, one since the eleventh session;
# set 26 merged none. Sets 27 and 28 were written during the eleventh session and scored at its
# first commit: set 27 merged two traps then and none since the twelfth session (an adverb after a
# negator is not the negated word; an undated wire story's quote takes its lede's weekday); set 28
# none. Sets 29 and 30 were written during the twelfth session and scored at its first commit:
# neither merged a trap. Sets 31 and 32 were written during the thirteenth session and scored at
# its first commit: set 31 merged four traps then and at the end of that session (its errors were
# not read); set 32 none. Since the fourteenth session set 31 merges three (a mixed report's
# channel tells its occasion: words told the reporting outlet and words posted on a platform are
# two statements). Sets 33 and 34 were written during the fourteenth session and scored at its
# first commit: set 33 merged none, set 34 one; since the fifteenth session set 34 merges none (the
# same specific figure said of two named subjects is two statements). Sets 35 and 36 were written
# during the fifteenth session and scored at its first commit: each merged one trap (their errors
# were not read). At the end of that session set 35 still merged one and set 36 two: a quote whose
# speaker had been wrong became its speaker's, and its wrong day (Friday for Monday) then joined it
# to the same words said that Friday. Since the sixteenth session set 36 merges one (a pledge
# "first made at a rally on Friday" is an earlier occasion, not the day of the cue). Sets 37 and
# 38 were written during the sixteenth session and scored at its first commit: each merged two
# traps then and at the end of that session (their errors were not read). Since the seventeenth
# session each merges one: a figure a correction sets aside ("seven of the twelve, not nine")
# is not the figure it gives, and a report beside a quote that names another party is not its
# summary ("will also audit" another firm); the same keeps set 36's last merged trap (one
# exercise said of two named seas) apart. Sets 39 and 40 were written during the seventeenth
# session and scored at its first commit: neither merged a trap, then or at that session's end
# (their errors were not read). Sets 41 and 42 were written during the eighteenth session and
# scored at its first commit: 41 merged none, 42 one, then and at that session's end (their
# errors were not read). Sets 43 and 44 were written during the nineteenth session and scored at
# its first commit: 43 merged one trap, 44 none, then and at that session's end (their errors were
# not read). Sets 45 and 46 were written during the twentieth session and scored at its first
# commit: 45 merged no trap, 46 three, then and at that session's end (their errors were not read).
# Sets 47 and 48 were written during the twenty-first session and scored at its first commit: 47
# merged no trap, 48 one, then and at that session's end (their errors were not read).
# Sets 49 and 50 were written during the twenty-second session and scored at its first commit: 49
# merged no trap, 50 one, then and at that session's end (their errors were not read).
# Sets 51 and 52 were written during the twenty-third session and scored at its first commit:
# neither merged a trap, then or at that session's end (their errors were not read).
# Sets 53 and 54 were written during the twenty-fourth session and scored at its first commit: 53
# merged two traps, 54 one, then and at that session's end (their errors were not read); 53 one
# since the twenty-fifth session (a report checked against the sentence of a long quote it renders).
# Sets 55 and 56 were written during the twenty-fifth session and scored at its first commit:
# each merged one trap, then and at that session's end (their errors were not read).
# Sets 57 and 58 were written during the twenty-sixth session and scored at its first commit:
# neither merged a trap, then or at that session's end (their errors were not read).
# Sets 59 and 60 were written during the twenty-seventh session and scored at its first commit:
# neither merged a trap, then or at that session's end (their errors were not read).
# Sets 61 and 62 were written during the twenty-eighth session and scored at its first commit:
# neither merged a trap, then or at that session's end (their errors were not read).
# Sets 63 and 64 were written during the twenty-ninth session and scored at its first commit: set
# 63 merged no trap, set 64 two (one claim about stalls on two named quays; the same words said
# on another day), then and at that session's end (their errors were not read).
# Since the thirtieth session set 53 merges none (a day read right on both of its trap's quotes)
# and set 64 one (a mixed report printed before the same words were said on the radio is another
# occasion). Sets 65 and 66 were written during the thirtieth session and scored at its first
# commit: set 65 merged no trap, set 66 two (one claim about two named courts; the same words on
# two days), then and at that session's end (their errors were not read).
# Since the thirty-first session set 66 merges none ("went further" tells another occasion; two
# courts each with a name of its own are two institutions) and set 46 two (three allowed before).
# Sets 67 and 68 were written during the thirty-first session and scored at its first commit: set
# 67 merged one trap (a claim about two named places), set 68 none, then and at that session's end
# (their errors were not read).
# Since the thirty-second session set 67 merges none (the same words around two named places are
# compared with the report's tense undone) and set 46 one (a report naming a party its words did
# not). Sets 69 and 70 were written during the thirty-second session and scored at its first
# commit: neither merged a trap, then or at that session's end (their errors were not read).
# Sets 71 and 72 were written during the thirty-third session and scored at its first commit:
# neither merged a trap (set 71's writer wrote 17 traps; the two that were the same claim repeated
# with nothing changed were dropped before the score).
# Sets 73 and 74 were written during the thirty-fourth session and scored at its first commit:
# neither merged a trap. Sets 75 and 76 were written during the thirty-fifth session and scored at
# its first commit: neither merged a trap.
# Since the thirty-sixth session set 38 merges none (a report after a quote that adds a figure of
# its own is a further statement). Sets 77 and 78 were written during the thirty-sixth session and
# scored at its first commit: set 77 merged one trap (one claim about two named bodies), set 78
# none (their errors were not read).
# Since the thirty-seventh session sets 42 and 77 merge none (the same predicate said of two
# named subjects is two statements). Sets 79 and 80 were written during the thirty-seventh session
# and scored at its first commit: neither merged a trap (their errors were not read).
# Sets 81 and 82 were written during the thirty-eighth session and scored at its first commit:
# set 81 merged two traps, set 82 none, then and at that session's end (their errors were not read).
# Since the thirty-ninth session set 81 merges none (a later quote that says it adds, "also", is a
# further statement; words a person relays are an occasion of their own). Sets 83 and 84 were
# written during the thirty-ninth session and scored at its first commit: set 83 merged one trap
# (the same claim repeated on another day), set 84 two (a negation and a denial on other days),
# then and at that session's end (their errors were not read).
# Since the fortieth session set 84 merges none (a negator's reach ends at "whether"; a shorter
# report affirming what a negating determiner denies, "No boat will pay", is its opposite).
# Sets 85 and 86 were written during the fortieth session and scored at its first commit: neither
# merged a trap (their errors were not read).
# Sets 87 and 88 were written during the forty-first session and scored at its first commit: set 87
# merged one trap, set 88 none (their errors were not read). Since the forty-second session set 87
# merges none (a fraction written in words is a figure: "a third of" is not "two-thirds of").
# Sets 89 and 90 were written during the forty-second session and scored at its first commit:
# neither merged a trap (their errors were not read).
# Sets 91 and 92 were written during the forty-third session and scored at its first commit:
# neither merged a trap (their errors were not read).
# Sets 93 and 94 were written during the forty-fourth session and scored at its first commit and
# its end: each merged one trap both times (93: a place set aside, "at X in Corran, not Ashby",
# joined through a wording that names Ashby as the fallback; 94: 14 and 40 farms joined through a
# direct quote that gives both figures); their errors were read only at that session's end.
# Since the forty-fifth session set 93 merges none (a name a quote sets aside inside itself, "in X,
# not Y", is no shared evidence with a wording naming Y as concerned).
# Sets 95 and 96 were written during the forty-fifth session and scored at its first commit and
# its end: set 95 merged two traps both times, set 96 none (their errors were not read).
# Since the forty-sixth session set 95 merges none (words said on a day after another report was
# published are not what it reported, though a headline's fragment fits both; a report naming
# another party in the same slot, "wrote to the city council" / "to the race organizers", is
# another claim).
# Sets 97 and 98 were written during the forty-sixth session and scored at its first commit and
# its end: set 97 merged no trap, set 98 two both times (their errors were not read).
# Since the forty-seventh session set 98 merges none (a figure weighed against the one given and
# found wrong, "nearer nine degrees than eleven", is set aside; a verb that addresses a party names
# it in a slot too, "asked the regatta committee for" / "asked the river police for").
# Sets 99 and 100 were written during the forty-seventh session and scored at its first commit and
# its end: set 99 merged one trap both times (a named party: the same organiser's words about two
# bus operators), set 100 none (their errors were not read).
# Sets 101 and 102 were written during the forty-eighth session and scored at its first commit and
# its end: neither merged a trap (their errors were not read). Set 29's trap merge at that session's
# merged code was the scorer's: a gold quote placed on the headline that repeats its words.
# Sets 103 and 104 were written during the forty-ninth session and scored at its first commit: each
# merged one trap (103: a named party, one speaker's two denials naming two parties; 104: the
# same words said on two days) (their errors were not read).
# A set may merge no more traps than its count here.
MERGED_AT_MOST = {
    "linking_heldout25": 1,
    "linking_heldout31": 3,
    "linking_heldout35": 1,
    "linking_heldout37": 1,
    "linking_heldout43": 1,
    "linking_heldout46": 1,
    "linking_heldout48": 1,
    "linking_heldout50": 1,
    "linking_heldout54": 1,
    "linking_heldout55": 1,
    "linking_heldout56": 1,
    "linking_heldout64": 1,
    "linking_heldout83": 1,
    "linking_heldout94": 1,
    "linking_heldout99": 1,
    "linking_heldout103": 1,
    "linking_heldout104": 1,
}


@pytest.mark.parametrize("name", SETS)
def test_a_heldout_set_reads_whole_and_merges_no_trap(name: str) -> None:
    figures = evaluate_linking(DATA / name)
    assert figures["skipped_inputs"] == 0
    assert figures["quotes"]["gold_text_not_found"] == 0
    assert figures["trap_merges"]["merged"] <= MERGED_AT_MOST.get(name, 0), figures["merged_traps"]
