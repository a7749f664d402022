# %% [markdown]
# # 发展特点
#
# 这一章交代全书的背景：我国生成式人工智能的用户、产品、性能和出海眼下各走到了哪一步，技术又在哪些方向上进步明显——模型的逻辑推理能力、多模态能力、运行模型的成本（业内称推理成本）的下降和模型的轻量化。
#
# 要点如下：
#
# - {glue:text}`users_period`，我国的生成式人工智能用户有{glue:text}`users_now`，比{glue:text}`users_before_period`{glue:text}`users_change_word`{glue:text}`users_change`；到{glue:text}`filed_period`底，完成备案的生成式人工智能服务累计{glue:text}`filed_total`。
# - 据斯坦福大学的指数报告，中美顶级大模型在基准测试上的性能差距由{glue:text}`gap_first_period`的{glue:text}`gap_first`{choose}`gap_narrowed|True=缩小到|False=变为`{glue:text}`gap_last`（{numref}`fig-benchmark-gap`）。
# - 参数规模是提高推理能力的一条路：报告称 OpenAI 的{glue:text}`params_small_model`有{glue:text}`params_small`参数，{glue:text}`params_large_model`{choose}`params_large_estimated|True=据估计达到|False=达到`{glue:text}`params_large`（{numref}`fig-model-params`）。
# - 从{glue:text}`cost_period`，OpenAI {glue:text}`cost_level`水平的系统推理成本下降{glue:text}`cost_drop`；报告举出的两次国内降价，百度的降幅{glue:text}`baidu_cut`，阿里云的{glue:text}`alibaba_cut`（{numref}`fig-price-cuts`）。
# - 主力模型太贵，是轻量模型成为重要趋势的一个原因：报告举的 o3 模型，高计算量模式下单个任务的预计花费高达{glue:text}`o3_task_cost`；网易有道的“子曰3数学模型”则只要{choose}``ziyue_single|True=一块|False={glue:text}`ziyue_gpus` ``消费级显卡就能运行。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import altair as alt

from genai_book import charts, data, fmt, sources, texts
from genai_book.facts import features as facts
from genai_book.facts import users as users_facts

data.use(data_dir, as_of)
users = data.load("users_series")
f = facts.features(
    users=users, as_of=as_of, features_facts=data.load("features_facts"), industry_facts=data.load("industry_facts"),
    users_facts=data.load("users_facts"), benchmark_gap_table=data.load("benchmark_gap"),
    model_parameters=data.load("model_parameters"), price_cuts_table=data.load("price_cuts"),
    named_examples=data.load("named_examples"),
)
fmt.glue_all(**texts.users_headline(users_facts.headline(users, as_of)),
             users_source=f.users_source)

# %% [markdown]
# ## 国产人工智能成果丰硕
#
# 先看用户。与{glue:text}`users_before_period`相比，我国生成式人工智能用户{glue:text}`users_change_word`了{glue:text}`users_change`，到{glue:text}`users_period`共有{glue:text}`users_now`；普及率为{glue:text}`penetration_now`，同期{glue:text}`penetration_change_word`了{glue:text}`penetration_change`。{choose}``users_source|report={footcite}`report`|stdaily_2026_02_05={footcite}`report,stdaily_2026_02_05` `` 这些用户是谁、用它做什么，{doc}`02_users`一章再细说。中国新闻网报道的一项不完全统计则从注册来看：到{glue:text}`registrations_period`，个人用户在我国大模型应用上的注册总数{glue:text}`registrations`，调用 API 的用户{glue:text}`api_users`。{footcite}`fn01` 报告没有说明这一总数的统计方法。注册总数是各应用注册数的合计，用户规模则是由抽样调查推算的人数，两者口径不同，本书不作比较。
#
# 产品也在增多。到{glue:text}`filed_period`底，完成备案的生成式人工智能服务累计{glue:text}`filed_total`，完成登记的应用或功能有{glue:text}`registered_total`，各地的备案情况见{doc}`03_industry`一章。{footcite}`fn24` 报告点名的豆包、DeepSeek、元宝、Kimi 等产品，参数规模已达千亿级，多模态能力也有突破，并已深度融入搜索、写作、办公等日常用途，应用覆盖多个领域。{footcite}`report`
#
# 性能同样在进步。斯坦福大学人工智能研究所发布的《2025年人工智能指数报告》对比了中美两国最好的大模型在 MMLU 和 HumanEval 等基准测试上的成绩（前者考查多个领域的知识理解，后者考查写代码的能力）：两国顶级模型的成绩差距在{glue:text}`gap_first_period`为{glue:text}`gap_first`，后来{choose}`gap_narrowed|True=缩小到|False=变为`{glue:text}`gap_last`（{numref}`fig-benchmark-gap`）。{footcite}`fn03` 报告没有写明后一个数值是哪一年的，也没有说明这个差距是某一项测试的还是几项的综合、是百分点还是相对差距，解读时宜保守。这份指数报告还统计了顶级人工智能模型的数量：中国有{glue:text}`top_models`，在全球排{glue:text}`top_models_rank`，是欧洲的{glue:text}`top_models_vs_europe`。{footcite}`fn03`
#
# 报告还看到，一批优质的国产产品正加速出海，我国人工智能产品在全球市场的影响力随之扩大；其中的“耀眼名片”是 DeepSeek。DeepSeek-R1 于{glue:text}`r1_period`发布，报告称它性能出众，成本{glue:text}`r1_cost_qualifier`同类模型的{glue:text}`r1_cost_fraction`分之一，全球的目光随即投向它。{footcite}`report` 据新华网{glue:text}`ds_period`的报道，DeepSeek 上线后{glue:text}`ds_days`，全球日活跃用户已{glue:text}`ds_dau`，在{glue:text}`ds_markets`国家和地区的应用市场登上榜首。{footcite}`fn19` 报告接着写道，它超过 ChatGPT，成为全球用户增速最快的生成式人工智能应用。{footcite}`report`

# %%
fmt.glue_all(
    registrations_period=fmt.period(f.registrations["as_of"]), registrations=fmt.describe(f.registrations),
    api_users=fmt.describe(f.api_users),
    filed_period=fmt.period(f.filed["as_of"]), filed_total=fmt.describe(f.filed),
    registered_total=fmt.describe(f.registered),
    gap_first_period=fmt.period(f.gap.first["as_of"]), gap_first=fmt.describe(f.gap.first),
    gap_last=fmt.describe(f.gap.last), gap_narrowed=f.gap.narrowed,
    top_models=fmt.describe(f.top_models), top_models_rank=fmt.ordinal(f.top_models_rank["value"]),
    top_models_vs_europe=fmt.describe(f.top_models_vs_europe),
    r1_period=fmt.period(f.r1_cost["as_of"]), r1_cost_qualifier=f.r1_cost["qualifier"],
    r1_cost_fraction=fmt.small_number(f.r1_cost_denominator),
    ds_period=fmt.period(f.deepseek_dau["as_of"]), ds_days=fmt.describe(f.deepseek_days),
    ds_dau=fmt.describe(f.deepseek_dau), ds_markets=fmt.describe(f.deepseek_markets),
)
UNDATED = "年份未写明"  # the report gives no year for the later gap
gap_years = [fmt.period(p) for p in f.gap.rows["as_of"].iloc[:-1]] + [UNDATED]
chart, table, alt_text = charts.bar_parts(
    f.gap.rows.assign(年份=gap_years), "年份", category_title="年份", value_title="中美顶级大模型的性能差距（%）",
    alt_title="中美顶级大模型在基准测试上的性能差距", sort=gap_years,
)
charts.figure("fig-benchmark-gap", chart, table.drop(columns="时期"), sources=f.gap.rows["source_id"].unique(),
              alt=alt_text)

# %% [markdown]
# ```{glue:figure} fig-benchmark-gap
# :name: fig-benchmark-gap
#
# 中美顶级大模型在基准测试上的性能差距（%）
# ```

# %% [markdown]
# ## 逻辑推理能力显著提升
#
# 技术越来越成熟，用户的要求也水涨船高：实际使用时，大家更看重它能不能把复杂任务处理好。报告认为，正是这种需要推动模型在逻辑推理上明显进步。{footcite}`report` 发展之初，生成式人工智能的研发重心放在生成文字、图片等内容上，“幻觉”（生成的内容与事实不符，或逻辑混乱）相当严重，也难以依据前面的信息作出合理的推演。此后，企业从参数规模、架构和数据几方面下功夫，推理能力有了明显提高。
#
# 一条路是把模型做大。报告认为，参数一多，模型更能理清环环相扣的逻辑，这在连续多轮的对话、写程序和复杂推理上最明显。以 OpenAI 为例，{glue:text}`params_small_model`的参数为{glue:text}`params_small`，后来的{glue:text}`params_large_model`{choose}`params_large_estimated|True=据估计达到|False=达到`{glue:text}`params_large`（{numref}`fig-model-params`），逻辑推理和归纳类任务的表现随之大有起色。{footcite}`report` 这一估计值报告没有注明出处。

# %%
fmt.glue_all(
    params_small_model=f.parameters["model"].iloc[0], params_small=fmt.plain(f.parameters.iloc[0]),
    params_large_model=f.parameters["model"].iloc[-1], params_large=fmt.plain(f.parameters.iloc[-1]),
    params_large_estimated=f.parameters["qualifier"].iloc[-1] == "估计",
)
chart, table, alt_text = charts.bar_parts(
    f.parameters, "model", category_title="模型", value_title="参数量（万亿）", value="万亿",
    alt_title="OpenAI GPT 系列模型的参数规模", sort=list(f.parameters["model"]),
)
charts.figure("fig-model-params", chart, table.drop(columns="时期"), sources=f.parameters["source_id"].unique(),
              alt=alt_text)  # the report dates neither model's parameters

# %% [markdown]
# ```{glue:figure} fig-model-params
# :name: fig-model-params
#
# OpenAI GPT 系列模型的参数规模（{glue:text}`params_large_model`为估计值）
# ```
#
# 另一条路是改结构。用上混合专家模型（Mixture of Experts）和稀疏注意力（Sparse Attention）一类设计的模型，算得更省，也更能处理长序列数据。报告对 Mamba 等新架构也抱有期待，认为它们有望在自然语言处理、时间序列预测等领域开辟新路。{footcite}`report`
#
# 数据同样要紧，报告说推理能力高度依赖训练数据的质量和多样性。企业的做法有两种：自建大规模的高质量标注数据，让训练出的模型逻辑更强；把越来越多编程、法律、医学、教育等领域的专业资料用于训练，让模型到了不同场景也能应对，专业问题答得更准。{footcite}`report`
#
# ## 多模态能力跨越式发展
#
# 多模态能力大步跨越，生成式人工智能能用的地方随之多了起来。{footcite}`report` 先看模型本身：文字、声音、图像混在一起，它也能看懂、能生成，几种形式之间的配合也比过去好得多。据环球网{glue:text}`gpt4o_period`的报道，OpenAI 的 GPT-4o 可以接收文字、音频、图像中任意几种的组合，也能以任意几种的组合作答；对音频输入，它平均{glue:text}`gpt4o_response`内就能回应，和人与人对话时的反应快慢差不多。{footcite}`fn08`
#
# 模型能看、能听、能说以后，生成式人工智能能干的活也多了。在内容创作上，Veo3（谷歌）、Sora（OpenAI）等模型只凭文字提示就能生成极为逼真的视频片段，影视剧创作因此多了新的可能；Genie2（谷歌）能依据文字描述和图像生成可以交互的三维场景，可用于游戏开发、虚拟现实等领域。国产的“{glue:text}`kling`”（快手）、“通义万相”（阿里云）等视频生成模型，画面更生动、更好看，也更听得懂提示，还能参照用户给的图片、视频领会创作意图。无人驾驶是另一个例子：做智能汽车的企业借助多模态能力，把摄像头拍到的图像和雷达测得的距离、速度放在一起分析，车辆遇到障碍物、行人、交通标识等复杂情形时能更好地识别和应对，行车也就更安全。{footcite}`report`
#
# 跟机器说话，也越来越像跟人说话。GPT-4o 能听出用户的情绪，说话时的语调可以像真人，也可以像机器人，音色、语调和情感还能按要求调整，让回应带上人的温度。{footcite}`report`

# %%
fmt.glue_all(gpt4o_period=fmt.period(f.gpt4o_response["as_of"]), gpt4o_response=fmt.describe(f.gpt4o_response),
             kling=f.named["kling"])

# %% [markdown]
# ## 模型推理成本显著降低
#
# 运行模型越来越便宜，报告把这看作推动生成式人工智能商业化的一个重要因素。{footcite}`report` 据《2025年人工智能指数报告》，从{glue:text}`cost_period`，OpenAI {glue:text}`cost_level`水平的系统推理成本下降{glue:text}`cost_drop`（即降到原来的{glue:text}`cost_drop_times`分之一以下，换算是本书所作）。{footcite}`fn09` 报告认为降幅主要得益于技术优化、硬件升级和市场竞争，下面先讲竞争，再谈硬件和技术。
#
# 厂商们为了抢市场份额，竞相下调模型的调用价格：百度在{glue:text}`baidu_period`宣布{glue:text}`baidu_model`降价{glue:text}`baidu_cut`，{footcite}`fn11` 阿里云在{glue:text}`alibaba_period`宣布{glue:text}`alibaba_model`降价{glue:text}`alibaba_cut`（{numref}`fig-price-cuts`）。{footcite}`fn12` 报告认为，日益激烈的竞争由此成为企业压低推理成本的重要动力：降价以后，企业要想还有利润空间，只能在降低推理成本上加大投入。{footcite}`report`

# %%
baidu, alibaba = (f.cuts[f.cuts["vendor"] == vendor].iloc[0] for vendor in ("百度", "阿里云"))
fmt.glue_all(
    cost_period=fmt.period(f.cost_drop["as_of"]), cost_level=f.cost_drop["label"].split("水平")[0],
    cost_drop=fmt.describe(f.cost_drop), cost_drop_times=fmt.number(f.cost_drop["value"]),
    gb300=fmt.describe(f.gb300), ironwood=fmt.describe(f.ironwood),
    baidu_period=fmt.period(baidu["as_of"]), baidu_model=baidu["model"], baidu_cut=fmt.describe(baidu),
    alibaba_period=fmt.period(alibaba["as_of"]), alibaba_model=alibaba["model"], alibaba_cut=fmt.describe(alibaba),
)
cuts = f.cuts.assign(产品=f.cuts["vendor"] + "·" + f.cuts["model"])
chart, table, alt_text = charts.bar_parts(
    cuts, "产品", category_title="厂商与模型", value_title="调用价格降幅（%）",
    alt_title="国内厂商宣布的大模型调用价格降幅", sort=list(cuts["产品"]),
)
charts.figure("fig-price-cuts", chart.properties(height=alt.Step(44)).configure_axisY(
    labelExpr="split(datum.label, '·')"), table, sources=cuts["source_id"].unique(), alt=alt_text)  # two lines

# %% [markdown]
# ```{glue:figure} fig-price-cuts
# :name: fig-price-cuts
#
# 国内厂商宣布的大模型调用价格降幅
# ```
#
# 硬件也在升级。专为训练生成式人工智能模型而做的芯片，靠新的架构大幅提升了性能。英伟达的 GB300 NVL72 是一套用于模型推理和训练的服务器系统，计算能力达到上代 Hopper 系统的{glue:text}`gb300`；{footcite}`fn10` 谷歌则为生成式人工智能专门设计了第七代 TPU Ironwood，它的计算效率比谷歌的第一款 TPU 高出{glue:text}`ironwood`。{footcite}`report` 报告没有注明这一倍数的出处。
#
# 技术上的优化同样省钱：模型架构不断改进，处理复杂任务时消耗的计算资源随之减少。前面提到的混合专家模型就是一例：它把模型分成多个“专家”网络，各管一类任务或一部分数据，不必要的计算省掉了，成本随之下降。{footcite}`report`
#
# ## 轻量模型赋能场景应用
#
# 阿里巴巴、百度等国内厂商和 OpenAI、谷歌等海外厂商，都在增强主力模型的同时推出了轻量模型，为用户提供成本低、易部署的模型。{footcite}`report` 轻量模型为什么成了重要趋势？报告的解释可以归结为：主力模型太贵、太慢，在小设备上也难以实时运行。
#
# 先说贵。主力模型性能强，计算成本往往也很高。以 OpenAI 的 o3 模型（报告写作“GPT-o3”）为例，它在{glue:text}`o3_period`底公布时，高计算量模式下单个任务的预计花费高达{glue:text}`o3_task_cost`，绝大部分用户显然负担不起。{footcite}`report`
#
# 再说慢。高质量的输出既费算力又费时间，主力模型因此难以即时回应。以智能客服为例，这个场景要求即问即答，千亿参数的模型推理一次却往往要等上不短的时间。借助剪枝（去掉网络中冗余的参数）、量化（把参数从高精度表示改为低精度表示）、知识蒸馏（用大模型学到的知识指导小模型训练）等技术，轻量模型可以把推理时间压缩到毫秒级，很快回应用户。{footcite}`report`
#
# 最后是部署难。主力模型的参数规模通常较大，在手机、物联网设备这类资源有限的环境里难以实时运行。轻量模型从参数、算法和硬件适配几处入手瘦身提速，在性能和效率之间取得平衡，报告认为这正推动生成式人工智能从云端走向终端。{footcite}`report` 网易有道{glue:text}`ziyue_period`发布的“子曰3数学模型”是一个例子：据网易的报道，它在数学推理上胜过主流的通用大模型，运行却只要{choose}``ziyue_single|True=一块|False={glue:text}`ziyue_gpus` ``消费级显卡，普通教育机构花不多的钱也能部署专业水平的数学人工智能应用。{footcite}`fn16`

# %%
fmt.glue_all(ziyue_period=fmt.period(f.ziyue["as_of"]), ziyue_single=f.ziyue_single, ziyue_gpus=fmt.describe(f.ziyue),
             o3_period=fmt.period(f.o3_cost["as_of"]), o3_task_cost=fmt.describe(f.o3_cost))

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["users_series", "features_facts", "industry_facts", "benchmark_gap", "users_facts",
                       "model_parameters", "price_cuts", "named_examples"])

# %% [markdown]
# ```{footbibliography}
# ```
