"""Messages of the draft rules."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- advertising law, labels, privacy ---
    "ad-law/absolute-term#summary": (
        "绝对化用语与“第一、唯一、领先”类说法（《广告法》第九条第（三）项），按语境排除序数、理念、自家比较等用法",
        "Absolute terms and 'first/only/leading' claims (Advertising Law Art. 9(3)), judged in context",
    ),
    "ad-law/absolute-term": (
        "「{term}」是绝对化用语（{basis}）；请改为可以证明的具体描述，例如写明检测数据和条件，或与自家上一代产品比较",
        "“{term}” is an absolute term ({basis}); write a specific, provable description instead, such as a measured figure with its test conditions or a comparison with your own previous model",
    ),
    "ad-law/absolute-term#ranking": (
        "「{term}」是排名或“第一、唯一、领先”类说法（{basis}），没有登记证据不得使用；确有依据的，在 front matter 的 evidence 中登记说法、来源、期间和地域，并在正文写明统计期间、地域和数据来源，否则请删除",
        "“{term}” is a ranking or 'first/only/leading' claim ({basis}) and needs evidence; if it is true, record the claim, source, period and region under evidence in the front matter and state the period, region and data source in the text, otherwise remove it",
    ),
    "ad-law/absolute-term#award": (
        "「{term}」出现在奖项或称号中（{basis}）；请写出奖项全称、颁发机构和年份，并在 front matter 的 evidence 中登记证书来源，否则请删除",
        "“{term}” appears in an award or title ({basis}); give the award's full name, the awarding body and the year, and record the certificate under evidence in the front matter, otherwise remove it",
    ),
    "ad-law/absolute-term#evidenced": (
        "「{term}」已在 evidence 中登记依据（来源：{source}）；发布前请确认正文写明统计期间（{period}）、地域（{region}）和数据来源，并由法务核对证据原件",
        "“{term}” has evidence recorded (source: {source}); before publishing, make sure the text states the period ({period}), the region ({region}) and the data source, and have legal check the original evidence",
    ),
    "ad-law/absolute-term#evidence-incomplete": (
        "「{term}」在 evidence 中登记的依据缺少{missing}；《广告绝对化用语执法指南》只允许有明确期间、地域且能够证明的排名，请补全后由法务核对，否则请删除这一说法",
        "the evidence recorded for “{term}” lacks {missing}; the enforcement guide on absolute terms allows only provable rankings with a stated period and region, so complete it and have legal check it, or remove the claim",
    ),
    "ad-law/efficacy-guarantee#summary": (
        "功效、疗效、收益、考试结果的保证，以及非医疗产品宣称预防或治疗疾病（《广告法》第十六至十八条、第二十四至二十六条、第二十八条）",
        "Guarantees of efficacy, cure, returns or exam results, and disease claims for non-medical goods (Advertising Law Arts. 16-18, 24-26, 28)",
    ),
    "ad-law/efficacy-guarantee": (
        "「{term}」是对效果的保证（{basis}）；请删除保证性说法，改为写明测试条件和数据来源的客观描述",
        "“{term}” guarantees a result ({basis}); remove the guarantee and describe the effect objectively, with test conditions and the data source",
    ),
    "ad-law/efficacy-guarantee#guarantee": (
        "「{term}」是对功效或安全的保证（{basis}）；请删除保证性说法，改为写明测试条件和数据来源的客观描述，例如“在 30 m³ 测试舱内运行 60 分钟，甲醛去除率 92%（检测报告编号见详情页）”",
        "“{term}” guarantees efficacy or safety ({basis}); remove the guarantee and state an objective result with its test conditions and data source instead",
    ),
    "ad-law/efficacy-guarantee#medical": (
        "「{term}」宣称预防或治疗疾病、使用医疗用语（{basis}）；非医疗、药品、医疗器械的产品不得这样写，请改为产品本身的功能描述，例如“过滤 PM2.5 和花粉”",
        "“{term}” claims to prevent or treat a disease or uses medical terms ({basis}); goods that are not medicines or medical devices must not, so describe what the product itself does instead, such as 'filters PM2.5 and pollen'",
    ),
    "ad-law/efficacy-guarantee#investment": (
        "「{term}」承诺收益或保本（{basis}）；请删除，并写明“投资有风险，选择需谨慎”等风险提示",
        "“{term}” promises returns or capital protection ({basis}); remove it and add a risk warning such as '投资有风险，选择需谨慎'",
    ),
    "ad-law/efficacy-guarantee#education": (
        "「{term}」承诺考试通过、录取、拿证或就业（{basis}）；请删除，改为介绍课程内容和师资",
        "“{term}” promises passing, admission, a certificate or a job ({basis}); remove it and describe the course content and teachers instead",
    ),
    "ad-law/efficacy-guarantee#real-estate": (
        "「{term}」用时间表示距离或承诺升值（{basis}）；请改为实际距离，例如“距地铁站约 800 米”，并删除升值承诺",
        "“{term}” expresses distance as travel time or promises appreciation ({basis}); give the actual distance instead, such as 'about 800 m from the metro station', and remove any appreciation promise",
    ),
    "ad-law/authority-endorsement#summary": (
        "借用国家、国家机关、军队、驰名商标、免检或专家医生名义的背书（《广告法》第九条第（二）（三）项，《商标法》第十四条）",
        "Endorsement by the state, state organs, the military, 'well-known trademark', 'inspection-exempt' or experts and doctors (Advertising Law Art. 9(2)-(3), Trademark Law Art. 14)",
    ),
    "ad-law/authority-endorsement": (
        "「{term}」借用权威名义背书（{basis}）；请删除",
        "“{term}” borrows an authority's endorsement ({basis}); remove it",
    ),
    "ad-law/authority-endorsement#state": (
        "「{term}」借用国家、国家机关或军队的名义（{basis}）；请删除。依法评定的称号（如“国家级高新技术企业”）可以写全称、评定机关和年份",
        "“{term}” uses the name of the state, a state organ or the military ({basis}); remove it. A title awarded under state rules (such as 国家级高新技术企业) may be given with its full name, the awarding body and the year",
    ),
    "ad-law/authority-endorsement#trademark": (
        "「{term}」不得用于广告宣传（{basis}）；请删除，需要时写注册商标本身",
        "“{term}” must not be used in advertising ({basis}); remove it and, if needed, show the registered trademark itself",
    ),
    "ad-law/authority-endorsement#exemption": (
        "「{term}」：产品免检制度已经取消，宣称免检属于虚假宣传（{basis}）；请删除，改写实际通过的检测或认证及其编号",
        "“{term}”: the inspection-exemption scheme has been abolished, so the claim is false ({basis}); remove it and name the tests or certifications actually passed, with their numbers",
    ),
    "ad-law/authority-endorsement#endorsement": (
        "「{term}」以专家、医生或权威机构的名义推荐（{basis}）；请删除，改为写明检测机构和报告编号的客观数据",
        "“{term}” uses experts, doctors or authorities as endorsers ({basis}); remove it and cite objective data with the testing body and report number instead",
    ),
    "ad/undisclosed#summary": (
        "商业合作或带购买方式的内容没有可见的“广告”标识（《广告法》第十四条、《互联网广告管理办法》第九条）",
        "Paid or shoppable content without a visible 广告 label (Advertising Law Art. 14, Internet Advertising Measures Art. 9)",
    ),
    "ad/undisclosed": (
        "这篇草稿标了 sponsored: true，标题和正文却没有可见的“广告”标识（《广告法》第十四条、《互联网广告管理办法》第九条）；请在标题或正文第一行写明“广告”，例如“【广告】”",
        "this draft is marked sponsored: true but neither title nor text shows a visible 广告 label (Advertising Law Art. 14, Internet Advertising Measures Art. 9); put 广告 in the title or the first line, e.g. 【广告】",
    ),
    "ad/undisclosed#signal": (
        "草稿含有购买方式（{signal}），却没有可见的“广告”标识（《互联网广告管理办法》第九条）；请在标题或正文第一行写明“广告”，例如“【广告】”，并把 sponsored 设为 true",
        "the draft offers a way to buy ({signal}) but shows no visible 广告 label (Internet Advertising Measures Art. 9); put 广告 in the title or the first line, e.g. 【广告】, and set sponsored: true",
    ),
    "ad/undisclosed#wrong-word": (
        "「{word}」不是法定的广告标识，商业内容必须写明“广告”二字（《互联网广告管理办法》第九条）；请在标题或正文第一行加上“【广告】”",
        "“{word}” is not the statutory ad label; commercial content must say 广告 (Internet Advertising Measures Art. 9); add 【广告】 to the title or the first line",
    ),
    "ad/undisclosed#buried": (
        "“广告”标识只出现在正文中间，不够显著（《互联网广告管理办法》第九条要求显著标明）；请移到标题或正文第一行",
        "the 广告 label only appears in the middle of the text, which is not prominent (Internet Advertising Measures Art. 9); move it to the title or the first line",
    ),
    "ai/unlabeled#summary": (
        "ai_generated: true 的草稿没有可见的 AI 生成标识（《人工智能生成合成内容标识办法》第十条、GB 45438-2025）",
        "ai_generated: true without a visible AI-generated label (AI Content Labelling Measures Art. 10, GB 45438-2025)",
    ),
    "ai/unlabeled": (
        "这篇草稿标了 ai_generated: true，标题和正文却没有可见的 AI 生成标识（《人工智能生成合成内容标识办法》第十条）；请在正文开头或结尾写明，例如“本文含 AI 生成内容（配图）”，发布时同时使用平台的 AI 内容声明功能",
        "this draft is marked ai_generated: true but shows no visible AI label (AI Content Labelling Measures Art. 10); say so at the start or end of the text, e.g. '本文含 AI 生成内容（配图）', and use the platform's AI declaration when publishing",
    ),
    "privacy/phone-number#summary": (
        "公开内容里的个人手机号（企业 400/800 号码和配置允许的号码除外，遮盖后的号码只作提示）",
        "Personal mobile numbers in public content (400/800 and configured numbers allowed; masked numbers are only noted)",
    ),
    "privacy/phone-number": (
        "「{number}」是手机号，属于个人信息，未经本人单独同意不得公开（《个人信息保护法》第二十五条）；请删除，或改用企业客服热线（如 400 号码）",
        "“{number}” is a mobile number, personal information that must not be made public without the person's separate consent (PIPL Art. 25); remove it or use the company hotline (such as a 400 number) instead",
    ),
    "privacy/phone-number#masked": (
        "「{number}」是遮盖后的手机号；请确认确有必要展示，并已取得本人同意",
        "“{number}” is a masked mobile number; make sure it needs to be shown and that the person agreed",
    ),
    "privacy/phone-number#landline": (
        "「{number}」看起来是个人或住宅电话；个人电话属于个人信息（《个人信息保护法》第二十五条），请删除，企业总机可以保留",
        "“{number}” looks like a personal or home phone number, which is personal information (PIPL Art. 25); remove it (a company switchboard is fine)",
    ),
    "privacy/id-number#summary": (
        "公开内容里的身份证号（校验码和出生日期都通过时报错；遮盖后的号码只作提示）",
        "Resident ID numbers in public content (error when the check digit and birth date pass; masked numbers are only noted)",
    ),
    "privacy/id-number": (
        "「{number}」是身份证号（校验码和出生日期有效），属于个人信息，不得公开（《个人信息保护法》第二十五条、第二十八条）；请删除，确需展示时遮盖为“110101********1234”的形式",
        "“{number}” is a resident ID number (valid check digit and birth date); it is personal information that must not be made public (PIPL Arts. 25 and 28); remove it, or mask it like 110101********1234 if it must be shown",
    ),
    "privacy/id-number#masked": (
        "「{number}」是遮盖后的身份证号；请确认确有必要展示，并已取得本人同意",
        "“{number}” is a masked resident ID number; make sure it needs to be shown and that the person agreed",
    ),
    "privacy/id-number#bad-check": (
        "「{number}」写在身份证字样后面，但校验码不对，可能是输错的身份证号；即使有误，前 17 位仍暴露出生日期和籍贯，请删除",
        "“{number}” follows an ID-number label but its check digit is wrong, so it may be a mistyped ID number; even so the first 17 digits reveal the birth date and place, so remove it",
    ),
    "privacy/id-number#legacy": (
        "「{number}」看起来是旧式 15 位身份证号；它同样是个人信息，请删除",
        "“{number}” looks like an old 15-digit resident ID number; it is personal information too, so remove it",
    ),
    "privacy/bank-card#summary": (
        "公开内容里的银行卡号（Luhn 校验通过；写在“卡号”等字样后但校验不通过的只作警告）",
        "Bank card numbers in public content (Luhn-valid; a number after a card label that fails Luhn is a warning)",
    ),
    "privacy/bank-card": (
        "「{number}」是银行卡号（Luhn 校验通过），属于敏感个人信息中的金融账户（《个人信息保护法》第二十八条）；请删除，收款信息只通过正式渠道提供",
        "“{number}” is a bank card number (Luhn-valid), a financial account and so sensitive personal information (PIPL Art. 28); remove it and give payment details only through official channels",
    ),
    "privacy/bank-card#unchecked": (
        "「{number}」写在卡号或账户字样后面，看起来是银行卡号（未通过 Luhn 校验，可能是旧卡或输错）；金融账户属于敏感个人信息（《个人信息保护法》第二十八条），请删除",
        "“{number}” follows a card or account label and looks like a bank card number (it fails the Luhn check, so it may be an old card or a typo); financial accounts are sensitive personal information (PIPL Art. 28), so remove it",
    ),
    "privacy/email#summary": (
        "公开内容里的个人邮箱（公司域名及其子域名、service@ 等职能邮箱除外）",
        "Personal e-mail addresses in public content (company domains and their subdomains, and function mailboxes such as service@, are allowed)",
    ),
    "privacy/email": (
        "「{address}」是个人邮箱，属于个人信息（《个人信息保护法》第二十五条）；请改用公司的职能邮箱（如 service@{domain}），或在配置的 company_domains 中加入公司自己的域名",
        "“{address}” is a personal e-mail address, which is personal information (PIPL Art. 25); use a company function mailbox (such as service@{domain}) instead, or add the company's own domain to company_domains in the configuration",
    ),
    "draft/high-risk-needs-legal#summary": (
        "草稿含医疗、金融、功效或保证类表述，却没有法务审批（审批角色可用 legal_roles 配置）",
        "The draft has medical, financial, efficacy or guarantee language but no approval by the legal role (configurable with legal_roles)",
    ),
    "draft/high-risk-needs-legal": (
        "草稿含有高风险表述（{terms}），状态已是 {status}，却没有法务审批；请由 {roles} 审核并在 approvals 中记录，风险等级按 high 处理",
        "the draft has high-risk language ({terms}) and is already {status}, but has no legal approval; have {roles} review it and record the approval, and treat it as risk: high",
    ),
    "draft/high-risk-needs-legal#pending": (
        "草稿含有高风险表述（{terms}），发布前必须经 {roles} 审批（风险等级按 high 处理）；请把表述改为有来源、有条件的事实陈述，并安排法务审核",
        "the draft has high-risk language ({terms}); {roles} must approve it before publication (it counts as risk: high); rewrite the claims as sourced, qualified facts and book a legal review",
    ),
    "draft/high-risk-needs-legal#no-role": (
        "草稿含有高风险表述（{terms}），但组织制度里没有负责法务审核（legal-review）的角色；请在 organization 中设立该角色，或在配置 options 的 legal_roles 中指定",
        "the draft has high-risk language ({terms}) but no role in the organization policy owns legal review (legal-review); add one, or name it in the legal_roles option of the configuration",
    ),
    # --- platforms and workflow ---
    "platform/title-too-long#summary": (
        "标题超过平台的长度上限",
        "Title longer than the platform allows",
    ),
    "platform/title-too-long": (
        "标题 {actual} 个字，超过{platform}的上限 {limit} 个字（每个字符计 1）：请删减 {over} 个字。",
        "The title is {actual} characters, over the {platform_id} limit of {limit} (every character counts 1): cut {over}.",
    ),
    "platform/title-too-long#weighted": (
        "标题按{platform}的加权计数为 {actual}，超过上限 {limit}（中文和全角字符计 2、英文字母和数字计 1，合计除以 2 向上取整）：请缩短标题，或把部分中文换成英文或数字。",
        "The title counts {actual} by the {platform_id} weighted count, over the limit of {limit} (CJK and full-width characters count 2, ASCII characters 1, total halved and rounded up): shorten it.",
    ),
    "platform/title-too-long#bytes": (
        "标题 {actual} 个字节（UTF-8，一个汉字 3 个字节），超过{platform}的上限 {limit} 个字节：请缩短标题。",
        "The title is {actual} bytes in UTF-8 (a Chinese character is 3), over the {platform_id} limit of {limit} bytes: shorten it.",
    ),
    "platform/summary-too-long#summary": (
        "摘要超过平台的长度上限",
        "Summary longer than the platform allows",
    ),
    "platform/summary-too-long": (
        "摘要 {actual} 个字，超过{platform}的上限 {limit} 个字（每个字符计 1）：请删减 {over} 个字。",
        "The summary is {actual} characters, over the {platform_id} limit of {limit} (every character counts 1): cut {over}.",
    ),
    "platform/summary-too-long#weighted": (
        "摘要按{platform}的加权计数为 {actual}，超过上限 {limit}（中文和全角字符计 2、英文字母和数字计 1，合计除以 2 向上取整）：请缩短摘要。",
        "The summary counts {actual} by the {platform_id} weighted count, over the limit of {limit} (CJK and full-width characters count 2, ASCII characters 1, total halved and rounded up): shorten it.",
    ),
    "platform/summary-too-long#bytes": (
        "摘要 {actual} 个字节（UTF-8，一个汉字 3 个字节），超过{platform}的上限 {limit} 个字节：请缩短摘要。",
        "The summary is {actual} bytes in UTF-8 (a Chinese character is 3), over the {platform_id} limit of {limit} bytes: shorten it.",
    ),
    "platform/body-too-long#summary": (
        "正文超过平台的长度上限",
        "Body longer than the platform allows",
    ),
    "platform/body-too-long": (
        "正文 {actual} 个字，超过{platform}的上限 {limit} 个字（按读者看到的文字计，每个字符计 1）：从这里起超出，请删减 {over} 个字。",
        "The body is {actual} characters as readers see them, over the {platform_id} limit of {limit}: it runs over from here; cut {over}.",
    ),
    "platform/body-too-long#tags": (
        "正文连同发布时写进正文的 {tags} 个话题共 {actual} 个字，超过{platform}的上限 {limit} 个字：请删减 {over} 个字或减少话题。",
        "The body with the {tags} topic(s) the platform writes into it is {actual} characters, over the {platform_id} limit of {limit}: cut {over} or drop topics.",
    ),
    "platform/body-too-long#weighted": (
        "正文按{platform}的加权计数为 {actual}，超过上限 {limit}（中文和全角字符计 2、英文字母和数字计 1，合计除以 2 向上取整）：从这里起超出，请删减。",
        "The body counts {actual} by the {platform_id} weighted count, over the limit of {limit}: it runs over from here; cut it down.",
    ),
    "platform/body-too-long#bytes": (
        "正文 {actual} 个字节（UTF-8），超过{platform}的上限 {limit} 个字节：从这里起超出，请删减。",
        "The body is {actual} bytes in UTF-8, over the {platform_id} limit of {limit} bytes: it runs over from here; cut it down.",
    ),
    "platform/missing-title#summary": (
        "平台要求标题，草稿没有写",
        "The platform requires a title and the draft has none",
    ),
    "platform/missing-title": (
        "{platform}发布时必须填写标题，草稿没有 title：请在 front matter 中写上标题，并让它随稿件一起审批。",
        "{platform_id} requires a title and the draft has no title: add one to the front matter so it is approved with the draft.",
    ),
    "platform/missing-title#empty": (
        "{platform}发布时必须填写标题，这里的 title 是空的：请写上标题。",
        "{platform_id} requires a title and this title is empty: write one.",
    ),
    "platform/too-many-hashtags#summary": (
        "话题数量超过平台的上限",
        "More hashtags than the platform allows",
    ),
    "platform/too-many-hashtags": (
        "共有 {count} 个话题（正文和 tags 合计），超过{platform}的上限 {limit} 个：从「{tag}」起的 {over} 个会被丢弃，请删掉与内容关系最弱的话题。",
        "{count} hashtags (body and tags together), over the {platform_id} limit of {limit}: the {over} from '{tag}' on will be dropped; remove the least relevant.",
    ),
    "platform/too-many-hashtags#field": (
        "tags 里有 {count} 个标签，超过{platform}的上限 {limit} 个：从「{tag}」起的 {over} 个填不进标签栏，请删减。",
        "tags lists {count} tags, over the {platform_id} limit of {limit}: the {over} from '{tag}' on will not fit; remove some.",
    ),
    "platform/too-many-hashtags#soft": (
        "共有 {count} 个话题（正文和 tags 合计），超过{platform}建议的 {limit} 个：话题太多会分散注意力，建议从「{tag}」起删减。",
        "{count} hashtags (body and tags together), more than the {limit} advised on {platform_id}: consider removing those from '{tag}' on.",
    ),
    "platform/hashtag-format#summary": (
        "话题的写法不符合平台的习惯",
        "Hashtag written the wrong way for the platform",
    ),
    "platform/hashtag-format#double": (
        "{platform}的话题前后各要一个 #：「{found}」不会形成话题，请改为「{expected}」。",
        "On {platform_id} a topic is wrapped in two # marks: '{found}' is not a topic; write '{expected}'.",
    ),
    "platform/hashtag-format#single": (
        "{platform}的话题只在前面加一个 #，结尾不加：请把「{found}」改为「{expected}」。",
        "On {platform_id} a topic takes one leading # and no closing one: change '{found}' to '{expected}'.",
    ),
    "platform/hashtag-format#fullwidth": (
        "全角的 ＃ 不会形成话题：请把「{found}」改为「{expected}」。",
        "A full-width ＃ does not make a topic: change '{found}' to '{expected}'.",
    ),
    "platform/hashtag-format#field": (
        "{platform}的标签填在投稿页的标签栏，简介里的「{found}」不会成为标签：请把「{name}」移到 front matter 的 tags。",
        "{platform_id} takes tags in the tag field, so '{found}' in the description is not a tag: move '{name}' to the front matter's tags.",
    ),
    "platform/too-many-images#summary": (
        "图片张数超过平台的上限",
        "More images than the platform allows",
    ),
    "platform/too-many-images": (
        "共 {count} 张图片，超过{platform}的上限 {limit} 张：多出的 {over} 张会被丢掉或无法发布，请删减到 {limit} 张以内。",
        "{count} images, over the {platform_id} limit of {limit}: the {over} extra will be dropped or block publishing; keep at most {limit}.",
    ),
    "platform/too-many-images#soft": (
        "共 {count} 张图片，超过{platform}常用的 {limit} 张（上限 {hard} 张）：部分客户端只按 {limit} 张排版，建议精简。",
        "{count} images, more than the {limit} usual on {platform_id} (limit {hard}): some clients lay out only {limit}; consider trimming.",
    ),
    "platform/video-too-long#summary": (
        "视频时长超过平台的上限",
        "Video longer than the platform allows",
    ),
    "platform/video-too-long": (
        "视频 {actual} 秒（约 {actual_minutes} 分钟），超过{platform}的上限 {limit} 秒（{limit_minutes} 分钟）：请剪短 {over} 秒，或拆成上下两集。",
        "The video is {actual} s (about {actual_minutes} min), over the {platform_id} limit of {limit} s ({limit_minutes} min): cut {over} s or split it in two.",
    ),
    "platform/external-link#summary": (
        "在禁止或不鼓励导流的平台上放了外部链接",
        "External link on a platform that forbids or penalises traffic diversion",
    ),
    "platform/external-link": (
        "{platform}禁止站外导流，不得出现外部链接「{url}」：请删除，改用平台内的组件或图片说明。",
        "{platform_id} forbids sending users off the platform: remove the external link '{url}' and use the platform's own features.",
    ),
    "platform/external-link#shop": (
        "{platform}禁止引导到站外店铺，不得出现店铺链接「{url}」：商品请通过平台自己的商城或购物组件挂载。",
        "{platform_id} forbids sending users to outside shops: remove the shop link '{url}' and use the platform's own shop features.",
    ),
    "platform/external-link#discourage": (
        "{platform}不鼓励在内容里放站外链接，强导流会被限流：「{url}」在这里也点不开，建议删除，改用平台的商品或小程序组件。",
        "{platform_id} penalises hard traffic diversion and the link '{url}' is not clickable there: consider removing it and using the platform's own components.",
    ),
    "platform/external-link#shop-discourage": (
        "{platform}不鼓励引导到站外店铺，强导流会被限流：建议删除店铺链接「{url}」，改用平台自己的商城。",
        "{platform_id} penalises sending users to outside shops: consider removing the shop link '{url}' and using the platform's own shop.",
    ),
    "platform/external-link#not-clickable": (
        "{platform}正文里指向「{host}」的链接读者点不开：请把外部网址放到「阅读原文」，正文只链接公众号文章或小程序。",
        "In a {platform_id} article a link to '{host}' cannot be clicked: put external addresses in the 'read more' link and link only articles or mini programs in the body.",
    ),
    "platform/contact-info#summary": (
        "在禁止或不鼓励导流的平台上留了联系方式",
        "Contact details or redirections on a platform that forbids or penalises traffic diversion",
    ),
    "platform/contact-info#mobile": (
        "{platform}禁止站外导流，不得留手机号「{found}」：请删除，引导用户通过平台私信联系。",
        "{platform_id} forbids traffic diversion: remove the mobile number '{found}' and point users to the platform's direct messages.",
    ),
    "platform/contact-info#landline": (
        "{platform}禁止站外导流，不得留电话「{found}」：请删除，引导用户通过平台私信联系。",
        "{platform_id} forbids traffic diversion: remove the phone number '{found}' and point users to the platform's direct messages.",
    ),
    "platform/contact-info#service_number": (
        "{platform}禁止站外导流，企业客服号码「{found}」也不得出现：请删除，引导用户通过平台私信或官方客服组件联系。",
        "{platform_id} forbids traffic diversion, corporate service numbers such as '{found}' included: remove it and point users to direct messages or the official service feature.",
    ),
    "platform/contact-info#email": (
        "{platform}禁止站外导流，不得留邮箱「{found}」：请删除，引导用户通过平台私信联系。",
        "{platform_id} forbids traffic diversion: remove the e-mail address '{found}' and point users to the platform's direct messages.",
    ),
    "platform/contact-info#wechat": (
        "{platform}禁止站外导流，「{found}」是在引导加微信：请删除，引导用户通过平台私信联系。",
        "{platform_id} forbids traffic diversion and '{found}' asks users to add a WeChat account: remove it and point users to direct messages.",
    ),
    "platform/contact-info#qq": (
        "{platform}禁止站外导流，不得留 QQ「{found}」：请删除，引导用户通过平台私信联系。",
        "{platform_id} forbids traffic diversion: remove the QQ contact '{found}' and point users to direct messages.",
    ),
    "platform/contact-info#qr_code": (
        "{platform}禁止站外导流，「{found}」是在引导扫码：请删除这句话和对应的二维码图片。",
        "{platform_id} forbids traffic diversion and '{found}' asks users to scan a QR code: remove it and the QR image.",
    ),
    "platform/contact-info#other_platform": (
        "{platform}禁止站外导流，「{found}」是在引导去其他平台的账号：请删除。",
        "{platform_id} forbids traffic diversion and '{found}' sends users to an account on another platform: remove it.",
    ),
    "platform/contact-info#shop": (
        "{platform}禁止站外导流，「{found}」是在引导去站外店铺：请删除，商品通过平台自己的商城或购物组件挂载。",
        "{platform_id} forbids traffic diversion and '{found}' sends users to an outside shop: remove it and use the platform's own shop features.",
    ),
    "platform/contact-info#mobile-discourage": (
        "{platform}不鼓励在内容里留手机号「{found}」，导流会被限流：建议删除，引导用户私信或使用平台的电话组件。",
        "{platform_id} penalises traffic diversion: consider removing the mobile number '{found}' and using direct messages or the platform's phone feature.",
    ),
    "platform/contact-info#landline-discourage": (
        "{platform}不鼓励在内容里留电话「{found}」，导流会被限流：建议删除，引导用户私信或使用平台的电话组件。",
        "{platform_id} penalises traffic diversion: consider removing the phone number '{found}' and using direct messages or the platform's phone feature.",
    ),
    "platform/contact-info#service_number-discourage": (
        "{platform}不鼓励在内容里留电话「{found}」，导流会被限流：建议改用平台的电话组件。",
        "{platform_id} penalises traffic diversion: consider replacing '{found}' with the platform's phone feature.",
    ),
    "platform/contact-info#email-discourage": (
        "{platform}不鼓励在内容里留邮箱「{found}」，导流会被限流：建议删除，引导用户私信。",
        "{platform_id} penalises traffic diversion: consider removing the e-mail address '{found}' and pointing users to direct messages.",
    ),
    "platform/contact-info#wechat-discourage": (
        "{platform}不鼓励引导加微信，「{found}」会让内容被限流：建议删除，引导用户私信或进平台内的粉丝群。",
        "{platform_id} penalises asking users to add a WeChat account ('{found}'): consider removing it and using direct messages or the platform's fan groups.",
    ),
    "platform/contact-info#qq-discourage": (
        "{platform}不鼓励引导加 QQ，「{found}」会让内容被限流：建议删除，引导用户私信。",
        "{platform_id} penalises asking users to add a QQ contact ('{found}'): consider removing it.",
    ),
    "platform/contact-info#qr_code-discourage": (
        "{platform}不鼓励引导扫码去站外，「{found}」会让内容被限流：建议删除这句话和对应的二维码图片。",
        "{platform_id} penalises QR-code prompts that lead off the platform ('{found}'): consider removing it and the QR image.",
    ),
    "platform/contact-info#other_platform-discourage": (
        "{platform}不鼓励引导去其他平台，「{found}」会让内容被限流：建议删除。",
        "{platform_id} penalises sending users to other platforms ('{found}'): consider removing it.",
    ),
    "platform/contact-info#shop-discourage": (
        "{platform}不鼓励引导去站外店铺，「{found}」会让内容被限流：建议改用平台自己的商城或购物组件。",
        "{platform_id} penalises sending users to outside shops ('{found}'): consider using the platform's own shop features.",
    ),
    "draft/unknown-account#summary": (
        "发布账号不在账号矩阵里",
        "Account not in the account matrix",
    ),
    "draft/unknown-account": (
        "账号「{account}」不在账号矩阵里（policies 中 kind: platforms 的 accounts，共 {count} 个账号）：请改为矩阵中的账号编号，新账号须先登记到矩阵。",
        "Account '{account}' is not in the account matrix (accounts of the kind: platforms policy, {count} accounts): use a matrix account id, or register the new account first.",
    ),
    "draft/unknown-account#guess": (
        "账号「{account}」不在账号矩阵里：是不是「{guess}」？请改为矩阵中的账号编号。",
        "Account '{account}' is not in the account matrix: did you mean '{guess}'?",
    ),
    "draft/platform-mismatch#summary": (
        "草稿的平台与账号所在的平台不一致",
        "Draft platform differs from the account's platform",
    ),
    "draft/platform-mismatch": (
        "账号「{account}」（{name}）在 {account_platform} 上，草稿却写的是 {platform}：请改正 platform 或 account，检查器按平台选择规则。",
        "Account '{account}' ({name}) is on {account_platform} but the draft says {platform}: fix platform or account (the platform decides which rules apply).",
    ),
    "draft/self-approved#summary": ("作者审批了自己的稿件", "The author approved their own draft"),
    "draft/self-approved": (
        "作者 {author} 以 {role} 的身份审批了自己的稿件：按四眼原则，这条审批须由作者以外的人完成。",
        "The author {author} approved their own draft as {role}: under the four-eyes principle someone else must give this approval.",
    ),
    "draft/missing-approval#summary": (
        "已通过、排期或发布的稿件缺少必需的审批",
        "Approved, scheduled or published without every required approval",
    ),
    "draft/missing-approval": (
        "状态为 {status}，但缺少这些岗位的审批：{missing}（账号 {account} 的审批链加上 {risk} 风险要求的岗位）：请补齐审批，或把状态改回 in_review。",
        "Status is {status} but approvals are missing from: {missing_en} (the approval chain of account {account} plus what {risk} risk requires): get them or set the status back to in_review.",
    ),
    "draft/missing-approval#raised": (
        "状态为 {status}，但缺少这些岗位的审批：{missing}。稿件写的是 {declared} 风险，但含有医疗、功效、金融或保证类用语，按 high 风险审批：请补齐审批，或改写这些用语。",
        "Status is {status} but approvals are missing from: {missing_en}. The draft says {declared} risk but contains medical, efficacy, financial or guarantee language, so high-risk approvals apply: get them or rewrite that language.",
    ),
    "draft/missing-approval#self": (
        "状态为 {status}，但缺少这些岗位的审批：{missing}（作者 {author} 本人的审批不算）：请由作者以外的人补齐审批，或把状态改回 in_review。",
        "Status is {status} but approvals are missing from: {missing_en} (the author {author}'s own approval does not count): have someone else approve, or set the status back to in_review.",
    ),
    "draft/missing-approval#raised-self": (
        "状态为 {status}，但缺少这些岗位的审批：{missing}（作者 {author} 本人的审批不算）。稿件含有医疗、功效、金融或保证类用语，按 high 风险审批。",
        "Status is {status} but approvals are missing from: {missing_en} (the author {author}'s own approval does not count). The draft contains medical, efficacy, financial or guarantee language, so high-risk approvals apply.",
    ),
    "draft/approval-too-late#summary": (
        "审批晚于发布前的提前量",
        "Approval later than the lead time before publishing",
    ),
    "draft/approval-too-late": (
        "{role} 的审批（{by}，{at}）晚于截止时间 {deadline}，即发布时间 {publish_at} 前 {hours} 小时，晚了 {late_hours} 小时：请推迟发布时间，或在截止前重新审批。",
        "The {role} approval ({by}, {at}) is after the deadline {deadline}, {hours} hours before publishing at {publish_at}, by {late_hours} h: move publishing later or approve before the deadline.",
    ),
    # --- end of platforms and workflow ---
    # --- style and rule packs ---
    # style/cjk-spacing
    "style/cjk-spacing#summary": (
        "中文与英文、数字之间加空格；%、° 前和全角标点两侧不加空格",
        "Space between Chinese and Latin letters or digits; none before % or ° or around "
        "full-width punctuation",
    ),
    "style/cjk-spacing": (
        "中文与英文、数字之间要加一个空格：把「{before}」写成「{after}」。",
        "Put a space between Chinese and Latin letters or digits: write “{after}”, not “{before}”.",
    ),
    "style/cjk-spacing#unit": (
        "数字与「{sign}」之间不加空格：把「{before}」写成「{after}」。",
        "No space between a number and “{sign}”: write “{after}”, not “{before}”.",
    ),
    "style/cjk-spacing#fullwidth": (
        "全角标点「{mark}」两侧不加空格：把「{before}」写成「{after}」。",
        "No space next to the full-width mark “{mark}”: write “{after}”, not “{before}”.",
    ),
    # style/fullwidth-punctuation
    "style/fullwidth-punctuation#summary": (
        "中文句子用全角标点，省略号写作……，破折号写作——，字母数字用半角",
        "Full-width punctuation in Chinese sentences, …… and —— in Chinese text, half-width "
        "letters and digits",
    ),
    "style/fullwidth-punctuation": (
        "中文句子里要用全角标点：「{before}」中的「{mark}」改为「{fullwidth}」。",
        "Use full-width punctuation in a Chinese sentence: change “{mark}” in “{before}” to "
        "“{fullwidth}”.",
    ),
    "style/fullwidth-punctuation#paren": (
        "中文句子里的括号要用全角：把「{before}」写成「{after}」。",
        "Use full-width parentheses in a Chinese sentence: write “{after}”, not “{before}”.",
    ),
    "style/fullwidth-punctuation#quote": (
        "中文里的引号用弯引号“ ”：把「{before}」写成「{after}」。",
        "Use curly quotes “ ” in Chinese text: write “{after}”, not “{before}”.",
    ),
    "style/fullwidth-punctuation#ellipsis": (
        "中文省略号写作「……」，不写「{mark}」（「{before}」）。",
        "Write the Chinese ellipsis as “……”, not “{mark}” (in “{before}”).",
    ),
    "style/fullwidth-punctuation#dash": (
        "中文破折号写作「——」，不写「{mark}」（「{before}」）。",
        "Write the Chinese dash as “——”, not “{mark}” (in “{before}”).",
    ),
    "style/fullwidth-punctuation#halfwidth": (
        "字母和数字用半角：把「{before}」写成「{after}」。",
        "Use half-width letters and digits: write “{after}”, not “{before}”.",
    ),
    # style/repeated-punctuation
    "style/repeated-punctuation#summary": (
        "不重复使用标点（！！、？？、。。）",
        "No repeated punctuation (！！, ？？, 。。)",
    ),
    "style/repeated-punctuation": (
        "不要重复使用标点表达情绪：把「{before}」改为「{after}」。",
        "Do not repeat punctuation for emphasis: change “{before}” to “{after}”.",
    ),
    # style/proper-noun
    "style/proper-noun#summary": (
        "专有名词使用官方写法和大小写",
        "Proper nouns in their official spelling and case",
    ),
    "style/proper-noun": (
        "「{before}」应写作「{after}」：专有名词使用官方写法和大小写。",
        "Write “{after}”, not “{before}”: proper nouns take their official spelling and case.",
    ),
    # terms/<pack>/<rule>: team rule packs (the pack's own message is used otherwise)
    "terms.pattern-timeout": (
        "规则包 {pack} 的规则 {rule} 的正则表达式在这段文字上超过了 {limit} 秒的时间上限，"
        "这段没有检查；请让规则包维护者简化这个表达式（参见 rules/bad-pattern）。",
        "The regular expression of rule {rule} in rule pack {pack} exceeded its {limit} s time "
        "limit on this text, which was not checked; ask the pack's maintainer to simplify it "
        "(see rules/bad-pattern).",
    ),
    "terms.occurrence-max": (
        "（{scope}中出现 {count} 次，最多 {limit} 次）",
        " ({count} times in the {scope}; at most {limit})",
    ),
    "terms.occurrence-min": (
        "（{scope}中出现 {count} 次，至少 {limit} 次）",
        " ({count} times in the {scope}; at least {limit})",
    ),
    "terms.scope.title": ("标题", "title"),
    "terms.scope.summary": ("摘要", "summary"),
    "terms.scope.tags": ("话题", "tags"),
    "terms.scope.body": ("正文", "body"),
    "terms.scope.heading": ("小标题", "headings"),
    "terms.scope.list": ("列表", "lists"),
    "terms.scope.link_text": ("链接文字", "link text"),
    "terms.scope.all": ("全文", "whole draft"),
    # --- end style and rule packs ---
}
