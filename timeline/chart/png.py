"""A static picture of the timeline (matplotlib), for reports and the README."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from timeline.chart import article_label, event_span, focus_range, mark_kind

PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2",
           "#db2777", "#65a30d", "#9333ea", "#ea580c", "#0d9488", "#4f46e5"]
LANG_COLOURS = {"de": "#d97706", "en": "#2563eb"}
EPOCH = datetime(1970, 1, 1)


def _dt(ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=ms)


def _pack(spans: list[tuple[float, float]], min_width: float) -> list[int]:
    """Greedy lanes: each mark goes to the first lane free at its start."""
    ends: list[float] = []
    lanes = []
    for start, end in spans:
        if end - start < min_width:
            mid = (start + end) / 2
            start, end = mid - min_width / 2, mid + min_width / 2
        lane = next((k for k, e in enumerate(ends) if e <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        lanes.append(lane)
    return lanes


def render_png(rows: Sequence[Mapping], path: str, title: str = "Timeline",
               colour_by: str = "article", width_inches: float = 12.0) -> int:
    """Draw the events to a PNG file; returns the number of events drawn. Far-off strays
    (see `focus_range`) are counted at the edge instead of squeezing the rest."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    articles: dict[str, int] = {}
    labels: dict[str, str] = {}
    spans, kinds, ms_spans = [], [], []
    for row in rows:
        articles.setdefault(row["article_id"], len(articles))
        labels.setdefault(row["article_id"], article_label(row))
        t0, t1 = event_span(row)
        ms_spans.append((t0, t1))
        spans.append((mdates.date2num(_dt(t0)), mdates.date2num(_dt(t1))))
        kinds.append(mark_kind(row))

    focus = focus_range(ms_spans)
    if focus:
        lo, hi = mdates.date2num(_dt(focus[0])), mdates.date2num(_dt(focus[1]))
    else:
        lo, hi = mdates.date2num(datetime(2000, 1, 1)), mdates.date2num(datetime(2001, 1, 1))
    extent = max(hi - lo, 1.0)
    inside = [i for i, (s, e) in enumerate(spans) if e > lo and s < hi]
    earlier = [i for i, (s, e) in enumerate(spans) if e <= lo]
    later = [i for i, (s, e) in enumerate(spans) if s >= hi]
    order = sorted(inside, key=lambda i: spans[i])
    lanes_sorted = _pack([spans[i] for i in order], extent * 0.012)
    lanes = [0] * len(spans)
    for i, lane in zip(order, lanes_sorted, strict=True):
        lanes[i] = lane
    n_lanes = max(lanes, default=0) + 1

    height = min(7.5, max(2.8, 1.6 + 0.22 * n_lanes))
    fig, ax = plt.subplots(figsize=(width_inches, height), dpi=120)
    for i in inside:
        row = rows[i]
        colour = (LANG_COLOURS.get(row.get("lang"), "#6b7280") if colour_by == "lang"
                  else PALETTE[articles[row["article_id"]] % len(PALETTE)])
        start, end = spans[i]
        y = lanes[i]
        ambiguous = row.get("certainty") == "ambiguous"
        if kinds[i] == "point" or end - start < extent * 0.004:
            marker = "s" if row.get("implicit") else "o"
            ax.plot([(start + end) / 2], [y], marker=marker, markersize=6.5,
                    color=colour, markeredgecolor="white", markeredgewidth=0.8, zorder=3)
            continue
        ax.barh(y, end - start, left=start, height=0.62,
                color=colour, alpha=0.18 if ambiguous else 0.28,
                edgecolor=colour, linewidth=1.0, linestyle="--" if ambiguous else "-",
                hatch="////" if ambiguous else None, zorder=2)
        relation = row.get("relation")
        if relation in ("since", "from", "after"):
            ax.plot([start, start], [y - 0.36, y + 0.36], color=colour, linewidth=2.5, zorder=3)
        elif relation in ("until", "before"):
            ax.plot([end, end], [y - 0.36, y + 0.36], color=colour, linewidth=2.5, zorder=3)

    ax.set_xlim(lo - extent * 0.03, hi + extent * 0.03)
    outside = []
    for idx, word in ((earlier, "earlier"), (later, "later")):
        if idx:
            years = sorted({_dt(ms_spans[i][0]).year for i in idx})
            when = f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"
            outside.append(f"{len(idx)} {word} ({when})")
    note = f"  ·  not in view: {', '.join(outside)}" if outside else ""
    ax.set_ylim(n_lanes - 0.4, -0.6)
    ax.set_yticks([])
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.xaxis.tick_top()
    ax.grid(axis="x", color="#e5e7eb", linewidth=0.8, zorder=0)
    for side in ("left", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["top"].set_color("#d5dae1")
    ax.tick_params(axis="x", colors="#374151", labelsize=9, length=3)
    ax.set_title(f"{title} · {len(rows)} events{note}", loc="left", fontsize=12,
                 color="#1f2430", pad=26)

    handles = []
    if colour_by == "lang":
        handles += [Patch(color=c, label={"de": "German", "en": "English"}[k])
                    for k, c in LANG_COLOURS.items()]
    else:
        shown = list(articles.items())[:8]
        for aid, k in shown:
            label = labels[aid]
            label = label if len(label) <= 34 else label[:33] + "…"
            handles.append(Patch(color=PALETTE[k % len(PALETTE)], label=label))
        if len(articles) > len(shown):
            handles.append(Patch(color="white", label=f"+ {len(articles) - len(shown)} more"))
    handles += [
        Line2D([], [], marker="o", linestyle="", color="#4b5563", label="day or finer"),
        Line2D([], [], marker="s", linestyle="", color="#4b5563", label="dateline"),
        Patch(facecolor="#4b556340", edgecolor="#4b5563", label="period"),
        Patch(facecolor="#4b55632a", edgecolor="#4b5563", hatch="////", linestyle="--",
              label="ambiguous"),
    ]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.02),
              ncol=min(4, len(handles)), frameon=False, fontsize=8.5)
    fig.tight_layout()
    fig.savefig(path, facecolor="white")
    plt.close(fig)
    return len(inside)
