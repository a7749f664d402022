# %% [markdown]
# # 本版更新
#
# {choose}``edition_state|first=这是本书的第{glue:text}`edition_number`版，基准期为报告调查数据的截止月份，即{glue:text}`edition_period`（书中其他数字各有自己的时期，有的晚于这个月份）；本版收录报告发布（{glue:text}`report_month`）时已有的资料，包括报告以外的AI日报。没有更早的版本可以比较；后续版本与它的差别，见各版自己的“本版更新”页。|revised=这是本书的第{glue:text}`edition_number`版，基准期为报告调查数据的截止月份，即{glue:text}`edition_period`（书中其他数字各有自己的时期，有的晚于这个月份）；它的数据在发布后有改动，下表把现在的数据与本版发布时记录的数据逐项比较：新增{glue:text}`n_added`，改动{glue:text}`n_changed`，删除{glue:text}`n_removed`。|same=本版（基准期{glue:text}`edition_period`）与上一版（基准期{glue:text}`baseline_period`）的数据完全相同。|changed=本页把本版（基准期{glue:text}`edition_period`）与上一版（基准期{glue:text}`baseline_period`）数值表的各行逐项比较：新增{glue:text}`n_added`，改动{glue:text}`n_changed`，删除{glue:text}`n_removed`，见下表。{glue:text}`new_kinds`的数值都不是《生成式人工智能应用发展报告（2025）》的数字，而是出自报告发布（{glue:text}`report_month`）以后发表的来源，表中逐项注明；这些来源是：{glue:text}`new_sources`。本版没有更新的数字仍是上一版的数值，各自注明时期。表中每行是一项指标在一个时期的数值；“上一版”一栏的“—”表示上一版没有这一项，上一版已有的数值照旧保留。表中的“时期”照各数据行所记；来源没有写时点的，“时期”一栏写明这一点，括号里是来源的发布月份，本书暂以它占位，各章另有说明。|added=本页把本版（基准期{glue:text}`edition_period`）与上一版（基准期{glue:text}`baseline_period`）数值表的各行逐项比较：本版新增{glue:text}`n_added`数值，没有改动或删除上一版的数值，见下表。{glue:text}`new_kinds`的数值都不是《生成式人工智能应用发展报告（2025）》的数字，而是出自报告发布（{glue:text}`report_month`）以后发表的来源，表中逐项注明；这些来源是：{glue:text}`new_sources`。表中每行是一项指标在一个时期的数值，“上一版”一栏的“—”表示上一版没有这一项。表中的“时期”照各数据行所记；来源没有写时点的，“时期”一栏写明这一点，括号里是来源的发布月份，本书暂以它占位，各章另有说明。``
#
# {choose}`undated_other|True=量子位智库的趋势报告，本书所见的前几页没有注明发布日期，也收在本版。|False=`
#
# {choose}``has_new_lists|True=数值表之外，本版还新收了以下清单：{glue:text}`new_lists`，上一版没有这些行。它们或是报告之后来源的内容，或是本书把这些内容与报告对照所作的判断，各表的说明见附录“数据目录”。|False=``{choose}``has_new_other|True=除下表各数值行的来源外，本版的来源表还新登记了以下资料（各自的用途，以及本书是否见到原文，见附录“资料来源”）：{glue:text}`new_other_sources`。|False=``
#
# {choose}``stated_in_table|derived=表中与{glue:text}`stated_base`相比的{glue:text}`n_stated_shown`变化是来源写出的，不是本书算出的。报告正文和这些来源都没有写出{glue:text}`stated_base`的数值（报告的图中也许有这个数，但本书只用正文，不从图上读数），本书所用的{glue:text}`stated_base`数值，是从报告的数值减去报告所写的较{glue:text}`stated_base`的变化得到的（见附录“方法与说明”）；用倒推的数值算出|none=``{choose}``stated_metrics|users+penetration=用户规模{glue:text}`users_stated_word`{glue:text}`users_computed`（来源写作{glue:text}`users_stated`），普及率{glue:text}`penetration_stated_word`{glue:text}`penetration_computed`（来源写作{glue:text}`penetration_stated`）|users=用户规模{glue:text}`users_stated_word`{glue:text}`users_computed`（来源写作{glue:text}`users_stated`）|penetration=普及率{glue:text}`penetration_stated_word`{glue:text}`penetration_computed`（来源写作{glue:text}`penetration_stated`）|none=``{choose}`stated_verdict|consistent=，这是本书的计算，与来源所写的差别在四舍五入范围内；本书第二章有核对。表中用户规模、普及率及其变化的几项，出自转述《第57次中国互联网络发展状况统计报告》的报道；那份报告的用户规模与普及率是否与《生成式人工智能应用发展报告（2025）》同一口径，本书无从核对，这里的核对只说明数字在算术上相符。|differs=，这是本书的计算，与来源所写的差别超出了四舍五入所能解释的幅度；本书第二章有说明。|none=`

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import re

import pandas as pd

from genai_book import data, editions, fmt, paths, sources, tables
from genai_book.facts import users as user_facts
from genai_book.texts import users as user_texts

data.use(data_dir, as_of)
data.use_descriptors()  # it compares every value table (each recorded as it is loaded), including ones added later

# %%
baseline = editions.previous_snapshot(as_of)
if baseline is None:
    raise data.DataError(f"{editions.EDITIONS}: no recorded edition to compare with "
                         f"(scripts/snapshot_edition.py writes one)")
data.record_file(baseline)
now = editions.flatten()
changes = editions.diff(editions.read_snapshot(baseline), now)


def home_chapters() -> dict[str, tuple[int, int]]:
    """Each table's chapter and its place in that chapter's data list (sources.resource_list), chapters in book
    order: the first chapter that lists it after chapter 1, which sums up the others (chapter 1 when only it does)."""
    folder = paths.CHAPTERS
    data.record_listing(folder, "[0-9][0-9]_*.py")
    home: dict[str, tuple[int, int]] = {}
    for rank, path in enumerate(sorted(folder.glob("[0-9][0-9]_*.py"))):
        data.record_file(path)
        call = path.read_text(encoding="utf-8").partition("resource_list(")[2].split("\n# %%")[0]
        for place, name in enumerate(re.findall(r'"([a-z0-9_]+)"', call)):
            if name not in home or home[name][0] == 0:
                home[name] = (rank, place)
    return home


# the table's rows in the reader's order: by the chapter that discusses each table, then as each table lists them
# (the comparison itself orders them by table name); rows keyed as editions.flatten keys them
home = home_chapters()
position = {}
for name in dict.fromkeys(changes["resource"]):
    frame = data.load(name, columns=editions.dimensions(data.descriptors()[name]) + ["as_of"])
    dims = editions.dimensions(data.descriptors()[name])
    keys = frame[dims].astype(str).agg(" / ".join, axis=1) if dims else pd.Series("", index=frame.index)
    position |= {(name, item, as_of): i for i, (item, as_of) in enumerate(zip(keys, frame["as_of"]))}
changes = changes.assign(
    _home=changes["resource"].map(lambda n: home.get(n, (len(home), 0))),
    _position=[position.get(k, len(position)) for k in zip(changes["resource"], changes["item"], changes["as_of"])],
).sort_values(["_home", "_position"], kind="stable", ignore_index=True).drop(columns=["_home", "_position"])
counts = changes["change"].value_counts()
shown_now = changes[changes["change"] != "removed"]
fmt.glue("undated_other", baseline.stem == as_of and not len(changes) and bool(  # the first edition: an undated
    sources.table().loc[lambda t: t.index.map(sources.group) == "other", "published"].fillna("").astype(str).eq("").any()))
value_sources = set(shown_now["source_id_new"].dropna())
base_cutoff = data.edition_cutoff(baseline.stem) if baseline.stem != as_of else None
new_other = [s for s, published in sources.table()["published"].items()  # lists' sources (the trends report, …)
             if base_cutoff and sources.group(s) == "other" and s not in value_sources
             and str(published) > base_cutoff]  # published after the previous edition's cutoff
lists = [n for n, meta in data.descriptors().items()  # the lists (not value tables) whose rows cite a source
         if {f["name"] for f in meta["schema"]["fields"]} >= {"source_id"} and "value" not in
         {f["name"] for f in meta["schema"]["fields"]}]
new_lists = {n: len(data.load(n, columns=["source_id"])) for n in lists
             if base_cutoff and len(data.load(n, columns=["source_id"]))
             and not len(data.load(n, as_of=baseline.stem, columns=["source_id"]))}  # none in the previous edition
fmt.glue_all(has_new_lists=bool(new_lists), new_lists=fmt.join(
    f"“{data.descriptors()[n].get('title', n)}”（{fmt.with_unit(k, '行')}）" for n, k in new_lists.items()))
fmt.glue_all(has_new_other=bool(new_other),
             new_other_sources=sources.text_citation(sorted(new_other, key=lambda s: str(
                 sources.table().loc[s, "published"]))) if new_other else "")
CHANGE_WORDS = {"changed": "改动", "added": "新增", "removed": "删除"}
only_added = bool(counts.get("added", 0)) and not counts.get("changed", 0) and not counts.get("removed", 0)
fmt.glue_all(
    edition_state=("revised" if len(changes) else "first") if baseline.stem == as_of
    else ("added" if only_added else "changed") if len(changes) else "same",
    edition_period=fmt.period(as_of),
    edition_number=fmt.number(editions.number(as_of)),
    baseline_period=fmt.period(baseline.stem),
    report_month=fmt.period(sources.table().loc[sources.REPORT, "published"]),
    new_kinds=fmt.join([CHANGE_WORDS[kind] for kind in ("added", "changed") if counts.get(kind, 0)]),
    new_sources=sources.text_citation(sorted(  # in order of publication
        changes.loc[changes["change"] != "removed", "source_id_new"].dropna().unique(),
        key=lambda s: str(sources.table().loc[s, "published"]))),
    **{f"n_{kind}": fmt.with_unit(counts.get(kind, 0), "项") for kind in CHANGE_WORDS},
)

# %%
# Changes a source states (stated_changes) shown above: whether their base is the book's derived level, and the
# changes the book computes from it, checked as chapter 02 does.
scale = user_facts.scale(data.load("users_series"), data.load("stated_changes"), as_of)
stated_shown = changes[(changes["resource"] == "stated_changes") & (changes["change"] != "removed")]
derived = bool(len(stated_shown)) and scale.base is not None
computed = user_texts.stated_changes(scale.stated) if derived else {}
fmt.glue_all(
    stated_in_table="derived" if derived else "none",
    stated_base=fmt.period(scale.stated_base) if derived else "",
    n_stated_shown=fmt.with_unit(len(stated_shown), "项"),
    stated_metrics=scale.stated_metrics if derived else "none",
    stated_verdict=scale.verdict if derived else "none",
    users_computed=computed.get("users_computed", ""),
    penetration_computed=computed.get("penetration_computed", ""),
    users_stated=computed.get("users_stated", ""),
    penetration_stated=computed.get("penetration_stated", ""),
    users_stated_word=computed.get("users_stated_word", ""),
    penetration_stated_word=computed.get("penetration_stated_word", ""),
)

# %%
def shown(row, side):
    if row["change"] == {"old": "added", "new": "removed"}[side]:
        return "—"
    if pd.isna(row[f"value_{side}"]):
        return fmt.UNKNOWN_TEXT
    return fmt.with_unit(row[f"value_{side}"], row[f"unit_{side}"], row[f"qualifier_{side}"])


periods = editions.period_texts(changes["as_of"], changes.merge(now, on=["resource", "item", "as_of"], how="left")["note"])
tables.table(pd.DataFrame({
    "指标": editions.without_undated_tag(changes["label"], periods),
    "时期": editions.with_year_only_tag(periods, changes["label"]),
    "本版变动": changes["change"].map(CHANGE_WORDS),
    "上一版": changes.apply(shown, axis=1, side="old"),
    "本版": changes.apply(shown, axis=1, side="new"),
    "来源": [sources.text_citation([s]) if s else "" for s in changes["source_id_new"].fillna(
        changes["source_id_old"])],
})) if not changes.empty else None
