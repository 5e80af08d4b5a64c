"""Messages of the draft rules."""

MESSAGES: dict[str, tuple[str, str]] = {
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
}
