# %% [markdown]
# # 数据目录
#
# 本书正文里的数字或者直接取自本书的数据包，或者由其中的数字在生成本书时算出（标明“本书计算”或“本书推算”）。数据包由{glue:text}`n_resources`张表（资源）组成，共{glue:text}`n_rows`行；每张表是一个UTF-8编码的CSV文件，另有一份说明其字段、类型、单位和校验规则的描述文件。其中{glue:text}`n_value`张是数值表，除了各自的分类列，都带有时期、数值、单位、限定词、状态（书中各表称“依据”，即数值的来历）和来源这几列；其余{glue:text}`n_other`张是清单（政策、来源、日报条目、趋势等）。数值表的读法见附录“方法与说明”，限定词与预期、估计一类说法的记法见该附录的“誊录规则”。有三类行的时期是本书定的：来源没写时点、暂以发布年月占位的；报告或来源没写年份、按所引来源的日期补足的；年份由本书推断的。这些行的“备注”都说明了怎样定，各表下的“时期”一行统计了它们。年份从报告上下文即可看出的不计入，例如报告前一句刚写明年月，紧接着只写“截至7月”。报告的{glue:text}`n_items`个图表与资源的对应关系列在本页最后。
#
# 每张表都可以单独下载，整个数据包的机器可读说明（Frictionless Data Package 格式，含每个文件的大小与 SHA-256 校验值）见下方链接。{choose}``has_more_rows|True=下载的文件是整个数据包，各版共用，其中也有本版不收的{glue:text}`n_more_rows`行：它们出自{glue:text}`report_month`报告发布以后的来源，供基准期更晚的版本使用；本页的行数只计本版所收的行。|False=``

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%

import pandas as pd

from genai_book import blocks, data, editions, escape, fmt, sources, tables

data.use(data_dir, as_of)
data.use_descriptors(data_dir)  # the resources and their fields; of their rows, only what SHOWN names

# %%
package = data.assemble(data_dir)
resources = {r["name"]: r for r in package["resources"]}
SHOWN = ["as_of", "unit", "qualifier", "source_id", "digest_id", "note"]  # a value changed elsewhere does not re-execute this page (a period does: the dating line names placeholders)
frames = {name: data.load(name, data_dir, columns=SHOWN) for name in resources}
catalog = data.load("figure_catalog", data_dir)
VALUE_COLUMNS = {"as_of", "value", "unit", "qualifier", "status", "source_id"}
value_tables = [n for n, r in resources.items() if VALUE_COLUMNS <= {f["name"] for f in r["schema"]["fields"]}]

fmt.glue("n_resources", fmt.with_unit(len(resources), ""))
fmt.glue("n_rows", fmt.with_unit(sum(len(f) for f in frames.values()), ""))
fmt.glue("n_value", fmt.with_unit(len(value_tables), ""))
fmt.glue("n_other", fmt.with_unit(len(resources) - len(value_tables), ""))
fmt.glue("n_items", fmt.with_unit(len(catalog), ""))
WHOLE = "whole"  # no edition: data.load then keeps every row, as the downloadable files do
n_more = sum(len(data.load(n, data_dir, as_of=WHOLE, columns=SHOWN)) for n in resources) - sum(map(len, frames.values()))
fmt.glue_all(has_more_rows=n_more > 0, n_more_rows=fmt.with_unit(n_more, ""),
             report_month=fmt.period(sources.table(data_dir).loc[sources.REPORT, "published"]))

figures_of = catalog[catalog["resource"] != ""].groupby("resource")["item"].agg("、".join)
blocks.Rich(f'<p>下载：<a href="../data/{data.PACKAGE_FILE}" download>{data.PACKAGE_FILE}</a></p>',
            f"下载：data/{data.PACKAGE_FILE}")

# %% [markdown]
# ## 资源一览
#
# 下表按名称排列全部资源。点击名称跳到该表的字段说明（那里也注明它是数值表还是清单），点击“CSV”下载数据。

# %%
LATER_ROWS_APART = "（出自报告之后来源的行除外）"  # a table of a report figure that also holds later rows
# a table every row of which comes from a source later than this edition: its description tells of rows not here
NONE_IN_EDITION = "本版没有这张表的行：它们全部出自晚于本版的来源，收在以后的版本里。"
later_in = {n for n, f in frames.items()  # tables holding rows of a source published after the report
            if "source_id" in f and any(sources.after_report(s, data_dir) for s in dict.fromkeys(f["source_id"]) if s)}
overview = pd.DataFrame({
    "资源": list(resources), "anchor": [f"#resource-{n}" for n in resources],
    "标题": [r.get("title", "") for r in resources.values()],
    "行数": [fmt.number(len(frames[n])) for n in resources],
    "对应报告图表": [figures_of[n] + (LATER_ROWS_APART if n in later_in else "") if n in figures_of else "—"
               for n in resources],
    "下载": ["CSV"] * len(resources), "href": [f"../data/{r['path']}" for r in resources.values()],
})
tables.table(overview, links={"资源": "anchor", "下载": "href"}, relative_links=True)

# %% [markdown]
# ## 各资源的字段
#
# 每张表列出描述、行数、主键、出现的单位、引用的来源和全部字段。“约束”一栏是生成本书时自动校验的规则，例如必填、取值范围和可选值。

# %%
TYPES = {"string": "文本", "number": "数值", "integer": "整数", "date": "日期", "boolean": "是/否"}
COVERAGE = {"all": "全部", "partial": "部分", "none": "没有"}  # figure_catalog's values_in_text
# What a coded value stands for, shown beside it: a stated value is the report's or, in a later edition, a later
# source's.
GLOSSES = {**fmt.STATUS_WORDS, "stated": "报告写出", "implied": "本书据报告推算", **COVERAGE, "direct": "直接",
           "source": "年份取自所引报道", "sic": "与上下文或来源日期不合，照录",
           "clause": "报告没有单写时间，取同一句中另一项举措的时间",
           "context": "报告没有单写时间，取紧接的上一句所写的时间",
           "users": "用户规模", "penetration": "普及率", "integration": "模型集成", "open_source": "开源社区",
           "embodied": "具身智能", "agents": "智能体", "governance": "完善治理", "volume": "总量",
           "yoy_growth": "同比增速", "technology_base": "技术底座", "industry_application": "行业应用",
           "equipment_product": "装备产品", "support_guarantee": "支撑保障", "spend": "支出",
           "share_of_search_ad_spend": "占搜索广告支出的比例", "policy": "政策环境", "technology": "技术环境",
           "us": "美国", "canada": "加拿大", "eu": "欧盟", "uk": "英国", "india": "印度", "japan": "日本",
           "korea": "韩国", "features": "报告第一章", "outlook": "报告第六章", "events": "事件数",
           "events_share": "事件数占比", "amount": "金额", "amount_share": "金额占比", "agriculture": "农业生产",
           "industry": "工业制造", "services": "生活服务", "science": "科学研究", "search": "智能搜索",
           "content": "内容创作", "office": "办公助手", "hardware": "智能硬件", "delta": "增量",
           "points": "百分点", "growth_rate": "增长率", "multiple": "倍数",
           **{f"0{n}_{name}": f"第{n}章" for n, name in enumerate(
               ["features", "users", "industry", "scenarios", "environment", "outlook"], start=1)}}


STATED_LATER = "报告或报告之后的来源写出，哪一种看“来源”一栏"  # stated, in a table that holds a later source's rows


def constraints(field, frame: pd.DataFrame, glosses: dict[str, str] = GLOSSES) -> str:
    rules = field.get("constraints", {})
    parts = []
    if rules.get("required"):
        parts.append("必填")
    if rules.get("unique"):
        parts.append("不重复")
    if "enum" in rules and field["name"] == "qualifier":  # one vocabulary for every table: show what this one uses
        used = [v for v in rules["enum"] if v and v in set(frame.get("qualifier", pd.Series(dtype=str)).fillna(""))]
        allowed = "可为空或取一个限定词"
        parts.append(f"{allowed}；本表用到：" + "、".join(used) if used else f"{allowed}；本表没有用到")
    elif "enum" in rules:
        values = [f"{v}（{glosses[v]}）" if v in glosses else v or "（空）" for v in rules["enum"]]
        parts.append("取值：" + "、".join(values) if len(values) <= 12 else f"限{len(values)}种取值")
    if "maximum" in rules:
        parts.append(f"范围：{rules.get('minimum', '')}—{rules['maximum']}")
    elif "minimum" in rules:
        parts.append(f"不小于{rules['minimum']}")
    if "pattern" in rules:
        parts.append("有格式要求")
    if field.get("format") == "uri":
        parts.append("网址")
    return "；".join(parts) or "—"


PUBLISHED = sources.table(data_dir)["published"].fillna("").astype(str)


REPORT_NAMED = {sources.named(sources.REPORT, data_dir): sources.REPORT}  # a descriptor's title for the report


def undated_notes(source_ids) -> list[str]:
    """What a cited footnote without title or date is (the report's own compilation, footnote 73): its label alone,
    the publisher, would read like the report itself."""
    rows = sources.table(data_dir)
    return [f"报告脚注{int(float(rows.loc[s, 'footnote']))}：{rows.loc[s, 'note']}"
            for s in source_ids if sources.group(s) == "footnote" and not PUBLISHED[s]
            and not rows.loc[s, "title"] and rows.loc[s, "note"]]


# How the book set a row's period when the report gives none, by the row's note (as 方法与说明 counts them).
DATING = [(editions.DATED_BY_REPORT, "报告和来源都没有写日期，时期按报告发布的{when}占位"),
          (editions.DATED_BY_SOURCE, "没写时点，按所引来源的发布年月记，只是占位"),
          (editions.YEAR_SUPPLIED, "报告没写年份，年份据所引报道的日期补足"),
          (editions.YEAR_INFERRED, "报告没写年份，年份是本书的推断"),
          (editions.YEAR_FROM_SENTENCE, "来源没有为这一项单写年份，年份是本书的推断")]


def dating(frame: pd.DataFrame) -> str:
    """A value table's rows whose period the book set, by kind (each row counted once, in DATING's order)."""
    if "note" not in frame or frame.attrs.get("resource") not in value_tables:
        return ""
    notes, left, parts = frame["note"].fillna("").astype(str), pd.Series(True, index=frame.index), []
    for pattern, words in DATING:
        hit = notes.str.contains(pattern) & left
        left &= ~hit
        if hit.any():
            every = "全部" if hit.sum() == len(frame) else "有"  # "有7行" of a 7-row table would suggest others
            periods = list(dict.fromkeys(frame.loc[hit, "as_of"].astype(str)))  # the placeholder: year or month
            when = "、".join(("年份" if len(p) == 4 else "月份") + f"（{fmt.period(p)}）" for p in periods)
            parts.append(f"{every}{fmt.number(int(hit.sum()))}行，{words.format(when=when)}")
    return "时期：" + "；".join(parts) + "（各行“备注”有说明，见附录“方法与说明”）" if parts else ""


def key_text(schema) -> str:
    key = schema.get("primaryKey", [])
    return "、".join([key] if isinstance(key, str) else key) or "—"


def describe_resource(name: str) -> blocks.Rich:
    resource, frame = resources[name], frames[name]
    has_later = name in later_in
    glosses = {**GLOSSES, "stated": STATED_LATER} if has_later else GLOSSES
    described = sources.description(frame, data_dir) if len(frame) else NONE_IN_EDITION
    fields = pd.DataFrame({
        "字段": [f["name"] for f in resource["schema"]["fields"]],
        "含义": [f.get("title", "") for f in resource["schema"]["fields"]],
        "类型": [TYPES.get(f.get("type", "string"), f.get("type", "")) for f in resource["schema"]["fields"]],
        "约束": [constraints(f, frame, glosses) for f in resource["schema"]["fields"]],
    })
    facts = ["数值表" if name in value_tables else "清单", f"{fmt.number(len(frame))}行",
             f"主键：{key_text(resource['schema'])}"]
    if name in figures_of:
        facts.append(f"对应报告{figures_of[name]}" + (LATER_ROWS_APART if has_later else ""))
    units = [u for u in dict.fromkeys(frame["unit"]) if u] if "unit" in frame else []
    cites = any(k["reference"]["resource"] == "sources" for k in resource["schema"].get("foreignKeys", []))
    cited = [s for s in dict.fromkeys(frame["source_id"]) if s] if cites and "source_id" in frame else []
    if not cited and "digest_id" in frame:
        cited = list(dict.fromkeys(frame["digest_id"]))
    stated = [s.get("title", "") for s in resource.get("sources", [])]
    title = escape.html_text(resource.get("title", name))
    parts = [f'<section class="genai-resource" id="resource-{escape.html_text(name)}">',
             f"<h3>{title}（{escape.html_text(name)}.csv）</h3>",
             f"<p>{escape.html_text(described)}</p>",
             "<p>" + " · ".join(escape.html_text(f) for f in facts)
             + f' · <a href="../data/{escape.html_text(resource["path"])}" download>下载 CSV</a></p>']
    md = [f"**{escape.myst_text(resource.get('title', name))}（{escape.myst_text(name)}.csv）**", "",
          escape.myst_text(described), "", escape.myst_text(" · ".join(facts))]
    if units:
        parts.append(f"<p>出现的单位：{escape.html_text('、'.join(units))}</p>")
        md += ["", escape.myst_text("出现的单位：" + "、".join(units))]
    dated = dating(frame)
    if dated:
        parts.append(f"<p>{escape.html_text(dated)}</p>")
        md += ["", escape.myst_text(dated)]
    if cited:
        earlier = [s for s in cited if not sources.after_report(s, data_dir)]
        if earlier:
            n_cited = len(sources.distinct(earlier, data_dir))  # footnotes citing one page count once
            merged = "；几条脚注引用同一网页的只列一次" if n_cited < len(earlier) else ""
            parts.append(f'<p class="genai-sources">来源（{n_cited}个{merged}）：'
                         f'{sources.html_citation(earlier, data_dir)}</p>')
            md += ["", escape.myst_text(f"来源：{sources.text_citation(earlier, data_dir)}")]
            for note in undated_notes(sources.distinct(earlier, data_dir)):
                parts.append(f'<p class="genai-sources">（{escape.html_text(note)}）</p>')
                md += ["", escape.myst_text(f"（{note}）")]
        later = [s for s in cited if sources.after_report(s, data_dir)]
        if later:
            n_later = int(frame["source_id"].isin(later).sum())
            n_rows = ("全部" if n_later == len(frame) else "另有") + fmt.with_unit(n_later, "行")
            head = (f"{n_rows}出自报告发布以后的来源，不是报告的数字" if name in value_tables
                    else f"{n_rows}所引的来源发布在报告之后")  # a list: its rows may be the book's (a mapping)
            parts.append(f'<p class="genai-sources">{head}：{sources.html_citation(later, data_dir)}</p>')
            md += ["", escape.myst_text(f"{head}：{sources.text_citation(later, data_dir)}")]
    elif stated:
        ids = [REPORT_NAMED.get(s) for s in stated]
        if all(ids):  # the report, cited with its date as the tables' own sources are
            parts.append(f'<p class="genai-sources">来源（{len(ids)}个）：{sources.html_citation(ids, data_dir)}</p>')
            md += ["", escape.myst_text(f"来源：{sources.text_citation(ids, data_dir)}")]
        else:
            parts.append(f"<p>来源：{escape.html_text('；'.join(stated))}</p>")
            md += ["", escape.myst_text("来源：" + "；".join(stated))]
    table = tables.table(fields)
    parts += [table.html(), "</section>"]
    md += ["", table.markdown(), ""]
    return blocks.Rich("".join(parts), "\n".join(md))


for name in resources:
    display(describe_resource(name))  # noqa: F821 - IPython's display

# %% [markdown]
# ## 报告图表与资源的对应
#
# 报告共有{glue:text}`n_figures`幅图和{glue:text}`n_tables`张表。下表说明每个图表对应哪张表、正文是否给出了图中的全部数值。本书不读图，只按正文判断：给出全部数值的有{glue:text}`n_all`个，只给出部分或可能只给出部分的有{glue:text}`n_partial`个，一个也没有给出的有{glue:text}`n_none`个（不建表）。

# %%
fmt.glue("n_figures", fmt.with_unit(catalog["item"].str.startswith("图").sum(), ""))
fmt.glue("n_tables", fmt.with_unit(catalog["item"].str.startswith("表").sum(), ""))
for status in COVERAGE:
    fmt.glue(f"n_{status}", fmt.with_unit((catalog["values_in_text"] == status).sum(), ""))
mapping = pd.DataFrame({
    "图表": catalog["item"],
    "报告中的标题": catalog["title"].str.replace(r"\s+", "", regex=True),
    "所在章": [f"第{int(c[:2])}章" for c in catalog["chapter"]],
    "chapter_href": [f"../chapters/{c}.html" for c in catalog["chapter"]],
    "对应资源": [resources[r].get("title", r) + (LATER_ROWS_APART if r in later_in else "") if r else "—" for r in catalog["resource"]],
    "anchor": [f"#resource-{r}" if r else "" for r in catalog["resource"]],
    "正文给出的数值（本书按正文判断）": catalog["values_in_text"].map(COVERAGE),
    "说明": catalog["note"],
})
tables.table(mapping, links={"所在章": "chapter_href", "对应资源": "anchor"}, relative_links=True)
