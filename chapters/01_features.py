# %% [markdown]
# # 发展特点
#
# 按斯坦福大学《2025年人工智能指数报告》的测算，中美顶级大模型在主流基准测试上的差距由
# {glue:text}`gap_first_period`的{glue:text}`gap_first`{glue:text}`gap_word`至{glue:text}`gap_last_period`的
# {glue:text}`gap_last`（{numref}`fig-benchmark-gap`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import altair as alt

from genai_book import charts, data, fmt, series

data.use(data_dir)

# %%
gap = data.load("benchmark_gap").sort_values("as_of")
first, last = gap.iloc[0], gap.iloc[-1]
fmt.glue("gap_first_period", fmt.period(first["as_of"]))
fmt.glue("gap_last_period", fmt.period(last["as_of"]))
fmt.glue("gap_first", fmt.describe(first))
fmt.glue("gap_last", fmt.describe(last))
fmt.glue("gap_word", fmt.change_word(last["value"] - first["value"], up="扩大", down="缩小"))

# %%
table = gap.assign(年份=gap["as_of"], 差距=gap.apply(fmt.describe, axis=1))
chart = alt.Chart(table).mark_bar(color=charts.PALETTE[0]).encode(
    x=alt.X("年份:N", title=None), y=alt.Y("value:Q", title="性能差距（%）"),
    tooltip=["年份", "差距"],
)
charts.figure(
    "fig_benchmark_gap", chart + chart.mark_text(dy=-8).encode(text="差距:N"),
    table[["measure", "as_of", "value", "unit", "source_id"]],
    sources=table["source_id"].unique(),
    alt="柱状图：中美顶级大模型基准测试性能差距，" + "，".join(f"{y}年{d}" for y, d in zip(table["年份"], table["差距"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig_benchmark_gap
# :name: fig-benchmark-gap
#
# 中美顶级大模型在基准测试上的性能差距
# ```
