# %% [markdown]
# (sec-environment)=
# # 发展环境
#
# 报告第五章分政策、技术、融资和国际四个方面，描述生成式人工智能所处的环境，四节的小标题依次是“利好政策奠定发展基础”“技术创新加速产品迭代”“畅通融资注入发展活力”和“全球人工智能竞争加剧”。本章依次整理这几部分，把报告的政策表、专利与算力数字、投融资分布和各国举措做成可核对的表和图，并检查投融资各项占比与总数是否相符。要点如下：
#
# - 报告的政策表收录{glue:text}`policy_span`的{glue:text}`policy_n`主要政策（{numref}`tab-policies`），表中时间最晚的一项是{glue:text}`policy_latest_issuer`{glue:text}`policy_latest_date`的《{glue:text}`policy_latest_title`》。
# - 技术方面，全球新公开的生成式人工智能专利中我国占{glue:text}`new_genai_patents_china_share`；截至{glue:text}`compute_period`底，我国智能算力规模达{glue:text}`intelligent_computing_power`。
# - 投融资方面，据中国互联网络信息中心对公开披露资料的整理和推算，{glue:text}`fin_period`我国共发生人工智能相关投融资事件{glue:text}`fin_events`，合计{glue:text}`fin_amount`；报告认为投融资的重点在机器人相关领域，具身智能是其代表（{numref}`fig-financing-events`、{numref}`fig-financing-amount`）。
# - 报告正文写出的三个地区的金额、占比与投融资总额不一致：三地占比对应的分母约为{glue:text}`region_base`，不是{glue:text}`fin_amount`（本书计算，详见{numref}`tab-financing-checks`）。
# - 国际部分，报告的判断是全球人工智能竞争在加剧，并按北美、欧洲、亚洲介绍美国、加拿大、欧盟、英国、印度、日本和韩国；其中的资金数额币种各异，本书照原文列出，不做换算（{numref}`tab-intl-money`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, sources, tables
from genai_book.facts import environment as facts
from genai_book.texts import environment as texts

data.use(data_dir, as_of)

catalog = data.load("figure_catalog")
events = facts.events(data.load("environment_events"))
env = data.load("environment_facts").set_index("key")

# %%
policies = facts.policies(data.load("policies"))
fmt.glue_all(**texts.policies(policies, env, events, catalog))
tables.glue_table("tab_policies", **texts.policy_table(policies, catalog), name="tab-policies")

# %% [markdown]
# (sec-policy)=
# ## 政策环境
#
# 本节分产业扶持政策和治理规范两部分。报告的总括是：我国借助制度优势，围绕应用出台了一系列扶持人工智能创新的政策，同时逐步补齐治理规范，为的是让这项技术“朝着有益、安全、公平的方向健康有序发展”。
#
# 产业一侧，报告举了三件事。{glue:text}`standards_committee`底，工业和信息化部的人工智能标准化技术委员会成立，承担这一领域行业标准的制定和修订，报告把它看作行业标准化迈入新阶段的标志。工业和信息化部{glue:text}`cases_list_date`发布《人工智能赋能新型工业化典型应用案例名单》，经推荐、评审、公示等环节，共收录{glue:text}`industrial_ai_typical_cases`案例，用意是以案例示范带动人工智能在新型工业化中的推广，促进新质生产力的形成。{footcite}`report` 这些案例按类别的构成见本书第四章（报告在那一章引了同月的入选案例公示）。{glue:text}`sasac_ai_plus_meeting`，国务院国资委召开了中央企业“AI+”专项行动深化部署会，要央企趁着战略窗口期攻关大模型、强化要素支撑；国资委同时发布了这项专项行动的实施要点，并启动了面向战略性高价值场景的专项建设工作。{footcite}`fn58`
#
# 治理一侧，相关规范在陆续出台。报告交代的背景是：人工智能发展迅猛，它的误用和滥用也越来越受社会各界重视。我国的人工智能监管体制机制，正是在此背景下逐渐完善的。据报告，我国已累计制定人工智能行业关键标准{glue:text}`ai_industry_key_standards`、国际标准{glue:text}`ai_international_standards`。{footcite}`fn59` 相关部门陆续发布的治理文件有《人工智能安全治理框架》《人工智能生成合成内容标识办法》《人脸识别技术应用安全管理办法》等：这些文件针对模型算法、数据、系统等方面的安全风险，从技术和综合防治两方面提出了应对办法。{footcite}`report`
#
# {numref}`tab-policies`照录报告的{glue:text}`policy_item`。{footcite}`report` 表中属{glue:text}`policy_other_category`的只有{glue:text}`policy_other_category_n`（国务院的“人工智能+”行动意见和工业和信息化部的典型应用案例名单），其余{glue:text}`policy_top_category_n`都是{glue:text}`policy_top_category`。正文提到的标准化技术委员会和国资委的部署会不在表内。
#
# ```{glue:md} tab_policies
# :format: myst
# ```

# %%
compute = data.load("compute_storage").set_index("indicator")
growth = facts.data_growth(data.load("data_growth"))
fmt.glue_all(**texts.technology(env, compute, growth, events))
tables.glue_table("tab_patent_shares", **texts.patent_table(env), name="tab-patent-shares")
charts.bar_figure("fig-data-growth", **texts.data_growth_chart(growth))

# %% [markdown]
# (sec-technology)=
# ## 技术环境
#
# 报告认为我国在全球人工智能技术领域的“话语权明显增强”，并从专利、数据资源和开源社区三方面举证。
#
# ### 专利：拥有量和申请量居全球首位
#
# 谈专利时，报告先回顾我国近年兼顾基础研究与应用导向、推动生成式人工智能深入具体场景的做法，再列出{glue:text}`patent_share_n`口径不同的占比（{numref}`tab-patent-shares`）。世界知识产权组织的报告显示，全球人工智能专利的最大拥有国是我国，占{glue:text}`ai_patent_holdings_world_share`；{footcite}`fn60` 在全球新公开的生成式人工智能专利（共{glue:text}`global_new_genai_patents`）中，我国的份额为{glue:text}`new_genai_patents_china_share`，相当于{glue:text}`china_new_genai_patents`（本书计算）；{footcite}`fn61` 截至{glue:text}`ai_patent_applications_period`，我国人工智能专利的申请量达{glue:text}`ai_patent_applications`，在全球申请总量中占{glue:text}`ai_patent_applications_world_share`，排名全球{glue:text}`applications_rank`。{footcite}`fn62` （本书注：三个占比分别按拥有量、新公开量和申请量统计，报告没有交代各自的统计范围，不宜放在一起比较。）
#
# 国内的申请集中在少数地区：同样截至{glue:text}`ai_patent_applications_period`，全国人工智能专利申请中有{glue:text}`top5_regions_patent_application_share`来自北京、广东、江苏、浙江、上海五省市。{footcite}`fn63`
#
# ```{glue:md} tab_patent_shares
# :format: myst
# ```
#
# ### 数据与算力：规模扩大、利用活跃
#
# 数据资源方面，报告认为资源得到了有效开发，规模和利用都在增长。据国家数据局，到{glue:text}`data_volume_period`底，全国的数据生产量为{glue:text}`data_volume`（泽字节），同比{glue:text}`data_volume_growth_word`{glue:text}`data_volume_growth`。同一来源还显示：开发或应用人工智能的企业比上年增加{glue:text}`ai_enterprises`，高质量数据集增加{glue:text}`high_quality_datasets`，报告称其有力支撑了人工智能的训练和应用；数据技术企业和数据应用企业里，利用大模型的企业数量同比分别增长{glue:text}`llm_data_technology_enterprises`和{glue:text}`llm_data_application_enterprises`（{numref}`fig-data-growth`）。这几类企业和数据集的数量本身，报告没有给出。{footcite}`fn65`
#
# ```{glue:figure} fig-data-growth
# :name: fig-data-growth
#
# {glue:text}`data_volume_period`开发或应用人工智能的企业、利用大模型的数据企业和高质量数据集数量的同比增速（国家数据局）
# ```
#
# 数据标注方面，我国企业数据标注基地截至{glue:text}`data_labelling_volume_period`共标注数据{glue:text}`data_labelling_volume`，规模是中国国家图书馆数字资源总量的{glue:text}`data_labelling_vs_national_library`。目前已形成{glue:text}`labelling_hq_industry_datasets`行业高质量数据集（涉及医疗、工业、教育等），已支撑{glue:text}`labelling_supported_domestic_models`国产人工智能大模型的研发，带动的数据标注相关产值{glue:text}`labelling_industry_output`。{footcite}`fn66` 中文数据对提升国内大模型的训练性能作用重要。报告援引国家数据局的数据（所注出处为数字中国建设峰会网站）称，国内多数模型所用的数据里，中文数据的占比已{glue:text}`chinese_data_share_most_models`，有的模型达到{glue:text}`chinese_data_share_some_models`。{footcite}`fn67`
#
# 同在数据资源这一项下，报告还列了截至{glue:text}`compute_period`底的算力和存力：在用算力中心的机架共{glue:text}`computing_centre_racks`，智能算力{glue:text}`intelligent_computing_power`（百亿亿次/秒），存力{glue:text}`storage_capacity`（艾字节），比{glue:text}`storage_base_year`{glue:text}`storage_growth_word`{glue:text}`storage_capacity_growth`。{footcite}`fn64`
#
# {choose}``env_later_compute_shown|True=**本版补充：报告发布以后的数字。** {glue:text}`env_later_compute_source`一篇介绍《中国互联网络发展状况统计报告》发布的报道写道，我国智能算力规模{glue:text}`env_later_compute`。这不是报告的数字。它截至何时，报道没有写明；与上文截至{glue:text}`compute_period`底的{glue:text}`intelligent_computing_power`是否同一口径，报道也没有交代，两数不宜相比。同一报道还给出了已建成的万卡智算集群个数，见第三章“报告之后的数字：算力”一段。{footcite}`stdaily_2026_02_05`|False=``
#
# ### 开源：社区成为创新动力
#
# 政策对开源已有明确要求。{glue:text}`open_source_guideline`，工业和信息化部等七部门联合发布《关于推动未来产业创新发展的实施意见》，开源是其中着重写到的一项：要“推广开源技术，建设开源社区，构建开源生态体系”。{footcite}`fn68` 在报告看来，开源社区已是技术发展的一大动力：社区里发布的项目，全球开发者都可以拿来二次开发、加以改进，生成式人工智能就在这种协作中进步。
#
# 报告举的例子是DeepSeek，把它算作近来开源社区里最成功、影响最广泛的一个。{glue:text}`deepseek_open_sourced_repos_period`，DeepSeek陆续开源{glue:text}`deepseek_open_sourced_repos`代码库，此后的新模型也陆续发布到开源社区，研究进展向全球开发者公开；社区开发者的反馈，反过来也帮它优化了模型性能。按DeepSeek在{glue:text}`deepep_roce_performance_gain_period`公开致谢时的说法，它的开源通信框架DeepEP经社区优化以后，RoCE（本书注：基于融合以太网的远程直接内存访问）网络下的性能提升{glue:text}`deepep_roce_performance_gain`，InfiniBand（IB）网络下提升{glue:text}`deepep_infiniband_performance_gain`。{footcite}`fn69`
#
# (sec-ip-column)=
# ### 专栏：我国将加快建立人工智能知识产权保护规则
#
# 这篇转载的新华网报道（有删减）以国家知识产权局局长申长雨的介绍为主，开头也引用了上文专利一节所引的世界知识产权组织数字：我国拥有的人工智能专利占全球的{glue:text}`ai_patent_holdings_world_share`。申长雨说，近年来国家知识产权局为回应人工智能“新领域、新业态、新模式”发展的需要，一直在推进相关的制度创新。该局及时修订了《专利审查指南》，又发布《人工智能相关发明专利申请指引》，人工智能专利谁能申请、保护的对象是什么、按什么标准审查，这些热点问题由此有了回应和解答。
#
# 报道接着介绍国家知识产权局的下一步，目标是让知识产权与人工智能“共生演进、双向赋能、融合发展”。制度上，该局要加快为人工智能、大数据等新领域新业态建立知识产权保护规则；服务上，它要在专利申请的按需审查和专利分析预警、导航上多下功夫，指导建设人工智能领域的专利池，并深入推进专利转化运用，帮人工智能专利走出实验室、进入产业，也让知识产权更好地支撑关键核心技术攻关；对外，它将参与这一领域知识产权的全球治理，推动完善国际规则和标准，落脚点是让人工智能技术“更好造福全人类”。{footcite}`fn70`

# %%
fin_facts = data.load("financing_facts").set_index("key")
money = facts.financing(data.load("financing_by_sector"), data.load("financing_by_region"), fin_facts)
fmt.glue_all(**texts.financing(money, fin_facts, catalog))
charts.bar_figure("fig-financing-events", **texts.share_chart(money.events, "事件数"))
charts.bar_figure("fig-financing-amount", **texts.share_chart(money.amounts, "金额"))
charts.bar_figure("fig-financing-region", **texts.share_chart(money.regions, "金额"))
tables.glue_table("tab_financing_checks", **texts.financing_checks(money, catalog), name="tab-financing-checks")

# %% [markdown]
# (sec-financing)=
# ## 融资环境
#
# 报告的融资一节从资金对科技发展不可或缺说起，引了一项估计：{glue:text}`ai_industry_total_investment_period`，我国投向人工智能产业的资金总计将{glue:text}`ai_industry_total_investment`。{footcite}`fn71` 报告把生成式人工智能看作投资最热的科技领域，认为它尤其要借助多层次资本市场，把科技、产业和金融连成良性循环。报告随即提到，为此我国在{glue:text}`national_ai_fund_period`设立了国家人工智能基金，规模{glue:text}`national_ai_fund`，用来推动各地在人工智能创新、产业和应用上加快步伐。{footcite}`fn72` （第四章的一个专栏也提到由工业和信息化部联合财政部设立、规模同为{glue:text}`national_ai_fund`的国家人工智能产业投资基金，报告没有说明两处说的是否同一只基金。）
#
# ### 领域分布
#
# 投融资事件的数据，由中国互联网络信息中心（CNNIC）根据网上公开披露的资料整理并推算（不含定增、IPO上市、退市等）：{glue:text}`fin_period`，我国共发生人工智能相关投融资事件{glue:text}`fin_events`，合计金额{glue:text}`fin_amount`。{footcite}`fn73` 报告把这四个月的事件按细分领域归类后认为，投融资的重点在机器人相关领域，其代表是“具身智能”。报告正文写出了{glue:text}`fig_events_item`和{glue:text}`fig_amount_item`中三个领域的数字：{glue:text}`sector_list`（{numref}`fig-financing-events`、{numref}`fig-financing-amount`；报告的事件计数“笔”“起”混用，本书一律称“起”）。
#
# 其他领域怎样拆分，报告正文没有列出。本段的数字和推断均为本书所作：用总数减去这三个领域，其他领域合计{glue:text}`fin_other_events`、{glue:text}`fin_other_amount`，三个领域合计占事件数的{glue:text}`fin_named_events_share`、金额的{glue:text}`fin_named_amount_share`。{choose}``fin_leader_sure|True=其他领域合计的事件数和金额都少于{glue:text}`fin_top_sector`领域，所以不论其他领域怎样拆分，{glue:text}`fin_top_sector`领域都排在第一。|False=其他领域合计的事件数或金额并不少于报告列出的第一名，其他领域拆分之前，无法断定哪个领域居首。``三个领域的事件数、金额与各自的占比{choose}``sector_shares_fit|True=都与报告的总数（{glue:text}`fin_events`、{glue:text}`fin_amount`）相符，可见两幅图都以全部投融资为分母|False=并不都与报告的总数（{glue:text}`fin_events`、{glue:text}`fin_amount`）相符，两幅图的分母未必是全部投融资``（{numref}`tab-financing-checks`）。
#
# ```{glue:figure} fig-financing-events
# :name: fig-financing-events
#
# {glue:text}`fin_period`人工智能相关投融资事件数按领域的占比（对应报告{glue:text}`fig_events_item`；其他领域为占比的余数，本书推算）
# ```
#
# ```{glue:figure} fig-financing-amount
# :name: fig-financing-amount
#
# {glue:text}`fin_period`人工智能相关投融资金额按领域的占比（对应报告{glue:text}`fig_amount_item`；其他领域为占比的余数，本书推算）
# ```
#
# ### 地区分布：与总额不符（本书核对）
#
# 报告正文给出了{glue:text}`fig_region_item`中三个地区的金额与占比：{glue:text}`region_list`。{footcite}`fn73`
#
# 本书核对发现，这三组数与总额{glue:text}`fin_amount`不一致。用每个地区的金额除以它的占比，可以反推总额：{choose}``regions_overlap|True=考虑到金额和占比都只保留一位小数，能同时吻合三地数字的总额在{glue:text}`region_base_low`至{glue:text}`region_base_high`之间（本书计算）|False=推算出的总额在{glue:text}`region_mid_low`至{glue:text}`region_mid_high`之间（本书计算），即使考虑到金额和占比都只保留一位小数，三地数字推算出的总额也互不重叠``，远小于报告的总额（{numref}`tab-financing-checks`）。反过来，以报告的总额为分母，{glue:text}`beijing`的{glue:text}`beijing_amount`只占{glue:text}`beijing_share_of_total`（本书计算），而不是报告所写的{glue:text}`beijing_share`。
#
# 报告没有解释这一差异，本书也无法判断原因（措辞上，正文只在北京一项写作“投资金额”，同句开头和{glue:text}`fig_region_item`的标题都作“投融资”）。因此，不宜把报告{glue:text}`fig_region_item`（本书{numref}`fig-financing-region`）的占比乘以总额来估算各地区的金额。本书{numref}`fig-financing-region`里的“其他地区”，是本书用三地之外剩下的占比算出的一项，为{glue:text}`region_rest_share`（本书计算），它的金额报告正文没有给出。
#
# ```{glue:figure} fig-financing-region
# :name: fig-financing-region
#
# {glue:text}`fin_period`人工智能相关投融资金额的地区占比（对应报告{glue:text}`fig_region_item`；其他地区为占比的余数，本书推算）
# ```
#
# ```{glue:md} tab_financing_checks
# :format: myst
# ```

# %%
world = facts.international(data.load("international_programmes"))
fmt.glue_all(**texts.international(world, data.load("nvidia_h20").set_index("key"), events))
tables.glue_table("tab_intl_money", **texts.money_table(world), name="tab-intl-money")
tables.glue_table("tab_intl_other", **texts.other_table(world), name="tab-intl-other")

# %% [markdown]
# (sec-international)=
# ## 国际环境
#
# 在报告的描述里，主要国家无一不把生成式人工智能当作发展重点，激励政策接连出台，为的都是在竞争中占先。报告把各国的做法归为产业扶持、监管与伦理约束、技术竞争三类，例子全都取自美国和欧盟。
#
# 美国占了其中两类。它加大了对生成式人工智能研究的支持，“星际之门”人工智能研发项目便是一例：{glue:text}`stargate`，甲骨文公司、OpenAI和日本软银集团在美国政府的推动下联合出资打造这一项目。{footcite}`report` 美国还收紧了出口管制：各主要国家都已把生成式人工智能看作提升科技实力和竞争力的关键领域，一些国家便想靠收紧人工智能芯片和模型参数的出口来保住优势，{glue:text}`chip_export_guidance`美国商务部工业与安全局发布的芯片出口管制指南即属此类（见下文美国一节）。{footcite}`report`
#
# 欧盟则扶持和监管两头都有。扶持上，它在{glue:text}`ai_factories_announced`宣布要建立人工智能工厂，{footcite}`fn74` {glue:text}`strategic_tech_investment_date`又宣布{glue:text}`strategic_tech_investment_years`内投资{glue:text}`strategic_tech_investment`，用于部署人工智能等战略技术。{footcite}`fn75` 在报告看来，欧盟这样做是想扶起本土的人工智能产业，减少对外部技术的依赖。{footcite}`report` 监管上，报告认为，这项技术的风险隐患引起重视以后，各国都在加紧完善监管，所举的例子仍是欧盟：{glue:text}`ai_act_risk_levels_date`，《人工智能法案》生效，报告称之为全球首个全面的人工智能监管法案，它按风险高低把人工智能系统分成{glue:text}`eu_act_risk_levels`级，各级的合规要求不同；{glue:text}`ai_pact_first_signatories_date`，欧盟又推出《人工智能公约》，首批签署的机构有{glue:text}`ai_pact_first_signatories`，公约的用意是让企业就怎样处理、部署人工智能作出“自愿承诺”。{footcite}`report`
#
# 报告随后按北美、欧洲、亚洲逐一介绍各国。各国举措里的资金数额汇总在{numref}`tab-intl-money`（报告只为{glue:text}`intl_converted`的数额附了折算），其他数字在{numref}`tab-intl-other`。英伟达专栏的财报数字，以及报告只写了时间、没有数字的各项举措，收在章末“数据与来源”的数据表里。本书注：三个专栏所转的报道有的只写月日或“今年”“去年”，补出的年份都依据报道的发布日期。
#
# (sec-north-america)=
# ### 北美地区
#
# (sec-us)=
# #### 美国
#
# 报告用“发展”和“竞争”两个词概括美国近期的方向。对内，美国政府加大对本国科技企业的扶持，着力于基础设施建设和人才的培养、引进：{glue:text}`executive_orders`上半年，它陆续发布《提升美国在人工智能基础设施领域的领导地位》《消除美国在人工智能领域领导地位的障碍》《推进美国青年的人工智能教育》等行政命令，办法包括划拨联邦土地、加快审批、撤销起阻碍作用的政策，以此推动国内产业；教育方面，白宫设立了人工智能教育特别工作组，要把人工智能教育从基础教育一直打通到职业培训。这些都被报告看作巩固美国在人工智能领域全球竞争力的举措。{footcite}`report,fn76,fn77,fn78` 对外，美国收紧人工智能硬件和技术的出口管制，以图保持领先。美国商务部工业与安全局在{glue:text}`chip_export_guidance`发布了人工智能芯片出口管制指南；按报告的描述，这份指南“企图”让中国的先进计算芯片在全球都不得使用（其中包括特定的华为昇腾芯片），还要严禁美国的人工智能芯片流向中国。{footcite}`fn79`
#
# (sec-nvidia-column)=
# #### 专栏：英伟达因对华芯片出口限制面临数十亿美元损失
#
# 这个专栏转述环球网的报道，{footcite}`fn80` 依据是英伟达{glue:text}`q1_fiscal`（截至{glue:text}`q1_end`）的财报。损失的起因是美国要求向中国企业销售H20人工智能芯片须获许可。据财报，公司第一季度为此承担了{glue:text}`q1_h20_charge`的费用，当季另有{glue:text}`q1_h20_undelivered_revenue`的H20芯片收入因无法交付而落空。专栏还给出了英伟达早先的估计：在美国{glue:text}`h20_license_requirement`首次宣布这项许可要求的时候，公司估计这一季要为此付出{glue:text}`q1_h20_charge_expected_in_april`。影响还会延续到第二季度：公司预计该季收入{glue:text}`q2_revenue_forecast`，并透露H20的许可要求会让这一季少收{glue:text}`q2_revenue_reduction`，报道称这是一笔巨大的损失。
#
# 英伟达首席执行官黄仁勋在第一季度的财报电话会上表示，公司眼下不得不放弃H20，但仍在寻找继续参与中国人工智能市场竞争的途径。他强调了中国市场的分量：这里跻身全球最大的人工智能市场之列，也是企业赢得全球成功的重要一站；他还提到全球{choose}``researchers_half|True=一半|False={glue:text}`china_share_ai_researchers` ``的人工智能研究人员在中国，并说能在中国市场胜出的平台，如今已有引领全球的实力。报道接着写道，这个价值{glue:text}`china_market_value`的市场实际上已对英伟达关上了门：H20出口禁令一出，英伟达在华的Hopper数据中心业务随之终止，公司也“无法为遵守禁令进一步削减”Hopper的业务规模（原文如此）。报道说，对特朗普政府限制美国制造的人工智能芯片向包括中国在内的国家出口，英伟达一直明确反对；黄仁勋还赞扬美国政府废除了拜登时期的《人工智能扩散规则》，否则芯片出口还会受到更多限制。他指出，中国已经拥有人工智能，要问的是这个全球最大的人工智能市场之一是否会运行在美国的平台上；他认为，让中国芯片制造商免于和美国企业竞争，只会使它们在海外更强，美国的地位反被削弱。{footcite}`fn80`
#
# (sec-canada)=
# #### 加拿大
#
# 加拿大推出的多项政策里，报告举了三项。{glue:text}`ai_investment_package_date`，加拿大政府宣布一揽子人工智能投资措施，规模{glue:text}`ai_investment_package`（报告折合{glue:text}`ca_package_cny`）。{footcite}`fn81` 这些措施的用意是投资人工智能基础设施、培养和引进人才、加快人工智能在关键领域的应用，所举的关键领域有农业、清洁技术、医疗保健和制造业。{footcite}`report` {glue:text}`compute_sovereignty_strategy`启动的人工智能计算主权战略着眼于算力：本国的企业、创新者和研究人员，无论是开发本国的人工智能产品还是做前沿研究，都要有足够的计算能力可用；{footcite}`fn82` {glue:text}`public_service_ai_strategy`，政府又推出本国首个联邦公共服务人工智能战略，主要内容有四方面：人工智能专业中心、立法与治理、人才培训，以及人工智能的开放与透明。{footcite}`report`
#
# (sec-europe)=
# ### 欧洲地区
#
# (sec-eu)=
# #### 欧盟
#
# 欧盟近期人工智能政策的主要方向，报告概括为“监管宽松化”。此前欧盟一向监管偏严，上文提到的《人工智能法案》就是例子，报告举了它的两项规定：危及人类安全、风险高到不可接受的人工智能系统一律禁用；执法、司法等领域用人工智能，也设了严格的限制条件。{footcite}`report`
#
# 法案虽有人工智能治理“标杆”之称，业界却普遍担心，条款太严可能妨碍欧盟的创新。报告认为欧盟随后在逐步转向激励，试图从“政策松绑、算力基建和行业应用”三方面争取竞争优势。{footcite}`report` 欧盟委员会的“投资人工智能”倡议在{glue:text}`invest_ai_mobilisation_date`的巴黎人工智能行动峰会上亮相，目标是调动{glue:text}`invest_ai_mobilisation`投资（详见下文专栏）；{footcite}`fn83` 欧盟委员会{glue:text}`ai_continent_plan`发布的“人工智能大陆行动计划”，列了四个着力点：大规模的人工智能数据与计算基础设施、高质量数据的获取渠道、算法开发，以及欧盟战略部门对人工智能的采用。算力是欧盟的短板，为此它还表示，要以现有的{glue:text}`ai_factories_existing`“人工智能工厂”为基础，推动建设“人工智能超级工厂”，配备{glue:text}`ai_gigafactory_chips`先进人工智能芯片。{footcite}`fn84`
#
# (sec-eu-column)=
# #### 专栏：欧盟拟以“投资人工智能”倡议调动{glue:text}`invest_ai_mobilisation`
#
# 这篇新华网报道围绕欧盟委员会主席冯德莱恩展开：倡议是她在{glue:text}`invest_ai_announced`的巴黎峰会上提出的，要为人工智能的发展调动{glue:text}`invest_ai_mobilisation`投资。她不认同欧洲已在人工智能竞赛中落后的说法，称“这场人工智能竞赛远未结束”；她表示，欧盟希望人工智能对经济和社会起积极的推动作用，“但我们的模式仍需加速发展”。至于钱从哪里来，欧盟委员会的公报说，起步的资金将来自欧盟现有的数字领域项目；倡议还将专设{glue:text}`ai_gigafactory_fund`的基金，建设用来训练复杂大模型的人工智能超级工厂；按公报的安排，超级工厂也是《竞争力指南》之下战略技术投资的试点。报道最后交代了工厂的进度和后续安排：首批{glue:text}`ai_factories_first_batch`人工智能工厂的建设已在{glue:text}`ai_factories_first_batch_date`宣布，新增的{glue:text}`ai_factories_planned_additional`计划近期公布；欧盟委员会还计划在{glue:text}`apply_ai_initiative`推出“应用人工智能”倡议，面向关键产业推广人工智能。{footcite}`fn85`
#
# (sec-uk)=
# #### 英国
#
# 报告对英国的概括是：投资力度受政府换届影响而有所摇摆，但政策监管和人才培养仍受关注。英国政府在{glue:text}`cancelled_ai_funding_date`表示，为了优先安排其他财政计划，要取消{glue:text}`cancelled_ai_funding`的人工智能项目资金，这笔钱是前任保守党政府承诺的；不久，工党新政府宣布为{glue:text}`funded_ai_projects`人工智能项目提供{glue:text}`funded_ai_projects_amount`资金，这些项目意在提高英国的生产力和公共服务水平。{footcite}`fn86` 报告的评语是，投资力度明显下降。（本书注：前一件事的时间照录报告。报告称这笔钱是“前任保守党政府”承诺的，本书由此推断，宣布取消时执政的已不是保守党，“{glue:text}`cancelled_ai_funding_date`”可能有误；这段文字所注的报道刊于{glue:text}`uk_source_date`。） 英国政府{glue:text}`public_compute_increase_target_date`公布“人工智能机遇行动计划”，所作的承诺涉及监管、数据、算力和人才：监管的方式要有利于创新；公共数据要安全可靠地开放，还要创建国家数据库；公共算力要在{glue:text}`public_compute_target_years`内提高{glue:text}`public_compute_increase_target`；全球的投资和优秀人才，英国也要去争取。{glue:text}`ai_regulation_bill`英国发布的《人工智能（监管）法案》草案（报告只写了月份，年份据上文），确定了监管机构和原则，重点是透明度和知识产权，力求既促进创新、又补上监管的缺口。{footcite}`report`
#
# (sec-asia)=
# ### 亚洲地区
#
# (sec-india)=
# #### 印度
#
# 印度的发力点在人工智能和半导体。斯坦福大学{glue:text}`ai_vibrancy_rank_date`底发布《全球人工智能实力排行榜》，对{glue:text}`ai_vibrancy_countries`国家的人工智能活跃度作综合评估，印度列{glue:text}`in_rank`位，排在它前面的是美国、中国和英国。{footcite}`fn87` “印度人工智能使命”的实施资金，是印度内阁在{glue:text}`ai_mission_budget_date`批准的一笔专项财政拨款，共{glue:text}`ai_mission_budget`（报告折合{glue:text}`in_mission_usd`）。按所引报道，这项政策的总目标是“通过跨公共和私营部门的战略计划和合作来推动人工智能创新”，涉及的方面包括基础设施、数据、算法、人才、研发、资本和应用等。{footcite}`fn88` 据印度电子和信息技术部，使命按公私合作的方式推进：要建一座人工智能计算基地，配备{glue:text}`ai_compute_gpus`GPU；创新者还能从这里得到支撑服务和预训练模型，一站式地获取人工智能创新的关键资源。{footcite}`fn89` 该部还表示取消一项事前审批：企业面向南亚市场的用户上线或部署人工智能模型，不再需要政府先批准；{footcite}`fn90` 报告认为，这降低了企业研发人工智能产品时的监管压力。{footcite}`report` 莫迪总理则在{glue:text}`dual_ai_vision`提出了“双重AI”愿景，寄望于印度人工智能的快速发展。{footcite}`fn91`
#
# (sec-japan)=
# #### 日本
#
# 日本的人工智能立法在提速。{glue:text}`ai_guidelines`以来，政府相关机构陆续推出了《关于对AI与著作权的思考》《AI企业指南》《关于AI制度的思考》《运用生成式人工智能制作发行物的指导手册》等文件；{footcite}`fn92` {glue:text}`ai_promotion_act`，日本参议院全体会议表决通过《人工智能相关技术研究开发及应用推进法》，这是日本的首部人工智能法案。{footcite}`fn93` 报告把日本的取向同欧盟对照：欧盟强调监管，日本则称这部法律是“无处罚的促进式人工智能综合法”，着眼于不妨碍技术进步，也不想让公私两方的关系紧张起来。新法规定设立“AI战略本部”，首相牵头，内阁全体成员参加，这个本部将是日本人工智能政策的“司令部”；政府还将据此制定“人工智能基本计划”，作为中长期的政策指南，覆盖研发投资、人才培养、产业促进和监管治理。{footcite}`report`
#
# (sec-softbank-column)=
# #### 专栏：软银向美日高层提议设立联合主权财富基金
#
# 这个专栏转载新华网的报道，消息来自英国《金融时报》网站：软银集团首席执行官孙正义提出了美日联合设立主权财富基金的设想，想用它在美国的科技和基建领域大规模投资。该报援引{glue:text}`ft_anonymous_sources`消息人士的话说，设想出自孙正义团队，两国财政部门已开始初步沟通；孙正义已亲自跟美国财政部长贝森特谈过这一设想，也向美日两国的政府高层简单介绍过，但到报道发表时，还没有形成正式方案。按消息人士的说法，这一设想已进入美日两国高层的视野，并被视为主权间投资合作的一种新尝试。
#
# 设想中，两国财政部门是基金的主要出资方和管理方，利润按出资比例分给两国政府。它的初期资本可能高达{glue:text}`fund_capital`，再以杠杆放大投资；两国的普通民众，将来甚至可能买到基金的份额。一名消息人士称，这只基金对两国政府的好处是稳定的财政回报，对美国政府来说还多了一条收入渠道；据称，贝森特想建立一套“主权对主权”的新金融架构，日方则希望靠完善的治理机制，减少美国政府政策变化干扰基金运作的风险。
#
# 报道还提到了“星际之门”——特朗普{glue:text}`stargate`宣布的大型人工智能基础设施项目，由OpenAI、软银集团和甲骨文公司在美国修建人工智能所需的基础设施——并说基金将来的投资重点，可能就包括这类项目。截至报道发表时，美国财政部和软银都没有就设立基金公开回应。{footcite}`fn94` 由于只是设想，本书没有把它列入{numref}`tab-intl-money`。
#
# (sec-korea)=
# #### 韩国
#
# 韩国也在积极出台政策，推动人工智能创新。{glue:text}`ai_strategy_council`，科学技术信息通信部宣布，“人工智能战略最高理事会”成立，{footcite}`fn95` 定位是统筹韩国人工智能治理的最高机构；该部还成立了“人工智能大模型促进会”，成员是{glue:text}`ai_model_council_firms`国内企业。促进会作为外部顾问团给政府提政策建议，也让官民之间能常态化沟通，目的是推动人工智能创新生态的建设。{footcite}`report` {glue:text}`ai_basic_act`韩国国会通过的《人工智能发展和建立信任基础等相关基本法》，要在国家层面统筹人工智能治理，兼顾产业培育和风险防范。{footcite}`fn96` {glue:text}`gpu_acquisition_target_date`，韩国代总统崔相穆表示，要在{glue:text}`kr_gpu_year`上半年之前获得{glue:text}`gpu_acquisition_target`高性能图形处理器（GPU）；此外还要选拔“国家代表人工智能组”、举办人工智能最高人才竞赛，数据方面则是多用原始数据和公共数据，并大量扩充高质量的制造和产业数据。{footcite}`fn97` {glue:text}`supplementary_ai_budget_date`，国会全体会议通过一笔人工智能追加更正预算，规模{glue:text}`supplementary_ai_budget`；这笔预算的用途包括研发世界级的人工智能模型、举办国际人工智能竞赛，以及采购{glue:text}`supplementary_budget_gpus`先进GPU。{footcite}`fn98`
#
# ```{glue:md} tab_intl_money
# :format: myst
# ```
#
# ```{glue:md} tab_intl_other
# :format: myst
# ```
#
# ## 数据与来源

# %%
sources.resource_list(["policies", "environment_events", "environment_facts", "compute_storage", "data_growth",
                       "financing_facts", "financing_by_sector", "financing_by_region", "international_programmes",
                       "nvidia_h20", "figure_catalog"])

# %% [markdown]
# ```{footbibliography}
# ```
