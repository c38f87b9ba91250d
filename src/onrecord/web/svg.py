"""Small server-side SVG timelines (no JavaScript, no charting library); every label escaped."""

from __future__ import annotations

from datetime import date, timedelta

from markupsafe import Markup, escape

from onrecord.model import Statement
from onrecord.web.views import spread_points

__all__ = ["speaker_timeline_svg", "spread_svg"]

_WIDTH = 640
_LEFT = 150
_RIGHT = 20


def _x(offset: int, span: int) -> float:
    return _LEFT + (_WIDTH - _LEFT - _RIGHT) * (offset / span if span else 0.5)


def spread_svg(statement: Statement) -> Markup:
    """A dot per report: outlets down, days across (the first report on the left)."""
    outlets, points, span = spread_points(statement.variants)
    if not points:
        return Markup("")
    first = min(date.fromisoformat(v.published[:10]) for v in statement.variants if v.published and _iso(v.published))
    row = 24
    height = 30 + row * len(outlets) + 24
    label = f"Reports of this statement over {span + 1} day(s) in {len(outlets)} outlet(s)"
    parts = [
        f'<svg class="timeline" role="img" aria-label="{escape(label)}" viewBox="0 0 {_WIDTH} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>'
    ]
    for i, outlet in enumerate(outlets):
        y = 30 + row * i
        parts.append(
            f'<text x="{_LEFT - 8}" y="{y + 4}" text-anchor="end" class="tl-label">{escape(outlet[:24])}</text>'
            f'<line x1="{_LEFT}" y1="{y}" x2="{_WIDTH - _RIGHT}" y2="{y}" class="tl-row"/>'
        )
    for offset, i, text in points:
        parts.append(
            f'<circle cx="{_x(offset, span):.1f}" cy="{30 + row * i}" r="6" class="tl-dot">'
            f"<title>{escape(text)}</title></circle>"
        )
    base = 30 + row * len(outlets) + 6
    parts.append(f'<text x="{_LEFT}" y="{base + 10}" class="tl-axis">{first.isoformat()}</text>')
    if span:
        last = first + timedelta(days=span)
        parts.append(
            f'<text x="{_WIDTH - _RIGHT}" y="{base + 10}" text-anchor="end" class="tl-axis">{last.isoformat()}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _iso(value: str) -> bool:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def speaker_timeline_svg(timeline: list[tuple[str, int, int]]) -> Markup:
    """A bar per day: how many statements the speaker made (height), from the first day to the last."""
    days = [(date.fromisoformat(d), n) for d, n, _ in timeline if _iso(d)]
    if not days:
        return Markup("")
    first, last = days[0][0], days[-1][0]
    span = (last - first).days
    top = max(n for _, n in days)
    height = 120
    label = f"Statements per day, {first} to {last}"
    bar = max(3.0, min(24.0, (_WIDTH - 60) / (span + 1) - 2))
    parts = [
        f'<svg class="timeline" role="img" aria-label="{escape(label)}" viewBox="0 0 {_WIDTH} {height + 30}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>'
        f'<line x1="30" y1="{height}" x2="{_WIDTH - 10}" y2="{height}" class="tl-row"/>'
    ]
    for day, n in days:
        x = 30 + (_WIDTH - 60 - bar) * ((day - first).days / span if span else 0.5)
        h = (height - 14) * n / top
        parts.append(
            f'<rect x="{x:.1f}" y="{height - h:.1f}" width="{bar:.1f}" height="{h:.1f}" class="tl-bar">'
            f"<title>{day}: {n} statement(s)</title></rect>"
        )
    parts.append(f'<text x="30" y="{height + 18}" class="tl-axis">{first}</text>')
    if span:
        parts.append(f'<text x="{_WIDTH - 10}" y="{height + 18}" text-anchor="end" class="tl-axis">{last}</text>')
    parts.append(f'<text x="26" y="14" text-anchor="end" class="tl-axis">{top}</text></svg>')
    return Markup("".join(parts))
