"""Messages of the command line, the engine and the reporters."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.no-such-path": (
        "路径「{path}」不存在；请检查拼写，或在仓库根目录下运行 opscheck。",
        "Path '{path}' does not exist; check the spelling or run opscheck from the repository root.",
    ),
    "cli.unreadable-path": (
        "无法读取路径「{path}」：{reason}。",
        "Cannot read path '{path}': {reason}.",
    ),
    "cli.unknown-rule": (
        "未知的规则「{rule}」（来自 {where}）；运行 `opscheck rules` 查看全部规则编号。",
        "Unknown rule '{rule}' (in {where}); run `opscheck rules` to list every rule id.",
    ),
    "cli.bad-date": (
        "--today 的值「{value}」不是 YYYY-MM-DD 格式的日期。",
        "--today value '{value}' is not a date in YYYY-MM-DD form.",
    ),
    "cli.bad-config": (
        "配置文件 {path} 有误：{reason}",
        "Configuration {path} is invalid: {reason}",
    ),
    "cli.config-unknown-key": (
        "未知的配置项「{key}」；可用的配置项有：{allowed}。",
        "Unknown configuration key '{key}'; allowed keys are: {allowed}.",
    ),
    "cli.config-bad-value": (
        "配置项「{key}」的值不对：{reason}。",
        "Configuration key '{key}' has a bad value: {reason}.",
    ),
    "cli.config-not-found": (
        "找不到配置文件「{path}」。",
        "Configuration file '{path}' not found.",
    ),
    "cli.output-failed": (
        "无法写入输出文件「{path}」：{reason}。",
        "Cannot write output file '{path}': {reason}.",
    ),
    "cli.unknown-format": (
        "未知的输出格式「{name}」；可选：{allowed}。",
        "Unknown output format '{name}'; allowed: {allowed}.",
    ),
    "cli.no-such-rule": (
        "没有编号为「{rule}」的规则；运行 `opscheck rules` 查看全部规则编号。",
        "No rule has the id '{rule}'; run `opscheck rules` to list every rule id.",
    ),
    "cli.fix-write-failed": (
        "无法写入「{path}」（{reason}），这个文件没有改动；请确认文件和所在目录可写，再运行 opscheck --fix。",
        "Cannot write '{path}' ({reason}); the file was left unchanged. Make sure the file and "
        "its folder are writable, then run opscheck --fix again.",
    ),
    "cli.internal-error": (
        "opscheck 内部错误（{error}）；请把这条消息和出错的文件一起报告给维护者。",
        "opscheck internal error ({error}); please report this message with the file involved.",
    ),
    "cli.interrupted": ("已中断。", "Interrupted."),
    "config.nonempty": ("应为非空字符串", "it must be a non-empty string"),
    "config.str-list": (
        '应为字符串列表，例如 ["a", "b"]',
        'it must be a list of strings, e.g. ["a", "b"]',
    ),
    "config.choices": ("可选值为 {allowed}", "allowed values are {allowed}"),
    "config.positive-int": ("应为正整数", "it must be a positive integer"),
    "config.score": ("应为 1 到 5 之间的数", "it must be a number from 1 to 5"),
    "config.multiple": ("应为大于 1 的数", "it must be a number greater than 1"),
    "config.bool": ("应为 true 或 false", "it must be true or false"),
    "config.severity-map": (
        "应为「规则: error/warning/info」的映射",
        "it must map rules to error/warning/info",
    ),
    "config.path-map": (
        "应为「路径模式: [规则, ...]」的映射",
        "it must map path patterns to lists of rules",
    ),
    "config.profile-map": (
        "应为「平台: 发布方式」的映射",
        "it must map platforms to publishing profiles",
    ),
    "config.options-map": (
        "应为「规则: {{选项: 值}}」的映射",
        "it must map rules to {{option: value}} mappings",
    ),
    "config.too-large": (
        "文件有 {size} 字节，超过配置文件的上限 {limit} 字节",
        "the file has {size} bytes, more than the {limit} bytes a configuration may have",
    ),
    "config.too-deep": ("嵌套太深，无法读取", "it is nested too deeply to be read"),
    "config.inside-root": (
        "应为仓库里的相对路径（不能是绝对路径，也不能用 .. 走到仓库外面）",
        "it must be a relative path inside the repository (not absolute, no .. leading out)",
    ),
    "config.max-bytes": (
        "应为 1 到 {limit} 之间的整数（字节）",
        "it must be a whole number of bytes from 1 to {limit}",
    ),
    "cli.folder-outside": (
        "「{path}」指向仓库外面（{target}），opscheck 不会读取仓库以外的文件；请把它换成仓库里的普通目录。",
        "'{path}' leads outside the repository ({target}); opscheck never reads files outside "
        "the repository, so make it a plain folder inside it.",
    ),
    "config.mapping": ("顶层必须是「键: 值」的映射", "the top level must be a key: value mapping"),
    "config.utf8": ("文件不是 UTF-8 编码", "the file is not UTF-8"),
    "config.yaml-at": (
        "第 {line} 行第 {column} 列：{problem}",
        "line {line}, column {column}: {problem}",
    ),
    "report.summary": (
        "检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 个提示。",
        "Checked {files} files: {errors} errors, {warnings} warnings, {infos} infos.",
    ),
    "report.clean": (
        "检查了 {files} 个文件，没有发现问题。",
        "Checked {files} files: no problems found.",
    ),
    "report.would-fix": (
        "--fix 会修复上面 {count} 处问题（{files} 个文件）；这次没有写入任何文件。",
        "--fix would fix the {count} problems above ({files} files); no file was written.",
    ),
    "report.fixed": (
        "已自动修复 {count} 处问题（{files} 个文件）。",
        "Fixed {count} problems in {files} files.",
    ),
    "report.fixable": (
        "其中 {count} 处可以用 `opscheck --fix` 自动修复。",
        "{count} of them can be fixed with `opscheck --fix`.",
    ),
    "report.sarif-fix": (
        "用 `opscheck {flag}` 自动修复",
        "Fix automatically with `opscheck {flag}`",
    ),
    "report.baseline-known": (
        "基线 {path} 中已记录的 {count} 个问题没有显示。",
        "{count} problems already recorded in the baseline {path} are not shown.",
    ),
    "report.baseline-stale": (
        "基线 {path} 里有 {count} 条记录已经不再出现（问题已修复或文件已改名），"
        "可以运行 `opscheck --baseline {path} --update-baseline` 清理：",
        "{count} entries of the baseline {path} no longer match anything (fixed, or the file "
        "was renamed); run `opscheck --baseline {path} --update-baseline` to prune them:",
    ),
    "report.baseline-stale-entry": ("  {path}  {rule}", "  {path}  {rule}"),
    "report.baseline-stale-more": ("  ……另有 {count} 条", "  ... and {count} more"),
    "report.baseline-written": (
        "已把 {count} 个问题写入基线 {path}；以后的运行只报告新出现的问题。",
        "Wrote {count} problems to the baseline {path}; later runs report only new ones.",
    ),
    "cli.baseline-missing": (
        "找不到基线文件「{path}」；第一次使用请加上 --update-baseline 生成它。",
        "Baseline file '{path}' not found; add --update-baseline to create it the first time.",
    ),
    "cli.baseline-bad": (
        "基线文件「{path}」无法使用（{reason}）；请用 --update-baseline 重新生成。",
        "Baseline file '{path}' cannot be used ({reason}); regenerate it with --update-baseline.",
    ),
    "cli.baseline-no-file": (
        "--update-baseline 需要一个文件：写成 --update-baseline FILE，或同时给出 --baseline FILE。",
        "--update-baseline needs a file: use --update-baseline FILE, or give --baseline FILE too.",
    ),
    "cli.baseline-two-files": (
        "--baseline 和 --update-baseline 指向了不同的文件（{first} 和 {second}）；请只给一个。",
        "--baseline and --update-baseline name different files ({first} and {second}); give one.",
    ),
    "cli.baseline-not-updated": (
        "因为本次运行出现内部错误，基线 {path} 没有更新。",
        "The baseline {path} was not updated because the run had internal errors.",
    ),
    "baseline.reason-version": (
        "不是 version 为 1 的 opscheck 基线文件",
        "it is not an opscheck baseline with version 1",
    ),
    "baseline.reason-findings": (
        "findings 应为由 path、rule、hash 组成的记录列表",
        "findings must be a list of entries with path, rule and hash",
    ),
    "cli.bad-jobs": (
        "--jobs 的值「{value}」不是正整数。",
        "--jobs value '{value}' is not a positive integer.",
    ),
    "severity.error": ("错误", "error"),
    "severity.warning": ("警告", "warning"),
    "severity.info": ("提示", "info"),
    "rules.header": (
        "共 {count} 条规则（编号、默认级别、手册章节、可自动修复、说明）：",
        "{count} rules (id, default severity, handbook section, fixable, summary):",
    ),
    "explain.severity": ("默认级别", "Default severity"),
    "explain.handbook": ("手册章节", "Handbook section"),
    "explain.fixable": ("自动修复", "Fixable"),
    "explain.fix-safe": ("可以（安全修复，--fix 会应用）", "yes (safe: applied by --fix)"),
    "explain.fix-unsafe": (
        "可以（不安全修复，需要 --unsafe-fixes）",
        "yes (unsafe: needs --unsafe-fixes)",
    ),
    "explain.fix-none": ("不可以", "no"),
    "list.more": ("等 {count} 项", "and {more} more ({count} in all)"),
}
