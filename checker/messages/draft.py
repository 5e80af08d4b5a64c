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
}
