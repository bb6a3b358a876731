"""The ranking rules in one sentence, in the event's language (reports, console)."""

from __future__ import annotations

from scoring.model import Event

_ZH_DIGITS = "零一二三四五六七八九十"


def zh_number(n: int, count: bool = False) -> str:
    """一, 二 … 九十九; ``count`` uses 两 for 2 before a measure word (两位小数)."""
    if count and n == 2:
        return "两"
    if 0 <= n <= 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[ones] if ones else "")
    return str(n)


def method_sentence(event: Event, language: str | None = None) -> str:
    rules = event.rules
    zh = (language or event.language) == "zh"
    names = {d.key: (d.name if zh else d.name_en) for d in event.dimensions}
    per = "各维度分别" if zh else "each dimension separately: "
    part = per if rules.basis == "dimension" else ""
    if rules.aggregate == "trimmed" and rules.trim:
        t = zh_number(rules.trim, count=True)
        core = (
            f"{part}去掉{t}个最高分和{t}个最低分后取平均（评分评委少于"
            f"{zh_number(rules.min_judges_for_trim, count=True)}人时取全部平均）"
            if zh
            else f"{part}drop the {rules.trim} highest and {rules.trim} lowest scores and "
            f"average the rest (plain average with fewer than {rules.min_judges_for_trim} "
            "judges)"
        )
    elif rules.aggregate == "median":
        core = f"{part}取评委评分的中位数" if zh else f"{part}the median of the judges' scores"
    elif rules.aggregate == "zscore":
        core = (
            f"{part}各评委评分按其本人平均分和标准差标准化后取平均，再按全体评分的平均分和标准差换算回原分值"
            if zh
            else f"{part}each judge's scores standardised by that judge's mean and standard "
            "deviation, averaged, and mapped back with the panel's mean and deviation"
        )
    else:
        core = f"{part}取全部评委评分的平均分" if zh else f"{part}the average of all judges' scores"
    total = "，总分为各维度得分之和" if zh else "; the total is the sum of the dimensions"
    if rules.basis != "dimension":
        total = ""
    digits = rules.decimals
    rounding = (
        f"保留{zh_number(digits, count=True)}位小数，四舍五入"
        if zh and digits
        else "取整数，四舍五入"
        if zh
        else f"rounded half up to {digits} decimals"
    )
    # An event still being edited may name a dimension that is gone: show its key.
    ties = ("、" if zh else ", ").join(names.get(k, k) for k in event.tie_break)
    tie = (
        f"总分相同时依次比较{ties}，仍相同则名次并列"
        if zh
        else f"equal totals are ordered by {ties}, then share the rank"
    )
    if zh:
        return f"{core}{total}，{rounding}；{tie}。"
    return f"{core[0].upper()}{core[1:]}{total}, {rounding}; {tie}."
