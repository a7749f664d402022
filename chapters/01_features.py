# %% [markdown]
# (sec-features)=
# # 发展特点
#
# 这一章交代全书的背景。先看我国生成式人工智能在用户、产品、性能和出海四方面的进展（各项数据的时间不一，随数字注明），再看技术上的四项进展：逻辑推理能力提高，多模态能力大步向前，推理成本（运行模型的成本）下降，主力模型之外，厂商也在积极推出轻量模型。
#
# 要点如下：
#
# - 从{glue:text}`report_users_before_period`到{glue:text}`report_users_period`，我国生成式人工智能用户{glue:text}`report_users_change_word`{glue:text}`report_users_change`，达到{glue:text}`report_users_now`{choose}``users_later|False=|True=（报告发布以后的统计：到{glue:text}`users_period`为{glue:text}`users_now`，出处见下文）``；到{glue:text}`filed_period`底，完成备案的生成式人工智能服务累计{glue:text}`filed_total`；据斯坦福大学的指数报告，中美顶级大模型在基准测试上的性能差距已{choose}`gap_narrowed|True=缩小到|False=变为`{glue:text}`gap_last`；DeepSeek 成了国产产品出海的代表。
# - 报告认为，用户要求的提高推动了逻辑推理能力的进步，企业则靠更大的参数规模（{numref}`fig-model-params`）、改进的模型结构和更好的训练数据来实现。
# - 模型理解、生成多种模态内容的能力明显增强，报告举了内容创作、无人驾驶和语音交互上的例子。
# - 推理成本显著降低，报告认为主要得益于技术、硬件和市场竞争；竞争的例子是厂商宣布的调用价格降幅（{numref}`fig-price-cuts`）。
# - 轻量模型兴起，报告给的主要理由是主力模型太贵、回应太慢、难以在手机一类的终端上实时运行。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import altair as alt

from genai_book import charts, data, editions, fmt, sources
from genai_book.facts import features as facts
from genai_book.facts import users as users_facts
from genai_book.texts import features as texts
from genai_book.texts import users_headline

data.use(data_dir, as_of)
users = data.load("users_series")
f = facts.features(
    users=users, as_of=as_of, features_facts=data.load("features_facts"), industry_facts=data.load("industry_facts"),
    users_facts=data.load("users_facts"), benchmark_gap_table=data.load("benchmark_gap"),
    model_parameters=data.load("model_parameters"), price_cuts_table=data.load("price_cuts"),
    named_examples=data.load("named_examples"),
)
fmt.glue_all(**users_headline(users_facts.headline(users, as_of)),
             **texts.report_users(users_facts.headline(users, editions.report_edition()), f.users_source, as_of),
             users_source=f.users_source)

# %% [markdown]
# (sec-features-achievements)=
# ## 国产成果：用户、产品、性能与出海
#
# 截至{glue:text}`report_users_period`，我国生成式人工智能用户有{glue:text}`report_users_now`，比{glue:text}`report_users_before_period`{glue:text}`report_users_change_word`了{glue:text}`report_users_change`；普及率为{glue:text}`report_penetration_now`，比{glue:text}`report_users_before_period`{glue:text}`report_penetration_change_word`了{glue:text}`report_penetration_change`。{footcite}`report` 按报告的定义，普及率是过去半年里用过生成式人工智能产品或服务的人占全国人口的比例。{choose}``users_source|report=|stdaily_2026_02_05=以上是报告给出的数字。后来的数字出自{glue:text}`users_survey`，本书据{glue:text}`users_news`的报道转引：截至{glue:text}`users_period`，用户规模为{glue:text}`users_now`，普及率为{glue:text}`penetration_now`。{footcite}`stdaily_2026_02_05` 与报告{glue:text}`users_before_period`的数字相比，用户{glue:text}`users_change_word`了{glue:text}`users_change`，普及率{glue:text}`penetration_change_word`了{glue:text}`penetration_change`；这两个增量是本书算的，前提是两份报告的统计口径一致，而这一点本书无从核对。``这些用户是谁、用它做什么，{doc}`02_users`一章再细说。
#
# 报告还引中国新闻网{glue:text}`registrations_reported`的报道说，据不完全统计，截至{glue:text}`registrations_period`，个人用户在我国大模型应用上的注册总数{glue:text}`registrations`，API 调用用户{glue:text}`api_users`。{footcite}`fn01` 报告没有交代这个总数是怎样统计的，而报告自己的用户规模是按人计的。{footcite}`report` 本书推测，注册总数是各款应用注册账号的累加（同一个人可以在几款应用上各注册一次），两者因此很可能口径不同，不宜直接比较。
#
# 产品方面，到{glue:text}`filed_period`底，完成备案的生成式人工智能服务累计{glue:text}`filed_total`，完成登记的应用或功能有{glue:text}`registered_total`。{footcite}`fn02` 各地的备案情况见{doc}`03_industry`一章。报告举豆包、DeepSeek、元宝、Kimi 等为例：千亿级的参数规模、多模态能力等，都是它们取得突破的方面；这些产品也已在搜索、内容创作、办公等许多场合派上用场。{footcite}`report`
#
# 性能上，报告引斯坦福大学人工智能研究所的《2025年人工智能指数报告》说，中美两国顶级大模型在 MMLU、HumanEval 等基准测试上的性能差距，{glue:text}`gap_first_period`是{glue:text}`gap_first`，后来{choose}`gap_narrowed|True=缩小到|False=变为`{glue:text}`gap_last`（报告没有写明是哪一年，见{numref}`fig-benchmark-gap`）。{footcite}`fn03` MMLU 考查多个领域的知识理解，HumanEval 考查写代码的能力；差距怎样计算，报告没有交代。按这份指数报告的统计，全球顶级模型中出自中国的有{glue:text}`top_models`，数量排在全球{glue:text}`top_models_rank`，是欧洲的{glue:text}`top_models_vs_europe`。{footcite}`fn03`
#
# 不少国产产品已走向海外，在全球市场上越来越有影响力。报告特别提到 DeepSeek，称它是我国人工智能产品出海的“耀眼名片”。DeepSeek-R1 于{glue:text}`r1_period`发布（报告第二章说是在春节期间）；报告说它性能出色，而成本{glue:text}`r1_cost_qualifier`同类模型的{glue:text}`r1_cost_fraction`，很快在全球引起关注。{footcite}`report` 据新华网{glue:text}`ds_period`的报道，DeepSeek 上线后{glue:text}`ds_days`，全球日活跃用户已{glue:text}`ds_dau`，在{glue:text}`ds_markets`国家和地区的应用市场登上榜首。{footcite}`fn06` 报告还说，论全球用户的增长速度，DeepSeek 已经赶过 ChatGPT，在生成式人工智能应用中排在最前。{footcite}`report`

# %%
fmt.glue_all(**texts.achievements(f))
gap = texts.gap_years(f.gap)
chart, table, alt_text = charts.bar_parts(
    gap, "年份", category_title="年份", value_title="中美顶级大模型的性能差距（%）",
    alt_title="中美顶级大模型在基准测试上的性能差距", sort=list(gap["年份"]),
)
charts.figure("fig-benchmark-gap", chart, table.drop(columns="时期"), sources=gap["source_id"].unique(), alt=alt_text)

# %% [markdown]
# ```{glue:figure} fig-benchmark-gap
# :name: fig-benchmark-gap
#
# 中美顶级大模型在基准测试上的性能差距（%）
# ```

# %% [markdown]
# (sec-features-reasoning)=
# ## 逻辑推理：能力明显增强
#
# 报告认为，推理能力的进步是需求推动的：用户对生成式人工智能的要求越来越高，尤其看重复杂的事办得好不好；企业则从模型规模、结构和数据几方面着手改进。{footcite}`report` 据报告，早期研发的重心在生成文本、图像，“幻觉”（生成的内容与事实不符，或逻辑混乱）问题严重，模型也难以根据先前的信息作出合理的推断。
#
# 办法之一是把模型做大。模型越大，越能把握复杂的逻辑关系；报告说，这一点在多轮对话、写代码和复杂推理时最明显。以 OpenAI 为例，{glue:text}`params_small_model`的参数规模是{glue:text}`params_small`，到了 {glue:text}`params_large_model`，{choose}`params_large_estimated|True=据估计已有|False=已有`{glue:text}`params_large`（{numref}`fig-model-params`）；规模变大，模型的逻辑推理和归纳也做得明显更好了。{footcite}`report`

# %%
fmt.glue_all(**texts.parameters(f))
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
# 结构上，用上混合专家模型（Mixture of Experts）和稀疏注意力（Sparse Attention）一类设计的模型，计算开销更小，也更能处理长序列数据。报告还点到 Mamba 一类新架构，认为自然语言处理、时间序列预测等方向有望因此找到新的路子。{footcite}`report`
#
# 再就是数据。报告指出，推理水平很大程度上取决于训练数据好不好、够不够多样。企业一方面做大做精标注数据，让模型的逻辑更强；另一方面把编程、法律、医学、教育等方面的专业资料加入训练，让模型在不同场景都应付得来，专业问题答得更好。{footcite}`report`
#
# (sec-features-multimodal)=
# ## 多模态：能力大步向前
#
# 报告用“跨越式发展”形容多模态的进步：模型理解、生成多种模态的内容以及让几种模态互相配合的能力，都明显增强了。{footcite}`report` 据环球网{glue:text}`gpt4o_period`的报道，OpenAI 的 GPT-4o 可以接收文字、音频、图像中任意几种的组合，也能以任意几种的组合作答；对音频输入，它平均{glue:text}`gpt4o_response`内就能回应，已接近人与人交谈时的反应时间。{footcite}`fn08`
#
# 用得上多模态的场景越来越多。内容创作上，报告举了 OpenAI 的 Sora 和谷歌的 Veo3 等视频模型：写几句文字，就能得到极为逼真的视频片段，影视创作多了一种手段；国产的“{glue:text}`kling`”（快手）、“通义万相”（阿里云）等视频生成模型，对提示的理解更准，动态效果和画面美感也更好，还能参考用户给的图片和视频领会创意。报告还提到谷歌的 Genie2：给它文字和图片，它能生成可以交互的三维场景，对游戏开发、虚拟现实很有帮助。无人驾驶是另一个例子：智能汽车企业用多模态能力把摄像头拍到的图像和雷达测到的距离、速度合在一起判断路况，复杂情形下应对得更好，行车更安全。{footcite}`report`
#
# 跟机器说话，也越来越像跟人说话。报告举 GPT-4o 为例：它能识别用户的情绪，说话既可以像人也可以像机器，音色、语调和情感色彩都能按要求调整。{footcite}`report`

# %%
fmt.glue_all(**texts.multimodal(f))

# %% [markdown]
# (sec-features-cost)=
# ## 推理成本：大幅下降
#
# 运行模型越来越便宜，报告把这看作生成式人工智能走向商业化的一大推力。{footcite}`report` 报告以 OpenAI 的 GPT 系列为例，引《2025年人工智能指数报告》说，按 {glue:text}`cost_level` 水平的系统算，推理成本从{glue:text}`cost_from`到{glue:text}`cost_to`下降{glue:text}`cost_drop`。{footcite}`fn09`
#
# 成本降得下来，报告认为得益于几方面。从模型本身看，混合专家模型一类的架构改进，让模型处理复杂任务时少用了算力：任务分给各有专长的“专家”网络，不必要的计算省掉了，成本随之降低。{footcite}`report` 硬件也更快了：英伟达称，它的 GB300 NVL72 服务器系统（面向推理和训练）算力达到上一代 Hopper 系统的{glue:text}`gb300`；{footcite}`fn10` 谷歌的 Ironwood 是它的第七代 TPU 芯片，专为生成式人工智能而设计，计算效率比谷歌的第一代 TPU 高出{glue:text}`ironwood`。{footcite}`report`
#
# 市场竞争也在压低成本。厂商为了多占市场竞相降价（{numref}`fig-price-cuts`）：{glue:text}`baidu_period`，百度宣布{glue:text}`baidu_model`的价格降幅{glue:text}`baidu_cut`；{footcite}`fn11` {glue:text}`alibaba_period`，阿里云宣布{glue:text}`alibaba_model`降价{glue:text}`alibaba_cut`。{footcite}`fn12` 价格压低以后，厂商要想还有利润，只能设法把推理成本也降下来，在这上面投入更多。{footcite}`report`

# %%
fmt.glue_all(**texts.costs(f))
cuts = texts.cut_products(f)
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
# (sec-features-light)=
# ## 轻量模型：走进更多场景
#
# 主力模型越做越强，厂商却也纷纷推出轻量版本：国内有阿里巴巴、百度，国外有 OpenAI、谷歌。不同场景的需求不一样，小模型便宜、好部署，给了用户另一种选择。{footcite}`report` 在报告看来，轻量模型能成为重要趋势，主要是因为主力模型又贵又慢，在终端上也难以部署。
#
# 贵的例子是 OpenAI 的“GPT-o3”模型：它在{glue:text}`o3_period`底公布时，若开高计算量模式，一个任务的预期成本高达{glue:text}`o3_task_cost`，一般用户用不起。慢，是因为高质量的输出往往费时，主力模型很难即时回应；在智能客服这样的场合，用户通常不愿久等，千亿参数的大模型推理一次却常要花不少时间。据报告，剪枝（去掉网络中多余的参数）、量化（用较低的精度表示参数）和知识蒸馏（让小模型向大模型学习）这几种办法能让模型变小变快，轻量模型一次推理可以压到毫秒级，足以即时回应用户。{footcite}`report`
#
# 终端上的难处在于手机、物联网设备的资源有限，参数众多的主力模型在上面难以实时运行；把参数压小、算法改好、再按具体硬件调校，轻量模型在性能和效率之间找到了平衡，可以直接在终端上运行，报告认为这推动生成式人工智能“从云端走向终端”。{footcite}`report` 网易有道{glue:text}`ziyue_period`发布的“子曰3数学模型”是一个例子：据网易的报道，它只用{choose}``ziyue_single|True=一块|False={glue:text}`ziyue_gpus` ``消费级显卡（GPU）就能运行，数学推理却胜过主流的通用大模型；这样一来，一般的教育机构花不多的钱，也能用上专业级的数学工具。{footcite}`fn16`

# %%
fmt.glue_all(**texts.light_models(f))

# %% [markdown]
# ## 数据与来源
#
# 报告第一章有些数字没有注明出处，例如 GPT 系列两代模型的参数量（包括 GPT-4 系列的估计值）和 Ironwood 计算效率的倍数。DeepSeek 的日活用户和登上榜首的国家和地区数，报告第二章也引了同一篇报道，所以收在下面的“报告第二章图表之外的数字”表里；完成备案和登记的数目，收在“产业与备案数字”表里。

# %%
sources.resource_list(["users_series", "features_facts", "industry_facts", "benchmark_gap", "users_facts",
                       "model_parameters", "price_cuts", "named_examples"])

# %% [markdown]
# ```{footbibliography}
# ```
