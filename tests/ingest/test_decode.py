from __future__ import annotations

import codecs

import pytest

from onrecord.errors import InputError
from onrecord.ingest.decode import decode_text, looks_binary


@pytest.mark.parametrize(
    ("data", "text", "noted"),
    [
        ("plain “curly” text".encode(), "plain “curly” text", False),
        (codecs.BOM_UTF8 + b"with BOM", "with BOM", False),
        ("caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "café “quoted”", True),
        (codecs.BOM_UTF16_LE + "utf sixteen".encode("utf-16-le"), "utf sixteen", True),
    ],
)
def test_decodes_text(data: bytes, text: str, noted: bool) -> None:
    decoded, notes = decode_text(data, "f.txt")
    assert decoded == text
    assert bool(notes) is noted


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes(range(32)) * 10, "binary"),
    ],
)
def test_refuses_non_text(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        decode_text(data, "photo.txt")
    assert "photo.txt" in str(info.value)


def test_looks_binary() -> None:
    assert looks_binary(b"\x00\x01\x02abc")
    assert not looks_binary("Ünïcödé text\n".encode())
