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
# - 用户偏年轻：{glue:text}`age_top`的占比{glue:text}`age_top_word`，为{glue:text}`age_top_share`；{glue:text}`age_open_group`以下的用户合计{glue:text}`age_below_open_share`（{numref}`fig-age`）。
# - 未成年网民中，{glue:text}`minor_stage_top`阶段用过生成式人工智能产品的比例最高，为{glue:text}`minor_stage_top_share`（{numref}`fig-minors-stage`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import altair as alt
import pandas as pd

from genai_book import charts, data, fmt, series, sources

data.use(data_dir, as_of)

# %% [markdown]
# ## 用户规模与普及率
#
# CNNIC 的调查把“普及率”定义为过去半年里用过生成式人工智能产品或服务的人占全国人口的比例，用户规模则是这部分人的人数。{footcite}`report`

# %%
users = data.load("users_series")
headcount = series.change(users, as_of, metric="users")
penetration = series.change(users, as_of, metric="penetration")
users_unit = series.at(users, as_of, metric="users")["unit"].iloc[0]
months_between = (pd.Period(headcount.period, "M") - pd.Period(headcount.before_period, "M")).n

fmt.glue("users_period", fmt.period(as_of))
fmt.glue("users_before_period", fmt.period(headcount.before_period))
fmt.glue("users_months", f"{months_between}个月")
fmt.glue("users_now", fmt.with_unit(headcount.now, users_unit))
fmt.glue("users_before", fmt.with_unit(headcount.before, users_unit))
fmt.glue("users_change_word", fmt.change_word(headcount.delta))
fmt.glue("users_change", fmt.with_unit(abs(headcount.delta), users_unit))
fmt.glue("users_growth_rate", fmt.pct(abs(headcount.delta) / headcount.before * 100))
fmt.glue("users_multiple", fmt.with_unit(round(headcount.ratio, 2), "倍"))
fmt.glue("users_multiple_word", fmt.multiple_word(headcount.ratio))
fmt.glue("penetration_now", fmt.pct(penetration.now))
fmt.glue("penetration_before", fmt.pct(penetration.before))
fmt.glue("penetration_change_word", fmt.change_word(penetration.delta, up="提高", down="下降"))
fmt.glue("penetration_change", fmt.pp(penetration.delta))

# %% [markdown]
# 截至{glue:text}`users_period`，我国生成式人工智能用户规模为{glue:text}`users_now`，普及率为{glue:text}`penetration_now`。与{glue:text}`users_before_period`相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，增幅为{glue:text}`users_growth_rate`，规模是当时的{glue:text}`users_multiple`，{glue:text}`users_multiple_word`；普及率由{glue:text}`penetration_before`{glue:text}`penetration_change_word`{glue:text}`penetration_change`。这一变化只用了{glue:text}`users_months`（{numref}`fig-users`）。{footcite}`report`

# %%
stated_changes = data.load("stated_changes")
base_rows = series.at(users, headcount.before_period)


def stated_change(metric: str, change: series.Change):
    """The change the report writes in words for this pair of periods (its size), or None if it writes none."""
    rows = stated_changes[(stated_changes["metric"] == metric) & (stated_changes["as_of"] == change.period)
                          & (stated_changes["base_period"] == change.before_period)]
    return None if rows.empty else float(rows["value"].iloc[0])


def check_text(computed: float, stated, formatter) -> str:
    if stated is None:
        return "报告没有直接写出这一变化，无从核对"
    difference = abs(computed) - stated
    if abs(difference) < 1e-9:
        return "与报告原文写出的变化一致"
    return f"与报告原文写出的变化相差{formatter(abs(difference))}，数据表与原文必有一处需要核对"


stated_users, stated_penetration = stated_change("users", headcount), stated_change("penetration", penetration)
fmt.glue("users_change_check", check_text(headcount.delta, stated_users,
                                          lambda v: fmt.with_unit(round(v, 2), users_unit)))
fmt.glue("penetration_change_check", check_text(penetration.delta, stated_penetration, fmt.pp))
if stated_users is None and stated_penetration is None:
    base_values_note = ""
elif (base_rows["status"] == "implied").all():
    base_values_note = ("需要说明的是，基期的两个数值本身就是由报告所写的变化倒推出来的（表中口径为“据报告推算”），"
                        "所以这项核对只能发现录入上的差错，并不能独立印证报告。")
else:
    base_values_note = "基期数值由报告直接给出，这项核对因此是独立的。"
fmt.glue("base_values_note", base_values_note)


def population_base(users_value: float, share: float, users_decimals: int = 2, share_decimals: int = 1):
    """The population that a user count and its penetration rate imply (users ÷ rate), with the range that the
    rounding of both printed figures allows."""
    users_half, share_half = 0.5 * 10 ** -users_decimals, 0.5 * 10 ** -share_decimals
    middle = users_value / share * 100
    low = (users_value - users_half) / (share + share_half) * 100
    high = (users_value + users_half) / (share - share_half) * 100
    return middle, low, high


base_now = population_base(headcount.now, penetration.now)
base_before = population_base(headcount.before, penetration.before)
bases_overlap = max(base_now[1], base_before[1]) <= min(base_now[2], base_before[2])
fmt.glue("population_base_now", fmt.with_unit(round(base_now[0], 2), users_unit))
fmt.glue("population_base_before", fmt.with_unit(round(base_before[0], 2), users_unit))
fmt.glue("population_base_verdict",
         "两者的差距落在四舍五入可以解释的范围之内，说明两期数据的人口口径一致" if bases_overlap
         else "两者的差距超出了四舍五入能解释的范围，说明两期的人口口径可能不同")

# %% [markdown]
# 以上变化都是本书用两期数值直接相减算出的。用户规模的变化{glue:text}`users_change_check`；普及率的变化{glue:text}`penetration_change_check`。{glue:text}`base_values_note`
#
# 用户规模除以普及率，可以倒推出调查所用的人口基数：{glue:text}`users_period`一期约为{glue:text}`population_base_now`，{glue:text}`users_before_period`一期约为{glue:text}`population_base_before`。{glue:text}`population_base_verdict`。也正因为分母相同，用户规模与普及率的走势必然同步，{numref}`fig-users` 用同一根柱子同时标出两者。

# %%
METRIC_NAMES = {"users": "用户规模", "penetration": "普及率"}
shown_periods = [p for p in series.periods(users) if series.period_end(p) <= as_of]
shown_users = users[users["as_of"].isin(shown_periods)]
by_period = shown_users.pivot(index="as_of", columns="metric").loc[shown_periods]
users_chart_data = pd.DataFrame({
    "时期": [fmt.period(p) for p in shown_periods],
    "普及率": by_period[("value", "penetration")].to_numpy(),
    "普及率文字": [fmt.pct(v) for v in by_period[("value", "penetration")]],
    "用户规模": [fmt.with_unit(v, u) for v, u in zip(by_period[("value", "users")], by_period[("unit", "users")])],
    "口径": [fmt.STATUS_WORDS[s] for s in by_period[("status", "penetration")]],
})
standings = [s for s in charts.STATUS_COLORS if s in set(users_chart_data["口径"])]
users_base = alt.Chart(users_chart_data).encode(
    x=alt.X("时期:N", title=None, sort=list(users_chart_data["时期"]), axis=alt.Axis(labelAngle=0)),
    y=alt.Y("普及率:Q", title="普及率（%）",
            scale=alt.Scale(domain=[0, float(users_chart_data["普及率"].max()) * 1.35], nice=False)),
    tooltip=["时期", alt.Tooltip("普及率文字:N", title="普及率"), "用户规模", "口径"],
)
users_chart = users_base.mark_bar(width={"band": 0.5}).encode(
    color=alt.Color("口径:N", scale=alt.Scale(domain=standings, range=[charts.STATUS_COLORS[s] for s in standings]),
                    legend=alt.Legend(title=None) if len(standings) > 1 else None),
) + users_base.mark_text(baseline="bottom", dy=-4, fontSize=13, fontWeight="bold").encode(
    text="普及率文字:N",
) + users_base.mark_text(baseline="top", dy=6, fontSize=12, color="white").encode(text="用户规模:N")

users_by_metric = shown_users.assign(指标=shown_users["metric"].map(METRIC_NAMES)).sort_values(
    ["metric", "as_of"], ascending=[False, True])  # users first, then penetration, each in time order
users_table = fmt.readable(users_by_metric, {"指标": "指标"}, source="label")
charts.figure(
    "fig_users", users_chart, users_table, sources=shown_users["source_id"].unique(),
    alt="柱状图：生成式人工智能普及率与用户规模，" + "；".join(
        f"{row['时期']}普及率{row['普及率文字']}、用户{row['用户规模']}（{row['口径']}）"
        for _, row in users_chart_data.iterrows()) + "。",
)

implied_periods = [p for p in shown_periods if (series.at(users, p)["status"] == "implied").all()]
fmt.glue("users_implied_caption", "；浅色柱为由报告所写的变化倒推的数值" if implied_periods else "")
fmt.glue("users_implied_note",
         f"图中{fmt.join(fmt.period(p) for p in implied_periods)}的数值并非报告直接写出，而是由报告所写的变化倒推的。"
         if implied_periods else "")

# %% [markdown]
# ```{glue:figure} fig_users
# :name: fig-users
#
# 生成式人工智能普及率与用户规模（柱高与柱顶数字为普及率，柱内数字为用户规模{glue:text}`users_implied_caption`）
# ```
#
# {glue:text}`users_implied_note`报告原图若还画有更早的时期，正文没有给出它们的数值，本书也就无从画出。

# %% [markdown]
# ## 用户使用的产品

# %%
catalog = data.load("figure_catalog").set_index("item")
first_choice = series.latest(data.load("first_choice"), as_of, by=["product"]).sort_values("value", ascending=False)
OTHERS = "其他产品"  # the report gives only the total of every product it does not name
named = first_choice[first_choice["product"] != OTHERS]
leader, second = named.iloc[0], named.iloc[1]
choice_total = round(float(first_choice["value"].sum()), 1)

fmt.glue("product_rates_figure", f"“{catalog.loc['图2', 'title']}”")
fmt.glue("product_rates_values",
         "正文没有给出其中任何一款产品的数值" if catalog.loc["图2", "values_in_text"] == "none"
         else "正文只给出了其中一部分数值")
fmt.glue("fc_period", fmt.period(leader["as_of"]))
fmt.glue("fc_leader", leader["product"])
fmt.glue("fc_leader_share", fmt.survey_share(leader))
fmt.glue("fc_leader_cheng", fmt.cheng(leader["value"]))
fmt.glue("fc_second", second["product"])
fmt.glue("fc_second_share", fmt.survey_share(second))
fmt.glue("fc_lead", fmt.pp(leader["value"] - second["value"]))
fmt.glue("fc_named_total", fmt.pct(named["value"].sum()))
fmt.glue("fc_named_cheng", fmt.cheng(named["value"].sum()))
fmt.glue("fc_others", OTHERS)
fmt.glue("fc_others_share", fmt.survey_share(first_choice[first_choice["product"] == OTHERS].iloc[0]))
fmt.glue("fc_sum_note",
         f"各项相加恰为{fmt.with_unit(100, '%')}" if choice_total == 100 else
         f"各项相加为{fmt.pct(choice_total)}，与{fmt.with_unit(100, '%')}相差{fmt.pp(100 - choice_total)}，"
         f"这是各项分别四舍五入到一位小数造成的，并非漏项")

deepseek = series.newest(data.load("users_facts"), by=["key"]).set_index("key")
fmt.glue("ds_period", fmt.period(deepseek.loc["deepseek_dau", "as_of"]))
fmt.glue("ds_days", fmt.describe(deepseek.loc["deepseek_days_to_peak"]))
fmt.glue("ds_dau", fmt.describe(deepseek.loc["deepseek_dau"]))
fmt.glue("ds_markets", fmt.describe(deepseek.loc["deepseek_top_markets"]))

# %% [markdown]
# 产品层面的竞争格局已经初步成形。报告有一幅图题为{glue:text}`product_rates_figure`的图，但{glue:text}`product_rates_values`，只说豆包和 DeepSeek 的使用率明显高于其他产品。本书因此不画这幅图，只记录这一排序。{footcite}`report` DeepSeek 的迅速走红是这一格局形成的背景之一：据{glue:text}`ds_period`的报道，它上线{glue:text}`ds_days`，全球日活跃用户就{glue:text}`ds_dau`，并在{glue:text}`ds_markets`国家和地区的应用市场登顶。{footcite}`fn19`
#
# 问到“首先会选哪款产品”时，答案高度集中（{numref}`fig-first-choice`）。{glue:text}`fc_period`的调查中，{glue:text}`fc_leader`以{glue:text}`fc_leader_share`排在第一，{glue:text}`fc_leader_cheng`；{glue:text}`fc_second`为{glue:text}`fc_second_share`，落后{glue:text}`fc_lead`。两者合计{glue:text}`fc_named_total`，{glue:text}`fc_named_cheng`，其余所有产品加起来只有{glue:text}`fc_others_share`，而且报告没有拆分这部分。{glue:text}`fc_sum_note`。{footcite}`report`

# %%
charts.bar_figure(
    "fig_first_choice", first_choice, "product", category_title="产品", value_title="首选该产品的用户比例（%）",
    alt_title=f"{fmt.period(leader['as_of'])}生成式人工智能用户首先选择使用的产品", describe=fmt.survey_share,
)

# %% [markdown]
# ```{glue:figure} fig_first_choice
# :name: fig-first-choice
#
# 生成式人工智能用户首先选择使用的产品（{glue:text}`fc_period`；“{glue:text}`fc_others`”只有合计）
# ```

# %% [markdown]
# ## 用户拿它做什么

# %%
purposes = series.latest(data.load("use_purposes"), as_of, by=["purpose"])
known_purposes = purposes[purposes["status"] == "stated"].sort_values("value", ascending=False)
unknown_purposes = purposes[purposes["status"] == "unknown"]
top_purpose = known_purposes.iloc[0]

fmt.glue("purpose_period", fmt.period(top_purpose["as_of"]))
fmt.glue("purpose_top", top_purpose["purpose"])
fmt.glue("purpose_top_share", fmt.survey_share(top_purpose))
fmt.glue("purpose_top_cheng", fmt.cheng(top_purpose["value"]))
fmt.glue("purpose_others", fmt.join(
    f"“{row['purpose']}”（{fmt.survey_share(row)}）" for _, row in known_purposes.iloc[1:].iterrows()))
fmt.glue("purpose_known_count", fmt.small_number(len(known_purposes)))
fmt.glue("purpose_known_sum", fmt.pct(known_purposes["value"].sum()))
fmt.glue("purpose_unknown_count", fmt.small_number(len(unknown_purposes)))
fmt.glue("purpose_unknown", fmt.join(unknown_purposes["purpose"]))
creation = known_purposes.iloc[1:3]  # the two kinds of content creation that follow question answering
fmt.glue("purpose_creation_gap", fmt.pp(creation["value"].iloc[0] - creation["value"].iloc[1]))

# %% [markdown]
# 从用途看，生成式人工智能首先被当作一种新的“问答工具”。{glue:text}`purpose_period`的调查中，用它{glue:text}`purpose_top`的用户占{glue:text}`purpose_top_share`，{glue:text}`purpose_top_cheng`；其后是{glue:text}`purpose_others`（{numref}`fig-purposes`）。问答之外，内容创作是第二大类用途，文字类与图像、视频类只差{glue:text}`purpose_creation_gap`。{footcite}`report`
#
# 这道题可以多选：已公布的{glue:text}`purpose_known_count`项相加已达{glue:text}`purpose_known_sum`，说明不少用户同时有几种用途。报告还点名了{glue:text}`purpose_unknown`这{glue:text}`purpose_unknown_count`类用途，却没有给出比例，图中只标“未公布”，不画柱子；它们的比例不能从其他各项推算。

# %%
ordered_purposes = pd.concat([known_purposes, unknown_purposes])
charts.bar_figure(
    "fig_purposes", ordered_purposes, "purpose", category_title="用途", value_title="用户比例（%，可多选）",
    alt_title=f"{fmt.period(top_purpose['as_of'])}用户使用生成式人工智能产品的目的", describe=fmt.survey_share,
    sort=list(ordered_purposes["purpose"]),
)

# %% [markdown]
# ```{glue:figure} fig_purposes
# :name: fig-purposes
#
# 用户使用生成式人工智能产品的目的（{glue:text}`purpose_period`；可多选；灰色斜体“未公布”表示报告点名但未给比例）
# ```

# %% [markdown]
# ## 谁在用：性别、年龄与学历

# %%
gender = series.latest(data.load("user_gender"), as_of, by=["gender"])  # in the report's order: 男, 女
more, fewer = gender.sort_values("value", ascending=False).iloc[[0, -1]].to_dict("records")
fmt.glue("gender_period", fmt.period(more["as_of"]))
fmt.glue("gender_ratio", "∶".join(fmt.number(v) for v in gender["value"]))
fmt.glue("gender_order", "∶".join(gender["gender"]))
fmt.glue("gender_more", more["gender"])
fmt.glue("gender_fewer", fewer["gender"])
fmt.glue("gender_gap", fmt.pp(more["value"] - fewer["value"]))
fmt.glue("gender_per_hundred", fmt.number(round(fewer["value"] / more["value"] * 100, 1)))

# %% [markdown]
# **性别。** {glue:text}`gender_period`的用户中，{glue:text}`gender_order`为{glue:text}`gender_ratio`，{glue:text}`gender_more`性用户多出{glue:text}`gender_gap`，相当于每一百名{glue:text}`gender_more`性用户对应约{glue:text}`gender_per_hundred`名{glue:text}`gender_fewer`性用户（{numref}`fig-gender`）。报告认为这与整体网民的性别结构相差不大，但本章所用的数据没有整体网民的性别构成，这一判断在此无法复核。{footcite}`report`

# %%
charts.bar_figure(
    "fig_gender", gender, "gender", category_title="性别", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(more['as_of'])}生成式人工智能用户的性别结构", describe=fmt.survey_share,
)

# %% [markdown]
# ```{glue:figure} fig_gender
# :name: fig-gender
#
# 生成式人工智能用户的性别结构（{glue:text}`gender_period`）
# ```

# %%
age = series.latest(data.load("user_age"), as_of, by=["age_group"])
age_period = age["as_of"].iloc[0]
users_at_age_period = series.value(users, age_period, metric="users")
age = age.assign(人数=age["value"] / 100 * users_at_age_period)
open_group = age[age["age_group"].str.endswith("及以上")].iloc[0]
top_age = series.top(age)

fmt.glue("age_period", fmt.period(age_period))
fmt.glue("age_top", fmt.join(top_age["age_group"]))
fmt.glue("age_top_word", "并列最高" if len(top_age) > 1 else "最高")
fmt.glue("age_top_share", fmt.survey_share(top_age.iloc[0]))
fmt.glue("age_top_people", fmt.with_unit(round(top_age["人数"].iloc[0], 2), users_unit, "约"))
fmt.glue("age_open_group", open_group["age_group"].removesuffix("及以上"))
fmt.glue("age_open_label", open_group["age_group"])
fmt.glue("age_open_share", fmt.survey_share(open_group))
fmt.glue("age_below_open_share", fmt.pct(age["value"].sum() - open_group["value"]))
fmt.glue("age_below_open_cheng", fmt.cheng(age["value"].sum() - open_group["value"]))
fmt.glue("age_users_total", fmt.with_unit(users_at_age_period, users_unit))

# %% [markdown]
# **年龄。** 用户以中青年和低龄人群为主。{glue:text}`age_period`，{glue:text}`age_top`的用户占比{glue:text}`age_top_word`，为{glue:text}`age_top_share`；{glue:text}`age_open_group`以下的用户合计{glue:text}`age_below_open_share`，{glue:text}`age_below_open_cheng`（{numref}`fig-age`）。{footcite}`report` 按同期{glue:text}`age_users_total`的用户规模换算，{glue:text}`age_top`的用户{glue:text}`age_top_people`。这类换算假定年龄结构与用户规模出自同一调查，且两者都经过四舍五入，只宜看作量级。{glue:text}`age_open_label`的用户报告只给出合计{glue:text}`age_open_share`，其中各年龄段分别占多少无从得知。

# %%
people = [fmt.with_unit(round(n, 2), users_unit, "约") for n in age["人数"]]
charts.bar_figure(
    "fig_age", age, "age_group", category_title="年龄段", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(age_period)}生成式人工智能用户的年龄结构（括号内为本书折合的人数）",
    describe=fmt.survey_share, sort=list(age["age_group"]),
    labels=[f"{fmt.survey_share(row)}（{n}）" for (_, row), n in zip(age.iterrows(), people)],
    extra_columns={"折合人数（本书推算）": people},
)

# %% [markdown]
# ```{glue:figure} fig_age
# :name: fig-age
#
# 生成式人工智能用户的年龄结构（{glue:text}`age_period`；括号内为按同期用户规模折合的人数，本书推算）
# ```

# %%
education = series.latest(data.load("user_education"), as_of, by=["education"])
stated_levels = education[education["status"] == "stated"]
education_period = stated_levels["as_of"].iloc[0]
rest_share = round(100 - float(stated_levels["value"].sum()), 1)
REST_LABEL = "其余各档合计"
education_shown = pd.concat([stated_levels, pd.DataFrame([{
    "education": REST_LABEL, "as_of": education_period, "value": rest_share, "unit": "%", "qualifier": "",
    "status": "computed", "source_id": "report"}])], ignore_index=True)
first_level, second_level = stated_levels.sort_values("value", ascending=False).iloc[:2].to_dict("records")
junior_school = stated_levels[stated_levels["education"] == "初中"].iloc[0]

fmt.glue("education_period", fmt.period(education_period))
fmt.glue("education_named", fmt.join(
    f"{row['education']}（{fmt.survey_share(row)}）" for _, row in stated_levels.iterrows()))
fmt.glue("education_named_count", fmt.small_number(len(stated_levels)))
fmt.glue("education_first", first_level["education"])
fmt.glue("education_second", second_level["education"])
fmt.glue("education_gap", fmt.pp(first_level["value"] - second_level["value"]))
fmt.glue("education_junior", fmt.survey_share(junior_school))
fmt.glue("education_compare", "略高于" if first_level["value"] - second_level["value"] < 2 else "高于")
fmt.glue("education_rest", fmt.pct(rest_share))
fmt.glue("education_rest_label", REST_LABEL)
fmt.glue("young_share", fmt.survey_share(top_age.iloc[0]))

# %% [markdown]
# **学历。** 报告正文只写出了{glue:text}`education_named_count`档的比例：{glue:text}`education_named`，{glue:text}`education_first`{glue:text}`education_compare`{glue:text}`education_second`，相差{glue:text}`education_gap`。{footcite}`report` 其余各档合计应为{glue:text}`education_rest`，这是本书用整体减去已知两档推算的；这部分包括哪些学历档、各占多少，正文都没有写明，{numref}`fig-education` 只把它作为一根灰色的“{glue:text}`education_rest_label`”画出。初中学历的用户占到{glue:text}`education_junior`，这可能与低龄用户多有关——上文{glue:text}`age_top`的用户就占了{glue:text}`young_share`，其中不少人仍在上学，但报告没有给出年龄与学历的交叉数据，这只是一个推测。

# %%
charts.bar_figure(
    "fig_education", education_shown, "education", category_title="学历", value_title="占用户的比例（%）",
    alt_title=f"{fmt.period(education_period)}生成式人工智能用户的学历结构", describe=fmt.survey_share,
    sort=list(education_shown["education"]),
    labels=[fmt.survey_share(row) + ("（推算）" if row["status"] == "computed" else "")
            for _, row in education_shown.iterrows()],
)

# %% [markdown]
# ```{glue:figure} fig_education
# :name: fig-education
#
# 生成式人工智能用户的学历结构（{glue:text}`education_period`；灰色为本书推算的其余各档合计）
# ```

# %% [markdown]
# ## 未成年人

# %%
facts = series.newest(data.load("users_facts"), by=["key"]).set_index("key")
fmt.glue("education_bases_period", fmt.period(facts.loc["ai_education_bases", "as_of"]))
fmt.glue("education_bases", fmt.describe(facts.loc["ai_education_bases"]))
fmt.glue("guide_period", fmt.period(facts.loc["ai_use_guide_principles", "as_of"]))
fmt.glue("guide_principles", fmt.small_number(facts.loc["ai_use_guide_principles", "value"]))

# %% [markdown]
# 面向中小学生的人工智能教育已有一套逐步展开的政策安排：国务院的《新一代人工智能发展规划》提出在中小学开设人工智能相关课程；教育部的《义务教育信息科技课程标准》把人工智能列为课程内容，{glue:text}`education_bases_period`又公布了{glue:text}`education_bases`中小学人工智能教育基地，用试点积累可推广的做法；《中小学人工智能通识教育指南（2025年版）》则把目标落在知识、技能、思维与价值观相融合的人工智能素养上。{footcite}`report`

# %%
stages = series.latest(data.load("minors_by_stage"), as_of, by=["stage"])
top_stage, bottom_stage = series.top(stages).iloc[0], stages.sort_values("value").iloc[0]
rising = stages["value"].is_monotonic_increasing

fmt.glue("minor_period", fmt.period(top_stage["as_of"]))
fmt.glue("minor_stage_top", top_stage["stage"])
fmt.glue("minor_stage_top_share", fmt.survey_share(top_stage))
fmt.glue("minor_stage_list", fmt.join(f"{row['stage']}{fmt.survey_share(row)}" for _, row in stages.iterrows()))
fmt.glue("minor_stage_trend", "使用率随学段升高而逐级上升" if rising else "使用率并不随学段单调变化")
fmt.glue("minor_stage_bottom", bottom_stage["stage"])
fmt.glue("minor_stage_multiple", fmt.with_unit(round(top_stage["value"] / bottom_stage["value"], 2), "倍"))
fmt.glue("minor_stage_cheng", fmt.cheng(top_stage["value"], below=True))

# %% [markdown]
# 从学段看，{glue:text}`minor_period`未成年网民中用过生成式人工智能产品的比例分别为{glue:text}`minor_stage_list`，{glue:text}`minor_stage_trend`（{numref}`fig-minors-stage`）。最高的{glue:text}`minor_stage_top`阶段是{glue:text}`minor_stage_bottom`阶段的{glue:text}`minor_stage_multiple`，但也{glue:text}`minor_stage_cheng`。{footcite}`report` 这些比例的分母是该学段的网民，与上文以全国人口为分母的普及率口径不同，本节末尾还会回到这一点。

# %%
charts.bar_figure(
    "fig_minors_stage", stages, "stage", category_title="学段", value_title="该学段网民中的使用率（%）",
    alt_title=f"{fmt.period(top_stage['as_of'])}各学段未成年网民使用生成式人工智能产品的比例",
    describe=fmt.survey_share, sort=list(stages["stage"]),
)

# %% [markdown]
# ```{glue:figure} fig_minors_stage
# :name: fig-minors-stage
#
# 各学段未成年网民使用生成式人工智能产品的比例（{glue:text}`minor_period`）
# ```

# %%
minor_purposes = series.latest(data.load("minors_purposes"), as_of, by=["purpose"]).sort_values(
    "value", ascending=False)
top_minor_purpose = minor_purposes.iloc[0]
homework = minor_purposes[minor_purposes["purpose"] == "写作业"]

fmt.glue("minor_purpose_period", fmt.period(top_minor_purpose["as_of"]))
fmt.glue("minor_purpose_top", top_minor_purpose["purpose"])
fmt.glue("minor_purpose_top_share", fmt.survey_share(top_minor_purpose))
fmt.glue("minor_purpose_rest", fmt.join(
    f"“{row['purpose']}”（{fmt.survey_share(row)}）" for _, row in minor_purposes.iloc[1:].iterrows()))
fmt.glue("minor_homework_share", fmt.survey_share(homework.iloc[0]))
penetration_then = series.value(users, top_stage["as_of"], metric="penetration")
fmt.glue("young_users", fmt.join(top_age["age_group"]))
fmt.glue("young_users_people", fmt.with_unit(round(top_age["人数"].iloc[0], 2), users_unit, "约"))
fmt.glue("minor_vs_penetration", (
    f"却低于同期以全国人口为分母的普及率{fmt.pct(penetration_then)}，而以网民为分母的比例本应更高才对"
    if top_stage["value"] < penetration_then else
    f"也不低于同期以全国人口为分母的普及率{fmt.pct(penetration_then)}，两组数字的方向是一致的"))

# %% [markdown]
# 未成年网民用生成式人工智能做得最多的是{glue:text}`minor_purpose_top`，占{glue:text}`minor_purpose_top_share`；其次是{glue:text}`minor_purpose_rest`（{numref}`fig-minors-purposes`）。{footcite}`report` 这里的比例同样以全体未成年网民为分母；如果换成以用过这类产品的未成年人为分母，各项都会更高，但报告没有给出未成年网民的总体使用率，无法换算。
#
# 用来写作业的比例达到{glue:text}`minor_homework_share`，这正是下面这份指南着力防范的用法。{glue:text}`guide_period`，教育部基础教育教学指导委员会发布的《中小学生成式人工智能使用指南（2025年版）》提出了{glue:text}`guide_principles`项应用原则，并按学段区分用法：小学生在老师和家长的陪同下有限度地使用开放式生成功能，初中生学习检查生成内容是否合乎逻辑、与其他来源交叉核对，高中生可以结合技术原理做探究，并评估生成内容的社会影响。指南不允许学生把生成的内容直接当作作业或考试答案提交，要求教师在教学中训练学生的批判性思维，并把人工智能定位为辅助工具，以免学生因依赖它而不再独立思考。{footcite}`fn20`
#
# 最后要提醒一处难以衔接的地方。{glue:text}`young_users`是占比最高的用户群，折合{glue:text}`young_users_people`；但各学段未成年网民的使用率最高只有{glue:text}`minor_stage_top_share`，{glue:text}`minor_vs_penetration`。两组数字可能出自不同的调查或口径（例如{glue:text}`young_users`这一组还包括已经离开中小学的人），报告没有交代，本书不做进一步推算。

# %%
charts.bar_figure(
    "fig_minors_purposes", minor_purposes, "purpose", category_title="用途", value_title="占未成年网民的比例（%）",
    alt_title=f"{fmt.period(top_minor_purpose['as_of'])}未成年网民使用生成式人工智能产品的目的",
    describe=fmt.survey_share,
)

# %% [markdown]
# ```{glue:figure} fig_minors_purposes
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
