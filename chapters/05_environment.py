# %% [markdown]
# # 发展环境
#
# 报告第五章从政策、技术、资金和国际竞争几方面描述生成式人工智能所处的环境。本章依次整理这几部分，把报告的政策表、专利与算力数字、投融资分布和各国举措做成可核对的表和图，并检查投融资各项占比与总数是否相符。要点如下：
#
# - 报告的政策表收录{glue:text}`policy_span`的{glue:text}`policy_n`主要政策（{numref}`tab-policies`），最新的一项是{glue:text}`policy_latest_issuer`{glue:text}`policy_latest_date`的《{glue:text}`policy_latest_title`》；其中{glue:text}`policy_joint_n`的发布单位不止一家（本书据报告的表统计）。
# - 技术方面，全球新公开的生成式人工智能专利中我国占{glue:text}`new_genai_patents_china_share`；截至{glue:text}`compute_period`底，我国智能算力规模达{glue:text}`intelligent_computing_power`。
# - {glue:text}`fin_period`，报告统计到人工智能相关投融资{glue:text}`fin_events`、{glue:text}`fin_amount`，并称以具身智能为代表的机器人相关领域是投融资的重点；按报告给出的数字，{choose}``fin_same_leader|True=它的事件数和金额都最多|False=事件数以{glue:text}`fin_top_sector`最多，金额以{glue:text}`fin_top_amount_sector`最多``（本书比较，{numref}`fig-financing-events`、{numref}`fig-financing-amount`）。
# - 报告正文写出的三个地区的投融资金额与占比，和投融资总额对不上：按这三组数推算，总额只有{glue:text}`region_base`左右，而不是{glue:text}`fin_amount`（本书计算，{numref}`tab-financing-checks`）。
# - 国际部分，报告认为全球竞争在加剧：各主要国家一面出台激励政策扶持本国产业，一面加紧完善监管和伦理规则，一些国家还收紧芯片和模型参数的出口。报告按北美、欧洲、亚洲介绍美国、加拿大、欧盟、英国、印度、日本和韩国；其中的资金数额币种各异，本书照原文列出，不做换算（{numref}`tab-intl-money`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd

from genai_book import charts, data, fmt, sources, tables
from genai_book.facts import environment as facts

data.use(data_dir, as_of)

catalog = data.load("figure_catalog")
events = facts.events(data.load("environment_events"))
env = data.load("environment_facts").set_index("key")


def on(row) -> str:
    """The date of an event or a measure as the report gives it (a year, a month or a day)."""
    return fmt.period(row["date"])


# %%
policies = facts.policies(data.load("policies"))
fmt.glue_all(
    **fmt.rows(env, "industrial_ai_typical_cases", "ai_industry_key_standards", "ai_international_standards"),
    **fmt.rows(events, "standards_committee", "sasac_ai_plus_meeting", write=on),
    policy_item=facts.report_item(catalog, "policies"),
    policy_span=fmt.period(policies.span),
    policy_n=fmt.with_unit(len(policies.table), "项"),
    policy_latest_issuer=policies.latest["issuer"],
    policy_latest_date=fmt.period(policies.latest["date"]),
    policy_latest_title=policies.latest["title"],
    policy_top_category=policies.by_category.index[0],
    policy_top_category_n=fmt.with_unit(policies.by_category.iloc[0], "项"),
    policy_other_category=fmt.join(policies.by_category.index[1:]),
    policy_other_category_n=fmt.join([fmt.with_unit(n, "项") for n in policies.by_category.iloc[1:]]),
    policy_joint_n=fmt.with_unit(policies.joint, "项"),
)

# %% [markdown]
# ## 政策环境
#
# 这一节报告的判断是“利好政策奠定发展基础”。在报告看来，我国的政策有两条线：一条是发挥制度优势、以应用为导向，鼓励人工智能发展和创新；一条是逐步补齐治理规范，确保技术朝有益、安全、公平的方向健康发展。
#
# 先看产业扶持。{glue:text}`standards_committee`底成立的工业和信息化部人工智能标准化技术委员会，承担人工智能相关行业标准的制修订工作，报告视之为行业标准化工作进入新阶段的标志。工业和信息化部还发布了《人工智能赋能新型工业化典型应用案例名单》，名单上的{glue:text}`industrial_ai_typical_cases`案例经推荐、评审和公示等环节选出；报告认为它能发挥示范作用，推动人工智能在新型工业化中的推广，加快形成新质生产力（各类案例的数量见第四章）。{footcite}`report` {glue:text}`sasac_ai_plus_meeting`，国务院国资委召开中央企业“AI+”专项行动深化部署会。会议强调，央企要抓住人工智能产业发展的战略窗口期，把大模型作为攻关重点，并加强推进人工智能所需的要素保障；会上发布了“AI+”专项行动的实施要点，并就战略性高价值场景建设启动专项工作。{footcite}`fn58`
#
# 再看治理。人工智能用得越来越广，误用、滥用的问题也日益受到重视，监管体制机制随之逐步完善。据报告，我国已累计制定人工智能行业关键标准{glue:text}`ai_industry_key_standards`、国际标准{glue:text}`ai_international_standards`，推动产业生态持续优化；{footcite}`fn59` 相关部门还陆续出台《人工智能安全治理框架》《人工智能生成合成内容标识办法》《人脸识别技术应用安全管理办法》等文件，从人工智能的技术特性出发剖析风险，对模型算法、数据、系统等方面的安全风险给出技术与管理上的对策。{footcite}`report`
#
# {numref}`tab-policies`照录报告的{glue:text}`policy_item`。{footcite}`report` 排在表首的是国务院的《关于深入实施“人工智能+”行动的意见》；产业一侧另有工业和信息化部的典型应用案例名单；规范一侧的文件则有《国家人工智能产业综合标准化体系建设指南（2024版）》，上文提到的安全治理框架、标识办法和人脸识别办法，以及国家广播电影电视总局的《管理提示（AI魔改）》和中国气象局等发布的《人工智能气象应用服务办法》。按报告的分类计数，{glue:text}`policy_top_category`{glue:text}`policy_top_category_n`，{glue:text}`policy_other_category`{glue:text}`policy_other_category_n`；有{glue:text}`policy_joint_n`的发布单位写作“……等”，即不止一家单位（均为本书据表统计）。表名是“主要政策”，可见并非完整清单（本书判断）。

# %%
tables.glue_table("tab_policies", pd.DataFrame({
    "发布时间": policies.table["date"].map(fmt.period),
    "政策名称": "《" + policies.table["title"] + "》",
    "发布单位": policies.table["issuer"],
    "类别": policies.table["category"],
}), caption=f"我国人工智能领域主要政策（{fmt.period(policies.span)}，即报告{facts.report_item(catalog, 'policies')}）",
    name="tab-policies")

# %% [markdown]
# ```{glue:md} tab_policies
# :format: myst
# ```

# %%
compute = data.load("compute_storage").set_index("indicator")
storage = facts.storage(data.load("compute_storage"))
growth = facts.data_growth(data.load("data_growth"))
fmt.glue_all(
    **fmt.rows(env, "ai_patent_holdings_world_share", "global_new_genai_patents", "new_genai_patents_china_share",
               "ai_patent_applications", "ai_patent_applications_world_share", "top5_regions_patent_application_share"),
    **fmt.rows(env, "data_labelling_volume", "data_labelling_vs_national_library", "labelling_hq_industry_datasets",
               "labelling_supported_domestic_models", "labelling_industry_output"),
    **fmt.rows(env, "chinese_data_share_most_models", "chinese_data_share_some_models", "deepseek_open_sourced_repos",
               "deepep_roce_performance_gain", "deepep_infiniband_performance_gain"),
    **fmt.rows(compute, "computing_centre_racks", "intelligent_computing_power", "storage_capacity"),
    **fmt.rows(growth.counts, "ai_enterprises", "high_quality_datasets", "llm_data_technology_enterprises",
               "llm_data_application_enterprises"),
    **fmt.rows(events, "open_source_guideline", write=on),
    ai_patent_applications_period=fmt.period(env.loc["ai_patent_applications", "as_of"]),
    data_labelling_volume_period=fmt.period(env.loc["data_labelling_volume", "as_of"]),
    deepseek_open_sourced_repos_period=fmt.period(env.loc["deepseek_open_sourced_repos", "as_of"]),
    deepep_period=fmt.period(env.loc["deepep_roce_performance_gain", "as_of"]),
    china_new_genai_patents=fmt.with_unit(facts.china_new_genai_patents(env), env.loc["global_new_genai_patents", "unit"],
                                          "约"),
    applications_rank=fmt.ordinal(env.loc["ai_patent_applications_world_rank", "value"]),
    patent_share_n=fmt.small_number(len(facts.SHARE_KEYS)) + "个",
    compute_period=fmt.period(compute.loc["intelligent_computing_power", "as_of"]),
    storage_base_year=fmt.period(storage.base_year),
    storage_growth_word=fmt.change_word(storage.growth["value"]),
    storage_capacity_growth=fmt.describe(storage.growth),
    data_volume_period=fmt.period(growth.volume["as_of"]),
    data_volume=fmt.describe(growth.volume),
    data_volume_growth_word=fmt.change_word(growth.volume_growth["value"]),
    data_volume_growth=fmt.describe(growth.volume_growth),
)

# %% [markdown]
# ## 技术环境
#
# 这一节报告的判断是“技术创新加速产品迭代”。报告认为，我国在全球人工智能技术上的话语权明显增强，已是全球人工智能创新的重要推动者；它从专利、数据资源和开源社区几方面举证。
#
# ### 专利
#
# 首先是专利。报告把专利上的领先与我国近年的做法联系起来：持续加强人工智能基础研究，同时以应用为导向，让生成式人工智能进入更多具体场景。它用{glue:text}`patent_share_n`口径不同的占比说明这种领先（{numref}`fig-patent-shares`）。据世界知识产权组织的报告，我国已是全球人工智能专利的最大拥有国，占{glue:text}`ai_patent_holdings_world_share`；{footcite}`fn60` 在全球新公开的{glue:text}`global_new_genai_patents`生成式人工智能专利里，我国的份额为{glue:text}`new_genai_patents_china_share`，折合{glue:text}`china_new_genai_patents`（本书计算）；{footcite}`fn61` 我国的人工智能专利申请，截至{glue:text}`ai_patent_applications_period`已有{glue:text}`ai_patent_applications`，在全球申请量中占{glue:text}`ai_patent_applications_world_share`，排名全球{glue:text}`applications_rank`。{footcite}`fn62` 这几个数字分别统计拥有量、新公开的专利和申请量，出自不同来源，报告也没有交代各自的统计范围，所以不宜相互换算或比较高低。
#
# 国内的申请集中在少数地区：截至同一时间，北京、广东、江苏、浙江、上海五省市的人工智能专利申请量合计达到全国的{glue:text}`top5_regions_patent_application_share`。{footcite}`fn63`

# %%
patent_shares = facts.patent_shares(env).assign(  # in the order of facts.SHARE_KEYS
    统计对象=["人工智能专利拥有量", "新公开的生成式人工智能专利", "人工智能专利申请量"])
charts.bar_figure(
    "fig-patent-shares", patent_shares, "统计对象", category_title="统计对象", value_title="我国占全球的比例（%）",
    alt_title="三种口径下我国占全球人工智能专利的比例",
)

# %% [markdown]
# ```{glue:figure} fig-patent-shares
# :name: fig-patent-shares
#
# 三种口径下我国在全球人工智能（含生成式人工智能）专利中的占比（来源与统计对象各不相同）
# ```
#
# ### 算力、存力与数据资源
#
# 其次是数据资源，报告把算力、存力的数字也放在这一项下。报告认为，我国数据资源的规模和利用都在扩大，各类主体加快投入人工智能，数据要素正加快走向市场、产生价值。截至{glue:text}`compute_period`底，我国在用算力中心的机架总规模达{glue:text}`computing_centre_racks`，智能算力为{glue:text}`intelligent_computing_power`（每秒百亿亿次浮点运算）；存力规模{glue:text}`storage_capacity`（艾字节），比{glue:text}`storage_base_year`{glue:text}`storage_growth_word`{glue:text}`storage_capacity_growth`。{footcite}`fn64`
#
# 据国家数据局公布，{glue:text}`data_volume_period`全国的数据生产量为{glue:text}`data_volume`（泽字节），同比{glue:text}`data_volume_growth_word`{glue:text}`data_volume_growth`。同一年里，开发或应用人工智能的企业数量和高质量数据集数量的同比增速分别为{glue:text}`ai_enterprises`和{glue:text}`high_quality_datasets`，报告认为这有力支撑了人工智能的训练和应用；在利用大模型的企业中，数据技术企业和数据应用企业的同比增速分别为{glue:text}`llm_data_technology_enterprises`和{glue:text}`llm_data_application_enterprises`（{numref}`fig-data-growth`）。这几类企业和数据集的数量本身，报告没有给出。{footcite}`fn65`

# %%
charts.bar_figure(
    "fig-data-growth", growth.counts.reset_index().assign(对象=lambda f: f["label"].str.removesuffix("同比增速")),
    "对象", category_title="对象", value_title=f"{fmt.period(growth.volume['as_of'])}同比增速（%）",
    alt_title=f"{fmt.period(growth.volume['as_of'])}几类主体和数据集数量的同比增速",
)

# %% [markdown]
# ```{glue:figure} fig-data-growth
# :name: fig-data-growth
#
# 开发或应用人工智能的企业、利用大模型的数据企业和高质量数据集数量的同比增速（国家数据局）
# ```
#
# 数据标注方面，截至{glue:text}`data_labelling_volume_period`，我国企业数据标注基地标注的数据总量为{glue:text}`data_labelling_volume`，是中国国家图书馆数字资源总量的{glue:text}`data_labelling_vs_national_library`。报告接着说，目前已积累医疗、工业、教育等行业的高质量数据集{glue:text}`labelling_hq_industry_datasets`，支持了{glue:text}`labelling_supported_domestic_models`国产大模型的研发，拉动数据标注行业相关产值{glue:text}`labelling_industry_output`。{footcite}`fn66` 报告还指出中文数据对国内大模型训练效果的作用：据国家数据局，国内多数模型使用的数据中，中文数据的占比已{glue:text}`chinese_data_share_most_models`，有的模型更达{glue:text}`chinese_data_share_some_models`。{footcite}`fn67`
#
# ### 开源社区
#
# 最后是开源社区对创新的推动。工业和信息化部等七部门{glue:text}`open_source_guideline`联合发布的《关于推动未来产业创新发展的实施意见》明确提出，要“推广开源技术，建设开源社区，构建开源生态体系”。{footcite}`fn68` 报告认为，开源社区已成为技术发展的重要驱动因素：开发者可以在别人公开的项目上继续改进、再开发，全球开发者在此基础上共同推动技术进步。
#
# 报告以DeepSeek为例，称它是近期开源社区中最成功、影响最广的案例：{glue:text}`deepseek_open_sourced_repos_period`它陆续开源{glue:text}`deepseek_open_sourced_repos`代码库，之后又持续把新模型放到社区，以报告所说“完全透明”的方式分享研究进展，也借社区的反馈改进了自己的模型。{glue:text}`deepep_period`，DeepSeek致谢社区对其通信框架DeepEP的改进；据它介绍，改进后的DeepEP在RoCE网络下性能提升{glue:text}`deepep_roce_performance_gain`，在InfiniBand网络下提升{glue:text}`deepep_infiniband_performance_gain`。报告认为，这为大模型训练提供了更稳定、高效的底层支撑。{footcite}`fn69`
#
# ### 专栏：我国将加快建立人工智能知识产权保护规则
#
# 报告转载的这篇报道（转载时有删减），从我国已是全球人工智能专利最大拥有国、占比达{glue:text}`ai_patent_holdings_world_share`说起。国家知识产权局局长申长雨说，知识产权局近年来一直在推进与人工智能相关的知识产权制度创新，为技术和产业发展提供制度供给：及时修改完善了《专利审查指南》，发布了《人工智能相关发明专利申请指引》，对谁能申请、保护什么、怎样审查等热点问题给出了答复。
#
# 下一步，知识产权局要推动知识产权与人工智能融合发展：为人工智能、大数据等新领域新业态建立保护规则，为技术发展提供法治保障；在提高保护和运用水平上，既要健全支撑关键核心技术攻关的工作体系，也要在按需审查、分析预警和导航、专利池建设和专利转化运用上加大服务，让更多专利走进产业链；同时参与人工智能领域知识产权的全球治理，推动完善相关国际规则和标准。{footcite}`fn70`

# %%
fin_facts = data.load("financing_facts").set_index("key")
money = facts.financing(data.load("financing_by_sector"), data.load("financing_by_region"), fin_facts)
items = {"events": facts.report_item(catalog, "financing_by_sector", "事件"),  # 图11, 图12, 图13
         "amounts": facts.report_item(catalog, "financing_by_sector", "金额"),
         "regions": facts.report_item(catalog, "financing_by_region")}
events_total, amount_total = money.events.total, money.amounts.total
unit, sectors, region_range = amount_total["unit"], money.sector_table(), money.regional_common()
named, rest = sectors[sectors["part"] == "named"], sectors[sectors["part"] == "rest"].iloc[0]
beijing = money.regions.parts.iloc[0]
fmt.glue_all(
    **fmt.rows(fin_facts, "ai_industry_total_investment", "national_ai_fund"),
    ai_industry_total_investment_period=fmt.period(fin_facts.loc["ai_industry_total_investment", "as_of"]),
    national_ai_fund_period=fmt.period(fin_facts.loc["national_ai_fund", "as_of"]),
    fin_period=fmt.period(events_total["as_of"]),
    fin_events=fmt.describe(events_total),
    fin_amount=fmt.describe(amount_total),
    fin_avg=fmt.with_unit(round(sectors["average"].iloc[-1], 2), unit, "约"),
    fig_events_item=items["events"],
    fig_amount_item=items["amounts"],
    fig_region_item=items["regions"],
    fin_same_leader=money.same_leader,
    fin_top_sector=money.events.parts["sector"].iloc[0],
    fin_top_amount_sector=money.amounts.parts["sector"].iloc[0],
    fin_named_events_share=fmt.pct(money.events.named_share),
    fin_named_amount_share=fmt.pct(money.amounts.named_share),
    fin_other_events=fmt.with_unit(money.events.rest, events_total["unit"]),
    fin_other_amount=fmt.with_unit(round(money.amounts.rest, 1), unit),
    sector_shares_fit=money.sector_shares_fit(),
    sector_list="；".join(f"{r.sector}{fmt.with_unit(r.events, events_total['unit'])}（{fmt.pct(r.events_share)}）、"
                          f"{fmt.with_unit(r.amount, unit)}（{fmt.pct(r.amount_share)}）" for r in named.itertuples()),
    events_second_sector=money.events.parts["sector"].iloc[1],
    amount_second_sector=money.amounts.parts["sector"].iloc[1],
    second_differs=money.events.parts["sector"].iloc[1] != money.amounts.parts["sector"].iloc[1],
    avg_low=fmt.with_unit(round(sectors["average"].min(), 1), unit),
    avg_high=fmt.with_unit(round(sectors["average"].max(), 1), unit),
    region_list=fmt.join([f"{r}{fmt.with_unit(v, unit)}（{fmt.pct(s)}）" for r, v, s in
                          zip(money.regions.parts["region"], money.regions.parts["value"], money.regions.parts["share"])]),
    region_share_sum=fmt.pct(money.regions.named_share),
    region_base=fmt.with_unit(round(money.regional_base()), unit),
    region_mid_low=fmt.with_unit(round(min(b.mid for b in money.regional_bases().values()), 1), unit),
    region_mid_high=fmt.with_unit(round(max(b.mid for b in money.regional_bases().values()), 1), unit),
    region_rest_share=fmt.pct(money.regions.rest_share),
    regions_overlap=region_range is not None,
    region_base_low=fmt.with_unit(round(region_range.low, 1), unit) if region_range else "",
    region_base_high=fmt.with_unit(round(region_range.high, 1), unit) if region_range else "",
    beijing=beijing["region"],
    beijing_amount=fmt.with_unit(beijing["value"], unit),
    beijing_share=fmt.pct(beijing["share"]),
    beijing_share_of_total=fmt.pct(money.regions.share_of_total(beijing["value"])),
)
# the discussion of the regional figure below is written for shares that do not fit the total: if the data are
# ever corrected, stop here so that the prose gets rewritten rather than left wrong
assert not money.regions.fits(facts.SHARE_STEP), "chapter 5: the regional shares now fit the total; rewrite 地区分布"

# %% [markdown]
# ## 融资环境
#
# 这一节报告的判断是“畅通融资注入发展活力”。报告引用的一项估计是，{glue:text}`ai_industry_total_investment_period`我国对人工智能产业的总投资将{glue:text}`ai_industry_total_investment`。{footcite}`fn71` 报告认为，作为投资热度最高的科技领域，生成式人工智能更要靠多层次资本市场把科技、产业和金融连成良性循环；为此，国家在{glue:text}`national_ai_fund_period`设立了规模{glue:text}`national_ai_fund`的国家人工智能基金，支持各地的技术创新、产业发展和应用。{footcite}`fn72`
#
# 具体的投融资事件由中国互联网络信息中心（CNNIC）根据网上公开披露的资料整理并推算（不含定增、IPO上市、退市等）：{glue:text}`fin_period`，我国共发生人工智能相关投融资{glue:text}`fin_events`，合计金额{glue:text}`fin_amount`，平均每起{glue:text}`fin_avg`（本书计算）。{footcite}`fn73` 报告认为，以具身智能为代表的机器人相关领域是投融资的重点，并在正文写出了{glue:text}`fig_events_item`和{glue:text}`fig_amount_item`中三个领域的数字：{glue:text}`sector_list`（{numref}`fig-financing-events`、{numref}`fig-financing-amount`）。{choose}``second_differs|True=在这三个领域里，按事件数{glue:text}`events_second_sector`多于{glue:text}`amount_second_sector`，按金额则相反（本书比较）；其余领域的拆分报告没有给出，整体排名无从确定。|False=其余领域的拆分报告没有给出，各领域的整体排名无从确定。`` 这三个领域合计约占事件数的{glue:text}`fin_named_events_share`、金额的{glue:text}`fin_named_amount_share`；其余领域合计{glue:text}`fin_other_events`、{glue:text}`fin_other_amount`，是本书用总数减去这三个领域得到的（均为本书计算）。本书核对发现，三个领域的事件数、金额与各自的占比{choose}``sector_shares_fit|True=都与报告的总数（{glue:text}`fin_events`、{glue:text}`fin_amount`）相符，可见两幅图都以全部投融资为分母|False=并不都与报告的总数（{glue:text}`fin_events`、{glue:text}`fin_amount`）相符，两幅图的分母未必是全部投融资``（{numref}`tab-financing-checks`）。

# %%
def amounts_shown(figure: facts.Figure) -> list[str]:
    """Each part's value in the total's unit, then the computed rest (unknown when the shares do not fit)."""
    rest = round(figure.rest, 1) if figure.fits(facts.SHARE_STEP) else None
    return [fmt.UNKNOWN_TEXT if v is None else fmt.with_unit(v, figure.total["unit"])
            for v in [*figure.parts["value"], rest]]


for name, figure, title, column, by, other in (  # the rest is the book's: 其他… 为占比的余数
        ("fig-financing-events", money.events, "投融资事件数", "事件数", "领域", "其他领域"),
        ("fig-financing-amount", money.amounts, "投融资金额", "金额", "领域", "其他领域"),
        ("fig-financing-region", money.regions, "投融资金额", "金额", "地区", "其他地区")):
    charts.bar_figure(
        name, figure.share_rows(other), figure.dim, category_title=by, value_title=f"占{title}的比例（%）",
        sort=[*figure.parts[figure.dim], other], extra_columns={column: amounts_shown(figure)},
        alt_title=f"{fmt.period(events_total['as_of'])}人工智能相关{title}按{by}的占比（{other}为占比的余数，本书推算）",
    )
tables.glue_table("tab_financing_sectors", pd.DataFrame({
    "领域": [*named["sector"], "其他领域（本书推算）", "合计"],
    "事件数": [fmt.with_unit(e, events_total["unit"]) for e in sectors["events"]],
    "金额": [fmt.with_unit(round(a, 1), unit) for a in sectors["amount"]],
    "平均每起金额（本书计算）": [fmt.with_unit(round(a, 2), unit) for a in sectors["average"]],
}), caption=f"{fmt.period(events_total['as_of'])}人工智能相关投融资每起的平均金额（按领域）",
    name="tab-financing-sectors")

# %% [markdown]
# ```{glue:figure} fig-financing-events
# :name: fig-financing-events
#
# 人工智能相关投融资事件数按领域的占比（对应报告{glue:text}`fig_events_item`；其他领域为本书推算；报告的事件计数“笔”“起”混用，本书一律称“起”）
# ```
#
# ```{glue:figure} fig-financing-amount
# :name: fig-financing-amount
#
# 人工智能相关投融资金额按领域的占比（对应报告{glue:text}`fig_amount_item`；其他领域为本书推算）
# ```
#
# 按领域算出的每起平均金额在{glue:text}`avg_low`至{glue:text}`avg_high`之间（本书计算，{numref}`tab-financing-sectors`）；报告没有给出金额的分布，平均数又容易被个别大额融资拉高，不宜据此比较各领域。
#
# ```{glue:md} tab_financing_sectors
# :format: myst
# ```
#
# ### 地区分布：与总额对不上
#
# 报告正文写出了{glue:text}`fig_region_item`中三个地区的投融资金额和占比：{glue:text}`region_list`。{footcite}`fn73` 三地合计占{glue:text}`region_share_sum`（本书计算，{numref}`fig-financing-region`）。
#
# 这三组数与总额{glue:text}`fin_amount`对不上。用每个地区的金额除以它的占比，推算出的总额在{glue:text}`region_mid_low`至{glue:text}`region_mid_high`之间（本书计算）；{choose}``regions_overlap|True=考虑到金额和占比都只保留一位小数，能同时吻合三地数字的总额也只在{glue:text}`region_base_low`至{glue:text}`region_base_high`之间|False=即使考虑到金额和占比都只保留一位小数，三地数字推算出的总额也互不重叠``，远小于报告的总额（{numref}`tab-financing-checks`）。反过来，以报告的总额为分母，{glue:text}`beijing`的{glue:text}`beijing_amount`只占{glue:text}`beijing_share_of_total`（本书计算），而不是报告所写的{glue:text}`beijing_share`。
#
# 报告没有解释这一差异：可能是某一组数字有误，也可能地区占比用的是另一个分母（例如只统计披露了所在地的事件），本书无法判断。使用时不宜把报告{glue:text}`fig_region_item`（本书{numref}`fig-financing-region`）的占比乘以总额来估算各地区的金额。图中的“其他地区”是占比的余数，约{glue:text}`region_rest_share`（本书计算），它的金额报告没有给出。

# %%
checks = money.checks()
tables.glue_table("tab_financing_checks", pd.DataFrame({
    "报告图": checks["figure"].map(items),
    "领域或地区": checks["part"],
    "数值": [fmt.with_unit(v, u) for v, u in zip(checks["value"], checks["unit"])],
    "占比": checks["share"].map(fmt.pct),
    "推算的总额（舍入允许的范围，本书计算）": [
        f"约{fmt.with_unit(round(c.mid, 0 if c.figure == 'events' else 1), c.unit)}"  # no tenths of an event
        f"（{fmt.number(round(c.low, 1))}—{fmt.number(round(c.high, 1))}）" for c in checks.itertuples()],
    "与报告总数": checks["fits"].map({True: "一致", False: "不一致"}),
}), caption=f"各领域、各地区的数值与占比推算出的总额（报告总数为{fmt.describe(events_total)}、{fmt.describe(amount_total)}）",
    name="tab-financing-checks")

# %% [markdown]
# ```{glue:figure} fig-financing-region
# :name: fig-financing-region
#
# 人工智能相关投融资金额的地区占比（对应报告{glue:text}`fig_region_item`；其他地区为占比的余数，本书推算）
# ```
#
# ```{glue:md} tab_financing_checks
# :format: myst
# ```

# %%
world = facts.international(data.load("international_programmes"))
measures, h20 = world.measures.set_index("key"), data.load("nvidia_h20").set_index("key")
fmt.glue_all(
    **fmt.rows(h20, "headline_loss", "q1_h20_charge", "q1_h20_undelivered_revenue", "q1_h20_charge_expected_in_april",
               "q2_revenue_reduction", "q2_revenue_forecast", "china_market_value", "china_share_ai_researchers"),
    **fmt.rows(measures, "ai_investment_package", "ai_pact_first_signatories", "strategic_tech_investment",
               "invest_ai_mobilisation", "ai_factories_existing",
               "ai_gigafactory_chips", "ai_gigafactory_fund", "ai_factories_first_batch",
               "ai_factories_planned_additional", "cancelled_ai_funding", "funded_ai_projects",
               "funded_ai_projects_amount", "public_compute_increase_target", "public_compute_target_years"),
    **fmt.rows(measures, "ai_vibrancy_countries", "ai_mission_budget", "ai_compute_gpus", "ai_model_council_firms",
               "gpu_acquisition_target", "supplementary_ai_budget", "supplementary_budget_gpus"),
    **fmt.rows(world.proposals.set_index("key"), "ft_anonymous_sources"),
    **fmt.rows(events, "stargate", "executive_orders", "chip_export_guidance", "h20_license_requirement",
               "compute_sovereignty_strategy", "public_service_ai_strategy", "ai_factories_announced",
               "invest_ai_announced", "apply_ai_initiative", "ai_regulation_bill", "dual_ai_vision", "ai_guidelines",
               "ai_promotion_act", "ai_basic_act", write=on),
    **{name: on(measures.loc[key]) for name, key in {  # each measure's date, as the report gives it
        "ca_package_date": "ai_investment_package", "eu_act_date": "ai_act_risk_levels",
        "eu_pact_date": "ai_pact_first_signatories", "eu_strategic_date": "strategic_tech_investment",
        "eu_invest_date": "invest_ai_mobilisation", "eu_plan_date": "ai_factories_existing",
        "eu_first_batch_date": "ai_factories_first_batch", "uk_cancel_date": "cancelled_ai_funding",
        "uk_plan_date": "public_compute_increase_target", "in_rank_year": "ai_vibrancy_rank",
        "in_mission_date": "ai_mission_budget", "kr_council_date": "ai_model_council_firms",
        "kr_gpu_date": "gpu_acquisition_target", "kr_budget_date": "supplementary_ai_budget"}.items()},
    kr_gpu_year=fmt.period(measures.loc["gpu_acquisition_target", "as_of"]),
    strategic_tech_investment_years=fmt.small_number(measures.loc["strategic_tech_investment_years", "value"])
    + measures.loc["strategic_tech_investment_years", "unit"],
    uk_source_date=fmt.period(sources.table().loc[measures.loc["cancelled_ai_funding", "source_id"], "published"]),
    q1_fiscal=h20.loc["q1_h20_charge", "fiscal_period"],
    q1_end=fmt.period(h20.loc["q1_h20_charge", "as_of"]),
    q2_fiscal=h20.loc["q2_revenue_reduction", "fiscal_period"],
    researchers_half=h20.loc["china_share_ai_researchers", "value"] == 50,
    ca_package_cny=fmt.describe(world.conversions.loc["ai_investment_package"]),
    eu_act_risk_levels=fmt.small_number(measures.loc["ai_act_risk_levels", "value"]),
    in_rank=fmt.ordinal(measures.loc["ai_vibrancy_rank", "value"]),
    in_mission_usd=fmt.describe(world.conversions.loc["ai_mission_budget"]),
    fund_capital=fmt.plain(world.proposals.set_index("key").loc["us_japan_sovereign_fund_capital"]),
    intl_converted=fmt.join(world.converted["country"]),
)

# %% [markdown]
# ## 国际环境
#
# 这一节报告的判断是“全球人工智能竞争加剧”：各主要国家都在加码生成式人工智能，用激励政策争夺先机。报告把各国的做法归为扶持本土产业、加强监管与伦理规范、在技术上设防竞争几类。
#
# 扶持本国产业方面，美国政府进一步加大了对生成式人工智能研究的支持：{glue:text}`stargate`，由美国政府推动，甲骨文、OpenAI和日本软银集团共同出资启动“星际之门”人工智能研发项目；{footcite}`report` 欧盟{glue:text}`ai_factories_announced`宣布将建立人工智能工厂，{footcite}`fn74` {glue:text}`eu_strategic_date`又宣布在未来{glue:text}`strategic_tech_investment_years`里投资{glue:text}`strategic_tech_investment`，部署人工智能等具有战略意义的关键技术，意在培育本土企业、提升自身产业的竞争力，并减少对别国技术的依赖。{footcite}`fn75` 监管与伦理方面，生成式人工智能带来的风险日益受到各国重视，各国加紧完善监管政策体系，报告举的例子是欧盟：{glue:text}`eu_act_date`，全球首个全面的人工智能监管法案《人工智能法案》生效；{glue:text}`eu_pact_date`，欧盟发布《人工智能公约》，公布{glue:text}`ai_pact_first_signatories`首批签署机构，目的是促使企业就如何处理和部署人工智能作出“自愿承诺”。技术竞争方面，报告认为生成式人工智能已被当作国家科技实力的关键，有的国家试图把芯片和模型参数的出口管制当作守住优势的手段，美国的芯片出口管制指南即是一例（见下文美国一节）。{footcite}`report`
#
# 报告随后按北美、欧洲、亚洲三个地区逐一介绍。国际部分的数字汇总在{numref}`tab-intl-money`（资金）和{numref}`tab-intl-other`（其他数字）中；报告自己附了折算的只有{glue:text}`intl_converted`。
#
# ### 北美地区
#
# #### 美国
#
# 报告用“发展”和“竞争”概括美国近期的两个方向。发展一面，美国政府加大对本国科技企业的支持，加强基础设施建设和人才的培养、引进：{glue:text}`executive_orders`上半年，美国接连发布《提升美国在人工智能基础设施领域的领导地位》《消除美国在人工智能领域领导地位的障碍》《推进美国青年的人工智能教育》等行政命令，措施包括提供联邦土地、加快审批和撤销被视为障碍的政策；还成立了白宫人工智能教育特别工作组，让人工智能教育贯穿基础教育到职业培训，以巩固美国的全球竞争力。{footcite}`report,fn76,fn77,fn78` 竞争一面，美国收紧人工智能硬件与技术的出口，试图以此保住领先地位：{glue:text}`chip_export_guidance`，美国商务部工业与安全局发布人工智能芯片出口管制指南，指南一方面企图让全球都不用中国的先进计算芯片（点名特定的华为昇腾芯片），另一方面要严禁美国人工智能芯片流入中国。{footcite}`fn79`
#
# ##### 专栏：英伟达因对华芯片出口限制面临的损失
#
# 报告以专栏形式转载的这篇报道，用英伟达的财报说明出口限制对它的冲击，标题称英伟达面临{glue:text}`headline_loss`损失。{footcite}`fn80` 英伟达公布的{glue:text}`q1_fiscal`（截至{glue:text}`q1_end`）财报显示，由于向中国企业销售H20人工智能芯片须满足许可要求，公司当季产生了{glue:text}`q1_h20_charge`的费用，另有{glue:text}`q1_h20_undelivered_revenue`的H20芯片收入无法交付；而在{glue:text}`h20_license_requirement`美国首次宣布这一许可要求时，英伟达预计的当季相关费用是{glue:text}`q1_h20_charge_expected_in_april`。英伟达还透露，许可要求将使公司{glue:text}`q2_fiscal`的收入减少{glue:text}`q2_revenue_reduction`，它预计该季收入{glue:text}`q2_revenue_forecast`；报道称这一损失规模巨大。
#
# 黄仁勋在财报电话会上说，公司正在寻找继续参与中国人工智能市场竞争的途径，但眼下不得不放弃H20。在他看来，中国是全球最大的人工智能市场之一，也是企业走向全球的重要跳板；世界上{choose}``researchers_half|True=一半|False={glue:text}`china_share_ai_researchers` ``的人工智能研究人员在中国，能赢得中国市场的平台已有引领全球的实力；然而，价值{glue:text}`china_market_value`的中国市场实际上已对英伟达关闭，H20出口禁令结束了公司在中国的Hopper数据中心业务，公司也无法为遵守禁令再缩减Hopper业务的规模。英伟达一直反对特朗普政府限制美国人工智能芯片出口的做法，黄仁勋赞扬了美国政府废除拜登时期《人工智能扩散规则》的决定（该规则原本会进一步限制芯片出口）。他说，问题不在于中国会不会拥有人工智能——中国已经拥有了；关键在于这个全球最大的人工智能市场之一会不会运行在美国的平台上；保护中国芯片企业免受美国竞争，只会增强它们在海外的竞争力，反而削弱美国。{footcite}`fn80`
#
# #### 加拿大
#
# 加拿大近来推出了多项政策推动本国人工智能发展。{glue:text}`ca_package_date`，加拿大政府宣布{glue:text}`ai_investment_package`（报告折合{glue:text}`ca_package_cny`）的一揽子人工智能投资措施，投向人工智能基础设施和人才的培养与引进，并推动人工智能更快进入农业、清洁技术、医疗保健、制造业等关键领域；{footcite}`fn81` {glue:text}`compute_sovereignty_strategy`，政府宣布启动人工智能计算主权战略，计划保证本国企业和研究者有足够的算力，用于自主开发人工智能产品和开展前沿研究；{footcite}`fn82` {glue:text}`public_service_ai_strategy`，政府又推出本国首个联邦公共服务人工智能战略，内容包括设立人工智能专业中心、完善立法与治理、加强人才培训，以及提高开放度和透明度。{footcite}`report`
#
# ### 欧洲地区
#
# #### 欧盟
#
# 报告认为，“监管宽松化”是欧盟近期人工智能政策的主要方向。欧盟对人工智能一向监管较严：{glue:text}`eu_act_date`，《人工智能法案》生效，这是全球首部全面监管人工智能的法律。法案把人工智能系统分为{glue:text}`eu_act_risk_levels`个风险等级、分别规定合规标准，禁止对人的安全构成不可接受风险的系统，并对执法、司法等领域使用人工智能设定了严格的限制条件。{footcite}`report`
#
# 法案成了治理上的标杆，业界却普遍担心条款太严、可能妨碍欧盟的创新；此后欧盟的政策逐渐转向，试图用松绑以及算力和行业应用上的激励，在全球竞争中争取优势。{footcite}`report` 在{glue:text}`eu_invest_date`的巴黎人工智能行动峰会上，欧盟委员会提出“投资人工智能”倡议，要调动{glue:text}`invest_ai_mobilisation`投资；{footcite}`fn83` 欧盟委员会{glue:text}`eu_plan_date`发布的“人工智能大陆行动计划”，重点是建设大规模的数据与算力设施、拓宽高质量数据的来源、开发算法，并推动欧盟战略部门使用人工智能；欧盟还表示，除已有的{glue:text}`ai_factories_existing`“人工智能工厂”外，还要推动建设“人工智能超级工厂”（配备{glue:text}`ai_gigafactory_chips`先进人工智能芯片），补齐算力上的不足。{footcite}`fn84`
#
# ##### 专栏：欧盟的“投资人工智能”倡议
#
# {glue:text}`invest_ai_announced`，欧盟委员会主席冯德莱恩在巴黎举行的人工智能行动峰会上宣布了这项倡议，要调动{glue:text}`invest_ai_mobilisation`投资，推动人工智能发展。据欧盟委员会的公报，启动资金将先从欧盟现有的数字项目中调用，另设{glue:text}`ai_gigafactory_fund`基金建设训练大模型的“超级工厂”，作为《竞争力指南》下战略技术投资的试点。冯德莱恩不同意欧洲已在人工智能竞赛中落后的说法，认为这场竞赛远未结束；她说，欧盟希望人工智能成为推动经济社会发展的积极力量，“但我们的模式仍需加速发展”。欧盟委员会在{glue:text}`eu_first_batch_date`宣布了首批{glue:text}`ai_factories_first_batch`人工智能工厂的建设，还打算近期再公布{glue:text}`ai_factories_planned_additional`；它还计划在{glue:text}`apply_ai_initiative`推出“应用人工智能”倡议，推动人工智能在关键产业的广泛应用。{footcite}`fn85`
#
# #### 英国
#
# 据报告，英国政府对人工智能的投资力度随政府换届有所摇摆，但仍关注这一领域的监管和人才培养。{glue:text}`uk_cancel_date`，英国政府表示，为优先安排其他财政计划，前任保守党政府许下的{glue:text}`cancelled_ai_funding`人工智能项目资金将被取消；不久后，新的工党政府宣布为{glue:text}`funded_ai_projects`旨在提高英国生产力和公共服务水平的人工智能项目提供{glue:text}`funded_ai_projects_amount`资金，报告认为投资力度明显下降。{footcite}`fn86` 这里的时间照报告原文：报告把时间写成{glue:text}`uk_cancel_date`，同一句却已称保守党政府为“前任”，所引报道又发表于{glue:text}`uk_source_date`，先后顺序本书无法核实。{glue:text}`uk_plan_date`，英国政府公布“人工智能机遇行动计划”，提出监管要有利于创新、公共数据要安全开放，未来{glue:text}`public_compute_target_years`内公共算力要提高{glue:text}`public_compute_increase_target`，还要建设国家数据库，以吸引投资和人才。{glue:text}`ai_regulation_bill`，英国又发布了《人工智能（监管）法案》草案，明确了监管机构和监管原则，突出透明度和知识产权保护，希望在鼓励创新的同时补上监管的空白。{footcite}`report`
#
# ### 亚洲地区
#
# #### 印度
#
# 印度政府正加紧发展人工智能和半导体。美国斯坦福大学{glue:text}`in_rank_year`底发布《全球人工智能实力排行榜》，在参评的{glue:text}`ai_vibrancy_countries`国家中，印度的人工智能活跃度综合评估排名{glue:text}`in_rank`，仅次于美国、中国和英国。{footcite}`fn87` {glue:text}`in_mission_date`，印度内阁批准{glue:text}`ai_mission_budget`（报告折合{glue:text}`in_mission_usd`）的专项财政拨款，支持“印度人工智能使命”的实施。这项使命的总体目标是“通过跨公共和私营部门的战略计划和合作来推动人工智能创新”，从基础设施、数据、算法到人才、研发、资金和应用都有涉及。{footcite}`fn88` 印度电子和信息技术部表示，这项使命将是一个公私合作项目，要建成拥有{glue:text}`ai_compute_gpus`GPU的人工智能计算基地，向创新者提供支撑服务和预训练模型，把创新要用的关键资源集中到一处。{footcite}`fn89` 监管上，印度减少了一道事前审批：电子和信息技术部宣布，企业面向南亚市场的用户推出或部署人工智能模型，事先不必再经政府批准，报告认为这降低了企业研发人工智能产品的监管压力。{footcite}`fn90` {glue:text}`dual_ai_vision`，印度总理莫迪提出“双重AI”愿景，期望印度人工智能快速发展。{footcite}`fn91`
#
# #### 日本
#
# 为跟上人工智能技术的快速发展，日本加快了相关立法。自{glue:text}`ai_guidelines`起，日本政府相关机构已连续发布《关于对AI与著作权的思考》《AI企业指南》《关于AI制度的思考》《运用生成式人工智能制作发行物的指导手册》等文件；{footcite}`fn92` {glue:text}`ai_promotion_act`，日本在参议院全体会议上通过了首部人工智能法案《人工智能相关技术研究开发及应用推进法》。{footcite}`fn93` 与欧盟强调监管的方向不同，日本称这部法律是一部“无处罚的促进式人工智能综合法”，注重不给技术进步设障，也不想在公私营机构之间制造紧张关系。据报告，新法要求设立由首相领衔、全体阁员参加的“AI战略本部”，作为统筹人工智能政策的“司令部”，并编制“人工智能基本计划”，作为政府的中长期政策指南，涵盖研发投资、人才培养、产业促进以及监管与治理框架。{footcite}`fn93`
#
# ##### 专栏：软银向美日高层提议设立联合主权财富基金
#
# 英国《金融时报》网站报道，软银集团首席执行官孙正义最近提出一个设想：由美日两国联合设立主权财富基金，大规模投资美国的科技和基建；消息人士称，这一设想引起了美日两国高层的关注，被视为推动主权之间投资合作的一种新尝试。该报援引{glue:text}`ft_anonymous_sources`消息人士的话说，设想由孙正义团队提出，美国财政部和日本财务省之间已开始初步沟通，孙正义本人已与美国财政部长贝森特谈过这一设想，并向两国政府高级官员作了简要说明，但目前还没有形成正式方案。
#
# 按照设想，基金主要由美国财政部和日本财务省出资并管理，投资利润按出资比例分配给两国政府；基金初期资本可能高达{glue:text}`fund_capital`，之后还将借助杠杆扩大投资规模，将来甚至可能允许两国普通民众认购份额。一名消息人士称，这只基金的吸引力在于能为两国政府带来稳定的财政回报，成为美国政府开拓收入来源的新办法。这名消息人士还说，贝森特希望打造一套主权对主权的金融架构，日本则希望以完善的治理机制降低基金受美国政策变化干扰的风险。报道还提到，“星际之门”是特朗普{glue:text}`stargate`宣布打造的大型人工智能基础设施项目，由OpenAI、软银集团和甲骨文公司推进（报告在国际环境一节开头写的是美国政府推动三家企业联合出资），这类项目将来可能成为基金的重点投资方向之一。美国财政部和软银都没有就此公开回应。{footcite}`fn94` 这是企业提出的设想，不是日本政府的举措，{numref}`tab-intl-money`、{numref}`tab-intl-other`不收；数据文件中单列一行，注明是设想。
#
# #### 韩国
#
# 韩国也在积极出台政策推动人工智能创新。{glue:text}`kr_council_date`，韩国科学技术信息通信部宣布组建“人工智能战略最高理事会”，作为韩国人工智能的最高综合治理机构；该部还成立了“人工智能大模型促进会”（成员为{glue:text}`ai_model_council_firms`国内企业），作为外部顾问团，负责沟通政府与企业、提出政策建议，推动创新生态的建设。{footcite}`fn95` {glue:text}`ai_basic_act`，韩国国会通过《人工智能发展和建立信任基础等相关基本法》，要建立全国层面的人工智能协同治理机制，既扶持产业，也事先防范风险。{footcite}`fn96` 据报告，{glue:text}`kr_gpu_date`，韩国代总统崔相穆表示将采取以下措施：
#
# - 选拔“国家代表人工智能组”，举办人工智能最高人才竞赛；
# - 在{glue:text}`kr_gpu_year`上半年以前获得{glue:text}`gpu_acquisition_target`高性能图形处理器（GPU）；
# - 更多地利用原始数据和公共数据，并大幅扩充优质的制造与产业数据。{footcite}`fn97`
#
# {glue:text}`kr_budget_date`，韩国国会全体会议又通过{glue:text}`supplementary_ai_budget`的人工智能领域追加更正预算案，预算将用于采购{glue:text}`supplementary_budget_gpus`先进GPU、研发世界级人工智能模型和举办国际人工智能竞赛等。{footcite}`fn98`

# %%
def intl_table(rows: pd.DataFrame, with_conversion: bool) -> pd.DataFrame:
    """One row per figure: who (in which region), what, when (the year alone when the report gives no month)."""
    table = pd.DataFrame({
        "国家或组织（地区）": [f"{c}（{r}）" for c, r in zip(rows["country"], rows["region"])],
        "事项": rows["label"],
        "时间": [on(r) if r["date"] else fmt.period(r["as_of"]) + "（月份未详）" for _, r in rows.iterrows()],
        "数额（原文）": [fmt.ordinal(r["value"]) if r["unit"] == "名次" else fmt.describe(r) for _, r in rows.iterrows()],
    })
    if with_conversion:
        table["报告给出的折算"] = [fmt.describe(world.conversions.loc[k]) if k in world.conversions.index else "—"
                             for k in rows["key"]]
    return table


tables.glue_table("tab_intl_money", intl_table(world.money, True),
                  caption="各国和地区人工智能相关的资金数额（按原文币种照录，不做换算）", name="tab-intl-money")
tables.glue_table("tab_intl_other", intl_table(world.other, False),
                  caption="各国和地区人工智能相关的其他数字（数量、期限、目标和名次）", name="tab-intl-other")

# %% [markdown]
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
