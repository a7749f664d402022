# %% [markdown]
# # 前景展望
#
# 本书收录的{glue:text}`digest_count`期AI日报共有{glue:text}`item_count`条新闻，其中与
# “{glue:text}`top_theme`”主题相关的最多，有{glue:text}`top_theme_items`（{numref}`fig-theme-items`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import altair as alt

from genai_book import charts, data, fmt

data.use(data_dir)

# %%
items = data.load("digest_items")
themes = data.load("outlook_themes")
tagged = items.assign(theme_id=items["themes"].str.split(";")).explode("theme_id")
counts = (tagged[tagged["theme_id"].isin(themes["theme_id"])].groupby("theme_id").size()
          .reindex(themes["theme_id"], fill_value=0).rename("value").reset_index()
          .merge(themes[["theme_id", "title_zh"]], on="theme_id"))
top = counts.sort_values("value", ascending=False).iloc[0]
fmt.glue("digest_count", fmt.number(items["digest_id"].nunique()))
fmt.glue("item_count", fmt.number(len(items)))
fmt.glue("top_theme", top["title_zh"])
fmt.glue("top_theme_items", fmt.with_unit(top["value"], "条"))

# %%
table = counts.assign(条数=counts["value"].map(lambda v: fmt.with_unit(v, "条")))
charts.figure(
    "fig_theme_items",
    charts.bars(table, "title_zh", value_title="相关新闻（条）", label="条数"),
    table[["theme_id", "title_zh", "value"]],
    sources=sorted(items["digest_id"].unique()),
    alt="条形图：各前景主题相关的新闻条数，" + "，".join(f"{t}{n}" for t, n in zip(table["title_zh"], table["条数"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig_theme_items
# :name: fig-theme-items
#
# AI日报新闻按前景主题的分布
# ```
