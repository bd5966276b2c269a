"""Dates: every "when" of an article, resolved to a calendar day, month, week or year.

Matching runs on the folded text (``an.f``) with regular expressions built once per
lexicon from three tables: months.tsv (Gregorian names in their Egyptian, Levantine and
Maghrebi forms, Hijri months), weekdays.tsv and relative_dates.tsv (أمس، الماضي، منذ ...).
Each pattern proposes candidates; the longest wins where two overlap.

Values:
- absolute dates (24 فبراير 2022، 24/2/2022، 1 رمضان 1445هـ) are exact; Hijri ones are
  converted with hijridate (Umm al-Qura, 1343-1500 AH; outside that range: null);
- a day or month without a year is read in the year around the article's date (eight
  months back to four ahead); الماضي / المقبل, or a future verb in the clause (سيزور)
  force the past / the future; a bare weekday is the last such day, or the next one when
  its clause speaks of the future or of a scheduled event in the present (يعقد، تنطلق);
- a month with its year told relative to the article's after it ("مايو من العام الماضي"،
  "3 أغسطس العام المقبل"، "رمضان من العام الماضي" in Hijri years) is one date in that year;
  after منذ a month or day is one gone by ("منذ نوفمبر" written in July: last November);
  "25 من الشهر نفسه"، "يوليو من العام نفسه" take the month or year of the date told just
  before in the paragraph (the year only from a date that writes it);
- a day and month without a year are a name, not a date, after a camp, an event or a place
  named after them (قوى 14 آذار، هجمات 11 سبتمبر، مدينة العاشر من رمضان), and an ordinal
  after a part of a period (الأسبوع الأول من مارس) numbers the part, not a day;
- a future verb does not reach a date told in a relative clause in the past ("سترفع الحظر
  الذي فرضته في 9 تموز");
- the first day of a range in one month (بين 23 و25 أبريل) is a date of its own, in the
  month written after the last; a weekday before a numeric date (يوم الأحد الموافق
  26/7/2018) is one date with it;
- relative expressions (اليوم الثلاثاء، الأسبوع المقبل، منذ ثلاثة أيام) are read against
  ``an.published``; without it their value stays None;
- precision is day, week, month or year. Only a day is a ``value`` (YYYY-MM-DD): a coarser
  date names no calendar day, so its value is null and ``period`` holds its year (2014),
  month (2022-02) or ISO week (2022-W09).
Impossible dates (31 فبراير) keep a null value; impossible numeric dates (45/13/2020)
are not dates at all and are not reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress
from operator import itemgetter, not_

from hijridate import Gregorian, Hijri

from ..model import DateExpr
from ..text.fold import fold
from ..text.tokens import tokenize

# A clitic (و ف ب ل ك, or two of them) may stand before a date word; it stays outside the span.
_CLITIC = r"(?<![^\W\d_])(?:[وفبلك]{1,2}(?=[^\W\d_]))?"
_END = r"(?![^\W_])"              # no letter or digit right after the expression
_SP = r"\s+"
_GAP = r"[\s،,]*"                  # between a weekday and the date it introduces


@dataclass
class _Rules:
    """The compiled patterns and the lookup tables behind them."""

    months: dict[str, tuple[int, str, str, str]]       # folded name -> (month, calendar, ambiguous, ref)
    weekdays: dict[str, tuple[int, bool, str]]         # folded name -> (iso weekday, ambiguous, ref)
    relative: dict[str, dict[str, tuple[str, int | None, str]]]   # kind -> phrase -> (unit, offset, ref)
    absolute: re.Pattern
    numeric: re.Pattern
    year: re.Pattern
    anchor: re.Pattern
    weekday: re.Pattern
    amount: re.Pattern
    day_of_month: re.Pattern
    future_cue: re.Pattern
    ordinal_range: re.Pattern
    first_words: dict[str, frozenset[str]]             # token (clitics + word) -> patterns it can start


def _alternation(names) -> str:
    """A regex alternation of folded names, longest first, spaces matching any run of space."""
    parts = sorted(set(names), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)


def _key(text: str) -> str:
    """Lookup key of a matched phrase: folded, single spaces."""
    return " ".join(fold(text).split())


# "من الشهر نفسه", "من نفس العام": the month or year of the date told just before
_SAME_MONTH = r"الشهر\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+الشهر"
_SAME_YEAR = r"(?:العام|السنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+(?:العام|السنه)"


def _build(lexicon) -> _Rules:
    months = {}
    for r in lexicon.rows("months"):
        months[_key(r["name"])] = (int(r["month"]), r["calendar"], r["ambiguous"], r.ref)
    weekdays = {}
    for r in lexicon.rows("weekdays"):
        weekdays[_key(r["name"])] = (int(r["weekday"]), r["ambiguous"] == "y", r.ref)
    relative: dict[str, dict[str, tuple[str, int | None, str]]] = {}
    for r in lexicon.rows("relative_dates"):
        off = int(r["offset"]) if r["offset"] else None
        relative.setdefault(r["kind"], {})[_key(r["phrase"])] = (r["unit"], off, r.ref)

    def alt(kind: str) -> str:
        return _alternation(relative.get(kind, {}))

    mon = _alternation(months)
    wd = _alternation(weekdays)
    mod = alt("modifier")
    part = alt("daypart")
    ordinal = alt("ordinal")
    day = rf"(?:ال\s?)?\d{{1,2}}{_END}|{ordinal}"
    # "من العام الماضي" after a month gives it its year: "في مايو من العام الماضي"
    year_anchor = _alternation(p for p, (unit, _, _) in relative.get("anchor", {}).items() if unit == "year")
    era = r"(?:\s*(?P<era>هـ|ه|م|هجريه|هجري|ميلاديه|ميلادي)(?![^\W\d_]))?"

    absolute = re.compile(
        _CLITIC
        + rf"(?P<all>(?:(?:يوم{_SP})?(?P<wd>{wd}){_GAP}(?:\(\s*)?(?:الموافق{_SP})?(?=[\dا]))?"
        + rf"(?:(?:يوم{_SP})?(?P<day>{day})\s*(?:من{_SP})?)?"
        + rf"(?:(?P<shahr>شهر){_SP})?"
        + rf"(?P<mon>{mon}){_END}"
        + rf"(?:\s*(?:[/\\\-–(]\s*|\s)\s*(?P<mon2>{mon}){_END}(?:\s*\))?)?"
        + rf"(?:(?:\s*,|\s*،)?\s*(?:من{_SP})?(?:(?:عام|العام|سنه|لعام){_SP})?(?P<year>(?:1\d|2[01])\d\d)(?!\d){era}{_END}"
        + rf"|{_SP}(?:من{_SP})?(?P<relyear>{year_anchor}){_END}"
        + rf"|{_SP}من{_SP}(?P<sameyear>{_SAME_YEAR}){_END})?"
        + rf"(?:{_SP}(?P<mod>{mod}){_END})?)"
    )
    # 24/2/2022, 24-02-2022, 2022-02-24 (day first, as Arabic news writes it); Saudi
    # papers space the slashes: 30 / 9 / 1439هـ, and name the weekday first: "يوم الأحد
    # الموافق 26/7/2018", "اليوم الأربعاء 13/10/1436هـ" are one date, the day the numbers give
    numeric = re.compile(
        _CLITIC
        + rf"(?P<all>(?:(?:اليوم{_SP}(?={wd})|يوم{_SP})?(?:(?P<wd>{wd}){_GAP}(?:(?P<paren>\()\s*)?(?:الموافق{_SP})?)?(?=\d))?"
        r"(?<![\d/.\-])(?:(?P<d>\d{1,2})(?P<s>[/.\-]| / )(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"
        r"|(?P<y2>\d{4})(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d/]|\.\d|-\d)"
        + era + r"(?(paren)\s*\)))"
    )
    # عام 2014، 2014م، 1436هـ, a bare year after منذ / بحلول, and after في / حتى / خلال
    # when a clause ends with it ("في 2011،"): followed by a noun it is a count ("في 2015 حالة")
    year = re.compile(
        _CLITIC + rf"(?P<all>(?:(?:عام|العام|عامي|سنه|السنه|لعام|لسنه){_SP}(?P<y>\d{{4}})(?!\d){era}{_END})"
        rf"|(?P<y2>\d{{4}})\s*(?P<era2>هـ|ه|م)(?![^\W\d_])"
        r"|(?:(?<=منذ )|(?<=بحلول ))(?P<y4>(?:19|20)\d\d)(?![\d.,٫]|\s*(?:عام|سنه|شخص|مليون|الف))"
        r"|(?:(?<=في )|(?<=حتى )|(?<=خلال ))(?P<y3>(?:19|20)\d\d)(?=[^\S\n]*(?:[،,.؛:)]|\n|$)))"
    )
    anchor = re.compile(
        r"(?<![^\W\d_])(?:[وف]?ب(?=ال)|[وف](?=[^\W\d_]))?"
        + rf"(?P<all>(?:(?P<part>{part}){_SP})?(?P<anc>{alt('anchor')}){_END}"
        + rf"(?:(?:\s*\(\s*|{_SP})(?P<wd>{wd}){_END}(?:\s*\))?)?)"
    )
    weekday = re.compile(
        _CLITIC
        + rf"(?P<all>(?:(?P<part>{part}){_SP})?(?:(?P<yawm>يوم){_SP})?(?P<wd>{wd}){_END}"
        + rf"(?:{_SP}(?P<mod>{mod}){_END})?)"
    )
    amount = re.compile(
        _CLITIC
        + rf"(?P<all>(?P<ago>{alt('ago')}){_SP}(?:(?P<num>\d{{1,3}}|{alt('number')}){_SP})?"
        + rf"(?P<unit>{alt('unit')}){_END}(?:{_SP}(?P<numafter>{alt('number')}){_END})?)"
    )
    # "يوم الـ9 من الشهر الجاري", "العاشر من الشهر الماضي", and "في 25 الجاري" (this month's)
    month_anchor = _alternation(p for p, (unit, _, _) in relative.get("anchor", {}).items() if unit == "month")
    this_month = _alternation(p for p, (_, off, _) in relative.get("modifier", {}).items() if off == 0)
    day_of_month = re.compile(
        _CLITIC + rf"(?P<all>(?:يوم{_SP})?(?P<day>{day})\s*(?:من{_SP}(?P<anc>{month_anchor})|(?P<mod>{this_month})"
        + rf"|من{_SP}(?P<same>{_SAME_MONTH})){_END})"
    )
    # a future verb (سيزور، ستعقد، سنلتقي، سينتقل، سيرفع) or a word of plans (ومن المقرر،
    # المباراة المقررة، المزمع; not المقرر الخاص, the UN rapporteur) before a bare weekday;
    # the words the lookahead leaves out begin with the same letters
    # but are nouns or names: سياسة، سيارة، سيطرة، سيدة، سيول، سيناء، سينما، سيرة، سيرغي،
    # لا سيما، ستين، ستون، ستة، ستار، سنة، سنوات، سنغافورة; and, common in news, مانشستر سيتي،
    # سياق، وسيلة، سياحة، ستريت، سيئة، سيلفا، ستيفن، سناب، ستاد، سيادة، سيرخيو، سندات،
    # سيباستيان، سندرلاند، ستوك، ستوكهولم، سنجار، ستاندرد، ستانلي، سياتل، سيشنز، سناتور
    future_cue = re.compile(
        r"(?<![^\W\d_])[وف]?(?:س(?!ياس|يار|يطر|يده|يدي|يدن|يدا|يول|ينا|ينم|يره|يرغ|يرج|يري|يرك|يفا|يفي"
        r"|يما|يمو|يمي|يمنز|تين|تون|ته|تار|نه|نو|نت|ني|نغ"
        r"|يتي(?![^\W\d_])|ياق|يله|ياح|تريت|يئ|يلفا|يلفي|تيف|ناب|تاد|ياد|يرخ|ندات|يباس|ندرلا"
        r"|توك(?![^\W\d_])|توكس|توكهولم|نجار|تاند|تانل|ياتل|يشنز|ناتو)[يتن]"
        r"[^\W\d_]{2,}|سوف|المقرر(?!ه? الخاص)|المزمع|من المتوقع|من المنتظر|من المرجح|من المفترض|المرتقب|يعتزم|تعتزم|ابتداء من|اعتبارا من|بدءا من)"
    )
    # "من الأول حتى الخامس من مارس", "بين العاشر والخامس عشر من الشهر": days as words, as
    # _DAY_RANGE reads them in digits
    ordinal_range = re.compile(
        rf"(?P<d1>{ordinal}){_END}[^\S\n]*(?:[-–]|و?(?:الي|حتي|لغايه){_END}|(?P<and>و))[^\S\n]*(?P<d2>{ordinal}){_END}"
    )
    # which patterns each first word can start, so a word tries only those
    starts: dict[str, set[str]] = {}

    def can_start(phrases, *patterns: str) -> None:
        for p in phrases:
            starts.setdefault(p.split()[0], set()).update(patterns)

    can_start(months, "absolute")
    can_start(weekdays, "absolute", "weekday", "numeric")
    can_start(relative.get("anchor", {}), "anchor")
    can_start(relative.get("daypart", {}), "anchor", "weekday")
    can_start(relative.get("ago", {}), "amount")
    can_start(relative.get("ordinal", {}), "absolute", "day_of_month", "ordinal_range")
    can_start(["يوم"], "absolute", "weekday", "day_of_month", "anchor", "numeric")
    can_start(["اليوم"], "numeric")
    can_start(["شهر"], "absolute")
    can_start(["عام", "العام", "عامي", "سنه", "السنه"], "year")
    # keys are whole tokens, clitics included: each token of an article is looked up once
    first_words: dict[str, frozenset[str]] = {}
    for w, patterns in starts.items():
        words = [c + w for c in _CLITIC_CHAINS]
        if w.startswith("ال"):
            words += [f"{c}لل{w[2:]}" for c in ("", "و", "ف")]     # للعام = ل + العام
        for x in words:
            first_words[x] = frozenset(patterns)
    return _Rules(months, weekdays, relative, absolute, numeric, year, anchor, weekday,
                  amount, day_of_month, future_cue, ordinal_range, first_words)


def rules(lexicon) -> _Rules:
    return lexicon.compiled("dates.rules", _build)


# ---------------------------------------------------------------- calendar helpers

def _parse(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> date | None:
    """The Gregorian day of a Hijri date (Umm al-Qura), None when impossible or out of range."""
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def _a_year_further(d: date, calendar: str, years: int) -> date | None:
    """The same day and month ``years`` years away, in the calendar the month was named in."""
    if calendar == "hijri":
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        return _hijri(h.year + years, h.month, h.day)
    return _safe_date(d.year + years, d.month, d.day)


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    return date(total // 12, total % 12 + 1, 1)


def _nearest_year(pub: date, month: int, day: int, direction: int | None) -> date | None:
    """The date with this month and day for ``pub`` (see ``_pick``); 0: in pub's year."""
    options = [o for o in (_safe_date(pub.year + k, month, day) for k in (-1, 0, 1)) if o]
    if direction == 0:                       # "الجاري": this year's
        return _safe_date(pub.year, month, day)
    return _pick(options, pub, direction)


# A date written without its year is read in the year around the article's date, from
# eight months before it to four months after (news mostly reports what has happened),
# or after it when the clause speaks of the future (ستبدأ ... في 26 تموز).
_BACK_DAYS, _AHEAD_DAYS = 240, 125


def _pick(options: list[date], pub: date, direction: int | None) -> date | None:
    """The option for ``pub``: at or before it (-1), at or after it (1), or in its window."""
    if direction == -1:
        options = [o for o in options if o <= pub]
        return max(options) if options else None
    if direction == 1:
        options = [o for o in options if o >= pub]
        return min(options) if options else None
    inside = [o for o in options if -_BACK_DAYS <= (o - pub).days <= _AHEAD_DAYS]
    return min(inside or options, key=lambda o: (abs((o - pub).days), o > pub)) if options else None


def _hijri_nearest(pub: date, month: int, day: int, direction: int | None) -> date | None:
    try:
        hy = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    if direction == 0:
        return _hijri(hy, month, day)
    return _pick([o for o in (_hijri(hy + k, month, day) for k in (-1, 0, 1)) if o], pub, direction)


def _weekday_near(base: date, iso: int) -> date:
    """The day with ISO weekday ``iso`` nearest ``base`` (within three days either side)."""
    diff = (iso - base.isoweekday() + 3) % 7 - 3
    return base + timedelta(days=diff)


def _weekday_from(pub: date, iso: int, direction: int) -> date:
    """Most recent such weekday on or before pub (direction 0), strictly before (-1) or next after (1)."""
    back = (pub.isoweekday() - iso) % 7
    if direction == 0:
        return pub - timedelta(days=back)
    if direction == -1:
        return pub - timedelta(days=back or 7)
    ahead = (iso - pub.isoweekday()) % 7
    return pub + timedelta(days=ahead or 7)


def _shift(pub: date, unit: str, n: int) -> tuple[date, str]:
    """``pub`` moved by n units, at the unit's precision."""
    if unit == "day":
        return pub + timedelta(days=n), "day"
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        return monday + timedelta(weeks=n), "week"
    if unit == "month":
        return _add_months(pub, n), "month"
    return date(pub.year + n, 1, 1), "year"


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _period(value: str | None, precision: str) -> str | None:
    """The year (2014), month (2018-01) or ISO week (2018-W07) a coarser date's first day
    ``value`` starts."""
    if value is None:
        return None
    if precision == "year":
        return value[:4]
    if precision == "month":
        return value[:7]
    year, week, _ = date.fromisoformat(value).isocalendar()
    return f"{year}-W{week:02d}"


# ---------------------------------------------------------------- candidates

@dataclass
class _Candidate:
    fstart: int
    fend: int
    value: str | None
    precision: str
    rule: str
    parts: tuple[int, int] | None = None   # (month, day) of a Gregorian day-and-month date
    after: tuple[str, int] | None = None   # (unit, n) of "بعد n units", which may count from a told date
    same_as_told: str | None = None        # "month" / "year": "من الشهر نفسه", "من العام نفسه"
    day: int | None = None                 # its day (or None), read with the told month or year


def _day_number(text: str, R: _Rules) -> int | None:
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits)
    hit = R.relative.get("ordinal", {}).get(_key(text))
    return hit[1] if hit else None


def _absolute(m: re.Match, f: str, pub: date | None, R: _Rules) -> _Candidate | None:
    mon_key = _key(m["mon"])
    month, calendar, ambiguous, ref = R.months[mon_key]
    if m["mon2"]:
        month2, cal2, _, _ = R.months[_key(m["mon2"])]
        if cal2 != calendar or month2 != month:
            return None            # "مارس/آذار" must name one month twice
    year = int(m["year"]) if m["year"] else None
    if m["relyear"] and pub is not None:
        year = _relative_year(pub, calendar, R.relative["anchor"][_key(m["relyear"])][1] or 0)
    day = _day_number(m["day"], R) if m["day"] else None
    direction = R.relative["modifier"][_key(m["mod"])][1] if m["mod"] else None
    # "أكتوبر قبل الماضي", "مارس بعد المقبل": the month one year beyond the last or next one
    years_beyond = 0
    if direction in (-2, 2):
        direction, years_beyond = direction // 2, direction // 2
    # a month name alone is a date only with a day, a year, a second name ("مارس/آذار"),
    # a modifier ("مارس الماضي"), the word شهر or a preposition of time before it
    bare = (day is None and year is None and m["mon2"] is None and direction is None
            and not m["relyear"] and not m["sameyear"])
    if bare and (ambiguous or calendar == "hijri"):
        return None
    if bare and not m["shahr"]:
        before = _WORDS.findall(f, max(0, m.start() - 14), m.start())
        # "في مارس", "منتصف مايو", "شهري يوليو وأغسطس": a preposition of time or another month
        if not before or not (before[-1] in _MONTH_LEADS or _key(before[-1]) in R.months):
            return None
    if ambiguous == "year" and year is None:
        return None                # "3 صفر" is a score
    if day is not None and year is None and _named_after_a_day(_WORDS.findall(f, max(0, m.start() - 12), m.start())[-1:]):
        return None                # "قوى 14 آذار", "هجمات 11 سبتمبر": a camp or an event named after a day
    if day is not None and _part_of_a_period(m["day"], f, m.start()):
        return None                # "الأسبوع الأول من مارس", "النصف الثاني من ديسمبر"
    precision = "day" if day is not None else "month"
    value: date | None = None
    if day is not None and not 1 <= day <= 31:
        return None
    d = day or 1
    if calendar == "hijri":
        if year is not None:
            value = _hijri(year, month, d)
        elif pub is not None:
            # since a day gone by, or ahead in a clause of the future ("سيتم الانتهاء منه في
            # العشرين من رجب"), as a Gregorian month below
            if direction is None and _after_since(f, m.start()):
                direction = -1
            elif direction is None and _future_clause(f, m.start("all"), R):
                direction = 1
            value = _hijri_nearest(pub, month, d, direction)
    elif year is not None:
        value = _safe_date(year, month, d)
    elif pub is not None:
        since = direction is None and _after_since(f, m.start())
        told_ahead = direction is None and not since and _future_clause(f, m.start("all"), R)
        if told_ahead:
            direction = 1
        if since and day is None:
            value = _month_since(pub, month)
        elif since:
            value = _nearest_year(pub, month, day, -1)
        elif day is not None:
            value = _nearest_year(pub, month, day, direction)   # None for 31 فبراير
        elif told_ahead and month == pub.month:
            value = date(pub.year, month, 1)    # "ستجرى الانتخابات في أكتوبر", written in October
        else:
            value = _nearest_month(pub, month, direction)
    if years_beyond and value is not None and year is None:
        value = _a_year_further(value, calendar, years_beyond)
    rule = ref if not m["wd"] else f"{ref}+weekday"
    parts = (month, day) if day is not None and calendar == "gregorian" and year is None else None
    if m["sameyear"]:
        # the year comes from the date told before it (see _same_as_told); a Hijri month
        # in a Gregorian year is not read
        value = None
        if calendar == "gregorian":
            return _Candidate(m.start("all"), m.end("all"), None, precision, rule, same_as_told="year",
                              parts=(month, day or 1))
    return _Candidate(m.start("all"), m.end("all"), _iso(value), precision, rule, parts)


# Nouns of a part of a month or year: an ordinal after them ("الأسبوع الأول من مارس"، "النصف
# الثاني من ديسمبر"، "الثلث الأخير من الشهر") numbers the part, not a day of the month
_PARTS_OF_A_PERIOD = {"النصف", "الربع", "الثلث", "الاسبوع", "العشر", "العشره", "الايام", "الاسابيع"}


def _part_of_a_period(day_text: str, f: str, pos: int) -> bool:
    """Is the day written as an ordinal word right after a noun of a part of a period?"""
    if any(ch.isdigit() for ch in day_text):
        return False
    before = _WORDS.findall(f, max(0, pos - 14), pos)[-1:]
    return bool(before) and (before[0] in _PARTS_OF_A_PERIOD or before[0][:1] in "وفبلك" and before[0][1:] in _PARTS_OF_A_PERIOD)


def _relative_year(pub: date, calendar: str, offset: int) -> int:
    """The year of "العام الماضي/الحالي/المقبل" for a month of ``calendar``: a Hijri month
    ("رمضان من العام الماضي") counts in Hijri years."""
    if calendar == "hijri":
        return Gregorian(pub.year, pub.month, pub.day).to_hijri().year + offset
    return pub.year + offset


# "منذ مارس", "منذ مطلع أغسطس", "منذ 20 يناير": since a time gone by, so the month or day
# is the latest one not after the article's date (the window would put "منذ أكتوبر",
# written in July, in the coming October)
_SINCE = {"منذ", "ومنذ"}
_PERIOD_EDGES = {"مطلع", "اوائل", "اواخر", "منتصف", "اواسط", "نهايه", "بدايه", "اول", "اخر", "شهر"}


def _after_since(f: str, pos: int) -> bool:
    before = _WORDS.findall(f, max(0, pos - 22), pos)[-2:]
    return bool(before) and (before[-1] in _SINCE or before[-1] in _PERIOD_EDGES and before[:1] and before[0] in _SINCE)


def _month_since(pub: date, month: int) -> date:
    """The month named after منذ: this year's if it has begun, else last year's."""
    return date(pub.year if month <= pub.month else pub.year - 1, month, 1)


def _nearest_month(pub: date, month: int, direction: int | None) -> date:
    this = date(pub.year, month, 1)
    start = date(pub.year, pub.month, 1)
    if direction == 0:
        return this
    past = this if this < start else date(pub.year - 1, month, 1)
    future = this if this > start else date(pub.year + 1, month, 1)
    if direction == -1:
        return past
    if direction == 1:
        return future
    if this == start:
        return this
    # the month within nine months before the article's month or three after it
    return future if (future.year - start.year) * 12 + future.month - start.month <= 3 else past


def _day_of_month(m: re.Match, pub: date | None, R: _Rules, f: str) -> _Candidate | None:
    day = _day_number(m["day"], R)
    if day is None or not 1 <= day <= 31 or _part_of_a_period(m["day"], f, m.start()):
        return None                # "الأسبوع الأول من الشهر الجاري": a week, not a day
    if m["same"]:
        return _Candidate(m.start("all"), m.end("all"), None, "day", "same_month", same_as_told="month", day=day)
    if m["anc"]:
        _, offset, ref = R.relative["anchor"][_key(m["anc"])]
    elif not any(ch.isdigit() for ch in m["day"]):
        return None                # "محتكرها الأول الحالي": an ordinal adjective, not a day
    else:
        _, offset, ref = R.relative["modifier"][_key(m["mod"])]
    value = None
    if pub is not None:
        first = _add_months(pub, offset or 0)
        value = _safe_date(first.year, first.month, day)
    return _Candidate(m.start("all"), m.end("all"), _iso(value), "day", ref)


# "بين 23 و25 أبريل", "19 - 21 شوال", "من 6 ولغاية 13 مارس" (folded: إلى الي، حتى حتي)
_DAY_RANGE = re.compile(
    r"(?P<d1>\d{1,2})[^\S\n]*(?:[-–]|و?(?:الي|حتي|لغايه)(?![^\W\d_])|و)[^\S\n]*(?P<d2>\d{1,2})(?!\d)"
)


def _day_range(m: re.Match, f: str, pub: date | None, R: _Rules) -> list[_Candidate]:
    """A range of days in one month: the first day is a date of its own, in the month and
    year written after the second; the second day is returned with its month too, as it is
    missed where و is written onto it ("و25" starts no date). Days in digits or as words."""
    d1, d2 = _day_number(m["d1"], R), _day_number(m["d2"], R)
    if d1 is None or d2 is None or not 1 <= d1 < d2 <= 31:
        return []
    start, gap = max(0, m.start() - 80), m.start("d2")
    # the text around the second day, with a و written onto it made a space, so that the
    # date pattern can start at the day (and the clause before it still tells its tense)
    window = f[start:gap - 1] + (" " if f[gap - 1].isalpha() else f[gap - 1]) + f[gap:gap + 80]
    m2 = R.absolute.match(window, gap - start)
    if m2 and m2["day"] and not m2["wd"]:
        second = _absolute(m2, window, pub, R)
    elif m2 := R.day_of_month.match(window, gap - start):     # "من 10 إلى 15 من الشهر المقبل"
        second = _day_of_month(m2, pub, R, window)
    else:
        return []
    if second is None or second.precision != "day":
        return []
    second.fstart, second.fend = second.fstart + start, second.fend + start
    last = _parse(second.value)
    first = _iso(last - timedelta(days=d2 - d1)) if last else None
    return [_Candidate(m.start("d1"), m.end("d1"), first, "day", f"{second.rule}+range"), second]


def _ordinal_range(m: re.Match, f: str) -> bool:
    """Do two ordinal words make a range of days? Not after a noun of a part of a period
    ("الأسبوع الأول والثاني من مارس"); joined by و only after بين ("بين العاشر والخامس عشر
    من"): "المركز الأول والثاني" are adjectives of their own."""
    if _part_of_a_period(m["d1"], f, m.start()):
        return False
    if m["and"] is None:
        return True
    before = _WORDS.findall(f, max(0, m.start() - 8), m.start())[-1:]
    return before in (["بين"], ["وبين"])


def _numeric(m: re.Match) -> _Candidate | None:
    if m["d"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
    era = m["era"] or ""
    if era.startswith("ه") or 1300 <= y <= 1500:
        value = _hijri(y, mo, d)
        if value is None:
            return None
        return _Candidate(m.start("all"), m.end("all"), _iso(value), "day", "numeric:hijri")
    if not 1800 <= y <= 2200:
        return None
    value = _safe_date(y, mo, d)
    if value is None:
        return None
    return _Candidate(m.start("all"), m.end("all"), _iso(value), "day", "numeric")


def _year(m: re.Match) -> _Candidate | None:
    y = int(m["y"] or m["y2"] or m["y3"] or m["y4"])
    era = m["era"] or m["era2"] or ""
    if era.startswith("ه"):
        value = _hijri(y, 1, 1)
        return _Candidate(m.start("all"), m.end("all"), _iso(value), "year", "year:hijri") if value else None
    if not 1800 <= y <= 2200:
        return None
    return _Candidate(m.start("all"), m.end("all"), f"{y:04d}-01-01", "year", "year")


def _anchor(m: re.Match, pub: date | None, R: _Rules, f: str) -> _Candidate | None:
    unit, offset, ref = R.relative["anchor"][_key(m["anc"])]
    anc = _key(m["anc"])
    if anc == "اليوم" and not m["wd"] and not m["part"]:
        # "اليوم الوطني", "اليوم الأول", "اليوم التالي": a day named, not today
        nxt = f[m.end("all"): m.end("all") + 12].split()
        if nxt and (nxt[0].startswith("ال") and nxt[0] not in _PARTICLES_WITH_AL or nxt[0] in ("نفسه", "ذاته")):
            return None            # "اليوم نفسه": the day just told, not today
        # "في اليوم" is "per day"; "صحيفة اليوم", "عين اليوم" are newspapers
        prev = f[max(0, m.start() - 14): m.start("all")].split()
        if f[m.start(): m.start("all")] == "ب" or (prev and prev[-1] in ("في", "وفي", "ففي", "صحيفه", "جريده", "عين")):
            return None
        # "ذلك اليوم", "نفس اليوم": the day just told; "على مدار اليوم", "طوال اليوم": all day
        # long; "في مثل هذا اليوم": the same day of another year
        if prev and (prev[-1] in _NOT_TODAY_BEFORE or prev[-2:] == ["مثل", "هذا"]):
            return None
    if anc == "الامس" and not m["part"] and f[max(0, m.start() - 8): m.start()].split()[-1:] in _FORMER_BEFORE:
        return None                 # "نجوم الأمس", "أعداء الأمس": of former times, not of yesterday
    if anc in ("غد", "الغد") and not m["part"] and not m["wd"] and not f[max(0, m.start("all") - 5): m.start("all")].strip().endswith("يوم"):
        return None                 # "غد" alone (no يوم, time of day or weekday) is mostly "the future" (الغد)
    if pub is None:
        value, precision = None, ("day" if unit == "day" else unit)
    else:
        value_d, precision = _shift(pub, unit, offset or 0)
        if m["wd"] and unit == "day":
            value_d = _weekday_near(value_d, R.weekdays[_key(m["wd"])][0])
        value = _iso(value_d)
    return _Candidate(m.start("all"), m.end("all"), value, precision, ref)


def _clause_before(f: str, pos: int) -> str:
    """The clause before ``pos``: back to the last comma or sentence end, at most 80
    characters. A date set off by commas ("ستبدأ، الأحد، ...") belongs to the clause
    before its comma."""
    parts = _CLAUSE_MARK.split(f[max(0, pos - 80): pos])
    return parts[-1] if parts[-1].strip() or len(parts) == 1 else parts[-2]


def _future_clause(f: str, pos: int, R: _Rules) -> bool:
    """Does the clause before ``pos`` speak of the future? (A present verb of a scheduled
    event is not asked here: with a day and month, the window around the article's date
    mostly reads them right, and "تواجه صعوبات رغم الاتفاق المبرم في 14 يوليو" is past.)"""
    return bool(R.future_cue.search(_own_clause(_clause_before(f, pos))))


# A relative pronoun and the past verb right after it ("سترفع الحظر الذي فرضته في 9 تموز",
# "ستستأنف المحادثات التي كانت توقفت الأحد"): the date is told in the relative clause, in the
# past, and the future verb before it is not its tense
_RELATIVE_PAST = re.compile(r"(?<![^\W\d_])(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي)\s+(?P<verb>[^\W\d_]+)")
_PAST_AUXILIARIES = {"كان", "كانت", "كانوا", "كانا", "تم", "تمت", "جري", "جرت", "سبق", "قد"}


def _own_clause(clause: str) -> str:
    """The part of ``clause`` that tells the tense of a date after it: after the last
    relative pronoun whose verb is in the past, else all of it."""
    last = None
    for last in _RELATIVE_PAST.finditer(clause):
        pass
    if last is None or not _past_verb(last["verb"]):
        return clause
    return clause[last.start("verb"):]


def _past_verb(word: str) -> bool:
    """A verb right after a relative pronoun, told in the past: one of the auxiliaries (تم،
    كان، قد), a verb not begun by a letter of the present or future (ي ت ن س: فرضته، اتخذ),
    or one begun by ت whose ending is a past one (توقفت، تعرضوا: the present تتوقف، يتعرضون)."""
    if word in _PAST_AUXILIARIES or word[0] not in "يتنس":
        return True
    return word[0] == "ت" and len(word) >= 4 and word.endswith(("ت", "وا"))


_CLAUSE_MARK = re.compile(r"[،,؛;.!?؟\n]")
# Verbs of scheduled events in the present tense (يعقد، تنطلق، يزور، تقام): in a news
# clause with a bare weekday they announce what is to come ("يعقد المجلس جلسة طارئة
# الخميس", "تنطلق البطولة السبت", "يواجه المنتخب نظيره الجمعة", "يحتضن الملعب النهائي
# السبت", "يصوت البرلمان الأحد", "يجتمع الوزراء الاثنين", "يدلي الناخبون بأصواتهم الأحد",
# "يلقي الرئيس خطابا الثلاثاء", "يناقش البرلمان المشروع الأربعاء", "يترأس الملك القمة
# الجمعة", "تتجه الأنظار الأربعاء إلى"); a clause in the past has its verb in the past (عقد،
# انطلقت), and so has a negated past (لم تعقد). Verbs that also state present facts
# (يصل "amounts to", يجري "is under way") are left out. A present verb of expecting
# (يتوقع، يرجح، ينتظر، يرتقب: "ويتوقع أن يوقع الطرفان الاتفاق السبت") points ahead too.
_SCHEDULED_VERB = re.compile(
    r"(?<![^\W\d_])(?<!لم )[وف]?[يت](?:عقد|نعقد|بدا|نطلق|زور|لتقي|ستضيف|قام|ختتم|توجه|خوض|ستانف|فتتح|حتضن|واجه|لعب|قابل|ستقبل|صوت"
    r"|جتمع|دلي|لقي|ناقش|تراس|تجه|توقع|رجح|نتظر|رتقب|ستعد)"
    r"(?:ون|ان)?(?![^\W\d_])"
)
# A verb of possibility, duty or hope with أن and a present verb ("ويمكن أن يحسم الفريق
# التأهل الثلاثاء", "يجب أن يقدم الوزير استقالته الأحد", "يأمل أن يوقع الاتفاق الخميس",
# "تستطيع الحكومة أن تعلن الجمعة"): what may or must happen is still to come
_MODAL_PRESENT = re.compile(
    r"(?<![^\W\d_])[وف]?(?:يمكن|يمكنه|يمكنها|يمكنهم|يجب|ينبغي|يتعين|يامل|تامل|يستطيع|تستطيع|يريد|تريد)"
    r"(?:\s+[^\W\d_]+){0,3}\s+ان\s+(?![يت]كون(?![^\W\d_]))[يتن][^\W\d_]{2,}"
)
# (not يكون: "يمكن أن يكون الهجوم وقع الأحد" guesses at the past)
# كان before a present verb makes it a past that went on ("وكان الوزراء يناقشون الاثنين
# المشروع", "كانت القوات تحاصر المدينة الجمعة"): not a plan
_WAS = re.compile(r"(?<![^\W\d_])[وف]?(?:كان|كانت|كانوا|كانا)(?![^\W\d_])")


# منذ right before a weekday, or with one word (a verb or verbal noun), after أن or not,
# between them
_SINCE_BEFORE = re.compile(r"(?<![^\W\d_])و?منذ\s+(?:(?:ان\s+)?[^\W\d_]+\s+)?$")


def _scheduled(clause: str) -> bool:
    """Does ``clause`` hold a present verb of a scheduled event (see _SCHEDULED_VERB), or
    one after a verb of possibility or duty (_MODAL_PRESENT), that no كان before it puts
    in the past ("كان يمكن أن يحسم الأحد" is a chance gone by)?"""
    verb = _SCHEDULED_VERB.search(clause) or _MODAL_PRESENT.search(clause)
    return verb is not None and not _WAS.search(clause, 0, verb.start())


def _weekday(m: re.Match, pub: date | None, R: _Rules, f: str) -> _Candidate | None:
    iso, ambiguous, ref = R.weekdays[_key(m["wd"])]
    direction = R.relative["modifier"][_key(m["mod"])][1] if m["mod"] else None
    if ambiguous and not (m["yawm"] or m["part"] or m["mod"]):
        # bare الاثنين / الأحد / الجمعة are days in news ("طلب ترامب الأحد ..."), except
        # "بين الاثنين", "كلا الاثنين", "الاثنين معا", "صلاة الجمعة"
        before = _WORDS.findall(f, max(0, m.start() - 12), m.start())
        after = _WORDS.findall(f, m.end("all"), m.end("all") + 10)
        if (before and before[-1] in _NOT_A_DAY_BEFORE) or (after and (after[0] in _NOT_A_DAY_AFTER or _dual_verb(after[0]))):
            return None
    if direction is None and (pair := _PAIRED_DAY.match(f, m.end("all"))):
        direction = -1 if pair["mod"] == "الماضيين" else 1    # "يومي الخميس والجمعة المقبلين"
    if pub is None:
        return _Candidate(m.start("all"), m.end("all"), None, "day", ref)
    if direction in (-1, 1):
        value = _weekday_from(pub, iso, direction)
    elif direction in (-2, 2):
        # "الخميس بعد المقبل", "الجمعة قبل الماضية": one week beyond the next or last one
        value = _weekday_from(pub, iso, direction // 2) + timedelta(days=7 * direction // 2)
    else:
        clause = _clause_before(f, m.start("all"))
        # "يزور دمشق منذ الخميس", "منذ بدأ الأربعاء الهجوم", "منذ اعتقاله الأحد", "منذ أن
        # وصل الخميس": since a day gone by, whatever the verb before منذ
        since = _SINCE_BEFORE.search(f, max(0, m.start("all") - 24), m.start("all")) is not None
        clause = _own_clause(clause)
        future = not since and bool(R.future_cue.search(clause) or _scheduled(clause))
        value = _weekday_from(pub, iso, 1) if future and (iso != pub.isoweekday()) else _weekday_from(pub, iso, 0)
    return _Candidate(m.start("all"), m.end("all"), _iso(value), "day", ref)


# إلى and إلا, folded, begin with ال but are particles: "وصل اليوم إلى بغداد" is today
_PARTICLES_WITH_AL = {"الي", "الى", "الا"}
_FORMER_BEFORE = [["نجوم"], ["لاعبي"], ["اعداء"], ["حلفاء"], ["خصوم"], ["رفاق"]]
# Nouns before a day and month without a year that make them a name: political camps
# (قوى 14 آذار، حركة 6 أبريل), events remembered by their day (هجمات الحادي عشر من سبتمبر،
# ثورة 25 يناير، حرب السادس من أكتوبر), and places named after one (مدينة العاشر من رمضان،
# ميدان 26 يوليو، جسر 6 أكتوبر)
_NAMED_AFTER_A_DAY = {"قوي", "تحالف", "تيار", "فريق", "معسكر", "حركه", "ائتلاف",
                      "هجمات", "احداث", "اعتداءات", "تفجيرات", "ثوره", "انتفاضه", "حرب",
                      "مدينه", "ميدان", "شارع", "جسر", "كوبري", "جامعه"}


def _named_after_a_day(before: list[str]) -> bool:
    """Is the word before a day and month (one clitic و ف ب ل ك allowed) a noun that
    makes them a name?"""
    if not before:
        return False
    word = before[0]
    return word in _NAMED_AFTER_A_DAY or word[:1] in "وفبلك" and word[1:] in _NAMED_AFTER_A_DAY
_NOT_TODAY_BEFORE = {"ذلك", "ذاك", "نفس", "ذات", "مدار", "طوال"}
_UNIT_ADVERBS = {"عاما", "يوما", "شهرا", "اسبوعا", "سنه", "عام", "يوم", "شهر"}
_NOT_A_DAY_BEFORE = {"كلا", "بين", "من", "صلاه", "لصلاه", "وصلاه", "خطبه", "خطيب", "الواحد", "هذين", "هاذين"}
_PAIRED_DAY = re.compile(r"\s+و[^\W\d_]+\s+(?P<mod>المقبلين|القادمين|الماضيين)(?![^\W_])")
_NOT_A_DAY_AFTER = {"معا", "منهما", "منهم", "كليهما", "الاخرين", "الاخيرين"}


def _dual_verb(word: str) -> bool:
    """A verb in the dual of the present (يقومان، تعرفان): "إن الاثنين يعرفان بعضهما" is
    "the two", the verb's subject, not Monday."""
    return len(word) >= 5 and word[0] in "يت" and word.endswith("ان")
_WORDS = re.compile(r"[^\W\d_]+")
_MONTH_LEADS = {"في", "وفي", "منذ", "حتى", "خلال", "مطلع", "اوائل", "اواخر", "منتصف", "اواسط",
                "نهايه", "بدايه", "بحلول", "قبل", "بعد", "اول", "اخر", "من", "الي", "شهري", "وشهر"}


def _amount(m: re.Match, pub: date | None, R: _Rules, f: str) -> _Candidate | None:
    _, sign, ago_ref = R.relative["ago"][_key(m["ago"])]
    unit, count, unit_ref = R.relative["unit"][_key(m["unit"])]
    num = m["num"] or m["numafter"]
    if num:
        n = int(num) if num.isdigit() else R.relative["number"][_key(num)][1]
        if count == 2:
            return None            # "ثلاثة يومين" is not Arabic
    elif count is None:
        return None                # "منذ أيام": no amount, no date
    else:
        n = count
    if not n or n > 400:
        return None
    if re.match(r"\s+\d{4}(?!\d)", f[m.end("all"):]):
        return None                # "منذ عام 2011": the year pattern's
    prev = f[max(0, m.start() - 8): m.start()].split()
    if prev and prev[-1] in _UNIT_ADVERBS:
        return None                # "عاما بعد عام", "يوما بعد يوم": year after year
    if sign > 0 or _key(m["ago"]) == "قبل":
        # "قبل يومين من الانتخابات", "بعد أسبوع على الهجوم": counted from an event, not from today
        nxt = f[m.end("all"): m.end("all") + 6].split()
        if nxt and nxt[0] in ("من", "على", "علي"):
            return None
    precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    after = (unit, n) if sign > 0 else None
    if pub is None:
        return _Candidate(m.start("all"), m.end("all"), None, precision, f"{ago_ref}+{unit_ref}", after=after)
    return _Candidate(m.start("all"), m.end("all"), _iso(_count_from(pub, unit, sign * n)), precision,
                      f"{ago_ref}+{unit_ref}", after=after)


def _count_from(base: date, unit: str, delta: int) -> date:
    if unit in ("day", "week"):
        return base + timedelta(days=delta * (7 if unit == "week" else 1))
    if unit == "month":
        return _add_months(base, delta)
    return date(base.year + delta, 1, 1)


def _after_told_dates(f: str, kept: list[_Candidate]) -> None:
    """"وفي 15 نيسان 2016 حطت الطائرة ... وبعد أسبوع توفي": in a narrative, "بعد n" counts
    from the full date told just before it in the same paragraph, not from the article's."""
    told = None
    for c in kept:
        if c.after and told is not None and c.fstart - told.fend < 300 and "\n" not in f[told.fend:c.fstart]:
            c.value = _iso(_count_from(_parse(told.value), *c.after))
        elif c.precision == "day" and c.value and not c.rule.startswith("relative_dates") and not c.after:
            told = c


def _same_as_told(f: str, kept: list[_Candidate]) -> None:
    """"في 3 مارس 2016 ... وحتى 25 من الشهر نفسه", "في يناير 2011 ... وفي يوليو من العام
    نفسه": the month or year is that of the date told just before, in the same paragraph;
    with none, the value stays null. The year is taken only from a date that writes it (عام
    1997، 5 يوليو 2016، العام الماضي), not from a day and month read in the article's year."""
    told_month = told_year = None
    for c in kept:
        told = told_month if c.same_as_told == "month" else told_year
        if c.same_as_told and told is not None and c.fstart - told.fend < 400 and "\n" not in f[told.fend:c.fstart]:
            first = _parse(told.value)
            if c.same_as_told == "month":
                c.value = _iso(_safe_date(first.year, first.month, c.day))
            else:
                c.value = _iso(_safe_date(first.year, *c.parts))
        if not c.value or c.rule.startswith("weekdays"):
            continue               # (a weekday is read against the article's date, not told)
        if c.precision in ("day", "month"):
            told_month = c
        if c.precision == "year" or _WRITTEN_YEAR.search(f, c.fstart, c.fend) or c.rule.startswith("relative_dates"):
            told_year = c


_WRITTEN_YEAR = re.compile(r"\d{4}")


# ---------------------------------------------------------------- the annotator

def _triggers(f: str, token_starts: list[int], token_texts: list[str],
              date_words: list[tuple[int, frozenset[str]]]) -> list[tuple[int, frozenset[str]]]:
    """Folded offsets where a date expression may start, in order, with the patterns to
    try there.

    Running every pattern at every character is slow in Python; the patterns are tried only
    at a token that is a date word (``date_words``: token index and patterns, see
    ``_date_words``) standing after a space or a mark (``_BOUNDARIES``), or at a token that
    starts with a number.
    """
    hits = []
    for k, patterns in date_words:
        start = token_starts[k]
        if start == 0 or f[start - 1] in _BOUNDARIES:
            hits.append((start, patterns))
    # numbers: the tokens that are not all letters hold a digit (most have none)
    numbers = []
    for k in compress(range(len(token_texts)), map(not_, map(str.isalpha, token_texts))):
        text, start = token_texts[k], token_starts[k]
        if text[0].isdecimal():
            digits = _NUMBER.match(text).end()
            patterns = _patterns_at_number(f, start + digits, digits)
            if patterns:
                numbers.append((start, patterns))
        elif text[2:3].isdecimal() and text.startswith("ال"):
            numbers.append((start, _AL_NUMBER))      # "الـ9 من مايو"
    if not numbers:
        return hits
    # (no token is both a date word and a number: the two lists never share a position)
    return sorted(hits + numbers, key=_position)


def _patterns_at_number(f: str, end: int, digits: int) -> frozenset[str]:
    """The patterns that can match at a number of ``digits`` digits ending at ``end``
    (most numbers are counts and amounts, and four patterns tried on each cost more than
    this test): a day has one or two digits (absolute, day_of_month), a year four (year);
    a numeric date starts with a day or a year and a separator right after it."""
    if digits <= 2:
        patterns = _AT_DAY_NUMBER
    elif digits == 4:
        patterns = _AT_YEAR_NUMBER
    else:
        return _NO_PATTERNS
    if f[end:end + 1] in _NUMERIC_SEPARATORS or digits <= 2 and f[end:end + 3] == " / ":
        patterns = patterns | _NUMERIC_ONLY
    return patterns


_AT_DAY_NUMBER = frozenset({"absolute", "day_of_month", "range"})
_AT_YEAR_NUMBER = frozenset({"year"})
_NUMERIC_ONLY = frozenset({"numeric"})
_NO_PATTERNS: frozenset[str] = frozenset()
_NUMERIC_SEPARATORS = ("/", ".", "-")
_AL_NUMBER = frozenset({"absolute", "day_of_month"})
_CLITIC_CHAINS = ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك")
# What may stand right before a date word (the text's start counts as a space).
_BOUNDARIES = frozenset(" \n(«\"“'،,.:;؛-–—/[")
def _date_words(R: _Rules, token_texts: list[str]) -> list[tuple[int, frozenset[str]]]:
    """(token index, patterns) of the tokens that are date words, with at most two clitic
    letters: each token is looked up once, in C (map and compress). Tokens are whole runs of
    letters and digits, so a token that is a date word is the whole word ("امسيه" is not
    "امس"). (An article's own tokens are looked up in Analysis.date_and_cue_words.)"""
    first_words = R.first_words
    return [(k, first_words[token_texts[k]])
            for k in compress(range(len(token_texts)), map(first_words.get, token_texts))]


_NUMBER = re.compile(r"\d+")
_position = itemgetter(0)


def find_dates(f: str, published: str | None, lexicon, an=None) -> list[_Candidate]:
    """Date candidates over folded text ``f``, overlaps resolved (longest first).
    ``an``: the Analysis whose folded text ``f`` is, so that its tokens and their look-ups
    serve; without it ``f`` is tokenized here."""
    R = rules(lexicon)
    pub = _parse(published)
    if an is not None:
        token_starts, token_texts = an.token_starts, an.token_texts
        date_words = [(k, patterns) for k, patterns, _ in an.date_and_cue_words if patterns]
    else:
        tokens = tokenize(f)
        token_starts, token_texts = [t.start for t in tokens], [t.text for t in tokens]
        date_words = _date_words(R, token_texts)
    cands: list[_Candidate | None] = []
    for pos, patterns in _triggers(f, token_starts, token_texts, date_words):
        if "absolute" in patterns and (m := R.absolute.match(f, pos)):
            cands.append(_absolute(m, f, pub, R))
        if "numeric" in patterns and (m := R.numeric.match(f, pos)):
            cands.append(_numeric(m))
        if "year" in patterns and (m := R.year.match(f, pos)):
            cands.append(_year(m))
        if "anchor" in patterns and (m := R.anchor.match(f, pos)):
            cands.append(_anchor(m, pub, R, f))
        if "weekday" in patterns and (m := R.weekday.match(f, pos)):
            cands.append(_weekday(m, pub, R, f))
        if "day_of_month" in patterns and (m := R.day_of_month.match(f, pos)):
            cands.append(_day_of_month(m, pub, R, f))
        if "amount" in patterns and (m := R.amount.match(f, pos)):
            cands.append(_amount(m, pub, R, f))
        if "range" in patterns and (m := _DAY_RANGE.match(f, pos)):
            cands.extend(_day_range(m, f, pub, R))
        if "ordinal_range" in patterns and (m := R.ordinal_range.match(f, pos)) and _ordinal_range(m, f):
            cands.extend(_day_range(m, f, pub, R))
    found = sorted((c for c in cands if c), key=lambda c: (-(c.fend - c.fstart), c.fstart))
    kept: list[_Candidate] = []
    for c in found:
        if all(c.fend <= k.fstart or c.fstart >= k.fend for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.fstart)
    _after_told_dates(f, kept)
    _same_as_told(f, kept)
    return kept


# "بيروت - 12 آذار/مارس (رويترز) -", "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس":
# a place of one to three words, then the date, then the agency, a dash or a line break.
# Without a mark between place and date, the date must be followed by a dash, a bracket,
# الموافق or the end of the line (so "قال الوزير في 12 مارس، إن" is no dateline).
_DATELINE_MARKED = re.compile(r"^\s*(?:(?:[^\W\d_]+[\s/]*){1,3}[\-–—،,:(]\s*)?$")
_DATELINE_BARE = re.compile(r"^\s*(?:[^\W\d_]+\s*){1,3}$")
_AFTER_MARKED = re.compile(r"^\s*(?:[)\-–—:،,(]|\n|$|الموافق)")
_AFTER_BARE = re.compile(r"^[^\S\n]*(?:[)\-–—:(]|\n|$|الموافق)")


def article_date(an) -> str | None:
    """The article's date: the input's metadata, else a dateline at the start of the body.

    A dateline without a year ("بيروت - 12 آذار/مارس (رويترز)") takes the first year that
    puts it on or after the latest fully written date in the body (an article is not
    older than the dates it reports); with no such date the year is unknown and the
    result is None rather than a guess.
    """
    if an.doc.published:
        return an.doc.published
    head = an.f[:160]
    for c in find_dates(head, None, an.lexicon):
        if c.fstart > 70:
            break
        if c.precision != "day" or not (c.rule.startswith(("months:", "numeric"))):
            continue
        before, after = head[:c.fstart], head[c.fend:]
        if not ((_DATELINE_MARKED.match(before) and _AFTER_MARKED.match(after))
                or (_DATELINE_BARE.match(before) and _AFTER_BARE.match(after))):
            continue
        if c.value:
            return c.value
        if c.parts:
            return _year_from_body(an, *c.parts)
    return _today_in_lead(an)


# "اليوم" (today), perhaps with its weekday, right before a full date: "اليوم الاثنين 25 مارس 2024"
_TODAY_BEFORE = re.compile(r"اليوم(?:\s+\w+)?[\s،,]*$")


def _today_in_lead(an) -> str | None:
    """A lead sentence that says "today" and writes the full date ("اعتمد المجلس، اليوم
    الاثنين 25 مارس 2024، قرارا") gives the article's date when there is no dateline."""
    end = an.sentences[0][1] if an.sentences else len(an.text)
    lead = an.f[: min(end, 400)]
    for c in find_dates(lead, None, an.lexicon):
        if c.precision == "day" and c.value and _TODAY_BEFORE.search(lead[max(0, c.fstart - 20):c.fstart]):
            return c.value
    return None


def _year_from_body(an, month: int, day: int) -> str | None:
    written = [d for c in find_dates(an.f, None, an.lexicon, an)
               if c.precision == "day" and c.value and (d := _parse(c.value))]
    if not written:
        return None
    return _iso(_nearest_year(max(written), month, day, 1))


def annotate(an) -> list[DateExpr]:
    out = []
    for c in find_dates(an.f, an.published, an.lexicon, an):
        start, end = an.span(c.fstart, c.fend)
        # only a day is a value: "عام 2014" or "الشهر الماضي" names no calendar day, so its
        # value is null and its period says which year, month or week it means
        day = c.precision == "day"
        out.append(DateExpr(an.text[start:end], start, end, c.value if day else None, c.precision,
                            c.rule, period=None if day else _period(c.value, c.precision)))
    return out
