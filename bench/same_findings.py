"""Check that a change to the checker leaves every finding exactly as it was.

A speed-up must not change a single finding. This script builds a set of corpora once, saves the
JSON report of the checker as it is now, and after each change compares the new reports byte for
byte with the saved ones:

- ``gen42``: 2,000 drafts of ``bench/generate.py`` (seed 42), the benchmark's own corpus;
- ``gen7``: 1,000 drafts of the same generator with another seed;
- ``tests``: 500 drafts of ``tests/corpus.py`` (misspelt fields, repeated keys, broken front
  matter, suppression comments);
- ``fixtures``: the project's ``drafts/`` and every draft fixture of ``tests/fixtures/`` checked
  against the example company's policies, and the legal fixtures with their own policies;
- ``mutants``: 2,000 generated drafts with fragments spliced in at random places: every term of
  the built-in lists, platform and shop names, contact details, labels, numbers, URLs, hashtags,
  punctuation runs, full-width, zero-width and Traditional characters. Rules that skip work with
  a cheap pre-filter must still fire wherever the full check would.

Usage::

    python bench/same_findings.py build DIR      # write the corpora (once)
    python bench/same_findings.py save DIR       # report of the current code -> DIR/expected
    python bench/same_findings.py compare DIR    # report again; exit 1 on any difference

Each report is ``opscheck check --no-cache --format json --today 2026-11-26`` run with the
interpreter that runs this script, so an editable install checks the working tree.
"""

from __future__ import annotations

import argparse
import difflib
import random
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
FIXTURES = PROJECT / "tests" / "fixtures" / "drafts"
COMMAND = ("check", "--no-cache", "--format", "json", "--today", "2026-11-26")
CORPORA = ("gen42", "gen7", "tests", "fixtures", "legal", "mutants")


def _generate(out: Path, drafts: int, seed: int) -> None:
    subprocess.run(
        [sys.executable, str(HERE / "generate.py"), str(out), "--drafts", str(drafts)]
        + ["--seed", str(seed)],
        check=True,
        stderr=subprocess.DEVNULL,
    )


def _fragments() -> list[str]:
    """Text that some rule looks for, from the checker's own data and a few hand-made cases."""
    import yaml

    sys.path.insert(0, str(PROJECT))
    from checker.packs import diversion, labels

    found: set[str] = set()

    def strings(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                strings(key)
                strings(item)
        elif isinstance(value, list):
            for item in value:
                strings(item)

    terms = PROJECT / "checker" / "data" / "terms"
    for name in ("ad_law.yaml", "high_risk.yaml"):
        strings(yaml.safe_load((terms / name).read_text("utf-8")))
    found.update(
        line.split("#", 1)[0].strip()
        for line in (terms / "proper_nouns.txt").read_text("utf-8").splitlines()
    )
    for names in (*diversion.PLATFORM_NAMES.values(), *diversion.SHOPS.values()):
        found.update(names)
    for items in labels._SIGNAL_TERMS.values():
        found.update(items)
    found.update(labels._WRONG_WORDS)
    found.update(
        [
            "13812345678",
            "138 1234 5678",
            "+86 139-1234-5678",
            "１３８１２３４５６７８",
            "400-820-1234",
            "(021)62345678",
            "0571-88886666",
            "110101199003070018",
            "6222020200112233445",
            "4111 1111 1111 1111",
            "zhang.san@qq.com",
            "press@qinghe.example.cn",
            "https://shop.example.com/a?b=1",
            "item.taobao.com/x",
            "www.jd.com",
            "#小程序://青禾/abc",
            "¥AbC123dEf9¥",
            "微信：qinghe2026",
            "ＶＸ：ｑｉｎｇｈｅ２０２６",
            "V\u200b信",
            "加V",
            "+v",
            "vx",
            "wx: qinghe_01",
            "QQ群 123456789",
            "长按识别二维码",
            "扫描下方二维码",
            "全网同名",
            "淘宝搜索青禾",
            "天猫旗舰店",
            "关注我们的公众号",
            "抖音号：qinghe",
            "B站搜索青禾",
            "【广告】",
            "（广告）",
            "#广告",
            "本文为广告",
            "不含广告",
            "广告",
            "AI 生成",
            "AIGC",
            "AI-generated",
            "由人工智能生成",
            "100% 有效",
            "百分百除菌",
            "3 天见效",
            "无效退款",
            "年化收益 8%",
            "月入过万",
            "步行 5 分钟",
            "去除 99% 过敏原",
            "99.9% 的细菌",
            "国务院推荐",
            "央视点赞",
            "第一",
            "第一，",
            "第一时间",
            "第一季度",
            "最近",
            "最好先预热",
            "最高 230℃",
            "NO.1",
            "No.2",
            "TOP1",
            "不是最便宜的",
            "难道不是最好的吗？",
            "《广告法》禁止使用“最佳”",
            "《最佳拍档》",
            "致力于成为行业第一",
            "青禾迄今最安静的一款",
            "荣获最佳设计奖",
            "唯一需要注意的是",
            "国内唯一",
            "预防感冒",
            "鼻炎反复？开着净化器睡一晚就好多了。",
            "#话题",
            "#话题#",
            "#青禾焕新季#",
            "＃双话题＃",
            "支持Wi-Fi和蓝牙",
            "iPhone15",
            "青禾APP",
            "清禾",
            "青和",
            "wifi",
            "Iphone",
            "！！",
            "？？？",
            "。。",
            "...",
            "……",
            "——",
            "—",
            "(注)",
            "（注）",
            "1. ",
            "NO．１",
            "１００％",
            "“引号”",
            '"quote"',
            "「引号」",
            "`code`",
            "<b>x</b>",
            "<!-- 注释 -->",
            "<!-- opscheck-disable-next-line ad-law/absolute-term: 法务已确认 -->",
            "[链接](https://www.taobao.com/item)",
            "![图](a.png)",
            "\n\n",
            "\n- ",
            "\n# ",
            "\n> ",
            "\n```\ncode\n```\n",
            "| a | b |\n|---|---|\n| 最好 | 1 |\n",
            "\u200b",
            "\u00ad",
            "ＡＢＣ",
            "實驗室",
            "體驗",
            "電飯煲",
        ]
    )
    found.discard("")
    return sorted(found)


_NOISE = (
    "，。！？；：、…—（）()【】《》“”\"'「」 \t0123456789%％＃#@:：/.-_+*~～"
    "abcXYZvwq最第一唯国级首好佳强高大的了吗是不没品牌青禾微信号码二维码扫广告AI"
)


def _mutate(text: str, fragments: list[str], rng: random.Random) -> str:
    """Splice fragments and noise into a draft (mostly its body, sometimes its title)."""
    head, sep, body = text.partition("\n---\n")
    if not sep:
        return text
    for flag in ("sponsored", "ai_generated"):
        if rng.random() < 0.15:
            head = head.replace(f"\n{flag}: false", f"\n{flag}: true")
    for _ in range(rng.randint(1, 8)):
        roll = rng.random()
        if roll < 0.7:
            piece = rng.choice(fragments)
            if rng.random() < 0.4:
                piece = rng.choice("：: 是为的 ") + piece + rng.choice("，。？ 吗？的了\n")
        elif roll < 0.9:
            piece = "".join(rng.choice(_NOISE) for _ in range(rng.randint(1, 12)))
        else:
            cut = rng.randrange(len(body) + 1)
            body = body[:cut] + body[cut + rng.randint(1, 40) :]
            continue
        if rng.random() < 0.1 and "\ntitle: " in head:
            head = head.replace("\ntitle: ", "\ntitle: " + piece.replace("\n", " "), 1)
            continue
        cut = rng.randrange(len(body) + 1)
        body = body[:cut] + piece + body[cut:]
    return head + sep + body


def build(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    _generate(out / "gen42", 2000, 42)
    _generate(out / "gen7", 1000, 7)

    sys.path.insert(0, str(PROJECT))
    from tests.corpus import write_corpus

    (out / "tests").mkdir()
    shutil.copytree(PROJECT / "policies", out / "tests" / "policies")
    write_corpus(out / "tests", 500)

    fixtures = out / "fixtures"
    shutil.copytree(PROJECT / "policies", fixtures / "policies")
    shutil.copytree(PROJECT / "drafts", fixtures / "drafts" / "project")
    for area in ("platform", "style"):
        shutil.copytree(FIXTURES / area, fixtures / "drafts" / area)
    shutil.copytree(FIXTURES / "legal", out / "legal")

    _generate(out / "mutants", 2000, 99)
    fragments = _fragments()
    rng = random.Random(20261126)
    for path in sorted((out / "mutants" / "drafts").rglob("*.md")):
        path.write_text(_mutate(path.read_text("utf-8"), fragments, rng), "utf-8")


def report(folder: Path) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "checker", *COMMAND],
        cwd=folder,
        capture_output=True,
        check=False,
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"{folder}: exit {done.returncode}\n{done.stderr.decode()}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("action", choices=("build", "save", "compare"))
    parser.add_argument("dir", type=Path)
    parser.add_argument("--only", choices=CORPORA, action="append")
    args = parser.parse_args()
    if args.action == "build":
        build(args.dir)
        return 0
    expected = args.dir / "expected"
    expected.mkdir(exist_ok=True)
    failed = False
    for name in args.only or CORPORA:
        output = report(args.dir / name)
        saved = expected / f"{name}.json"
        count = output.count(b'"rule":')
        if args.action == "save":
            saved.write_bytes(output)
            print(f"{name}: saved {count} findings")
        elif saved.read_bytes() == output:
            print(f"{name}: identical ({count} findings)")
        else:
            failed = True
            old = saved.read_text("utf-8").splitlines()
            new = output.decode("utf-8").splitlines()
            diff = list(difflib.unified_diff(old, new, "expected", "now", lineterm="", n=1))
            print(f"{name}: DIFFERENT\n" + "\n".join(diff[:60]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
