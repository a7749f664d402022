# %% [markdown]
# # 本版信息
#
# 这是《生成式人工智能应用发展报告（2025）》开放数据版的一个版本。本书的编者依据中国互联网络信息中心（CNNIC）的这份报告整理，不是 CNNIC 发布的版本；报告的版权归 CNNIC 所有。同一份源文件，换一批数据或换一个基准期重新构建，就得到另一个版本；下面的信息足以确认你读到的是哪一版、能否复现。
#
# - 版本名称：{glue:text}`edition_title`
# - 版次：第{glue:text}`edition_number`版
# - 基准期：{glue:text}`edition_as_of`（书中各个数字另有自己的时期，见附录“方法与说明”）
# - 构建日期：{{ build_date }}
# - 数据包：{glue:text}`n_files`个文件，合计{glue:text}`n_bytes`。其中{glue:text}`n_csv`个是数据表，可用电子表格软件打开：{glue:text}`n_value_tables`个是数值表（方法与说明中“全部数值表”指的就是它们），其余是来源、政策、日报条目、图表目录等清单；另有{glue:text}`n_meta`个描述和规则文件。
#
# 要核对手中的数据是否与本版一致，可以用随书程序重算数据包的“指纹”，方法见本页最后的技术说明。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import platform
from importlib import metadata

import pandas as pd

from genai_book import data, editions, fmt, tables

data.use(data_dir, as_of)
data.use_whole_package(data_dir)

# %%
files = data.package_files(data_dir)
folder = data.folder_of(data_dir)
fmt.glue("edition_title", data.PACKAGE_PROPERTIES["title"])
fmt.glue("edition_number", fmt.number(editions.number(as_of)))
fmt.glue("edition_as_of", fmt.period(as_of))
fmt.glue("n_files", fmt.with_unit(len(files), ""))
fmt.glue("n_csv", fmt.with_unit(sum(f.suffix == ".csv" for f in files), ""))
fmt.glue("n_meta", fmt.with_unit(sum(f.suffix == ".yaml" for f in files), ""))
size = sum(f.stat().st_size for f in files)
fmt.glue("n_bytes", f"{fmt.number(round(size / 1024, 1))} KB")
fmt.glue("package_hash", data.content_hash(data_dir))
fmt.glue("n_value_tables", fmt.with_unit(len(editions.value_tables(data_dir)), ""))

# %% [markdown]
# ## 软件
#
# 构建本版所用的主要软件及其版本如下；全部依赖的精确版本都锁定在项目的依赖清单里。图表由随书附带的绘图程序（Vega）在浏览器中绘制，不需要联网。

# %%
PACKAGES = {
    "jupyter-book": "渲染网页", "myst-nb": "把执行后的笔记本和其中嵌入的数值排成书页", "sphinx": "文档引擎",
    "sphinxcontrib-bibtex": "脚注与参考文献", "papermill": "带参数执行各章", "jupytext": "章节源文件（py:percent）",
    "pandas": "数据处理", "altair": "图表（Vega-Lite）", "vl-convert-python": "图表的静态渲染与 Vega 脚本",
    "frictionless": "数据包校验",
}
versions = [{"软件": "Python", "版本": platform.python_version(), "用途": "运行环境"}]
for package, role in PACKAGES.items():
    try:
        version = metadata.version(package)
    except metadata.PackageNotFoundError:
        version = "未安装"
    versions.append({"软件": package, "版本": version, "用途": role})
tables.table(pd.DataFrame(versions))

# %% [markdown]
# ## 技术说明：核对数据包
#
# 本版数据包的指纹（SHA-256）是{glue:text}`package_hash`。指纹由数据文件夹中的全部数据表和描述文件按文件名顺序依次算出，任何一个文件改动一个字节，指纹都会改变。在项目的根目录运行下面这条命令，用随书程序重算指纹，结果应与上面的相同：
#
# ```bash
# python -c "from genai_book import data; print(data.content_hash('data'))"
# ```
#
# 各文件的大小与校验值另见数据包的说明文件（附录“数据目录”提供下载）。
