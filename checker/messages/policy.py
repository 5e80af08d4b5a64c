"""Messages of the policy rules."""

MESSAGES: dict[str, tuple[str, str]] = {
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
