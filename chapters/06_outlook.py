# %% [markdown]
# # 前景展望
#
# 报告最后一章提出了{glue:text}`theme_n`个展望主题。本章先用自己的话复述这些主题及其依据，再拿两类外部材料来对照：量子位智库的年度十大趋势，以及本书收录的AI日报新闻。要点如下：
#
# - 十大趋势中有{glue:text}`mapped_n`个能对应到报告的某个主题（其中{glue:text}`direct_n`个直接对应），{glue:text}`unmapped_n`个与五个主题都不相干；反过来，{glue:text}`themes_without_trend`在十大趋势里找不到对应（{numref}`tab-crosswalk`）。
# - 本书收录的{glue:text}`digest_count`期日报（{glue:text}`digest_first`至{glue:text}`digest_last`）共有{glue:text}`item_count`条新闻，按关键词规则有{glue:text}`tagged_n`条至少涉及一个主题；涉及最多的是“{glue:text}`top_theme`”，有{glue:text}`top_theme_items`（{numref}`fig-theme-items`）。
# - 这些日报都晚于报告调查数据的截止时间{glue:text}`as_of_period`，可以看作报告成文前后的旁证，但数量少、按字面匹配，不能用来衡量各主题的热度。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd

from genai_book import charts, data, fmt, sources, tables

data.use(data_dir, as_of)

# %%
themes = data.load("outlook_themes")
outlook = data.load("outlook_facts")
trends = data.load("trends")
mapping = data.load("trend_theme_map")
digests = data.load("digests")
items = data.load("digest_items")
source_table = sources.table()

stated = outlook.set_index("key")
fmt.glue_all(
    theme_n=fmt.with_unit(len(themes), ""),
    as_of_period=fmt.period(as_of),
    gala_humanoid_robots=fmt.describe(stated.loc["gala_humanoid_robots"]),
    gala_humanoid_robots_period=fmt.period(stated.loc["gala_humanoid_robots", "as_of"]),
    creative_professionals_joint_statement=fmt.describe(stated.loc["creative_professionals_joint_statement"]),
    creative_professionals_joint_statement_period=fmt.period(
        stated.loc["creative_professionals_joint_statement", "as_of"]),
    suspected_ai_generated_papers=fmt.describe(stated.loc["suspected_ai_generated_papers"]),
    suspected_ai_generated_papers_period=fmt.period(stated.loc["suspected_ai_generated_papers", "as_of"]),
)
title_of = themes.set_index("theme_id")["title_zh"]
tagged = items.assign(theme_id=items["themes"].str.split(";")).explode("theme_id")
tagged = tagged[tagged["theme_id"].isin(title_of.index)]
item_counts = tagged.groupby("theme_id").size().reindex(themes["theme_id"], fill_value=0)
trend_counts = mapping.groupby("theme_id").size().reindex(themes["theme_id"], fill_value=0)

# %% [markdown]
# ## 五个主题
#
# 报告对未来的判断可以归纳为{numref}`tab-themes`中的五点（依次对应报告第六章的五节），表中的概括是本书的话，后两列是本章下文对照的结果。报告为这些判断给出的数字不多，下面逐一说明。{footcite}`report`

# %%
theme_table = pd.DataFrame({
    "主题": themes["title_zh"], "本书概括": themes["summary"],
    "对应的十大趋势": [fmt.with_unit(trend_counts[t], "个") for t in themes["theme_id"]],
    "涉及的日报新闻": [fmt.with_unit(item_counts[t], "条") for t in themes["theme_id"]],
})
tables.glue_table("tab_themes", theme_table, caption="报告的五个展望主题及其外部对照（后两列为本书统计）",
               name="tab-themes")

# %% [markdown]
# ```{glue:md} tab_themes
# :format: myst
# ```
#
# **多模型合一。** 模型越来越多，普通用户很难分清该用哪一个。报告的判断是，产品会把多个模型装进同一个入口，由系统按任务自动挑选，它举的例子是把推理模型和快速应答模型合在一起、能自动切换模式的新一代GPT。这样做对用户是省去选择，对开发者是接口和框架趋于统一。报告没有为这一点给出数字。
#
# **开源协作。** 报告认为开源社区把分散的开发者连在一起：有人贡献模型，别人在其上改进，中小团队和个人也因此进得来，新方案能很快得到各地开发者的反馈。它以DeepSeek的开源模型为例；第五章记录了DeepSeek开源代码库、社区帮它优化通信框架的数字。
#
# **具身智能。** 生成式模型装进机器人，是报告看好的另一个方向。它提到{glue:text}`gala_humanoid_robots_period`春节联欢晚会上有{glue:text}`gala_humanoid_robots`人形机器人与舞者同台，具身智能也首次写进了《政府工作报告》。报告预期机器人在三个方面进步：更懂人的意图和情绪，动作控制、能耗和散热等硬件更成熟，并从实验室走进教育、医疗等场景。{footcite}`report`
#
# **智能体。** 报告所说的智能体不只是聊天，而是能自己拆解目标、调用工具把事办完，有的还能像人一样操作电脑界面，并在环境变化时调整做法。报告没有为这一主题给出数字。
#
# **规范治理。** 报告列出四个治理重点。一是用AI换脸换声实施诈骗，相关部门已出台内容标识和人脸识别方面的办法（见第五章{numref}`tab-policies`）；二是训练数据的版权，{glue:text}`creative_professionals_joint_statement_period`有{glue:text}`creative_professionals_joint_statement`创意产业从业者联名反对未经许可用其作品训练模型；三是学术滥用，{glue:text}`suspected_ai_generated_papers_period`瑞典一所大学的研究人员在谷歌学术上发现{glue:text}`suspected_ai_generated_papers`疑似由AI生成的文章；四是模型价值观可能带有偏见、与当地文化不符等伦理问题。{footcite}`report` 这三个数字都只给出量级，也没有注明出处。
#
# ## 与十大趋势的对照
#
# 量子位智库的《2025年度AI十大趋势报告》把年度趋势分为{glue:text}`part_n`个部分、{glue:text}`trend_n`条。{footcite}`qbitai_trends` 本书逐条判断它们与报告五个主题的关系（{numref}`tab-crosswalk`）：“直接”表示趋势讲的就是该主题，“部分”表示只有部分重合。
#
# 对照的结果有两点值得注意。第一，没有对应的{glue:text}`unmapped_list`这{glue:text}`unmapped_n`条，分属{glue:text}`unmapped_parts`等部分，讲的多是算力、芯片、模型训练等供给侧的条件；报告的展望则更关心产品形态和用户体验。第二，{choose}``every_theme_has_a_trend|True=没有哪个主题|False={glue:text}`themes_without_trend` ``在十大趋势里没有对应，说明趋势报告基本不讨论监管与风险，而这恰是报告着墨较多的部分。

# %%
theme_title = lambda t: title_of[t]  # noqa: E731
strength_words = {"direct": "直接", "partial": "部分"}
links = mapping.assign(text=[f"{theme_title(t)}（{strength_words[s]}）" for t, s in zip(mapping["theme_id"],
                                                                                      mapping["strength"])])
by_rank = links.groupby("rank")
crosswalk = pd.DataFrame({
    "趋势": [f"{r}. {t}" for r, t in zip(trends["rank"], trends["title"])],
    "部分": trends["part_title"],
    "对应主题": [("；".join(by_rank.get_group(r)["text"]) if r in by_rank.groups else "—（无对应主题）")
             for r in trends["rank"]],
    "本书的判断理由": [("；".join(by_rank.get_group(r)["rationale"]) if r in by_rank.groups else "—")
                for r in trends["rank"]],
})
tables.glue_table("tab_crosswalk", crosswalk, caption="量子位智库十大趋势与报告五个展望主题的对照（本书判断）",
               name="tab-crosswalk")

mapped = set(mapping["rank"])
unmapped = trends[~trends["rank"].isin(mapped)]
fmt.glue("trend_n", fmt.with_unit(len(trends), ""))
fmt.glue("part_n", fmt.with_unit(trends["part"].nunique(), ""))
fmt.glue("mapped_n", fmt.with_unit(len(mapped), ""))
fmt.glue("direct_n", fmt.with_unit(mapping[mapping["strength"] == "direct"]["rank"].nunique(), ""))
fmt.glue("unmapped_n", fmt.with_unit(len(unmapped), ""))
fmt.glue("unmapped_list", "、".join(f"趋势{r}" for r in unmapped["rank"]))
fmt.glue("unmapped_parts", "、".join(f"“{p}”" for p in dict.fromkeys(unmapped["part_title"])))
orphans = [title_of[t] for t in themes["theme_id"] if trend_counts[t] == 0]
fmt.glue_all(themes_without_trend="、".join(f"“{t}”" for t in orphans), every_theme_has_a_trend=not orphans)

# %% [markdown]
# ```{glue:md} tab_crosswalk
# :format: myst
# ```
#
# 趋势的标题来自该报告前几页的OCR文字，有几处读不准（{numref}`tab-ocr-notes`）。有{glue:text}`ocr_unreadable_n`条标题含有无法辨认、记作“□”的字（{glue:text}`ocr_unreadable_list`）；总览页是多栏排版，OCR把各栏的行交错读出，本书按栏位归位，其中{glue:text}`ocr_uncertain_n`处归属无法完全确定。这些不确定之处不影响上面的对应关系，但引用趋势原文时应以原报告为准。

# %%
notes = trends[trends["note"].str.len() > 0]
tables.glue_table("tab_ocr_notes", pd.DataFrame({"趋势序号": notes["rank"].map(fmt.number),
                                              "OCR原文": notes["title_ocr"], "本书的读法与说明": notes["note"]}),
               caption="十大趋势标题的辨读说明", name="tab-ocr-notes")
unreadable = trends[trends["title"].str.contains("□")]
fmt.glue("ocr_uncertain_n", fmt.with_unit(trends["note"].str.contains("无法确定").sum(), ""))
fmt.glue("ocr_unreadable_n", fmt.with_unit(len(unreadable), ""))
fmt.glue("ocr_unreadable_list", "、".join(f"趋势{r}" for r in unreadable["rank"]) or "无")

# %% [markdown]
# ```{glue:md} tab_ocr_notes
# :format: myst
# ```
#
# ## 日报里的旁证
#
# 本书收录了{glue:text}`digest_count`期“全球AI新闻速递”日报，日期从{glue:text}`digest_first`到{glue:text}`digest_last`，共{glue:text}`item_count`条新闻（每期{glue:text}`items_per_digest`）。{choose}`digests_after_cutoff|True=这些日报都在报告调查数据截止之后|False=这些日报并不都在调查截止之后`{choose}`digests_before_report|True=、报告发布之前。|False=。`每条新闻按关键词规则标注它涉及的主题（规则见附录“方法与说明”），一条新闻可以涉及几个主题，也可以一个都不涉及。
#
# 按主题计数（{numref}`fig-theme-items`），“{glue:text}`top_theme`”最多，有{glue:text}`top_theme_items`；{choose}``some_theme_without_items|True=“{glue:text}`zero_themes`”没有一条|False=其余主题各有{glue:text}`other_theme_items` ``；另有{glue:text}`untagged_n`条新闻不涉及任何主题。计数很受日报日期的影响，例如大型展会前后某类新闻会扎堆出现；而且规则只看字面，一条券商研报提到“机器人”也会被算进去，因此这里的计数只说明日报里出现了什么，不代表主题的重要程度。

# %%
fmt.glue("digest_count", fmt.with_unit(len(digests), ""))
first_day, last_day = min(digests["date"]), max(digests["date"])
fmt.glue("digest_first", fmt.period(str(first_day)))
fmt.glue("digest_last", fmt.period(str(last_day)))
fmt.glue("item_count", fmt.with_unit(len(items), ""))
per_digest = items.groupby("digest_id").size()
listed = digests.set_index("digest_id")["item_count"]
assert per_digest.reindex(listed.index).tolist() == listed.tolist(), "digest item counts disagree with the items"
fmt.glue("items_per_digest", "、".join(fmt.with_unit(n, "条") for n in per_digest))
report_published = source_table.loc["report", "published"]
after_cutoff = (digests["date"].astype(str).str[:7] > as_of).all()
before_report = (digests["date"].astype(str).str[:7] < report_published).all()
fmt.glue_all(digests_after_cutoff=after_cutoff, digests_before_report=before_report)

counts = item_counts.rename("value").reset_index().merge(themes[["theme_id", "title_zh"]], on="theme_id")
ranked = counts.sort_values("value", ascending=False)
top = ranked.iloc[0]
untagged = int((items["themes"] == "").sum())
fmt.glue("tagged_n", fmt.with_unit(len(items) - untagged, ""))
fmt.glue("untagged_n", fmt.with_unit(untagged, ""))
fmt.glue("top_theme", top["title_zh"])
fmt.glue("top_theme_items", fmt.with_unit(top["value"], "条"))
zero = counts[counts["value"] == 0]["title_zh"].tolist()
fmt.glue_all(
    some_theme_without_items=bool(zero),
    zero_themes="”“".join(zero),
    other_theme_items="、".join(f"{t}{fmt.with_unit(v, '条')}"
                               for t, v in zip(ranked["title_zh"][1:], ranked["value"][1:])),
)

NONE = "（不涉及任何主题）"
bars = pd.concat([counts.assign(主题=counts["title_zh"], 类别="报告的主题"),
                  pd.DataFrame({"主题": [NONE], "value": [untagged], "类别": ["无主题"]})], ignore_index=True)
bars["条数"] = bars["value"].map(lambda v: fmt.with_unit(v, "条"))
charts.figure(
    "fig-theme-items",
    charts.bars(bars, "主题", value_title="相关新闻（条）", label="条数", color="类别",
                sort=list(ranked["title_zh"]) + [NONE]),
    bars[["主题", "条数"]],
    sources=sorted(digests["digest_id"]),
    alt=f"条形图：{len(digests)}期AI日报的{len(items)}条新闻按前景主题计数（一条可涉及多个主题），"
        + "，".join(f"{t}{n}" for t, n in zip(bars["主题"], bars["条数"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig-theme-items
# :name: fig-theme-items
#
# AI日报新闻涉及报告各展望主题的条数（按关键词规则，一条新闻可涉及多个主题）
# ```
#
# {numref}`tab-digest-items`按日期列出全部新闻及其标注，标题链接到原文。{choose}``dup_urls|True=注意其中有{glue:text}`dup_url_n`条新闻（{glue:text}`dup_url_period`一期）在原日报中指向同一个链接，是原文如此，本书照录。|False=``与主题相关的新闻里，有几条正好呼应报告的判断：多模型合一与智能体方面，有大厂在世界人工智能大会上集中展示整套AI产品；开源方面，有运营商大模型宣布开源核心技术、国资委发布开源平台；规范治理方面，有我国倡议成立世界人工智能合作组织。{footcite}`digest_20250727`日报编辑的点评代表其个人观点，本书不转述。

# %%
timeline = pd.DataFrame({
    "日期": items["date"].astype(str).map(fmt.period),
    "新闻": items["title"], "url": items["url"],
    "网站": items["domain"],
    "涉及的主题": [("、".join(title_of[t] for t in s.split(";")) if s else "—") for s in items["themes"]],
    "cite": [f"{{footcite}}`{d}`" for d in items["digest_id"]],
})
tables.glue_table("tab_digest_items", timeline, caption="AI日报新闻及其涉及的展望主题（按日期）",
               name="tab-digest-items", links={"新闻": "url"}, raw_md={"网站": "cite"})
duplicated = items[items["url"].duplicated(keep=False)]
fmt.glue_all(
    dup_urls=bool(len(duplicated)),
    dup_url_n=fmt.number(len(duplicated)),
    dup_url_period=fmt.period(str(duplicated["date"].iloc[0])) if len(duplicated) else "",
)

# %% [markdown]
# ```{glue:md} tab_digest_items
# :format: myst
# ```
#
# ## 数据与来源

# %%
sources.resource_list(["outlook_themes", "outlook_facts", "trends", "trend_theme_map", "digests", "digest_items"])

# %% [markdown]
# ```{footbibliography}
# ```
