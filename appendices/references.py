# %% [markdown]
# # 资料来源
#
# 本书引用的全部来源都登记在数据包的来源表里{choose}``has_indirect|True=（另有一份本书未直接引用、只经所引报道转述的报告，也登记在内，见“其他资料”）|False=``，共{glue:text}`n_sources`个，正文中的脚注和每张图下方的“来源”都由它生成。本页按类别列出全部来源：报告本身、报告脚注所引的资料（{glue:text}`n_footnotes`条，其中{glue:text}`cnnic_footnotes`是 CNNIC 汇总网上公开的投融资事件后自己推算的结果，定增、IPO 上市、退市等不计在内）、AI日报（{glue:text}`n_digests`期）{choose}``has_other|True=和其他资料（{glue:text}`n_other`项）|False=``。“本书中引用它的表”一栏说明本书哪些数据表引用了它。
#
# 几点说明：
#
# - 报告脚注大多只注明发布方、网址和日期。标题只在两种情形下照录：脚注写出了文献标题；或报告正文的脚注标号紧跟在文献名之后，所引就是这份文献。其余来源不另加标题。
# - “说明”一栏记下标题的来历和几种特殊情形：标题取自报告正文；正文在文献名之后注了脚注，所引却只是关于它的报道；正文的标题有明显衍字，本书已去掉；脚注标在报告专栏的标题上，这时记下专栏标题（它可能就是所引文章的标题，但脚注没有写明）。
# - {glue:text}`n_no_url`个来源没有网址：{glue:text}`no_url_list`。
# - 有些网页被报告的多个脚注重复引用：{glue:text}`n_shared_urls`个网址各对应不止一个脚注，涉及{glue:text}`n_shared_footnotes`条脚注，例如{glue:text}`shared_top_publisher`的同一网页被{glue:text}`shared_top_footnotes`引用。这些脚注在来源表里分开登记，以便对应到报告原文的位置。
# - “网址”一栏只显示域名，所以同一网站的几条在表中看来相同；点击即打开完整地址{choose}``has_other|True=（报告脚注所引的资料是报告所印的地址；报告之后的来源有网址的，是其所在网页的地址）|False=，也就是报告所印的地址``。地址都照录原样，本书没有逐一核实现在能否访问。报告所印的网址有几处疑似笔误，例如韩国科学技术信息通信部的几条网址，域名和参数前后写法不一；几条新华网网址的编号少一位，或结尾写法不同。另有几条网址中的日期与脚注所注的发布日期不一致，原因报告没有说明，这未必是笔误。这些网址本书都照录原样，没有更正，发现的几处都在“说明”一栏注明。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from urllib.parse import urlsplit

import pandas as pd

from genai_book import data, fmt, sources, tables

data.use(data_dir, as_of)
data.use_descriptors(data_dir)  # the last column lists every table that cites a source

# %%
table = sources.table(data_dir).reset_index()
used = sources.usage(data_dir)
REPORT_TITLE = sources.label(sources.REPORT).split("，")[0]  # 中国互联网络信息中心《…》, without the date
for name, meta in data.descriptors(data_dir).items():  # a table with no source column names the report in its
    if any(s.get("title", "").startswith(REPORT_TITLE) for s in meta.get("sources", [])):  # descriptor
        used.setdefault(sources.REPORT, [])
        if name not in used[sources.REPORT]:
            used[sources.REPORT].append(name)
titles = {name: meta.get("title", name) for name, meta in data.descriptors(data_dir).items()}
table["group"] = table["source_id"].map(sources.group)
has_url = table["url"].str.startswith(("http://", "https://"))
fmt.glue("n_sources", fmt.with_unit(len(table), ""))
fmt.glue("n_footnotes", fmt.with_unit((table["group"] == "footnote").sum(), ""))
fmt.glue("n_digests", fmt.with_unit((table["group"] == "digest").sum(), ""))
fmt.glue("n_other", fmt.with_unit((table["group"] == "other").sum(), ""))
fmt.glue("has_other", bool((table["group"] == "other").any()))
others = table[table["group"] == "other"]
fmt.glue_all(has_indirect=bool((~others["source_id"].isin(list(used))).any()))
fmt.glue("n_no_url", fmt.with_unit((~has_url).sum(), ""))


def footnote(n) -> str:
    """The report's footnote number of a source ('' for one that is no footnote)."""
    return str(int(float(n))) if pd.notna(n) and n != "" else ""


fmt.glue("no_url_list", "；".join(sources.label(s) + (f"（报告脚注{footnote(n)}）" if footnote(n) else "")
                                 for s, n in table.loc[~has_url, ["source_id", "footnote"]].itertuples(index=False)))
fmt.glue("cnnic_footnotes", "、".join(f"脚注{footnote(n)}" for n in table.loc[
    (table["group"] == "footnote") & (table["publisher"] == "中国互联网络信息中心"), "footnote"]))
shared = table[has_url & (table["group"] == "footnote")].groupby("url")["source_id"].agg(list)
shared = shared[shared.map(len) > 1]
fmt.glue("n_shared_urls", fmt.with_unit(len(shared), ""))
fmt.glue("n_shared_footnotes", fmt.with_unit(shared.map(len).sum(), ""))
most_shared = table.set_index("source_id").loc[max(shared, key=len)]
fmt.glue_all(shared_top_publisher=most_shared["publisher"].iloc[0],
             shared_top_footnotes="脚注" + "、".join(footnote(n) for n in most_shared["footnote"]))


def listing(rows: pd.DataFrame, notes: bool = False) -> tables.Table:
    frame = pd.DataFrame({
        "报告脚注": [footnote(n) or "—" for n in rows["footnote"]],
        "发布方": rows["publisher"],
        "标题": [f"《{t}》" if t else "—" for t in rows["title"]],
        "网址": [urlsplit(u).hostname if u.startswith(("http://", "https://")) else "—" for u in rows["url"]],
        "url": rows["url"],
        "日期": [fmt.period(p) if p else "—" for p in rows["published"]],
        "本书中引用它的表": ["；".join(titles.get(n, n) for n in used.get(s, [])) or "—" for s in rows["source_id"]],
    })
    if notes:  # what a source is, when no footnote of the report says it
        frame["说明"] = rows["note"].fillna("").replace("", "—").to_numpy()
    if (frame["报告脚注"] == "—").all():  # the digests, the other sources: no footnote column of dashes
        frame = frame.drop(columns="报告脚注")
    return tables.table(frame, links={"网址": "url"})


# %% [markdown]
# ## 报告本身
#
# 报告自己的调查数据和未注明出处的表述，在本书中以报告本身为来源。

# %%
listing(table[table["group"] == "report"])

# %% [markdown]
# ## 报告脚注所引的资料
#
# 只作名词解释、没有注明来源的脚注不在此列。

# %%
listing(table[table["group"] == "footnote"], notes=True)

# %% [markdown]
# ## AI日报
#
# “全球AI新闻速递”各期。每期的新闻条目及原文链接见本书第六章。

# %%
listing(table[table["group"] == "digest"])

# %% [markdown]
# ## 其他资料
#
# {choose}``has_other|True=除报告、报告脚注所引的资料和AI日报之外，本版还收了以下资料，都发布在报告之后：第六章对照用的趋势报告及报道它发布的新闻，刊登新数字的报道，以及这些报道转述的统计报告。|False=除报告、报告脚注所引的资料和AI日报之外，本版没有别的资料。以后的版本在第六章用来对照的趋势报告发布在报告之后，本版不收。``{choose}``has_indirect|True=没有数据表直接引用的，“说明”一栏交代它的用处。|False=``

# %%
listing(others, notes=True) if not others.empty else None  # the report's edition has none
