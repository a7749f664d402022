# %% [markdown]
# # 方法与说明
#
# 本页说明本书的数字从哪里来、怎样从报告誊录到数据表、哪些地方不确定。页中的计数都由随书程序根据数据包算出。
#
# 要点：书中出自报告的数值都取自报告正文的文字，本书不从报告的图上读数。报告的{glue:text}`n_items`个图表中，按正文的写法判断，数值没有写全或可能没有写全的共{glue:text}`n_items_incomplete`个，其中{glue:text}`items_none`一个数值也没有写；正文提到了名目、却没有写出数值的项目，书中写作“未写明”，不做猜测。由报告的数字算出的比例、合计和差额，书中都标明“本书计算”或“本书推算”{choose}``has_later|True=；出自报告发布以后来源的{glue:text}`n_later`项数值另行注明出处，不替换报告的数字|False=``。报告没有公布调查的样本量和误差范围，相差很小的两个比例未必有实质差别。数值表各类行数见下文“誊录规则”。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd
from myst_nb import glue

from genai_book import data, digests, editions, fmt, series, sources, tables
from genai_book.blocks import Rich
from genai_book.facts import outlook
from genai_book.facts import users as user_facts

data.use(data_dir, as_of)
data.use_descriptors(data_dir)  # which tables there are (it counts them), their descriptors, the theme rules

# %% [markdown]
# (app-report-frame)=
# ## 报告的框架、调查与资料来源
#
# 据报告前言，报告以“用户普及—产业发展—典型应用—发展环境”为总体框架；据目录，另有开篇的发展特点和末章的前景展望。报告是 CNNIC 在上一年同名报告的基础上续编的。报告第二章的用户数据来自调查。报告没有明说调查的实施方；免责声明以“中心”自称，本书据此按 CNNIC 自己的调查理解；DeepSeek 的日活等个别数字另有脚注来源。据报告的免责声明，调查数据截至{glue:text}`survey_period`底。{choose}``report_edition|True=本版以这个月份为基准期。|False=本版的基准期是{glue:text}`as_of_period`：在报告的数字之外，本版收录了报告发布以后的来源写出的{glue:text}`n_later`项数值，各章注明出处，不替换报告的数值，报告的调查结果也不变。这些数值一般不与报告的数字接成序列；只有用户规模与普及率按期排在一起，因为本书把《第57次中国互联网络发展状况统计报告》的用户数字看作 CNNIC 同一调查的下一期。这是本书的判断，依据只是两者都由 CNNIC 发布。报告没有写明调查的名称；第57次报告的普及率是否同样按过去半年、以全国人口为分母，本书未能核对。``
#
# 两个比例的口径，报告在脚注里作了交代：普及率的分母是我国整体人口，某款产品的使用率的分母是全部生成式人工智能用户，都以过去半年内是否用过来计。报告没有公布样本量、抽样方法、调查方式和误差范围，本书因此无法为调查数字计算置信区间；两个相差很小的比例，未必有实质差别。
#
# 报告末尾的免责声明适用于整份报告，大意是：报告的结果只反映所调查样本群体的情况，而样本有它特定的时间、地域和人群；调查数据来自受访者自愿、主观的陈述，可能随市场、环境或政策的变化很快过时（CNNIC 不负责更新）；报告并声明，它“仅供一般参考和信息交流之用，不构成任何形式的专业意见、法律建议、投资建议或业务决策的最终依据”。本书可以换上新的数据重新构建，但更新的只是本书收录的来源，并不代表 CNNIC 修订了报告。
#
# 报告大量引用二手资料，第二章以外的章节尤其如此：来源表共{glue:text}`n_sources`行（各类行数见下文“来源与引用”），其中{glue:text}`n_footnote_sources`行是报告注明来源的脚注（几条脚注引用同一网页的，各记一行，见附录“资料来源”），多为新闻、政府网站和研究机构的发布。这些脚注里，{glue:text}`cnnic_footnotes`所记的不是外部资料，而是 CNNIC 汇总网上公开的投融资事件后自己推算的结果，定增、IPO 上市、退市等不计在内。这些数字的统计口径由原发布方决定；报告没有说明是否重新核实过它们，本书也没有核实。
#
# ## 时点
#
# 数值表的每一行都有时期。报告自己常不写时点{choose}`has_later|True=，报告之后的报道也有这种情况|False=`，本书这样处理：
#
# - 占位的时期：按所引来源的发布年月记录的{glue:text}`n_undated`行；来源也没有可用日期、记为报告发布的年份（{glue:text}`report_year`）或月份（{glue:text}`report_month`）的{glue:text}`n_report_year`行（如工业互联网的几项指标）。这两类时期都只是占位，不表示事情发生在那时，数据表的“备注”一栏（本页表中作“说明”，各章图下的表另有“时期说明”一栏）有注明。
# - 补出的年份：报告只写了月份或“去年”“今年”的，年份由本书按上下文或所引来源的日期补出；按来源日期补出的，在“备注”或数据目录的表说明里注明（如第三章的企业数及其全球占比）。
# - 推断的年份：{glue:text}`n_year_inferred`行报告没有写年份，时期{glue:text}`year_inferred_period`是本书按所引资料的统计年度推断的（{glue:text}`year_inferred_items`），“备注”有注明{choose}``has_later|True=；报告之后来源中的核心产业规模另有一种推断，年份取自报道同一句句首所写的年份，见第三章|False=``。
#
# 除了占位和推断年份的行，数值表中最早的时期是{glue:text}`first_period`，那一行记的是{glue:text}`first_item`；最晚的已发生时期是{glue:text}`last_period`；另有{glue:text}`n_future`行记的是目标或预测所指的年份，晚于所引来源的发布日期。基准期{glue:text}`as_of_period`{choose}``report_edition|True=是报告调查数据的截止月份|False=是本版所收最新用户数字的统计截止月份（这些数字据报道转引）``，不是本版所收数据的截止时间，也不是书中每个数字的时点；正文尽量写明每个数字自己的时期，来源没有写时期的会说明。
#
# ## 誊录规则
#
# 每个数值按其来源的写法记录。数值和单位一般照原文，例如报告的用户规模以“{glue:text}`example_unit`”为单位记作{glue:text}`example_value`，不换算成人数。个别分数记作倍数，如第一章的“不到同类模型的十分之一”，备注里写明原文。原文的限定词（“约”“超”“超过”“余”等）单独记在数据表的“限定”一栏，正文与图表再按中文习惯放回数字前后；其中“超”与“超过”分别记录，个别说法简记（如“最高达”记作“最高”），原文写在备注里。表示预期、估计或可能的说法分三种情形记录，正文都照原文写出：
#
# - 单独修饰数字的，记在“限定”一栏（如“估计”）；
# - 指标名称已写明是预计值的，不再另记（如英伟达预计的季度费用和收入）；
# - 与“以上”“超过”“高达”等连用的，“限定”一栏只记后者，前者写在“备注”里（如“预计……以上”“据估计……超过”“可能高达”）{choose}``has_later|True=；报告之后的来源中的“预计突破”是例外，整体记作一个限定词，使这个预计数在各处都带着“预计”二字|False=``。
#
# 全部{glue:text}`n_value_tables`张数值表共{glue:text}`n_value_rows`行，其中{glue:text}`n_qualified`行带有限定词（{numref}`本页表%s <tab-qualifiers>`）。只给出量级、没有确数的说法（{glue:text}`blank_examples`，共{glue:text}`n_blank_stated`行），“数值”一栏留空，量级词记在“限定”一栏，书中照原文措辞写出{choose}``blank_gaoda|True=（其中{glue:text}`blank_gaoda_examples`原文前面还有“高达”，这两个字写在“备注”里）|False=``；以数量级命名的说法（如{glue:text}`magnitude_example`）则记其基数，同样不当作确数使用。
#
# 每行还注明数值的来历（书中各表的“依据”一栏，数据表的“状态”字段）：
#
# - 报告给出：报告写出了数字，或只写了量级（即上面的{glue:text}`n_blank_report`行），共{glue:text}`n_stated`行。按出处分，报告自己的表述{glue:text}`n_stated_report`行，报告注明转引自脚注所列资料的{glue:text}`n_stated_footnote`行（本书没有查对原始资料）；
# - 未写明：共{glue:text}`n_unknown`行，“数值”一栏留空（另外留空的只有上面说的量级说法），书中写作“未写明”，不做猜测（报告的图中也许有这个数，本书不从图片估读）。其中{glue:text}`n_unknown_named`行是报告正文提到、却没有写出数值的项目{choose}``has_book_row|True=；另{glue:text}`n_unknown_book`行是本书为报告没有点名的其余受教育程度所立（已列的两档合计不足百分之百）|False=``；
# - 据报告推算：由报告的两个数字直接推出、保存在表里，共{glue:text}`n_implied`行，“备注”一栏说明推算方法。
#
# {choose}``has_later|True=本版另有{glue:text}`n_later`行出自报告发布以后的来源。数据表的“状态”字段记的是数值怎样得来（来源写出、未写明，还是据报告推算），不记是谁的数字；是谁的数字，看“来源”一栏。因此这{glue:text}`n_later`行的“状态”与报告写出的{glue:text}`n_stated`行取同一个值，取这个值的共{glue:text}`n_stated_all`行；只按“状态”筛选，会把两者混在一起。本书的页面则把两者分开：{numref}`本页表%s <tab-status-rows>`逐行列出这些行和各自的来源，“依据”一栏写作“报告之后的来源写出”，附录“数据目录”在收有这些行的表下把报告之后的来源单独列出，字段说明也注明这一点。这些数字不是报告的，也不经本书推算；与报告数字的关系见上文“报告的框架、调查与资料来源”。|False=``{choose}``stated_check|consistent=其中来源写出的较{glue:text}`stated_base`的变化，用本书倒推的{glue:text}`stated_base`数值核对，相差不超过四舍五入所能解释的幅度（见附录{doc}`本版更新 <changes>`和第二章）。|differs=其中来源写出的较{glue:text}`stated_base`的变化，用本书倒推的{glue:text}`stated_base`数值核对，相差超出了四舍五入所能解释的幅度（见附录{doc}`本版更新 <changes>`和第二章）。|none=``
#
# 除此之外的一切派生数字——变化量、剩余部分、合计、比值、隐含总额——都不存入数据表，而是在生成各章时由程序计算，并在正文中标明“本书计算”或“本书推算”。{numref}`本页表%s <tab-status-rows>`列出了全部未写明和推算的行{choose}``has_later|True=，以及出自报告之后来源的行|False=``。


# %%
descriptors = data.descriptors(data_dir)
VALUE_COLUMNS = {"as_of", "value", "unit", "qualifier", "status", "source_id"}
# the value tables' rows counted and classified; of their values only whether each row has one: the values this
# page shows (data.values, below) and the user figures it checks are recorded apart, so that another changed value
# leaves it cached
value_tables = {n: data.load_counted(n, data_dir) for n, meta in descriptors.items()
                if VALUE_COLUMNS <= {f["name"] for f in meta["schema"]["fields"]}}
frames = {name: data.load(name, data_dir) for name in ("figure_catalog", "trends", "outlook_themes")}
levels, stated_changes = data.load("users_series", data_dir), data.load("stated_changes", data_dir)
rows = pd.concat([f.assign(resource=n, row=f.index, item=editions.labels(f, editions.dimensions(descriptors[n])))
                  for n, f in value_tables.items()], ignore_index=True)


def with_values(shown: pd.DataFrame) -> pd.DataFrame:
    """Rows of `rows` with their values, read (and recorded) for these rows only."""
    value = pd.Series(float("nan"), index=shown.index)
    for name, group in shown.groupby("resource"):
        value[group.index] = data.values(name, group["row"], data_dir).loc[group["row"]].to_numpy()
    return shown.assign(value=value)
source_table = sources.table(data_dir)
report_published = source_table.loc[sources.REPORT, "published"]

fmt.glue_all(as_of_period=fmt.period(as_of), survey_period=fmt.period(editions.report_edition()),
             report_edition=as_of == editions.report_edition())
fmt.glue("n_sources", fmt.with_unit(len(source_table), ""))
groups = source_table.index.map(sources.group)
fmt.glue_all(n_footnote_sources=fmt.with_unit((groups == "footnote").sum(), ""),
             n_report_rows=fmt.with_unit((groups == "report").sum(), ""),
             n_digest_rows=fmt.with_unit((groups == "digest").sum(), ""))
after = pd.Series([sources.after_report(s, data_dir) for s in source_table.index], index=source_table.index)  # later
groups = pd.Series(groups, index=source_table.index)
fmt.glue_all(has_other_before=bool(((groups == "other") & ~after).any()),
             n_other_before=fmt.with_unit(((groups == "other") & ~after).sum(), ""),
             has_later_sources=bool(after.any()), n_later_sources=fmt.with_unit(after.sum(), ""))
published = rows["source_id"].map(source_table["published"]).fillna("").replace("", report_published).str[:7]
later = published > report_published  # a source of an edition later than the report
stated = rows["status"] == "stated"  # stated by the report, or by a later source ("来源给出")
fmt.glue_all(has_later=bool(later.any()), n_later=fmt.with_unit((stated & later).sum(), ""),
             n_stated=fmt.with_unit((stated & ~later).sum(), ""), n_stated_all=fmt.with_unit(stated.sum(), ""),
             n_blank_report=fmt.with_unit((stated & ~later & rows["value"].isna()).sum(), ""))  # magnitudes only

ends = rows["as_of"].map(series.period_end)
future = ends > published  # a target or forecast when its source wrote it
by_report_year = rows["note"].str.contains(editions.DATED_BY_REPORT)  # no source date either: the report's year/month
undated = rows["note"].str.contains(editions.DATED_BY_SOURCE) & ~by_report_year  # dated by the source's month
fmt.glue("n_undated", fmt.with_unit(undated.sum(), ""))
dated_by_report = by_report_year | (
    (rows["source_id"] == sources.REPORT) & (rows["as_of"] == report_published))  # the report's own month
fmt.glue("n_report_year", fmt.with_unit(dated_by_report.sum(), ""))
year_inferred = rows["note"].str.contains(editions.YEAR_INFERRED)  # no year in the report: the book's inference
fmt.glue_all(n_year_inferred=fmt.with_unit(year_inferred.sum(), ""),
             year_inferred_period=fmt.join(dict.fromkeys(fmt.period(p) for p in rows.loc[year_inferred, "as_of"])),
             year_inferred_items=fmt.join((rows["item"].where(rows["item"] != "", rows["resource"].map(
                 {n: m.get("title", n) for n, m in descriptors.items()})))[year_inferred]))
dated_by_book = undated | dated_by_report | year_inferred  # placeholders and inferred years, set apart below
earliest = ends[~dated_by_book].idxmin()
fmt.glue_all(first_period=fmt.period(ends[earliest]), first_item=rows.loc[earliest, "item"])
fmt.glue("last_period", fmt.period(max(ends[~future & ~dated_by_book])))
fmt.glue_all(report_month=fmt.period(report_published), report_year=fmt.period(report_published[:4]))
bare = source_table[(groups == "footnote") & (source_table["url"].fillna("") == "")
                    & (source_table["published"].fillna("") == "")]  # a footnote of publisher (or remark) alone
fmt.glue("bare_footnotes", "脚注" + "、".join(str(int(float(n))) for n in bare["footnote"]))
cnnic = source_table[(source_table["publisher"] == "中国互联网络信息中心") & (source_table.index.map(sources.group) == "footnote")]
fmt.glue_all(cnnic_footnotes="脚注" + "、".join(str(int(float(n))) for n in cnnic["footnote"]))
fmt.glue("n_future", fmt.with_unit(future.sum(), ""))

example = series.at(levels, editions.report_edition(), metric="users").iloc[0]
fmt.glue("example_unit", example["unit"])
fmt.glue("example_value", fmt.number(example["value"]))
fmt.glue("n_value_tables", fmt.with_unit(len(value_tables), ""))
fmt.glue("n_value_rows", fmt.with_unit(len(rows), ""))
fmt.glue("n_qualified", fmt.with_unit((rows["qualifier"] != "").sum(), ""))
stated_from = rows.loc[stated & ~later, "source_id"].map(sources.group)
fmt.glue_all(n_stated_report=fmt.with_unit((stated_from == "report").sum(), ""),
             n_stated_footnote=fmt.with_unit((stated_from == "footnote").sum(), ""))
blank = with_values(rows[stated & rows["value"].isna()])  # a magnitude without a count (数十亿美元)
gaoda = blank[blank["note"].str.contains("“高达")]  # 高达数千美元: 高达 kept in the note, the magnitude as qualifier
fmt.glue_all(blank_gaoda=bool(len(gaoda)), blank_gaoda_examples=fmt.join(f"“{fmt.describe(row)}”" for _, row in gaoda.iterrows()))
fmt.glue_all(n_blank_stated=fmt.with_unit(len(blank), ""), blank_examples=fmt.join(
    f"“{fmt.describe(row)}”" for _, row in blank.iterrows()).replace("”、“", "”“"),
    magnitude_example="“" + fmt.magnitude(with_values(rows[rows["qualifier"] == "级"].iloc[:1]).iloc[0]) + "”")
scale = user_facts.scale(levels, stated_changes, as_of)
checked = scale.base is not None and scale.checked  # changes stated against the base the book derived
fmt.glue_all(stated_check=scale.verdict if checked else "none",
             stated_base=fmt.period(scale.stated_base) if checked else "")
for status in ("unknown", "implied"):
    fmt.glue(f"n_{status}", fmt.with_unit((rows["status"] == status).sum(), ""))
book_row = (rows["status"] == "unknown") & rows["item"].str.contains("报告未列明")  # a row the book set up itself
fmt.glue_all(has_book_row=bool(book_row.any()), n_unknown_book=fmt.with_unit(book_row.sum(), ""),
             n_unknown_named=fmt.with_unit(((rows["status"] == "unknown") & ~book_row).sum(), ""))

titles = {name: meta.get("title", name) for name, meta in data.descriptors(data_dir).items()}
# where a qualifier occurs: each table once, by its title; a later source's rows counted apart
qualifiers = rows.assign(where=rows["resource"].map(titles), later=later)[rows["qualifier"] != ""].groupby(
    "qualifier").agg(行数=("resource", "size"), 后=("later", "sum"), 表=("where", lambda r: "；".join(dict.fromkeys(r))))
qualifiers = qualifiers.sort_values("行数", ascending=False).reset_index()
first = with_values(rows[rows["qualifier"] != ""].drop_duplicates("qualifier"))
shown = {row["qualifier"]: (fmt.magnitude if row["qualifier"] == "级" else fmt.describe)(row)  # 千亿级, not 1000亿级
         for _, row in first.iterrows()}
for _, row in first[(first["unit"] == "倍") & first["note"].str.startswith("原文为")].iterrows():  # a fraction
    shown[row["qualifier"]] = f"{row['note'].removeprefix('原文为').split('；')[0]}（记作{shown[row['qualifier']]}）"
tables.glue_table("tab_qualifiers", pd.DataFrame({
    "限定词": qualifiers["qualifier"], "示例": qualifiers["qualifier"].map(shown),
    "行数": qualifiers["行数"].map(fmt.number),
    **({"其中出自报告之后的来源": [fmt.number(n) if n else "—" for n in qualifiers["后"]]} if later.any() else {}),
    "所在数据表": qualifiers["表"],
}), caption="数值表中的限定词（示例取自数据中第一个带该限定词的数值）", name="tab-qualifiers")

special = with_values(rows[(rows["status"] != "stated") | later])
LATER_WORD = "报告之后的来源写出"  # the 来历 of a later source's row (its status is stated, as the report's)
special_periods = editions.period_texts(special["as_of"], special["note"])
tables.glue_table("tab_status_rows", pd.DataFrame({
    "表": special["resource"].map(titles),
    "项目": editions.without_undated_tag(special["item"], special_periods),
    "时期": editions.with_year_only_tag(special_periods, special["item"]),
    "依据": [LATER_WORD if is_later else fmt.STATUS_WORDS[s] for s, is_later in zip(special["status"], later[special.index])],
    "数值": [fmt.UNKNOWN_TEXT if pd.isna(r["value"]) else fmt.describe(r) for _, r in special.iterrows()],
    "说明": special["note"],
    "来源": [sources.text_citation([s], data_dir) for s in special["source_id"]],
}), caption="未写明、据报告推算与出自报告之后来源的全部数据行" if later.any() else "未写明与据报告推算的全部数据行",
    name="tab-status-rows")

# %% [markdown]
# ```{glue:md} tab_qualifiers
# :format: myst
# ```
#
# ```{glue:md} tab_status_rows
# :format: myst
# ```
#
# ## 报告的图表
#
# 报告共有{glue:text}`n_figures`幅图和{glue:text}`n_tables`张表（合称{glue:text}`n_items`个图表）。本书不从图片估读数值，只用正文里写出的数字建表，所以下面的分类是按正文的写法判断的：正文写出的内容看来已覆盖图表各项的有{glue:text}`n_items_all`个（{glue:text}`items_all`；表格是政策列表，全文就在正文里），只写出一部分、或可能只写出一部分（图中也许另有正文未提的时期或细分）的有{glue:text}`n_items_partial`个，一个数值也没有写的有{glue:text}`n_items_none`个（{glue:text}`items_none`）。{numref}`本页表%s <tab-partial-figures>`列出后两类及缺少的内容。图中有、正文没有的数值，本书不补：数据表只为正文提到了名目却没给数值的项目留下空行，就是上面的“未写明”（指正文未给出，不是报告没有发布）。唯一的例外是受教育程度中正文没有列出的其余各档，合为一行留空。本书图表中用差额（总数减去已知各项）补出的部分一律标为“本书推算”。

# %%
catalog = frames["figure_catalog"]
fmt.glue_all(n_items=fmt.with_unit(len(catalog), ""),
             n_figures=fmt.with_unit(catalog["item"].str.startswith("图").sum(), ""),
             n_tables=fmt.with_unit(catalog["item"].str.startswith("表").sum(), ""))
for status in ("all", "partial", "none"):
    fmt.glue(f"n_items_{status}", fmt.with_unit((catalog["values_in_text"] == status).sum(), ""))
fmt.glue_all(items_all=fmt.join(catalog.loc[catalog["values_in_text"] == "all", "item"]),
             items_none=fmt.join(catalog.loc[catalog["values_in_text"] == "none", "item"]))
fmt.glue("n_items_incomplete", fmt.with_unit((catalog["values_in_text"] != "all").sum(), ""))
incomplete = catalog[catalog["values_in_text"] != "all"]
tables.glue_table("tab_partial_figures", pd.DataFrame({
    "图表": incomplete["item"], "报告中的标题": incomplete["title"].str.replace(r"\s+", "", regex=True),
    "数据表": [titles.get(r, r) if r else "—（不建表）" for r in incomplete["resource"]],
    "缺少的内容": incomplete["note"],
}), caption="正文未给出或可能未给出全部数值的报告图表", name="tab-partial-figures")

# %% [markdown]
# ```{glue:md} tab_partial_figures
# :format: myst
# ```
#
# ## 来源与引用
#
# 来源表的主体由程序从报告的脚注生成：每条注明“来源”的脚注一行，记录发布方，以及脚注给出的网址和日期（{glue:text}`bare_footnotes`只写了发布方或说明，没有网址和日期）；只作名词解释的脚注不收。另有报告本身的{glue:text}`n_report_rows`行、AI日报的{glue:text}`n_digest_rows`行（每期一行）{choose}``has_other_before|True=、其他资料的{glue:text}`n_other_before`行|False=``{choose}``has_later_sources|True=，以及报告发布以后的来源{glue:text}`n_later_sources`行（第六章对照的趋势报告和报道它发布的新闻、刊登新数字的报道，以及这些报道转述、本书没有直接引用的统计报告）|False=``。每个数据行用来源编号指向其中一行，正文的脚注和图下的来源说明都由此生成，不另行手写。报告中没有脚注的段落，以报告本身为来源。完整清单见附录“资料来源”。
#
# ## 第六章的对照材料
#
# 本书第六章另用了AI日报（不属于报告），全部条目逐期收录，并核对编号连续、每条都有标题、链接和摘要，以便发现收录时的遗漏。每条新闻涉及哪些展望主题，按一份关键词规则判断：在标题和摘要中查找每个主题的关键词（共{glue:text}`n_patterns`条规则，{glue:text}`patterns_by_theme`），出现任一个即标注该主题（主题名取自报告第六章各节标题开头的关键词，例如第一节“模型集成将打造人工智能新形态”取“模型集成”）。规则只看字面，不理解语境，也不区分新闻的主次，所以这些自动标注只作初筛，随数据包提供；第六章的计数和新闻表用的是本书逐条按标题所作的判断（分直接对应和部分相关两档），理由逐条写在数据表中。
#
# {choose}``trends_in_edition|True=第六章还对照了量子位智库的十大趋势（也不属于报告，发布在报告之后）。本书所据只有这份趋势报告前六页经文字识别（OCR）得到的文字，其中没有发布日期；来源表记的发布日期是星島日報报道它发布的日期。总览页分栏排版，识别结果把各栏的文字交替混在一起，本书按版面把每行放回它所在的栏；无法辨认的字记作“□”，每条识别出的原文和辨读说明都保存在数据表中；趋势与报告主题的对应是本书的判断，理由逐条写在对照表里。标题有几处读不准（{numref}`本页表%s <tab-ocr-notes>`）：有{glue:text}`ocr_unreadable_n`条标题含有扫描文字里无法辨认、记作“□”的字（{glue:text}`ocr_unreadable_list`）；各栏文字放回原位时，有{glue:text}`ocr_uncertain_n`处归属无法完全确定；另有几处字词或标点是本书按文意改读的，或照录了可能误识的文字（{glue:text}`ocr_reread_list`）。本书判断这些不确定之处不影响第六章的对应关系，但引用趋势原文时应以量子位智库的原文为准。|False=``

# %%
reading = outlook.ocr_reading(frames["trends"])
trends_in_edition = not frames["trends"].empty  # the trends report came out after the report: later editions only
fmt.glue("trends_in_edition", trends_in_edition)
fmt.glue_all(ocr_unreadable_n=fmt.number(len(reading.unreadable)), ocr_uncertain_n=fmt.number(reading.uncertain),
             ocr_unreadable_list=fmt.join(f"趋势{r}" for r in reading.unreadable["rank"]) or "无",
             ocr_reread_list=fmt.join(f"趋势{r}" for r in reading.noted.loc[  # read by sense, or kept as OCR'd
                 reading.noted["note"].str.contains("读作|误识"), "rank"]) or "无")
if trends_in_edition:
    tables.glue_table("tab_ocr_notes", pd.DataFrame({
        "趋势序号": reading.noted["rank"].map(fmt.number), "OCR原文": reading.noted["title_ocr"],
        "本书的读法与说明": reading.noted["note"]}), caption="十大趋势标题的辨读说明", name="tab-ocr-notes")
else:
    glue("tab_ocr_notes", Rich("", ""), display=False)

# %% [markdown]
# ```{glue:md} tab_ocr_notes
# :format: myst
# ```
#
# ## 本书没有做的事
#
# - 没有从报告的图片中估读数值；
# - 没有在不同币种之间换算（报告自带的折算照录并注明）；
# - 没有改动数值：个别分数改写成倍数，个别限定说法简记，一个数前有两个限定说法的其一移入备注，原文都保存在“备注”里（见“誊录规则”）；发现的不一致（例如第五章投融资地区占比与总额不符）如实呈现并说明；
# - 报告前后用字不同时，取其中一处，并在正文注明另一处的写法（如第三章转述的《政府工作报告》）。

# %%
rules = digests.load_rules(data.folder_of(data_dir) / data.META_DIR / "theme_rules.yaml")
themes = frames["outlook_themes"].set_index("theme_id")["title_zh"]
fmt.glue("n_patterns", fmt.with_unit(sum(len(p) for p in rules.values()), ""))
sections = frames["outlook_themes"].set_index("theme_id")["report_section"]
fmt.glue("patterns_by_theme", "，".join(f"“{themes[t]}”（{sections[t]}）{fmt.with_unit(len(p), '条')}"
                                      for t, p in rules.items()))
