"""文件不是 UTF-8 文本（二进制、UTF-16 或 GB18030 等编码）。

## 检查什么

opscheck 只读 UTF-8 编码的文本文件（可以带 BOM）。文件里出现 NUL 字节（二进制文件）、以 UTF-16
的字节序标记开头，或者有不能按 UTF-8 解码的字节时报告本规则，位置是第一个出问题的字节。
如果整个文件能按 GB18030（GBK 的超集）解码并且含有汉字，消息会直接说明这一点和转换命令。

## 为什么重要

编码不对的文件在 Git 平台、编辑器和发布后台里会显示成乱码，审稿人看到的和读者看到的不是同一份
内容；检查器也无法可靠地定位和修复其中的问题，所以这类文件不会再做别的检查，也绝不会被
`--fix` 改写。

## 示例

下面这篇草稿以 GB18030 编码保存：

```markdown title="drafts/gbk.md" encoding="gb18030"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
青禾焕新季今晚开始。
```

## 应改为

用 `iconv -f GB18030 -t UTF-8 drafts/gbk.md -o drafts/gbk.md.new && mv drafts/gbk.md.new drafts/gbk.md`
转换后再提交（编辑器里选择“以 UTF-8 保存”也可以）：

```markdown title="drafts/gbk.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
青禾焕新季今晚开始。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import LoadedFile
from checker.rules.api import Context
from checker.rules.input._common import issues_of

ID = "input/encoding"
SEVERITY = "error"
HANDBOOK = "preface"
FIXABLE = None
TARGET = "file"


def check(file: LoadedFile, ctx: Context) -> Iterator[Problem]:
    return issues_of(file, ID)
