"""文件无法读取（权限不足、不是普通文件，或是指向仓库外的符号链接）。

## 检查什么

目录里找到的制度或草稿文件读不出来时报告本规则，例如权限不足、路径其实是设备或管道；
指向仓库以外的符号链接和循环链接不会被跟随。其余文件照常检查。

## 为什么重要

读不出来的文件等于没有检查过。与其悄悄跳过，不如让提交者知道哪个文件需要修正权限或换成普通文件。

## 示例

这个例子在测试里写成一个同名的命名管道（FIFO），它不是普通文件，读不出内容：

```markdown title="drafts/locked.md" special="fifo"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
今晚八点，青禾焕新季直播见。
```

## 应改为

```markdown title="drafts/locked.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
今晚八点，青禾焕新季直播见。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import LoadedFile
from checker.rules.api import Context
from checker.rules.input._common import issues_of

ID = "input/unreadable"
SEVERITY = "error"
HANDBOOK = "preface"
FIXABLE = None
TARGET = "file"


def check(file: LoadedFile, ctx: Context) -> Iterator[Problem]:
    return issues_of(file, ID)
