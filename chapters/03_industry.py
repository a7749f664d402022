# %% [markdown]
# (sec-industry)=
# # 产业发展
#
# 本章先看我国人工智能产业的构成和企业、智能工厂的数量，再看生成式人工智能服务的备案和应用或功能的登记，以及已备案的服务分布在哪些地方。这里的数字多数转引自其他机构在不同时间发布的材料，各有自己的时点，文中尽量写明；已备案服务的总数出自国家网信办的公告，各省市的计数则出自报告自己的分析，报告没有另注来源。
#
# 要点如下：
#
# - 据报告援引的新华网报道，截至{glue:text}`firms_period`（报告只写了月份），我国人工智能企业{glue:text}`ai_enterprises`，占全球的{glue:text}`ai_enterprises_global_share`。{choose}``later_figures|True=本版还收录了报告发布以后见报的企业数、产业规模与算力数字，见下文“报告之后的数字”。|False=``
# - 据报告所引的工信部网页（{glue:text}`factory_period`），全国已建成基础级智能工厂{glue:text}`smart_factories_basic`、先进级{glue:text}`smart_factories_advanced`、卓越级{glue:text}`smart_factories_excellent`（{numref}`fig-factories`）。
# - 生成式人工智能服务已备案{glue:text}`genai_services_filed`，应用或功能已登记{glue:text}`genai_apps_registered`（截至{glue:text}`filed_period`底）；备案服务最多的是{glue:text}`region_top`（{numref}`fig-filings`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, sources
from genai_book.facts import industry as facts
from genai_book.texts import industry as texts

data.use(data_dir, as_of)
f = facts.industry(data.load("industry_facts"), data.load("filings_by_region"), data.load("compute_storage"))

# %% [markdown]
# (sec-industry-overview)=
# ## 产业概况
#
# 报告的前言和第三章开篇都引了{glue:text}`report_year`《政府工作报告》的提法：持续推进“人工智能+”行动，让数字技术与制造、市场两方面的优势更好地结合，并“支持大模型广泛应用”。引文据前言；第三章转述同一句时作“支持大规模广泛应用”。报告还提到，国家统计局{glue:text}`report_year`下半年起着手修订国民经济行业分类，人工智能等新兴行业是重点。按报告的判断，我国人工智能产业已形成从基础层到应用层的完整体系，芯片、算力、数据等环节都有覆盖；报告也强调，我国既重基础研究，也重实际应用，让生成式人工智能走进更多具体场景。{footcite}`report`
#
# **企业数量。** 报告援引新华网{glue:text}`firms_announced`的报道说，截至{glue:text}`firms_period`，我国人工智能企业{glue:text}`ai_enterprises`，在全球占{glue:text}`ai_enterprises_global_share`。报告只写了月份，年份是本书按这篇报道的日期补上的。报告在同一句里还说，已形成的产业体系覆盖基础底座、模型框架和行业应用。{footcite}`fn21` 另据中国政府网{glue:text}`giants_period`的报道，我国在人工智能领域已累计培育国家级专精特新“小巨人”企业{glue:text}`ai_little_giants`。{footcite}`fn22`
#
# **智能工厂。** 报告引用工业和信息化部官网{glue:text}`factory_period`的一个网页，列出了三个等级已建成智能工厂的数量：基础级{glue:text}`smart_factories_basic`，先进级{glue:text}`smart_factories_advanced`，卓越级{glue:text}`smart_factories_excellent`（{numref}`fig-factories`）。这些工厂分布在制造业{glue:text}`smart_factories_sector_coverage`的行业大类中；就成效而言，这些工厂研发产品所需的时间平均缩短{glue:text}`smart_factories_rd_cycle_cut`，生产效率平均提高{glue:text}`smart_factories_efficiency_gain`。{footcite}`fn23` 这三个等级之间是否互相包含，报告没有说明，所以三个数不宜相加；两项平均数的统计范围和比较基准，报告也没有交代。

# %%
fmt.glue_all(**texts.overview(f))
charts.bar_figure("fig-factories", texts.factory_levels(f), "等级", category_title="等级",
                  value_title="已建成的智能工厂（万家）", value="万家", sort=list(texts.LEVEL_NAMES),
                  alt_title=texts.factories_title(f), extra_columns=texts.factory_periods(f))

# %% [markdown]
# ```{glue:figure} fig-factories
# :name: fig-factories
#
# 已建成的各级智能工厂（据工信部{glue:text}`factory_period`的网页）
# ```
#
# 三级数量原文都带“余”，只是下限，柱长按这个下限画出。图中的时期是所引工信部网页的日期（只记到月），报告没有写统计时点；数字是报告转引的，本书没有查对工信部的原文。
#
# {choose}``later_figures|True=**报告之后的数字：企业与产业规模。** 这一段和下一段的数字出自报告发布以后的报道，不是报告所引的资料，所以单独列出，不和报告的数字前后比较，两者之差也不能当作其间的增长。{glue:text}`later_firms_source`的报道说，{glue:text}`later_firms_period`我国人工智能企业数量{glue:text}`later_firms`，人工智能核心产业规模{glue:text}`later_core`。{footcite}`rmrb_2026_03_03` 后一项是预计数，不是统计结果；报道只在句首写了一次年份，本书认为这个年份也适用于这一项。两项数字出自哪里，报道都没有写；报告所引的企业数截至{glue:text}`firms_period`，出自新华网，本书没有核对它的原始资料。两者口径是否一致，无从判断。|False=``
#
# {choose}``later_figures|True=**报告之后的数字：算力。** {glue:text}`later_compute_source`的报道介绍《第57次中国互联网络发展状况统计报告》时写道，我国智能算力规模{glue:text}`later_compute`（EFLOPS 即每秒百亿亿次浮点运算），建成万卡智算集群{glue:text}`later_clusters`。{footcite}`stdaily_2026_02_05` 这两项截至何时，报道没有写；本书暂按报道发布的月份记为{glue:text}`later_compute_period`，这并非数字的统计时点。报告所引的算力数字（截至{glue:text}`compute_before_period`底）见第五章，另有出处；两处都没有交代统计口径。除这两段所列的数字外，本章其余的数字，本版没有收录更新的来源，仍是报告的数字或报告所引的材料，各自注明时期。|False=``

# %%
fmt.glue_all(**texts.later(f))

# %% [markdown]
# (sec-industry-filings)=
# ## 服务备案
#
# 据国家网信办的《关于发布生成式人工智能服务已备案信息的公告》（报告脚注所记日期为{glue:text}`filed_announced`），截至{glue:text}`filed_period`底，累计已备案的服务有{glue:text}`genai_services_filed`，已登记的应用或功能有{glue:text}`genai_apps_registered`。{footcite}`fn24` 备案和登记分列两个数，两者有何区别、是否重叠，报告没有交代，所以不能简单合计。
#
# 报告接着按所在地分析了这{glue:text}`genai_services_filed`已备案服务，正文点名了{glue:text}`region_count`个省市（{numref}`fig-filings`）：{glue:text}`region_top`以{glue:text}`region_top_value`居首，{glue:text}`region_second`{choose}`region_second_tied|True=并列其次（各|False=其次（`{glue:text}`region_second_value`），{glue:text}`region_approximate`只有约数（{choose}`region_approximate_several|True=各|False=`{glue:text}`region_approximate_value`）。{footcite}`report` 登记的应用或功能，报告正文没有给出按地区的数字。
#
# 地区数字用的量词是“家”，总数用的是“款”。报告说这段分析针对的是{glue:text}`genai_services_filed`已备案服务的所在地，本书据此理解“家”数指服务的款数；报告第四章一个专栏转载的新华网报道（发布于{glue:text}`shanghai_filed_period`）按地区计备案时也用“款”：“上海已有{glue:text}`shanghai_filed`生成式人工智能服务大模型通过国家备案”。{footcite}`fn41` 本书因此把一家当作一款来计算下面的比例；倘若“家”指提交备案的企业，这些比例就不成立。
#
# 本书计算：{glue:text}`region_top`约占全部备案的{glue:text}`region_top_share`；点名的{glue:text}`region_count`个省市合计{glue:text}`named_total`，约占{glue:text}`named_share`{choose}``any_approximate|True=（{glue:text}`region_approximate`为约数，这一比例只取整数）|False=``。{choose}``rest_computed|True=其他地区合计{glue:text}`rest_total`（本书推算），具体是哪些省份、各有多少，报告正文没有交代。|False=地区数字与备案总数的时期不同，本书不计算其他地区的合计。``

# %%
fmt.glue_all(**texts.filings(f, facts.shanghai_filed(data.load("scenario_facts"))))
shown = texts.filings_shown(f.filings)
charts.bar_figure("fig-filings", shown, "region", category_title="地区", value_title="已备案的生成式人工智能服务（家）",
                  alt_title=texts.filings_title(f.filings), sort=list(shown["region"]),
                  labels=texts.filings_labels(shown), extra_columns=texts.filings_periods(shown))

# %% [markdown]
# ```{glue:figure} fig-filings
# :name: fig-filings
#
# 截至{glue:text}`region_period`底已备案生成式人工智能服务的所在地分布
# ```
#
# 图中{glue:text}`region_approximate`的数字是原文的约数（“左右”）；灰色的“其他地区”一项是本书推算的合计（备案总数减去点名的省市），“数据与来源”所列的地区分布表里没有这一行。
#
# ## 数据与来源

# %%
sources.resource_list(["industry_facts", "filings_by_region"] + (["compute_storage"] if f.later else []))

# %% [markdown]
# ```{footbibliography}
# ```
