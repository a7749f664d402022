# %% [markdown]
# # 用户普及
#
# 本章依次回答：用生成式人工智能的人有多少、增长有多快；用户最先选用哪款产品、拿它做什么；用户在性别、年龄和学历上是怎样的构成；未成年人用得怎么样，教育部门又怎样规范中小学生的使用。
#
# 要点如下：
#
# - 截至{glue:text}`users_period`，用户规模为{glue:text}`users_now`，普及率{glue:text}`penetration_now`；比{glue:text}`users_before_period`{glue:text}`users_change_word`{glue:text}`users_change`（{numref}`fig-users`，{numref}`tab-users-series`）。
# - 用户首选的产品以{glue:text}`fc_leader`（{glue:text}`fc_leader_share`）和{glue:text}`fc_second`（{glue:text}`fc_second_share`）为主，两者合计{glue:text}`fc_named_total`（本书计算，{numref}`fig-first-choice`）。
# - {glue:text}`purpose_top_share`的用户用它{glue:text}`purpose_top`，是报告所说最普遍的用途；正文另写出了{glue:text}`purpose_others`，日常办公、休闲娱乐、创作内容等场景则没有写出比例（{numref}`fig-purposes`）。
# - 用户偏年轻：{glue:text}`age_top`的占比{choose}`age_top_tied|True=并列最高|False=最高`，为{glue:text}`age_top_share`；{glue:text}`age_open_label`合计占{glue:text}`age_open_share`（{numref}`fig-age`）。
# - 用户中{glue:text}`gender_more`性多一些，{glue:text}`gender_order`为{glue:text}`gender_ratio`；学历方面，正文只写出{glue:text}`education_named`（{numref}`fig-gender`，{numref}`fig-education`）。
# - 用过这类产品的未成年网民比例，以{glue:text}`minor_stage_top`阶段最高（{glue:text}`minor_stage_top_share`，{numref}`fig-minors-stage`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, editions, fmt, series, sources, tables, texts
from genai_book.facts import users as facts

data.use(data_dir, as_of)

# %% [markdown]
# ## 用户规模与普及率
#
# CNNIC 的调查把“普及率”定义为过去半年里用过生成式人工智能产品或服务的人占全国人口的比例。报告没有单独定义用户规模，本书按同一口径，把它理解为过去半年用过的人数。

# %%
scale = facts.scale(data.load("users_series"), data.load("stated_changes"), as_of)
top, unit = scale.headline, scale.headline.unit
fmt.glue_all(
    **texts.users_headline(top),
    **texts.stated_changes(scale.stated),
    users_before=fmt.with_unit(top.users.before, unit),
    users_growth_rate=fmt.pct(top.growth_rate),
    penetration_before=fmt.pct(top.penetration.before),
    users_source=series.at(scale.rows, as_of, metric="users")["source_id"].iloc[0],
    report_edition=as_of == editions.report_edition(),
    edition_survey=sources.named(editions.listed()[as_of]["source_id"]),
    surge_year=fmt.period(editions.report_edition()[:4]),
    stated_standing=scale.standing,
    stated_metrics=scale.stated_metrics,
    stated_verdict=scale.verdict,
    stated_base=fmt.period(scale.stated_base) if scale.stated else "",
    stated_source=fmt.join(sources.in_sentence(s) for s in scale.stated_sources),
    users_period_count=fmt.small_number(len(scale.levels)),
    users_has_implied=scale.has_implied,
)

# %% [markdown]
# {choose}``report_edition|True=|False=本版的新数字出自{glue:text}`edition_survey`：``截至{glue:text}`users_period`，用户规模为{glue:text}`users_now`，普及率为{glue:text}`penetration_now`（{numref}`fig-users`）。{choose}``users_source|report={footcite}`report`|stdaily_2026_02_05={footcite}`stdaily_2026_02_05` `` {choose}``stated_standing|circular=半年间用户{glue:text}`users_change_word`{glue:text}`users_change`，普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`，这两个变化量是报告给出的。报告正文没有写出{glue:text}`users_before_period`的用户规模和普及率；图中的{glue:text}`users_before`和{glue:text}`penetration_before`是本书由这两项变化倒推的（浅色柱）。|checked=与{glue:text}`users_before_period`相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，增幅{glue:text}`users_growth_rate`；普及率由{glue:text}`penetration_before`{glue:text}`penetration_change_word`{glue:text}`penetration_change`。这两项变化是本书用两期数值相减算出的。|none=与{glue:text}`users_before_period`相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，增幅{glue:text}`users_growth_rate`；普及率由{glue:text}`penetration_before`{glue:text}`penetration_change_word`{glue:text}`penetration_change`。这两项变化是本书用两期数值相减算出的。``
#
# {choose}``report_edition|True=报告把用户规模和普及率的明显上升归功于豆包、DeepSeek 等产品在{glue:text}`surge_year`上半年迅速普及。|False=报告曾把{glue:text}`surge_year`上半年的明显增长归功于豆包、DeepSeek 等产品的迅速普及；此后的变化，本版没有收录来源的解释。`` {footcite}`report`
#
# {choose}``stated_standing|none=|circular=|checked=据{glue:text}`stated_source`的报道，这次调查还写出了与{glue:text}`stated_base`相比的变化：``{choose}``stated_metrics|users+penetration=用户规模{glue:text}`users_stated_word`{glue:text}`users_stated`，普及率{glue:text}`penetration_stated_word`{glue:text}`penetration_stated`；本书用两期数值算出的分别是{glue:text}`users_computed`和{glue:text}`penetration_computed`。|users=用户规模{glue:text}`users_stated_word`{glue:text}`users_stated`，本书用两期数值算出的是{glue:text}`users_computed`。|penetration=普及率{glue:text}`penetration_stated_word`{glue:text}`penetration_stated`，本书用两期数值算出的是{glue:text}`penetration_computed`。|none=``{choose}`stated_verdict|consistent=印出的数字都只精确到末位，来源若据未经舍入的数字计算，结果会与由印出的数字算出的略有出入；这里的差别没有超出舍入所能解释的幅度，两种算法并不矛盾。|differs=这里的差别超出了原文数字四舍五入所能解释的幅度，数据表与原文必有一处需要核对。|none=`

# %%
charts.period_bars(
    "fig-users", scale.levels.assign(时期=scale.levels["as_of"].map(fmt.period), 普及率=scale.levels["penetration"],
                                     普及率文字=scale.levels["penetration"].map(fmt.pct),
                                     用户规模=[fmt.with_unit(v, unit) for v in scale.levels["users"]]),
    value="普及率", label="普及率文字", inner="用户规模", status="status", value_title="普及率（%）",
    label_name="普及率", inner_name="用户", alt_title="生成式人工智能普及率与用户规模",
    table=texts.users_series_table(scale.rows), sources=scale.rows["source_id"].unique(),
)
tables.glue_table("tab_users_series", texts.users_series_table(scale.rows)[["时期", "指标", "数值", "口径", "来源"]],
                  caption="本版收录的各期用户规模与普及率", name="tab-users-series")

# %% [markdown]
# ```{glue:figure} fig-users
# :name: fig-users
#
# 生成式人工智能普及率与用户规模（柱高与柱顶数字为普及率，柱内数字为用户规模{choose}`users_has_implied|True=；浅色柱为本书倒推的数值|False=`）
# ```
#
# {numref}`tab-users-series` 列出本版收录的{glue:text}`users_period_count`期数值，逐项注明是来源原有的数，还是本书根据来源所写的变化倒推的，以及出自哪一份来源。
#
# ```{glue:md} tab_users_series
# :format: myst
# ```

# %% [markdown]
# ## 用户使用的产品

# %%
products = facts.products(data.load("first_choice"), data.load("users_facts"), data.load("figure_catalog"),
                          data.load("features_facts"), as_of)
choice = products.choice
fmt.glue_all(
    **fmt.rows(products.stated, "deepseek_days_to_peak", "deepseek_dau", "deepseek_top_markets"),
    product_rates_figure=products.rates_figure["title"],
    product_rates_values=products.rates_figure["values_in_text"],
    ds_period=fmt.period(products.stated.loc["deepseek_dau", "as_of"]),
    ds_year=fmt.period(products.stated.loc["deepseek_dau", "as_of"][:4]),  # R1: the Spring Festival of that year
    r1_month=fmt.period(products.r1_release).split("年")[-1],  # the report's chapter 01 gives no year
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
    whole_share=fmt.with_unit(100, "%"),
)
charts.bar_figure(
    "fig-first-choice", choice.ranked, "product", category_title="产品", value_title="首选该产品的用户比例（%）",
    alt_title=f"{fmt.period(choice.leader['as_of'])}生成式人工智能用户首先选择使用的产品", describe=fmt.survey_share,
)

# %% [markdown]
# {choose}``survey_updated|False=本版所据的新来源只更新了用户规模和普及率；本节和以下各节的产品、用途与人群结构数字仍是报告的调查结果。|True=`` 据报告的免责声明，它的调查数据截至{glue:text}`fc_period`，本章以下各节的数字都出自这次调查。
#
# 报告认为，我国生成式人工智能应用的市场格局正在形成：豆包和 DeepSeek 的使用率明显高于其他产品。按报告的定义，“使用率”指“过去半年使用过某款产品的用户在所有生成式人工智能用户中的比例”。报告为此配了“{glue:text}`product_rates_figure`”一图，但{choose}`product_rates_values|none=正文没有写出任何一款产品的数值|partial=正文只写出了其中一部分数值`，本书因此不画这幅图。{footcite}`report`
#
# 报告特别提到 DeepSeek：R1 版本在{glue:text}`ds_year`春节期间推出，很快在全球引起注意（报告第一章写作“{glue:text}`r1_month`”发布）。据报告所引{glue:text}`ds_period`新华网的报道，DeepSeek 应用上线{glue:text}`deepseek_days_to_peak`，全球日活跃用户便已{glue:text}`deepseek_dau`，并在{glue:text}`deepseek_top_markets`国家和地区的应用市场拿下榜首。{footcite}`fn19` 报告认为，论用户增长之快，它已超过 ChatGPT，居全球生成式人工智能应用之首。{footcite}`report`
#
# 问到最先会选用哪款产品，{glue:text}`fc_leader`以{glue:text}`fc_leader_share`居首，{glue:text}`fc_second`以{glue:text}`fc_second_share`次之，两者合计{glue:text}`fc_named_total`（本书计算）；首选其他产品的用户合计{glue:text}`fc_others_share`，报告正文没有细分（{numref}`fig-first-choice`）。{footcite}`report` {choose}``fc_sum_exact|True=三项相加恰为{glue:text}`whole_share`（本书计算）。|False=三项相加为{glue:text}`fc_sum`（本书计算），差额应是四舍五入所致。``
#
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
    purpose_others=texts.shares(uses.known.iloc[1:], "purpose", quote=True),
    purpose_known_count=fmt.small_number(len(uses.known)),
    purpose_known_sum=fmt.pct(uses.known["value"].sum()),
)
charts.bar_figure(
    "fig-purposes", uses.listed, "purpose", category_title="用途", value_title="用过这一用途的用户比例（%）",
    alt_title=f"{fmt.period(uses.top['as_of'])}用户使用生成式人工智能产品的目的", describe=fmt.survey_share,
    sort=list(uses.listed["purpose"]),
)

# %% [markdown]
# 报告指出，在它列出的用途中，用它{glue:text}`purpose_top`的用户最多，有{glue:text}`purpose_top_share`；正文另写出了{glue:text}`purpose_others`（{numref}`fig-purposes`）。报告列出的日常办公、休闲娱乐和创作内容（包括文字、图片、音频、视频）几类场景，正文都没有写出比例；“生成或处理文本”“生成图片、视频”两项与这些场景怎样对应，报告也没有说明。{footcite}`report` 这几项在图中标为“未写明”（指正文未写出比例），不画柱子，也不参与排序，本书不作推算。
#
# 正文写出的{glue:text}`purpose_known_count`项相加已达{glue:text}`purpose_known_sum`（本书计算），超过{glue:text}`whole_share`，这道题应可多选，不过报告没有写明。
#
# ```{glue:figure} fig-purposes
# :name: fig-purposes
#
# 用户使用生成式人工智能产品的目的（{glue:text}`purpose_period`；正文写出的各项合计超过全体，应可多选；灰色斜体“未写明”表示报告正文提到但未写出比例）
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
)
charts.bar_figure(
    "fig-gender", sexes.rows, "gender", category_title="性别", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(sexes.more['as_of'])}生成式人工智能用户的性别结构", describe=fmt.survey_share,
)

# %% [markdown]
# **性别。** {glue:text}`gender_period`的用户中，{glue:text}`gender_order`为{glue:text}`gender_ratio`，{glue:text}`gender_more`性多一些（{numref}`fig-gender`）。报告认为这与整体网民的性别结构相差不大。{footcite}`report` 报告没有给出整体网民的性别构成，本书无法核对这一判断。
#
# ```{glue:figure} fig-gender
# :name: fig-gender
#
# 生成式人工智能用户的性别结构（{glue:text}`gender_period`）
# ```

# %%
ages = facts.age(data.load("user_age"), scale.rows, as_of)
people = [fmt.with_unit(round(n, 2), unit, "约") for n in ages.rows["人数"]]
fmt.glue_all(
    age_period=fmt.period(ages.rows["as_of"].iloc[0]),
    age_middle=texts.shares(ages.middle, "age_group"),
    age_open_share=fmt.survey_share(ages.open_group),
    age_top=fmt.join(ages.top["age_group"]),
    age_top_tied=len(ages.top) > 1,
    age_top_share=fmt.survey_share(ages.top.iloc[0]),
    age_top_people=fmt.with_unit(ages.top_people, unit, "约"),
    age_open_label=ages.open_group["age_group"],
    age_users_total=fmt.with_unit(ages.users_then, unit),
)
charts.bar_figure(
    "fig-age", ages.rows, "age_group", category_title="年龄段", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(ages.rows['as_of'].iloc[0])}生成式人工智能用户的年龄结构（括号内为本书折合的人数）",
    describe=fmt.survey_share, sort=list(ages.rows["age_group"]),
    labels=[f"{fmt.survey_share(row)}（{n}）" for (_, row), n in zip(ages.rows.iterrows(), people)],
    extra_columns={"折合人数（本书推算）": people},
)

# %% [markdown]
# **年龄。** 报告的看法是，用户主要集中在中低年龄段。{glue:text}`age_period`，{glue:text}`age_top`的用户{choose}`age_top_tied|True=并列最多|False=最多`，占{glue:text}`age_top_share`；往上是{glue:text}`age_middle`；{glue:text}`age_open_label`的用户合计占{glue:text}`age_open_share`，报告正文没有写出其中各年龄段的比例（{numref}`fig-age`）。{footcite}`report` 按同期{glue:text}`age_users_total`的用户规模折算，{glue:text}`age_top`的用户{glue:text}`age_top_people`（本书推算，前提是年龄结构与用户规模出自同一调查）。
#
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
    education_period=fmt.period(schooling.stated["as_of"].iloc[0]),
    education_named=texts.shares(schooling.stated, "education"),
    education_named_count=fmt.small_number(len(schooling.stated)),
    education_rest=fmt.pct(schooling.rest_share),
    education_rest_label=REST_LABEL,
)
charts.bar_figure(
    "fig-education", education_shown, "education", category_title="学历", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(schooling.stated['as_of'].iloc[0])}生成式人工智能用户的学历结构",
    describe=fmt.survey_share, sort=list(education_shown["education"]),
    labels=[fmt.survey_share(row) + ("（推算）" if row["status"] == "computed" else "")
            for _, row in education_shown.iterrows()],
)

# %% [markdown]
# **学历。** 报告正文只写出了{glue:text}`education_named_count`档的比例：{glue:text}`education_named`。{footcite}`report` 其余各档合计约{glue:text}`education_rest`，是本书用全体减去已知各档推算的；这部分包括哪些学历、各占多少，正文没有写明，{numref}`fig-education` 只把它画成一根灰色的“{glue:text}`education_rest_label`”。
#
# ```{glue:figure} fig-education
# :name: fig-education
#
# 生成式人工智能用户的学历结构（{glue:text}`education_period`；灰色为本书推算的其余各档合计）
# ```

# %% [markdown]
# ## 未成年人

# %%
stages = facts.minor_stages(data.load("minors_by_stage"), as_of)
minor_uses = facts.minor_purposes(data.load("minors_purposes"), as_of)
stated = products.stated
fmt.glue_all(
    **fmt.rows(stated, "ai_education_bases"),
    plan_period=fmt.period(stated.loc["ai_plan_school_courses", "as_of"]),
    standard_period=fmt.period(stated.loc["it_curriculum_standard", "as_of"]),
    bases_period=fmt.period(stated.loc["ai_education_bases", "as_of"]),
    literacy_guide_period=fmt.period(stated.loc["ai_literacy_guide", "as_of"]),
    guide_period=fmt.period(stated.loc["ai_use_guide_principles", "as_of"]),
    guide_principles=fmt.small_number(stated.loc["ai_use_guide_principles", "value"]),
    minor_period=fmt.period(stages.top["as_of"]),
    minor_stage_top=stages.top["stage"],
    minor_stage_top_share=fmt.survey_share(stages.top),
    minor_stage_list=texts.shares(stages.rows, "stage"),
    minor_stage_rising=stages.rising,
    minor_purpose_top=minor_uses.iloc[0]["purpose"],
    minor_purpose_top_share=fmt.survey_share(minor_uses.iloc[0]),
    minor_purpose_rest=texts.shares(minor_uses.iloc[1:], "purpose", quote=True),
    minor_purpose_period=fmt.period(minor_uses.iloc[0]["as_of"]),
    minor_purpose_count=fmt.small_number(len(minor_uses)),
    minor_homework_share=fmt.survey_share(minor_uses.set_index("purpose").loc["帮助写作业"]),
)
charts.bar_figure(
    "fig-minors-stage", stages.rows, "stage", category_title="学段", value_title="该学段网民中的使用率（%）",
    alt_title=f"{fmt.period(stages.top['as_of'])}各学段未成年网民使用生成式人工智能产品的比例",
    describe=fmt.survey_share, sort=list(stages.rows["stage"]),
)
charts.bar_figure(
    "fig-minors-purposes", minor_uses, "purpose", category_title="用途", value_title="占未成年网民的比例（%）",
    alt_title=f"{fmt.period(minor_uses.iloc[0]['as_of'])}未成年网民使用生成式人工智能产品的目的", describe=fmt.survey_share,
)

# %% [markdown]
# 报告先指出，国家近年来很重视面向未成年人的人工智能通识教育，并回顾了几份文件。国务院的《新一代人工智能发展规划》（{glue:text}`plan_period`）已经提出，中小学要开设人工智能相关课程；教育部{glue:text}`standard_period`印发的《义务教育信息科技课程标准》把人工智能列为课程内容；{glue:text}`bases_period`，教育部公布了{glue:text}`ai_education_bases`中小学人工智能教育基地，用意是借基地试点摸索新的教学思路和做法，总结出能推广的经验，让中小学的人工智能教育走得更深。
#
# 到{glue:text}`literacy_guide_period`，教育部又发布《中小学人工智能通识教育指南（2025年版）》。按报告的概括，这份指南要把知识、技能、思维和价值观结合起来，形成“四位一体”的人工智能素养，并注重培养学生的创新思维、批判性思维、人机协作能力和社会责任意识。{footcite}`report`
#
# 各学段未成年网民用过生成式人工智能产品的比例为{glue:text}`minor_stage_list`，{choose}`minor_stage_rising|True=学段越高，比例越高|False=比例并不随学段升高`（{numref}`fig-minors-stage`）。{footcite}`report` 这些比例的分母是该学段的网民，与上文以全国人口为分母的普及率口径不同。
#
# ```{glue:figure} fig-minors-stage
# :name: fig-minors-stage
#
# 各学段未成年网民使用生成式人工智能产品的比例（{glue:text}`minor_period`）
# ```
#
# 在正文写出的{glue:text}`minor_purpose_count`种用途中，{glue:text}`minor_purpose_top`的比例最高，为{glue:text}`minor_purpose_top_share`，其余依次是{glue:text}`minor_purpose_rest`（{numref}`fig-minors-purposes`）。{footcite}`report` 报告的写法是“{glue:text}`minor_purpose_top_share`的未成年网民”如何如何，分母应是全体未成年网民，而不只是用过的人；报告没有写出未成年网民的总体使用率，这些比例无法换算成用过的人当中的比例。
#
# ```{glue:figure} fig-minors-purposes
# :name: fig-minors-purposes
#
# 未成年网民使用生成式人工智能产品的目的（{glue:text}`minor_purpose_period`；占全体未成年网民的比例）
# ```
#
# 报告随后附有一个专栏，题为“防范学生过度依赖生成式人工智能”，介绍教育部基础教育教学指导委员会发布的《中小学生成式人工智能使用指南（2025年版）》；专栏所据的是{glue:text}`guide_period`的一篇报道。按专栏的介绍，指南意在让中小学把生成式人工智能用得科学、规范，为建设由人工智能带动的新型教育生态出力，也为国家创新体系的整体提升助一臂之力。{footcite}`fn20`
#
# 指南定下{glue:text}`guide_principles`项应用原则，专栏逐项作了说明。头一项以育人为本、重在素养：学生在用的过程中，要养成智能时代所需的价值观、品格和能力。第二项讲公平与差异：工具要让各地区、各类学生都能用上，身体或认知有障碍的学生也不例外。第三项讲价值引领：技术要向善，教育生态要健康、积极。第四项讲按需推进：各校从自身情况出发，有目的、有计划、有组织地挑选和使用工具，循序渐进。第五项讲安全：从数据、伦理、内容到风险，每一环都有保障，安全底线要守牢。{footcite}`fn20`
#
# 指南还提出“分学段差异化应用”，各学段由浅入深，重在避免学生过度依赖技术：小学阶段在老师、家长的帮助下适当使用开放式的生成功能，不让不当使用妨碍打基础，老师要在课内开展好人机协同教学；初中阶段可以适度分析生成内容的逻辑，老师指导学生交叉验证它是否合理；高中阶段可以结合技术原理做探究，并引导学生自己评估生成内容的社会影响。{footcite}`fn20`
#
# 为了不让学生因过度依赖而少了独立思考，指南在制度、教学和定位等方面都设了防线：作业和考试答案不许直接用人工智能生成的内容，创造性任务里也要限制滥用，不让它替学生代劳；老师要多训练学生的批判性思维，让他们学会质疑和辨别机器给出的内容，处理信息时更有主见；人工智能在教育中只是辅助，使用要有边界，让技术赋能与教育本身的目的相统一，促进学生思维能力的全面发展。{footcite}`fn20` 报告正文只给出未成年网民用它帮助写作业的比例（{glue:text}`minor_homework_share`），没有写明具体用法，据此无法判断其中有多少属于指南禁止的做法。

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["users_series", "stated_changes", "figure_catalog", "first_choice", "users_facts",
                       "features_facts", "use_purposes", "user_gender", "user_age", "user_education", "minors_by_stage",
                       "minors_purposes"])

# %% [markdown]
# ```{footbibliography}
# ```
