# %% [markdown]
# # 产业发展
#
# 截至{glue:text}`filings_period`，完成备案的生成式人工智能服务累计{glue:text}`filings_total`。
# 按所在地看，{glue:text}`filings_top_region`最多，为{glue:text}`filings_top_value`（{numref}`fig-filings`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, series

data.use(data_dir)

# %%
facts = data.load("industry_facts")
filings = data.load("filings_by_region")
total = facts[facts["key"] == "genai_services_filed"].iloc[-1]
regions = series.latest(filings, "9999", by=["region"])
top = regions.sort_values("value", ascending=False).iloc[0]

fmt.glue("filings_period", fmt.period(total["as_of"]))
fmt.glue("filings_total", fmt.describe(total))
fmt.glue("filings_top_region", top["region"])
fmt.glue("filings_top_value", fmt.describe(top))

# %%
table = regions.assign(备案数=regions.apply(fmt.describe, axis=1))
charts.figure(
    "fig_filings",
    charts.bars(table, "region", value_title="已备案服务（家）", label="备案数"),
    table[["region", "as_of", "value", "unit", "qualifier", "source_id"]],
    sources=table["source_id"].unique(),
    alt="条形图：各地已备案生成式人工智能服务数量，"
        + "，".join(f"{r}{d}" for r, d in zip(table["region"], table["备案数"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig_filings
# :name: fig-filings
#
# 生成式人工智能服务备案数量（按所在地）
# ```
