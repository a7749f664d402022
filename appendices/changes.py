# %% [markdown]
# # 本版更新
#
# 本页把本版数据与上一版发布时记录的数据（{glue:text}`baseline_label`）逐项比较，列出每一个数值、单位、限定词或来源
# 有变化的条目。{glue:text}`change_summary`

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd

from genai_book import data, editions, fmt, sources, tables

data.use(data_dir, as_of)
data.use_whole_package()  # it compares every value table, including ones added later

# %%
baseline = editions.previous_snapshot(as_of)
if baseline is None:
    raise data.DataError(f"{editions.EDITIONS}: no recorded edition to compare with "
                         f"(scripts/snapshot_edition.py writes one)")
data.record_file(baseline)
changes = editions.diff(editions.read_snapshot(baseline), editions.flatten())
counts = changes["change"].value_counts()

fmt.glue("baseline_label", f"截至{fmt.period(baseline.stem)}的一版")
if changes.empty:
    summary = "两版数据完全一致，没有任何数值变化。"
else:
    parts = [f"{label}{fmt.with_unit(counts[kind], '项')}" for kind, label in
             (("changed", "数值改动"), ("added", "新增"), ("removed", "删除")) if kind in counts]
    summary = "与上一版相比，" + "、".join(parts) + "，详见下表。"
fmt.glue("change_summary", summary)

# %%
def shown(row, side):
    value = row[f"value_{side}"]
    if row["change"] == {"old": "added", "new": "removed"}[side]:
        return "—"
    if pd.isna(value):
        return "未知"
    return fmt.with_unit(value, row[f"unit_{side}"], row[f"qualifier_{side}"])


titles = {name: meta.get("title", name) for name, meta in data.descriptors().items()}
labels = {"changed": "改动", "added": "新增", "removed": "删除"}
table = pd.DataFrame({
    "数据表": changes["resource"].map(titles),
    "项目": changes["item"],
    "时期": changes["as_of"].map(fmt.period),
    "变化": changes["change"].map(labels),
    "上一版": changes.apply(shown, axis=1, side="old"),
    "本版": changes.apply(shown, axis=1, side="new"),
    "来源": [sources.text_citation([s]) if s else "" for s in changes["source_id_new"].fillna(
        changes["source_id_old"])],
})
tables.table(table) if not table.empty else None

# %% [markdown]
# 表中“上一版”一栏来自 `editions/` 下记录的上一版数据快照；“本版”来自当前的数据包。数值改动包括数值本身、单位、
# 限定词（约、超过等）、状态（已公布/未知/推算）与来源的任何变化。
