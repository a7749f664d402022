# %% [markdown]
# # 用户普及
#
# 截至{glue:text}`users_period`，我国生成式人工智能用户达到{glue:text}`users_now`，
# 比{glue:text}`users_before_period`{glue:text}`users_change_word`{glue:text}`users_change`；
# 普及率为{glue:text}`penetration_now`，{glue:text}`penetration_change_word`{glue:text}`penetration_change`。
# {numref}`fig-users` 显示了这两个指标的变化。{footcite}`report`

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import altair as alt

from genai_book import charts, data, fmt, series

data.use(data_dir)

# %%
users = data.load("users_series")
headcount = series.change(users, as_of, metric="users")
penetration = series.change(users, as_of, metric="penetration")
unit = series.at(users, as_of, metric="users")["unit"].iloc[0]

fmt.glue("users_period", fmt.period(as_of))
fmt.glue("users_before_period", fmt.period(headcount.before_period))
fmt.glue("users_now", fmt.with_unit(headcount.now, unit))
fmt.glue("users_change_word", fmt.change_word(headcount.delta))
fmt.glue("users_change", fmt.with_unit(abs(headcount.delta), unit))
fmt.glue("penetration_now", fmt.pct(penetration.now))
fmt.glue("penetration_change_word", fmt.change_word(penetration.delta, up="提升", down="下降"))
fmt.glue("penetration_change", fmt.pp(penetration.delta))

# %%
table = users.assign(时期=users["as_of"].map(fmt.period),
                     指标=users["metric"].map({"users": "用户规模（亿人）", "penetration": "普及率（%）"}))
chart = alt.Chart(table).mark_bar().encode(
    x=alt.X("时期:N", title=None, sort=series.periods(users)),
    y=alt.Y("value:Q", title=None),
    color=alt.Color("时期:N", legend=None),
    tooltip=["指标", "时期", alt.Tooltip("value:Q", title="数值"), "status"],
).properties(height=220).facet(column=alt.Column("指标:N", title=None)).resolve_scale(y="independent")
charts.figure(
    "fig_users", chart, table[["指标", "时期", "value", "status", "source_id"]],
    sources=table["source_id"].unique(),
    alt=f"柱状图：{fmt.period(headcount.before_period)}至{fmt.period(as_of)}，用户规模由"
        f"{fmt.with_unit(headcount.before, unit)}变为{fmt.with_unit(headcount.now, unit)}，普及率由"
        f"{fmt.pct(penetration.before)}变为{fmt.pct(penetration.now)}。",
)

# %% [markdown]
# ```{glue:figure} fig_users
# :name: fig-users
#
# 生成式人工智能用户规模与普及率
# ```

# %% [markdown]
# ## 数据与来源
#
# ```{footbibliography}
# ```
