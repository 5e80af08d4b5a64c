"""Messages of the draft rules."""

MESSAGES: dict[str, tuple[str, str]] = {
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
