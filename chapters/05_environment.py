# %% [markdown]
# # 发展环境
#
# {glue:text}`financing_period`，投融资金额最多的领域是{glue:text}`financing_top_sector`，
# 金额为{glue:text}`financing_top_amount`（{numref}`fig-financing-amount`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, series

data.use(data_dir)

# %%
financing = data.load("financing_by_sector")
amounts = financing[financing["measure"] == "amount"]
amounts = series.latest(amounts, as_of, by=["sector"])
top = amounts.sort_values("value", ascending=False).iloc[0]
fmt.glue("financing_period", fmt.period(top["as_of"]))
fmt.glue("financing_top_sector", top["sector"])
fmt.glue("financing_top_amount", fmt.describe(top))

# %%
table = amounts.assign(金额=amounts.apply(fmt.describe, axis=1))
charts.figure(
    "fig_financing_amount",
    charts.bars(table, "sector", value_title="投融资金额（亿元）", label="金额"),
    table[["sector", "as_of", "value", "unit", "source_id"]],
    sources=table["source_id"].unique(),
    alt="条形图：人工智能相关领域投融资金额，" + "，".join(f"{s}{a}" for s, a in zip(table["sector"], table["金额"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig_financing_amount
# :name: fig-financing-amount
#
# 人工智能相关领域投融资金额（按领域）
# ```
