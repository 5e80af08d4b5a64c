"""Messages of the ``input/*``, ``schema/*`` and ``suppression/*`` rules."""

MESSAGES: dict[str, tuple[str, str]] = {
    # input/encoding
    "input/encoding#summary": ("文件不是 UTF-8 文本", "File is not UTF-8 text"),
    "input/encoding": (
        "文件不是 UTF-8 编码（第一个无法解码的字节是 {byte}）；请在编辑器里以 UTF-8 重新保存。",
        "File is not UTF-8 (first undecodable byte {byte}); save it again as UTF-8.",
    ),
    "input/encoding#invalid": (
        "文件不是 UTF-8 编码（第一个无法解码的字节是 {byte}）；请在编辑器里以 UTF-8 重新保存。",
        "File is not UTF-8 (first undecodable byte {byte}); save it again as UTF-8.",
    ),
    "input/encoding#gb18030": (
        "文件看起来是 GB18030（GBK）编码，不是 UTF-8；请转换后再提交："
        "iconv -f GB18030 -t UTF-8 原文件 -o 新文件。",
        "File looks GB18030 (GBK) encoded, not UTF-8; convert it before committing: "
        "iconv -f GB18030 -t UTF-8 FILE -o NEW_FILE.",
    ),
    "input/encoding#utf16": (
        "文件是 UTF-16 编码，不是 UTF-8；请转换后再提交：iconv -f UTF-16 -t UTF-8 原文件 -o 新文件。",
        "File is UTF-16 encoded, not UTF-8; convert it: iconv -f UTF-16 -t UTF-8 FILE -o NEW_FILE.",
    ),
    "input/encoding#binary": (
        "文件含有 NUL 字节，是二进制文件而不是文本；请确认没有把图片或文档错放成 .md/.yaml 文件。",
        "File contains NUL bytes: it is binary, not text; check that no image or document "
        "was saved as a .md/.yaml file.",
    ),
    # input/yaml-syntax
    "input/yaml-syntax#summary": ("YAML 语法错误", "YAML syntax error"),
    "input/yaml-syntax": (
        "YAML 语法错误：{problem}；请检查这一行附近的缩进、冒号和括号。",
        "YAML syntax error: {problem}; check indentation, colons and brackets near this line.",
    ),
    "input/yaml-syntax#multi-doc": (
        "一个文件里只能有一个 YAML 文档；请删掉多余的 `---`，或把内容拆成两个文件。",
        "A file may hold only one YAML document; remove the extra `---` or split the file.",
    ),
    "yaml.flow-sequence": (
        "方括号 [ ] 里缺少逗号，或者 ] 没有闭合",
        "a missing comma or closing ] in a [ ] list",
    ),
    "yaml.flow-mapping": (
        "花括号 { } 里缺少逗号，或者 } 没有闭合",
        "a missing comma or closing }} in a {{ }} mapping",
    ),
    "yaml.mapping-value": (
        "这里不能出现「键: 值」：多半是缩进不对，或值里有没加引号的冒号",
        "a 'key: value' is not allowed here: wrong indentation, or an unquoted colon in a value",
    ),
    "yaml.colon": ("缺少冒号", "a colon is missing"),
    "yaml.key": (
        "缩进不一致，这一行和上面的键没有对齐",
        "inconsistent indentation: this line does not line up with the keys above",
    ),
    "yaml.dash": ("列表项缩进不一致", "inconsistent indentation of list items"),
    "yaml.bad-start": (
        "这里有不能开头的字符（YAML 不能用制表符缩进）",
        "a character that cannot start a value here (YAML cannot be indented with tabs)",
    ),
    "yaml.eof": (
        "文件意外结束：有引号或括号没有闭合",
        "unexpected end of file: a quote or bracket is not closed",
    ),
    "yaml.node": ("缺少值", "a value is missing"),
    "yaml.escape": (
        "双引号字符串里有无法识别的转义（\\ 后面的字符）",
        "an unknown escape (after \\) in a double-quoted string",
    ),
    "yaml.alias": ("引用了未定义的别名", "an alias that is not defined"),
    "yaml.control": ("文件里有 YAML 不允许的控制字符", "a control character YAML does not allow"),
    # input/duplicate-key
    "input/duplicate-key#summary": ("映射里重复出现同一个键", "A mapping repeats a key"),
    "input/duplicate-key": (
        "键「{key}」在第 {first_line} 行已经出现过；YAML 只会保留最后一个值，请删掉或合并其中一个。",
        "Key '{key}' already appears on line {first_line}; YAML keeps only the last value, "
        "so remove or merge one of them.",
    ),
    # input/unsafe-yaml
    "input/unsafe-yaml#summary": (
        "不安全或超出上限的输入（python 标签、别名炸弹、过深嵌套、超大文件）",
        "Unsafe or oversized input (python tags, alias bombs, deep nesting, huge files)",
    ),
    "input/unsafe-yaml": (
        "不安全的 YAML；请只使用普通的映射、列表和值。",
        "Unsafe YAML; use plain mappings, lists and values only.",
    ),
    "input/unsafe-yaml#python-tag": (
        "不允许使用 python 标签 {tag}：opscheck 不会执行它，请改成普通的 YAML 值。",
        "Python tag {tag} is not allowed: opscheck never runs it; write a plain YAML value.",
    ),
    "input/unsafe-yaml#unknown-tag": (
        "未知的 YAML 标签 {tag}：已按普通值读取；请删掉标签。",
        "Unknown YAML tag {tag}: read as a plain value; remove the tag.",
    ),
    "input/unsafe-yaml#expansion": (
        "别名展开后多出超过 {limit} 个节点（疑似别名炸弹），文件未读取；请不要嵌套使用锚点和别名。",
        "Aliases expand to more than {limit} extra nodes (an alias bomb?); the file was not read. "
        "Do not nest anchors and aliases.",
    ),
    "input/unsafe-yaml#alias": (
        "别名 *{anchor} 指向未定义或正在定义的锚点（可能是自引用），文件未读取。",
        "Alias *{anchor} refers to an undefined or enclosing anchor (self-reference?); "
        "the file was not read.",
    ),
    "input/unsafe-yaml#depth": (
        "嵌套超过 {limit} 层，文件未读取；请把结构拉平。",
        "Nesting deeper than {limit} levels; the file was not read. Flatten the structure.",
    ),
    "input/unsafe-yaml#too-large": (
        "文件有 {size} 字节，超过上限 {limit} 字节，未检查；请拆分文件，或在配置里调高 max_file_bytes。",
        "File is {size} bytes, over the {limit}-byte limit, and was not checked; split it or "
        "raise max_file_bytes in the configuration.",
    ),
    # input/front-matter
    "input/front-matter#summary": (
        "草稿缺少 front matter、没有闭合或不是映射",
        "Draft front matter missing, unclosed or not a mapping",
    ),
    "input/front-matter": ("front matter 有误。", "Front matter is invalid."),
    "input/front-matter#missing": (
        "草稿没有 front matter；请在第一行写 `---`，接着写平台、账号、作者、状态等字段，再用一行 `---` 结束。",
        "Draft has no front matter; start the file with `---`, then platform, account, author, "
        "status and the other fields, and end with another `---` line.",
    ),
    "input/front-matter#unclosed": (
        "front matter 没有闭合：找不到结束的 `---` 行；请在字段之后、正文之前加一行 `---`。",
        "Front matter is not closed: no ending `---` line; add one after the fields, before "
        "the body.",
    ),
    "input/front-matter#not-mapping": (
        "front matter 必须是「键: 值」的映射，现在是 {type}；请逐行写成 `platform: weibo` 这样的字段。",
        "Front matter must be a key: value mapping, not {type}; write fields such as "
        "`platform: weibo`, one per line.",
    ),
    # input/unreadable
    "input/unreadable#summary": ("文件无法读取", "File cannot be read"),
    "input/unreadable": (
        "无法读取文件：{reason}；请检查文件权限。",
        "Cannot read the file: {reason}; check its permissions.",
    ),
    "input/unreadable#outside-link": (
        "这是指向仓库之外（或循环）的符号链接，opscheck 不会跟随它；请把文件本身放进仓库。",
        "This symbolic link leaves the repository (or loops); opscheck does not follow it. "
        "Put the file itself in the repository.",
    ),
    "input/unreadable#not-file": (
        "这不是普通文件（可能是管道、设备或目录），未检查。",
        "Not a regular file (a pipe, device or directory?); not checked.",
    ),
    # schema/unknown-kind
    "schema/unknown-kind#summary": ("制度文件缺少或写错了 kind", "Policy kind missing or unknown"),
    "schema/unknown-kind": (
        "未知的 kind「{kind}」；可选值：{allowed}。",
        "Unknown kind '{kind}'; allowed: {allowed}.",
    ),
    "schema/unknown-kind#guess": (
        "未知的 kind「{kind}」，是不是想写「{guess}」？可选值：{allowed}。",
        "Unknown kind '{kind}'; did you mean '{guess}'? Allowed: {allowed}.",
    ),
    "schema/unknown-kind#missing": (
        "制度文件缺少 kind；请在第一行写 `kind:`（可选值：{allowed}），第二行写 `version: 1`。",
        "Policy file has no kind; start it with `kind:` (one of {allowed}) and `version: 1`.",
    ),
    "schema/unknown-kind#not-mapping": (
        "制度文件必须是「键: 值」的映射，并以 `kind:`（可选值：{allowed}）开头。",
        "A policy file must be a key: value mapping starting with `kind:` (one of {allowed}).",
    ),
    # schema/invalid
    "schema/invalid#summary": ("字段不符合 JSON Schema", "A field does not match the JSON Schema"),
    "schema/invalid": ("「{field}」不符合要求。", "'{field}' is not valid."),
    "schema/invalid#type": (
        "「{field}」应为{expected}，现在是{actual}。",
        "'{field}' must be {expected}, not {actual}.",
    ),
    "schema/invalid#enum": (
        "「{field}」的值「{value}」不在允许范围内；可选值：{allowed}。",
        "'{field}' is '{value}', which is not allowed; allowed: {allowed}.",
    ),
    "schema/invalid#enum-guess": (
        "「{field}」的值「{value}」不在允许范围内，是不是想写「{guess}」？可选值：{allowed}。",
        "'{field}' is '{value}', which is not allowed; did you mean '{guess}'? Allowed: {allowed}.",
    ),
    "schema/invalid#required": (
        "「{field}」缺少必填字段「{name}」。",
        "'{field}' lacks the required field '{name}'.",
    ),
    "schema/invalid#additional": (
        "「{field}」里不允许有字段「{name}」；允许的字段：{allowed}（自定义字段请以 x- 开头）。",
        "'{field}' may not hold '{name}'; allowed fields: {allowed} (prefix custom fields with x-).",
    ),
    "schema/invalid#additional-guess": (
        "「{field}」里不允许有字段「{name}」，是不是想写「{guess}」？",
        "'{field}' may not hold '{name}'; did you mean '{guess}'?",
    ),
    "schema/invalid#minimum": (
        "「{field}」的值 {value} 小于下限 {limit}。",
        "'{field}' is {value}, below the minimum {limit}.",
    ),
    "schema/invalid#maximum": (
        "「{field}」的值 {value} 大于上限 {limit}。",
        "'{field}' is {value}, above the maximum {limit}.",
    ),
    "schema/invalid#exclusiveMinimum": (
        "「{field}」的值 {value} 必须大于 {limit}。",
        "'{field}' is {value}; it must be greater than {limit}.",
    ),
    "schema/invalid#exclusiveMaximum": (
        "「{field}」的值 {value} 必须小于 {limit}。",
        "'{field}' is {value}; it must be less than {limit}.",
    ),
    "schema/invalid#minLength": (
        "「{field}」至少要有 {limit} 个字符。",
        "'{field}' needs at least {limit} characters.",
    ),
    "schema/invalid#maxLength": (
        "「{field}」最多 {limit} 个字符。",
        "'{field}' may have at most {limit} characters.",
    ),
    "schema/invalid#minItems": (
        "「{field}」至少要有 {limit} 项，现在有 {count} 项。",
        "'{field}' needs at least {limit} items; it has {count}.",
    ),
    "schema/invalid#maxItems": (
        "「{field}」最多 {limit} 项，现在有 {count} 项。",
        "'{field}' may have at most {limit} items; it has {count}.",
    ),
    "schema/invalid#minProperties": (
        "「{field}」至少要有 {limit} 个字段。",
        "'{field}' needs at least {limit} fields.",
    ),
    "schema/invalid#maxProperties": (
        "「{field}」最多 {limit} 个字段。",
        "'{field}' may have at most {limit} fields.",
    ),
    "schema/invalid#uniqueItems": (
        "「{field}」的值「{value}」重复了；列表里每项只能出现一次。",
        "'{field}' repeats '{value}'; each item may appear only once.",
    ),
    "schema/invalid#pattern": (
        "「{field}」的值「{value}」格式不对：应为{hint}。",
        "'{field}' is '{value}', which has the wrong form: use {hint}.",
    ),
    "schema/invalid#format": (
        "「{field}」的值「{value}」格式不对：应为{hint}。",
        "'{field}' is '{value}', which has the wrong form: use {hint}.",
    ),
    "schema/invalid#propertyNames": (
        "「{field}」这个名字不符合要求。",
        "The name '{field}' is not allowed.",
    ),
    "schema/invalid#shape": (
        "「{field}」不符合要求：{description}",
        "'{field}' is not valid: {description}",
    ),
    # suppression
    "suppression/no-reason#summary": (
        "抑制注释没有写理由",
        "A suppression comment gives no reason",
    ),
    "suppression/no-reason": (
        "抑制注释必须写明理由，例如 `{example}`；没有理由的注释不会生效。",
        "A suppression comment must give a reason, e.g. `{example}`; without one it has no effect.",
    ),
    "suppression/no-reason#no-rule": (
        "抑制注释没有写要抑制的规则编号，例如 `{example}`。",
        "The suppression comment names no rule, e.g. `{example}`.",
    ),
    "suppression/unused#summary": (
        "抑制注释没有抑制任何问题",
        "A suppression comment suppressed nothing",
    ),
    "suppression/unused": (
        "这条抑制注释没有抑制任何「{rule}」问题；问题已经解决的话请删掉它。",
        "This comment suppressed no '{rule}' finding; if the problem is gone, remove it.",
    ),
    "suppression/unused#unknown": (
        "抑制注释里的规则「{rule}」不存在；运行 `opscheck rules` 查看规则编号。",
        "The comment names rule '{rule}', which does not exist; run `opscheck rules` for the ids.",
    ),
    "suppression/unused#unsuppressible": (
        "规则「{rule}」在配置里设为不可用注释抑制（unsuppressible），这条注释无效；"
        "请修改内容，或由负责人通过评审修改配置。",
        "Rule '{rule}' is configured as unsuppressible, so this comment has no effect; change the "
        "content, or have the owners change the configuration through review.",
    ),
}
