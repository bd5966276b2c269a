"""Entities: people, organisations, places and collective actors, linked to actor codes.

Three passes over the folded text, then coreference:

1. **Gazetteer**: every name the lexicon knows (countries from CLDR, the project's
   spellings, capitals and seats of power, places, organisations, office-holders), matched
   across clitics (وموسكو، لأوكرانيا، بالناتو، للناتو); the clitic stays outside the span.
2. **Title patterns**: a title (الرئيس، وزير الخارجية، الأمين العام ...), its modifiers
   (a nisba adjective الروسي, a country or organisation لحلف الناتو / لاتفيا, السابق ...),
   then a name of one to four words → a person with role and affiliation. A title with no
   name is an unnamed office-holder (type ROLE), joined to the named person with the same
   office and country when the article names one.
3. **Collective actors**: a group head (القوات، الجيش، المتظاهرون ...) with an optional
   nisba or organisation → GROUP with affiliation and sector; plural nisbas (الروس) too.
4. **Name rules**: a given name and the name words after it, a speech verb's unknown
   subject, a singular nisba used as a noun and the name after it (الإسباني خوان ماتا →
   a person of ESP).

Coreference within the article: one entity per lexicon id; a pattern person's surname
later in the text joins it (زيلينسكي after فولوديمير زيلينسكي); an organisation's anaphors
(الحلف، التحالف for NATO) join it once it has been named.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from ..model import Entity, Mention
from ..text.fold import fold_key
from ..text.tokens import NOUN_PREFIXES, noun_stems
from .gazetteer import GazEntry, find_names, gazetteer, pick_entry

MAX_NAME_WORDS = 4
MAX_TITLE_WORDS = 4
NAME_FLAGS_LIMIT = 300_000      # distinct words whose name flags are remembered per process

# What _Scanner._name_word reads off a word alone (cached per word): whether it may be a
# name's first word, a later word, and whether it is a known given name.
NAME_FIRST, NAME_LATER, GIVEN = 1, 2, 4

# The word flag of a token a gazetteer name may start in (see _Scanner.flags); the
# flags below it are the passes of _Scanner.scan.
NAME_START = 256
# The word flag of a singular nisba with the article, which may stand for a person before
# a name (_Scanner._nisba_noun_name); a pass flag above NAME_START.
NISBA_NOUN = 512

# Words that extend an office without naming anyone: "المتحدث باسم الخارجية".
_OFFICE_LINKS = {"باسم", "لشوون", "لشؤون", "لدي", "لدى", "في", "عن", "لدولة", "لدوله"}
_QUALIFIERS = {"السابق", "السابقه", "الاسبق", "الجديد", "الجديده", "الحالي", "الحاليه", "المقبل",
               "المنتهيه", "المنتهيه ولايته", "المكلف", "المكلفه", "بالوكاله", "بالانابه", "الاعلي",
               "العام", "العامه", "الاول", "الاولي", "الثاني", "الدائم", "الدائمه", "الخاص", "الخاصه",
               # ranks and epithets between a title and the name: اللواء الركن، الفريق أول،
               # العميد الطيار، الملك المفدى
               "ركن", "الركن", "اول", "طيار", "الطيار", "المفدي"}
# The complementisers that open reported speech after its subject: قال فلان إن / أن.
_THAT = {"ان", "انه", "انها", "بان", "بانه"}
# A relative pronoun set off by a comma after a speaker's name describes that person: "وقال
# فلان، الذي يدير الشركة، إن".
_WHO = {"الذي", "التي"}
# Words of a kunya or a lineage, after which a place's name is a name word (محمد أبو العلا).
_KUNYA = {"ابو", "ابي", "ام", "بن", "ابن", "بنت"}
# Sectors whose bodies sit in a place: "وزارة الصحة في غزة" is Palestine's ministry; forces or
# rebels "in" a country are not its own (القوات في سوريا).
_SEATED_SECTORS = {"GOV", "COP", "HLH", "JUD", "LEG"}
# Words of a football team in construct before its club's bare name (folded): "لاعب
# الهلال"، "مدرب النصر"، "جماهير الاتحاد" name the club نادي الهلال. After other words the
# bare name is as often a common noun (الهلال the crescent, النصر victory, الاتحاد a union).
_CLUB_CONTEXT = {fold_key(w) for w in """فريق لفريق وفريق بفريق لاعب ولاعب للاعب لاعبي ولاعبي
لاعبو مدرب ومدرب لمدرب مهاجم ومهاجم حارس مرمى مدافع جماهير وجماهير جمهور مشجعي مشجعو""".split()}
# ... but an embassy or a delegation sits abroad, and "الدول في المملكة" are other states.
_NOT_SEATED = {fold_key(w) for w in """السفارة سفارة القنصلية البعثة الوفد وفد الدول القوى العواصم الحلفاء
الشركاء الدبلوماسيون الدبلوماسيين""".split()}

# Last words of names that are no surname to look for alone (فاطمة بنت رسول الله).
_NOT_SURNAMES = {"الله", "الدين", "الرحمن", "الرحيم"}
# The first words of two-word surnames: عبد العاطي is the surname of بدر عبد العاطي, أبو
# الغيط of أحمد أبو الغيط, and either alone names that person later in the article.
_COMPOUND_SURNAME_HEADS = {"عبد", "ابو"}

# Regnal ordinals that end a royal name: الملك محمد السادس، عبد الله الثاني.
_REGNAL = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"}

# Closed-class words (particles, prepositions, pronouns, demonstratives) can never be part
# of a name; the stopnames table adds the open-class words (verbs, time words) users extend.
_FUNCTION_WORDS = set("""
ان انه انها انهم لان كان كانت قد لقد في من الي الى علي على عن مع حول بعد قبل عند منذ خلال بين ضد لدي
حتي ثم او ام لا لم لن ما اذا لو هو هي هم هما نحن انا هذا هذه ذلك تلك هولاء الذي التي الذين اللذين اللتين
اليوم امس غدا ايضا كما حيث كل بعض غير سوف اي وان فان بان لكن لكنه ولكن اما الا انما عبر وفق نحو دون
احد احدي
فيه فيها فيهم منه منها منهم عنه عنها عنهم له لها لهم به بها بهم اليه اليها عليه عليها عليهم لديه لديها
معه معها بينهم صلي سموه جلالته فخامته معاليه سماحته حضرته
""".split())

# Name words that may be inside a person's name though they look like particles.
_NAME_LINKS = {"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "دي", "دو", "فون", "فان",
               "بو"}       # the Maghrebi أبو written apart: عبد الرحمن بو عنان، محمد بو صوفة
# The second halves of compound given names, which a further name may follow (نصر الله
# حسن، نور الدين زكي); ولد links the parts of Mauritanian names (محمد الأمين ولد الشيخ).
_COMPOUND_SECOND = {"الله", "الدين", "الرحمن", "الاسلام", "الهدي", "الزمان", "الحق"}


# A letter whose lower case is a Latin a-z: A-Z, a-z, and the dotted İ and Kelvin sign K.
_LATIN_LETTER = re.compile("[A-Za-z\u0130\u212a]")


@dataclass(frozen=True, slots=True)
class _Title:
    """A row of the titles table with what the title pass reads of it worked out once
    (a lexicon Row answers each cell through a method call, its reference through a
    property that builds the string)."""

    kind: str                   # office, head, honorific, generic ...
    role: str
    gender: str | None
    sector: str | None
    written: str                # the title as the table writes it
    name_rule: str              # rule of a person named after the title: title+name:titles:12
    role_rule: str              # rule of an unnamed office-holder: title:titles:12
    address: bool = False       # a form of address or a rank (_ADDRESS_TITLES)

    @classmethod
    def of(cls, r) -> "_Title":
        return cls(r["kind"], r["role"], r["gender"] or None, r["sector"] or None, r["title"],
                   f"title+name:{r.ref}", f"title:{r.ref}", fold_key(r["title"]) in _ADDRESS_TITLES)


@dataclass(frozen=True, slots=True)
class _GroupHead:
    """A row of the groups table as the group pass reads it, worked out once (see _Title)."""

    needs_owner: bool           # a government head (الدول) not marked alone=yes, or one marked alone=no: an actor
                                # only with a nisba or owner
    code: str | None            # the affiliation it has alone
    sector: str | None
    number: str
    gender: str | None
    rule: str                   # group:groups:7

    @classmethod
    def of(cls, r) -> "_GroupHead":
        return cls(r["sector"] == "GOV" and r.get("alone") != "yes" or r.get("alone") == "no", r.get("code") or None,
                   r["sector"] or None, r["number"] or "pl", r["gender"] or None, f"group:{r.ref}")


@dataclass
class _Lex:
    """The parts of the lexicon this annotator uses, folded and indexed once."""

    titles: dict[tuple[str, ...], _Title]
    title_first: set[str]
    nisba: dict[str, str]               # folded form -> code
    nisba2: dict[tuple[str, str], str]  # two-word adjectives (الكوري الجنوبي) -> code
    nisba_plural: dict[str, str]        # folded plural form (people: الروس) -> code
    groups: dict[tuple[str, ...], _GroupHead]   # folded head words -> row
    group_first: set[str]
    stop: set[str]
    given: dict[str, str]               # folded given name -> gender
    foreign_given: set[str]             # given names of foreign origin (no ال family names)
    speech: dict[str, str]              # folded past speech verb (قال، قالت) -> gender
    speech_other: set[str]              # other forms of speech verbs (قائلا، مؤكدا، يقول)
    org_heads: dict[str, object] = field(default_factory=dict)  # folded head (جامعه، صحيفه) -> row
    common_given: dict[str, str] = field(default_factory=dict)  # given names that are also words -> gender
    place_heads: dict[str, object] = field(default_factory=dict)  # folded head (بلده، حي) -> row
    # a singular nisba with the article (الإسباني، الألمانية) -> (code, gender): used as a
    # noun, "the Spaniard", it stands before a name like a title (الإسباني رافائيل نادال)
    nisba_noun: dict[str, tuple[str, str]] = field(default_factory=dict)
    # every word some pass can start at, as a token reads (clitics and all) -> its flags
    # (see _Scanner.flags), if a gazetteer name may start in it that name's readings
    # (Gazetteer.starts), and if a pass may start at it its noun_stems readings, which the
    # passes read: one look-up per token answers all three
    word_table: dict[str, tuple[int, tuple, tuple]] = field(default_factory=dict)
    # the words of word_table as a set: most tokens are in neither, and a set answers "not
    # here" from one run of its table, where the much larger dict reads several places
    word_set: frozenset[str] = frozenset()
    name_flags: dict[str, int] = field(default_factory=dict)   # filled lazily by _Scanner._name_word
    # first word of a title / group head -> the most words of one it starts: most start
    # only one-word titles, and no longer one need be looked up
    title_longest: dict[str, int] = field(default_factory=dict)
    group_longest: dict[str, int] = field(default_factory=dict)
    # first words of the two-word nisbas (الكوري of الكوري الجنوبي): only after one of these
    # is the pair looked up
    nisba2_first: frozenset[str] = frozenset()
    # first word of a title / group head of several words -> the second words they have:
    # after any other word only the one-word title or head is looked up
    title_second: dict[str, frozenset[str]] = field(default_factory=dict)
    group_second: dict[str, frozenset[str]] = field(default_factory=dict)
    # a place's gazetteer key -> the newspaper or channel named like it, listed with its
    # head (صحيفة الشرق الأوسط، جريدة الرياض): the place in quotation marks is the outlet
    quoted_outlets: dict[str, GazEntry] = field(default_factory=dict)
    # the verbal nouns of event_verbs.tsv (هجوم، اتفاق، زيارة، غارة ...), folded without ال:
    # right after a title such a word is what the title's verb is about, not a name
    act_nouns: frozenset[str] = frozenset()
    # present verbs of the event and speech tables (folded, in ي): with the future سـ before
    # them, never a name after a title (الوزير سيستقيل، الرئيس سيزور)
    present_verbs: frozenset[str] = frozenset()
    # the last word of every lexicon person's name or alias of two words or more (الأسد،
    # البشير، الحريري): a family name, even alone after a title (الرئيس الأسد)
    known_surnames: frozenset[str] = frozenset()
    # first words with the article of lexicon persons' names (المنصف، الحبيب، الطيب): given
    # names of the Maghreb and the Nile that open a name like any other
    definite_given: frozenset[str] = frozenset()
    # given names (also those that are words) as a token reads, bare or after و/ف: a family
    # name follows one of them (see _Scanner.family_name_here)
    given_tokens: frozenset[str] = frozenset()


def _nisba_forms(adj: str) -> tuple[list[str], list[str]]:
    """Singular/feminine forms and plural forms of a nisba adjective (folded, with and
    without ال): روسي → روسي روسيه الروسي الروسيه | روسيون روسيين روسيات ..."""
    base = fold_key(adj)
    sing = [base, base + "ه"]
    plur = [base + "ون", base + "ين", base + "ات"]
    with_al = lambda xs: xs + ["ال" + x for x in xs]
    return with_al(sing), with_al(plur)


def _build_lex(lex) -> _Lex:
    titles: dict[tuple[str, ...], _Title] = {}
    for r in lex.rows("titles"):
        words = tuple(fold_key(r["title"]).split())
        if not words:
            continue
        title = _Title.of(r)
        titles.setdefault(words, title)
        if words[0].startswith("ال") and len(words[0]) > 3:
            titles.setdefault((words[0][2:],) + words[1:], title)
    nisba: dict[str, str] = {}
    nisba_plural: dict[str, str] = {}
    nisba2: dict[tuple[str, str], str] = {}
    nisba_noun: dict[str, tuple[str, str]] = {}
    for r in lex.rows("nisba"):
        words = r["adjective"].split()
        if len(words) == 2:
            # two-word adjectives agree word by word: الكوري الجنوبي، الكورية الجنوبية
            (s1, p1), (s2, p2) = _nisba_forms(words[0]), _nisba_forms(words[1])
            for a, b in zip(s1 + p1, s2 + p2):
                nisba2.setdefault((a, b), r["code"])
            continue
        sing, plur = _nisba_forms(r["adjective"])
        for form in sing:
            nisba.setdefault(form, r["code"])
            if form.startswith("ال"):
                nisba_noun.setdefault(form, (r["code"], "f" if form.endswith("ه") else "m"))
        for form in plur:
            nisba.setdefault(form, r["code"])
            nisba_plural.setdefault(form, r["code"])
        for p in r.list("plurals"):
            k = fold_key(p)
            for form in (k, "ال" + k):
                nisba_plural.setdefault(form, r["code"])
    groups: dict[tuple[str, ...], _GroupHead] = {}
    for r in lex.rows("groups"):
        words = tuple(fold_key(r["head"]).split())
        if words:
            groups.setdefault(words, _GroupHead.of(r))
    stop = {fold_key(r["word"]) for r in lex.rows("stopnames")}
    given = {fold_key(r["name"]): r["gender"] for r in lex.rows("given_names")}
    foreign_given = {fold_key(r["name"]) for r in lex.rows("given_names") if r["origin"] == "foreign"}
    speech: dict[str, str] = {}
    speech_other: set[str] = set()
    for r in lex.rows("speech_verbs"):
        if r["kind"] == "speech" and r["verb"]:
            v = fold_key(r["verb"])
            speech.setdefault(v, "m")
            speech.setdefault(v + "ت", "f")
        for col in ("present", "participle"):
            if r[col]:
                form = fold_key(r[col])
                speech_other.update({form, form + "ه", form.rstrip("ا") + "ه"})
        for noun in r.list("noun"):
            form = fold_key(noun)       # "وأضاف الوزير قوله إن": the speech noun, no name
            speech_other.update({form, form + "ه", form + "ها", form + "هم"})
    lx = _Lex(titles, {w[0] for w in titles}, nisba, nisba2, nisba_plural, groups,
              {w[0] for w in groups}, stop, given, foreign_given, speech, speech_other,
              org_heads={fold_key(r["head"]): r for r in lex.rows("org_heads")},
              common_given={fold_key(r["name"]): r["gender"] for r in lex.rows("common_given_names")},
              place_heads={fold_key(r["head"]): r for r in lex.rows("place_heads")},
              nisba_noun=nisba_noun)
    lx.act_nouns = frozenset(fold_key(w) for r in lex.rows("event_verbs") if r["kind"] == "noun"
                             for w in [r["trigger"].split()[0], *r.list("forms")] if w)
    lx.present_verbs = frozenset(
        {fold_key(w) for r in lex.rows("event_verbs") if r["kind"] == "verb"
         for w in [r["trigger"].split()[0], *r.list("forms")] if fold_key(w)[:1] == "ي"}
        | {fold_key(r["present"]) for r in lex.rows("speech_verbs") if r["present"]})
    lx.nisba2_first = frozenset(first for first, _ in nisba2)
    for table, longest, second in ((titles, lx.title_longest, lx.title_second),
                                   (groups, lx.group_longest, lx.group_second)):
        seconds: dict[str, set[str]] = {}
        for words in table:
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(words[1])
        second.update((first, frozenset(found)) for first, found in seconds.items())
    stem_flags: dict[str, int] = {}
    for bit, stems in ((1, lx.title_first), (2, lx.group_first), (4, lx.nisba_plural), (8, lx.given),
                       (32, lx.org_heads), (64, lx.common_given), (128, lx.place_heads),
                       (NISBA_NOUN, lx.nisba_noun)):
        for stem in stems:
            stem_flags[stem] = stem_flags.get(stem, 0) | bit
    # Every clitic reading of a word (as noun_stems reads it) passes its stem's flags on
    # to the word: a stem's clitic forms are few, so they are all listed here, and the
    # scanner tests each token against one set instead of reading its stems.
    flags: dict[str, int] = {}
    for stem, bits in stem_flags.items():
        flags[stem] = flags.get(stem, 0) | bits
        for prefix in NOUN_PREFIXES:
            if prefix.endswith(("لل", "ال")):
                # بال، لل ... + a stem without its article: بالناتو، للناتو → الناتو
                word = prefix + stem[2:] if stem.startswith("ال") and len(stem) >= 4 else None
            else:
                word = prefix + stem if len(stem) >= 2 else None
            if word:
                flags[word] = flags.get(word, 0) | bits
    for verb in speech:                   # قال، وقال، فقال
        for word in (verb, "و" + verb, "ف" + verb):
            flags[word] = flags.get(word, 0) | 16
    # the same set test finds the tokens a gazetteer name may start in (وموسكو، للناتو)
    gaz = gazetteer(lex)
    starts = gaz.starts
    lx.quoted_outlets = _quoted_outlets(lex, gaz)
    lx.known_surnames = frozenset(key.rsplit(" ", 1)[1] for key, entries in gaz.entries.items()
                                  if " " in key and any(e.type == "PER" for e in entries))
    lx.given_tokens = frozenset(clitic + name for name in (*lx.given, *lx.common_given) for clitic in ("", "و", "ف"))
    lx.definite_given = frozenset(key.split(" ", 1)[0] for key, entries in gaz.entries.items()
                                  if key.startswith("ال") and " " in key and any(e.type == "PER" for e in entries)
                                  and key.split(" ", 1)[0] not in lx.title_first)     # (الملك، الشيخ)
    for word in starts:
        flags[word] = flags.get(word, 0) | NAME_START
    # (noun_stems unwrapped: its cache is for the words of articles, not of the lexicon)
    lx.word_table = {word: (bits, starts.get(word, ()), noun_stems.__wrapped__(word) if bits & ~NAME_START else ())
                     for word, bits in flags.items()}
    lx.word_set = frozenset(lx.word_table)
    return lx


_OUTLET_HEADS = {fold_key(w) for w in "صحيفة جريدة مجلة قناة".split()}


def _quoted_outlets(lex, gaz) -> dict[str, GazEntry]:
    """Place keys that, bare, also name a listed newspaper or channel: the outlet's name
    (or alias) after its head word (صحيفة الشرق الأوسط → الشرق الأوسط، جريدة الرياض →
    الرياض) is a place the gazetteer knows, a region or a city."""
    found: dict[str, GazEntry] = {}
    for r in lex.rows("organizations"):
        if r["sector"] != "MED":
            continue
        for written in [r["name"], *r.list("aliases")]:
            head, _, bare = fold_key(written).partition(" ")
            places = gaz.entries.get(bare, ())
            outlets = [x for x in gaz.entries.get(fold_key(written), ()) if x.type == "ORG"]
            # (not a country's name: «المملكة» in quotation marks is still the kingdom)
            if head in _OUTLET_HEADS and outlets and any(x.type == "LOC" for x in places) \
                    and not any(x.kind == "country" for x in places):
                found.setdefault(bare, outlets[0])
    return found


def _lexicon(an) -> _Lex:
    return an.lexicon.compiled("entities", _build_lex)


@dataclass(slots=True)
class _Cand:
    """A mention before entities are formed; offsets are folded."""

    fs: int
    fe: int
    type: str
    rule: str
    name: str | None = None
    affiliation: str | None = None
    lexicon_id: str | None = None
    role: str | None = None
    title: str | None = None
    sector: str | None = None
    gender: str | None = None
    number: str = "sg"
    country: str | None = None
    code: str | None = None             # CAMEO international actor type (IGO, NGO, IMG)
    key: str = ""                       # clustering key when there is no lexicon id


# Nouns of policy and statecraft that a verb takes as its object, in construct with what
# follows: "انتقد الرئيس الأمريكي قرار المجموعة"، "رفض الملك مشروع القانون"، "وجهت الوزيرة
# فلانة انتقادات". Right after a title they open no name, and after two name words they
# end one; a single given name before them may still be followed by a father's name that
# reads like one (اللواء خالد قرار الحربي، عبدالله طلب), so there they do not stop it.
_POLICY_NOUNS = frozenset(fold_key(w) for w in """قرار قرارات خطة خطط اتفاق اتفاقية مشروع موقف مواقف سياسة سياسات تصريحات دعوة دعوات إعلان
طلب مطالب مقترح اقتراح مبادرة إجراءات خطوة قانون مرسوم تقرير نتائج عملية حملة جهود مساعي
تهديدات اتهامات انتقادات عرض شروط حكومة إدارة برنامج صفقة وثيقة رسالة
مزاعم ادعاءات أنباء شائعات""".split())


class _Scanner:
    """Walks the tokens once, producing mention candidates."""

    def __init__(self, an):
        self.an = an
        self.L = _lexicon(an)
        if len(self.L.name_flags) > NAME_FLAGS_LIMIT:
            self.L.name_flags.clear()       # a long run must not grow the cache forever
        self.gaz = gazetteer(an.lexicon)
        f = an.folded.folded
        low = f.lower()
        self.low = low if len(low) == len(f) else f
        self.toks = an.tokens
        self.starts = an.token_starts
        # tokens already hold their folded text; only Latin capitals need the slow way
        self.words = (an.token_texts if self.low == f
                      else [self.low[t.start:t.end] for t in self.toks])
        self.f = f
        self.year = int(an.published[:4]) if an.published and an.published[:4].isdigit() else None
        self._family_names_here: set[str] | None = None    # see family_name_here
        # One look-up per token in the word table finds the few tokens a pass may start at
        # or a gazetteer name may start in (with that name's spellings, so the gazetteer
        # need not be asked again); map and compress run it at C speed. Its flags are kept
        # per token, so the passes read a word's flags off its index.
        words = self.words
        n = len(words)
        word_table = self.L.word_table
        self.token_flags = token_flags = [0] * n
        # the noun_stems readings of the tokens a pass may start at (the passes are only
        # called at tokens whose flags allow them)
        self.token_stems: dict[int, tuple[tuple[int, str], ...]] = {}
        self.pass_starts = []
        name_starts = []
        for i in compress(range(n), map(self.L.word_set.__contains__, words)):
            flags, spellings, stems = word_table[words[i]]
            if flags & 64 and not _may_follow_common_given(words[i + 1] if i + 1 < n else ""):
                flags &= ~64        # (mostly على, folded like علي): that pass cannot match here
            token_flags[i] = flags
            if flags & ~NAME_START:
                self.pass_starts.append(i)
                self.token_stems[i] = stems
            if spellings:
                next_word = words[i + 1] if i + 1 < n else ""
                # most such words (ان، كان، علي) only open names of several words: they are
                # passed on only when the next word is a second word of one
                if spellings[1] or spellings[2] or next_word in spellings[3]:
                    name_starts.append((i, self.starts[i], spellings, next_word))
        # gazetteer hits indexed by the token they start in: (start, end, key, mention
        # start, entry), the entry picked once here for the passes that ask what the hit is
        self.hit_at: dict[int, tuple[int, int, str, int, GazEntry]] = {}
        chosen = self.gaz.chosen
        for s, e, key, ms, ti in find_names(self.gaz, self.low, name_starts):
            if s >= self.toks[ti].end:
                ti = self.token_index(s)     # a title left out of the match (الملك سلمان)
            if ti is not None and ti not in self.hit_at:
                # (most spellings' entry was picked when the gazetteer was built; only
                # office-holders sharing a spelling are picked by the article's year)
                entry = chosen.get(key) or pick_entry(self.gaz.entries[key], self.year)
                if key in self.L.quoted_outlets and entry.type == "LOC" and self._quoted(ms, e):
                    # «الشرق الأوسط», "الرياض": a place's name alone in quotation marks
                    # is the newspaper named like it ("قال لـ«الشرق الأوسط»")
                    entry = self.L.quoted_outlets[key]
                self.hit_at[ti] = (s, e, key, ms, entry)
        for i in compress(range(n), map(_CLUB_CONTEXT.__contains__, words)):
            self._club_after_team_word(i + 1)

    def _club_after_team_word(self, i: int) -> None:
        """Token i, right after a team word (لاعب، مدرب، فريق), is a club's bare name when
        the lexicon knows "نادي" + that word (لاعب الهلال is نادي الهلال's player): it is
        taken as that club. Not when a definite word that is no country adjective or
        particle (إلى folds to الي) follows (فريق الهلال الأحمر: the Red Crescent's team)."""
        n = len(self.toks)
        if i >= n or i in self.hit_at or self.gap(i) or not self.words[i].startswith("ال"):
            return
        if i + 1 < n and not self.gap(i + 1) and self.words[i + 1].startswith("ال") \
                and self.words[i + 1] not in self.L.nisba and self.words[i + 1] not in _FUNCTION_WORDS:
            return
        key = "نادي " + self.words[i]
        entries = self.gaz.entries.get(key)
        if not entries:
            return
        entry = self.gaz.chosen.get(key) or pick_entry(entries, self.year)
        if entry.type == "ORG":
            t = self.toks[i]
            self.hit_at[i] = (t.start, t.end, key, t.start, entry)

    def _quoted(self, fs: int, fe: int) -> bool:
        """Is folded [fs, fe) set alone between quotation marks?"""
        return fs > 0 and fe < len(self.f) and self.f[fs - 1] in _OPENERS and self.f[fe] in _CLOSERS

    def token_index(self, fpos: int) -> int | None:
        i = bisect_left(self.starts, fpos + 1) - 1
        if 0 <= i < len(self.toks) and self.toks[i].start <= fpos < self.toks[i].end:
            return i
        return None

    def token_after(self, fpos: int) -> int:
        return bisect_left(self.starts, fpos)

    def gap(self, i: int) -> str:
        """The non-space characters between token i-1 and token i; a line break counts as
        one (no name, title or body runs across it)."""
        if i <= 0 or i >= len(self.toks):
            return ""
        between = self.f[self.toks[i - 1].end:self.starts[i]]
        if between == " ":
            return ""           # most words are one space apart
        return "\n" if "\n" in between else between.strip()

    def word(self, i: int) -> str:
        return self.words[i]

    def _run(self, i: int, limit: int) -> int:
        """How many tokens from i on (at most ``limit``) follow each other with no
        punctuation between them: a multi-word title or head cannot cross a comma."""
        n = min(limit, len(self.toks) - i)
        L = 1
        while L < n and not self.gap(i + L):
            L += 1
        return L

    def nisba_at(self, j: int) -> tuple[str | None, int]:
        """(code, tokens used) of a country adjective starting at token j."""
        if self.words[j] in self.L.nisba2_first and j + 1 < len(self.toks) and not self.gap(j + 1):
            code = self.L.nisba2.get((self.words[j], self.words[j + 1]))
            if code:
                return code, 2
        code = self.L.nisba.get(self.words[j])
        return (code, 1) if code else (None, 0)

    def coordinated(self, i: int) -> bool:
        """Token i opens with the conjunction و/ف: a new item of a list, not a modifier
        of what precedes (قوات النظام وتنظيم داعش)."""
        return self.words[i][:1] in ("و", "ف") and self.hit_at.get(i, (self.toks[i].start,))[0] > self.toks[i].start

    def flags(self, i: int) -> int:
        """Which passes can start at token i: 1 title, 2 group head, 4 plural nisba,
        8 given name, 16 speech verb, 32 organisation head, 64 given name that is also a
        common word, 128 place head; NAME_START: a gazetteer name may start in it. Most
        words start none, and are skipped at once."""
        return self.token_flags[i]

    # ------------------------------------------------------------------ passes

    def scan(self) -> list[_Cand]:
        out: list[_Cand] = []
        # Only the tokens a pass may start at, or a gazetteer name, are visited.
        i = 0
        hit_at = self.hit_at
        for at in sorted(hit_at.keys() | set(self.pass_starts)):
            if at < i:
                continue           # taken by the previous match
            i = at
            flags = self.token_flags[i]
            j = self._title(i, out) if flags & 1 else None
            if j is None and i in hit_at:
                j = self._gazetteer(i, out)
            if j is None:
                # after titles and lexicon names, the passes a word's flags allow, first
                # match wins (most words allow one: the others are not even looked at)
                for scan_pass in _passes_allowed(flags):
                    j = scan_pass(self, i, out)
                    if j is not None:
                        break
            i = j if j is not None and j > i else i + 1
        return out

    def _entry_cand(self, hit: tuple[int, int, str, int, GazEntry]) -> _Cand:
        _, e, _, ms, entry = hit
        # (every field by position, title None and number "sg": the commonest candidate
        # of all, and keywords cost more to pass)
        return _Cand(ms, e, entry.type, entry.ref, entry.name, entry.affiliation, entry.lexicon_id,
                     entry.role, None, entry.sector, entry.gender, "sg", entry.country, entry.cameo)

    def _gazetteer(self, i: int, out: list[_Cand]) -> int | None:
        hit = self.hit_at.get(i)
        if not hit:
            return None
        out.append(self._entry_cand(hit))
        return self.token_after(hit[1])

    def _nisba_people(self, i: int, out: list[_Cand]) -> int | None:
        """A plural nisba used as a noun: الروس، الأوكرانيين، للإسرائيليين."""
        if i > 0 and not self.gap(i) and self._is_nounish(i - 1):
            return None                      # an adjective after a noun: "مواطنين روس"
        for plen, stem in self.token_stems[i]:
            code = self.L.nisba_plural.get(stem)
            if code and stem.startswith("ال"):
                t = self.toks[i]
                s = t.start + (plen if not self.word(i).startswith("لل") else 1)
                name = self.an.text[slice(*self.an.span(s, t.end))]
                out.append(_Cand(s, t.end, "GROUP", "nisba-plural", name=name, affiliation=code,
                                 number="pl", sector="CVL", key=f"people:{code}"))
                return i + 1
        return None

    def _nisba_noun_name(self, i: int, out: list[_Cand]) -> int | None:
        """A singular nisba used as a noun before a name gives that person's country: "ومرر
        الإسباني خوان ماتا الكرة"، "لكن الجزائري جمال بلماضي"، "للبرازيلي ماركوس باولو". After
        a definite word, a noun with a pronoun or a name the nisba is that word's adjective
        (برشلونة الإسباني، المدرب الفرنسي، نظيره المصري), and a name the lexicon knows is the
        gazetteer's."""
        n = len(self.toks)
        j = i + 1
        if j >= n or self.gap(j) or j in self.hit_at:
            return None
        if any(q in self.gap(i) for q in _CLOSERS):
            return None           # the adjective of a quoted name: شركة "ويتبريد" البريطانية
        if i > 0 and not self.gap(i) and (_has_article(self.words[i - 1])
                                          or out and out[-1].fe >= self.toks[i - 1].end
                                          or self._pronoun_suffixed(self._original(i - 1))):
            return None
        for plen, stem in self.token_stems[i]:
            found = self.L.nisba_noun.get(stem)
            # (not after ب: "بالعبرية", "بالفرنسية" name a language)
            if found is None or plen and self.words[i][:plen] not in ("و", "ف", "ل", "لل", "ول", "ولل"):
                continue
            code, gender = found
            if self.words[j] in self.L.given:
                # a given name reads its name as the given-name pass does (هادي قطيم الشيباني)
                named: list[_Cand] = []
                k = self._given_name(j, named)
                if k is None:
                    return None
                named[0].affiliation, named[0].rule = code, "nisba+name"
                out.append(named[0])
                return k
            # two name words, or three with a compound given name (سيف الدين مصطفى): a third
            # is more often the verb or object after the name (سيب بلاتر تخلى)
            k = self._name_chain(j, 2)
            if k < n and self.words[k - 1] in _COMPOUND_SECOND:
                k = self._name_chain(j, 3)
            if k < j + 2:
                return None       # one word alone may be the verb's object: "سجل البرازيلي هدفا"
            first = self.words[j]
            if first.startswith("و") or first in _DIRECTIONS or first.endswith(("ا", "ه", "ت", "ين", "ون", "ات")):
                return None       # not shaped like a name: "ألحق الإسباني خسارة قاسية"
            if any(self.words[x].startswith("ال") and self.words[x] not in _COMPOUND_SECOND
                   or self.token_flags[x] & (2 | 32 | 128) for x in range(j, k)):
                return None       # a definite word or a body's head: "الأطلسي بمعهد بروكينغز"
            c = self._person(self.toks[j].start, self.toks[k - 1].end, "nisba+name", gender)
            c.affiliation = code
            out.append(c)
            return k
        return None

    def _given_name(self, i: int, out: list[_Cand]) -> int | None:
        """A known given name followed by one to three name words: كوفي أنان، محمد البرادعي."""
        if i > 0 and not self.gap(i) and (self.words[i - 1] in _COUNTING_WORDS
                                          or self.words[i - 1][1:] in _COUNTING_WORDS and self.words[i - 1][0] in "وبل"):
            return None       # a counted plural that folds like a name: "من ثمانية أدوار" (إدوار)
        for plen, stem in self.token_stems[i]:
            gender = self.L.given.get(stem)
            # only a conjunction may stand before a given name: لانس is Lance, not ل + أنس
            if gender is None or (plen and self.word(i)[:plen] not in ("و", "ف")):
                continue
            # "عبد" and "أبو" start a compound first name (عبد الله، عبد العالم) whose
            # definite second word does not end the name as a family name would
            k = self._name_chain(i + 1, 2, after_given=stem not in _NAME_LINKS)
            if stem in self.L.foreign_given:
                # فيكتور ياكوفليف الموظف: a foreign name has no definite family name
                while k > i + 1 and self.word(k - 1).startswith("ال"):
                    k -= 1
            if k == i + 1:
                return None
            known = self._known_person_ending(i, k, stem)
            if known:
                c = self._entry_cand(known)
                c.fs = self.toks[i].start + plen
                out.append(c)
                return k
            out.append(self._person(self.toks[i].start + plen, self.toks[k - 1].end, "given-name+name", gender))
            return k
        return None

    def _known_person_ending(self, j: int, k: int, first: str):
        """The gazetteer hit of a lexicon person whose alias ends the name [j, k) and whose
        full name holds the name's first word ``first``: "فلاديمير بوتن" is Putin (alias
        بوتن), "جورج بوش" George W. Bush; "لورا بوش" is someone else."""
        if first in _NAME_LINKS:
            return None           # "بن سلمان بن عبدالعزيز" names a son of Salman, not Salman
        hit = self.hit_at.get(j + 1)
        if hit and hit[1] == self.toks[k - 1].end and hit[4].type == "PER" \
                and first in fold_key(hit[4].name).split():
            return hit
        return None

    def _person(self, fs: int, fe: int, rule: str, gender: str | None) -> _Cand:
        """A person found by a name rule at folded [fs, fe), clustered by the folded name."""
        name = self.an.text[slice(*self.an.span(fs, fe))]
        return _Cand(fs, fe, "PER", rule, name=name, gender=gender, key="per:" + fold_key(name))

    def _common_given_name(self, i: int, out: list[_Cand]) -> int | None:
        """A given name that is also a word (سعيد، علي، مبارك) starts a name only before
        بن/آل or a family name of the nisba form: "علي الحوسني", "سعيد آل علي"."""
        n = len(self.toks)
        for plen, stem in self.token_stems[i]:
            gender = self.L.common_given.get(stem)
            if gender is None or plen and self.word(i)[:plen] not in ("و", "ف") or i + 1 >= n or self.gap(i + 1):
                continue
            t = self.toks[i]
            nxt = self.word(i + 1)
            if nxt == "ال":       # آل + any family: آل علي، آل ثاني
                if i + 2 >= n or self.gap(i + 2) or not self.word(i + 2).isalpha():
                    return None
                k = i + 3
            elif nxt in ("بن", "ابن", "بنت"):
                k = self._name_chain(i + 1, 3)
                if k < i + 3:
                    return None
            elif nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) >= 5 and nxt not in self.L.nisba \
                    and self._name_word(i + 1, first=False):
                k = i + 2
            else:
                return None
            # (tested last: the preposition على, folded to علي, seldom gets this far)
            if stem == "علي" and self._original(i).endswith("ى"):
                return None       # على, the preposition
            out.append(self._person(t.start + plen, self.toks[k - 1].end, "given-name+family", gender))
            return k
        return None

    def _speaker_name(self, i: int, out: list[_Cand]) -> int | None:
        """The unknown name between a speech verb and its that-clause is a person:
        "وقال كريستوفر لاندو إن ..." (a title or known name would have been found first)."""
        n = len(self.toks)
        j = i + 1
        if j >= n or self.gap(j) or self.word(j).startswith("ال") or self.hit_at.get(j):
            return None
        if self.token_flags[j] & (2 | 32 | 128) and self.word(j) not in self.L.given:
            return None       # "وأعلنت جامعة ..."، "وقالت هيئة ...": a body speaks, its pass reads it
        if self._opens_long_title(j):
            return None       # "وقال مساعد وزير الخارجية": the title pass reads it
        k = self._name_chain(j, 3)
        if k == j or k >= n:
            return None
        if k == j + 1 and self.word(j).endswith(("ون", "ين", "ات")):
            return None       # "وقال مسؤولون إن": a plural noun, not a name
        if self.word(j).endswith(("ون", "ات")) and self.word(j) not in self.L.given \
                and self.word(j + 1).endswith(("ه", "ون", "ين")) and not self._original(j + 1).endswith("ه"):
            # "وأكدت دراسات طبية حديثة أن"، "وقال باحثون أمنيون إن": a plural noun and its
            # adjective agreeing with it (in ة, ون), not a name (جيسون جاميل keeps his)
            return None
        if self.word(j).endswith("و") and k > j + 1 and self.word(j + 1).startswith("ال") \
                and self.word(j) not in self.L.given:
            return None       # "وقال منتقدو الصفقة إن": a plural in construct, no name
        if any(self.word(x).startswith("ال") and self.word(x).endswith(("ات", "ون", "ين")) for x in range(j + 1, k)):
            return None       # "كشفت أحدث الدراسات أن": a definite plural is no family name
        if k > j + 1 and self._statement_said(j):
            return None       # "وقال بيان حكومي إن", "وأكد بيان الجامعة أن": a statement speaks
        nxt = self.word(k)
        # the that-clause or a colon right after the name, or (after a comma or not) the
        # person's title in apposition: "وقال جون سميث، رئيس البلدية، إن", "وقال آدم كوغل
        # الباحث في المنظمة"
        if not (self.gap(k).startswith(":") or (not self.gap(k) and nxt in _THAT)
                or (self.gap(k).strip() in ("،", "") and (self.flags(k) & 1 and self._match_title(k)
                                                          or self._profession_in_construct(k)))
                or (self.gap(k).strip() in ("،", ",") and nxt in _WHO and self._plain_name(j, k))):
            return None
        verb = self.word(i)
        if verb[-3:] == "بين" and len(verb) <= 4 and self.word(j) not in self.L.given \
                and self.word(j) not in self.L.common_given:
            return None       # بيّن "stated" is spelt as بين "between": "بين خط يريد أن" holds no name
        gender = self.L.speech.get(verb) or self.L.speech.get(verb[1:])
        if k == j + 1 and gender == "m" and self._manner_accusative(j):
            return None       # "وقال ضاحكا إن"، "وأضاف ساخرا:": how he said it, not who
        out.append(self._person(self.toks[j].start, self.toks[k - 1].end, "speech-verb+name", gender))
        return k

    def _manner_accusative(self, j: int) -> bool:
        """Is token j, alone after a masculine speech verb or title, an active participle of
        the فاعل pattern in the accusative (ضاحكا، ساخرا، غاضبا، مازحا), which says how he
        spoke? Names of that shape are mostly women's (كارلا), which a masculine verb or
        title does not take; a listed given name stays a name."""
        w = self.words[j]
        return len(w) == 5 and w[1] == "ا" and w[4] == "ا" and w[2] not in "اوي" and w[3] not in "اوي" \
            and w not in self.L.given and j not in self.hit_at

    def _statement_said(self, j: int) -> bool:
        """Is token j, after a speech verb, a document noun (بيان، وثيقة، مذكرة، بلاغ،
        إعلان) followed by its adjective in ي/ية (حكومي، رسمية) or by its issuer with the
        article (الجامعة، الوزارة)? بيان is a given name too, but its family name with the
        article ends in ي (بيان الحسيني) and an indefinite one is no adjective (بيان شاكر)."""
        if self.word(j) not in _DOCUMENT_NOUNS:
            return False
        nxt = self._original(j + 1)
        if nxt.startswith("ال"):
            return not nxt.endswith("ي")
        return nxt.endswith(("ي", "ية"))

    def _plain_name(self, j: int, k: int) -> bool:
        """Whether words [j, k) read as a name only: no known actor inside ("خطيبة خاشقجي" is
        someone's fiancée) and no definite word after an unknown first word ("نظام الخصخصة")."""
        if any(self.hit_at.get(x) for x in range(j, k)):
            return False
        return self.word(j) in self.L.given or not any(self.word(x).startswith("ال") for x in range(j + 1, k))

    def _profession_in_construct(self, k: int) -> bool:
        """A profession without its article before a definite genitive, in apposition after a
        name: "وقال فلان مدرب الفريق إن", "مهاجم النادي". (Alone, "مدرب" describes someone
        and stands before no name, so _match_title leaves it out.)"""
        row = self.L.titles.get(("ال" + self.word(k),))
        return (row is not None and row.kind == "honorific" and k + 1 < len(self.toks)
                and not self.gap(k + 1) and self.word(k + 1).startswith("ال"))

    def _is_nounish(self, i: int) -> bool:
        w = self.word(i)
        return w not in self.L.stop and not w.startswith("و") and len(w) > 2

    def _title(self, i: int, out: list[_Cand]) -> int | None:
        found = self._match_title(i)
        if not found:
            return None
        j, row, plen = found
        if self.words[i] == "والي" and self._original(i).endswith("ى"):
            return None       # "وإلى" (and to) folds like والي (a governor)
        if self._press_adjective(i, plen, row.role):
            return None       # "مؤتمر صحفي", "تصريحات صحافية": the press, not a journalist
        if self._rank_as_adjective(i, plen):
            return None       # "الطلب المقدم من الشركة"، "الدور الرائد": submitted, leading
        if row.role == "official" and self._responsible_for(i, j):
            return None       # "الجهة المسؤولة عن الهجوم"، "الكرملين مسؤول عن": responsible for, no official
        kind = row.kind
        t0 = self.toks[i]
        title_fs = t0.start + plen
        construct = not self.words[i][plen:].startswith(("ال", "لل")) and (
            kind in ("head", "office") or row.role in _TEAM_ROLES)     # (مدرب الهلال: see _match_title)
        j0 = j
        complete = " " in row.written and row.written.split()[-1].startswith("ال")
        affiliation, j = self._modifiers(j, out, construct,
                                         office=not construct and kind in _OFFICE_KINDS and not plen,
                                         complete=complete, head=kind == "head")
        role = row.role
        if construct and role == "president" and " " not in row.written and self._names_a_body(j0, j):
            role = "chairman"     # رئيس هيئة الانتخابات، رئيس النادي: the head of a body, not of a state
        # a form of address or a rank (الدكتور، الشيخ، اللواء) takes a family name in ي
        # alone, where a profession takes an adjective: "الدكتور التميمي"، "اللواء الزهراني"
        # but "اللاعب الدولي"، "المحلل العسكري"
        address = row.address
        if kind == "honorific":
            # adjectives of a profession before the name: اللاعب الدولي، الكاتب الكبير
            for _ in range(2):
                if address and self._family_name_in_i(j):
                    break       # (the family name is read below)
                if j < len(self.toks) - 1 and not self.gap(j) and self.word(j).startswith("ال") \
                        and self.word(j) not in self.L.given and self.word(j) not in _FUNCTION_WORDS \
                        and not self.word(j + 1).startswith("ال") and not self._family_name_alone(j):
                    # (not الذي / التي: a relative clause, "اللاعب الذي سجل", names no one)
                    j += 1
        j = self._adjectives_before_name(j)
        title_fe = self.toks[j - 1].end
        title_text = self.an.text[slice(*self.an.span(title_fs, title_fe))]
        gender = row.gender
        # a known person right after the title, possibly past an adjective
        # ("الرئيس الديمقراطي باراك أوباما")
        if j + 1 < len(self.toks) and self.word(j).startswith("ال") and not self.gap(j) \
                and not self.gap(j + 1) and j not in self.hit_at and self.hit_at.get(j + 1):
            nxt = self.hit_at[j + 1]
            if nxt[4].type == "PER":
                j += 1
        hit = self.hit_at.get(j)
        if hit and not self.gap(j) and kind != "generic":
            e, entry = hit[1], hit[4]
            if entry.type == "PER":
                c = self._entry_cand(hit)
                c.title = title_text
                c.role = c.role or role
                out.append(c)
                return self.token_after(e)
        if kind == "honorific" and (address and self._family_name_in_i(j) or self._family_name_alone(j)):
            k = j + 1         # a family name alone ends the name: "وقدم الدكتور الدوسري الشكر"
        else:
            k = self._name_chain(j, MAX_NAME_WORDS) if self._name_may_follow(kind, j) else j
        if k == j + 1 and gender == "m" and self._manner_accusative(j):
            k = j             # "وقال الوزير ضاحكا إن": how he said it, not his name
        if k > j and not self._definite_start_may_name(j, k):
            k = j             # "دخل الرئيس المستشفى"، "زار الوزير السعودي المعرض": the object
        if k == j + 1 and j > j0 and self._complement_adjective(j):
            # "مدير عام الدفاع المدني"، "زعيمة الحزب التقدمي": the body's adjective, the title's
            j = k
            title_fe = self.toks[j - 1].end
            title_text = self.an.text[slice(*self.an.span(title_fs, title_fe))]
        if k > j and construct and complete and self._noun_in_construct(j):
            k = j             # "يجزي خادم الحرمين الشريفين خير الجزاء": a noun and its genitive
        if k == j and j < len(self.toks) and self.nisba_at(j)[0] and self.words[j] in self.L.common_given \
                and self._disagrees_in_definiteness(j):
            # a given name that is also a country adjective (تركي), which _modifiers left
            # alone after the definite title: the name goes on to the family name
            k = self._name_chain(j + 1, MAX_NAME_WORDS - 1, after_given=True)
            k = j if k == j + 1 else k
        if k == j and j < len(self.toks) and j not in self.hit_at:
            k = self._apposition_name(j)
        if k > j:
            fs, fe = self.toks[j].start, self.toks[k - 1].end
            known = self._known_person_ending(j, k, self.words[j])
            if known:
                c = self._entry_cand(known)
                c.fs, c.title, c.role = fs, title_text, c.role or role
                out.append(c)
                return k
            name = self.an.text[slice(*self.an.span(fs, fe))]
            out.append(_Cand(fs, fe, "PER", row.name_rule, name=name, affiliation=affiliation,
                             role=role, title=title_text, sector=row.sector,
                             gender=gender, key="per:" + fold_key(name)))
            return k
        out.append(_Cand(title_fs, title_fe, "ROLE", row.role_rule, name=title_text,
                         affiliation=affiliation, role=role, title=title_text,
                         sector=row.sector, gender=gender,
                         key=f"role:{role}:{affiliation or ''}"))
        return j

    def _complement_adjective(self, j: int) -> bool:
        """Is the lone definite word at token j, right after the definite body a title took
        (الدفاع، الحزب، المجلس), that body's adjective (المدني، التقدمي، التشريعي) rather than
        a family name? It agrees with the noun before it; a family name alone follows the
        title itself (الرئيس الحريري), or the article or lexicon gives it as one."""
        w, prev = self.words[j], self.words[j - 1]
        if not w.startswith("ال") or not _has_article(prev) or self.gap(j) or prev in _QUALIFIERS:
            return False
        hit = self.hit_at.get(j - 1)
        if self.nisba_at(j - 1)[0] or hit and hit[4].type == "PER":
            return False      # "الرئيس السوري الأسد": after a country adjective, the name
        return w not in self.L.given and w not in self.L.common_given and w not in self.L.definite_given \
            and not self._known_family_name(w)

    def _noun_in_construct(self, j: int) -> bool:
        """Is the indefinite word at token j, right after a title that holds its own
        complement (رئيس الحكومة، خادم الحرمين الشريفين), no given name or known person but
        a noun with a definite genitive after it ("يوضح رئيس الحكومة ماهية الخطوات"، "رخص
        وزير التجارة بموجب القرار")? A name there opens with a given name (رئيس مجلس النواب
        عاطف الطراونة)."""
        w = self.words[j]
        # (عبد written joined to its second half opens a compound name: عبدالحكيم العمار)
        return not w.startswith(("ال", "عبد")) and w not in self.L.given and w not in self.L.common_given \
            and j + 1 < len(self.toks) and j not in self.hit_at and self.words[j + 1].startswith("ال") \
            and j + 1 not in self.hit_at \
            and not any(stem in self.L.given for _, stem in noun_stems(w))

    def _adjectives_before_name(self, j: int) -> int:
        """Past one or two definite adjectives of the title that stand before a given name
        ("الزعيم الشيعي البارز مقتدى الصدر"، "المستشار الاقتصادي محمد العلي"، "رئيس المجلس
        التشريعي عزيز دويك"): the name starts at the given name, the adjectives are the
        title's. j when no given name follows them."""
        n = len(self.toks)
        for used in (1, 2):
            x = j + used - 1
            if x + 1 >= n or self.gap(x) or self.gap(x + 1) or x in self.hit_at:
                return j
            w = self.words[x]
            if not w.startswith("ال") or not self._original(x).startswith("ال") or w in self.L.given \
                    or w in self.L.common_given or w in _FUNCTION_WORDS or w in _REGNAL or self.token_flags[x] & 1:
                return j      # (a title of its own: "وزير الإعلام الناطق باسم الحكومة")
            nxt = self.words[x + 1]
            if nxt in _OFFICE_LINKS:
                return j      # باسم is "in the name of" here, not the given name
            if nxt in self.L.given or nxt in self.L.common_given and not self._original(x + 1).endswith("ى"):
                return x + 1      # (على folds like the given name علي)
        return j

    def _family_name_in_i(self, j: int) -> bool:
        """Is token j a definite word of the nisba shape (التميمي، الزهراني) that no list
        of the lexicon gives as a common word or a country's adjective?"""
        if j >= len(self.toks) or self.gap(j) or j in self.hit_at:
            return False
        w = self.words[j]
        return w.startswith("ال") and len(w) >= 5 and self._original(j).endswith("ي") \
            and self._name_word(j, first=True) and w not in self.L.nisba

    def _family_name_alone(self, j: int) -> bool:
        """Is the definite word at token j, before no given name, the family name of
        someone the article names in full (محمد الفوزان ... الأستاذ الفوزان)? A profession's
        adjective (الشاعر العربي) stays one unless the article gives it as a family name."""
        if j + 1 >= len(self.toks) or self.gap(j) or j in self.hit_at or not self.words[j].startswith("ال") \
                or len(self.words[j]) < 4:
            return False      # (آل folds to ال: "الشيخ آل مكتوم" is read as a name by the chain)
        return self.family_name_here(self.words[j]) and self.words[j + 1] not in self.L.given \
            and self._name_word(j, first=True)

    def family_name_here(self, w: str) -> bool:
        """Does the article name someone with the definite word ``w`` as the family name
        after a given name (محمد التميمي ... الدكتور التميمي)? The set is built on first
        use: most articles never ask."""
        if self._family_names_here is None:
            words = self.words
            # (the given names are found by a set test over all tokens at C speed)
            after_given = compress(range(1, len(words)), map(self.L.given_tokens.__contains__, words))
            self._family_names_here = {words[x] for x in after_given
                                       if words[x].startswith("ال") and not self.gap(x)}
        return w in self._family_names_here

    def _definite_start_may_name(self, j: int, k: int) -> bool:
        """May the name [j, k) a title's chain read, when its first word is definite and
        no given name, be the person's? Alone (k = j + 1) only a family name: one of the
        nisba kind (الرئيس الحريري، العميد الزهراني), one the lexicon knows (الرئيس الأسد)
        or one the article gives someone (محمد العساف ... الوزير العساف). Another definite
        noun is what the title's verb acts on or an adjective: "دخل الرئيس الأسبق
        المستشفى"، "زار الوزير المعرض"، "الزعيم الفلسطيني المقعد". Followed by a second
        definite word it is a noun and its adjective: "حضر السفير الحفل الختامي"."""
        w = self.words[j]
        if not w.startswith("ال") or not self._original(j).startswith("ال") or w in self.L.given \
                or w in self.L.common_given or w in self.L.definite_given or j in self.hit_at:
            return True
        if k > j + 1:
            nxt = self.words[j + 1]
            return not (nxt.startswith("ال") and nxt not in _COMPOUND_SECOND and nxt not in _REGNAL)
        # (read on the original letters: المستشفى folds to a word in ي)
        return self._original(j).endswith("ي") or self._known_family_name(w)

    def _known_family_name(self, w: str) -> bool:
        """Is the definite word ``w`` a family name the lexicon or the article gives?"""
        return w in self.L.known_surnames or self.family_name_here(w)

    def _press_adjective(self, i: int, plen: int, role: str) -> bool:
        """Is the journalist title at token i (صحفي، صحافية، إعلامي) the adjective of a
        press event before it, agreeing with it in the article, rather than a person: "في
        بيان صحافي"، "تصريحات صحفية"، "خلال المؤتمر الصحفي"? After a verb it is the
        subject ("قال صحفي"), and a definite one after an indefinite noun its complement
        ("بيان الصحفي" is the journalist's statement)."""
        if role != "journalist" or plen or i == 0 or self.gap(i):
            return False
        definite = self.words[i].startswith("ال")
        for _, stem in noun_stems(self.words[i - 1]):
            if stem.startswith("ال") == definite and (stem[2:] if definite else stem) in _PRESS_EVENT_NOUNS:
                return True
        # a press event with a possessive pronoun is definite too: "في تصريحه الصحفي"
        prev = self._original(i - 1)
        owned = prev[:-2] if prev.endswith("ها") else prev[:-1] if prev.endswith("ه") else None
        return definite and owned is not None and fold_key(owned) in _PRESS_EVENT_NOUNS

    def _rank_as_adjective(self, i: int, plen: int) -> bool:
        """Is the rank at token i one that is also an everyday participle (المقدم
        'submitted', الرائد 'leading') standing as the adjective of the definite noun
        before it, with no given name after it: "الدعم المقدم للاجئين"، "البرنامج الرائد
        الذي"؟ An officer's rank after a unit stays one: "شرطة جازان المقدم يحيى"."""
        if plen or self.words[i] not in _ADJECTIVE_RANKS or i == 0 or self.gap(i):
            return False
        before = self.words[i - 1]
        if not _has_article(before) or i - 1 in self.hit_at or self.token_flags[i - 1] & 1:
            return False
        nxt = self.words[i + 1] if i + 1 < len(self.toks) and not self.gap(i + 1) else ""
        # (a compound written joined is a given name too: عطالله، عبدالرحمن)
        return nxt not in self.L.given and nxt not in self.L.common_given and not nxt.endswith("الله") \
            and not nxt.startswith("عبد")

    def _responsible_for(self, i: int, j: int) -> bool:
        """Is مسؤول at token i, with عن at token j, the adjective "responsible for": the
        predicate of a sentence (indefinite: "إذا ثبت أن الكرملين مسؤول عن") or agreeing with
        the definite noun before it ("الجهة المسؤولة عن الهجوم")? After a verb, "المسؤول عن
        الملف" is someone, the official in charge."""
        if j >= len(self.toks) or self.gap(j) or self.words[j] not in ("عن", "عنه", "عنها", "عنهم", "عنهما"):
            return False
        if not self.words[i].startswith("ال"):
            return True
        return i > 0 and not self.gap(i) and _has_article(self.words[i - 1]) and not self.token_flags[i - 1] & 1

    def _names_a_body(self, j: int, end: int) -> bool:
        """Whether the words a title took in [j, end) name a body rather than only a country
        (nisbas, country names, qualifiers such as السابق)."""
        while j < end:
            code, used = self.nisba_at(j)
            if code:
                j += used
                continue
            hit = self.hit_at.get(j)
            if hit and hit[4].type == "LOC":
                j = self.token_after(hit[1])
                continue
            if self.word(j) in _QUALIFIERS or self.word(j) in _OFFICE_LINKS:
                j += 1
                continue
            return True
        return False

    def _opens_long_title(self, j: int) -> bool:
        """Does a given name that is also a title's first word open a title of two words or
        more at token j ("مساعد وزير الخارجية", not "الدكتور مساعد العيبان")? Then it is that
        title."""
        if not self.token_flags[j] & 1 or self.words[j] not in self.L.given \
                and self.words[j] not in self.L.common_given:
            return False
        found = self._match_title(j)
        return found is not None and found[0] > j + 1

    def _match_title(self, i: int):
        n = len(self.toks)
        for plen, stem in self.token_stems[i]:
            if stem not in self.L.title_first:
                continue
            longest = self._longest_head(i, stem, self.L.title_longest, self.L.title_second)
            for L in range(self._run(i, min(MAX_TITLE_WORDS, longest)), 0, -1):
                words = (stem, *self.words[i + 1:i + L])
                row = self.L.titles.get(words)
                if row is not None:
                    if row.kind == "honorific" and not stem.startswith("ال") and row.written.startswith("ال") \
                            and not (row.role in _TEAM_ROLES and self._team_follows(i + L)):
                        # a profession without its article is a common noun: "ممثل سينمائي",
                        # "مهندس مدني" describe someone, they do not stand before a name;
                        # a team's coach or player is named after his team: "مدرب الهلال فلان"
                        continue
                    if plen and self.word(i).startswith("لل"):
                        plen = 1
                    return i + L, row, plen
        return None

    def _team_follows(self, j: int) -> bool:
        """Does a team open at token j, a body the lexicon knows or a definite noun (الهلال،
        ريال مدريد، المنتخب)? A coach or player without the article is its own in construct
        ("مدرب المنتخب الروماني فلان"، "مهاجم ليفربول فلان")."""
        if j >= len(self.toks) or self.gap(j):
            return False
        hit = self.hit_at.get(j)
        if hit:
            return hit[4].type == "ORG" and hit[0] == self.toks[j].start
        w = self.words[j]
        return w.startswith("ال") and len(w) > 3 and w not in _FUNCTION_WORDS and not self.nisba_at(j)[0]

    def _longest_head(self, i: int, stem: str, longest: dict[str, int], second: dict[str, frozenset[str]]) -> int:
        """The most words a title or group head opening with ``stem`` at token i may have:
        one unless the next token is the second word of a longer one (most are not, and
        then no longer one need be built and looked up)."""
        most = longest[stem]
        if most > 1 and (i + 1 >= len(self.words) or self.words[i + 1] not in second[stem]):
            return 1
        return most

    def _modifiers(self, j: int, out: list[_Cand], construct: bool = False,
                   office: bool = False, complete: bool = False, head: bool = False) -> tuple[str | None, int]:
        """Nisbas, countries, organisations and qualifiers after a title; a country or
        organisation named there is an entity of its own too (الأمين العام للأمم المتحدة).
        ``office``: the title is a definite office of its own (الملك، الرئيس، الوزير), which
        a second office right after it does not continue. ``complete``: the title holds its
        definite complement (رئيس مجلس النواب، وزير الخارجية), so no indefinite body in
        construct follows it, only a second office it is stacked with: "رئيس مجلس النواب
        عاطف الطراونة" names a man. ``head``: a head of state or government, whose country
        once named is not followed by "في" + a place (رئيس الوزراء الكيني في قصر الاتحادية:
        where he was received; an ambassador's or a commander's is: السفير الأمريكي في بغداد)."""
        affiliation = None
        steps = 0
        n = len(self.toks)
        start = j
        while j < n and steps < 6 and not self.gap(j):
            steps += 1
            w = self.word(j)
            code, used = self.nisba_at(j)
            if code and self._disagrees_in_definiteness(j):
                break        # "العقيد تركي المالكي": a bare nisba after a definite word is a name
            if code:
                affiliation = affiliation or code
                j += used
                continue
            hit = self.hit_at.get(j)
            if hit:
                entry = hit[4]
                if entry.type == "PER" or self.coordinated(j):
                    break
                if affiliation and j > start and self.word(j - 1) not in _OFFICE_LINKS:
                    break        # "وزير الخارجية الروسي الولايات المتحدة": the country is known, this is the object
                if entry.sector == "MED" and j > start and hit[0] > self.toks[j].start \
                        and self.word(j).startswith("ل"):
                    break        # "المتحدث باسم الجيش لوكالة رويترز": the medium spoken to, not the office's body
                affiliation = affiliation or entry.affiliation
                out.append(self._entry_cand(hit))
                j = self.token_after(hit[1])
                continue
            if w in _QUALIFIERS:
                j += 1
                continue
            if office and j == start and w.startswith("ال") and w not in _OFFICE_NOUNS \
                    and self.word(j - 1) not in _OFFICE_LINKS \
                    and getattr(self.L.titles.get((w,)), "kind", None) in _OFFICE_KINDS:
                break        # "استقبل الملك الوزير الفرنسي": a second office is the verb's object
            if w == "في" and head and affiliation:
                break
            if w == "عن" and not (j + 1 in self.hit_at or (j + 2 in self.hit_at and not self.gap(j + 1)
                                                          and self.flags(j + 1) & 128)):
                break        # "أعرب الوزير عن قلقه": عن links only a place or body (النائب عن محافظة البصرة)
            if w in _OFFICE_LINKS or (w.startswith("ال") and self._office_word(w)):
                j += 1
                continue
            if complete and steps == 1 and w.startswith("وال") and not self.token_flags[j] & (1 | 2 | 32) \
                    and w[1:] not in _FUNCTION_WORDS and not self._policy_noun(w[1:]) and w[3:] not in self.L.act_nouns:
                # a second portfolio of the same ministry: "وزير الثقافة والإعلام"، "وزير
                # الخارجية والتعاون الدولي" (a title or a body after و is the next item, and
                # a relative, a decision or an act the sentence's: والتي، والقرار، والهجوم)
                j += 1
                while j < n and not self.gap(j) and self.word(j).startswith("ال") and self._original(j).endswith(("ي", "ية")) \
                        and not self.token_flags[j] & 1 and not self.nisba_at(j)[0] and j not in self.hit_at:
                    j += 1    # its adjectives of the nisba kind (الدولي، الحربي، التحتية), not a title (الدكتور)
                continue
            if j > 0 and self.word(j - 1) == "باسم" and w.startswith("ال") and len(w) > 3 \
                    and w not in self.L.given and w not in _FUNCTION_WORDS:
                # a body the lexicon does not know, with its adjectives: "المتحدث باسم
                # الشركة المتضررة" (the name comes after it, if at all)
                j = self._definite_run(j)
                continue
            if construct and steps == 1 and w.startswith("ال") and len(w) > 3 and w not in _FUNCTION_WORDS \
                    and not self._definite_given_before_family(j):
                # a construct-state title takes a definite complement and its adjectives:
                # رئيس الاتحاد العربي، مدير الشركة الوطنية
                j = self._definite_run(j + 1)
                continue
            if (construct and steps == 1 and (not complete or self._stacked_office(j))
                    or self.word(j - 1) in _OFFICE_LINKS) \
                    and not w.startswith("ال") and w not in _FUNCTION_WORDS and j + 1 < n \
                    and not _derived_past_verb(w) and not self._conjoined_head(j) \
                    and not (self.word(j - 1) in _OFFICE_LINKS and self._pronoun_suffixed(self._original(j))):
                # (not the title's verb, "مدير الشرطة انطلقت الحملة", the next item of a
                # list, "وزير الداخلية ورجال الأمن", or a noun with a pronoun after في,
                # "مدرب الفريق في حديثه الخاص": no body of the office either)
                # the body an office belongs to, itself a construct: "المتحدث باسم وزارة الصحة",
                # "مدير مكتب الرئيس"; a known body (a ministry) is an actor of its own
                end = self._group(j, out) if self.flags(j) & 2 else None
                if end is None and self.flags(j) & 32:
                    end = self._organisation(j, out)
                if end is None and not self.gap(j + 1) and self.word(j + 1).startswith("ال") \
                        and len(self.word(j + 1)) > 3 and self.word(j + 1) not in _FUNCTION_WORDS \
                        and self.word(j + 1) not in self.L.given:
                    end = self._definite_run(j + 1)
                place = self.hit_at.get(j + 1)
                if end is None and not self.gap(j + 1) and place and place[4].type == "LOC" \
                        and place[0] == self.toks[j + 1].start and self._name_or_stop_after(self.token_after(place[1])):
                    # a body named by its place: "رئيس غرفة أبها"، "مدير بلدية الخبر"
                    out.append(self._entry_cand(place))
                    affiliation = affiliation or place[4].affiliation
                    end = self.token_after(place[1])
                if end is not None:
                    j = end
                    continue
            if w.startswith("لل") and len(w) >= 5 and w not in _FUNCTION_WORDS:
                end = self._body_before_name(j, out)
                if end is not None:
                    j = end
                    continue
            break
        while j > start and self.word(j - 1) in _OFFICE_LINKS:
            j -= 1            # "مصدر في" + nothing: the link belongs to what follows
        return affiliation, j

    def _stacked_office(self, j: int) -> bool:
        """Does token j open a second office with no conjunction before it, held by the
        same person as the office before it ("نائب رئيس مجلس الوزراء وزير الداخلية")? The
        offices are read as one title, as news stacks them."""
        if not self.token_flags[j] & 1:
            return False
        found = self._match_title(j)
        return bool(found) and not found[2]

    def _conjoined_head(self, j: int) -> bool:
        """Is token j a group's or an organisation's head only with the conjunction و/ف
        before it (ورجال، وهيئة)? It then opens the next item of a list; a head that is
        itself written with و (وزارة، وكالة) is read as it stands."""
        heads = [plen for plen, stem in self.token_stems.get(j, ())
                 if stem in self.L.group_first or stem in self.L.org_heads]
        return bool(heads) and all(plen and self.words[j][0] in "وف" for plen in heads)

    def _name_or_stop_after(self, k: int) -> bool:
        """Does token k, right after an office's body, close the title or open the name: a
        punctuation mark, a given name, another title or a known person? Any other word
        goes on with the sentence ("أمير منطقة مكة اعتمد ..."), and the body with it."""
        if k >= len(self.toks) or self.gap(k):
            return True
        w = self.words[k]
        hit = self.hit_at.get(k)
        return w in self.L.given or w in self.L.common_given and not self._original(k).endswith("ى") \
            or bool(self.token_flags[k] & 1) or bool(hit and hit[4].type == "PER")

    def _body_before_name(self, j: int, out: list[_Cand]) -> int | None:
        """End of the office's body in ل + the article at token j, with its adjectives,
        when a name or another title follows it: "الرئيس التنفيذي للشركة أمين الناصر"،
        "المدير العام للمستشفى خالد العتيبي". None when none does: "قال الوزير للصحفيين إن"
        names whom he spoke to. A group head there is a group of its own (للجيش اليمني)."""
        if self.token_flags[j] & 1:
            return None       # "قدم الوزير للرئيس فلان تقريرا": a titled person spoken or given to
        end = self._definite_run(j + 1)
        if end >= len(self.toks) or self.gap(end) or not self._name_or_stop_after(end):
            return None
        if self.token_flags[j] & 2:
            group_end = self._group(j, out)
            if group_end is not None:
                return group_end
        return end

    def _disagrees_in_definiteness(self, j: int) -> bool:
        """Is the country adjective at token j bare (تركي) while the word before it has the
        article (العقيد، الأمير، الخارجية)? An Arabic adjective agrees with its noun in
        definiteness, so such a word does not describe the title: it is a given name of the
        nisba shape (الأمير تركي الفيصل، اللواء تركي المالكي)."""
        return j > 0 and not self.words[j].startswith("ال") and _has_article(self.words[j - 1])

    def _definite_run(self, j: int) -> int:
        """End of the definite words from j on (a complement's adjectives: الاتحاد العربي
        الموحد), stopping at a known given name or entity, which may start the name."""
        n = len(self.toks)
        while j < n and not self.gap(j) and self.word(j).startswith("ال") and self.word(j) not in _FUNCTION_WORDS \
                and self.word(j) not in self.L.given and self.hit_at.get(j) is None \
                and not self._definite_given_before_family(j):
            j += 1
        return j

    def _definite_given_before_family(self, j: int) -> bool:
        """Is token j a given name written with the article (الصادق، الطاهر: common words
        too) before a family name of the nisba form, as in "رئيس الحزب الصادق الغرياني"?"""
        return self.words[j] in self.L.common_given and j + 1 < len(self.toks) and not self.gap(j + 1) \
            and _may_follow_common_given(self.words[j + 1])

    def _future_verb(self, w: str) -> bool:
        """سـ + a present verb of the tables, in the singular (سيستقيل، ستزور، سنعقد)."""
        if w[:1] != "س" or w[1:2] not in ("ي", "ت", "ن") or len(w) < 4:
            return False
        return "ي" + w[2:] in self.L.present_verbs

    @staticmethod
    def _policy_noun(w: str) -> bool:
        """A noun of policy, bare or with its article (قرار، القرار، الخطة)."""
        return w in _POLICY_NOUNS or w.startswith("ال") and w[2:] in _POLICY_NOUNS

    def _definite_act_noun(self, k: int) -> bool:
        """A verbal noun of the event table with its article (الهجوم، الاعتقال) that names
        no one the lexicon knows."""
        w = self.word(k)
        return w.startswith("ال") and w[2:] in self.L.act_nouns and w not in self.L.given \
            and w not in self.L.common_given and k not in self.hit_at

    def _office_word(self, w: str) -> bool:
        """A definite noun naming a ministry or body inside an office: الخارجية، الدفاع."""
        return (w,) in self.L.titles or w in _OFFICE_NOUNS

    def _name_may_follow(self, kind: str, j: int) -> bool:
        """Office titles take any name; honorifics and professions (اللاعب، المهندس) not a
        definite word (اللاعب الدولي is an adjective); generic words (مصدر، المسؤول) only a
        known given name, since "مصدر أمني" is no person."""
        if j >= len(self.toks):
            return False
        w = self.word(j)
        if self.token_flags[j] & (2 | 32 | 128) and w not in self.L.given:
            # the head of a body or a place is the title's object, not its name: "وزار الوزير
            # مستشفى الملك خالد"، "افتتح الأمير جامعة"، "تفقد المحافظ بلدة"
            return False
        if self._opens_long_title(j):
            return False      # "معالي مساعد وزير الدفاع": a title of its own, not a name
        if kind == "generic":
            return any(stem in self.L.given for _, stem in noun_stems(w)) and not self.gap(j)
        if self._policy_noun(w):
            return False      # "انتقد الوزير قرار ..."، "رفض الوزير القرار"
        if _verbal_noun_after_title(w) and w not in self.L.given and w not in self.L.common_given \
                and j not in self.hit_at:
            return False      # "اعتمد الأمير إقامة المعرض"، "قرر الوزير استحداث": the act, no name
        bare = w[2:] if w.startswith("ال") else w
        if bare in self.L.act_nouns and w not in self.L.given and w not in self.L.common_given \
                and j not in self.hit_at:
            return False      # "أدان الوزير الهجوم"، "بحث الرئيس الأزمة": the act, not a name
        if (_present_verb_shape(w) or self._future_verb(w) or _derived_past_verb(w)) and w not in self.L.given \
                and w not in self.L.common_given and j not in self.hit_at:
            # the title's verb or a verbal noun, not a name: "وزير الدفاع يرد على"، "الرئيس
            # يجتمع مع"، "الوزيرة تشير إلى"، "الوزير تعديل اللائحة"، "المحافظ اعتمد الخطة"
            return False
        if len(w) == 5 and w[0] == "ت" and w[3] == "ي" and w not in self.L.given and w not in self.L.common_given \
                and j + 1 < len(self.toks) \
                and self.word(j + 1).startswith("ال") and not self.gap(j + 1):
            return False      # تفعيل + its object: "وتعهد الرئيس الفرنسي تقديم المساعدة"
        if kind == "honorific":
            if w in self.L.given or self._definite_given_before_family(j):
                return True       # (الشيخ الصادق الغرياني)
            if _short_accusative(w) or _indefinite_accusative(w) or self._pronoun_suffixed(self._original(j)):
                return False      # "هل سيكون لاعب ليفربول جاهزا"، "أنقذ حارس الفريق مرماه"
            # a definite word is the profession's adjective (اللاعب الدولي); a present
            # tense verb (الحارس يتصدى) or و and a verb (المهاجم وسدد، الحارس وينقذ) its
            # predicate: names in ي or و are given names the lexicon knows (يوسف، وليد)
            return not w.startswith("ال") and not (len(w) >= 4 and w[0] in "يو")
        # an office's body in ل + a consonant, unless a given name: "الرئيس التنفيذي
        # لكيوتل"، "المدير العام لسامسونج" (foreign family names in لا- stay names: لافروف);
        # و + a word opens the next item of a list: "والي الجهة وعامل الإقليم"
        if w in self.L.given:
            return True
        return not (w.startswith("ل") and len(w) >= 4 and w[1] != "ا"
                    or w.startswith("و") and len(w) >= 4)

    def _apposition_name(self, j: int) -> int:
        """End of a name set off by commas right after a title that names nobody: "وقال
        رئيس البنك، مات كومين، إن"، "وأوضحت متحدثة باسم الشرطة، نوليوسو رويكسانا، أن".
        Two or three name words, closed by a comma; j when there is none."""
        n = len(self.toks)
        if j + 2 >= n or self.gap(j) not in ("،", ",") or self.word(j) in _TIME_WORDS \
                or not self._name_word(j, first=True, after_comma=True):
            return j
        if self.word(j)[0] in "لوب" and self.word(j) not in self.L.given:
            return j          # a clitic opens a phrase (لمدة، لأعمال، وولد), not a name
        k = self._name_chain(j + 1, 2, after_given=True)
        if k == j + 1 or k >= n or self.gap(k) not in ("،", ",") \
                or any(x in self.hit_at for x in range(j, k)):
            return j          # one word alone is too weak; a name in apposition is closed;
        return k              # a name the lexicon knows is the gazetteer's to link

    def _name_chain(self, j: int, max_words: int, after_given: bool = False) -> int:
        """End (exclusive token index) of the name that starts at token j: up to
        ``max_words`` name words, then a regnal ordinal (محمد السادس); a name does not end
        on a linking word (بن، عبد، أبو). After a given name, a definite word (a family name
        such as البرادعي) ends the chain."""
        n = len(self.toks)
        k = j
        words = 0               # linking words (بن، أبو، عبد) do not count against the budget
        while k < n and words < max_words and (self._name_word(
                k, first=(k == j and not after_given) or (k > j and self.word(k - 1) in _NAME_LINKS))
                or k > j and self._middle_ali(k) or (k > j or after_given) and self._middle_title_given(k)
                or self._foreign_family_in_fal(k)
                or k > j and self._word_after_link(k)):
            if (k > j or after_given) and self._verb_after_name(k):
                break
            if self._blessing(k):
                break     # "الأمير نايف رحمه الله"، "الملك الحسين طيب الله ثراه": a prayer, no name
            if (words >= 2 or after_given) and self.word(k - 1) not in _NAME_LINKS and (
                    self._policy_noun(self.word(k)) or self._definite_act_noun(k)):
                break     # "وزير الصحة كاني بوبكر طلب"، "شو سون هوي انتقادات"، "الوزير خالد
                          # عمر الهجوم"، "فلان فلان القرار": the verb's object
            if (after_given and k == j + 1 or not after_given and k == j + 2 and self.word(j) in self.L.given) \
                    and self._noun_after_full_name(k):
                break     # (after a title too: "نجم ليفربول محمد صلاح جدلا")
            if self.word(k) not in _NAME_LINKS:
                words += 1
            k += 1
            if after_given and self.word(k - 1).startswith("ال") and self.word(k - 1) not in _NAME_LINKS:
                break
            if k - 2 >= j and self.word(k - 2) == "ال" and not (k < n and self.word(k) in _COMPOUND_SECOND) \
                    or k - 3 >= j and self.word(k - 3) == "ال" and self.word(k - 1) in _COMPOUND_SECOND:
                break     # the family after آل ends the name: "صالح آل الشيخ", "حمد آل ثاني"
                          # (whole, when it is a compound: "آل ضيف الله")
            if k - 1 > j and k < n and self._ends_with_family_name(k - 1) \
                    and not self.word(k).startswith("ال") and self.word(k) not in _NAME_LINKS \
                    and self.word(k) != "ولد":
                break     # "سامي الحداد خطة": a family name with ال ends the name
        if words >= max_words and j < k < n and not self.gap(k) and self.word(k) in _COMPOUND_SECOND \
                and not self.word(k - 1).startswith("ال") and self.word(k - 1) not in _NAME_LINKS:
            k += 1        # the budget ran out inside a compound name: "عبد الرزاق حمد الله"، "فلان نور الدين"
        if k > j and self.word(j) in self.L.foreign_given:
            # ماتيو سالفيني الحرب: a foreign name has no definite word after its first
            for x in range(j + 1, k):
                if self.word(x).startswith("ال"):
                    k = x
                    break
        while k > j and self.word(k - 1) in _NAME_LINKS:
            k -= 1
        if k > j and k < n and not self.gap(k) and self.word(k) in _REGNAL:
            if (k - 1 > j or after_given) and self.word(k - 1).startswith("ال") \
                    and self.word(k - 1) not in _COMPOUND_SECOND:
                # an ordinal follows a king's given name (عبد الله الثاني، الحسن الثاني), not
                # a word after the family name: "سجل محمد صلاح الهدف الثاني"، "احتل فلان
                # المركز الأول" are a noun and its adjective, the verb's object
                return k - 1
            k += 1
        return k

    def _noun_after_full_name(self, k: int) -> bool:
        """Is token k, the third word after a given name and a family name, a feminine
        noun in ة that the sentence goes on with, its object or predicate ("سدد كريستيانو
        رونالدو ركلة"، "لعب أحمد سمير عرضية"، "تولى دييغو مارادونا رئاسة"), or an
        indefinite accusative in ـا ("سجل ماركوس روخو هدفا"، "غاب محمد صلاح مصابا")? A family
        name after a linking word (آل عصيدة، بنت طلحة، دا سيلفا) or a given name (عائشة) stays."""
        return (self._original(k).endswith("ة") or _short_accusative(self.words[k])) \
            and self.words[k] not in self.L.given \
            and self.words[k] not in self.L.common_given and k not in self.hit_at \
            and self.words[k - 1] not in _NAME_LINKS and self.words[k - 1] != "دا"

    def _verb_after_name(self, k: int) -> bool:
        """Is token k, after a name's first word, the present-tense verb of which the name
        is the subject ("عيسى يقدم صورة"، "وكان سواريز يغيب"، "هالة سرحان تفضل"), or a
        past verb of a derived form ("الوزير خالد اجتمع"), rather than a family name? Family names opening so are known to the lexicon (ترامب) or
        given names (يوسف، يحيى); a linking word before it (بن يعيش) asks for a name, and
        so does a foreign given name (كيفن تراب، جيوفاني تريا: foreign family names open any
        way). A word in ي is kept as a family name of the nisba kind (تدمري، يماني)."""
        w = self.words[k]
        return (_present_verb_shape(w) and not w.endswith("ي") or _derived_past_verb(w)) and w not in self.L.given \
            and w not in self.L.common_given and k not in self.hit_at \
            and self.words[k - 1] not in _NAME_LINKS and self.words[k - 1] not in self.L.foreign_given

    def _blessing(self, k: int) -> bool:
        """Does a blessing open at token k: a verb with its object pronoun before الله
        (رحمه الله، حفظها الله، أيده الله، يرعاه الله) or طيب الله ثراه, which news writes
        after the name of a ruler or of the dead? Given names (طه) are kept."""
        if k + 1 >= len(self.toks) or self.words[k + 1] != "الله" or self.gap(k + 1):
            return False
        w = self.words[k]
        return w == "طيب" or w not in self.L.given and len(w) >= 4 and self._original(k).endswith(("ه", "ها"))

    def _word_after_link(self, k: int) -> bool:
        """Is token k the name a linking word (بن، آل، أبو، عبد) before it asks for, though
        alone it reads as a title, a body or a country adjective? Fathers and families are
        often named so: "فيصل بن سلطان"، "صالح آل الشيخ"، "محمد بن أمير"."""
        w = self.words[k]
        return self.words[k - 1] in _NAME_LINKS and not self.gap(k) and len(w) >= 2 and w.isalpha() \
            and w not in _FUNCTION_WORDS and w not in self.L.stop

    def _foreign_family_in_fal(self, k: int) -> bool:
        """Is token k a foreign family name that opens like ف/ك + the article (فالون،
        كالدويل، فالفيردي) right after a foreign given name (ماري فالون)? Elsewhere such a
        word is a clitic and a noun (فالرئيس، كالعادة)."""
        w = self.word(k)
        return k > 0 and w.startswith(("فال", "كال")) and len(w) >= 5 and not self.gap(k) \
            and self.word(k - 1) in self.L.foreign_given

    def _middle_ali(self, k: int) -> bool:
        """Is token k the given name علي inside a name ("محمد علي العظمي")? It folds like the
        preposition على, so only between a given name and a family name of the nisba form
        or another given name."""
        if self.word(k) != "علي" or k + 1 >= len(self.toks) or self.gap(k) or self.gap(k + 1):
            return False
        nxt = self.word(k + 1)
        return self.word(k - 1) in self.L.given and (
            nxt in self.L.given or nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) > 4)

    def _middle_title_given(self, k: int) -> bool:
        """Is token k a given name that is also a title's first word and a common word
        (مساعد، أمين), as a father's name between a given name and a family name ("خالد
        مساعد السهلي"، "سامي أمين الخطيب")? Not when it opens a longer title ("خالد مساعد
        وزير الخارجية"، "فهد أمين منطقة الرياض") or no family name follows ("فلان مساعد
        الوزير": the minister is no family name)."""
        w = self.word(k)
        if w not in self.L.common_given or w not in self.L.title_first \
                or k + 1 >= len(self.toks) or self.gap(k) or self.gap(k + 1):
            return False
        return self.word(k - 1) in self.L.given and not self._opens_long_title(k) \
            and self._name_word(k + 1, first=False) and k + 1 not in self.hit_at

    def _ends_with_family_name(self, k: int) -> bool:
        """Is word k a family name with the article (الحداد) that ends a name, rather than
        the second half of a compound given name (عبد الناصر، نصر الله، نور الدين)?"""
        w = self.word(k)
        # (read on the original letters: أليف folds to اليف but has no article)
        return w.startswith("ال") and self._original(k).startswith("ال") and w not in _NAME_LINKS \
            and w not in _COMPOUND_SECOND and self.word(k - 1) not in _NAME_LINKS

    def _original(self, k: int) -> str:
        """Token k as the article writes it, before folding."""
        t = self.toks[k]
        if self.an.folded.index_map is None:
            return self.an.text[t.start:t.end]     # nothing dropped: the offsets agree
        s, e = self.an.span(t.start, t.end)
        return self.an.text[s:e]

    @staticmethod
    def _common_noun_shape(orig: str) -> bool:
        """Shapes of a token that names do not take, read on its original letters
        ``orig``: a feminine adjective of the nisba kind with the article (المحلية،
        الأولمبية), a definite verbal noun in الت- (التأكيد), و, ب or ل before a hamza (وأعضاء،
        بأكثر، لأجل), ل or ب before a feminine noun (لرعاية،
        لدائرة، بمناسبة، بضرورة), Latin letters glued to an Arabic clitic (لـCNN)."""
        if _LATIN_LETTER.search(orig):
            return True
        if orig.startswith("ال") and orig.endswith("ية"):
            return True
        if orig.startswith(("وأ", "وإ", "بأ", "بإ", "لأ", "لإ")):
            return True       # (a name's hamza is not written after a clitic: بأكثر، لأجل)
        if len(orig) == 7 and orig.startswith("الت") and (orig[5] == "ي" or orig[4] == "ا"):
            # a definite verbal noun of the تفعيل or تفاعل pattern (التأكيد، التحقيق،
            # التجاوب، التعاون) is a verb's object: "جدد الملك التأكيد"; family names in
            # الت- are nisbas in ي (التميمي، التويجري)
            return not orig.endswith("ي")
        # (با، بو، بن، بل open family names: باجودة، بودريقة، بنعطية، بلهندة)
        return (orig.startswith("ل") or orig.startswith("ب") and orig[1:2] not in "اآونلـ") \
            and orig.endswith("ة") and len(orig) >= 5

    @staticmethod
    def _pronoun_suffixed(orig: str) -> bool:
        """Does a token end in a possessive pronoun (ـه، ـها، ـهم، ـهما) or the tanween of
        an accusative (حاضراً)? Read on its original letters ``orig``, where the pronoun ه
        differs from the feminine ة that folding merges with it (شحاتة is a name, مصرعه is
        not). Names in ـيه، ـاه، ـله (سيبويه، شاه، عبدالله) and short ones (طه، عبده) keep
        their ه."""
        if orig.endswith(("ها", "هم", "هما")):
            return len(orig) >= 5
        if orig.endswith(("اً", "ًا")):
            return True           # an accusative adverb or object with its tanween: حاضراً، جديداً
        return orig.endswith("ه") and len(orig) >= 5 and not orig.endswith(("يه", "اه", "له", "ويه"))

    def _name_word(self, k: int, first: bool, after_comma: bool = False) -> bool:
        """Can token k be a word of a person's name (``first``: its first word, or the
        one after a linking word such as بن; ``after_comma``: a comma before it is allowed)?"""
        w = self.words[k]
        flags = self.L.name_flags.get(w)
        if flags is None:
            flags = self.L.name_flags[w] = self._name_word_flags(w)
        if not flags & (NAME_FIRST if first else NAME_LATER) or (self.gap(k) and not after_comma):
            return False
        if not flags & GIVEN:
            orig = self._original(k)          # read once for both tests
            if len(w) >= 4 and self._pronoun_suffixed(orig) or self._common_noun_shape(orig):
                return False      # "لقي مساعده ... مصرعه", "أكثرهم"; see _common_noun_shape
        hit = self.hit_at.get(k)
        if hit and hit[4].type == "LOC" and k > 0 and self.words[k - 1] in _KUNYA and not self.gap(k - 1):
            return True           # أبو العلا، أبو ظبي as a name: a kunya takes a place's name too
        return not (hit and hit[4].type != "PER")

    def _name_word_flags(self, w: str) -> int:
        """What ``_name_word`` reads off the word alone: NAME_FIRST and NAME_LATER if it
        may be a name's first or a later word, GIVEN if it is a known given name."""
        given = GIVEN if w in self.L.given else 0
        if len(w) < 2 or not w.isalpha():
            return given          # digits glued to a word (طواف2018) are no name
        if w in _FUNCTION_WORDS or w in self.L.stop or w in self.L.nisba or w in self.L.group_first:
            return given
        if w in self.L.title_first:
            # a given name that is also a title (سلطان) is a name inside one: "الأمير سلطان بن
            # سلمان" (where it would open the title, the title pass has read it first); one
            # that is also a common word (مساعد، أمين) only opens one after a title: "الدكتور
            # مساعد العيبان" ("ميسي نجم برشلونة" is no name of three words)
            if given:
                return given | NAME_FIRST | NAME_LATER
            return NAME_FIRST if w in self.L.common_given else given
        if w in _QUALIFIERS or w in _OFFICE_NOUNS or w in _OFFICE_LINKS:
            return given
        if w.startswith(("وال", "بال", "فال", "كال", "لل")):
            return given          # a clitic with the article: a common noun, not a name
        if w[0] in "لب" and w.endswith("ات") and len(w) >= 6:
            return given          # ل or ب + a plural noun (لانتخابات، بجوازات)
        if w.startswith("الم") and w.endswith("ه") and len(w) >= 7 and w[4] != "ا":
            # a definite feminine participle (المستهدفة، المنشورة، المقبلة) describes the noun
            # before it; family names of this shape have ا after the م (المعايطة)
            return given
        for plen, stem in noun_stems(w)[1:]:
            # clitic + a word that ends names (لهذا، لقناة، ورئيس، فقالت): not a name word
            if stem in _FUNCTION_WORDS or stem in self.L.stop or stem in self.L.speech \
                    or stem in self.L.title_first:
                return given
        if w in self.L.speech_other:
            return given
        # a Latin-script word is a name only inside an otherwise Arabic name? keep Arabic only
        if not "\u0600" <= w[0] <= "\u06ff":
            return given
        if w[:1] in ("ب", "ل") and _verbal_noun_of_derived_form(w[1:]):
            # ب/ل + a verbal noun of the إفعال/افتعال/استفعال kind (بإحقاق، لاستعادة) opens no
            # name either: "رحب الرئيس بإعلان الهدنة" names no one after the title
            return given
        if _indefinite_accusative(w):
            # "وعقد الوزير مؤتمرا صحفيا"، "وقال مبتسما"، "سجل توماس توخل مديرا فنيا": the
            # verb's object or a circumstantial accusative, not a name
            return given
        if w.startswith("و") and w not in _NAME_LINKS \
                or w.startswith("ال") and w.endswith("ات") and len(w) >= 6:
            # و opens a new item after a name's first word; a definite plural is no
            # family name ("عبدالله السلمي الشهادات")
            return given | NAME_FIRST
        return given | NAME_FIRST | NAME_LATER

    def _group(self, i: int, out: list[_Cand]) -> int | None:
        """A collective actor: its head (one to three words, longest first), then a nisba
        or owner. A government-sector head (الدول، المسؤولين) is an actor only with one."""
        n = len(self.toks)
        for plen, stem in self.token_stems[i]:
            if stem not in self.L.group_first:
                continue
            longest = self._longest_head(i, stem, self.L.group_longest, self.L.group_second)
            for L in range(self._run(i, min(3, longest)), 0, -1):
                words = (stem, *self.words[i + 1:i + L])
                row = self.L.groups.get(words)
                if row is None:
                    continue
                owners = len(out)
                affiliation, j = self._group_modifiers(i + L, out, construct=not words[-1].startswith("ال"))
                # a group of an organisation shares its CAMEO type (قوات الناتو IGO، مسلحو القاعدة IMG)
                code = out[-1].code if len(out) > owners else None
                if affiliation is None and row.sector in _SEATED_SECTORS and words[0] not in _NOT_SEATED:
                    affiliation = self._seat_after(j)
                if affiliation is None and row.needs_owner:
                    return None       # الدول، قوة، طائرة alone are no actor
                affiliation = affiliation or row.code
                after_lil = plen > 0 and self.word(i).startswith("لل")
                fs = self.toks[i].start + (1 if after_lil else plen)
                fe = self.toks[j - 1].end
                name = self.an.text[slice(*self.an.span(fs, fe))]
                if after_lil:
                    # للصحفيين، للاجئين: ل + ال with its alif dropped (and, before a word in
                    # ل, its lam too); the group is named with the article (الصحفيين،
                    # اللاجئين), the mention keeps the text
                    orig = self._original(i)
                    word = orig[2:] if stem.startswith("ال") else orig[1:]
                    name = "ال" + word + name[len(orig) - 1:]
                out.append(_Cand(fs, fe, "GROUP", row.rule, name=name, affiliation=affiliation,
                                 sector=row.sector, number=row.number, gender=row.gender, code=code,
                                 key=f"group:{' '.join(words)}:{affiliation or ''}"))
                return j
        return None

    def _seat_after(self, j: int) -> str | None:
        """The country of a place right after في that follows a group's head: "وزارة الصحة في
        غزة", "السلطات في بغداد", "الشرطة في كندا" (the place stays an entity of its own)."""
        if j + 1 < len(self.toks) and self.word(j) == "في" and not self.gap(j):
            hit = self.hit_at.get(j + 1)
            if hit and hit[4].type == "LOC" and hit[0] == self.toks[j + 1].start:
                return hit[4].affiliation
        return None

    def _organisation(self, i: int, out: list[_Cand]) -> int | None:
        """An organisation the lexicon does not list, named by a head noun in construct
        and its name words: جامعة السلطان قابوس، منظمة الدول المصدرة للنفط، صحيفة «الوفاق»."""
        for plen, stem in self.token_stems[i]:
            row = self.L.org_heads.get(stem)
            if row is None or plen and self.word(i)[:plen] not in ("و", "ف", "ب", "ل"):
                continue
            outlet = row["kind"] == "outlet"
            end, affiliation, placed = self._organisation_name(i + 1, outlet)
            closer = self._quoted_name_closer(i + 1, end)
            if end == i + 1 or not (outlet or placed or closer is not None or row["one_word"] == "y"
                                    or self._adjectival(i + 2, end) or self._named_after_titled(i + 1, end)):
                # "لجنة الانضباط", "مجلس الإدارة": part of a body, not one; "أحالت لجنة
                # الانضباط الملف": a definite object after it is no part of a name either
                # (a name in quotation marks is one: حركة "النهضة")
                return None
            fs = self.toks[i + 1].start if outlet else self.toks[i].start + plen
            fe = self.toks[end - 1].end
            if closer is not None and not outlet:
                # حزب "العمل والإنجاز": the mention holds both marks; the name neither. A
                # country adjective right after the closing mark is the body's (حزب «الأمة» السوداني)
                fe = closer
                code, used = self.nisba_at(end) if end < len(self.toks) and self.gap(end) in _CLOSERS \
                    else (None, 0)
                if code:
                    affiliation = affiliation or code
                    end += used
                    fe = self.toks[end - 1].end
            name = self.an.text[slice(*self.an.span(fs, fe))]
            if closer is not None and not outlet:
                name = " ".join(name.translate(_NO_QUOTATION_MARKS).split())
            out.append(_Cand(fs, fe, "ORG", f"org-head:{row.ref}", name=name, affiliation=affiliation,
                             sector=row["sector"] or None, gender="f", key="org:" + fold_key(name)))
            return end
        return None

    def _quoted_name_closer(self, j: int, end: int) -> int | None:
        """When a body's name words [j, end) stand alone between quotation marks (حزب
        "العمل والإنجاز"، حركة «النهضة»), the folded offset just after the closing mark."""
        if end <= j or self.gap(j) not in _OPENERS:
            return None
        after = self.toks[end - 1].end
        if after < len(self.f) and self.f[after] in _CLOSERS and self.f[after] != ")":
            return after + 1
        return None

    def _named_after_titled(self, j: int, end: int) -> bool:
        """Do a body's name words [j, end) name a titled person (مستشفى الملك فهد، كلية
        الأمير سلطان، معهد الإمام الشاطبي)? Such a body has a name of its own, while "لجنة
        الانضباط" or "كلية الحقوق" is a part of something."""
        if end <= j + 1 or not self.flags(j) & 1:
            return False
        hit = self.hit_at.get(j + 1)
        return self.word(j + 1) in self.L.given or bool(hit and hit[4].type == "PER")

    def _place_after_head(self, i: int, out: list[_Cand]) -> int | None:
        """A place the lexicon does not know, named after its head: "بلدة خزاعة", "حي
        المنصور", "قرية بني زيد". The place is the name alone (the head says what it is)."""
        n = len(self.toks)
        for plen, stem in self.token_stems[i]:
            if stem not in self.L.place_heads or plen and self.word(i)[:plen] not in ("و", "ف", "ب", "ل"):
                continue
            row = self.L.place_heads[stem]
            takes_definite = row["definite"] == "y"
            j = k = i + 1
            while k < n and k - j < 3 and not self.gap(k) and k not in self.hit_at:
                w = self.word(k)
                orig = self._original(k)
                if w in _FUNCTION_WORDS or w in self.L.stop or len(w) < 2 or not w.isalpha() \
                        or not "\u0600" <= w[0] <= "\u06ff" or w in self.L.nisba or self.flags(k) & 1 \
                        or orig.endswith("ية") or w.startswith(("لل", "وال", "بال")) or w in _DIRECTIONS \
                        or (w.startswith("ال") and not (k == j and takes_definite)) \
                        or k > j and w.startswith("و") and w not in _NAME_LINKS \
                        or k > j and w[:1] in ("ب", "ل") and len(w) >= 4 \
                        or k > j and w in self.L.given and k + 1 < n and not self.gap(k + 1) \
                        and self.word(k + 1).startswith("ال"):
                    # adjectives (صغيرة، حدودية), common nouns, the next clause; a given name
                    # and a family name: a person ("مدير العمل بمحافظة خيبر فهد الرشيدي")
                    break
                k += 1
                if w.startswith("ال"):
                    break         # حي المنصور: one definite word is the whole name
            if k == j:
                return None
            first = self._original(j)
            if k == j + 1 and not first.startswith("ال") and (
                    row["gender"] == "m" or first.endswith("ي") or _feminine_adjective(first)):
                return None       # "مخيم مؤقت", "بلدة صغيرة": an adjective, no name
            fs, fe = self.toks[j].start, self.toks[k - 1].end
            name = self.an.text[slice(*self.an.span(fs, fe))]
            out.append(_Cand(fs, fe, "LOC", f"place-head:{stem}", name=name, key="loc:" + fold_key(name)))
            return k
        return None

    def _adjectival(self, j: int, end: int) -> bool:
        """Do the name words from j on hold an adjective (ending in ي/ية: مجلس الاحتياطي
        الاتحادي) or a purpose (المصدرة للنفط), which a name has and a following object not?"""
        return any(self.word(k).endswith(("ي", "يه")) or self.word(k).startswith("لل") for k in range(j, end))

    def _organisation_name(self, j: int, outlet: bool) -> tuple[int, str | None, bool]:
        """(end, affiliation, names a place) of the name words after an organisation's head. A body's
        name opens with a definite word or a place (جامعة القاهرة); an outlet's with any
        proper word, quoted or not (شركة نوفارتيس). A country adjective or a place in the
        name gives the affiliation (معهد الفيلم الأمريكي، جامعة القاهرة)."""
        n = len(self.toks)
        start, affiliation, placed = j, None, False
        while j < n and j - start < 8:
            gap = self.gap(j)
            if gap and not (j == start and gap in ("«", '"', "“")):
                break
            w = self.word(j)
            code, used = self.nisba_at(j)
            if code and j == start:
                break            # "شركة أمريكية للأمن" says what the company is, not its name
            if code and self._disagrees_in_definiteness(j):
                break            # "رئيس هيئة الرياضة تركي آل الشيخ": a given name, see _modifiers
            if code:
                affiliation = affiliation or code
                j += used
                continue
            hit = self.hit_at.get(j)
            if hit:
                entry = hit[4]
                # a body named after someone: مؤسسة خليفة بن زايد، جامعة الملك سعود
                named_after = entry.type == "PER" and not outlet and (j == start or self.word(j - 1) in self.L.title_first)
                if entry.type != "LOC" and not named_after or self.coordinated(j) or outlet and j == start \
                        or hit[0] > self.toks[j].start:
                    break        # a person, a listed organisation or "بفاس" is no part of the name
                if not named_after:  # جامعة الملك سعود is named after a king, not his country's
                    affiliation = affiliation or entry.affiliation
                    placed = True
                j = self.token_after(hit[1])
                continue
            # a definite stop word of person names may still be part of a body's name
            # (الهيئة العامة، المحكمة العليا); time words end it (... اليوم)
            stop = w in self.L.stop and (not w.startswith("ال") or w in _TIME_WORDS) \
                and not (outlet and j == start and w in self.L.org_heads)    # شركة مصنع الوادي للأسمدة
            if w in _FUNCTION_WORDS or stop or len(w) < 3 or not w.isalpha() \
                    or not "\u0600" <= w[0] <= "\u06ff":
                break
            if j == start and not outlet and self.flags(j) & 1:
                k = self._name_chain(j + 1, 3)
                if k > j + 1:     # named after a titled person: جامعة الملك سعود، مستشفى الأمير حمزة
                    j = k
                    continue
            if outlet and j == start and not gap and (
                    w == "ذات" or not w.startswith("ال") and _feminine_adjective(self._original(j))):
                break            # "شركة خاصة"، "شركة ذات مسؤولية محدودة": what the firm is, not its name
            if outlet and j > start and len(w) >= 4 and w not in _FIRM_SUFFIXES \
                    and self._pronoun_suffixed(self._original(j)):
                break            # "أعلنت شركة نوفاكس أرباحها": the object, not the name
            if outlet and (w.startswith("لل") or j > start and w.startswith("ل")) or self.flags(j) & 1 \
                    or w[1:] in _FUNCTION_WORDS:
                break            # "شركة نوفارتيس للأدوية", "... الدكتور فارس", "... والتي"
            if j > start and w in self.L.speech_other:
                break            # "نقلت الوكالة عن مسؤول في شركة الشحن قوله": the speech noun
            if outlet and self._predicate_after_outlet(j, start, w):
                break            # "فاز نادي الهدى بنتيجة", "شركة تواجه اتهامات": the clause goes on
            definite = w.startswith(("ال", "لل")) or (j > start and w.startswith("وال"))
            if j == start and not outlet and not w.startswith("ال"):
                break            # "لجنة تحقيق", "لجنة للتعامل مع": a committee, not one named
            if not definite and not outlet and w not in self.L.given:
                break
            if w in self.L.given and not definite and j > start and (placed or self.word(j - 1).startswith("ال")) \
                    and self.word(j - 1) not in self.L.title_first:
                # "مدير جامعة دمشق سامر ...": after a place or a definite word a given name is
                # the office-holder's, unless a title names the body after someone (جامعة الإمام محمد ...)
                break
            if outlet and j > start and w.startswith("و") and not w.startswith("وال") \
                    and w not in _FIRM_SUFFIXES:
                break            # "نادي الاتفاق وبعيدا عن ...": و opens the next clause
            if w.startswith("وال") and j == start:
                break
            j += 1
        return j, affiliation, placed

    def _predicate_after_outlet(self, j: int, start: int, w: str) -> bool:
        """Is word j (folded ``w``), after an outlet's head (نادي، شركة، صحيفة), the start of
        what the sentence says of it rather than a word of its name: a present-tense verb
        ("شركة تواجه اتهامات"، "نادي النصر يتصدر") or, after the name's first word, ب and a
        feminine noun or a verbal noun ("نادي الهدى بنتيجة"، "شركة إبسون بتصميم"، "نادي
        ملقا بتهمة")? Names the lexicon or the given names list are kept (شركة تويوتا), and
        foreign names in ت with a long vowel after two letters (تليغراف، ترافيك، تكافل)."""
        if j in self.hit_at or w in self.L.given:
            return False
        if _present_verb_shape(w) and not w.endswith("ي") and self.gap(j) not in ("«", '"', "“") \
                and not (w[0] == "ت" and len(w) >= 5 and w[2] in "اوي"):
            return True
        return j > start and w.startswith("ب") and len(w) >= 5 and (
            w.endswith("ه") and self._original(j).endswith("ة") or _verbal_noun_of_derived_form(w[1:]))

    def _group_modifiers(self, j: int, out: list[_Cand], construct: bool = True) -> tuple[str | None, int]:
        """A group's nisba or owner: القوات الروسية، قوات الأمن العراقية، قوات حلف الناتو."""
        n = len(self.toks)
        affiliation = None
        steps = 0
        while j < n and steps < 3 and not self.gap(j):
            steps += 1
            w = self.word(j)
            code, used = self.nisba_at(j)
            if code:
                return code, j + used
            code = self.L.nisba_plural.get(w)
            nxt = self.hit_at.get(j + 1)
            if code and not (nxt and nxt[4].type == "LOC" and not self.gap(j + 1)):
                # a broken plural agrees with a plural head (الجنود الأتراك، جنود روس); before a
                # place it names a people of that place (قوات صرب البوسنة), not the country's
                return code, j + 1
            hit = self.hit_at.get(j)
            if hit and not self.coordinated(j):
                entry = hit[4]
                if entry.type in ("ORG", "LOC") and entry.affiliation:
                    out.append(self._entry_cand(hit))
                    return entry.affiliation, self.token_after(hit[1])
                break
            if construct and w in _GROUP_COMPLEMENTS:
                # only an indefinite head takes a complement: قوات الأمن، not المتظاهرين الشرطة
                j += 1
                continue
            break
        return affiliation, j


# The passes _Scanner.scan tries at a word after titles and lexicon names, in order, each
# with the word flag that allows it (see _Scanner.flags).
_PASSES = ((8, _Scanner._given_name), (64, _Scanner._common_given_name), (4, _Scanner._nisba_people),
           (16, _Scanner._speaker_name), (2, _Scanner._group), (32, _Scanner._organisation),
           (128, _Scanner._place_after_head), (NISBA_NOUN, _Scanner._nisba_noun_name))
# a word's flags -> the passes they allow, in order; filled as flags are met (a few dozen)
_passes_by_flags: dict[int, tuple] = {}


def _passes_allowed(flags: int) -> tuple:
    passes = _passes_by_flags.get(flags)
    if passes is None:
        passes = _passes_by_flags[flags] = tuple(scan_pass for bit, scan_pass in _PASSES if flags & bit)
    return passes


def _may_follow_common_given(nxt: str) -> bool:
    """Can ``nxt`` be the word after a given name that is also a common word, as
    _Scanner._common_given_name reads it (آل، بن، ابن، بنت or a definite word in ي)? A
    cheap test on the next word alone, so that most such words (على folds like علي) are
    not even visited."""
    return nxt == "ال" or nxt in ("بن", "ابن", "بنت") or nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) >= 5


def _verbal_noun_of_derived_form(w: str) -> bool:
    """تفعيل (تحديد), إفعال (احقاق), افتعال (اعتقال) or استفعال (استعاده), folded: the long vowel
    falls in a fixed place, which foreign names such as لاكوتور، لاريجاني do not match
    (nor لامبارد: إفعال has five letters)."""
    if len(w) == 5 and w[0] == "ت" and w[3] == "ي":
        return True           # تفعيل (تحديد، تعزيز): لتحديد is "to set", not a name
    if len(w) < 5 or w[0] != "ا":
        return False
    # (and إفالة of a hollow root: اقامه، اعاده، اداره)
    return w.startswith("است") or (len(w) == 5 and w[3] == "ا") or (len(w) >= 6 and w[4] == "ا") \
        or len(w) == 5 and w[2] == "ا" and w[4] == "ه"


def _verbal_noun_after_title(w: str) -> bool:
    """Is folded ``w`` a derived verbal noun by its whole pattern: إفعال (اعلان، اتخاذ), إفالة
    (اقامه، اعاده), افتعال with its ت (اجتماع، اضطراب), انفعال (انسحاب), استفعال (استقبال) or
    تفعيل (تحديد), or the plural of one (انتخابات)? Stricter than _verbal_noun_of_derived_form: right after a title a foreign
    given name of six letters or more with ا in the fifth place (اليزابث، ادريان) is a name."""
    n = len(w)
    if n >= 7 and w.endswith("ات"):
        return _verbal_noun_after_title(w[:-2])     # its plural: انتخابات، اجتماعات
    if n == 5 and w[0] == "ت" and w[3] == "ي":
        return True
    if n < 5 or w[0] != "ا":
        return False
    if w.startswith("است") and w[3] != "ي":
        return True       # استفعال and its verb (استقبال، استخدمت); not استيفان (Stefan)
    if n == 5:
        return w[3] == "ا" or w[2] == "ا" and w[4] == "ه"
    if n == 6:
        return w[4] == "ا" and (w[2] in "تطد" or w[1] == "ن")
    return False


def _indefinite_accusative(w: str) -> bool:
    """Is folded ``w`` an indefinite accusative with its alif (tanween written without the
    mark) of a shape names do not take: a derived verbal noun (اجتماعا، اتفاقا، انتقادا،
    تأييدا) or a participle in م (مبتسما، متسائلا، مؤتمرا، مصابا، مديرا، موضحا)? Foreign
    names in ـا open otherwise (أوباما has و after its alif, ماريا ا after its م, موريرا
    is longer than a participle of a و-initial root)."""
    if len(w) < 5 or w[-1] != "ا":
        return False
    stem = w[:-1]
    if stem[1] != "و" and stem[-1] not in "اوي" and _verbal_noun_of_derived_form(stem):
        return True
    # (a participle has one long ا at most: مكنامارا is a name)
    return w[0] == "م" and (w[1] not in "اويه" or w[1] == "و" and len(w) == 5) \
        and len(w) <= 7 and stem.count("ا") <= 1


def _short_accusative(w: str) -> bool:
    """Is folded ``w`` a short indefinite accusative of a plain Arabic pattern: فعلا (هدفا،
    حكما، جدلا), فاعلا (لاعبا، جاهزا) or فعيلا (كثيرا، كبيرا)? Foreign family names in ـا
    have a vowel letter elsewhere (سيلفا، كوستا، موتا) or are longer (كوبولا، مارادونا)."""
    if w[-1:] != "ا" or w.startswith("ال"):
        return False
    if len(w) == 4:
        return w[1] not in "اوي" and w[2] not in "اوي"
    return len(w) == 5 and (w[1] == "ا" or w[2] == "ي") and w[3] not in "اوي" and w[1:3] != "اي"


def _present_verb_shape(word: str) -> bool:
    """Does a folded word open like a present-tense verb or a verbal noun of the تفعيل kind:
    ي/ت and then a consonant (يجتمع، تشير، تعديل)? Names that open so are given names the
    lexicon lists (يحيى، تيسير) or foreign ones with a vowel letter or the digraphs تش/تس
    after ي/ت (يوناس، تيبو، تشارلز، تسيبي)."""
    return len(word) >= 3 and word[0] in "يت" and word[1] not in "اويه" and word[:2] not in ("تش", "تس")


def _derived_past_verb(word: str) -> bool:
    """Does a folded word have the whole shape of a past verb of the derived forms VIII
    افتعل (اعتمد، اجتمع، انتقد، اضطر، ازدهر) or VII انفعل (انسحب، انطلق), bare or with the
    feminine ت or the plural وا (اعتمدت، انسحبوا)? Such a verb right after a title is the
    title's predicate ("أمير المنطقة اعتمد الخطة"), never a name. Three strong radicals:
    foreign names of five letters have a vowel letter among them (اشتون، اندرو، استريو), and a
    definite noun (الترك) opens with ال, which this leaves out."""
    if len(word) == 6 and word.endswith("ت"):
        word = word[:-1]
    elif len(word) == 7 and word.endswith("وا"):
        word = word[:-2]
    if len(word) != 5 or word[0] != "ا" or word[1] in "اويل" or word[3] in "اوي" or word[4] in "اويه":
        return False
    return word[2] in "تطد" or word[1] == "ن" and word[2] not in "اوي"


def _has_article(word: str) -> bool:
    """Does a folded word carry the article, with or without a clitic (الأمير، للأمير،
    والأمير)? Particles that fold alike (إلى → الي) do not."""
    return word.startswith(("ال", "لل", "وال", "بال", "فال")) and word not in _FUNCTION_WORDS


def _feminine_adjective(word: str) -> bool:
    """A feminine adjective of the common patterns: فعيلة (صغيرة، قريبة), فاعلة (نائية،
    آمنة), or a nisba in ية; a name such as خزاعة fits none."""
    if not word.endswith("ة"):
        return False
    return word.endswith("ية") or len(word) == 5 and (word[2] == "ي" or word[1] == "ا") \
        or len(word) == 4 and word[0] == "آ"


# Documents that "say" in news prose (وقال بيان، وذكرت وثيقة): after a speech verb they are
# the speaker, not a person's first name.
_DOCUMENT_NOUNS = {fold_key(w) for w in "بيان وثيقة مذكرة بلاغ إعلان".split()}
# cardinal numbers and quantifiers before a counted plural noun (ثلاثة أدوار، عدة أسماء),
# folded: the word after one is a noun, never a given name
_COUNTING_WORDS = {fold_key(w) for w in """ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني
ثمانية تسع تسعة عشر عشرة عدة بضع بضعة""".split()}
# ranks that are also everyday participles, adjectives after a definite noun (المقدم
# 'submitted', الرائد 'leading'; see _Scanner._rank_as_adjective), folded
_ADJECTIVE_RANKS = {"المقدم", "الرائد"}
# roles of titles.tsv named after a team in construct (مدرب الهلال، لاعب المنتخب، مهاجم ليفربول)
_TEAM_ROLES = {"coach", "player", "forward", "goalkeeper", "defender", "midfielder", "star"}

# Nouns of what the press is told or shown, which take صحفي/صحافي/إعلامي as their adjective
# ("مؤتمر صحفي" is a press conference, not a journalist at a conference).
_OFFICE_KINDS = ("head", "office")     # titles.tsv kinds of offices of state (not honorifics)

_PRESS_EVENT_NOUNS = {fold_key(w) for w in """مؤتمر مؤتمرا مؤتمرات بيان بيانا بيانات تصريح تصريحا
    تصريحات إفادة إفادات تقرير تقريرا تقارير لقاء لقاءات حوار حوارا حديث حديثا مقابلة مقابلات
    إيجاز ندوة جولة تغطية تسريبات
    مكتب مركز فريق طاقم جهاز قسم دائرة حملة خطاب نشاط""".split()}   # the media office, team, campaign

# Time words that end an organisation's name (أعلنت هيئة الاستثمار اليوم).
_TIME_WORDS = {fold_key(w) for w in """اليوم الليلة الآن الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
الماضي الماضية المقبل المقبلة الجاري الحالي""".split()}

# "and sons", "and partners" after a firm's founder: part of the firm's name (folded).
# Closing quotes and brackets: a word right after one follows a quoted or bracketed name.
_CLOSERS = ('"', "»", "”", ")")
_OPENERS = ('"', "«", "“")
_NO_QUOTATION_MARKS = str.maketrans("", "", '"«»“”')
# forms of address and ranks: after them a lone definite word in ي is a family name
_ADDRESS_TITLES = {fold_key(w) for w in """الدكتور الدكتورة السيد السيدة الشيخ الشيخة الأستاذ الأستاذة
اللواء العميد العقيد المشير""".split()}
_FIRM_SUFFIXES = {"واولاده", "وشركاه", "وشركاؤه", "واخوانه"}

# Compass words after a place: "بلدة خزاعة جنوب القطاع" ends the name at جنوب.
_DIRECTIONS = {"جنوب", "شمال", "شرق", "غرب", "وسط", "قرب", "جنوبي", "شمالي", "شرقي", "غربي", "شمال شرق"}

# Nouns that complete an office or body name ("المتحدث باسم الخارجية", "رئيس الأركان").
_OFFICE_NOUNS = {"الخارجيه", "الدفاع", "الداخليه", "الماليه", "الوزراء", "الحكومه", "الجمهوريه", "الاركان",
                 "النواب", "الشيوخ", "الشوري", "البرلمان", "الكونغرس", "الامن", "الدوله", "العدل", "الصحه",
                 "الاقتصاد", "التجاره", "الطاقه", "النفط", "الاعلام", "الاتصالات", "الخزانه", "البيت",
                 "الابيض", "الوزاره", "المجلس", "الرئاسه", "القوات", "المسلحه", "الجيش", "الاستخبارات",
                 "المخابرات", "الشرطه", "الحرس", "الثوري", "الوطني", "القومي", "الاتحادي", "الاتحاديه",
                 "الامه", "الاعلي", "العليا", "الكنيست", "السياسي", "السياسيه", "العسكري", "العسكريه",
                 "الحزب", "الحركه", "المكتب", "اللجنه", "البعثه", "المنظمه", "الهيئه", "الوكاله"}
# Words inside a group's name before its nisba: "قوات الأمن العراقية", "قوات حفظ السلام".
_GROUP_COMPLEMENTS = {"الامن", "الامنيه", "الشرطه", "الجيش", "حفظ", "السلام", "الاحتلال", "النظام",
                      "المعارضه", "المسلحه", "الخاصه", "البحريه", "الجويه", "البريه", "الحكوميه",
                      "النظاميه", "الموالية", "المواليه", "التابعه", "الحدود", "الطوارئ", "الدفاع",
                      "المدني", "الجوي", "البحري", "الشعبي", "الشعبيه",
                      "حربيه", "الحربيه", "مسيره", "المسيره", "عسكريه", "العسكريه", "مقاتله"}


# ---------------------------------------------------------------- forming entities

def annotate(an) -> list[Entity]:
    scanner = _Scanner(an)
    cands = [c for c in scanner.scan() if c.type != "PER" or not _named_after(scanner, c.fs)]
    entities = _cluster(an, cands)
    _join_surnames(an, scanner, entities)
    _join_bare_alias_to_namesake(entities)
    _join_anaphors(an, scanner, entities)
    _join_roles(an, entities)
    _join_bare_groups(entities)
    _counterparts(an, scanner, entities)
    entities = [e for e in entities if e.mentions]
    by_start = attrgetter("start")
    for e in entities:
        if len(e.mentions) > 1:          # most entities are named once
            e.mentions.sort(key=by_start)
    # each entity's first mention is now its earliest (Entity.first_start, without the min())
    entities.sort(key=lambda e: e.mentions[0].start)
    for n, e in enumerate(entities, start=1):
        e.id = f"e{n}"
    return entities


# Places and buildings named after a person (ساحة رياض الصلح، مطار رفيق الحريري، جائزة
# نوبل): the name after one of these heads names the place, not the person as an actor of
# the story. The heads of the second set also take a person's genitive ("مركز بوتين" is his
# standing, "قاعدة ترامب" his voters), so they count only with a title between (مركز الملك
# سلمان، مدينة الأمير سلطان). Folded.
_NAMED_AFTER_HEADS = {fold_key(w) for w in """ساحة ميدان شارع طريق جسر نفق مطار ميناء محطة
مستشفى مسجد جامع كنيسة ملعب استاد قاعة ضاحية جائزة كلية جامعة""".split()}
_NAMED_AFTER_TITLED = {fold_key(w) for w in "مركز مدينة مؤسسة مدرسة مجمع برج قاعدة".split()}


def _named_after(sc: _Scanner, fs: int) -> bool:
    """Whether the person mention starting at folded offset ``fs`` follows a place or
    building head, perhaps with the person's title between (مستشفى الملك فهد)."""
    j = sc.token_index(fs)
    if not j:
        return False
    j -= 1
    titled = j > 0 and (sc.word(j),) in sc.L.titles
    if titled:
        j -= 1
    head = sc.word(j)
    if head[:1] in ("و", "ب", "ل", "ف") and head[1:] in _NAMED_AFTER_HEADS | _NAMED_AFTER_TITLED:
        head = head[1:]
    return head in _NAMED_AFTER_HEADS or titled and head in _NAMED_AFTER_TITLED


def _mention(an, fs: int, fe: int) -> Mention:
    s, e = an.span(fs, fe)
    return Mention(s, e, an.text[s:e])


def _cluster(an, cands: list[_Cand]) -> list[Entity]:
    by_key: dict[str, Entity] = {}
    order: list[Entity] = []
    # (_mention inlined: a mention per candidate, some twenty an article)
    to_original, text = an.folded.to_original, an.text
    for c in cands:
        key = c.lexicon_id or c.key or f"{c.type}:{fold_key(c.name or '')}:{c.affiliation or ''}"
        ent = by_key.get(key)
        if ent is None:
            # (a hashtag joins a name's words with _: #سعد_الحريري is named سعد الحريري)
            ent = Entity(id="", type=c.type, name=(c.name or "").replace("_", " "), affiliation=c.affiliation, rule=c.rule,
                         lexicon_id=c.lexicon_id, role=c.role, title=c.title, sector=c.sector,
                         gender=c.gender, number=c.number, country=c.country, code=c.code)
            by_key[key] = ent
            order.append(ent)
        else:
            # later mentions may add what the first lacked (a title, an affiliation)
            ent.title = ent.title or c.title
            ent.role = ent.role or c.role
            ent.affiliation = ent.affiliation or c.affiliation
            ent.gender = ent.gender or c.gender
            ent.code = ent.code or c.code
            if c.type == "PER" and not c.lexicon_id and len(c.name or "") > len(ent.name):
                ent.name = (c.name or ent.name).replace("_", " ")
        s, e = to_original(c.fs, c.fe)
        ent.mentions.append(Mention(s, e, text[s:e]))
    return order


def _covered(entities: list[Entity]) -> list[tuple[int, int]]:
    return sorted((m.start, m.end) for e in entities for m in e.mentions)


def _free(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect_left(spans, (s, -1))
    for j in (i - 1, i):
        if 0 <= j < len(spans) and spans[j][0] < e and s < spans[j][1]:
            return False
    return True


def _give_titles_in_apposition(an, entities: list[Entity]) -> None:
    """A person named without a title, then at once (past a space or a comma) an unnamed
    office of the same gender: the office is the person's, and its mentions theirs."""
    untitled = {m.end: p for p in entities if p.type == "PER" and not p.role for m in p.mentions}
    if not untitled:
        return
    for r in entities:
        if r.type != "ROLE" or len(r.mentions) != 1:
            continue
        m = r.mentions[0]
        k = m.start
        while k > 0 and an.text[k - 1] in " ،,":
            k -= 1
        p = untitled.get(k)
        if p is None or (p.gender and r.gender and p.gender != r.gender):
            continue
        p.role, p.title, p.sector = r.role, r.title, p.sector or r.sector
        p.affiliation = p.affiliation or r.affiliation
        p.mentions.extend(r.mentions)
        r.mentions = []
        del untitled[k]


def _join_surnames(an, sc: _Scanner, entities: list[Entity]) -> None:
    """A pattern person's last name, later in the article, is that person."""
    def surname_of(words: list[str]) -> str | None:
        last = words[-1] if len(words) >= 2 else None
        if last and len(last) >= 3 and last not in sc.L.stop and last not in _NOT_SURNAMES:
            return last
        return None

    surnames: dict[str, Entity] = {}      # persons whose surname joins them later
    known: dict[str, Entity] = {}         # every person, by the last word of each mention
    shared: set[str] = set()              # surnames of two persons here: they name neither
    compounds: dict[str, Entity | None] = {}   # "عبد العاطي" -> the one person it ends
    for e in entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            last = surname_of(fold_key(m.text).split())
            if last:
                known.setdefault(last, e)
        words = fold_key(e.name).split()
        if len(words) >= 3 and words[-2] in _COMPOUND_SURNAME_HEADS:
            compound = " ".join(words[-2:])
            compounds[compound] = e if compounds.get(compound, e) is e else None
        last = surname_of(words)
        # A lexicon person is named by the surname alone later too (الحريري after سعد
        # الحريري), unless the last word is a father's or a clan's name (محمد بن سلمان,
        # عبد الله بن زايد آل نهيان): that word alone is another person.
        if last and (not e.lexicon_id or words[-2] not in _NAME_LINKS):
            if surnames.setdefault(last, e) is not e:
                shared.add(last)
    for last in shared:
        del surnames[last]
    # a one-word pattern person (from "وأضاف سميثسون أن") is the surname of a full name;
    # so is a two-word one that is a full name's compound surname (وأضاف عبد العاطي)
    for e in entities:
        if e.type == "PER" and not e.lexicon_id:
            key = fold_key(e.name)
            if " " not in key:
                full = surnames.get(key) or known.get(key)
            else:
                full = compounds.get(key)
                if full is not None and full is not e:
                    # its own last word (العاطي) names the full person from now on
                    for last in [k for k, v in surnames.items() if v is e]:
                        surnames[last] = full
            if full is not None and full is not e:
                full.mentions.extend(e.mentions)
                e.mentions = []
    if not surnames:
        return
    spans = _covered(entities)
    for t, plen, stem, ent in _words_naming(sc, surnames):
        if stem.startswith("ال") and plen == 2:
            continue
        if plen and stem in sc.L.common_given and t.text[:plen] != "و":
            continue        # لصالح is "in favour of", not ل + علي عبد الله صالح
        fs = t.start + plen
        head = _compound_head_before(sc, t, ent)
        if head is not None:
            if plen:
                continue    # (أبو لهدى is no name: a clitic stands inside the compound)
            # أبو الهدى, not الهدى alone (and without the و of وأبو الهدى)
            fs = head.start + len(head.text) - len(head.text.lstrip("وف"))
        if t.start >= min(m.start for m in ent.mentions) and _free(spans, *an.span(fs, t.end)):
            ent.mentions.append(_mention(an, fs, t.end))


def _join_bare_alias_to_namesake(entities: list[Entity]) -> None:
    """A lexicon person the article names only by a bare surname (كارني، بوش) that is the
    family name of someone it names in full (جاي كارني، لورا بوش) is that someone: "وقال جاي
    كارني ... وأضاف كارني" speaks of one man, not of the lexicon's office-holder of that
    surname, whatever the article's date."""
    namesakes: dict[str, list[Entity]] = {}
    for e in entities:
        if e.type == "PER" and not e.lexicon_id and e.mentions:
            words = fold_key(e.name).split()
            if len(words) >= 2:
                namesakes.setdefault(words[-1], []).append(e)
    if not namesakes:
        return
    for e in entities:
        if e.type != "PER" or not e.lexicon_id or not e.mentions:
            continue
        named_as = {fold_key(m.text) for m in e.mentions}
        if len(named_as) != 1:
            continue          # named in full somewhere: the lexicon's person
        found = namesakes.get(named_as.pop(), ())
        if len(found) == 1:   # (two namesakes here: which one is meant is not known)
            found[0].mentions.extend(e.mentions)
            e.mentions = []


def _compound_head_before(sc: _Scanner, t, ent: Entity):
    """The token of عبد / أبو right before ``t`` when the person's surname is that
    compound (مروان أبو الهدى named again as أبو الهدى), else None."""
    words = fold_key(ent.name).split()
    if len(words) < 3 or words[-2] not in _COMPOUND_SURNAME_HEADS:
        return None
    ti = sc.token_index(t.start)
    if not ti or fold_key(sc.toks[ti - 1].text).lstrip("وف") != words[-2]:
        return None
    return sc.toks[ti - 1]


def _words_naming(sc: _Scanner, forms: dict[str, Entity]):
    """(token, clitic length, stem, entity) for every token that is one of ``forms``
    behind its clitics, in text order. Each form is searched with str.find (a stem is the
    end of its token, since clitics only precede), then checked against the token."""
    found: dict[int, tuple] = {}
    low = sc.low
    for form in forms:
        needle = form[2:] if form.startswith("ال") else form    # للناتو has no ال inside
        pos = low.find(needle)
        while pos != -1:
            end = pos + len(needle)
            ti = sc.token_index(pos)
            if ti is not None and sc.toks[ti].end == end and ti not in found:
                for plen, stem in noun_stems(sc.words[ti]):
                    ent = forms.get(stem)
                    if ent is not None:
                        found[ti] = (sc.toks[ti], plen, stem, ent)
                        break
            pos = low.find(needle, end)
    for ti in sorted(found):
        yield found[ti]


def _join_anaphors(an, sc: _Scanner, entities: list[Entity]) -> None:
    """الحلف / التحالف after NATO has been named are NATO (when only one such org is)."""
    ids = {e.lexicon_id: e for e in entities if e.lexicon_id}
    # (intersection() walks the article's few ids; keys() & ... would walk all anaphor ids)
    named = sc.gaz.anaphor_ids.intersection(ids)
    if not named:
        return            # most articles: no body with anaphors is named
    # only the anaphors of the bodies named here; each joins the one such body it may mean
    meanings: dict[str, list[str]] = {}       # anaphor -> the named bodies it may stand for
    for lid in named:
        for form in sc.gaz.anaphor_forms[lid]:
            meanings.setdefault(form, []).append(lid)
    wanted = {form: ids[lids[0]] for form, lids in meanings.items() if len(lids) == 1}
    if not wanted:
        return
    spans = _covered(entities)
    for t, plen, stem, ent in _words_naming(sc, wanted):
        fs = t.start + (1 if plen and sc.low.startswith("لل", t.start) else plen)
        s, e = an.span(fs, t.end)
        if s > min(m.start for m in ent.mentions) and _free(spans, s, e):
            ent.mentions.append(Mention(s, e, an.text[s:e]))


def _counterparts(an, sc: _Scanner, entities: list[Entity]) -> None:
    """A person named right after "نظيره" and a country adjective is of that country:
    "التقى الوزير نظيره الهنغاري بيتر سيارتو" (the counterpart holds the same office abroad)."""
    for e in entities:
        if e.type != "PER" or e.affiliation is not None or not e.mentions:
            continue
        for m in e.mentions:
            k = sc.token_index(an.folded.to_folded(m.start))
            if k is None or k < 2:
                continue
            for used in (1, 2):             # a country adjective of one or two words
                j = k - used
                if j < 1 or sc.gap(j) or sc.gap(k) or sc.words[j - 1].lstrip("و") not in _COUNTERPART:
                    continue
                code, n = sc.nisba_at(j)
                if code and n == used:
                    e.affiliation = code
                    break
            if e.affiliation is not None:
                break


_COUNTERPART = {"نظيره", "نظيرته", "نظيرها", "نظيريه", "نظرائه"}


def _join_bare_groups(entities: list[Entity]) -> None:
    """A collective actor named bare (وزارة العدل، الجيش) is the one of that head the article
    names with its country (وزارة العدل الليبية، الجيش السوري), when it names exactly one."""
    # (a head without its article, قوات، حكومة, stands in construct with an owner the
    # annotator did not know, "قوات صرب البوسنة": another group, not the one named before)
    bare = [e for e in entities if e.type == "GROUP" and e.affiliation is None and e.mentions
            and fold_key(e.name).startswith(("ال", "وزاره "))]
    if not bare:
        return
    placed = [e for e in entities if e.type == "GROUP" and e.affiliation is not None]
    for b in bare:
        head = fold_key(b.name) + " "
        same = [p for p in placed if fold_key(p.name).startswith(head)]
        if len(same) == 1:
            same[0].mentions.extend(b.mentions)
            b.mentions = []


def _join_roles(an, entities: list[Entity]) -> None:
    """An unnamed office-holder (الرئيس الروسي) is the named person of that office and
    country in the same article, when there is exactly one (or one the lexicon knows);
    an office right after a person's name with no title is that person's ("أمي بارتليت
    المتحدثة باسم المتنزه")."""
    _give_titles_in_apposition(an, entities)
    people = [e for e in entities if e.type == "PER" and e.role]
    for r in entities:
        if r.type != "ROLE" or not r.mentions:
            continue
        same = [p for p in people if p.role == r.role and (r.affiliation is None or p.affiliation == r.affiliation)]
        if len(same) > 1:
            # the office-holder the lexicon knows rather than a name found by a rule
            same = [p for p in same if p.lexicon_id] or same
        if len(same) == 1:
            same[0].mentions.extend(r.mentions)
            r.mentions = []
