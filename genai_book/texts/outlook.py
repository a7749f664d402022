"""Chapter 06's facts (facts.outlook: the crosswalk of trends and themes, the judged digest items) worded: one
function per section, returning the glue names and texts its prose uses, and the frames of its tables and figure."""
from __future__ import annotations

import pandas as pd

from .. import fmt, sources
from ..facts import outlook
from ..facts.outlook import Crosswalk, Digests

STRENGTH_WORDS = {"direct": "直接", "partial": "部分"}
COUNT_WORDS = {"direct": "直接对应", "partial": "部分相关"}
NONE_COUNTED = "无"


def _titles(themes: pd.DataFrame) -> pd.Series:
    return themes.set_index("theme_id")["title_zh"]


def trends_kind(walk: Crosswalk) -> str:
    """The sentences on the trends: none in the edition (the trends report came out after the report; an edition
    cut at the report's date has no rows), or every theme touched by a trend, or some themes by none."""
    if walk.trends.empty:
        return "absent"
    return "themes_missing" if walk.themes_without_trend else "every_theme"


def overview(walk: Crosswalk) -> dict[str, str | bool]:
    """The chapter's opening: how many themes, whether the edition has the trends (`trends_in_edition`,
    `trends_kind`), and how many trends touch one theme or none."""
    return {"theme_n": fmt.small_number(len(walk.themes)), "mapped_n": fmt.number(len(walk.mapped)),
            "unmapped_n": fmt.number(len(walk.unmapped)), "trends_in_edition": not walk.trends.empty,
            "trends_kind": trends_kind(walk)}


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


def counted(by_strength: dict[str, int]) -> str:
    """Links counted by strength, direct first, a strength without links left out: 直接对应1条、部分相关2条."""
    return "、".join(f"{COUNT_WORDS[s]}{fmt.with_unit(n, '条')}" for s, n in by_strength.items() if n) or NONE_COUNTED


def _per_theme(counts_of) -> list[str]:
    direct, partial = counts_of("direct"), counts_of("partial")
    return [counted({"direct": direct[t], "partial": partial[t]}) for t in direct.index]


def themes_table(walk: Crosswalk, news: Digests) -> pd.DataFrame:
    """Each theme with the book's summary and the trends (an edition without them: no such column) and digest
    items the book links to it, by strength."""
    return pd.DataFrame({
        "主题": walk.themes["title_zh"], "本书概括": walk.themes["summary"],
        **({} if walk.trends.empty else {"十大趋势": _per_theme(walk.trends_per_theme)}),
        "日报新闻": _per_theme(news.items_per_theme),
    })


def shown_title(walk: Crosswalk, rank: int) -> str:
    """A trend's title as the reader sees it (an unreadable character as □, which the table's caption explains)."""
    return walk.trends.set_index("rank").loc[rank, "title"]


def _linked_trends(walk: Crosswalk, strength: str, head_only: bool) -> str:
    """The trends linked with this strength, each once with its title (or its title's head, marked …… where the
    title goes on) and its themes."""
    title_of, links = _titles(walk.themes), walk.links_of(strength)

    def shown(rank) -> str:
        title = shown_title(walk, rank)
        head = outlook.title_head(title) if head_only else title
        return head if head == title else f"{head}……"

    return fmt.join(f"趋势{r}“{shown(r)}”（对应" + fmt.join(f"“{title_of[t]}”" for t in themes["theme_id"]) + "）"
                    for r, themes in links.groupby("rank", sort=False))


def crosswalk(walk: Crosswalk, release_news: str) -> dict[str, str]:
    """十大趋势: the trends by part, those linked directly (by title) or partly (by the head of their title), the
    themes no trend touches, and
    the news report that dates the trends report (`release_news`, a source id; '' in an edition without the
    trends, which has neither that source nor a sentence on it)."""
    title_of = _titles(walk.themes)
    return {
        "trends_news": sources.in_sentence(release_news) if not walk.trends.empty else "",
        # the day the news reported the release on: the date the book takes for the trends report (no later)
        "trends_news_day": fmt.period(sources.table().loc[release_news, "published"]) if not walk.trends.empty else "",
        "trend_n": fmt.number(len(walk.trends)), "part_n": fmt.small_number(walk.trends["part"].nunique()),
        "parts_list": fmt.join(f"“{part}”（趋势" + "、".join(map(str, trends["rank"])) + "）"
                               for part, trends in walk.trends.groupby("part_title", sort=False)),
        "direct_list": _linked_trends(walk, "direct", head_only=False),
        "partial_list": _linked_trends(walk, "partial", head_only=True),
        "themes_without_trend": fmt.join(f"“{title_of[t]}”" for t in walk.themes_without_trend),
    }


def _links_of_trend(walk: Crosswalk, rank: int, column: str) -> str:
    links = walk.links(rank)
    if column == "theme_id":
        title_of = _titles(walk.themes)
        return "；".join(f"{title_of[t]}（{STRENGTH_WORDS[s]}）" for t, s in zip(links["theme_id"], links["strength"]))
    return "".join(links[column])  # each reason a sentence of its own


def crosswalk_table(walk: Crosswalk) -> pd.DataFrame:
    """Every trend with its part, the themes it touches (with the strength) and the book's reasons."""
    ranks = walk.trends["rank"]
    return pd.DataFrame({
        "趋势": [f"{r}. {shown_title(walk, r)}" for r in ranks],
        "部分": walk.trends["part_title"],
        "对应主题": [_links_of_trend(walk, r, "theme_id") or "—（无对应主题）" for r in ranks],
        "本书的判断理由": [_links_of_trend(walk, r, "rationale") or "—" for r in ranks],
    })


def digests(news: Digests, survey_cutoff: str, report_published: str) -> dict[str, str | bool]:
    """几期 AI 日报: the digests' dates and counts against the report's survey cutoff (the report's own edition, in
    every edition: what the report could have cited) and its publication, and the items per theme, largest first."""
    title_of, ranked = _titles(news.themes), news.ranked
    direct, partial = news.items_per_theme("direct"), news.items_per_theme("partial")
    top = ranked.index[0]
    return {
        "digest_count": fmt.number(len(news.digests)), "item_count": fmt.number(len(news.items)),
        "digest_dates": fmt.join(fmt.period(day) for day in sorted(news.digests["date"])),  # three days, no span
        "items_per_digest": fmt.join((fmt.with_unit(n, "条") for n in news.per_digest), "和"),
        "digests_after_cutoff": news.all_after(survey_cutoff),
        "digests_before_report": news.all_before(report_published), "cutoff_period": fmt.period(survey_cutoff), "report_period": fmt.period(report_published),
        "tagged_direct_n": fmt.number(news.tagged_direct),
        "tagged_partial_n": fmt.number(news.tagged - news.tagged_direct),
        "top_theme": title_of[top], "top_theme_items": counted({"direct": direct[top], "partial": partial[top]}),
        "top_direct": "”和“".join(title_of[t] for t in news.top_direct),
        "top_direct_tied": len(news.top_direct) > 1,
        "top_direct_items": fmt.with_unit(direct[news.top_direct[0]], "条"),
        "some_theme_without_items": bool(news.themes_without_items),
        "zero_themes": "”“".join(title_of[t] for t in news.themes_without_items),
    }


def _links_of_item(news: Digests, digest_id: str, rank: int) -> str:
    links, title_of = news.links(digest_id, rank), _titles(news.themes)
    return "；".join(f"{title_of[t]}（{STRENGTH_WORDS[s]}）" for t, s in zip(links["theme_id"], links["strength"]))


def digest_items_table(news: Digests) -> pd.DataFrame:
    """Every item by date, with its site (cited by its digest) and the themes the book links it to."""
    items = news.items
    return pd.DataFrame({
        "日期": items["date"].astype(str).map(fmt.period), "新闻": items["title"], "url": items["url"],
        "网站": items["domain"],
        "涉及的主题（本书判断）": [_links_of_item(news, d, r) or "—" for d, r in zip(items["digest_id"], items["rank"])],
        "cite": [f"{{footcite}}`{d}`" for d in items["digest_id"]],
    })
