#!/usr/bin/env python3
"""Self-test for convert.py and validate.py: python3 tools/test_tools.py"""
import io
import json
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stdout

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import convert  # noqa: E402
import validate  # noqa: E402
import agreement  # noqa: E402
import blank  # noqa: E402

HEAD = "publisher: The Test Ledger\npublication_date: 2027-01-05\nstyle: wire\n---\n"
GOOD = HEAD + (
    "Ferry to resume, mayor says.\n\n"
    "<s1>Mayor Ines Trask</s1> <c1>told</c1> reporters <t1>that the ferry would run on Monday</t1>.\n\n"
    "<t2>\"We are ready,</t2>\" <s2>she</s2> <c2>said</c2>, <t2>\"but not at any price.\"</t2> "
    "<s3>She</s3> is <c3 type=belief>convinced</c3> <t3>the union will agree</t3>.\n\n"
    "<t4>The crossing</t4> <c4 type=belief nosource>seemed</c4> <t4>safe</t4>. <t5>Repairs cost $2 million</t5>, "
    "<c5 type=document>according to</c5> <s5>a harbour report</s5>. Cost &lt; 5 &gt; 3 &amp; AT&T.\n"
)


def conv(raw):
    return convert.convert_text(raw, "x/test.txt", doc_id="t1")


class ConvertTest(unittest.TestCase):
    def test_good(self):
        rec = conv(GOOD)
        t = rec["text"]
        self.assertNotIn("<s", t)
        self.assertIn("Cost < 5 > 3 & AT&T.", t)
        a = {x["id"]: x for x in rec["attributions"]}
        self.assertEqual(a["E1"]["content"][0]["text"], "that the ferry would run on Monday")
        self.assertEqual([s["text"] for s in a["E2"]["content"]], ["\"We are ready,", "\"but not at any price.\""])
        self.assertEqual(a["E2"]["source"][0]["text"], "she")
        self.assertEqual(a["E4"]["attrs"]["event_type"], "Attribution-no-source")
        self.assertEqual(a["E4"]["type"], "belief")
        self.assertEqual(a["E5"]["type"], "document")
        self.assertEqual(rec["meta"]["title"], "Ferry to resume, mayor says")
        self.assertEqual(rec["meta"]["license"], "CC0-1.0")
        for x in rec["attributions"]:
            for r in ("source", "cue", "content"):
                for sp in x[r]:
                    self.assertEqual(t[sp["start"]:sp["end"]], sp["text"])

    def test_shared_span(self):
        raw = HEAD + "<s1,2>She</s1,2> <c1>said</c1> <t1>it was late</t1> and <c2>added</c2> <t2>that she was tired</t2>.\n"
        a = {x["id"]: x for x in conv(raw)["attributions"]}
        self.assertEqual(a["E1"]["source"], a["E2"]["source"])
        self.assertEqual(a["E2"]["content"][0]["text"], "that she was tired")

    def test_nested_flag(self):
        raw = HEAD + "<t1>\"<s2>Officials</s2> <c2>told</c2> me <t2>the bridge is safe</t2>,\"</t1> <s1>she</s1> <c1>said</c1>.\n"
        a = {x["id"]: x for x in conv(raw)["attributions"]}
        self.assertTrue(a["E2"]["attrs"]["nested"])
        self.assertNotIn("nested", a["E1"]["attrs"])

    def test_errors(self):
        cases = {
            "never closed": "<s1>Ann <c1>said</c1> <t1>x</t1>.\n",
            "does not match": "<s1>Ann <c1>said</s1></c1> <t1>x</t1>.\n",
            "without an opening": "Ann</s1> <c1>said</c1> <t1>x</t1>.\n",
            "no cue": "<s1>Ann</s1> said <t1>x</t1>.\n",
            "no content": "<s1>Ann</s1> <c1>said</c1> x.\n",
            "unknown type": "<s1>Ann</s1> <c1 type=opinion>said</c1> <t1>x</t1>.\n",
            "no source": "Ann <c1>said</c1> <t1>x</t1>.\n",
            "marked nosource": "<s1>Ann</s1> <c1 nosource>said</c1> <t1>x</t1>.\n",
            "stray": "<s1>Ann</s1> <c1>said</c1> <t1>x < y</t1>.\n",
            "whitespace": "<s1>Ann </s1><c1>said</c1> <t1>x</t1>.\n",
            "2 source spans": "<s1>Ann</s1> <c1>said</c1> <t1>x</t1>, <s1>Bo</s1>.\n",
            "empty span": "<s1></s1>Ann <c1>said</c1> <t1>x</t1>.\n",
        }
        for msg, body in cases.items():
            with self.subTest(msg=msg):
                with self.assertRaises(convert.MarkupError) as cm:
                    conv(HEAD + "Title.\n\n" + body)
                self.assertIn(msg, str(cm.exception))
                self.assertIn("x/test.txt:7:", str(cm.exception))  # body line 3 = file line 7

    def test_header_errors(self):
        with self.assertRaises(convert.MarkupError):
            conv("publisher: X\nstyle: wire\n---\nT.\n")
        with self.assertRaises(convert.MarkupError):
            conv(HEAD.replace("wire", "gossip") + "T.\n")


class ValidateTest(unittest.TestCase):
    def run_validate(self, recs):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for r in recs:
                f.write(json.dumps(r) + "\n")
        buf = io.StringIO()
        with redirect_stdout(buf):
            rc = validate.main([f.name])
        os.unlink(f.name)
        return rc, buf.getvalue()

    def test_good_passes(self):
        rc, out = self.run_validate([conv(GOOD)])
        self.assertEqual(rc, 0, out)
        self.assertIn("attributions: 5", out)
        self.assertIn("without source: 1", out)
        self.assertIn("multi-span contents: 2", out)

    def test_bad_offsets_and_dupes(self):
        r = conv(GOOD)
        r["attributions"][0]["content"][0]["end"] += 1
        r["attributions"][1]["cue"] = []
        r["text"] += "<t9>"
        rc, out = self.run_validate([r, conv(GOOD)])
        self.assertEqual(rc, 1)
        self.assertIn("!= text[start:end]", out)
        self.assertIn("no cue", out)
        self.assertIn("markup left", out)
        self.assertIn("article id also used", out)


class AgreementAndBlankTest(unittest.TestCase):
    def test_blank_then_agreement(self):
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "a.txt")
            open(src, "w").write(GOOD)
            out = os.path.join(d, "blank")
            with redirect_stdout(io.StringIO()):
                blank.main([out, src])
            plain = open(os.path.join(out, "a.txt")).read()
            self.assertNotIn("<s1>", plain)
            self.assertIn("Mayor Ines Trask told reporters", plain)
            rec = conv(GOOD)
            other = json.loads(json.dumps(rec))
            other["attributions"] = other["attributions"][:-1]  # B misses one
            other["attributions"][0]["type"] = "belief"
            pa, pb = os.path.join(d, "a.jsonl"), os.path.join(d, "b.jsonl")
            open(pa, "w").write(json.dumps(rec) + "\n")
            open(pb, "w").write(json.dumps(other) + "\n")
            buf = io.StringIO()
            with redirect_stdout(buf):
                agreement.main([pa, pb])
            out = buf.getvalue()
            self.assertIn("attributions A: 5  B: 4", out)
            self.assertIn("MATCH@0.5  P 1.000  R 0.800", out)
            self.assertIn("type agree 0.750", out)


if __name__ == "__main__":
    unittest.main()
