# %% [markdown]
# # 用户普及
#
# 本章依次回答：用生成式人工智能的人有多少、增长有多快；用户首先打开哪款产品、拿它做什么；用户在性别、年龄和学历上是怎样的构成；未成年人用得怎么样。
#
# 要点如下：
#
# - 截至{glue:text}`users_period`，用户规模为{glue:text}`users_now`，比{glue:text}`users_before_period`{glue:text}`users_change_word`{glue:text}`users_change`；普及率为{glue:text}`penetration_now`（{numref}`fig-users`，{numref}`tab-users-series`）。
# - 用户首选的产品高度集中：{glue:text}`fc_leader`以{glue:text}`fc_leader_share`居首，与{glue:text}`fc_second`合计{glue:text}`fc_named_total`（{numref}`fig-first-choice`）。
# - 在报告给出比例的用途中，{glue:text}`purpose_top`最普遍，为{glue:text}`purpose_top_share`；另有{glue:text}`purpose_unknown_count`项报告提到而没有给出比例（{numref}`fig-purposes`）。
# - 用户偏年轻：{glue:text}`age_top`的占比{choose}`age_top_tied|True=并列最高|False=最高`，为{glue:text}`age_top_share`；{glue:text}`age_open_group`以下的用户合计{glue:text}`age_below_open_share`（{numref}`fig-age`）。
# - 未成年网民中，{glue:text}`minor_stage_top`阶段用过生成式人工智能产品的比例最高，为{glue:text}`minor_stage_top_share`（{numref}`fig-minors-stage`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd

from genai_book import charts, data, fmt, series, sources, tables, texts
from genai_book.facts import users as facts

data.use(data_dir, as_of)

# %% [markdown]
# ## 用户规模与普及率
#
# CNNIC 的调查把“普及率”定义为过去半年里用过生成式人工智能产品或服务的人占全国人口的比例；报告没有另外定义用户规模，它应是按同一口径统计的人数。{footcite}`report`

# %%
users = data.load("users_series")
top = facts.headline(users, as_of)
unit = top.unit
fmt.glue_all(
    **texts.users_headline(top, without=["users_multiple"]),
    users_months=fmt.with_unit(top.months, "个月"),
    users_growth_rate=fmt.pct(top.growth_rate),
    penetration_before=fmt.pct(top.penetration.before),
)

# %% [markdown]
# 截至{glue:text}`users_period`，我国生成式人工智能用户规模为{glue:text}`users_now`，普及率为{glue:text}`penetration_now`。与{glue:text}`users_months`前的{glue:text}`users_before_period`相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，增幅为{glue:text}`users_growth_rate`（本书计算）；普及率由{glue:text}`penetration_before`{glue:text}`penetration_change_word`{glue:text}`penetration_change`（{numref}`fig-users`）。{choose}`stated_standing|circular=|checked=这两项半年变化是本书用两期数值相减算出的。|none=这两项变化是本书用两期数值相减算出的。`

# %%
found = facts.stated_changes(users, data.load("stated_changes"), as_of)


def stated_glue(metric: str) -> dict[str, str]:
    """The stated change of `metric` and the one the series gives, in the source's unit and decimals."""
    change = found[metric]
    up, down = ("提高", "下降") if change.kind == "points" else ("增长到", "下降到") if change.kind == "multiple" \
        else ("增长", "下降")
    return {f"{metric}_stated": fmt.with_unit(abs(change.stated), change.unit),
            f"{metric}_computed": fmt.with_unit(round(abs(change.computed), change.digits), change.unit,
                                                digits=change.digits),
            f"{metric}_stated_word": fmt.change_word(change.computed, up=up, down=down)}


bases = facts.population_bases(top)
fmt.glue_all(
    stated_standing=facts.stated_standing(found),
    stated_metrics=("+".join(m for m in ("users", "penetration") if m in found)
                    if facts.stated_standing(found) == "checked" else "none"),
    stated_verdict=("none" if facts.stated_standing(found) != "checked"
                    else "consistent" if all(c.consistent for c in found.values()) else "differs"),
    stated_base=fmt.period(next(iter(found.values())).base_period) if found else "",
    stated_source=fmt.join(sources.in_sentence(s) for s in dict.fromkeys(c.source_id for c in found.values())),
    **{k: v for metric in found for k, v in stated_glue(metric).items()},
    population_base_now=fmt.with_unit(round(bases.now.mid, 2), unit),
    population_base_before=fmt.with_unit(round(bases.before.mid, 2), unit),
    population_bases_agree=bases.agree,
)

# %% [markdown]
# {choose}``stated_standing|none=这一期的来源没有写出与更早时期相比的变化。|circular=报告写出的正是这两项半年变化；{glue:text}`users_before_period`的两个数值报告没有直接给出，是本书用这两项变化倒推出来的（{numref}`fig-users` 中的浅色柱），所以不能再拿它们来核对报告。|checked=据{glue:text}`stated_source`的报道，这次调查还写出了与{glue:text}`stated_base`相比的变化：``{choose}``stated_metrics|users+penetration=用户规模{glue:text}`users_stated_word`{glue:text}`users_stated`，普及率{glue:text}`penetration_stated_word`{glue:text}`penetration_stated`；本书用两期数值算出的分别是{glue:text}`users_computed`和{glue:text}`penetration_computed`。|users=用户规模{glue:text}`users_stated_word`{glue:text}`users_stated`，本书用两期数值算出的是{glue:text}`users_computed`。|penetration=普及率{glue:text}`penetration_stated_word`{glue:text}`penetration_stated`，本书用两期数值算出的是{glue:text}`penetration_computed`。|none=``{choose}`stated_verdict|consistent=原文的每个数字都只精确到末位；来源写出的变化如果是据未经舍入的数字算的，就会与由印出的数字算出的略有出入。这里的差别没有超出这种舍入所能解释的幅度，两者是一致的。|differs=这里的差别超出了原文数字四舍五入所能解释的幅度，数据表与原文必有一处需要核对。|none=`
#
# 用户规模除以普及率，可以倒推出调查所用的人口基数：{glue:text}`users_period`一期约为{glue:text}`population_base_now`，{glue:text}`users_before_period`一期约为{glue:text}`population_base_before`。{choose}`population_bases_agree|True=两者相差很小，与两期人口口径相同的假设并不矛盾|False=两者的差距超出了四舍五入能解释的范围，两期的人口口径可能不同`。

# %%
levels = facts.levels(users, as_of)
shown_users = users[users["as_of"].isin(levels["as_of"])]
POINT_STANDING = {"stated": "来源直接写出", "implied": "由来源所写的变化推算"}
users_by_metric = shown_users.assign(指标=shown_users["metric"].map(facts.METRIC_NAMES)).sort_values(
    ["as_of", "metric"], ascending=[True, False])  # in time order, users before penetration
series_table = tables.readable(users_by_metric, {"指标": "指标"}, source="label").assign(
    口径=users_by_metric["status"].map(POINT_STANDING).to_numpy())
charts.period_bars(
    "fig-users", levels.assign(时期=levels["as_of"].map(fmt.period), 普及率=levels["penetration"],
                               普及率文字=levels["penetration"].map(fmt.pct),
                               用户规模=[fmt.with_unit(v, u) for v, u in zip(levels["users"], levels["unit"])]),
    value="普及率", label="普及率文字", inner="用户规模", status="status", value_title="普及率（%）",
    label_name="普及率", inner_name="用户", alt_title="生成式人工智能普及率与用户规模",
    table=series_table, sources=shown_users["source_id"].unique(),
)
tables.glue_table("tab_users_series", series_table[["时期", "指标", "数值", "口径", "来源"]],
                  caption="本版所知的各期用户规模与普及率", name="tab-users-series")
implied = facts.implied_periods(users, as_of)
fmt.glue_all(users_has_implied=bool(implied), users_period_count=fmt.small_number(len(levels)))

# %% [markdown]
# ```{glue:figure} fig-users
# :name: fig-users
#
# 生成式人工智能普及率与用户规模（柱高与柱顶数字为普及率，柱内数字为用户规模{choose}`users_has_implied|True=；浅色柱为由来源所写的变化推算的数值|False=`）
# ```
#
# {numref}`tab-users-series` 列出本版所知的{glue:text}`users_period_count`期数值，每一项注明它是来源直接写出的，还是本书由来源所写的变化推算的，以及出自哪一份来源。
#
# ```{glue:md} tab_users_series
# :format: myst
# ```

# %% [markdown]
# ## 用户使用的产品

# %%
catalog = data.load("figure_catalog").set_index("item")
choice = facts.first_choice(data.load("first_choice"), as_of)
stated = series.newest(data.load("users_facts"), by=["key"]).set_index("key")
fmt.glue_all(
    product_rates_figure=catalog.loc["图2", "title"],
    product_rates_values=catalog.loc["图2", "values_in_text"],
    fc_period=fmt.period(choice.leader["as_of"]),
    survey_updated=choice.leader["as_of"] == as_of,
    fc_leader=choice.leader["product"],
    fc_leader_share=fmt.survey_share(choice.leader),
    fc_second=choice.second["product"],
    fc_second_share=fmt.survey_share(choice.second),
    fc_named_total=fmt.pct(choice.named_total),
    fc_others=choice.others["product"],
    fc_others_share=fmt.survey_share(choice.others),
    fc_sum_exact=choice.total == 100,
    fc_sum=fmt.pct(choice.total),
    fc_sum_gap=fmt.pp(100 - choice.total),
    fc_whole=fmt.with_unit(100, "%"),
    ds_period=fmt.period(stated.loc["deepseek_dau", "as_of"]),
    ds_year=fmt.period(stated.loc["deepseek_dau", "as_of"][:4]),  # the R1 release: the Spring Festival of that year
    ds_days=fmt.describe(stated.loc["deepseek_days_to_peak"]),
    ds_dau=fmt.describe(stated.loc["deepseek_dau"]),
    ds_markets=fmt.describe(stated.loc["deepseek_top_markets"]),
)

# %% [markdown]
# {choose}``survey_updated|False=本版所据的新来源只更新了用户规模和普及率；本节和以下各节的产品、用途与人群结构数字仍是{glue:text}`fc_period`的调查结果。|True=``
#
# 报告认为，产品层面的市场格局已经开始形成。它用一幅图（“{glue:text}`product_rates_figure`”）比较各款产品的使用率，即过去半年用过某款产品的人在全部生成式人工智能用户中的比例；{choose}`product_rates_values|none=正文没有写出其中任何一款产品的数值|partial=正文只写出了其中一部分数值`，只说豆包和 DeepSeek 明显领先，本书因此不画这幅图。{footcite}`report` 报告在这里特别提到 DeepSeek：它在{glue:text}`ds_year`春节期间发布 R1 版本后引起全球关注，据{glue:text}`ds_period`的报道，上线{glue:text}`ds_days`全球日活跃用户就{glue:text}`ds_dau`，并在{glue:text}`ds_markets`国家和地区的应用市场登顶；报告说它由此超过 ChatGPT，成了全球用户增长最快的生成式人工智能应用（第一章还会谈到它）。{footcite}`fn19`
#
# 问到“首先会选哪款产品”时，答案高度集中（{numref}`fig-first-choice`）。{glue:text}`fc_period`的调查中，{glue:text}`fc_leader`以{glue:text}`fc_leader_share`排在第一，{glue:text}`fc_second`以{glue:text}`fc_second_share`居次，两者合计{glue:text}`fc_named_total`；其余所有产品加起来只有{glue:text}`fc_others_share`，报告没有拆分这部分。{choose}``fc_sum_exact|True=三项相加恰为{glue:text}`fc_whole`|False=三项相加为{glue:text}`fc_sum`，差的{glue:text}`fc_sum_gap`很可能来自各项的四舍五入``。{footcite}`report`

# %%
charts.bar_figure(
    "fig-first-choice", choice.ranked, "product", category_title="产品", value_title="首选该产品的用户比例（%）",
    alt_title=f"{fmt.period(choice.leader['as_of'])}生成式人工智能用户首先选择使用的产品", describe=fmt.survey_share,
)

# %% [markdown]
# ```{glue:figure} fig-first-choice
# :name: fig-first-choice
#
# 生成式人工智能用户首先选择使用的产品（{glue:text}`fc_period`；“{glue:text}`fc_others`”只有合计）
# ```

# %% [markdown]
# ## 用户拿它做什么

# %%
uses = facts.purposes(data.load("use_purposes"), as_of)
fmt.glue_all(
    purpose_period=fmt.period(uses.top["as_of"]),
    purpose_top=uses.top["purpose"],
    purpose_top_share=fmt.survey_share(uses.top),
    purpose_others=fmt.join(f"“{row['purpose']}”（{fmt.survey_share(row)}）"
                            for _, row in uses.known.iloc[1:].iterrows()),
    purpose_known_count=fmt.small_number(len(uses.known)),
    purpose_known_sum=fmt.pct(uses.known["value"].sum()),
    purpose_unknown_count=fmt.small_number(len(uses.unknown)),
    purpose_unknown=fmt.join(uses.unknown["purpose"]),
)

# %% [markdown]
# 报告把用途归为几大场景：问答、办公、娱乐，以及文字、图片、音频和视频的创作。{glue:text}`purpose_period`的调查中，用它{glue:text}`purpose_top`的用户最广，占{glue:text}`purpose_top_share`；在给出比例的几项里，其后是{glue:text}`purpose_others`（{numref}`fig-purposes`）。{footcite}`report` {glue:text}`purpose_unknown`没有比例（音频在报告中属于创作内容，并非单列的一项），图中标为“未公布”、不画柱子，也无法参与排序，本书不推算它们。
#
# 已公布的{glue:text}`purpose_known_count`项相加已达{glue:text}`purpose_known_sum`，可见这道题允许多选，不少用户不止一种用途。

# %%
listed_purposes = pd.concat([uses.known, uses.unknown])
charts.bar_figure(
    "fig-purposes", listed_purposes, "purpose", category_title="用途", value_title="用户比例（%，可多选）",
    alt_title=f"{fmt.period(uses.top['as_of'])}用户使用生成式人工智能产品的目的", describe=fmt.survey_share,
    sort=list(listed_purposes["purpose"]),
)

# %% [markdown]
# ```{glue:figure} fig-purposes
# :name: fig-purposes
#
# 用户使用生成式人工智能产品的目的（{glue:text}`purpose_period`；可多选；灰色斜体“未公布”表示报告点名但未给比例）
# ```

# %% [markdown]
# ## 谁在用：性别、年龄与学历

# %%
sexes = facts.gender(data.load("user_gender"), as_of)
fmt.glue_all(
    gender_period=fmt.period(sexes.more["as_of"]),
    gender_ratio="∶".join(fmt.number(v) for v in sexes.rows["value"]),
    gender_order="∶".join(sexes.rows["gender"]),
    gender_more=sexes.more["gender"],
    gender_gap=fmt.pp(sexes.more["value"] - sexes.fewer["value"]),
)

# %% [markdown]
# **性别。** {glue:text}`gender_period`的用户中，{glue:text}`gender_order`为{glue:text}`gender_ratio`，{glue:text}`gender_more`性用户多出{glue:text}`gender_gap`（{numref}`fig-gender`）。报告认为这与整体网民的性别结构相差不大，但本章所用的数据没有整体网民的性别构成，这一判断在此无法复核。{footcite}`report`

# %%
charts.bar_figure(
    "fig-gender", sexes.rows, "gender", category_title="性别", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(sexes.more['as_of'])}生成式人工智能用户的性别结构", describe=fmt.survey_share,
)

# %% [markdown]
# ```{glue:figure} fig-gender
# :name: fig-gender
#
# 生成式人工智能用户的性别结构（{glue:text}`gender_period`）
# ```

# %%
ages = facts.age(data.load("user_age"), users, as_of)
age_period = ages.rows["as_of"].iloc[0]
fmt.glue_all(
    age_period=fmt.period(age_period),
    age_top=fmt.join(ages.top["age_group"]),
    age_top_tied=len(ages.top) > 1,
    age_top_share=fmt.survey_share(ages.top.iloc[0]),
    age_top_people=fmt.with_unit(ages.top_people, unit, "约"),
    age_open_group=ages.open_group["age_group"].removesuffix(facts.OPEN_AGE_SUFFIX),
    age_open_label=ages.open_group["age_group"],
    age_open_share=fmt.survey_share(ages.open_group),
    age_below_open_share=fmt.pct(ages.below_open_share),
    age_users_total=fmt.with_unit(ages.users_then, unit),
)

# %% [markdown]
# **年龄。** 报告说中低龄用户是使用的主体。{glue:text}`age_period`，{glue:text}`age_top`的用户占比{choose}`age_top_tied|True=并列最高|False=最高`，为{glue:text}`age_top_share`；{glue:text}`age_open_group`以下的用户合计{glue:text}`age_below_open_share`（{numref}`fig-age`）。{footcite}`report` 按同期{glue:text}`age_users_total`的用户规模换算，{glue:text}`age_top`的用户{glue:text}`age_top_people`。这类换算假定年龄结构与用户规模出自同一调查，且两者都经过四舍五入，只宜看作量级。{glue:text}`age_open_label`的用户报告只给出合计{glue:text}`age_open_share`，其中各年龄段分别占多少无从得知。

# %%
people = [fmt.with_unit(round(n, 2), unit, "约") for n in ages.rows["人数"]]
charts.bar_figure(
    "fig-age", ages.rows, "age_group", category_title="年龄段", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(age_period)}生成式人工智能用户的年龄结构（括号内为本书折合的人数）",
    describe=fmt.survey_share, sort=list(ages.rows["age_group"]),
    labels=[f"{fmt.survey_share(row)}（{n}）" for (_, row), n in zip(ages.rows.iterrows(), people)],
    extra_columns={"折合人数（本书推算）": people},
)

# %% [markdown]
# ```{glue:figure} fig-age
# :name: fig-age
#
# 生成式人工智能用户的年龄结构（{glue:text}`age_period`；括号内为按同期用户规模折合的人数，本书推算）
# ```

# %%
schooling = facts.education(data.load("user_education"), as_of)
REST_LABEL = "其余各档合计"
education_shown = series.with_remainder(schooling.stated, "education", REST_LABEL, 100, digits=1)
fmt.glue_all(
    education_period=fmt.period(schooling.first["as_of"]),
    education_named=fmt.join(f"{row['education']}（{fmt.survey_share(row)}）"
                             for _, row in schooling.stated.iterrows()),
    education_named_count=fmt.small_number(len(schooling.stated)),
    education_first=schooling.first["education"],
    education_second=schooling.second["education"],
    education_gap=fmt.pp(schooling.gap),
    education_slight=schooling.slight,
    education_rest=fmt.pct(schooling.rest_share),
    education_rest_label=REST_LABEL,
)

# %% [markdown]
# **学历。** 报告正文只写出了{glue:text}`education_named_count`档的比例：{glue:text}`education_named`，{glue:text}`education_first`{choose}`education_slight|True=略高于|False=高于`{glue:text}`education_second`，相差{glue:text}`education_gap`。{footcite}`report` 其余各档合计约{glue:text}`education_rest`，这是本书用整体减去已知两档推算的；这部分包括哪些学历档、各占多少，正文都没有写明，{numref}`fig-education` 只把它作为一根灰色的“{glue:text}`education_rest_label`”画出。

# %%
charts.bar_figure(
    "fig-education", education_shown, "education", category_title="学历", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(schooling.first['as_of'])}生成式人工智能用户的学历结构", describe=fmt.survey_share,
    sort=list(education_shown["education"]),
    labels=[fmt.survey_share(row) + ("（推算）" if row["status"] == "computed" else "")
            for _, row in education_shown.iterrows()],
)

# %% [markdown]
# ```{glue:figure} fig-education
# :name: fig-education
#
# 生成式人工智能用户的学历结构（{glue:text}`education_period`；灰色为本书推算的其余各档合计）
# ```

# %% [markdown]
# ## 未成年人

# %%
fmt.glue_all(
    education_bases_period=fmt.period(stated.loc["ai_education_bases", "as_of"]),
    education_bases=fmt.describe(stated.loc["ai_education_bases"]),
    guide_period=fmt.period(stated.loc["ai_use_guide_principles", "as_of"]),
    guide_principles=fmt.small_number(stated.loc["ai_use_guide_principles", "value"]),
)

# %% [markdown]
# 报告先回顾了面向中小学生的人工智能教育政策，按时间先后是：国务院《新一代人工智能发展规划》要求中小学设置人工智能相关课程；教育部《义务教育信息科技课程标准》把人工智能写进课程内容；{glue:text}`education_bases_period`，教育部公布{glue:text}`education_bases`中小学人工智能教育基地，想通过试点摸索新的教法并总结可推广的经验；最后是教育部的《中小学人工智能通识教育指南（2025年版）》，它要培养的是把知识、技能、思维和价值观融为一体的人工智能素养。（报告按年份列出这些文件，此处只取其先后。）{footcite}`report`

# %%
stages = facts.minor_stages(data.load("minors_by_stage"), as_of)
fmt.glue_all(
    minor_period=fmt.period(stages.top["as_of"]),
    minor_stage_top=stages.top["stage"],
    minor_stage_top_share=fmt.survey_share(stages.top),
    minor_stage_list=fmt.join(f"{row['stage']}{fmt.survey_share(row)}" for _, row in stages.rows.iterrows()),
    minor_stage_rising=stages.rising,
    minor_stage_low=fmt.survey_share(stages.bottom),
    minor_stage_cheng=fmt.cheng(stages.top["value"], below=True),
)

# %% [markdown]
# 从学段看，{glue:text}`minor_period`未成年网民中用过生成式人工智能产品的比例分别为{glue:text}`minor_stage_list`，{choose}`minor_stage_rising|True=使用率随学段升高而逐级上升|False=使用率并不随学段单调变化`（{numref}`fig-minors-stage`）。即便最高的{glue:text}`minor_stage_top`阶段，也{glue:text}`minor_stage_cheng`。{footcite}`report` 这些比例的分母是该学段的网民，与上文以全国人口为分母的普及率口径不同。

# %%
charts.bar_figure(
    "fig-minors-stage", stages.rows, "stage", category_title="学段", value_title="该学段网民中的使用率（%）",
    alt_title=f"{fmt.period(stages.top['as_of'])}各学段未成年网民使用生成式人工智能产品的比例",
    describe=fmt.survey_share, sort=list(stages.rows["stage"]),
)

# %% [markdown]
# ```{glue:figure} fig-minors-stage
# :name: fig-minors-stage
#
# 各学段未成年网民使用生成式人工智能产品的比例（{glue:text}`minor_period`）
# ```

# %%
minor_uses = series.latest(data.load("minors_purposes"), as_of, by=["purpose"]).sort_values("value", ascending=False)
top_minor_use = minor_uses.iloc[0]
fmt.glue_all(
    minor_purpose_period=fmt.period(top_minor_use["as_of"]),
    minor_purpose_top=top_minor_use["purpose"],
    minor_purpose_top_share=fmt.survey_share(top_minor_use),
    minor_purpose_rest=fmt.join(f"“{row['purpose']}”（{fmt.survey_share(row)}）"
                                for _, row in minor_uses.iloc[1:].iterrows()),
    minor_homework_share=fmt.survey_share(minor_uses.set_index("purpose").loc["写作业"]),
    minor_purpose_count=fmt.small_number(len(minor_uses)),
)

# %% [markdown]
# 在报告写出的{glue:text}`minor_purpose_count`种用途里，{glue:text}`minor_purpose_top`的比例最高，占{glue:text}`minor_purpose_top_share`；其后是{glue:text}`minor_purpose_rest`（{numref}`fig-minors-purposes`）。{footcite}`report` 这里的分母同样是全体未成年网民，而不是用过这类产品的未成年人；报告没有给出未成年网民的总体使用率，本书无法换算。
#
# 报告为此附了一个专栏，介绍教育部基础教育教学指导委员会发布的《中小学生成式人工智能使用指南（2025年版）》，专栏所据的是{glue:text}`guide_period`的一篇报道。指南定下{glue:text}`guide_principles`项原则，大意是：以育人为本、着眼素养；照顾公平与差异，让不同地区的学生和有特殊需要的学生都能用上；引导技术向善；按学校的实际需要有计划地推进；守住数据安全、伦理、内容和风险方面的底线。{footcite}`fn20`
#
# 指南按年龄逐步放开：小学生在老师、家长的帮助下适度使用开放式的生成功能；初中生学着分析生成内容的逻辑、核对它是否靠得住；高中生可以动手研究其中的技术原理，并自己判断生成内容会带来什么社会影响。它还划了一条红线：人工智能写的东西不能原样交作业、当答卷；教师要着力培养学生对机器输出的质疑和辨别能力；人工智能在教育中的位置是辅助。指南并不禁止学生借助人工智能学习，上文{glue:text}`minor_homework_share`的“写作业”用途中有多少属于被禁止的照抄，调查没有区分。{footcite}`fn20`
#
# 最后，两组数字放在一起难以对应：{glue:text}`age_top`占全部用户的{glue:text}`age_top_share`，而小学到高中各学段网民的使用率只在{glue:text}`minor_stage_low`到{glue:text}`minor_stage_top_share`之间。报告没有说明两者是否出自同一次调查、年龄口径是否相同（{glue:text}`age_top`还包括已经离开中小学的人），判断两者是否矛盾还需要未成年人口数，本书不再推算。

# %%
charts.bar_figure(
    "fig-minors-purposes", minor_uses, "purpose", category_title="用途", value_title="占未成年网民的比例（%）",
    alt_title=f"{fmt.period(top_minor_use['as_of'])}未成年网民使用生成式人工智能产品的目的",
    describe=fmt.survey_share,
)

# %% [markdown]
# ```{glue:figure} fig-minors-purposes
# :name: fig-minors-purposes
#
# 未成年网民使用生成式人工智能产品的目的（{glue:text}`minor_purpose_period`；占全体未成年网民的比例）
# ```

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["users_series", "stated_changes", "figure_catalog", "first_choice", "users_facts",
                       "use_purposes", "user_gender", "user_age", "user_education", "minors_by_stage",
                       "minors_purposes"])

# %% [markdown]
# ```{footbibliography}
# ```
