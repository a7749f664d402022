# %% [markdown]
# # 用户普及
#
# 本章依次回答：用生成式人工智能的人有多少、增长有多快；用户首先打开哪款产品、拿它做什么；用户在性别、年龄和学历上是怎样的构成；未成年人用得怎么样。
#
# 要点如下：
#
# - 截至{glue:text}`users_period`，用户规模为{glue:text}`users_now`，是{glue:text}`users_before_period`的{glue:text}`users_multiple`，{glue:text}`users_multiple_word`；普及率为{glue:text}`penetration_now`（{numref}`fig-users`）。
# - 用户首选的产品高度集中：{glue:text}`fc_leader`以{glue:text}`fc_leader_share`居首，与{glue:text}`fc_second`合计{glue:text}`fc_named_total`（{numref}`fig-first-choice`）。
# - 最普遍的用途是{glue:text}`purpose_top`，比例为{glue:text}`purpose_top_share`；报告点名的用途中有{glue:text}`purpose_unknown_count`项没有给出比例（{numref}`fig-purposes`）。
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
# CNNIC 的调查把“普及率”定义为过去半年里用过生成式人工智能产品或服务的人占全国人口的比例，用户规模则是这部分人的人数。{footcite}`report`

# %%
users = data.load("users_series")
top = facts.headline(users, as_of)
unit = top.unit
fmt.glue_all(
    **texts.users_headline(top),
    users_months=fmt.with_unit(top.months, "个月"),
    users_growth_rate=fmt.pct(top.growth_rate),
    users_multiple_word=fmt.multiple_word(top.users.ratio),
    penetration_before=fmt.pct(top.penetration.before),
)

# %% [markdown]
# 截至{glue:text}`users_period`，我国生成式人工智能用户规模为{glue:text}`users_now`，普及率为{glue:text}`penetration_now`。与{glue:text}`users_before_period`相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，增幅为{glue:text}`users_growth_rate`，规模是当时的{glue:text}`users_multiple`，{glue:text}`users_multiple_word`；普及率由{glue:text}`penetration_before`{glue:text}`penetration_change_word`{glue:text}`penetration_change`。这一变化只用了{glue:text}`users_months`（{numref}`fig-users`）。{footcite}`report`

# %%
stated_changes = data.load("stated_changes")
users_check = facts.check(top.users.delta, facts.stated_change(stated_changes, "users", top.users))
penetration_check = facts.check(top.penetration.delta,
                                facts.stated_change(stated_changes, "penetration", top.penetration))
bases = facts.population_bases(top)
fmt.glue_all(
    users_change_check=users_check.verdict,
    users_change_difference=fmt.with_unit(round(users_check.difference, 2), unit),
    penetration_change_check=penetration_check.verdict,
    penetration_change_difference=fmt.pp(penetration_check.difference),
    base_values=facts.base_standing(users, top.users.before_period, [users_check, penetration_check]),
    population_base_now=fmt.with_unit(round(bases.now.mid, 2), unit),
    population_base_before=fmt.with_unit(round(bases.before.mid, 2), unit),
    population_bases_agree=bases.agree,
)

# %% [markdown]
# 以上变化都是本书用两期数值直接相减算出的。用户规模的变化{choose}``users_change_check|agrees=与报告原文写出的变化一致|differs=与报告原文写出的变化相差{glue:text}`users_change_difference`，数据表与原文必有一处需要核对|unstated=报告没有直接写出这一变化，无从核对``；普及率的变化{choose}``penetration_change_check|agrees=与报告原文写出的变化一致|differs=与报告原文写出的变化相差{glue:text}`penetration_change_difference`，数据表与原文必有一处需要核对|unstated=报告没有直接写出这一变化，无从核对``。{choose}``base_values|implied=需要说明的是，基期的两个数值本身就是由报告所写的变化倒推出来的（表中口径为“据报告推算”），所以这项核对只能发现录入上的差错，并不能独立印证报告。|stated=基期数值由报告直接给出，这项核对因此是独立的。|unchecked=``
#
# 用户规模除以普及率，可以倒推出调查所用的人口基数：{glue:text}`users_period`一期约为{glue:text}`population_base_now`，{glue:text}`users_before_period`一期约为{glue:text}`population_base_before`。{choose}`population_bases_agree|True=两者的差距落在四舍五入可以解释的范围之内，说明两期数据的人口口径一致|False=两者的差距超出了四舍五入能解释的范围，说明两期的人口口径可能不同`。也正因为分母相同，用户规模与普及率的走势必然同步，{numref}`fig-users` 用同一根柱子同时标出两者。

# %%
levels = facts.levels(users, as_of)
shown_users = users[users["as_of"].isin(levels["as_of"])]
METRIC_NAMES = {"users": "用户规模", "penetration": "普及率"}
users_by_metric = shown_users.assign(指标=shown_users["metric"].map(METRIC_NAMES)).sort_values(
    ["metric", "as_of"], ascending=[False, True])  # users first, then penetration, each in time order
charts.period_bars(
    "fig-users", levels.assign(时期=levels["as_of"].map(fmt.period), 普及率=levels["penetration"],
                               普及率文字=levels["penetration"].map(fmt.pct),
                               用户规模=[fmt.with_unit(v, u) for v, u in zip(levels["users"], levels["unit"])]),
    value="普及率", label="普及率文字", inner="用户规模", status="status", value_title="普及率（%）",
    label_name="普及率", inner_name="用户", alt_title="生成式人工智能普及率与用户规模",
    table=tables.readable(users_by_metric, {"指标": "指标"}, source="label"),
    sources=shown_users["source_id"].unique(),
)
implied = facts.implied_periods(users, as_of)
fmt.glue_all(users_has_implied=bool(implied), users_implied_periods=fmt.join(fmt.period(p) for p in implied))

# %% [markdown]
# ```{glue:figure} fig-users
# :name: fig-users
#
# 生成式人工智能普及率与用户规模（柱高与柱顶数字为普及率，柱内数字为用户规模{choose}`users_has_implied|True=；浅色柱为由报告所写的变化倒推的数值|False=`）
# ```
#
# {choose}``users_has_implied|True=图中{glue:text}`users_implied_periods`的数值并非报告直接写出，而是由报告所写的变化倒推的。|False=``报告原图若还画有更早的时期，正文没有给出它们的数值，本书也就无从画出。

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
    fc_leader=choice.leader["product"],
    fc_leader_share=fmt.survey_share(choice.leader),
    fc_leader_cheng=fmt.cheng(choice.leader["value"]),
    fc_second=choice.second["product"],
    fc_second_share=fmt.survey_share(choice.second),
    fc_lead=fmt.pp(choice.leader["value"] - choice.second["value"]),
    fc_named_total=fmt.pct(choice.named_total),
    fc_named_cheng=fmt.cheng(choice.named_total),
    fc_others=choice.others["product"],
    fc_others_share=fmt.survey_share(choice.others),
    fc_sum_exact=choice.total == 100,
    fc_sum=fmt.pct(choice.total),
    fc_sum_gap=fmt.pp(100 - choice.total),
    fc_whole=fmt.with_unit(100, "%"),
    ds_period=fmt.period(stated.loc["deepseek_dau", "as_of"]),
    ds_days=fmt.describe(stated.loc["deepseek_days_to_peak"]),
    ds_dau=fmt.describe(stated.loc["deepseek_dau"]),
    ds_markets=fmt.describe(stated.loc["deepseek_top_markets"]),
)

# %% [markdown]
# 产品层面的竞争格局已经初步成形。报告有一幅图题为“{glue:text}`product_rates_figure`”的图，但{choose}`product_rates_values|none=正文没有给出其中任何一款产品的数值|partial=正文只给出了其中一部分数值`，只说豆包和 DeepSeek 的使用率明显高于其他产品。本书因此不画这幅图，只记录这一排序。{footcite}`report` DeepSeek 的迅速走红是这一格局形成的背景之一：据{glue:text}`ds_period`的报道，它上线{glue:text}`ds_days`，全球日活跃用户就{glue:text}`ds_dau`，并在{glue:text}`ds_markets`国家和地区的应用市场登顶。{footcite}`fn19`
#
# 问到“首先会选哪款产品”时，答案高度集中（{numref}`fig-first-choice`）。{glue:text}`fc_period`的调查中，{glue:text}`fc_leader`以{glue:text}`fc_leader_share`排在第一，{glue:text}`fc_leader_cheng`；{glue:text}`fc_second`为{glue:text}`fc_second_share`，落后{glue:text}`fc_lead`。两者合计{glue:text}`fc_named_total`，{glue:text}`fc_named_cheng`，其余所有产品加起来只有{glue:text}`fc_others_share`，而且报告没有拆分这部分。{choose}``fc_sum_exact|True=各项相加恰为{glue:text}`fc_whole`|False=各项相加为{glue:text}`fc_sum`，与{glue:text}`fc_whole`相差{glue:text}`fc_sum_gap`，这是各项分别四舍五入到一位小数造成的，并非漏项``。{footcite}`report`

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
    purpose_top_cheng=fmt.cheng(uses.top["value"]),
    purpose_others=fmt.join(f"“{row['purpose']}”（{fmt.survey_share(row)}）"
                            for _, row in uses.known.iloc[1:].iterrows()),
    purpose_known_count=fmt.small_number(len(uses.known)),
    purpose_known_sum=fmt.pct(uses.known["value"].sum()),
    purpose_unknown_count=fmt.small_number(len(uses.unknown)),
    purpose_unknown=fmt.join(uses.unknown["purpose"]),
    purpose_creation_gap=fmt.pp(uses.creation_gap),
)

# %% [markdown]
# 从用途看，生成式人工智能首先被当作一种新的“问答工具”。{glue:text}`purpose_period`的调查中，用它{glue:text}`purpose_top`的用户占{glue:text}`purpose_top_share`，{glue:text}`purpose_top_cheng`；其后是{glue:text}`purpose_others`（{numref}`fig-purposes`）。问答之外，内容创作是第二大类用途，文字类与图像、视频类只差{glue:text}`purpose_creation_gap`。{footcite}`report`
#
# 这道题可以多选：已公布的{glue:text}`purpose_known_count`项相加已达{glue:text}`purpose_known_sum`，说明不少用户同时有几种用途。报告还点名了{glue:text}`purpose_unknown`这{glue:text}`purpose_unknown_count`类用途，却没有给出比例，图中只标“未公布”，不画柱子；它们的比例不能从其他各项推算。

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
    gender_fewer=sexes.fewer["gender"],
    gender_gap=fmt.pp(sexes.more["value"] - sexes.fewer["value"]),
    gender_per_hundred=fmt.number(sexes.fewer_per_hundred),
)

# %% [markdown]
# **性别。** {glue:text}`gender_period`的用户中，{glue:text}`gender_order`为{glue:text}`gender_ratio`，{glue:text}`gender_more`性用户多出{glue:text}`gender_gap`，相当于每一百名{glue:text}`gender_more`性用户对应约{glue:text}`gender_per_hundred`名{glue:text}`gender_fewer`性用户（{numref}`fig-gender`）。报告认为这与整体网民的性别结构相差不大，但本章所用的数据没有整体网民的性别构成，这一判断在此无法复核。{footcite}`report`

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
    age_below_open_cheng=fmt.cheng(ages.below_open_share),
    age_users_total=fmt.with_unit(ages.users_then, unit),
)

# %% [markdown]
# **年龄。** 用户以中青年和低龄人群为主。{glue:text}`age_period`，{glue:text}`age_top`的用户占比{choose}`age_top_tied|True=并列最高|False=最高`，为{glue:text}`age_top_share`；{glue:text}`age_open_group`以下的用户合计{glue:text}`age_below_open_share`，{glue:text}`age_below_open_cheng`（{numref}`fig-age`）。{footcite}`report` 按同期{glue:text}`age_users_total`的用户规模换算，{glue:text}`age_top`的用户{glue:text}`age_top_people`。这类换算假定年龄结构与用户规模出自同一调查，且两者都经过四舍五入，只宜看作量级。{glue:text}`age_open_label`的用户报告只给出合计{glue:text}`age_open_share`，其中各年龄段分别占多少无从得知。

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
    education_junior=fmt.survey_share(schooling.stated.set_index("education").loc["初中"]),
    education_rest=fmt.pct(schooling.rest_share),
    education_rest_label=REST_LABEL,
)

# %% [markdown]
# **学历。** 报告正文只写出了{glue:text}`education_named_count`档的比例：{glue:text}`education_named`，{glue:text}`education_first`{choose}`education_slight|True=略高于|False=高于`{glue:text}`education_second`，相差{glue:text}`education_gap`。{footcite}`report` 其余各档合计应为{glue:text}`education_rest`，这是本书用整体减去已知两档推算的；这部分包括哪些学历档、各占多少，正文都没有写明，{numref}`fig-education` 只把它作为一根灰色的“{glue:text}`education_rest_label`”画出。初中学历的用户占到{glue:text}`education_junior`，这可能与低龄用户多有关——上文{glue:text}`age_top`的用户就占了{glue:text}`age_top_share`，其中不少人仍在上学，但报告没有给出年龄与学历的交叉数据，这只是一个推测。

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
# 面向中小学生的人工智能教育已有一套逐步展开的政策安排：国务院的《新一代人工智能发展规划》提出在中小学开设人工智能相关课程；教育部的《义务教育信息科技课程标准》把人工智能列为课程内容，{glue:text}`education_bases_period`又公布了{glue:text}`education_bases`中小学人工智能教育基地，用试点积累可推广的做法；《中小学人工智能通识教育指南（2025年版）》则把目标落在知识、技能、思维与价值观相融合的人工智能素养上。{footcite}`report`

# %%
stages = facts.minor_stages(data.load("minors_by_stage"), as_of)
fmt.glue_all(
    minor_period=fmt.period(stages.top["as_of"]),
    minor_stage_top=stages.top["stage"],
    minor_stage_top_share=fmt.survey_share(stages.top),
    minor_stage_list=fmt.join(f"{row['stage']}{fmt.survey_share(row)}" for _, row in stages.rows.iterrows()),
    minor_stage_rising=stages.rising,
    minor_stage_bottom=stages.bottom["stage"],
    minor_stage_multiple=fmt.with_unit(stages.multiple, "倍"),
    minor_stage_cheng=fmt.cheng(stages.top["value"], below=True),
)

# %% [markdown]
# 从学段看，{glue:text}`minor_period`未成年网民中用过生成式人工智能产品的比例分别为{glue:text}`minor_stage_list`，{choose}`minor_stage_rising|True=使用率随学段升高而逐级上升|False=使用率并不随学段单调变化`（{numref}`fig-minors-stage`）。最高的{glue:text}`minor_stage_top`阶段是{glue:text}`minor_stage_bottom`阶段的{glue:text}`minor_stage_multiple`，但也{glue:text}`minor_stage_cheng`。{footcite}`report` 这些比例的分母是该学段的网民，与上文以全国人口为分母的普及率口径不同，本节末尾还会回到这一点。

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
penetration_then = facts.penetration_at(users, stages.top["as_of"])
fmt.glue_all(
    minor_purpose_period=fmt.period(top_minor_use["as_of"]),
    minor_purpose_top=top_minor_use["purpose"],
    minor_purpose_top_share=fmt.survey_share(top_minor_use),
    minor_purpose_rest=fmt.join(f"“{row['purpose']}”（{fmt.survey_share(row)}）"
                                for _, row in minor_uses.iloc[1:].iterrows()),
    minor_homework_share=fmt.survey_share(minor_uses.set_index("purpose").loc["写作业"]),
    minor_below_penetration=bool(stages.top["value"] < penetration_then),
    minor_penetration_then=fmt.pct(penetration_then),
)

# %% [markdown]
# 未成年网民用生成式人工智能做得最多的是{glue:text}`minor_purpose_top`，占{glue:text}`minor_purpose_top_share`；其次是{glue:text}`minor_purpose_rest`（{numref}`fig-minors-purposes`）。{footcite}`report` 这里的比例同样以全体未成年网民为分母；如果换成以用过这类产品的未成年人为分母，各项都会更高，但报告没有给出未成年网民的总体使用率，无法换算。
#
# 用来写作业的比例达到{glue:text}`minor_homework_share`，这正是下面这份指南着力防范的用法。{glue:text}`guide_period`，教育部基础教育教学指导委员会发布的《中小学生成式人工智能使用指南（2025年版）》提出了{glue:text}`guide_principles`项应用原则，并按学段区分用法：小学生在老师和家长的陪同下有限度地使用开放式生成功能，初中生学习检查生成内容是否合乎逻辑、与其他来源交叉核对，高中生可以结合技术原理做探究，并评估生成内容的社会影响。指南不允许学生把生成的内容直接当作作业或考试答案提交，要求教师在教学中训练学生的批判性思维，并把人工智能定位为辅助工具，以免学生因依赖它而不再独立思考。{footcite}`fn20`
#
# 最后要提醒一处难以衔接的地方。{glue:text}`age_top`是占比最高的用户群，折合{glue:text}`age_top_people`；但各学段未成年网民的使用率最高只有{glue:text}`minor_stage_top_share`，{choose}``minor_below_penetration|True=却低于同期以全国人口为分母的普及率{glue:text}`minor_penetration_then`，而以网民为分母的比例本应更高才对|False=也不低于同期以全国人口为分母的普及率{glue:text}`minor_penetration_then`，两组数字的方向是一致的``。两组数字可能出自不同的调查或口径（例如{glue:text}`age_top`这一组还包括已经离开中小学的人），报告没有交代，本书不做进一步推算。

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
