# %% [markdown]
# # 生成式人工智能应用发展报告（2025）开放数据版
#
# 本书编写组依据中国互联网络信息中心（CNNIC）{glue:text}`report_published`发布的《生成式人工智能应用发展报告（2025）》，整理出这本**可随新数据重新生成的数据版**；它不是 CNNIC 发布的版本。书中引用数字的文字和每一张图，都由程序从注明出处的数据表生成。
#
# ## 你读到的是哪一版
#
# {choose}``edition_kind|report=这是本书的第{glue:text}`edition_number`版，依据报告编成，基准期为{glue:text}`edition_period`，即报告调查数据的截止月份。|later=这是本书的第{glue:text}`edition_number`版，基准期为{glue:text}`edition_period`，即本版更新的用户规模与普及率的截至月份。``“基准期”只是本书给各版所标的月份（引用格式中也注明）：书中的数字仍各按来源注明自己的时期，{choose}``edition_kind|report=其中不少并不在这个月份。|later=其中大多数不在这个月份。``
#
# {choose}``edition_kind|report=报告所引资料中最晚的发布于{glue:text}`latest_cited`。书中的数字要么取自报告和它所引的资料，要么由这些数字算出（标作“本书计算”“本书推算”或“本书倒推”）；取自报告之外的只有一处：第六章用几期“全球AI新闻速递”日报与报告对照，其中的条数是本书自己数的。|later=本版更新的（截至{glue:text}`users_period`的）用户规模与普及率出自{glue:text}`edition_survey`；本书没有查阅这份统计报告的全文，数字和它所写的变化据{glue:text}`edition_news`的报道转引。本版另收录了几项报告发布后见诸报道的新数字，见下表，每项注明出自哪篇报道；其中有的报道没有说明数字的出处，这些数字未必都来自上面这份统计报告。其余数字仍出自报告，或由报告的数字算出，各自注明时期，只有第六章用来对照的材料在报告之外。用户的产品选择、用途与人群结构等调查结果，仍截至{glue:text}`report_period`。``
#
# 报告是“工信洞察系列”之一，扉页列出了工信洞察系列报告编委会和编写组的成员：编委会主任刘郁林，副主任张晓，编委李强、吕坚、汪立东；编写组成员王常青、郝丽阳、郭悅、谭淑芬、孟蕊、高爽、武志敏、侯娜。前言也由编委会署名。报告由 CNNIC 在《生成式人工智能应用发展报告（2024）》的基础上续编，关注用户的使用、各行业的应用和相关政策的制定；按前言的说法，报告“力求为政府部门、国内外行业机构、专家学者和广大人民群众了解我国乃至全球生成式人工智能的应用发展现状提供参考”。前言交代了写作的背景，引用了{glue:text}`report_year`《政府工作报告》的提法：“持续推进‘人工智能+’行动，将数字技术与制造优势、市场优势更好结合起来，支持大模型广泛应用”；在人工智能治理方面，前言举出的文件有《生成式人工智能服务管理暂行办法》《国家人工智能产业综合标准化体系建设指南》和《人工智能安全治理框架》等。
#
# 报告末尾有一段免责声明，提醒读者：数据是在特定的时间、地区和人群中采集的样本，结果“仅反映样本群体的趋势和特点”，依据的又是受访者自愿作出的主观陈述；调查数据截至{glue:text}`report_period`底，市场、环境或政策一变，就可能很快过时，CNNIC 不负责更新。声明还说，报告仅供参考，不构成专业、法律或投资意见，也不能作为业务决策的最终依据。
#
# {choose}``headline_kind|report=本版最主要的数字：截至{glue:text}`users_period`，我国生成式人工智能的用户规模为{glue:text}`users_now`；过去半年里用过它的人占全国人口的{glue:text}`penetration_now`，即普及率。报告写明，比起{glue:text}`users_before_period`，用户{glue:text}`users_change_word`{glue:text}`users_change`，普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`（详见{doc}`chapters/02_users`一章）。|computed=本版最主要的数字（出处如上）：截至{glue:text}`users_period`，我国生成式人工智能用户规模为{glue:text}`users_now`，普及率为{glue:text}`penetration_now`。与报告所写的{glue:text}`users_before_period`的数值相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`（本书计算，假定两者口径一致；详见{doc}`chapters/02_users`一章）。|stated=本版最主要的数字（出处如上）：截至{glue:text}`users_period`，我国生成式人工智能用户规模为{glue:text}`users_now`，普及率为{glue:text}`penetration_now`。与报告所写的{glue:text}`users_before_period`的数值相比，用户{glue:text}`users_change_word`{glue:text}`users_change`，普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`（详见{doc}`chapters/02_users`一章）。``
#
# {choose}``changes_kind|none=|added=与上一版（调查数据截至{glue:text}`baseline_period`）相比，本版新增了{glue:text}`n_added`数值，原有数值没有改动；下表只列其中主要的几项，全部变化见附录“{doc}`appendices/changes`”。“上一版的对应数值”一栏只列出旧数供查找：新旧数字未必同一口径，不宜据此计算变化；注明“相近指标”的，两个数名称相同或相近，本书没有核实两者的口径是否一致。只有用户规模与普及率，本书假定两份报告的口径一致，计算了变化（见{doc}`chapters/02_users`一章）。来源没有写全的时期，由本书按来源日期补足年份或推定，表中都已注明。|mixed=与上一版（调查数据截至{glue:text}`baseline_period`）相比，本版新增了{glue:text}`n_added`数值，原有数值也有改动或删除；下表只列其中主要的几项，全部变化见附录“{doc}`appendices/changes`”。“上一版的对应数值”一栏只列出旧数供查找：新旧数字未必同一口径，不宜据此计算变化；注明“相近指标”的，两个数名称相同或相近，本书没有核实两者的口径是否一致。只有用户规模与普及率，本书假定两份报告的口径一致，计算了变化（见{doc}`chapters/02_users`一章）。来源没有写全的时期，由本书按来源日期补足年份或推定，表中都已注明。``

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd
from myst_nb import glue

from genai_book import data, editions, fmt, tables
from genai_book.blocks import Rich
from genai_book.facts import users as facts
from genai_book.texts import front as texts

data.use(data_dir, as_of)

# %%
scale = facts.scale(data.load("users_series"), data.load("stated_changes"), as_of)
baseline = editions.previous_snapshot(as_of)
is_report_edition = baseline is None or baseline.stem == as_of
fmt.glue_all(**texts.edition(scale, as_of, baseline, is_report_edition),
             trends_in_edition=not data.load("trends").empty)  # the trends report came out after the report

# %%
old = None if is_report_edition else editions.read_snapshot(baseline)
if old is not None:  # the changes since the last edition, in every value table (each recorded as it is loaded)
    data.use_descriptors()
new = None if old is None else editions.flatten()
changes = pd.DataFrame() if new is None else editions.diff(old, new)
fmt.glue_all(**texts.changes(changes))
if not changes.empty:
    tables.glue_table("tab_edition_changes", **texts.changes_table(changes, old, new), name="tab-edition-changes")
else:
    glue("tab_edition_changes", Rich("", ""), display=False)  # the report edition has nothing to list

# %% [markdown]
# ```{glue:md} tab_edition_changes
# :format: myst
# ```

# %% [markdown]
# ## 本书在报告之外做了什么
#
# - **每个数字都有出处。** 报告正文里用于图表和主要论述的数字，都整理进了带出处的数据表，可以逐表下载；个别不参与论述的数字（如发文部门数、视频分辨率）没有收录。每张图下都注明来源，网页版还可以展开查看图的数据表，或下载它的数据表（可用电子表格软件打开）。
# - **不从图上估读。** 正文没有写出的数值，本书一律不补：正文提到却没有给出数值的项目，在图中标为“未写明”，或者不画入图中、只在正文说明；一个数值都没有写出的图（如各产品的使用率），本书不画。能由正文数字直接算出的，才另行画出并标明：由总数减出的余数标“本书推算”，由来源所写的变化倒推的上一期数值画成浅色，标“本书倒推”。
# - **核对而不是照搬。** 本书自己给出的变化量、合计和比值，都由数据直接算出；来源自己也写出了变化的，本书把两者对照，并考虑到印出的数字都经过四舍五入，只有超出舍入所能解释的差别才算不一致。若上一期的数值是本书由来源所写的变化倒推的（如2024年12月的用户规模），用它重算出的变化必然与来源相同，核对不出什么，书中会注明。{choose}``derived_checked|True=本版另有来源写出了较那一期的变化，倒推值便可以拿来同它作算术上的核对（两份报告的口径问题见{doc}`chapters/02_users`一章）。|False=``口径可能不同的数字（如备案统计中的“家”与“款”），书中指出差别，比较时写明所作的假设。
# - **可以随新数据更新。** 换上新一期的数据重新生成全书，就得到新的一版；每版的“本版更新”列出与上一版相比改动了哪些数字。新版更新的只是本书收录的来源，并不代表 CNNIC 修订了报告。
#
# ## 怎样读这本书
#
# 报告以“用户普及—产业发展—典型应用—发展环境”为总体框架，前有发展特点、后有前景展望。全书按报告的结构分为六章：
#
# - {doc}`chapters/01_features`，讲国产人工智能的成果（用户、产品、性能与出海），以及推理、多模态、成本和轻量化几方面的变化；
# - {doc}`chapters/02_users`，讲用户规模、常用产品、使用目的、人群结构和未成年人的使用；
# - {doc}`chapters/03_industry`，讲产业概况（企业数量、智能工厂等）与服务备案；
# - {doc}`chapters/04_scenarios`，讲农业、制造、生活服务（智能搜索、内容创作、办公助手、智能硬件）与科研中的应用；
# - {doc}`chapters/05_environment`，讲政策、技术、融资与国际环境（北美、欧洲、亚洲）；
# - {doc}`chapters/06_outlook`，讲报告的五个前景主题：模型集成、开源社区、具身智能、智能体和完善治理；本书另用{choose}`trends_in_edition|True=量子位智库的《2025年度AI十大趋势报告》和几期“全球AI新闻速递”日报|False=几期“全球AI新闻速递”日报`与之对照，这些材料都不在报告之内。
#
# 每章开头列出要点。正文尽量写明每个数字的时期，来源没有写时期的会说明；“本书计算”“本书推算”“本书倒推”标出书自己算出的数，其余都是来源的原数；“本书判断”标出本书对口径、题型等所作的推断，报告本身没有这样说。数字怎样从报告誊录、哪些地方不确定，见附录“方法与说明”；每张数据表的字段与来源，见“数据目录”与“资料来源”。报告的每一章、每一节和每个专栏在本书哪一处，逐项列在附录“{doc}`appendices/sections`”里。
#
# ```{only} html
# 本书另有排版好的 PDF 版，可离线阅读与打印：<a href="book.pdf" type="application/pdf">下载 PDF 版</a>。{choose}`several_editions|True=本书的其他各版，可以在每页上方的“版本”一栏里切换。|False=`
# ```
#
# ## 使用、许可与引用
#
# 本书各部分能否再利用、怎样再利用，取决于它们的权利归属：
#
# - **报告的数字与论述**出自中国互联网络信息中心（CNNIC）《生成式人工智能应用发展报告（2025）》及报告所引的各个来源。本书只是把它们整理成数据表和图表，并不因此取得任何权利，也不为它们另行授权；转引数字时，请注明 CNNIC 的报告和图表下所列的原始来源。
# - **报告之外的材料**也是一样：第六章用来对照的{choose}`trends_in_edition|True=量子位智库《2025年度AI十大趋势报告》和|False=`几期“全球AI新闻速递”日报{choose}``edition_kind|report=|later=，以及本版另收的报告发布以后的数字（出自各处注明的报道及其转述的统计报告）``，权利都归原作者。本书只是摘录、归类或转引，并不因此取得任何权利，也不为它们另行授权；转引时请注明书中所列的出处。
# - **本书编写组自己的部分**，即本书的文字、图表的设计和数据表的编排与说明，以[知识共享署名 4.0 国际许可协议（CC BY 4.0）](https://creativecommons.org/licenses/by/4.0/deed.zh-hans)发布：注明出处即可复制、改编和再发布。
# - **构建本书的程序代码**以 MIT 许可证发布。
# - 数据包中保存的**原始文档**（报告正文{choose}`trends_in_edition|True=、趋势报告|False=`和新闻速递的文本）仅供核对誊录，版权属于原作者，不在上述许可之内。
#
# ```{only} html
# 引用本书时请注明版次；引用某一张图时，可使用图下“引用本图”中的格式。
#
# :::{genai-cite}
# :::
# ```
