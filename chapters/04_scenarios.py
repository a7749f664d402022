# %% [markdown]
# # 典型应用场景
#
# 工业和信息化部入选的人工智能赋能新型工业化典型案例中，{glue:text}`cases_top_label`最多，
# 有{glue:text}`cases_top_value`（{numref}`fig-industrial-cases`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, series

data.use(data_dir)

# %%
cases = series.latest(data.load("industrial_ai_cases"), as_of, by=["category"])
top = cases.sort_values("value", ascending=False).iloc[0]
fmt.glue("cases_top_label", top["label"])
fmt.glue("cases_top_value", fmt.describe(top))

# %%
table = cases.assign(案例数=cases.apply(fmt.describe, axis=1))
charts.figure(
    "fig_industrial_cases",
    charts.bars(table, "label", value_title="案例（项）", label="案例数"),
    table[["category", "label", "as_of", "value", "unit", "source_id"]],
    sources=table["source_id"].unique(),
    alt="条形图：典型应用案例按类别，" + "，".join(f"{l}{d}" for l, d in zip(table["label"], table["案例数"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig_industrial_cases
# :name: fig-industrial-cases
#
# 人工智能赋能新型工业化典型应用案例（按类别）
# ```
