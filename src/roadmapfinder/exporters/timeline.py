"""A plan's timeline as a small server-rendered SVG: one bar per phase across the weeks it spans.

Colours come from CSS custom properties with fallbacks, so the chart follows the page's light or dark scheme;
every bar has a <title> so its dates are read out by screen readers and shown on hover.
"""

from __future__ import annotations

from html import escape

from roadmapfinder.planning.plan import Plan

ROW, LABEL, WEEK_WIDTH_MAX, WIDTH = 28, 230, 40, 900


def render_timeline_svg(plan: Plan) -> str:
    """The phases as bars on a week axis; `role="img"` with a text summary for assistive technology."""
    spans: dict[int, tuple[int, int]] = {}
    for week in plan.weeks:
        for item in week.items:
            first, last = spans.get(item.phase, (week.number, week.number))
            spans[item.phase] = (min(first, week.number), max(last, week.number))
    total = max(plan.total_weeks, 1)
    unit = min(WEEK_WIDTH_MAX, (WIDTH - LABEL - 10) / total)
    height = ROW * (len(plan.phases) + 1) + 10
    summary = f"Timeline of {len(plan.phases)} phases over {plan.total_weeks} weeks, {plan.start} to {plan.finish_date}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="timeline-title" class="timeline">',
        f'<title id="timeline-title">{escape(summary)}</title>',
    ]
    step = max(1, round(total / 10))
    for tick in range(1, total + 1, step):
        x = LABEL + (tick - 1) * unit
        parts.append(
            f'<text x="{x:.1f}" y="14" font-size="11" fill="var(--muted, #5b6170)">W{tick}</text>'
            f'<line x1="{x:.1f}" y1="18" x2="{x:.1f}" y2="{height}" stroke="var(--border, #dfe2ea)" />'
        )
    for row, phase in enumerate(plan.phases, start=1):
        first, last = spans.get(phase.number, (1, 1))
        y = ROW * row
        x = LABEL + (first - 1) * unit
        width = max(unit * (last - first + 1), 3)
        label = f"{phase.number}. {phase.title}"
        short = label if len(label) <= 34 else label[:33] + "…"
        dates = plan.phase_dates(phase.number) or "finished"
        parts.append(
            f"<g><title>{escape(label)}: {escape(dates)} (weeks {first}-{last}), {phase.hours:g} hours</title>"
            f'<text x="0" y="{y + 14}" font-size="12" fill="var(--text, #1b1d23)">{escape(short)}</text>'
            f'<rect x="{x:.1f}" y="{y + 2}" width="{width:.1f}" height="{ROW - 8}" rx="4" '
            f'fill="var(--accent, #2446c9)" opacity="0.85" /></g>'
        )
    parts.append("</svg>")
    return "".join(parts)
