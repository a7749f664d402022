# %% [markdown]
# # 报告与本书的章节对照
#
# 本书按报告的结构编排：报告的每一章、每一节和每个专栏，在本书里都有讲同一内容的章节。下表按报告的顺序逐项列出，点击右栏即可跳到本书的对应位置。报告共{glue:text}`n_chapters`、{glue:text}`n_sections`（含小节）和{glue:text}`n_columns`专栏，第五章讲国际环境的一节下面还按国家和地区分了{glue:text}`n_countries`条目，也都列在表里；本书的标题多是自拟的，也有一些沿用了报告的标题（去掉编号），如第四章的各节、第五章国际环境下的地区和国家条目，以及部分专栏；一节分在本书几处的，右栏逐一列出，括号里是说明。
#
# 本书另有报告没有的部分：每章末尾的“数据与来源”，第六章拿报告之外的材料所作的对照，{choose}``has_later|True=本版补入的报告发布以后的数字（书中都注明出处，不是报告的数字，逐项见附录“本版更新”），|False=``以及全部附录。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd

from genai_book import data, editions, escape, fmt, sources, tables

data.use(data_dir, as_of)
data.use_descriptors(data_dir)  # which tables are value tables, and which sources they cite

# %%
sections = data.load("report_sections").sort_values("order")
is_chapter = sections["heading"].str.match(r"^第.章")
is_column = sections["heading"].str.startswith("专栏")
fmt.glue("n_chapters", fmt.with_unit(is_chapter.sum(), "章"))
fmt.glue("n_sections", fmt.with_unit((sections["level"].isin([2, 3]) & ~is_column).sum(), "节"))
fmt.glue("n_countries", fmt.with_unit((sections["level"] == 4).sum(), "个"))
fmt.glue("n_columns", fmt.with_unit(is_column.sum(), "个"))
value_tables = set(editions.value_tables(data_dir))  # a value table citing a source later than the report
fmt.glue("has_later", any(sources.after_report(s, data_dir) and value_tables & set(names)
                          for s, names in sources.usage(data_dir).items()))


def book_link(target: str) -> str:
    """A reference Sphinx resolves: the front page by its document, a chapter's section by its label as 'number
    title', an appendix's (unnumbered) by its title."""
    if target == "intro":
        return "{doc}`/intro`"
    return f"{{ref}}`{target}`" if target.startswith("app-") else f"{{numref}}`{{number}} {{name}} <{target}>`"


links = ["；".join(book_link(t) for t in targets.split()) for targets in sections["book_targets"]]
notes = [f"（{escape.myst_text(note)}）" if isinstance(note, str) and note else "" for note in sections["note"]]
mapping = pd.DataFrame({
    "报告中的标题": sections["heading"],  # its numbering (第一章, 一、, （一）, 专栏) shows the level
    "本书": "",
    "links": [link + note for link, note in zip(links, notes)],
})
tables.glue_table("tab_sections", mapping, caption="报告的章节在本书中的位置", name="tab-report-sections",
                  raw_md={"本书": "links"})

# %% [markdown]
# ```{glue:md} tab_sections
# :format: myst
# ```
