# %% [markdown]
# # 发展特点
#
# 这一章交代全书的背景：我国生成式人工智能的用户、产品和性能眼下走到了哪一步，技术又在哪些方面有了明显进步——推理能力、多模态能力、推理成本和轻量化。
#
# 要点如下：
#
# - 截至{glue:text}`users_period`，我国生成式人工智能用户达{glue:text}`users_now`，是{glue:text}`users_before_period`的{glue:text}`users_multiple`。
# - 据斯坦福大学的指数报告，中美顶级大模型在基准测试上的性能差距已从{glue:text}`gap_first_period`的{glue:text}`gap_first`{choose}`gap_narrowed|True=缩小到|False=变为`{glue:text}`gap_last`，后一个数值的年份报告没有写明（{numref}`fig-benchmark-gap`）。
# - 按报告引用的估计值，{glue:text}`params_large_model`的参数量约是{glue:text}`params_small_model`的{glue:text}`params_multiple`（{numref}`fig-model-params`）。
# - 在{glue:text}`cost_period`期间，{glue:text}`cost_level`水平的系统推理成本下降{glue:text}`cost_drop`；报告举出的两次国内降价，百度的降幅{glue:text}`baidu_cut`，阿里云的{glue:text}`alibaba_cut`（{numref}`fig-price-cuts`）。

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
)
fmt.glue_all(**texts.users_headline(users_facts.headline(users, as_of)), users_source=f.users_source)

# %% [markdown]
# ## 国产人工智能成果丰硕
#
# 先看用的人。截至{glue:text}`users_period`，我国生成式人工智能的用户规模达到{glue:text}`users_now`，比{glue:text}`users_before_period`{glue:text}`users_change_word`{glue:text}`users_change`；普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`，达到{glue:text}`penetration_now`。{choose}``users_source|report={footcite}`report`|stdaily_2026_02_05={footcite}`report,stdaily_2026_02_05` `` 这些用户是谁、拿它做什么，{doc}`02_users`一章再细说。另据不完全统计，截至{glue:text}`registrations_period`，国内大模型应用的个人用户注册总数{glue:text}`registrations`，调用 API 的用户{glue:text}`api_users`。{footcite}`fn01` 报告没有交代注册总数怎样统计，它和按人统计的用户规模不是一回事，两者不宜放在一起比较。
#
# 产品同样越来越多。到{glue:text}`filed_period`底，已有{glue:text}`filed_total`生成式人工智能服务完成备案，另有{glue:text}`registered_total`应用或功能完成登记，各地的备案情况见{doc}`03_industry`一章。{footcite}`fn24` 报告点名的豆包、DeepSeek、元宝、Kimi 等产品，模型做到了千亿级参数，多模态能力也有突破；它们已深度进入智能搜索、内容创作和办公助手这类应用，搭起一个横跨多个领域的应用生态。{footcite}`report`
#
# 产品性能也明显进步。斯坦福大学人工智能研究所的《2025年人工智能指数报告》比较了两国顶级大模型在 MMLU（考查多领域的知识理解）、HumanEval（考查代码生成）等基准测试上的表现：差距在{glue:text}`gap_first_period`为{glue:text}`gap_first`，此后{choose}`gap_narrowed|True=缩小到|False=变为`{glue:text}`gap_last`（{numref}`fig-benchmark-gap`）。{footcite}`fn03` 报告没有写明后一个数值的年份，也没有说明它是某一项基准的差距还是几项的综合，解读时宜保守。这份指数报告还统计到，中国拥有的顶级人工智能模型有{glue:text}`top_models`，数量排在全球{glue:text}`top_models_rank`，是欧洲的{glue:text}`top_models_vs_europe`。{footcite}`fn03`
#
# 国产产品也在加快走向海外，在全球市场的分量随之加重，其中最引人注目的是 DeepSeek。{glue:text}`r1_period`，DeepSeek-R1 模型发布，性能出众，成本却{glue:text}`r1_cost_qualifier`同类模型的{glue:text}`r1_cost_fraction`分之一，很快引起全球关注。{footcite}`report` 据{glue:text}`ds_period`的报道，DeepSeek 上线{glue:text}`ds_days`，全球日活跃用户便{glue:text}`ds_dau`，{glue:text}`ds_markets`国家和地区的应用市场把它排在榜首。{footcite}`fn19` 报告还指出，论用户增长之快，它已超过 ChatGPT，在全球生成式人工智能应用中位居第一。{footcite}`report`

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
# 中美顶级大模型在基准测试上的性能差距（%，报告没有说明是百分点还是相对差距）
# ```

# %% [markdown]
# ## 逻辑推理能力显著提升
#
# 技术成熟以后，用户不再满足于“能生成”，更在意复杂任务办得好不好，这股需求推着模型的推理能力明显进步。{footcite}`report` 早期的生成式人工智能长于写文字、出图片，却常有“幻觉”——生成的内容与事实不符，或前后逻辑混乱——也很难顺着已有的信息合理推演。后来，企业从模型规模、架构和数据三处着手，推理能力有了明显提高。
#
# 最直接的办法是把模型做大。参数越多，模型越能把握复杂的逻辑关系，多轮对话、写代码和复杂推理最能看出差别。以 OpenAI 为例，{glue:text}`params_small_model`有{glue:text}`params_small`参数，后来的{glue:text}`params_large_model`{choose}`params_large_estimated|True=据估计达到|False=达到`{glue:text}`params_large`，约是前者的{glue:text}`params_multiple`（{numref}`fig-model-params`），逻辑推理和归纳的表现随之明显提升。{footcite}`report` 后一个数是估计值，报告也没有注明出处，只宜看作量级。

# %%
fmt.glue_all(
    params_small_model=f.parameters["model"].iloc[0], params_small=fmt.plain(f.parameters.iloc[0]),
    params_large_model=f.parameters["model"].iloc[-1], params_large=fmt.plain(f.parameters.iloc[-1]),
    params_large_estimated=f.parameters["qualifier"].iloc[-1] == "估计",
    params_multiple=fmt.with_unit(f.parameter_multiple, "倍"),
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
# 做大之外，架构是另一个突破口。混合专家模型（Mixture of Experts）、稀疏注意力（Sparse Attention）一类的设计，让模型算得更省，处理长序列数据也更拿手；报告还寄望于 Mamba 等新架构，认为它们可能在自然语言处理、时间序列预测等方向开出新路。{footcite}`report`
#
# 数据同样要紧。模型推理得好不好，很大程度上取决于训练数据够不够好、够不够多样。企业一面搭建大规模的高质量标注数据集，一面把代码、法律、医学、教育等行业的专业知识纳入训练，让模型换了场景也能应对，在专业问题上答得更准。{footcite}`report`
#
# ## 多模态能力跨越式发展
#
# 多模态能力的跃升，让生成式人工智能有了更多用武之地。{footcite}`report` 首先是模型本身：理解和生成多种形式的数据、在文字声音图像之间协调转换，都比过去强了许多。据{glue:text}`gpt4o_period`的报道，OpenAI 的 GPT-4o 接受文本、音频、图像的任意组合作为输入，输出也可以是任意组合；它回应语音的平均用时为{glue:text}`gpt4o_response`，与人交谈时的反应速度相差无几。{footcite}`fn08`
#
# 能力强了，场景也就多了。做视频，OpenAI 的 Sora、谷歌的 Veo3 凭一段文字提示就能生成以假乱真的片段，影视创作因此多了新手段；谷歌的 Genie2 能从文字描述和图片搭出可以交互的三维场景，服务游戏开发和虚拟现实。国产的快手“可灵”、阿里云“通义万相”等视频模型，不但在贴合提示、画面动态和美感上进步明显，还能参照用户给出的图片、视频，把作者的创意领会得更准。无人驾驶是另一个例子：车企用多模态能力把摄像头拍下的画面和雷达测出的距离、速度合在一起分析，车辆对障碍物、行人、交通标识等复杂情况看得更清、应对得更好，行车也更安全。{footcite}`report`
#
# 人机交流也变得更自然、更像人。还是以 GPT-4o 为例，它能觉察用户的情绪，用近似真人或机器人的语调回应，音色、语调和情感都能按要求变换，给出带着人情味的反馈。{footcite}`report`

# %%
fmt.glue_all(gpt4o_period=fmt.period(f.gpt4o_response["as_of"]), gpt4o_response=fmt.describe(f.gpt4o_response))

# %% [markdown]
# ## 模型推理成本显著降低
#
# 推理变便宜，是推动生成式人工智能商业化的重要因素。{footcite}`report` 据《2025年人工智能指数报告》，在{glue:text}`cost_period`期间，OpenAI {glue:text}`cost_level`水平的系统推理成本下降{glue:text}`cost_drop`。{footcite}`fn09` 报告把这一降幅归于技术、硬件和竞争三方面的合力。
#
# 先看竞争。为了抢占市场，各大厂商争相下调模型的调用价格：百度在{glue:text}`baidu_period`宣布{glue:text}`baidu_model`降价{glue:text}`baidu_cut`，{footcite}`fn11` 阿里云在{glue:text}`alibaba_period`宣布{glue:text}`alibaba_model`降价{glue:text}`alibaba_cut`（{numref}`fig-price-cuts`）。{footcite}`fn12` 价格一降，企业要保住利润，就只能投入更多力气压低推理成本。{footcite}`report`

# %%
baidu, alibaba = (f.cuts[f.cuts["vendor"] == vendor].iloc[0] for vendor in ("百度", "阿里云"))
fmt.glue_all(
    cost_period=fmt.period(f.cost_drop["as_of"]), cost_level=f.cost_drop["label"].split("水平")[0],
    cost_drop=fmt.describe(f.cost_drop), gb300=fmt.describe(f.gb300), ironwood=fmt.describe(f.ironwood),
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
# 硬件也在升级。专为生成式人工智能设计的芯片和系统，靠架构创新换来性能跃升。英伟达用于训练和推理的 GB300 NVL72 服务器系统，计算能力是上一代 Hopper 系统的{glue:text}`gb300`；{footcite}`fn10` 按报告的说法，谷歌第七代 TPU Ironwood 的计算效率又比自家首款 TPU 高出{glue:text}`ironwood`，不过这个倍数报告没有注明出处。{footcite}`report`
#
# 架构的改进则让每次计算更省。混合专家模型就是一例：模型被分成若干“专家”网络，各自专攻某类任务或某一部分数据，从而省下许多不必要的计算，成本也就降了下来。{footcite}`report`
#
# ## 轻量模型赋能场景应用
#
# 主力模型越做越强的同时，厂商也纷纷推出轻量模型，去满足各种场景下的不同需要。国内的阿里巴巴、百度，海外的 OpenAI、谷歌，都发布了这类便宜、好部署的模型。{footcite}`report` 轻量化之所以成为重要趋势，报告的理由可以归结为钱、时间和设备三条。
#
# 先说钱。主力模型性能强，算起来也贵。OpenAI 的 o3 模型在2024年底亮相时，高算力模式下每个任务的预期花费可达数千美元，远远超出一般用户的承受能力。{footcite}`report`
#
# 再说时间。好的结果不光费算力，也费工夫，主力模型因此难以做到即问即答。拿智能客服来说，顾客等不了多久，千亿参数的模型推理一次却往往要花不少时间。经过剪枝（去掉网络里多余的参数）、量化（把参数从高精度改用低精度表示）或知识蒸馏（用大模型学到的知识去训练小模型）处理，轻量模型的推理只需毫秒级的时间，回应几乎即时。{footcite}`report`
#
# 最后是设备。大模型体量大，在手机、各类物联网设备这些算力有限的地方难以实时运行；轻量模型靠压缩参数、精简算法、适配硬件，在性能和效率之间找到平衡点，让生成式人工智能从云端走到了终端。{footcite}`report` 网易有道{glue:text}`ziyue_period`发布的“子曰3数学模型”是一例：据报道，它的数学推理成绩超过主流通用大模型，运行却只要{choose}``ziyue_single|True=单块|False={glue:text}`ziyue_gpus` ``消费级显卡，普通教育机构花不多的钱，也能部署专业水平的数学人工智能应用。{footcite}`fn16`

# %%
fmt.glue_all(ziyue_period=fmt.period(f.ziyue["as_of"]), ziyue_single=f.ziyue_single, ziyue_gpus=fmt.describe(f.ziyue))

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["users_series", "features_facts", "industry_facts", "benchmark_gap", "users_facts",
                       "model_parameters", "price_cuts"])

# %% [markdown]
# ```{footbibliography}
# ```
