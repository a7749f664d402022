# %% [markdown]
# # 用户普及
#
# 本章依次回答：用生成式人工智能的人有多少、增长有多快；用户最先选用哪款产品、拿它做什么；用户在性别、年龄和学历上是怎样的构成；未成年人用得怎么样，教育部门又怎样规范中小学生的使用。
#
# 要点如下：
#
# - 到{glue:text}`users_period`，用户规模达到{glue:text}`users_now`，普及率{glue:text}`penetration_now`；比{glue:text}`users_before_period`{glue:text}`users_change_word`{glue:text}`users_change`（{numref}`fig-users`，{numref}`tab-users-series`）。
# - 用户首选的产品高度集中：{glue:text}`fc_leader`以{glue:text}`fc_leader_share`居首，与{glue:text}`fc_second`合计{glue:text}`fc_named_total`（本书计算，{numref}`fig-first-choice`）。
# - 在报告给出比例的用途中，{glue:text}`purpose_top`最普遍，为{glue:text}`purpose_top_share`；报告还提到{glue:text}`purpose_unknown`，但没有给出比例（{numref}`fig-purposes`）。
# - 用户偏年轻：{glue:text}`age_top`的占比{choose}`age_top_tied|True=并列最高|False=最高`，为{glue:text}`age_top_share`；{glue:text}`age_open_group`以下的用户合计{glue:text}`age_below_open_share`（本书计算，{numref}`fig-age`）。
# - 未成年网民中，用过生成式人工智能产品的比例以{glue:text}`minor_stage_top`阶段最高（{glue:text}`minor_stage_top_share`，{numref}`fig-minors-stage`）。

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
# CNNIC 的调查把“普及率”定义为过去半年里用过生成式人工智能产品或服务的人占全国人口的比例。报告没有单独定义用户规模，本书按同一口径，把它理解为过去半年用过的人数。{footcite}`report`

# %%
scale = facts.scale(data.load("users_series"), data.load("stated_changes"), as_of)
top, unit = scale.headline, scale.headline.unit
fmt.glue_all(
    **texts.users_headline(top, without=["users_multiple"]),
    **texts.stated_changes(scale.stated),
    users_before=fmt.with_unit(top.users.before, unit),
    users_growth_rate=fmt.pct(top.growth_rate),
    penetration_before=fmt.pct(top.penetration.before),
    users_source=series.at(scale.rows, as_of, metric="users")["source_id"].iloc[0],
    report_edition=as_of == editions.report_edition(),
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
# 到{glue:text}`users_period`，我国用过生成式人工智能的人已有{glue:text}`users_now`，普及率达到{glue:text}`penetration_now`（{numref}`fig-users`）。{choose}``users_source|report={footcite}`report`|stdaily_2026_02_05={footcite}`stdaily_2026_02_05` `` {choose}``stated_standing|circular=与{glue:text}`users_before_period`相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`，这两项半年变化都是报告写明的。{glue:text}`users_before_period`的用户规模（{glue:text}`users_before`）和普及率（{glue:text}`penetration_before`）报告没有给出，是本书由这两项变化倒推的（图中的浅色柱），因此不能反过来用它们核对报告；用户的增幅{glue:text}`users_growth_rate`也由此算出（本书计算）。|checked=与{glue:text}`users_before_period`相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，增幅{glue:text}`users_growth_rate`；普及率由{glue:text}`penetration_before`{glue:text}`penetration_change_word`{glue:text}`penetration_change`。这两项变化是本书用两期数值相减算出的。|none=与{glue:text}`users_before_period`相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，增幅{glue:text}`users_growth_rate`；普及率由{glue:text}`penetration_before`{glue:text}`penetration_change_word`{glue:text}`penetration_change`。这两项变化是本书用两期数值相减算出的。``
#
# {choose}``report_edition|True=报告认为，用户规模和普及率明显上升，主要得益于豆包、DeepSeek 等产品在{glue:text}`surge_year`上半年迅速普及。|False=报告曾把{glue:text}`surge_year`上半年的明显增长主要归于豆包、DeepSeek 等产品的迅速普及；此后的变化，本版没有收录来源的解释。`` {footcite}`report`
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
# 生成式人工智能普及率与用户规模（柱高与柱顶数字为普及率，柱内数字为用户规模{choose}`users_has_implied|True=；浅色柱为由来源所写的变化推算的数值|False=`）
# ```
#
# {numref}`tab-users-series` 列出本版收录的{glue:text}`users_period_count`期数值，逐项注明是来源直接写出的还是本书由来源所写的变化推算的，以及出自哪一份来源。
#
# ```{glue:md} tab_users_series
# :format: myst
# ```

# %% [markdown]
# ## 用户使用的产品

# %%
products = facts.products(data.load("first_choice"), data.load("users_facts"), data.load("figure_catalog"), as_of)
choice = products.choice
fmt.glue_all(
    **fmt.rows(products.stated, "deepseek_days_to_peak", "deepseek_dau", "deepseek_top_markets"),
    product_rates_figure=products.rates_figure["title"],
    product_rates_values=products.rates_figure["values_in_text"],
    ds_period=fmt.period(products.stated.loc["deepseek_dau", "as_of"]),
    ds_year=fmt.period(products.stated.loc["deepseek_dau", "as_of"][:4]),  # R1: the Spring Festival of that year
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
    fc_whole=fmt.with_unit(100, "%"),
)
charts.bar_figure(
    "fig-first-choice", choice.ranked, "product", category_title="产品", value_title="首选该产品的用户比例（%）",
    alt_title=f"{fmt.period(choice.leader['as_of'])}生成式人工智能用户首先选择使用的产品", describe=fmt.survey_share,
)

# %% [markdown]
# {choose}``survey_updated|False=本版所据的新来源只更新了用户规模和普及率；本节和以下各节的产品、用途与人群结构数字仍是{glue:text}`fc_period`的调查结果。|True=``
#
# 报告判断，国内各款生成式人工智能产品之间的强弱已初步分明：按使用率，即过去半年用过某款产品的人在全部用户中所占的比例，豆包和 DeepSeek 明显高于其他产品。报告为此配了“{glue:text}`product_rates_figure`”一图，但{choose}`product_rates_values|none=正文没有写出任何一款产品的数值|partial=正文只写出了其中一部分数值`，本书因此不画这幅图。{footcite}`report`
#
# 其中 DeepSeek 尤其引人注目。报告说，它在{glue:text}`ds_year`春节期间发布 R1 版本，随即受到全球关注（第一章已谈到这款模型）。据{glue:text}`ds_period`的报道，R1 上线还{glue:text}`deepseek_days_to_peak`，全球每天活跃的 DeepSeek 用户已{glue:text}`deepseek_dau`，在{glue:text}`deepseek_top_markets`国家和地区的应用市场排名第一。{footcite}`fn19` 报告认为，论用户增长之快，它已超过 ChatGPT，居全球生成式人工智能应用之首。{footcite}`report`
#
# 问用户最先会选用哪款产品，答案集中在两款上（{numref}`fig-first-choice`）。在截至{glue:text}`fc_period`的调查中，{glue:text}`fc_leader`以{glue:text}`fc_leader_share`居首，{glue:text}`fc_second`以{glue:text}`fc_second_share`次之，两者合计{glue:text}`fc_named_total`（本书计算）；首选其他产品的用户合计{glue:text}`fc_others_share`，报告没有细分。{footcite}`report`
#
# ```{glue:figure} fig-first-choice
# :name: fig-first-choice
#
# 生成式人工智能用户首先选择使用的产品（{glue:text}`fc_period`；“{glue:text}`fc_others`”只有合计；{choose}``fc_sum_exact|True=三项合计{glue:text}`fc_whole`|False=三项因四舍五入合计{glue:text}`fc_sum` ``）
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
    purpose_unknown=fmt.join(uses.unknown["purpose"]),
)
charts.bar_figure(
    "fig-purposes", uses.listed, "purpose", category_title="用途", value_title="用过这一用途的用户比例（%）",
    alt_title=f"{fmt.period(uses.top['as_of'])}用户使用生成式人工智能产品的目的", describe=fmt.survey_share,
    sort=list(uses.listed["purpose"]),
)

# %% [markdown]
# 报告给出比例的用途只有{glue:text}`purpose_known_count`项。最常见的是{glue:text}`purpose_top`：在截至{glue:text}`purpose_period`的调查中，{glue:text}`purpose_top_share`的用户这样用过；其后是{glue:text}`purpose_others`（{numref}`fig-purposes`）。报告列出的场景中，日常办公和休闲娱乐没有比例；它所说的创作内容涵盖文字、图片、音频和视频，其中文字和图片、视频各有比例，音频没有。这几项在图中标为“未公布”，不画柱子，也不参与排序，本书不作推算。{footcite}`report`
#
# 已公布的{glue:text}`purpose_known_count`项相加已达{glue:text}`purpose_known_sum`，超过了全体，可见一位用户可以填报不止一种用途；报告没有写明这道题是否多选。
#
# ```{glue:figure} fig-purposes
# :name: fig-purposes
#
# 用户使用生成式人工智能产品的目的（{glue:text}`purpose_period`；已公布的各项合计超过全体，应可多选；灰色斜体“未公布”表示报告提到但未给比例）
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
# **性别。** {glue:text}`gender_period`的用户中，{glue:text}`gender_order`为{glue:text}`gender_ratio`，{glue:text}`gender_more`性多一些（{numref}`fig-gender`）。报告认为这与整体网民的性别结构相差不大；本章所用的数据没有整体网民的性别构成，这一判断在此无法复核。{footcite}`report`
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
    age_list=fmt.join(f"{row['age_group']}（{fmt.survey_share(row)}）" for _, row in ages.rows.iterrows()),
    age_top=fmt.join(ages.top["age_group"]),
    age_top_tied=len(ages.top) > 1,
    age_top_share=fmt.survey_share(ages.top.iloc[0]),
    age_top_people=fmt.with_unit(ages.top_people, unit, "约"),
    age_open_group=ages.open_group["age_group"].removesuffix(facts.OPEN_AGE_SUFFIX),
    age_open_label=ages.open_group["age_group"],
    age_below_open_share=fmt.pct(ages.below_open_share),
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
# **年龄。** 报告的看法是，用户主要集中在中低年龄段。{glue:text}`age_period`，各年龄段的占比依次为{glue:text}`age_list`（{numref}`fig-age`）。{footcite}`report` 其中{glue:text}`age_top`{choose}`age_top_tied|True=并列最高|False=最高`；{glue:text}`age_open_group`以下的各段合计{glue:text}`age_below_open_share`（本书计算）。按同期{glue:text}`age_users_total`的用户规模折算，{glue:text}`age_top`的用户{glue:text}`age_top_people`（本书推算）；年龄结构和用户规模都经过四舍五入，这个数只表示量级。{glue:text}`age_open_label`的用户报告只给出合计，其中各年龄段分别占多少无从得知。
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
    education_named=fmt.join(f"{row['education']}（{fmt.survey_share(row)}）"
                             for _, row in schooling.stated.iterrows()),
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
    minor_stage_list=fmt.join(f"{row['stage']}{fmt.survey_share(row)}" for _, row in stages.rows.iterrows()),
    minor_stage_rising=stages.rising,
    minor_stage_cheng=fmt.cheng(stages.top["value"], below=True),
    minor_purpose_top=minor_uses.iloc[0]["purpose"],
    minor_purpose_top_share=fmt.survey_share(minor_uses.iloc[0]),
    minor_purpose_rest=fmt.join(f"“{row['purpose']}”（{fmt.survey_share(row)}）"
                                for _, row in minor_uses.iloc[1:].iterrows()),
    minor_purpose_period=fmt.period(minor_uses.iloc[0]["as_of"]),
    minor_purpose_count=fmt.small_number(len(minor_uses)),
    minor_homework_share=fmt.survey_share(minor_uses.set_index("purpose").loc["写作业"]),
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
# 报告先指出，国家近年来很重视面向未成年人的人工智能通识教育，并回顾了几份文件。早在{glue:text}`plan_period`，国务院印发的《新一代人工智能发展规划》就提出在中小学开设人工智能相关课程；{glue:text}`standard_period`，教育部在《义务教育信息科技课程标准》中把人工智能列为课程内容；{glue:text}`bases_period`，教育部发布名单，确定{glue:text}`ai_education_bases`中小学人工智能教育基地，让它们先行试点，探索人工智能教育的新思路和新做法，积累可供推广的案例与经验；{glue:text}`literacy_guide_period`，教育部又发布《中小学人工智能通识教育指南（2025年版）》，要求把知识、技能、思维和价值观融为一体，培养学生的创新思维、批判性思维、人机协作能力和社会责任感。{footcite}`report`
#
# 在截至{glue:text}`minor_period`的调查中，各学段未成年网民用过生成式人工智能产品的比例依次为{glue:text}`minor_stage_list`，{choose}`minor_stage_rising|True=学段越高，用过的比例越高|False=使用率并不随学段单调变化`（{numref}`fig-minors-stage`）。即便最高的{glue:text}`minor_stage_top`阶段，也{glue:text}`minor_stage_cheng`。{footcite}`report` 这些比例的分母是该学段的网民，与上文以全国人口为分母的普及率口径不同。
#
# ```{glue:figure} fig-minors-stage
# :name: fig-minors-stage
#
# 各学段未成年网民使用生成式人工智能产品的比例（{glue:text}`minor_period`）
# ```
#
# 问到用途，报告写出了{glue:text}`minor_purpose_count`种：{glue:text}`minor_purpose_top`的比例最高，占{glue:text}`minor_purpose_top_share`，其后是{glue:text}`minor_purpose_rest`（{numref}`fig-minors-purposes`）。{footcite}`report` 这里的分母是全体未成年网民，包括没有用过这类产品的人，所以各项不能相加；报告没有给出未成年网民的总体使用率，这些比例也无法换算成用过的人当中的比例。
#
# ```{glue:figure} fig-minors-purposes
# :name: fig-minors-purposes
#
# 未成年网民使用生成式人工智能产品的目的（{glue:text}`minor_purpose_period`；占全体未成年网民的比例）
# ```
#
# 报告随后附有一个专栏，题为“防范学生过度依赖生成式人工智能”，介绍教育部基础教育教学指导委员会发布的《中小学生成式人工智能使用指南（2025年版）》；专栏所据的是{glue:text}`guide_period`的一篇报道。这份指南意在让生成式人工智能在中小学教育中得到科学、规范的使用。{footcite}`fn20`
#
# 指南提出了{glue:text}`guide_principles`项应用原则。最根本的是以育人为目标，立足于学生的素养；技术要向善，也要公平，让不同地区的学生和有身体或认知障碍的学生都能用上；学校应从自身需要出发，按计划、有组织地选用工具；数据安全、伦理审查、内容监管和风险防控合起来，是不能逾越的安全底线。{footcite}`fn20`
#
# 对不同学段，指南规定了不同的用法，重心是防止学生过度依赖技术。小学生可在教师、家长帮助下适当使用开放式的内容生成功能，以免用得不当妨碍知识的建构和思维的发展，教师则在课堂上开展人机协同教学；初中可以适度尝试分析生成内容的逻辑，学着交叉核对它是否合理；高中可以结合技术原理开展探究性学习，让学生自己评估生成内容的社会影响。{footcite}`fn20`
#
# 在指南里，人工智能的定位是辅助。学生不得把它生成的内容直接抄作作业或考试答案，在创造性任务中也不能滥用它；教师要在教学中多做批判性思维训练，教学生对机器的输出保持怀疑、加以甄别。{footcite}`fn20` 按本书的理解，指南禁止的是照抄，而不是借助人工智能学习本身；上文{glue:text}`minor_homework_share`的未成年网民用它“写作业”，其中有多少属于照抄，调查没有区分。

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["users_series", "stated_changes", "figure_catalog", "first_choice", "users_facts",
                       "use_purposes", "user_gender", "user_age", "user_education", "minors_by_stage",
                       "minors_purposes"])

# %% [markdown]
# ```{footbibliography}
# ```
