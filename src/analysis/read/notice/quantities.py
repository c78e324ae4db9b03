"""Counts in a notice, read by a small grammar instead of a list of sentences.

    count  := number classifier? noun?            3个方面 · 7类问题 · 20项整改任务 · 已完成19个
            | noun filler number classifier       反馈问题12个 · 整改任务共40项 · 问题 12 个
    number := Arabic digits | Chinese numeral (cn2an), blanks around it tolerated
    classifier := 个 项 条 件 名 (none before 方面 or 类, or where it was lost after digits)
    noun   := 方面 → aspects · 类/大项 → categories · 问题 → problems · 任务 → tasks · 措施/举措 → measures

A count's role comes from the words of its clause: a status before it (已完成/整改到位/销号 →
completed; 正在/推进/基本完成/阶段性 → in progress; 长期/持续 → long term; 未完成 → not
completed), or after it when no other count follows in the clause (其中3个问题已完成整改);
otherwise its noun says what it counts (found: 反馈/指出/发现; total: 共/累计/涉及/合计). A count
with neither a noun nor a status counts nothing we know (完成3个项目) and is left out. Every
count keeps its number's span and phrase, so each total cites the words it came from.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_CN_DIGITS = "零〇一二两三四五六七八九十百千"
#: digits with a stray blank between them (1 2个) still make one number
_NUMBER = rf"(?P<num>\d(?: ?\d)*|[{_CN_DIGITS}]+)"
_CLASSIFIER = r"(?P<cls>[个项条件名])"

#: (figure, words): the nouns a count may attach to, as data; qualifiers before a noun allowed.
NOUNS: list[tuple[str, str]] = [
    ("aspects", r"大?方面"),
    ("categories", r"(?:大项|大类|类)(?:的)?(?:问题)?"),
    ("tasks", r"(?:具体)?(?:整改)?任务"),
    ("measures", r"(?:具体)?(?:整改)?(?:措施|举措)"),
    (
        "problems",
        r"(?:具体|突出|主要|重点|共性|个性|巡察反馈|反馈|巡察|整改)?(?:的)?问题|(?:巡察|巡视)?反馈意见",
    ),
]
_NOUN_RE = "|".join(f"(?P<{figure}_{i}>{words})" for i, (figure, words) in enumerate(NOUNS))
#: a number with what stands right after it (classifier, noun), or a noun just before it
COUNT_RE = re.compile(
    rf"(?<![\d.第]){_NUMBER}(?![\d.%])\s*{_CLASSIFIER}?\s*(?:的)?\s*(?P<noun>{_NOUN_RE})?"
)
_NOUN_BEFORE_RE = re.compile(
    rf"(?P<noun>{_NOUN_RE})\s*(?:数|总数)?\s*(?:共|共计|合计|累计|总计|总共|一共|为|有|达)*\s*$"
)

#: status words, in order of precedence: 基本完成 is in progress though it holds 完成
STATUS: list[tuple[str, re.Pattern]] = [
    ("not_completed", re.compile(r"未完成|未整改|尚未")),
    (
        "in_progress",
        re.compile(r"基本完成|阶段性|正在|推进|整改中|部分(?:完成|整改)|序时"),
    ),
    ("long_term", re.compile(r"长期|持续|常态化")),
    (
        "completed",
        re.compile(r"完成(?!率)|到位|销号|办结|已整改|清零"),
    ),
]
#: words that make a status a plan, not a fact: 确保完成20项整改任务
FUTURE_RE = re.compile(r"确保|力争|争取|计划|预计|拟|将于|将在|要在|必须|应当|需在")
#: a status after the count stands first in what follows, after words like these
_TRAIL_FILLER_RE = re.compile(
    r"(?:已经|均已|已|均|全部|完全|都|现已|目前|需要|仍需|需|的?整改(?:工作)?)*"
)
#: a count someone took on (书记领办3个问题) is a share of the work, and one since the last
#: report (与上期相比,新完成3个问题) a change: neither is a total
SHARE_RE = re.compile(r"领办|认领|包保|包案|分管|督办|新完成|新增|本期|上期|较上|比上")
#: what is left after the completed ones (剩余两个问题将于年底前完成): not completed
REST_RE = re.compile(r"剩余|其余|尚有|还有|仅剩")
TOTAL_RE = re.compile(r"共|累计|涉及|合计|总计")
FOUND_RE = re.compile(r"反馈|指出|发现|查摆|查找|梳理|交办|移交|剖析|共|累计|涉及|合计|总计")
CLAUSE_END_RE = re.compile(r"[,;。:!?、()\n“”]")
_BOUNDARY = set(",;。:!?、()\n“”") | {""}
_FIGURE_NOUNS = ("aspects", "categories")


@dataclass(frozen=True)
class Count:
    """One count a notice states: what it counts, its value, its role and where it stands."""

    figure: str  # aspects, categories, problems, tasks, measures, completed, in_progress …
    value: int
    role: str  # found or total (a noun counted: 反馈… or 共…), or the status giving the figure
    start: int  # the phrase's first character (the noun's, when it stands first)
    end: int  # after the phrase
    phrase: str


def number_value(raw: str) -> int | None:
    """An Arabic or Chinese numeral's value (cn2an reads 二十, 一百零五, 两); None if not one."""
    raw = raw.strip()
    if raw.isascii():
        digits = raw.replace(" ", "")
        return int(digits) if digits.isdigit() else None
    if len(raw) > 1 and not set(raw) & set("十百千"):
        return None  # 三五个: a rough range, not a count
    import cn2an  # imported here: it costs a fifth of a second, and most reads need it rarely

    try:
        value = cn2an.cn2an(raw, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else None


def _noun(m: re.Match) -> str | None:
    for key, value in m.groupdict().items():
        if value is not None and "_" in key and key.rsplit("_", 1)[1].isdigit():
            return key.rsplit("_", 1)[0]
    return None


def status_after(trail: str) -> str | None:
    """The status of words that follow a count, when a status word opens them (其中3个问题
    已完成整改, 其余4项长期坚持); 制定71项措施并组织推进 gives none."""
    start = _TRAIL_FILLER_RE.match(trail.lstrip())
    rest = trail.lstrip()[start.end() if start else 0 :]
    for status, pattern in STATUS:
        m = pattern.match(rest)
        if m:
            return status
    return None


def status_of(words: str) -> str | None:
    """The status a clause's words give (precedence: not completed, in progress, long term,
    completed), or None; a plan (确保完成…) gives none."""
    if FUTURE_RE.search(words):
        return None
    for status, pattern in STATUS:
        if pattern.search(words):
            return status
    return None


class _Clauses:
    """Clause boundaries of a text, for the words around a count."""

    def __init__(self, text: str):
        self.ends = [m.end() for m in CLAUSE_END_RE.finditer(text)]

    def start(self, pos: int) -> int:
        i = bisect.bisect_right(self.ends, pos)
        return self.ends[i - 1] if i else 0

    def end(self, pos: int, length: int) -> int:
        i = bisect.bisect_right(self.ends, pos)
        return self.ends[i] - 1 if i < len(self.ends) else length


def read_counts(text: str) -> list[Count]:
    """Every count the grammar reads in text, in order (one number may give two figures:
    反馈的12个问题已全部整改完成 is 12 problems and 12 completed)."""
    clauses = _Clauses(text)
    found = [m for m in COUNT_RE.finditer(text) if m.group("cls") or m.group("noun")]
    words = []  # (clause start, lead, trail, alone, status of a list it ends: 5项问题、…已到位)
    for k, m in enumerate(found):
        prev_end = found[k - 1].end() if k else 0
        clause_start = clauses.start(m.start())
        clause_end = clauses.end(m.end(), len(text))
        nxt = found[k + 1].start() if k + 1 < len(found) else len(text)
        trail = text[m.end() : min(clause_end, nxt)]
        listed = clause_end < len(text) and text[clause_end] == "、" and not trail.strip()
        lead = text[max(clause_start, prev_end) : m.start()]
        words.append((clause_start, lead, trail, nxt >= clause_end, listed))
    shared: list[str | None] = [None] * len(found)
    for k in range(len(found) - 1, -1, -1):  # a list's status is said after its last count
        _, _, trail, alone, listed = words[k]
        if listed and k + 1 < len(found):
            shared[k] = shared[k + 1] or (
                status_after(words[k + 1][2]) if words[k + 1][3] else None
            )
    out: list[Count] = []
    for k, m in enumerate(found):
        clause_start, lead, trail, alone, _ = words[k]
        if not SHARE_RE.search(text, clause_start, m.start()):
            out += _read_one(text, m, lead, trail, alone, shared[k])
    return out


def _read_one(
    text: str, m: re.Match, lead: str, trail: str, alone: bool, shared: str | None = None
) -> list[Count]:
    """The figures one number gives, from its noun and the words of its clause (shared: the
    status said after the list the count stands in)."""
    raw, cls, noun = m.group("num"), m.group("cls"), _noun(m)
    start = m.start()
    value = number_value(raw)
    if value is None:
        return []
    chinese = not raw.isascii()
    if noun is None:
        before = _NOUN_BEFORE_RE.search(lead)
        noun = _noun(before) if before else None
        start = m.start() - len(lead) + before.start() if before else start
        if trail[:1] not in _BOUNDARY and status_after(trail) is None:
            return []  # 3个项目, 两个维护: a count of something else
    elif cls is None and chinese and noun not in _FIGURE_NOUNS:
        return []  # 一问题: no classifier, not a count
    if noun == "aspects" and cls is None and value < 2:
        return []  # 一方面…另一方面: a turn of phrase
    noun_before = noun is not None and m.group("noun") is None
    if noun == "problems" and cls in ("项", None) and _after_aspects(text, m):
        noun = "categories"  # 3个方面的7项问题,细化为20个具体问题: 7 categories
    status = None if noun in _FIGURE_NOUNS else status_of(lead)
    if status is not None:  # the phrase starts at the status word: 已完成整改问题2项
        said = dict(STATUS)[status].search(lead)
        start = min(start, m.start() - len(lead) + said.start()) if said else start
    also_noun = False
    if status is None and alone and noun not in _FIGURE_NOUNS:
        status = status_after(trail)
        also_noun = status is not None and bool(FOUND_RE.search(lead)) and noun is not None
        status = status or shared or ("not_completed" if REST_RE.search(lead) else None)
    marked = noun_before or status is not None or FOUND_RE.search(lead)
    if chinese and value == 1 and not marked:
        return []  # 整改一个问题、完善一套制度: a turn of phrase
    phrase = text[start : m.end()].rstrip()
    end = start + len(phrase)
    counts = []
    if status is not None:
        counts.append(Count(status, value, status, start, end, phrase))
    if noun is not None and (status is None or also_noun):
        role = "total" if TOTAL_RE.search(lead) else "found"
        counts.append(Count(noun, value, role, start, end, phrase))
    return counts


_ASPECTS_BEFORE_RE = re.compile(r"方面(?:的)?\s*$")
_SENTENCE_END_RE = re.compile(r"[。!?;\n]")


def _after_aspects(text: str, m: re.Match) -> bool:
    """A 项 count of problems right after 方面 is the categories, when 具体问题 follow it."""
    if not _ASPECTS_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()):
        return False
    stop = _SENTENCE_END_RE.search(text, m.end())
    return "具体问题" in text[m.end() : stop.start() if stop else len(text)]
