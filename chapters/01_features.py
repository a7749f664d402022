# %% [markdown]
# # 发展特点
#
# 这一章先给出全书的背景：过去一段时间里，生成式人工智能在我国的用户、产品和性能上走到了哪一步，技术上又有哪些变化值得注意——推理能力、多模态能力、推理成本和轻量模型。
#
# 要点如下：
#
# - 截至{glue:text}`users_period`，我国生成式人工智能用户达{glue:text}`users_now`，是{glue:text}`users_before_period`的{glue:text}`users_multiple`。
# - 按斯坦福大学的测算，中美顶级大模型在基准测试上的性能差距从{glue:text}`gap_first_period`的{glue:text}`gap_first`{glue:text}`gap_word`到{glue:text}`gap_last_period`的{glue:text}`gap_last`（{numref}`fig-benchmark-gap`）。
# - 从{glue:text}`params_small_model`到{glue:text}`params_large_model`，参数规模扩大到约{glue:text}`params_multiple`（{numref}`fig-model-params`）。
# - {glue:text}`cost_period`，达到同一水平的模型推理成本下降{glue:text}`cost_drop`；报告列举的国内厂商调价中，降幅最小的{choose}`price_cut_smallest_hedged|True=也|False=也达`{glue:text}`price_cut_smallest`（{numref}`fig-price-cuts`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import math

import altair as alt
import pandas as pd

from genai_book import charts, data, fmt, series, sources, texts
from genai_book.facts import users as users_facts

data.use(data_dir, as_of)

# %% [markdown]
# ## 国产人工智能成果丰硕

# %%
users = data.load("users_series")
fmt.glue_all(**texts.users_headline(users_facts.headline(users, as_of)))

features = series.newest(data.load("features_facts"), by=["key"]).set_index("key")
registrations, api_users = features.loc["llm_personal_registrations"], features.loc["llm_api_users"]
users_then = series.latest(users, series.period_end(registrations["as_of"]), by=["metric"]).set_index("metric")
fmt.glue("registrations_period", fmt.period(registrations["as_of"]))
fmt.glue("registrations", fmt.describe(registrations))
fmt.glue("api_users", fmt.describe(api_users))
fmt.glue("registrations_users_period", fmt.period(users_then.loc["users", "as_of"]))
fmt.glue("registrations_per_user",
         fmt.with_unit(round(registrations["value"] / users_then.loc["users", "value"], 1), "倍"))

# %% [markdown]
# **用户。** 截至{glue:text}`users_period`，我国生成式人工智能用户规模为{glue:text}`users_now`，比{glue:text}`users_before_period`{glue:text}`users_change_word`{glue:text}`users_change`；普及率为{glue:text}`penetration_now`，{glue:text}`penetration_change_word`{glue:text}`penetration_change`。{footcite}`report` 用户构成与变化的细节见{doc}`02_users`一章。另据不完全统计，到{glue:text}`registrations_period`，国内大模型应用的个人用户注册总数{glue:text}`registrations`，调用 API 的用户{glue:text}`api_users`。{footcite}`fn01` 注册数按账号计，约为{glue:text}`registrations_users_period`用户规模的{glue:text}`registrations_per_user`：一个人往往在多个应用上注册，两个数字的口径不同，不能相互换算。

# %%
industry = series.newest(data.load("industry_facts"), by=["key"]).set_index("key")
filed, registered = industry.loc["genai_services_filed"], industry.loc["genai_apps_registered"]
fmt.glue("filed_period", fmt.period(filed["as_of"]))
fmt.glue("filed_total", fmt.describe(filed))
fmt.glue("registered_total", fmt.describe(registered))

# %% [markdown]
# **产品。** 截至{glue:text}`filed_period`，累计有{glue:text}`filed_total`生成式人工智能服务完成备案，{glue:text}`registered_total`生成式人工智能应用或功能完成登记（地区分布见{doc}`03_industry`一章）。{footcite}`fn24` 豆包、DeepSeek、元宝、Kimi 等产品在参数规模和多模态能力上都有突破，并已进入智能搜索、内容创作、办公助手等场景，形成覆盖多个领域的应用生态。{footcite}`report`

# %%
gap = data.load("benchmark_gap").sort_values("as_of")
first, last = gap.iloc[0], gap.iloc[-1]
top_models = features.loc["cn_top_models"]
rank, vs_europe = features.loc["cn_top_models_rank"], features.loc["cn_top_models_vs_europe"]

fmt.glue("gap_first_period", fmt.period(first["as_of"]))
fmt.glue("gap_last_period", fmt.period(last["as_of"]))
fmt.glue("gap_first", fmt.describe(first))
fmt.glue("gap_last", fmt.describe(last))
fmt.glue("gap_word", fmt.change_word(last["value"] - first["value"], up="扩大", down="缩小"))
fmt.glue("gap_change", fmt.pp(last["value"] - first["value"]))
fmt.glue("gap_ratio", fmt.pct(last["value"] / first["value"] * 100))
fmt.glue("top_models_period", fmt.period(top_models["as_of"]))
fmt.glue("top_models", fmt.describe(top_models))
fmt.glue("top_models_rank", fmt.ordinal(rank["value"]))
fmt.glue("top_models_vs_europe", fmt.describe(vs_europe))
fmt.glue("europe_models", fmt.with_unit(round(top_models["value"] / vs_europe["value"]), top_models["unit"], "约"))

# %% [markdown]
# **性能。** 斯坦福大学人工智能研究所的《2025年人工智能指数报告》显示，中美顶级大模型在 MMLU（考查多领域知识理解）、HumanEval（考查代码生成）等基准测试上的性能差距，从{glue:text}`gap_first_period`的{glue:text}`gap_first`{glue:text}`gap_word`到{glue:text}`gap_last_period`的{glue:text}`gap_last`，缩小了{glue:text}`gap_change`，只剩原来的{glue:text}`gap_ratio`（{numref}`fig-benchmark-gap`）。{footcite}`fn03` 报告把这组数字归于“MMLU 和 HumanEval 等”基准，却没有说明它是某一项基准的差距还是几项的综合，解读时宜保守。同一来源还显示，{glue:text}`top_models_period`中国拥有的顶级人工智能模型有{glue:text}`top_models`，居全球{glue:text}`top_models_rank`，是欧洲的{glue:text}`top_models_vs_europe`，由此推算欧洲{glue:text}`europe_models`。{footcite}`fn03`

# %%
charts.bar_figure(
    "fig-benchmark-gap", gap.assign(年份=gap["as_of"].map(fmt.period)), "年份", category_title="年份",
    value_title="中美顶级大模型的性能差距（%）", sort=list(gap["as_of"].map(fmt.period)),
    alt_title="中美顶级大模型在基准测试上的性能差距",
)

# %% [markdown]
# ```{glue:figure} fig-benchmark-gap
# :name: fig-benchmark-gap
#
# 中美顶级大模型在基准测试上的性能差距（{glue:text}`gap_first_period`与{glue:text}`gap_last_period`，单位按原文）
# ```

# %%
r1_cost = features.loc["deepseek_r1_cost_ratio"]
deepseek = series.newest(data.load("users_facts"), by=["key"]).set_index("key")
fmt.glue("r1_period", fmt.period(r1_cost["as_of"]))
fmt.glue("r1_cost_qualifier", r1_cost["qualifier"])
fmt.glue("r1_cost_fraction", fmt.small_number(round(1 / r1_cost["value"])))
fmt.glue("ds_period", fmt.period(deepseek.loc["deepseek_dau", "as_of"]))
fmt.glue("ds_days", fmt.describe(deepseek.loc["deepseek_days_to_peak"]))
fmt.glue("ds_dau", fmt.describe(deepseek.loc["deepseek_dau"]))
fmt.glue("ds_markets", fmt.describe(deepseek.loc["deepseek_top_markets"]))

# %% [markdown]
# **出海。** 一批国产人工智能产品开始走向海外市场，其中最受瞩目的是 DeepSeek。{glue:text}`r1_period`发布的 DeepSeek-R1 模型在性能出色的同时，成本{glue:text}`r1_cost_qualifier`同类模型的{glue:text}`r1_cost_fraction`分之一。{footcite}`report` 据{glue:text}`ds_period`的报道，DeepSeek 上线{glue:text}`ds_days`，全球日活跃用户就{glue:text}`ds_dau`，在{glue:text}`ds_markets`国家和地区的应用市场登上榜首，用户增速超过 ChatGPT，成为全球增长最快的生成式人工智能应用。{footcite}`fn19`

# %% [markdown]
# ## 逻辑推理能力显著提升
#
# 早期的生成式人工智能重在“生成”文字和图像，常常出现“幻觉”（生成的内容与事实不符或前后矛盾），也难以依据前文做出合理推演。随着用户越来越看重复杂任务的完成质量，各家企业主要从以下几个方向提升模型的推理能力：扩大参数规模、改进模型架构、提高训练数据的质量。{footcite}`report`

# %%
parameters = data.load("model_parameters")
IN_TRILLIONS = {"亿": 1 / 10_000, "万亿": 1}
parameters = parameters.assign(万亿=parameters["value"] * parameters["unit"].map(IN_TRILLIONS)).sort_values("万亿")
small, large = parameters.iloc[0], parameters.iloc[-1]
fmt.glue("params_small_model", small["model"])
fmt.glue("params_large_model", large["model"])
fmt.glue("params_small", fmt.describe(small))
fmt.glue("params_large", fmt.describe(large))
fmt.glue("params_multiple", fmt.with_unit(round(large["万亿"] / small["万亿"]), "倍"))

# %% [markdown]
# **参数规模。** 参数越多，模型越能捕捉复杂的逻辑关系，这在多轮对话、代码生成和复杂推理中尤为明显。以 OpenAI 为例，{glue:text}`params_small_model`的参数量为{glue:text}`params_small`，{glue:text}`params_large_model`的参数量{glue:text}`params_large`，约为前者的{glue:text}`params_multiple`（{numref}`fig-model-params`）。{footcite}`report` 报告称后者为估计值，没有注明出处，因此它只宜看作量级。

# %%
charts.bar_figure(
    "fig-model-params", parameters, "model", category_title="模型", value_title="参数量（万亿）", value="万亿",
    alt_title="OpenAI GPT 系列模型的参数规模", sort=list(parameters["model"]),
)

# %% [markdown]
# ```{glue:figure} fig-model-params
# :name: fig-model-params
#
# OpenAI GPT 系列模型的参数规模（{glue:text}`params_large_model`为估计值）
# ```

# %% [markdown]
# **模型架构。** 稀疏注意力（Sparse Attention）、混合专家模型（Mixture of Experts）等设计既减少了计算资源的消耗，又增强了模型处理长序列的能力；Mamba 等新架构则可能为自然语言处理、时间序列预测等领域带来新的路径。{footcite}`report`
#
# **数据质量。** 推理能力很大程度上取决于训练数据的质量与多样性。企业一方面构建大规模、高质量的标注数据集，另一方面把代码、法律、医学、教育等专业领域的知识数据纳入训练，使模型在专业问题上答得更准。{footcite}`report`

# %% [markdown]
# ## 多模态能力跨越式发展

# %%
gpt4o = features.loc["gpt4o_audio_response"]
fmt.glue("gpt4o_period", fmt.period(gpt4o["as_of"]))
fmt.glue("gpt4o_response", fmt.describe(gpt4o))

# %% [markdown]
# 多模态能力的进步体现在以下几个层面。{footcite}`report`
#
# **模型本身。** 模型对多种模态数据的理解、生成和跨模态协调都明显增强。OpenAI {glue:text}`gpt4o_period`发布的 GPT-4o 可以接收文本、音频、图像的任意组合，也能以任意组合输出，对语音输入的平均响应时间为{glue:text}`gpt4o_response`，已接近人与人交谈时的反应速度。{footcite}`fn08`
#
# **应用场景。** 在内容创作方面，OpenAI 的 Sora、谷歌的 Veo3 能根据文字提示生成逼真的视频片段，为影视创作打开新的可能；谷歌的 Genie2 能根据文字描述和图像生成可交互的三维场景，可用于游戏开发和虚拟现实；快手的可灵、阿里云的通义万相等国产视频生成模型在语义响应、动态质量和画面美感上进步明显，还能理解用户提供的图片、视频等参考素材，更准确地把握创作者的意图。在自动驾驶方面，车企借助多模态能力把摄像头的图像与雷达测得的距离、速度数据融合起来，更好地识别障碍物、行人和交通标识，提高行车安全。{footcite}`report`
#
# **交互体验。** 多模态让人与机器的交流更自然。仍以 GPT-4o 为例，它能察觉用户的情绪，用接近真人或机器人的语调回应，并按要求改变音色、语气和情感。{footcite}`report`

# %% [markdown]
# ## 模型推理成本显著降低

# %%
cost = features.loc["gpt35_inference_cost_drop"]
start, end = (pd.Period(p, "M") for p in cost["as_of"].split("/"))
months = (end - start).n
yearly_factor = cost["value"] ** (12 / months)  # compound: the same factor each year
fmt.glue("cost_period", fmt.period(cost["as_of"]))
fmt.glue("cost_level", cost["label"].split("水平")[0])
fmt.glue("cost_drop", fmt.describe(cost))
fmt.glue("cost_months", f"{months}个月")
fmt.glue("cost_yearly", fmt.with_unit(math.floor(yearly_factor), "倍"))

gb300, ironwood = features.loc["nvidia_gb300_vs_hopper"], features.loc["google_ironwood_vs_first_tpu"]
fmt.glue("gb300", fmt.describe(gb300))
fmt.glue("ironwood", fmt.describe(ironwood))

# %% [markdown]
# 推理成本的快速下降，是生成式人工智能得以大规模商用的重要条件。据《2025年人工智能指数报告》，{glue:text}`cost_period`，达到{glue:text}`cost_level`水平的系统推理成本下降{glue:text}`cost_drop`。{footcite}`fn09` 这段时间共{glue:text}`cost_months`，按复合速度折算，相当于每年下降{glue:text}`cost_yearly`以上。成本下降的原因主要有以下几方面。{footcite}`report`
#
# **技术优化。** 架构持续改进，处理复杂任务时的计算消耗随之减少。以混合专家模型为例，它把模型拆成多个“专家”子网络，每个子网络只负责一类任务或一部分数据，省去了不必要的计算。{footcite}`report`
#
# **硬件升级。** 专为生成式人工智能设计的芯片和系统通过架构创新大幅提升性能：英伟达用于训练和推理的 GB300 NVL72 服务器系统，计算能力是上一代 Hopper 系统的{glue:text}`gb300`；{footcite}`fn10` 谷歌为生成式人工智能设计的第七代 TPU Ironwood，计算效率比其首款 TPU 高出{glue:text}`ironwood`（这一数字报告未注明出处）。{footcite}`report` 两个倍数衡量的对象和比较的基准都不同，不能相互比较，更不能相乘。
#
# **市场竞争。** 为争夺市场份额，各大厂商竞相下调模型调用价格（{numref}`fig-price-cuts`），价格下降又反过来逼迫企业投入更多资源压低推理成本，以保住利润空间。

# %%
cuts = series.newest(data.load("price_cuts"), by=["vendor", "model"]).sort_values("as_of")
cuts = cuts.assign(产品=cuts["vendor"] + "·" + cuts["model"])
smallest_cut = cuts.sort_values("value").iloc[0]
by_vendor = cuts.set_index("vendor")
baidu, alibaba = by_vendor.loc["百度"], by_vendor.loc["阿里云"]
AT_LEAST = ("超过", "以上")  # a cut of more than X leaves less than 100 − X of the price
fmt.glue_all(
    price_cut_smallest=fmt.describe(smallest_cut),
    price_cut_smallest_hedged=bool(smallest_cut["qualifier"]),
    baidu_period=fmt.period(baidu["as_of"]),
    baidu_model=baidu["model"],
    baidu_cut=fmt.describe(baidu),
    baidu_left=fmt.with_unit(100 - baidu["value"], "%"),
    baidu_left_below=baidu["qualifier"] in AT_LEAST,
    alibaba_period=fmt.period(alibaba["as_of"]),
    alibaba_model=alibaba["model"],
    alibaba_cut=fmt.describe(alibaba),
    alibaba_left=fmt.with_unit(100 - alibaba["value"], "%"),
    alibaba_left_below=alibaba["qualifier"] in AT_LEAST,
)

# %% [markdown]
# 报告举的例子是：百度于{glue:text}`baidu_period`宣布{glue:text}`baidu_model`降价{glue:text}`baidu_cut`，即调用价格{choose}`baidu_left_below|True=不到原价的|False=为原价的`{glue:text}`baidu_left`；{footcite}`fn11` 阿里云于{glue:text}`alibaba_period`宣布{glue:text}`alibaba_model`降价{glue:text}`alibaba_cut`，调用价格{choose}`alibaba_left_below|True=不到原价的|False=为原价的`{glue:text}`alibaba_left`。{footcite}`fn12`

# %%
price_chart, price_table, price_alt = charts.bar_parts(
    cuts, "产品", category_title="厂商与模型", value_title="调用价格降幅（%）",
    alt_title="国内厂商宣布的大模型调用价格降幅", sort=list(cuts["产品"]),
)
charts.figure(
    "fig-price-cuts",
    price_chart.properties(height=alt.Step(44)).configure_axisY(labelExpr="split(datum.label, '·')"),  # two lines
    price_table, sources=cuts["source_id"].unique(), alt=price_alt,
)

# %% [markdown]
# ```{glue:figure} fig-price-cuts
# :name: fig-price-cuts
#
# 国内厂商宣布的大模型调用价格降幅
# ```

# %% [markdown]
# ## 轻量模型赋能场景应用
#
# 在不断增强主力模型的同时，国内的阿里巴巴、百度和海外的 OpenAI、谷歌等厂商都推出了轻量模型，为用户提供成本低、易部署的选择。轻量化成为趋势，原因主要有以下几方面。{footcite}`report`
#
# **运行成本。** 主力模型性能强，算力开销也大。OpenAI 的 o3 模型首次公布时，其高计算量模式下单个任务的预期成本高到绝大多数用户难以承受。{footcite}`report`
#
# **响应速度。** 高质量的输出往往既费算力又费时间。以智能客服为例，用户不愿久等，而千亿参数级模型的一次推理常常耗时较长。借助剪枝（去掉网络中冗余的参数）、量化（把参数从高精度表示转为低精度表示）和知识蒸馏（用大模型学到的知识指导小模型训练）等技术，轻量模型可以把推理时间压缩到毫秒级。{footcite}`report`
#
# **部署条件。** 主力模型参数多，难以在手机、物联网设备等资源有限的终端上实时运行；轻量模型通过参数压缩、算法优化和硬件适配，在性能与效率之间取得平衡，让生成式人工智能从云端走向终端。{glue:text}`ziyue_period`，网易有道发布的“子曰3数学模型”在数学推理上超过主流通用大模型，却只需{choose}``ziyue_single|True=单{glue:text}`ziyue_unit`|False={glue:text}`ziyue_gpus` ``消费级 GPU 就能运行，普通教育机构也能以较低成本部署专业的数学人工智能应用。{footcite}`fn16`

# %%
ziyue = features.loc["youdao_ziyue3_gpus"]
fmt.glue("ziyue_period", fmt.period(ziyue["as_of"]))
fmt.glue_all(ziyue_single=ziyue["value"] == 1, ziyue_unit=ziyue["unit"], ziyue_gpus=fmt.describe(ziyue))

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["users_series", "features_facts", "industry_facts", "benchmark_gap", "users_facts",
                       "model_parameters", "price_cuts"])

# %% [markdown]
# ```{footbibliography}
# ```
