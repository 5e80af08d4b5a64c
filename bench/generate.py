"""Generate a realistic content repository for the benchmark, deterministically from a seed.

The repository is what a social-media team of the example company 青禾智能家居 would keep:

* ``policies/``: the project's own ``policies/`` when it exists, else the small set in
  ``bench/fallback-policies/``; plus ``policies/bench-terms.yaml``, a rule pack of ``--terms``
  brand and ban words (the first 300 entries are the same for every size, so a 300-term and a
  10,000-term pack can be compared on one corpus);
* ``drafts/<account>/<nnnnn>.md``: Markdown drafts with front matter for every account of the
  matrix, mixed Chinese and English marketing copy with headings, lists, links, inline code,
  code blocks, tables, HTML comments and emoji; about 2 KB on average;
* ``opscheck.yaml``: the company's settings;
* ``bench-manifest.json``: the seed, the sizes, and every violation that was planted on purpose
  (absolute terms, phone numbers, missing spaces between Chinese and Latin, wrong hashtags and
  rule-pack terms), draft by draft, so the planted rate is known.

Draft ``i`` depends only on the seed and ``i``: a corpus of 10 drafts is the first 10 drafts of
a corpus of 10,000. Everything else in the prose follows the typography the handbook asks for, so
the planted violations are the ones a checker is expected to find.

Usage: ``python bench/generate.py OUT [--drafts 10000] [--terms 300] [--seed 42]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
FALLBACK_POLICIES = HERE / "fallback-policies"
TZ = dt.timezone(dt.timedelta(hours=8))

#: How often each kind of violation is planted (share of drafts that get one).
DEFAULT_RATES = {
    "absolute-term": 0.08,
    "phone-number": 0.06,
    "cjk-spacing": 0.08,
    "hashtag-format": 0.06,
    "pack-term": 0.05,
}

# --------------------------------------------------------------------------------------------
# The company: accounts, people, products (from the example company's description)
# --------------------------------------------------------------------------------------------

APPROVERS = {
    "content-lead": "li-na",
    "regional-ops": "sun-hao",
    "ops-director": "zhao-lei",
    "legal-reviewer": "wang-fang",
}
RISK_EXTRA = {"low": (), "medium": ("content-lead",), "high": ("content-lead", "legal-reviewer")}


@dataclass(frozen=True)
class Account:
    id: str
    platform: str
    chain: tuple[str, ...]
    authors: tuple[str, ...]
    pillars: tuple[str, ...]
    weight: int
    style: str  # note | video | weibo | article | longvideo | service | linkedin
    size: tuple[int, int]  # target body size in bytes (min, max)
    products: tuple[str, ...]


ACCOUNTS = (
    Account(
        "wechat-official",
        "wechat",
        ("content-lead",),
        ("zhang-wei", "chen-jing", "he-huan"),
        ("product", "brand", "tutorial", "service", "campaign"),
        12,
        "article",
        (2600, 5200),
        ("blender", "fryer", "rice", "coffee", "purifier", "humidifier", "app"),
    ),
    Account(
        "xhs-official",
        "xiaohongshu",
        ("content-lead",),
        ("chen-jing", "he-huan"),
        ("product", "campaign", "brand"),
        16,
        "note",
        (1000, 1700),
        ("blender", "fryer", "coffee", "humidifier", "rice"),
    ),
    Account(
        "xhs-air",
        "xiaohongshu",
        ("content-lead",),
        ("zhang-wei", "he-huan"),
        ("product", "tutorial"),
        9,
        "note",
        (1000, 1700),
        ("purifier", "humidifier"),
    ),
    Account(
        "douyin-official",
        "douyin",
        ("content-lead",),
        ("zhou-min", "chen-jing"),
        ("product", "campaign"),
        12,
        "video",
        (900, 1500),
        ("blender", "fryer", "coffee", "purifier", "rice"),
    ),
    Account(
        "douyin-kitchen",
        "douyin",
        ("content-lead",),
        ("he-huan", "zhang-wei", "liu-yang"),
        ("tutorial", "product"),
        10,
        "video",
        (900, 1500),
        ("blender", "fryer", "rice", "coffee"),
    ),
    Account(
        "douyin-south",
        "douyin",
        ("regional-ops", "content-lead"),
        ("he-huan", "chen-jing"),
        ("campaign", "service"),
        6,
        "video",
        (900, 1400),
        ("fryer", "purifier", "humidifier", "blender"),
    ),
    Account(
        "bilibili-lab",
        "bilibili",
        ("content-lead",),
        ("zhang-wei", "liu-yang"),
        ("product", "tutorial", "brand"),
        6,
        "longvideo",
        (1900, 3300),
        ("purifier", "blender", "coffee", "humidifier", "app"),
    ),
    Account(
        "channels-service",
        "weixin_channels",
        ("content-lead",),
        ("chen-jie", "he-huan"),
        ("service", "tutorial"),
        8,
        "service",
        (900, 1500),
        ("purifier", "humidifier", "rice", "app", "fryer"),
    ),
    Account(
        "weibo-official",
        "weibo",
        ("content-lead",),
        ("chen-jie", "chen-jing", "zhang-wei"),
        ("brand", "campaign", "service"),
        14,
        "weibo",
        (700, 1300),
        ("blender", "fryer", "purifier", "coffee", "app", "humidifier"),
    ),
    Account(
        "linkedin-cto",
        "linkedin",
        ("ops-director",),
        ("lin-yuan",),
        ("employer", "brand"),
        6,
        "linkedin",
        (1200, 2200),
        ("app", "purifier", "coffee"),
    ),
)


@dataclass(frozen=True)
class Product:
    key: str
    name: str  # full name as written in copy
    short: str
    kind: str
    features: tuple[str, ...]
    uses: tuple[str, ...]
    do: str = "做{u}"  # how copy says "using it for one of its uses"


PRODUCTS = {
    p.key: p
    for p in (
        Product(
            "blender",
            "青禾 P7 Pro 破壁机",
            "P7 Pro",
            "破壁机",
            (
                "8 档转速加脉冲",
                "1.75 L 大容量杯体",
                "预约 12 小时热豆浆",
                "静音罩把噪音压到 58 dB",
                "杯体可拆洗",
                "自清洁程序只要 3 分钟",
            ),
            ("现磨豆浆", "米糊", "冰沙", "坚果奶", "蔬菜浓汤"),
        ),
        Product(
            "fryer",
            "青禾 AF5 空气炸锅",
            "AF5",
            "空气炸锅",
            (
                "5.5 L 炸篮",
                "可视窗口随时看火候",
                "双温区上下加热",
                "不粘涂层一冲就净",
                "App 远程预热",
                "8 种预设菜单",
            ),
            ("鸡翅", "薯条", "烤红薯", "蛋挞", "小酥肉", "烤蔬菜"),
        ),
        Product(
            "rice",
            "青禾 IH3 电饭煲",
            "IH3",
            "电饭煲",
            (
                "IH 电磁加热",
                "4 L 内胆",
                "杂粮饭专用程序",
                "24 小时预约",
                "低糖饭模式",
                "内胆可进洗碗机",
            ),
            ("杂粮饭", "煲仔饭", "白粥", "蒸蛋", "糙米饭"),
        ),
        Product(
            "coffee",
            "青禾 C2 意式咖啡机",
            "C2",
            "咖啡机",
            (
                "20 bar 压力萃取",
                "蒸汽棒可打奶泡",
                "30 秒快速预热",
                "1.2 L 可拆水箱",
                "浓度三档可调",
                "App 记录每一杯的参数",
            ),
            ("拿铁", "美式", "澳白", "冰咖啡", "燕麦拿铁"),
        ),
        Product(
            "purifier",
            "青禾 A3 Pro 空气净化器",
            "A3 Pro",
            "空气净化器",
            (
                "CADR 450 m³/h",
                "HEPA H13 滤网",
                "PM2.5 实时数显",
                "睡眠模式 32 dB",
                "滤网寿命 App 提醒",
                "适用面积 32-54 m²",
            ),
            ("卧室净化", "客厅换气后的净化", "宝宝房夜间运行", "书房静音运行", "办公室净化"),
            "{u}",
        ),
        Product(
            "humidifier",
            "青禾 H2 无雾加湿器",
            "H2",
            "加湿器",
            (
                "无雾蒸发式加湿",
                "4 L 上加水水箱",
                "恒湿模式自动停",
                "夜灯可关",
                "托盘可拆下冲洗",
                "App 定时开关",
            ),
            ("卧室加湿", "客厅加湿", "办公桌加湿", "宝宝房夜间加湿"),
            "{u}",
        ),
        Product(
            "app",
            "青禾智家 App",
            "青禾智家",
            "App",
            (
                "一键配网",
                "设备分享给家人",
                "自动化场景",
                "耗材到期提醒",
                "固件 OTA 升级",
                "用电统计",
            ),
            ("回家模式", "睡眠模式", "早餐模式", "离家模式"),
            "设置{u}",
        ),
    )
}

CITIES_SOUTH = ("广州", "深圳", "佛山", "东莞", "珠海", "厦门")
CITIES_EAST = ("杭州", "上海", "南京", "苏州", "宁波")
SEASONS = ("秋冬", "换季", "回南天", "开学季", "年末", "春节前")
PEOPLE_SCENES = (
    "上班族",
    "新手爸妈",
    "合租的朋友",
    "独居青年",
    "健身党",
    "刚搬家的小伙伴",
    "早起困难户",
)
TAGS = (
    "智能家居",
    "厨房好物",
    "早餐食谱",
    "空气净化",
    "换季护理",
    "家电测评",
    "通勤早餐",
    "新家装修",
    "懒人食谱",
    "咖啡日常",
    "宝宝房间",
    "小家电",
    "居家好物",
)
EN_TAGS = ("SmartHome", "IoT", "ProductDesign", "Hiring", "Engineering", "HomeAppliances")
EMOJI = ("✨", "🍳", "☕", "🌿", "🏠", "👀", "📌", "🔥", "🥣", "💡")

# --------------------------------------------------------------------------------------------
# Phrase banks (written for this benchmark). Slots: {p} product name, {s} short name,
# {k} product kind, {f} a feature, {u} a use, {who} a reader group, {season}, {city}, {n}.
# Clean copy follows the handbook's typography: a space between Chinese and Latin letters or
# digits, full-width punctuation in Chinese sentences.
# --------------------------------------------------------------------------------------------

OPENERS = (
    "{season}一到，{who}最常问的就是{k}怎么选。",
    "这周收到好多私信，问{s}到底好不好用，今天集中回答一下。",
    "上个月我们把{p}带回办公室，连续用了 {n} 天。",
    "很多人刚开始用{k}，都会卡在同一个步骤上。",
    "先说结论：{who}买{k}，看三件事就够了。",
    "最近天气变化大，家里的{k}也该换个用法了。",
    "{city}门店的店长说，这个月问得最多的是{s}。",
    "有同事说早上没时间折腾，我们就用{s}做了一个星期的实验。",
    "这是「{k}小课堂」的第 {n} 期，今天聊聊{u}。",
    "评论区点名最多的{u}，今天安排上。",
    "周末在家整理厨房和客厅，顺手把{k}的使用心得写下来。",
    "{who}的日常里，{k}到底能帮上什么忙？",
    "新品上市一个月，我们翻完了 {n} 页用户反馈。",
)
PARAGRAPHS = {
    "product": (
        "{p}的{f}，是研发团队在用户访谈里听到最多的需求。",
        "我们在实验室里对比了三种做法，{f}让{u}的效果更稳定。",
        "日常用下来，{f}这一点最省心，{who}也能很快上手。",
        "和上一代相比，{s}把{f}做进了默认程序，不用再手动调。",
        "如果你家里空间不大，{s}的机身尺寸放在台面上刚好。",
        "拆开包装后先看说明书第 {n} 页，里面写了开机前要做的清洁。",
        "我们请了 {n} 位试用用户连续用两周，大家提到最多的是{f}。",
        "{do}的时候，选默认程序就行，剩下的交给{s}。",
        "它没有什么花哨的概念，只是把{f}这件小事做扎实了。",
        "颜色有奶白和雾灰两款，和大部分家居风格都搭。",
        "机身按键只有三个，老人和孩子也不容易按错。",
        "不少试用用户说，用了{s}之后，{do}变成了每天的固定动作。",
        "包装里附了一张快速上手卡，扫码就能看到 {n} 段短视频教程。",
        "我们把{f}写进了说明书的第一页，因为这是大家最关心的一点。",
        "{who}最在意的是省时间，所以默认程序都控制在 {n} 分钟以内。",
        "实际用的时候，{f}比参数表上看起来更有感。",
    ),
    "tutorial": (
        "第一步，把{s}放在平稳的台面上，四周留出 {n} 厘米散热空间。",
        "第二步，打开青禾智家 App，在首页点「添加设备」，按提示完成配网。",
        "如果配网失败，先确认手机连的是 2.4 GHz 的 Wi-Fi，再重试一次。",
        "{do}时，不要超过机身标注的最高水位线，否则容易溢出。",
        "用完后及时清洗，可拆部件可以直接放进水槽冲洗。",
        "遇到提示灯闪烁，长按电源键 {n} 秒即可恢复出厂设置。",
        "滤网和耗材的更换时间，App 会提前一周提醒，不用自己记。",
        "开机前建议空机运行一次，让部件充分磨合。",
        "想换口味的话，在 App 里把程序时间往后调 {n} 分钟试试。",
        "定时功能在 App 的「日程」页设置，可以按工作日和周末分开。",
        "如果家里有老人，可以在 App 里把设备共享给家人，一起查看运行状态。",
        "清洁时先拔掉电源，等机身完全冷却后再拆卸。",
    ),
    "brand": (
        "青禾成立于 2014 年，从杭州的一间小办公室开始做电饭煲。",
        "我们相信好的家电应该安静地待在生活里，而不是抢走你的注意力。",
        "这十几年里，我们听到的每一条评论，都会进入产品团队的周报。",
        "研发中心的同事说，做{k}最难的不是参数，而是每天用起来顺手。",
        "这次的设计从用户的家居照片开始，我们收集了 {n} 张真实的照片。",
        "青禾的门店现在覆盖华东和华南，{city}的新店下个月开业。",
        "谢谢每一位把青禾带回家的朋友，也谢谢愿意提意见的你。",
        "懂生活，是我们给自己定的目标，也是每一代产品的出发点。",
        "我们的工程师每个季度都会去用户家里做回访，看看产品在真实环境里怎么被使用。",
        "从一台电饭煲到一整套智能家居，我们一直在学怎么把事情做简单。",
    ),
    "service": (
        "如果{s}出现异响，先检查底座是否放平，再看部件是否装到位。",
        "售后服务可以在青禾智家 App 的「服务」页提交，工程师会在 2 小时内联系你。",
        "保修期内的非人为故障，青禾提供上门取件和免费维修。",
        "滤网属于耗材，不在保修范围内，可以在官方旗舰店单独购买。",
        "收到商品后请先检查外包装，有破损的话拍照后联系客服。",
        "我们整理了最近一个月的高频问题，下面逐条说明处理办法。",
        "门店也可以提供检测服务，{city}的门店周一到周日都营业。",
        "不确定问题出在哪里时，可以先录一段 {n} 秒左右的视频发给客服。",
        "提交售后时写清楚购买渠道和订单号，处理会快很多。",
        "固件升级后如果设备离线，重启一次路由器通常就能恢复。",
        "发票和保修卡请一起保存，电子发票可以在订单详情里下载。",
    ),
    "campaign": (
        "青禾焕新季活动从下周一开始，持续 {n} 天。",
        "活动期间，{p}在官方旗舰店有以旧换新补贴，具体金额以页面为准。",
        "{city}门店同步开展试用活动，到店就能现场体验{u}。",
        "参与方式很简单：在评论区说说你家最想换掉的小家电。",
        "我们会从评论里抽出 {n} 位朋友，送出新品试用名额。",
        "活动规则和抽奖结果会在活动结束后三个工作日内公布。",
        "直播间每晚 8 点开播，主播会现场演示{u}。",
        "本次活动的具体规则以活动页面公示为准，有疑问可以私信我们。",
        "老用户凭订单截图可以领取一张配件优惠券。",
        "门店活动需要提前在小程序预约，每个时段限 {n} 人。",
    ),
    "general": (
        "早上七点的厨房总是最忙的，能少一个步骤就少一个。",
        "{who}的时间都很碎片，所以我们把常用功能都放在了首页。",
        "下班回家推开门，屋里已经是刚刚好的状态，这种感觉很难形容。",
        "周末有空的时候，可以试试把{do}当成一个小仪式。",
        "{season}的时候，家里的湿度和温度变化都比较大，设备的设置也要跟着调一调。",
        "我们收到过一条留言：家电理想的状态，是你几乎感觉不到它在工作。",
        "{city}的同事在门店做过一次小调查，{n} 位顾客里有一大半都提到了清洁。",
        "很多细节只有用上一段时间才会发现，比如按键的手感和提示音的大小。",
        "如果你是第一次接触智能家居，从一台{k}开始就很合适。",
        "我们不追求功能越多越好，而是希望每个功能都有人在用。",
        "家里有小朋友的话，童锁功能可以在 App 里一键打开。",
        "出差几天回来，打开 App 就能看到家里设备的运行记录。",
        "搬家的时候，记得在 App 里把设备从旧家庭移到新家庭。",
        "晚上十点以后，设备会自动切到低亮度的屏显，不会晃眼。",
        "关于{k}的更多问题，我们会在下一期统一解答。",
        "每一台出厂的{k}都经过 {n} 道质检工序。",
    ),
    "employer": (
        "我们的研发团队今年新增了 {n} 位工程师，大多数来自嵌入式和数据方向。",
        "在青禾，产品经理每月至少去一次门店，听用户怎么说。",
        "我们正在招聘固件工程师和数据分析师，工作地点在杭州。",
        "团队里最受欢迎的传统，是每周五的试用会，新程序大家一起体验。",
        "我们的面试不考算法题，而是一起拆一台真实的{k}。",
        "新同事入职第一周，会跟着售后工程师跑一次上门服务。",
        "研发中心在杭州滨江，离地铁站步行十分钟。",
        "我们鼓励工程师把自己家当成第一个测试场。",
        "去年团队一起完成了 {n} 次固件发布，每一次都有用户的声音在里面。",
    ),
}
CLOSERS = (
    "你平时用{k}最常做什么？欢迎在评论区告诉我们。",
    "收藏这篇，下次用得上。",
    "有问题可以在评论区留言，我们会一条条回复。",
    "下期想看什么主题，评论区见。",
    "觉得有用的话，转给正在挑{k}的朋友吧。",
    "更多使用技巧，关注我们，下周继续更新。",
)
#: Phrases an absolute-term rule must leave alone (context exclusions of the handbook).
EXCLUSION_PHRASES = (
    "这是我们第一次把{k}带进直播间。",
    "第一季度的用户反馈里，提到{f}的人最多。",
    "最近不少朋友问起{u}。",
    "有任何问题，我们会第一时间回复。",
    "最后再提醒一次，{s}开机前要先清洗。",
    "最多可以同时连接 {n} 台设备。",
)
EN_SENTENCES = (
    "Our design team calls it the quiet kitchen principle.",
    "The {s} ships with firmware v2.4 and supports OTA updates.",
    "Works with the QINGHE Home app on iOS and Android.",
    "Tested in our Hangzhou lab for {n} hours of continuous use.",
    "We care about noise, energy use and how easy it is to clean.",
    "Matter support is on our roadmap for next year.",
    "Small details, repeated every morning, make a product feel right.",
)
LINKEDIN_PARAGRAPHS = (
    "Three years ago we asked a simple question: what makes a kitchen appliance feel calm?",
    "The answer was not a longer spec sheet. It was fewer buttons, better defaults and a "
    "quieter motor.",
    "Our firmware team now ships an update every six weeks, and every release starts with "
    "user feedback from social channels.",
    "In {n} user interviews this quarter, people told us they want devices that explain "
    "themselves.",
    "We are hiring embedded engineers and data analysts in Hangzhou. If you care about "
    "products people use every day, let's talk.",
    "Hotels and offices are our fastest-growing B2B segment, and they care about the same "
    "things families do: reliability and service.",
    "Every product manager at QINGHE spends one day a month in a store, listening to customers.",
    "Our service engineers taught me more about product design than any conference did.",
    "A good default is worth more than ten settings nobody finds.",
    "We publish our firmware release notes in plain language, because people deserve to know "
    "what changed in their homes.",
    "Data helps us ask better questions, but the answers still come from people's kitchens.",
    "This year we rebuilt our device cloud so that a setting made in the app reaches the "
    "device in under a second.",
    "Reliability is a feature. It is also the one customers only notice when it is missing.",
    "If you are curious about what building home appliances in Hangzhou looks like, my inbox "
    "is open.",
    "I am proud of a team that measures success by how rarely customers need to call us.",
)
LINKEDIN_ZH = (
    "我们在杭州的研发中心有 {n} 个实验室，{k}的每一个程序都要在这里跑满上千次。",
    "对智能家居来说，好的体验是让用户忘记它的存在。",
    "欢迎对家电和 IoT 感兴趣的朋友加入青禾。",
)
HEADINGS = {
    "product": ("为什么是 {s}", "三个使用场景", "参数一览", "适合谁", "用了 {n} 天的感受"),
    "tutorial": ("准备工作", "操作步骤", "常见问题", "小贴士", "清洁与保养"),
    "brand": ("我们的出发点", "从用户的厨房开始", "接下来", "写在最后"),
    "service": ("常见问题", "自助排查", "如何联系我们", "保修说明"),
    "campaign": ("活动时间", "参与方式", "活动规则", "门店活动"),
    "employer": ("我们在做什么", "我们在找谁", "加入我们"),
}
LIST_ITEMS = (
    "{f}",
    "适合{who}的日常使用",
    "{do}只要一键",
    "机身小巧，不占台面",
    "App 里可以看到每一次使用记录",
    "可拆部件可以直接冲洗",
    "夜间模式不打扰睡眠",
    "支持 Wi-Fi 远程控制",
    "说明书附带 {n} 个入门教程",
    "整机保修两年",
    "门店可以现场体验",
    "耗材在官方旗舰店有售",
)
QUOTES = (
    "用了两周，早上能多睡十分钟。——试用用户小周",
    "最喜欢的是清洗方便，这比参数重要。——{city}的一位宝妈",
    "声音比想象中小，放在卧室也不吵。——试用用户阿杰",
    "App 提醒换滤网这个功能太贴心了。——{city}的用户 Lily",
)
COMMENTS = (
    "<!-- 配图：产品白底图 + 使用场景图，设计：刘洋 -->",
    "<!-- 待确认：活动补贴金额以旗舰店页面为准 -->",
    "<!-- 视频封面用第 3 秒的画面 -->",
)
WECHAT_LINKS = (
    ("上一期：{k}选购指南", "https://mp.weixin.qq.com/s/qinghe-guide-{n}"),
    ("会员中心", "https://mp.weixin.qq.com/s/qinghe-member"),
    ("售后服务说明", "https://mp.weixin.qq.com/s/qinghe-service-{n}"),
)
WEB_LINKS = (
    ("青禾官网", "https://www.qinghe.example.cn/"),
    ("产品说明书", "https://www.qinghe.example.cn/manuals/{n}"),
    ("招聘页面", "https://careers.qinghe.example.cn/jobs"),
)
INLINE_CODE = (
    "在 App 里依次点 `我的 > 设备 > 固件升级`，当前版本是 `v2.4.{n}`。",
    "设备序列号在机身底部，格式类似 `QH-{n}-2026`。",
    "如果屏幕显示 `E{n}`，说明杯体没有装到位。",
    "重置方法：长按 `电源键` 和 `模式键` {n} 秒。",
)
TITLES_SHORT = (
    "{s} 一周使用报告",
    "{u}的正确做法",
    "{season}{k}怎么选",
    "{who}的{k}清单",
    "{k}清洁三步走",
    "{u}，一键搞定",
    "{city}门店活动来了",
    "{k}常见问题合集",
)
TITLES_LONG = (
    "{season}家电指南：{k}怎么选、怎么用",
    "实测 {n} 天：{p} 的真实体验",
    "从用户的厨房出发：{s} 的设计故事",
    "{k}使用全攻略，看完这篇就够了",
    "关于 {s} 售后，你想知道的都在这里",
    "青禾焕新季：{k}以旧换新怎么参与",
)
SUMMARIES = (
    "三个场景、五个细节，带你了解 {s}。",
    "从选购到清洁，一篇讲清{k}的日常使用。",
    "我们整理了最近一个月的高频问题。",
)

# --------------------------------------------------------------------------------------------
# Violations planted on purpose
# --------------------------------------------------------------------------------------------

ABSOLUTE = (
    "这是目前市面上最好的{k}。",
    "{s} 是同价位最佳选择。",
    "{p}，全网最低价，错过等一年。",
    "顶级工艺，{f}。",
    "青禾{k}销量第一，放心买。",
    "史上最强{k}，没有之一。",
    "{s} 采用最先进的电机技术。",
    "这款{k}是家电行业的第一品牌。",
)
SPACING = (
    "打开青禾智家App就能远程控制。",
    "支持Wi-Fi和蓝牙双模连接。",
    "这次的{k}用上了HEPA滤网。",
    "新版固件修复了OTA升级失败的问题。",
    "主播会演示{s}专用清洁刷的用法，记得看Live预告。",
    "这台{k}可以接入Matter生态。",
)


def _mobile(rng: random.Random) -> str:
    prefix = rng.choice(("138", "139", "150", "158", "186", "177", "135", "188"))
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    form = rng.randrange(3)
    if form == 0:
        return prefix + digits
    if form == 1:
        return f"{prefix}-{digits[:4]}-{digits[4:]}"
    return f"{prefix} {digits[:4]} {digits[4:]}"


PHONE_TEMPLATES = (
    "有问题直接打店长电话 {phone}，微信同号。",
    "团购请联系 {phone}（周一到周五）。",
    "想预约上门安装，可以拨打 {phone} 找小禾。",
)

# --------------------------------------------------------------------------------------------
# The rule pack of N terms (brand and ban words), the same prefix for every N
# --------------------------------------------------------------------------------------------

_BRAND_FIRST = "澜凯森悦途宜卓优锐帆泽朗启沐岚晟川韵岳萌暖铂汇绮舒璞拓瑞逸霁澄皓熙"
_BRAND_SECOND = "美居厨净境家派格诺源禾宁瓷客邦芯柏湾麦斯蓝栖溪谷"
_BRAND_TAIL = ("", "电器", "家电", "智能", "小电", "生活", "科技", "家居", "厨房", "净化")
_BAN_PREFIX = ("全网", "史上", "行业", "全国", "地表", "业界", "宇宙", "全城", "终极", "超级")
_BAN_CORE = (
    "爆款",
    "神器",
    "天花板",
    "无敌",
    "秒杀",
    "王炸",
    "必买",
    "封神",
    "碾压",
    "吊打",
    "断货王",
    "智商税",
    "零差评",
    "黑科技",
    "白菜价",
)
_BAN_SUFFIX = ("", "款", "级", "单品", "好物", "价")
_EN_ADJ = ("miracle", "guaranteed", "ultimate", "unbeatable", "zero-risk", "best-ever", "magic")
_EN_NOUN = ("blender", "fryer", "purifier", "deal", "formula", "cure", "filter", "price", "gadget")
_LETTERS = "ABCDEFGHJKMNPRSTX"


@dataclass(frozen=True)
class PackTerm:
    kind: str  # zh (brand names) | ban (hype phrases) | en | swap
    text: str
    replacement: str = ""


@cache
def master_terms(limit: int) -> tuple[PackTerm, ...]:
    """The first ``limit`` terms of the benchmark's term list (a fixed order, no randomness)."""
    zh: list[str] = []
    for tail in _BRAND_TAIL:
        for second in _BRAND_SECOND:
            for first in _BRAND_FIRST:
                zh.append(first + second + tail)
    bans = [
        prefix + core + suffix
        for suffix in _BAN_SUFFIX
        for core in _BAN_CORE
        for prefix in _BAN_PREFIX
    ]
    en = [f"{adj} {noun}" for noun in _EN_NOUN for adj in _EN_ADJ]
    swaps = [
        PackTerm("swap", f"QH-{letter}{number}", f"青禾 {letter}{number}")
        for number in range(1, 100)
        for letter in _LETTERS
    ]
    sources: list[list[PackTerm]] = [
        [PackTerm("zh", t) for t in zh],
        [PackTerm("ban", t) for t in bans],
        [PackTerm("en", t) for t in en],
        swaps,
    ]
    # Interleave the sources 5:3:1:1 so every prefix of the list has all kinds of term.
    pattern = (0, 1, 0, 3, 0, 1, 0, 2, 0, 1)
    found: list[PackTerm] = []
    seen: set[str] = set()
    cursor = [0, 0, 0, 0]
    step = 0
    while len(found) < limit and any(cursor[i] < len(sources[i]) for i in range(4)):
        index = pattern[step % len(pattern)]
        step += 1
        if cursor[index] >= len(sources[index]):
            index = next(i for i in range(4) if cursor[i] < len(sources[i]))
        term = sources[index][cursor[index]]
        cursor[index] += 1
        if term.text not in seen and term.text != "青禾":
            seen.add(term.text)
            found.append(term)
    if len(found) < limit:
        raise ValueError(f"the term list has only {len(found)} entries, {limit} were asked for")
    return tuple(found)


#: Terms a draft may contain on purpose: always from the first 300, so every pack size has them.
PLANT_POOL = 300


@cache
def _plantable_terms() -> tuple[PackTerm, ...]:
    return tuple(t for t in master_terms(PLANT_POOL) if t.kind != "ban")


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def rulepack_yaml(count: int, seed: int) -> str:
    terms = master_terms(count)
    zh = [t.text for t in terms if t.kind in ("zh", "ban")]
    en = [t.text for t in terms if t.kind == "en"]
    swaps = [t for t in terms if t.kind == "swap"]
    lines = [
        f"# {count} brand and ban words for the term-scaling benchmark (bench/generate.py).",
        "kind: rulepack",
        "version: 1",
        "id: bench-terms",
        f"source: 基准测试生成的品牌词和禁用词表（bench/generate.py，{count} 个词，种子 {seed}）",
        "reviewed_on: 2026-11-01",
        "rules:",
        "  - id: banned-words",
        "    type: existence",
        "    message: 「{match}」是团队词表里的禁用词或竞品名，请删除或换一种说法",
        "    severity: warning",
        "    case: insensitive",
        "    match: substring",
        "    tokens:",
        *(f"      - {_yaml_str(t)}" for t in zh),
    ]
    if en:
        lines += [
            "  - id: banned-english",
            "    type: existence",
            "    message: 「{match}」是团队词表里的禁用说法，请换一种说法",
            "    severity: warning",
            "    case: insensitive",
            "    match: word",
            "    tokens:",
            *(f"      - {_yaml_str(t)}" for t in en),
        ]
    if swaps:
        lines += [
            "  - id: legacy-model-names",
            "    type: substitution",
            "    message: 「{match}」是旧型号写法，请改为「{replacement}」",
            "    severity: warning",
            "    case: sensitive",
            "    match: word",
            "    swap:",
            *(f"      {_yaml_str(t.text)}: {_yaml_str(t.replacement)}" for t in swaps),
        ]
    return "\n".join(lines) + "\n"


def pack_words(count: int) -> list[str]:
    """The words of the pack as a flat list (what a word-list rule of a peer tool is given)."""
    return [t.text for t in master_terms(count)]


# --------------------------------------------------------------------------------------------
# Drafts
# --------------------------------------------------------------------------------------------


@dataclass
class Planted:
    kind: str
    text: str


@dataclass
class DraftOut:
    path: str
    text: str
    account: str
    planted: list[Planted] = field(default_factory=list)


_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_TIGHT = re.compile(
    f"(?<=[{_HAN}\uff00-\uffef\u3000-\u303f]) (?=[{_HAN}\uff00-\uffef\u3000-\u303f])"
)
_HAN_LATIN = re.compile(f"([{_HAN}])([A-Za-z0-9])")
_LATIN_HAN = re.compile(f"([A-Za-z0-9%])([{_HAN}])")


def tidy(text: str) -> str:
    """Typography of clean copy: a space between Han and Latin or digits, none between Han."""
    text = _CJK_TIGHT.sub("", text)
    text = _HAN_LATIN.sub(r"\1 \2", text)
    return _LATIN_HAN.sub(r"\1 \2", text)


class _Writer:
    """Fills templates for one draft; prefers sentences the draft has not used yet."""

    def __init__(self, rng: random.Random, account: Account) -> None:
        self.rng = rng
        self.account = account
        self.product = PRODUCTS[rng.choice(account.products)]
        south = account.id == "douyin-south"
        self.city = rng.choice(CITIES_SOUTH if south else CITIES_SOUTH + CITIES_EAST)
        self.season = rng.choice(SEASONS)
        self.who = rng.choice(PEOPLE_SCENES)
        self.used: set[str] = set()

    def fill(self, template: str, clean: bool = True) -> str:
        """The template with its slots filled; ``clean`` applies the handbook's spacing."""
        rng = self.rng
        p = self.product
        use = rng.choice(p.uses)
        text = template.format(
            p=p.name,
            s=p.short,
            k=p.kind,
            f=rng.choice(p.features),
            u=use,
            do=p.do.format(u=use),
            who=self.who,
            season=self.season,
            city=self.city,
            n=rng.randint(2, 30),
        )
        return tidy(text) if clean else text

    def pick(self, bank: Sequence[str], clean: bool = True) -> str:
        return self.fill(self._choose(bank, 1)[0], clean)

    def _choose(self, bank: Sequence[str], count: int) -> list[str]:
        fresh = [item for item in bank if item not in self.used]
        pool = fresh if len(fresh) >= count else list(bank)
        chosen = self.rng.sample(pool, min(count, len(pool)))
        self.used.update(chosen)
        return chosen

    def sentences(self, bank: Sequence[str], low: int, high: int) -> str:
        return "".join(self.fill(s) for s in self._choose(bank, self.rng.randint(low, high)))


def _hashtags(rng: random.Random, platform: str, wrong: bool) -> tuple[str, list[str]]:
    """A hashtag line in the platform's syntax (or, when ``wrong``, in the other syntax)."""
    if platform == "linkedin":
        tags = rng.sample(EN_TAGS, rng.randint(1, 3))
    else:
        high = {"douyin": 4, "weibo": 3}.get(platform, 5)
        tags = rng.sample(TAGS, rng.randint(2, high))
        if platform == "weibo":
            # The campaign topic every post of the official Weibo account carries this season.
            tags = ["青禾焕新季", *tags[:2]]
    double = platform == "weibo"
    if wrong:
        double = not double
    line = " ".join(f"#{t}#" if double else f"#{t}" for t in tags)
    return line, tags


def _table(w: _Writer) -> str:
    p = w.product
    rng = w.rng
    rows = rng.sample(list(p.features), 3)
    lines = ["| 项目 | 说明 |", "| --- | --- |"]
    lines.append(f"| 型号 | {p.short} |")
    lines.extend(f"| 亮点 {i} | {row} |" for i, row in enumerate(rows, 1))
    lines.append(f"| 适合 | {w.who} |")
    return "\n".join(lines)


def _code_block(w: _Writer) -> str:
    rng = w.rng
    choice = rng.randrange(4)
    if choice == 0:
        scene = rng.choice(PRODUCTS["app"].uses)
        return (
            "```json\n"
            "{\n"
            f'  "scene": "{scene}",\n'
            '  "trigger": {"type": "geofence", "radius_m": 200},\n'
            '  "actions": [\n'
            f'    {{"device": "{w.product.short}", "mode": "auto"}},\n'
            '    {"device": "H2", "target_humidity": 50}\n'
            "  ]\n"
            "}\n"
            "```"
        )
    if choice == 1:
        return (
            "```yaml\n"
            f"program: {rng.choice(w.product.uses)}\n"
            f"speed: {rng.randint(3, 8)}\n"
            "mode: turbo  # 最强档，只在做冰沙时用\n"
            f"minutes: {rng.randint(2, 12)}\n"
            "```"
        )
    if choice == 2:
        return (
            "```sh\n"
            "# 查询门店库存（B2B 合作伙伴接口）\n"
            "curl -s https://api.qinghe.example.cn/v1/stores?city=hangzhou \\\n"
            '  -H "Authorization: Bearer $QINGHE_TOKEN"\n'
            "```"
        )
    return (
        "```python\n"
        "from statistics import median\n\n"
        "def quiet_minutes(readings_db: list[float], limit: float = 45.0) -> int:\n"
        '    """Minutes in which the device stayed below the noise limit."""\n'
        "    return sum(1 for value in readings_db if value < limit)\n\n"
        f"print(median([41.2, 43.8, 39.5, {rng.randint(38, 44)}.0]))\n"
        "```"
    )


def _chapters(w: _Writer) -> str:
    """Video chapters as a long video's description lists them."""
    rng = w.rng
    names = ("开场", "开箱", "外观细节", "实测过程", "数据对比", "清洁演示", "总结")
    second = 0
    lines = ["本期章节："]
    for name in names[: rng.randint(4, len(names))]:
        lines.append(f"- {second // 60:02d}:{second % 60:02d} {name}")
        second += rng.randint(40, 180)
    return "\n".join(lines)


def _link(w: _Writer, platform: str) -> str | None:
    rng = w.rng
    if platform == "wechat":
        text, url = rng.choice(WECHAT_LINKS)
    elif platform in ("linkedin", "bilibili", "weibo"):
        text, url = rng.choice(WEB_LINKS)
    else:
        return None
    return f"[{w.fill(text)}]({w.fill(url)})"


def _blocks(w: _Writer, pillar: str, target: int, platform: str) -> list[str]:
    """Body blocks (paragraphs, headings, lists, tables ...) until the target size is reached."""
    rng = w.rng
    style = w.account.style
    blocks: list[str] = []
    if style == "linkedin":
        blocks.append(w.pick(LINKEDIN_PARAGRAPHS))
    else:
        opener = w.pick(OPENERS)
        if style == "note" and rng.random() < 0.6:
            opener = rng.choice(EMOJI) + " " + opener
        blocks.append(opener)
    paragraphs = PARAGRAPHS.get(pillar, PARAGRAPHS["product"]) + PARAGRAPHS["general"]
    headings = HEADINGS.get(pillar, HEADINGS["product"])
    long_form = style in ("article", "longvideo", "linkedin")
    once: set[str] = set()  # tables, code blocks, comments, links: at most one of each

    def size() -> int:
        return sum(len(b.encode("utf-8")) + 2 for b in blocks)

    def first(kind: str) -> bool:
        if kind in once:
            return False
        once.add(kind)
        return True

    steps = 0
    while size() < target and steps < 60:
        steps += 1
        roll = rng.random()
        if style == "linkedin":
            if roll < 0.55:
                blocks.append(w.pick(LINKEDIN_PARAGRAPHS))
            elif roll < 0.75:
                blocks.append(w.pick(LINKEDIN_ZH))
            elif roll < 0.85:
                items = w._choose(EN_SENTENCES, 3)
                blocks.append("\n".join(f"- {w.fill(i)}" for i in items))
            elif roll < 0.93:
                if first("code"):
                    blocks.append(_code_block(w))
            elif first("link"):
                link = _link(w, platform)
                if link:
                    blocks.append(f"Read more on our careers page: {link}")
            continue
        if long_form and roll < 0.18:
            heading = w.pick(headings)
            if "## " + heading not in blocks:
                blocks.append("## " + heading)
            continue
        if roll < 0.50:
            text = w.sentences(paragraphs, 2, 3)
            if rng.random() < 0.15:
                text += w.pick(EXCLUSION_PHRASES)
            if rng.random() < 0.12:
                text += w.pick(EN_SENTENCES)
            blocks.append(text)
        elif roll < 0.64:
            items = w._choose(LIST_ITEMS, rng.randint(3, 5))
            ordered = pillar == "tutorial" and rng.random() < 0.6
            blocks.append(
                "\n".join(
                    f"{i}. {w.fill(item)}" if ordered else f"- {w.fill(item)}"
                    for i, item in enumerate(items, 1)
                )
            )
        elif roll < 0.70:
            if first("inline-code"):
                blocks.append(w.pick(INLINE_CODE))
        elif roll < 0.76 and long_form:
            if first("table"):
                blocks.append(_table(w))
        elif roll < 0.80 and long_form and pillar in ("tutorial", "product", "employer"):
            if first("code"):
                blocks.append(_code_block(w))
        elif roll < 0.85:
            if first("quote"):
                blocks.append("> " + w.pick(QUOTES))
        elif roll < 0.89:
            link = _link(w, platform)
            if link is not None and first("link"):
                blocks.append(f"相关阅读：{link}")
        elif roll < 0.92 and long_form:
            if first("comment"):
                blocks.append(COMMENTS[rng.randrange(len(COMMENTS))])
        elif roll < 0.94 and style == "longvideo":
            if first("chapters"):
                blocks.append(_chapters(w))
        else:
            blocks.append(w.sentences(PARAGRAPHS["general"], 1, 2))
    if style != "linkedin":
        blocks.append(w.pick(CLOSERS))
    return blocks


def _plant(blocks: list[str], text: str, rng: random.Random) -> None:
    """Append a sentence to one of the prose paragraphs (never to code, tables or headings)."""
    prose = [
        i
        for i, b in enumerate(blocks)
        if b and not b.startswith(("#", "```", "|", "<!--", "- ", ">", "[")) and b[0] != "1"
    ]
    index = rng.choice(prose) if prose else len(blocks) - 1
    blocks[index] = blocks[index] + text


def _front_matter(
    w: _Writer, index: int, pillar: str, title: str | None, tags: list[str]
) -> tuple[list[str], str]:
    rng = w.rng
    account = w.account
    platform = account.platform
    author = rng.choice(account.authors)
    status = rng.choices(
        ("draft", "in_review", "approved", "scheduled", "published"), (40, 20, 15, 15, 10)
    )[0]
    risk = rng.choices(("low", "medium", "high"), (75, 20, 5))[0]
    base = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
    publish = base + dt.timedelta(days=rng.randint(0, 120), hours=rng.randint(0, 12))
    sponsored = pillar == "campaign" and rng.random() < 0.25
    ai = rng.random() < 0.05
    lines = ["---", f"platform: {platform}", f"account: {account.id}"]
    if title is not None:
        lines.append(f"title: {title}")
    if platform == "wechat":
        lines.append(f"summary: {w.pick(SUMMARIES)}")
    lines += [
        f"author: {author}",
        f"pillar: {pillar}",
        f"status: {status}",
        f"publish_at: {publish.isoformat()}",
        f"risk: {risk}",
        f"sponsored: {'true' if sponsored else 'false'}",
        f"ai_generated: {'true' if ai else 'false'}",
    ]
    if tags and platform in ("bilibili", "wechat"):
        lines.append("tags: [" + ", ".join(tags) + "]")
    style = account.style
    images = {
        "note": rng.randint(3, 9),
        "article": rng.randint(3, 8),
        "weibo": rng.randint(0, 9),
        "linkedin": rng.randint(0, 3),
        "video": 0,
        "longvideo": 0,
        "service": 0,
    }[style]
    lines.append(f"images: {images}")
    seconds = {
        "video": rng.randint(15, 240),
        "service": rng.randint(30, 300),
        "longvideo": rng.randint(300, 1500),
    }.get(style, 0)
    lines.append(f"video_seconds: {seconds}")
    if status in ("approved", "scheduled", "published"):
        roles: list[str] = []
        for role in account.chain + RISK_EXTRA[risk]:
            if role not in roles:
                roles.append(role)
        lines.append("approvals:")
        for offset, role in enumerate(roles):
            at = publish - dt.timedelta(hours=rng.randint(30, 96) - offset)
            lines.append(f"  - {{role: {role}, by: {APPROVERS[role]}, at: {at.isoformat()}}}")
    lines.append("---")
    body_prefix = ""
    if sponsored:
        body_prefix = "广告｜本文为青禾与合作伙伴的商业合作内容。\n\n"
    if ai:
        body_prefix += "本文配图由 AI 生成，内容经编辑审核。\n\n"
    return lines, body_prefix


def _title(w: _Writer) -> str | None:
    style = w.account.style
    rng = w.rng
    if style == "weibo":
        return None
    if style in ("article", "longvideo"):
        return w.pick(TITLES_LONG)
    if style == "linkedin":
        return rng.choice(
            (
                "What a quiet kitchen taught our engineers",
                "We are hiring in Hangzhou",
                f"Notes from {rng.randint(20, 60)} user interviews",
                "Designing appliances that explain themselves",
            )
        )
    for _ in range(20):
        title = w.pick(TITLES_SHORT)
        # Short-title platforms: at most 16 characters (weixin_channels), 20 weighted (xhs).
        if 6 <= len(title) <= 16:
            return title
    return w.product.kind + "使用小贴士"


def make_draft(seed: int, index: int, rates: dict[str, float] | None = None) -> DraftOut:
    """Draft number ``index`` of the corpus for ``seed`` (independent of the corpus size)."""
    rates = DEFAULT_RATES if rates is None else rates
    rng = random.Random(f"opscheck-bench:{seed}:{index}")
    account = rng.choices(ACCOUNTS, [a.weight for a in ACCOUNTS])[0]
    w = _Writer(rng, account)
    pillar = rng.choice(account.pillars)
    platform = account.platform
    target = rng.randint(*account.size)
    blocks = _blocks(w, pillar, target, platform)
    planted: list[Planted] = []

    roll = {kind: rng.random() for kind in sorted(DEFAULT_RATES)}
    if roll["absolute-term"] < rates.get("absolute-term", 0):
        text = w.pick(ABSOLUTE)
        _plant(blocks, text, rng)
        planted.append(Planted("absolute-term", text))
    if roll["phone-number"] < rates.get("phone-number", 0):
        phone = _mobile(rng)
        _plant(blocks, rng.choice(PHONE_TEMPLATES).format(phone=phone), rng)
        planted.append(Planted("phone-number", phone))
    if roll["cjk-spacing"] < rates.get("cjk-spacing", 0):
        text = w.pick(SPACING, clean=False)
        _plant(blocks, text, rng)
        planted.append(Planted("cjk-spacing", text))
    if roll["pack-term"] < rates.get("pack-term", 0):
        # Brand names, English phrases and legacy names only: the hype phrases of the pack are
        # absolute terms too, and would blur the planted rate of the advertising-law rules.
        term = rng.choice(_plantable_terms())
        if term.kind == "en":
            text = f"Some reviews call it a {term.text}, we would rather let you decide."
        elif term.kind == "swap":
            text = f"老用户熟悉的 {term.text} 也可以用这个方法。"
        else:
            text = f"有人拿它和{term.text}比较，我们更关心你的真实感受。"
        _plant(blocks, text, rng)
        planted.append(Planted("pack-term", term.text))

    tag_line = ""
    tags: list[str] = []
    if platform not in ("wechat", "bilibili"):
        wrong = platform in ("weibo", "xiaohongshu", "douyin") and (
            roll["hashtag-format"] < rates.get("hashtag-format", 0)
        )
        tag_line, tags = _hashtags(rng, platform, wrong)
        if wrong:
            planted.extend(Planted("hashtag-format", tag) for tag in tag_line.split())
    else:
        tags = rng.sample(TAGS, rng.randint(2, 4))

    title = _title(w)
    front, body_prefix = _front_matter(w, index, pillar, title, tags)
    body = body_prefix
    if account.style in ("article", "longvideo") and title is not None:
        body += f"# {title}\n\n"
    body += "\n\n".join(blocks)
    if tag_line:
        body += "\n\n" + tag_line
    text = "\n".join(front) + "\n" + body + "\n"
    return DraftOut(f"drafts/{account.id}/{index:05d}.md", text, account.id, planted)


# --------------------------------------------------------------------------------------------
# The repository
# --------------------------------------------------------------------------------------------


def policies_source() -> Path:
    """The project's own ``policies/`` when it has one, else the small fallback set."""
    own = PROJECT / "policies"
    if own.is_dir() and any(own.glob("*.y*ml")):
        return own
    return FALLBACK_POLICIES


def write_repository(
    out: Path,
    *,
    drafts: int,
    terms: int,
    seed: int = 42,
    rates: dict[str, float] | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, object]:
    """Write a complete repository to ``out`` (emptied first); return the manifest."""
    if out.exists():
        shutil.rmtree(out)
    (out / "drafts").mkdir(parents=True)
    source = policies_source()
    shutil.copytree(source, out / "policies")
    (out / "policies" / "bench-terms.yaml").write_text(rulepack_yaml(terms, seed), "utf-8")
    (out / "opscheck.yaml").write_text(
        "# Settings of the example company, as in the project's pyproject.toml.\n"
        "company_domains: [qinghe.example.cn]\n",
        "utf-8",
    )
    planted_total: dict[str, int] = dict.fromkeys(DEFAULT_RATES, 0)
    planted_drafts: dict[str, int] = dict.fromkeys(DEFAULT_RATES, 0)
    files: list[dict[str, object]] = []
    total_bytes = 0
    made_dirs: set[str] = set()
    for index in range(drafts):
        draft = make_draft(seed, index, rates)
        path = out / draft.path
        if path.parent.name not in made_dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(path.parent.name)
        data = draft.text.encode("utf-8")
        path.write_bytes(data)
        total_bytes += len(data)
        for item in draft.planted:
            planted_total[item.kind] += 1
        for kind in {item.kind for item in draft.planted}:
            planted_drafts[kind] += 1
        if draft.planted:
            files.append({"path": draft.path, "planted": [[p.kind, p.text] for p in draft.planted]})
        if progress is not None and index % 1000 == 999:
            progress(index + 1)
    manifest: dict[str, object] = {
        "generator": "bench/generate.py",
        "seed": seed,
        "drafts": drafts,
        "bytes": total_bytes,
        "average_bytes": round(total_bytes / drafts) if drafts else 0,
        "terms": terms,
        "policies_from": "project" if source != FALLBACK_POLICIES else "fallback",
        "rates": rates or DEFAULT_RATES,
        "planted": planted_total,
        "planted_drafts": planted_drafts,
        "files": files,
    }
    (out / "bench-manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    return manifest


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("out", type=Path, help="folder to write the repository to (replaced)")
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--terms", type=int, default=300)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    manifest = write_repository(args.out, drafts=args.drafts, terms=args.terms, seed=args.seed)
    print(
        f"{args.out}: {manifest['drafts']} drafts, {manifest['bytes']} bytes "
        f"(average {manifest['average_bytes']}), {args.terms} terms, "
        f"planted {manifest['planted']}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
