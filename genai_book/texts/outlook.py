"""Chapter 06's facts (facts.outlook: the crosswalk of trends and themes, the tagged digest items) worded: one
function per section, returning the glue names and texts its prose uses, and the frames of its tables and figure."""
from __future__ import annotations

import pandas as pd

from .. import fmt
from ..facts import outlook
from ..facts.outlook import Crosswalk, Digests

STRENGTH_WORDS = {"direct": "直接", "partial": "部分"}
UNREADABLE_SHOWN = "〔一字无法辨认〕"  # a character the OCR of a trend title did not read
NO_THEME = "（不涉及任何主题）"      # the bar of the digest items tagged with no theme


def _titles(themes: pd.DataFrame) -> pd.Series:
    return themes.set_index("theme_id")["title_zh"]


def overview(walk: Crosswalk) -> dict[str, str]:
    """The chapter's opening: how many themes, and how many trends touch one or none."""
    return {"theme_n": fmt.small_number(len(walk.themes)), "mapped_n": fmt.number(len(walk.mapped)),
            "unmapped_n": fmt.number(len(walk.unmapped))}


def report_outlook(stated: pd.DataFrame, named: pd.DataFrame, face_rules: pd.Series) -> dict[str, str]:
    """报告的展望: the dated examples (outlook_facts by key, named_examples by key) and the date and issuer the two
    face rules share (facts.outlook.released_together)."""
    gala, statement, papers = (stated.loc[key] for key in (
        "gala_humanoid_robots", "creative_professionals_joint_statement", "suspected_ai_generated_papers"))
    return {
        "gpt5_period": fmt.period(named.loc["gpt5", "date"]),
        "npc_year": fmt.period(named.loc["npc_face_swap_proposal", "date"]),
        "face_rules_period": fmt.period(face_rules["date"]), "face_rules_issuer": face_rules["issuer"],
        "gala_period": fmt.period(gala["as_of"]), "gala_robots": fmt.describe(gala),
        "statement_period": fmt.period(statement["as_of"]), "statement_signers": fmt.describe(statement),
        "papers_period": fmt.period(papers["as_of"]), "papers": fmt.describe(papers),
    }


def themes_table(walk: Crosswalk, news: Digests) -> pd.DataFrame:
    """Each theme with the book's summary and the trends and digest items counted for it."""
    return pd.DataFrame({
        "主题": walk.themes["title_zh"], "本书概括": walk.themes["summary"],
        "对应的十大趋势": [fmt.with_unit(n, "条") for n in walk.trends_per_theme],
        "涉及的日报新闻（按关键词命中，未经人工判断）": [fmt.with_unit(n, "条") for n in news.items_per_theme],
    })


def shown_title(walk: Crosswalk, rank: int) -> str:
    """A trend's title as the reader sees it: an unreadable character named in words."""
    return walk.trends.set_index("rank").loc[rank, "title"].replace(outlook.UNREADABLE, UNREADABLE_SHOWN)


def _linked_trends(walk: Crosswalk, strength: str, head_only: bool) -> str:
    """The trends linked with this strength, each with its title (or its title's head) and its theme."""
    title_of, links = _titles(walk.themes), walk.links_of(strength)
    shown = (lambda r: outlook.title_head(shown_title(walk, r))) if head_only else (lambda r: shown_title(walk, r))
    return fmt.join(f"趋势{r}“{shown(r)}”（对应“{title_of[t]}”）" for r, t in zip(links["rank"], links["theme_id"]))


def crosswalk(walk: Crosswalk) -> dict[str, str | bool]:
    """十大趋势: the trends by part, those linked directly, partly or not at all, and the themes no trend touches."""
    title_of = _titles(walk.themes)
    return {
        "trend_n": fmt.number(len(walk.trends)), "part_n": fmt.small_number(walk.trends["part"].nunique()),
        "parts_list": fmt.join(f"“{part}”（趋势" + "、".join(map(str, trends["rank"])) + "）"
                               for part, trends in walk.trends.groupby("part_title", sort=False)),
        "unmapped_by_part": fmt.join(
            f"“{part}”部分的" + fmt.join(f"趋势{r}“{outlook.title_head(shown_title(walk, r))}”" for r in trends["rank"])
            for part, trends in walk.unmapped.groupby("part_title", sort=False)),
        "direct_list": _linked_trends(walk, "direct", head_only=False),
        "partial_list": _linked_trends(walk, "partial", head_only=True),
        "themes_without_trend": fmt.join(f"“{title_of[t]}”" for t in walk.themes_without_trend),
        "every_theme_has_a_trend": not walk.themes_without_trend,
    }


def _links_of_trend(walk: Crosswalk, rank: int, column: str) -> str:
    links = walk.links(rank)
    if column == "theme_id":
        title_of = _titles(walk.themes)
        return "；".join(f"{title_of[t]}（{STRENGTH_WORDS[s]}）" for t, s in zip(links["theme_id"], links["strength"]))
    return "；".join(links[column])


def crosswalk_table(walk: Crosswalk) -> pd.DataFrame:
    """Every trend with its part, the themes it touches (with the strength) and the book's reasons."""
    ranks = walk.trends["rank"]
    return pd.DataFrame({
        "趋势": [f"{r}. {shown_title(walk, r)}" for r in ranks],
        "部分": walk.trends["part_title"],
        "对应主题": [_links_of_trend(walk, r, "theme_id") or "—（无对应主题）" for r in ranks],
        "本书的判断理由": [_links_of_trend(walk, r, "rationale") or "—" for r in ranks],
    })


def digests(news: Digests, as_of: str, report_published: str) -> dict[str, str | bool]:
    """几期 AI 日报: the digests' dates and counts against the edition's cutoff and the report's publication, and
    the items per theme, largest first."""
    title_of, ranked = _titles(news.themes), news.ranked
    return {
        "digest_count": fmt.number(len(news.digests)), "item_count": fmt.number(len(news.items)),
        "digest_first": fmt.period(news.first_day), "digest_last": fmt.period(news.last_day),
        "items_per_digest": fmt.join((fmt.with_unit(n, "条") for n in news.per_digest), "和"),
        "digests_after_cutoff": news.all_after(as_of), "digests_before_report": news.all_before(report_published),
        "cutoff_period": fmt.period(as_of), "report_period": fmt.period(report_published),
        "tagged_n": fmt.number(len(news.items) - news.untagged), "untagged_n": fmt.number(news.untagged),
        "top_theme": title_of[ranked.index[0]], "top_theme_items": fmt.with_unit(ranked.iloc[0], "条"),
        "some_theme_without_items": bool(news.themes_without_items),
        "zero_themes": "”“".join(title_of[t] for t in news.themes_without_items),
        "other_theme_items": "、".join(f"“{title_of[t]}”{fmt.with_unit(n, '条')}" for t, n in ranked.iloc[1:].items()),
    }


def theme_bars(news: Digests) -> pd.DataFrame:
    """The bars of the items per theme, largest first, then the items tagged with no theme, each labelled."""
    title_of, ranked = _titles(news.themes), news.ranked
    bars = pd.DataFrame({"主题": [title_of[t] for t in ranked.index] + [NO_THEME],
                         "value": list(ranked) + [news.untagged],
                         "类别": ["报告的主题"] * len(ranked) + ["无主题"]})
    return bars.assign(条数=bars["value"].map(lambda v: fmt.with_unit(v, "条")))


def theme_bars_alt(news: Digests, bars: pd.DataFrame) -> str:
    return (f"条形图：{len(news.digests)}期AI日报的{len(news.items)}条新闻按前景主题计数（一条可涉及多个主题），"
            + "，".join(f"{t}{n}" for t, n in zip(bars["主题"], bars["条数"])) + "。")


def digest_items_table(news: Digests) -> pd.DataFrame:
    """Every item by date, with its site (cited by its digest) and the themes it is tagged with."""
    title_of, items = _titles(news.themes), news.items
    return pd.DataFrame({
        "日期": items["date"].astype(str).map(fmt.period), "新闻": items["title"], "url": items["url"],
        "网站": items["domain"],
        "涉及的主题": [("、".join(title_of[t] for t in s.split(";")) if s else "—") for s in items["themes"]],
        "cite": [f"{{footcite}}`{d}`" for d in items["digest_id"]],
    })
