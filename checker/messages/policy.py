"""Messages of the policy rules (handbook chapters 1-3)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # strategy/positioning-missing
    "strategy/positioning-missing#summary": (
        "策略文件没有战略定位",
        "The strategy names no positioning",
    ),
    "strategy/positioning-missing": (
        "策略文件还没有战略定位：请在 positionings 里至少写一个定位（id、type、supports），说明社交平台为公司做什么、服务哪条公司战略，再让每个目标通过 positioning 指向它。",
        "The strategy has no positioning: add at least one under positionings (id, type, supports) saying what social media does for the company and which corporate strategy it serves, then point each goal at it with positioning.",
    ),
    # strategy/positioning-unaligned
    "strategy/positioning-unaligned#summary": (
        "战略定位没有写明服务的公司战略（supports）",
        "A positioning does not say which corporate strategy it supports",
    ),
    "strategy/positioning-unaligned": (
        "定位「{id}」没有写它服务哪条公司战略：请在 supports 里用公司内部通用的说法写明，例如「线上直营渠道占比从 30% 提升到 45%」；说不清服务哪条战略的定位应当删掉。",
        "Positioning '{id}' does not say which corporate strategy it serves: state it under supports in the company's own words; a positioning that serves no strategy should be removed.",
    ),
    # goals/not-smart
    "goals/not-smart#summary": (
        "目标不符合 SMART（指出不满足的字母）",
        "A goal is not SMART (names the failing letters)",
    ),
    "goals/not-smart": (
        "目标「{id}」不符合 SMART（未满足 {letters}）。",
        "Goal '{id}' is not SMART (fails {letters}). ",
    ),
    "goals/not-smart#S-missing": (
        "S 具体：没有 statement，请用一句话写清要改变什么、针对谁",
        "S (specific): there is no statement: say in one sentence what changes, for whom",
    ),
    "goals/not-smart#S-vague": (
        "S 具体：「{statement}」太笼统，请写清针对哪些用户、在哪些平台、改变什么",
        "S (specific): '{statement}' is too vague: say which audience, on which platforms, and what changes",
    ),
    "goals/not-smart#M-metric": (
        "M 可衡量：没有写指标 metric（例如「25-35 岁城市用户品牌认知率」）",
        "M (measurable): no metric is given (e.g. 'brand awareness among urban users aged 25-35')",
    ),
    "goals/not-smart#M-target": (
        "M 可衡量：目标值 target 应为一个数字，现在是「{value}」",
        "M (measurable): target must be a number, not '{value}'",
    ),
    "goals/not-smart#M-target-missing": (
        "M 可衡量：没有写目标值 target（一个数字，例如 30）",
        "M (measurable): no target is given (a number, e.g. 30)",
    ),
    "goals/not-smart#M-unit": (
        "M 可衡量：没有写单位 unit（例如 %、人/季度）",
        "M (measurable): no unit is given (e.g. %, people per quarter)",
    ),
    "goals/not-smart#A-baseline": (
        "A 可实现：没有写基线 baseline，无法判断目标值是否建立在现状之上，请先补测当前值",
        "A (achievable): no baseline is given, so nobody can tell whether the target builds on today's value: measure it first",
    ),
    "goals/not-smart#A-up": (
        "A 可实现：目标值 {target} 是基线 {baseline} 的 {ratio} 倍，超过合理倍数 {multiple} 倍，请核实基线，或把目标拆成分阶段的里程碑",
        "A (achievable): the target {target} is {ratio} times the baseline {baseline}, more than the plausible {multiple} times, so check the baseline or split the goal into staged milestones",
    ),
    "goals/not-smart#A-down": (
        "A 可实现：目标值 {target} 只有基线 {baseline} 的 {ratio} 分之一，降幅超过合理倍数 {multiple} 倍，请核实基线，或把目标拆成分阶段的里程碑",
        "A (achievable): the target {target} is 1/{ratio} of the baseline {baseline}, a cut of more than the plausible {multiple} times, so check the baseline or split the goal into staged milestones",
    ),
    "goals/not-smart#A-range": (
        "A 可实现：从基线 {baseline} 到目标值 {target} 的变化超过基线绝对值的 {multiple} 倍，请核实基线，或把目标拆成分阶段的里程碑",
        "A (achievable): moving from the baseline {baseline} to the target {target} is more than {multiple} times the baseline's size, so check the baseline or split the goal into staged milestones",
    ),
    "goals/not-smart#R-missing": (
        "R 相关：没有写 positioning，请填它服务的战略定位的 id（现有定位：{known}）",
        "R (relevant): no positioning is given: name the id of the positioning it serves (defined: {known})",
    ),
    "goals/not-smart#R-unknown": (
        "R 相关：positioning「{positioning}」不是已定义的战略定位（现有定位：{known}）",
        "R (relevant): positioning '{positioning}' is not a defined positioning (defined: {known})",
    ),
    "goals/not-smart#R-unknown-guess": (
        "R 相关：positioning「{positioning}」不是已定义的战略定位，是不是想写「{guess}」？",
        "R (relevant): positioning '{positioning}' is not a defined positioning: did you mean '{guess}'?",
    ),
    "goals/not-smart#T-missing": (
        "T 有时限：没有截止日期 deadline，请写成 YYYY-MM-DD，例如 2027-12-31",
        "T (time-bound): no deadline is given: write it as YYYY-MM-DD, e.g. 2027-12-31",
    ),
    "goals/not-smart#T-invalid": (
        "T 有时限：截止日期「{value}」不是日期，请写成 YYYY-MM-DD，例如 2027-12-31",
        "T (time-bound): the deadline '{value}' is not a date: write it as YYYY-MM-DD, e.g. 2027-12-31",
    ),
    # goals/too-many
    "goals/too-many#summary": (
        "活跃目标超过上限（max_goals）",
        "More active goals than the ceiling (max_goals)",
    ),
    "goals/too-many": (
        "活跃目标有 {count} 个，超过上限 {limit} 个（配置项 max_goals），从目标「{id}」开始超出；请把已完成或放弃的目标改为 done 或 dropped，或把新目标移到下一季度的候选清单。",
        "There are {count} active goals, more than the ceiling of {limit} (max_goals), starting with goal '{id}'; mark finished or abandoned goals done or dropped, or move new ones to next quarter's candidate list.",
    ),
    # goals/no-stakeholders
    "goals/no-stakeholders#summary": (
        "目标没有记录参与确认的部门",
        "A goal records no department that agreed to it",
    ),
    "goals/no-stakeholders": (
        "目标「{id}」没有记录参与确认的部门：请先与相关部门确认口径和目标值，再在 stakeholders 里写上它们，例如 [sales, marketing]。",
        "Goal '{id}' records no department that agreed to it: agree its definition and target with the departments concerned, then list them under stakeholders, e.g. [sales, marketing].",
    ),
    # goals/deadline-passed
    "goals/deadline-passed#summary": (
        "活跃目标已过截止日期",
        "An active goal is past its deadline",
    ),
    "goals/deadline-passed": (
        "目标「{id}」的截止日期 {deadline} 已经过去 {days} 天（今天是 {today}），状态仍是 active：请复盘后改为 done（已达成）或 dropped（已放弃），延期的要与相关部门确认新的截止日期。",
        "Goal '{id}' passed its deadline {deadline} {days} days ago (today is {today}) and is still active: review it and mark it done or dropped, or agree a new deadline with the departments concerned.",
    ),
    # principles/missing
    "principles/missing#summary": (
        "缺少核心运营原则，或原则没有具体做法",
        "A core principle is missing or has no practices",
    ),
    "principles/missing": (
        "缺少核心原则「{id}」：请在 principles 里加上它，并至少写一项具体做法。",
        "Core principle '{id}' is missing: add it under principles with at least one concrete practice.",
    ),
    "principles/missing#absent": (
        "缺少核心原则「{id}」：五条核心原则（user_oriented、value_delivery、authenticity、continuous_innovation、data_driven）都要写，请在 principles 里加上 id: {id}，并至少写一项可以检查的具体做法。",
        "Core principle '{id}' is missing: all five (user_oriented, value_delivery, authenticity, continuous_innovation, data_driven) are required; add id: {id} under principles with at least one checkable practice.",
    ),
    "principles/missing#empty": (
        "核心原则「{id}」没有具体做法：请在 practices 里至少写一项新同事读完就能照做的行为，例如「评论区高频问题每周汇总，至少转化为一篇答疑内容」。",
        "Core principle '{id}' lists no practices: add at least one behaviour a new colleague could follow tomorrow under practices.",
    ),
    # org/reporting-cycle
    "org/reporting-cycle#summary": ("汇报线成环", "Reporting lines form a cycle"),
    "org/reporting-cycle": (
        "汇报线成环：{cycle}。环上的岗位互为上级，出了问题没有最终拍板的人；请把其中一个岗位的 reports_to 改为真正的上级，上级在团队之外时写 null。",
        "Reporting lines form a cycle: {cycle}. Nobody on it has the final say; change the reports_to of one of these roles to its real manager, or to null where the line leaves the team.",
    ),
    "org/reporting-cycle#self": (
        "岗位「{role}」向自己汇报（{cycle}）：请把 reports_to 改为它真正的上级岗位，上级在团队之外时写 null。",
        "Role '{role}' reports to itself ({cycle}): set reports_to to its real manager's role, or to null where the line leaves the team.",
    ),
    # org/unknown-role
    "org/unknown-role#summary": (
        "引用了组织制度里不存在的岗位",
        "A reference names a role the organization does not define",
    ),
    "org/unknown-role": (
        "岗位「{role}」不在组织制度的 roles 里（现有岗位：{known}）。",
        "Role '{role}' is not defined under roles (defined: {known}).",
    ),
    "org/unknown-role#reports-to": (
        "岗位「{owner}」的 reports_to 写的是「{role}」，但组织制度里没有这个岗位（现有岗位：{known}）；上级在团队之外（例如市场副总裁）时请写 null。",
        "Role '{owner}' reports to '{role}', which is not a role (defined: {known}); where the line leaves the team (e.g. to the VP of Marketing) write null.",
    ),
    "org/unknown-role#reports-to-guess": (
        "岗位「{owner}」的 reports_to 写的是「{role}」，但组织制度里没有这个岗位，是不是想写「{guess}」？上级在团队之外时请写 null。",
        "Role '{owner}' reports to '{role}', which is not a role; did you mean '{guess}'? Where the line leaves the team write null.",
    ),
    "org/unknown-role#goal-owner": (
        "目标「{owner}」的负责岗位「{role}」不在组织制度的 roles 里（现有岗位：{known}）；请改为负责这个目标的岗位 id，或先在组织制度里增加这个岗位。",
        "Goal '{owner}' is owned by '{role}', which is not a role (defined: {known}); name the role that owns it, or add that role to the organization first.",
    ),
    "org/unknown-role#goal-owner-guess": (
        "目标「{owner}」的负责岗位「{role}」不在组织制度的 roles 里，是不是想写「{guess}」？",
        "Goal '{owner}' is owned by '{role}', which is not a role; did you mean '{guess}'?",
    ),
    "org/unknown-role#account-owner": (
        "账号「{owner}」的负责岗位「{role}」不在组织制度的 roles 里（现有岗位：{known}）；请改为负责这个账号的岗位 id。",
        "Account '{owner}' is owned by '{role}', which is not a role (defined: {known}); name the role that runs the account.",
    ),
    "org/unknown-role#account-owner-guess": (
        "账号「{owner}」的负责岗位「{role}」不在组织制度的 roles 里，是不是想写「{guess}」？",
        "Account '{owner}' is owned by '{role}', which is not a role; did you mean '{guess}'?",
    ),
    "org/unknown-role#account-approval": (
        "账号「{owner}」的审批链里有「{role}」，但组织制度里没有这个岗位（现有岗位：{known}）；没有人能完成这一步审批，请改为实际审批的岗位 id。",
        "The approval chain of account '{owner}' names '{role}', which is not a role (defined: {known}); nobody can give that approval, so name the role that actually approves.",
    ),
    "org/unknown-role#account-approval-guess": (
        "账号「{owner}」的审批链里有「{role}」，但组织制度里没有这个岗位，是不是想写「{guess}」？",
        "The approval chain of account '{owner}' names '{role}', which is not a role; did you mean '{guess}'?",
    ),
    "org/unknown-role#approval-tier": (
        "{owner} 风险等级的审批岗位「{role}」不在组织制度的 roles 里（现有岗位：{known}）；这一级的稿件将无人能批，请改为实际审批的岗位 id。",
        "The {owner}-risk approval tier names '{role}', which is not a role (defined: {known}); nobody could approve such drafts, so name the role that actually approves.",
    ),
    "org/unknown-role#approval-tier-guess": (
        "{owner} 风险等级的审批岗位「{role}」不在组织制度的 roles 里，是不是想写「{guess}」？",
        "The {owner}-risk approval tier names '{role}', which is not a role; did you mean '{guess}'?",
    ),
    # roles/duty-overlap
    "roles/duty-overlap#summary": (
        "同一项职责由多个岗位负责",
        "A duty is owned by more than one role",
    ),
    "roles/duty-overlap": (
        "职责「{duty}」同时挂在 {roles} 名下；每项职责只能由一个岗位负责到底。请从「{role}」的 duties 里删掉它（参与、协助写进职责矩阵），或者拆成一个新的职责分别负责。",
        "Duty '{duty}' is owned by {roles}; each duty has exactly one accountable role. Remove it from the duties of '{role}' (record helping roles in the duty matrix), or split it into a separate duty.",
    ),
    # roles/duty-gap
    "roles/duty-gap#summary": (
        "必需职责没有任何岗位负责",
        "A required duty is owned by no role",
    ),
    "roles/duty-gap": (
        "必需职责「{duty}」没有任何岗位负责：请把它加到负责到底的那个岗位的 duties 里；如果它已不再必需，从 required_duties 中删掉。",
        "Required duty '{duty}' is owned by no role: add it to the duties of the role accountable for it, or remove it from required_duties if it is no longer required.",
    ),
    "roles/duty-gap#config": (
        "配置要求的必需职责「{duty}」没有任何岗位负责：请把它加到负责到底的那个岗位的 duties 里。",
        "Duty '{duty}', required by the configuration, is owned by no role: add it to the duties of the role accountable for it.",
    ),
    # roles/vacant
    "roles/vacant#summary": (
        "负责职责的岗位人数为 0",
        "A role with duties has a headcount of 0",
    ),
    "roles/vacant": (
        "岗位「{role}」人数为 0，却仍负责 {duties}：请在本周内把这些职责转给其他岗位（在它们的 duties 里加上），或者补上人员后改回实际人数。",
        "Role '{role}' has a headcount of 0 but still owns {duties}: move these duties to other roles this week (add them to their duties), or fill the role and set its real headcount.",
    ),
    # team/no-training-plan
    "team/no-training-plan#summary": ("没有培训计划或培训频率", "No training plan or cadence"),
    "team/no-training-plan": (
        "组织制度没有培训计划：请加上 training_plan，写明频率 cadence（例如 每月）和主题 topics。",
        "The organization has no training plan: add training_plan with a cadence (e.g. monthly) and topics.",
    ),
    "team/no-training-plan#missing": (
        "组织制度没有培训计划：请加上 training_plan，写明频率 cadence（例如 每月）和本周期的主题 topics。",
        "The organization has no training plan: add training_plan with a cadence (e.g. monthly) and this period's topics.",
    ),
    "team/no-training-plan#no-cadence": (
        "培训计划没有写频率：请在 training_plan 里写上 cadence，例如 每月 或 每季度；没有固定频率的培训往往就是没有培训。",
        "The training plan has no cadence: add cadence to training_plan, e.g. monthly or quarterly; training without a fixed cadence tends not to happen.",
    ),
    # collab/missing-department
    "collab/missing-department#summary": (
        "缺少与必需部门的协作机制",
        "No collaboration mechanism with a required department",
    ),
    "collab/missing-department": (
        "没有与{label_zh}（{department}）的协作机制：请在 collaboration 里加一条，写明 department: {department}、固定的机制 mechanism（例如例会、联合项目组、工单流转）和频率 cadence。",
        "There is no collaboration mechanism with {label_en} ({department}): add an entry under collaboration with department: {department}, a fixed mechanism (a regular meeting, a joint project group, a ticket flow) and its cadence.",
    ),
    "collab/missing-department#no-mechanism": (
        "与{label_zh}（{department}）的协作没有写机制：请在 mechanism 里写明固定的做法，例如例会、联合项目组或工单流转，不要写“有事再找”。",
        "The collaboration with {label_en} ({department}) names no mechanism: describe a fixed one under mechanism (a regular meeting, a joint project group, a ticket flow).",
    ),
    # platforms/core-count
    "platforms/core-count#summary": (
        "核心平台不在 1 到 3 个之间",
        "Core platforms not between 1 and 3",
    ),
    "platforms/core-count": (
        "核心平台应当有 {min} 到 {max} 个。",
        "There must be between {min} and {max} core platforms.",
    ),
    "platforms/core-count#none": (
        "还没有核心平台：请从 platforms 里选出 1 到 3 个最重要的平台设为 tier: core，并写上四项评分和选择理由；其余平台设为 pilot 或 distribution。",
        "There is no core platform: choose the 1 to 3 most important platforms under platforms, set tier: core and give them the four scores and a rationale; make the rest pilot or distribution.",
    ),
    "platforms/core-count#too-many": (
        "核心平台有 {count} 个（{platforms}），超过上限 {max} 个：请只保留最重要的 {max} 个为 core，把「{platform}」等其余平台改为 pilot（试点）或 distribution（分发）。",
        "There are {count} core platforms ({platforms}), more than {max}: keep the {max} most important as core and make '{platform}' and the others pilot or distribution.",
    ),
    # platforms/unjustified
    "platforms/unjustified#summary": (
        "核心平台缺少评分和理由，或平均分过低",
        "A core platform lacks scores and a rationale, or scores weakly",
    ),
    "platforms/unjustified": (
        "核心平台「{platform}」缺少选择依据。",
        "Core platform '{platform}' is not justified.",
    ),
    "platforms/unjustified#scores": (
        "核心平台「{platform}」缺少评分 {missing}：请在 selection 里补齐四项 1-5 分的评分（audience_fit、format_fit、goal_support、expected_roi）。",
        "Core platform '{platform}' lacks the scores {missing}: give all four 1-5 scores under selection (audience_fit, format_fit, goal_support, expected_roi).",
    ),
    "platforms/unjustified#rationale": (
        "核心平台「{platform}」没有写选择理由：请在 rationale 里写明为什么选它，最好引用用户画像、竞品或试点数据。",
        "Core platform '{platform}' has no rationale: say why it was chosen under rationale, citing audience data, competitors or pilot results.",
    ),
    "platforms/unjustified#scores-rationale": (
        "核心平台「{platform}」缺少评分 {missing}，也没有写选择理由：请在 selection 里补齐四项 1-5 分的评分，并在 rationale 里写明为什么选它。",
        "Core platform '{platform}' lacks the scores {missing} and a rationale: give all four 1-5 scores under selection and say why it was chosen under rationale.",
    ),
    "platforms/unjustified#weak": (
        "核心平台「{platform}」四项评分的平均分只有 {average}，低于 {threshold}（配置项 weak_score_threshold）：请重新评估，或先把它改为 pilot（试点），用数据证明它值得成为核心平台。",
        "Core platform '{platform}' averages only {average} over its four scores, below {threshold} (weak_score_threshold): re-assess it, or make it a pilot first and let data show it deserves to be core.",
    ),
    # platforms/unknown
    "platforms/unknown#summary": ("平台编号没有对应的平台包", "A platform id that no pack defines"),
    "platforms/unknown": (
        "不认识平台编号「{platform}」：可用的编号有 {known}；如果这是新平台，请先在 policies/ 里写一个 kind: platform 的平台包。",
        "Unknown platform id '{platform}': the known ids are {known}; for a new platform, add a kind: platform pack to policies/ first.",
    ),
    "platforms/unknown#guess": (
        "不认识平台编号「{platform}」，是不是想写「{guess}」？平台一律用检查器的编号（{known}）。",
        "Unknown platform id '{platform}'; did you mean '{guess}'? Use the checker's platform ids ({known}).",
    ),
    # accounts/unverified
    "accounts/unverified#summary": (
        "官方、产品线或区域账号没有企业认证",
        "An official, product-line or regional account is not verified",
    ),
    "accounts/unverified": (
        "{label_zh}「{id}」（{name}）还没有完成平台的企业认证：请用公司主体完成认证后把 verified 改为 true；只有员工个人品牌账号（employee_ip）可以不认证。",
        "The {label_en} '{id}' ({name}) has no enterprise verification: complete the platform's verification in the company's name, then set verified: true; only employee personal-brand accounts (employee_ip) are exempt.",
    ),
    # accounts/duplicate-positioning
    "accounts/duplicate-positioning#summary": (
        "同一平台上两个账号定位相同",
        "Two accounts on one platform share a positioning",
    ),
    "accounts/duplicate-positioning": (
        "账号「{id}」和「{other}」都在 {platform} 上，定位都是「{positioning}」：同一平台的账号会争抢同一批用户，请给「{id}」写一个不同的定位，或者合并这两个账号。",
        "Accounts '{id}' and '{other}' are both on {platform} with the positioning '{positioning}': they would compete for the same audience; give '{id}' a distinct positioning, or merge the two accounts.",
    ),
    # accounts/platform-not-selected
    "accounts/platform-not-selected#summary": (
        "账号所在的平台没有列入平台清单",
        "An account is on a platform not listed under platforms",
    ),
    "accounts/platform-not-selected": (
        "账号「{id}」在 {platform} 上，但平台清单里没有 {platform}（已列入：{selected}）：请先按 3.2 节评估，把它作为 core、pilot 或 distribution 加进 platforms，或者停用这个账号。",
        "Account '{id}' is on {platform}, which is not listed under platforms (listed: {selected}): assess it as in section 3.2 and add it as core, pilot or distribution, or retire the account.",
    ),
    # accounts/no-approval-chain
    "accounts/no-approval-chain#summary": ("账号没有审批链", "An account has no approval chain"),
    "accounts/no-approval-chain": (
        "账号「{id}」没有审批链：低风险稿件将不经任何人审核就能发布。请在 approval 里按顺序列出审批岗位，例如 [content-lead]；作者不能审批自己的稿件。",
        "Account '{id}' has no approval chain: low-risk drafts would go out with nobody reviewing them. List the approving roles in order under approval, e.g. [content-lead]; authors never approve their own drafts.",
    ),
    # rules/stale
    "rules/stale#summary": (
        "规则包或平台包太久没有复核",
        "A rule pack or platform pack was reviewed too long ago",
    ),
    "rules/stale": (
        "「{pack}」上次复核是 {reviewed_on}，已经过去 {days} 天，超过 {limit} 天（配置项 stale_after_days）：请对照来源逐条核对规则，再把 reviewed_on 改为核对当天的日期；不要只改日期。",
        "'{pack}' was last reviewed on {reviewed_on}, {days} days ago, more than {limit} days (stale_after_days): check each rule against its sources, then set reviewed_on to the day you checked; do not just change the date.",
    ),
    "rules/stale#missing": (
        "「{pack}」没有写复核日期：请对照来源逐条核对后，加上 reviewed_on: YYYY-MM-DD（核对当天的日期）；超过 {limit} 天未复核会被提示。",
        "'{pack}' has no review date: check each rule against its sources, then add reviewed_on: YYYY-MM-DD (the day you checked); packs not reviewed for {limit} days are reported.",
    ),
    # rules/no-source
    "rules/no-source#summary": (
        "规则包或平台包没有写来源",
        "A rule pack or platform pack names no source",
    ),
    "rules/no-source": (
        "「{pack}」没有写来源：请在 {key} 里写明规则依据的出处，例如品牌手册的版本、法务意见的日期或平台公告的标题和链接，方便以后复核。",
        "'{pack}' names no source: state under {key} where its rules come from (the brand guide's edition, the date of legal's opinion, a platform notice's title and link) so they can be reviewed later.",
    ),
    # opscheck schema
    "schema.help": (
        "导出制度文件和草稿 front matter 的 JSON Schema（Draft 2020-12），供编辑器和 check-jsonschema 使用。",
        "Export the JSON Schemas (Draft 2020-12) of the policy files and draft front matter for editors and check-jsonschema.",
    ),
    "schema.list-header": (
        "opscheck 自带 {count} 个 JSON Schema（Draft 2020-12）：",
        "opscheck ships {count} JSON Schemas (Draft 2020-12):",
    ),
    "schema.list-footer": (
        "用 `opscheck schema --out {folder}` 把它们写到仓库根目录的 {folder}/ 下（文件名为 <kind>.schema.json），"
        "再在每个制度文件第一行写 `# yaml-language-server: $schema=../{folder}/<kind>.schema.json`，"
        "编辑器就能补全字段并显示中文说明；`opscheck schema KIND` 把一个 Schema 打印到标准输出。",
        "Run `opscheck schema --out {folder}` to write them to {folder}/ at the repository root (as <kind>.schema.json), "
        "then start each policy file with `# yaml-language-server: $schema=../{folder}/<kind>.schema.json` so editors "
        "complete fields and show their descriptions; `opscheck schema KIND` prints one schema to standard output.",
    ),
    "schema.wrote": (
        "已把 {count} 个 Schema 写到 {folder}：",
        "Wrote {count} schemas to {folder}:",
    ),
    "schema.unknown": (
        "没有名为「{kind}」的 Schema；可选：{allowed}。",
        "There is no schema named '{kind}'; choose one of: {allowed}.",
    ),
    "schema.not-dir": (
        "「{path}」已经存在，而且不是目录；请换一个输出目录。",
        "'{path}' exists and is not a directory; choose another output folder.",
    ),
    "schema.write-failed": (
        "无法写入「{path}」：{reason}。",
        "Cannot write to '{path}': {reason}.",
    ),
    # opscheck init
    "init.help": (
        "在目录里生成带中文注释的制度模板（policies/）、一篇示例草稿和 JSON Schema，生成后即可通过 opscheck 检查。",
        "Create annotated policy templates (policies/), one example draft and the JSON Schemas in a folder; they pass opscheck as generated.",
    ),
    "init.exists": (
        "这些文件已经存在，没有改动任何文件：{paths}；确认要覆盖时加 --force。",
        "These files already exist, so nothing was changed: {paths}; add --force to overwrite them.",
    ),
    "init.not-dir": (
        "「{path}」已经存在，而且不是目录。",
        "'{path}' exists and is not a directory.",
    ),
    "init.write-failed": ("无法写入「{path}」：{reason}。", "Cannot write '{path}': {reason}."),
    "init.created": ("已在 {folder} 创建 {count} 个文件：", "Created {count} files in {folder}:"),
    "init.next": (
        "下一步：把模板里的示例内容改成贵团队的实际情况，然后在 {folder} 运行 `opscheck` 检查；"
        "字段说明见 schemas/ 下的 JSON Schema 和手册第 1-3 章。",
        "Next: replace the sample content with your team's own, then run `opscheck` in {folder}; "
        "the fields are described in the JSON Schemas under schemas/ and in handbook chapters 1-3.",
    ),
    # --- style and rule packs ---
    # rules/example-failed
    "rules/example-failed#summary": (
        "规则包里规则的正反例与规则的实际表现不符",
        "A rule-pack rule's own examples do not pass or fail as declared",
    ),
    "rules/example-failed": (
        "规则包 {pack} 的规则 {rule} 的例句与规则的表现不符：「{example}」。",
        "Rule {rule} of rule pack {pack} does not behave as its example says: “{example}”.",
    ),
    "rules/example-failed#fail": (
        "规则包 {pack} 的规则 {rule}（{type}）没有报告应当报告的例句「{example}」；"
        "请检查词语、大小写（case）、匹配方式（match）和检查范围（scopes），或改正这句例句。",
        "Rule {rule} ({type}) of rule pack {pack} does not report its failing example "
        "“{example}”; check its terms, case, match and scopes, or correct the example.",
    ),
    "rules/example-failed#pass": (
        "规则包 {pack} 的规则 {rule}（{type}）报告了不应报告的例句「{example}」"
        "（命中「{match}」）；请收窄规则，或把这句例句移到 fail 里。",
        "Rule {rule} ({type}) of rule pack {pack} reports its passing example “{example}” "
        "(it matches “{match}”); narrow the rule or move the example to fail.",
    ),
    # rules/bad-pattern
    "rules/bad-pattern#summary": (
        "规则包里的正则表达式无法编译、匹配空文字或运行超时",
        "A rule-pack regular expression does not compile, matches empty text or exceeds its "
        "time limit",
    ),
    "rules/bad-pattern": (
        "规则包 {pack} 的规则 {rule} 的正则表达式有问题。",
        "The regular expression of rule {rule} in rule pack {pack} is faulty.",
    ),
    "rules/bad-pattern#compile": (
        "规则包 {pack} 的规则 {rule} 的正则表达式无法编译：{error}；这条规则现在不会检查任何内容。",
        "The regular expression of rule {rule} in rule pack {pack} does not compile: {error}; "
        "the rule checks nothing until it is fixed.",
    ),
    "rules/bad-pattern#empty": (
        "规则包 {pack} 的规则 {rule} 的正则表达式能匹配空文字，在每个位置都会“命中”；"
        "请去掉让整个表达式可有可无的 ?、* 或 {{0,}}。",
        "The regular expression of rule {rule} in rule pack {pack} matches empty text, so it "
        "“matches” everywhere; remove the ?, * or {{0,}} that makes the whole pattern optional.",
    ),
    "rules/bad-pattern#timeout": (
        "规则包 {pack} 的规则 {rule} 的正则表达式在「{sample}」这样的文字上超过了 {limit} 秒的"
        "时间上限（灾难性回溯）；请去掉嵌套的重复，例如把 (a|aa)+ 改为 a+。",
        "The regular expression of rule {rule} in rule pack {pack} exceeds its {limit} s time "
        "limit on text like “{sample}” (catastrophic backtracking); remove nested repetition, "
        "e.g. write a+ instead of (a|aa)+.",
    ),
    # --- end style and rule packs ---
}
