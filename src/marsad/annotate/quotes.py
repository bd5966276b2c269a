"""Quotes: who said what, verbatim or reported.

Three ways a statement reaches an article, and so three passes:

1. a speech cue from the speech_verbs table (قال، أكدت، مضيفا، التأكيد، بحسب ...) followed,
   after its subject and adverbials, by a that-clause (إن، أن، بأن، على أن ...), a colon or
   a quotation: "وقال وزير الخارجية إن ..." is reported speech running to the end of its
   clause; "وقال: «...»" or "وأكد أن «...»" is a direct quote of the marked words;
2. quotation marks with the cue after them ("«...»، قال الوزير") or a paragraph that
   continues the previous paragraph's quotation;
3. the headline form "SPEAKER: words" on a line of its own ("الناتو: لن نتخلى عن ...").

Sources ("..., بحسب الوزارة"، "وفقا لـX، فإن ...") attribute the clause they attach to;
the asides "حسب قوله"، "على حد تعبيرها" at a clause's end make the clause before them the
words of the subject named in their sentence (rule "own_words");
speech acts without a that-clause (حث، رفض) and the writer's asides (يشار إلى أن) only
mark where a quoted clause ends. Quotation marks with no cue (a scare-quoted term, a
subheading in quotes) make no quote.
The speaker is the cue's subject (verb-subject or subject-verb order), the referent of a
pronoun subject (وقال، لكنه أضاف: the most recent speaker or sentence subject that agrees
in gender and number), the entity last introduced with a bare title (الوزير), for
"نقلت وكالة ... عن X قوله" X, or for a document the body that issued it ("وقال بيان
للجيش"، "بحسب تقرير صادر عن البنك الدولي"، "وأضاف البيان" after "قالت الشرطة في
بيان"); when none can be found the speaker is None.

All scanning runs on the folded text (an.f, folded offsets); spans are mapped back to the
original text only when a Quote is made.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

from ..lexicon import LexiconError, Row
from ..model import Entity, Quote
from ..text.fold import fold
from .actors import mention_index, takes_masculine_verbs
from .quotation_marks import OPENERS, Quotation, find_quotations, para_end

# ---------------------------------------------------------------------------------------
# The cue lexicon


@dataclass(frozen=True)
class CueForm:
    row: Row
    kind: str            # speech act impersonal editorial source relay
    pos: str             # past present participle noun other
    gender: str | None   # "m" / "f" / None
    number: str          # "sg" / "pl"


def _past_forms(v: str):
    stem = v[:-1] if v[-1] in "اي" else v
    out = [(v, "m", "sg"), (stem + "ت", "f", "sg"), (stem + "وا", "m", "pl")]
    if v[-1] not in "اي":
        out += [(v + "ا", "m", "pl"), (v + "تا", "f", "pl")]      # the dual: قالا، قالتا
    return out


def _present_forms(p: str):
    out = [(p, "m", "sg")]
    if p.startswith("ي"):
        out.append(("ت" + p[1:], "f", "sg"))
    out.append(((p[:-1] if p[-1] in "يوا" else p) + "ون", "m", "pl"))
    if p[-1] not in "يوا":
        out.append((p + "ان", "m", "pl"))                          # the dual: يقولان
    return out


def _participle_forms(a: str):
    stem = a[:-1] if a.endswith("ا") else a
    return [(stem + "ا", "m", "sg"), (stem + "ه", "f", "sg"), (stem + "ين", "m", "pl")]


_NOUN_SUFFIXES = (("ه", "m", "sg"), ("ها", "f", "sg"), ("هم", "m", "pl"), ("هما", "m", "pl"))


def _noun_forms(n: str):
    out = [(n, None, "sg"), ("ال" + n, None, "sg")]
    stem = n[:-1] + "ت" if n.endswith("ه") else n     # إشارة → إشارته
    out.extend((stem + s, g, num) for s, g, num in _NOUN_SUFFIXES)
    return out


def build_cues(lexicon) -> dict[str, CueForm]:
    """Folded word form → CueForm, over every row of speech_verbs (later rows win)."""
    cues: dict[str, CueForm] = {}
    for row in lexicon.rows("speech_verbs"):
        kind = row["kind"]
        generated = []
        verb = fold(row["verb"])
        if kind in ("speech", "act", "relay"):
            generated += [(w, "past", g, n) for w, g, n in _past_forms(verb)]
        else:
            generated.append((verb, "other", "m", "sg"))
        if row["present"]:
            generated += [(w, "present", g, n) for w, g, n in _present_forms(fold(row["present"]))]
        if row["participle"]:
            generated += [(w, "participle", g, n) for w, g, n in _participle_forms(fold(row["participle"]))]
        for noun in row.list("noun"):
            generated += [(w, "noun", g, n) for w, g, n in _noun_forms(fold(noun))]
        for spec in row.list("forms"):
            parts = spec.split("/")
            if len(parts) != 3 or parts[1] not in ("m", "f") or parts[2] not in ("sg", "pl"):
                raise LexiconError(f"{row.file}:{row.line}: forms: {spec!r} is not FORM/GENDER/NUMBER (رأت/f/sg)")
            pos = "other" if kind in ("impersonal", "editorial", "source") else "past"
            if kind == "relay" and parts[0].endswith("ا"):
                pos = "other"      # نقلا عن: the adverbial form
            generated.append((fold(parts[0]), pos, parts[1], parts[2]))
        verb_forms = {word for word, pos, _, _ in generated if pos in ("past", "present")}
        for word, pos, gender, number in generated:
            if pos == "noun" and word in verb_forms:
                # a verbal noun spelt as its own verb once folded (نفي / نفى، زعم): bare, it
                # is the verb ("ونفى الوزير أن"); after ب it is the noun ("اكتفى بنفي أن")
                cues["ب" + word] = CueForm(row, kind, pos, gender, number)
                continue
            cues[word] = CueForm(row, kind, pos, gender, number)
    return cues


# Clitics that may stand before a cue word: و ف (and), س (future), ل (لـ before a noun).
_CUE_PREFIXES = ("وس", "فس", "و", "ف", "س", "ل")


def build_cue_index(lexicon) -> dict[str, tuple[CueForm, str]]:
    """Every word a cue can be written as, clitics included → (form, clitics): one dict
    lookup per token instead of trying each clitic in turn."""
    cues = lexicon.compiled("quotes.cues", build_cues)
    index: dict[str, tuple[CueForm, str]] = {}
    for p in _CUE_PREFIXES[::-1]:
        for word, form in cues.items():
            if "س" in p and form.kind == "impersonal":
                continue         # سيقال is "will be dismissed" (أقال), not "it will be said"
            index[p + word] = (form, p)
    for word, form in cues.items():
        if form.pos == "noun":
            index["ب" + word] = (form, "ب")    # اكتفى بالقول إن
    for word, form in cues.items():     # a listed word beats a clitic reading of it
        index[word] = (form, "")
    return index

# ---------------------------------------------------------------------------------------
# Small word lists of the grammar (not lexicon entries: closed classes of Arabic)

# A that-clause opens with أن/إن (folded ان), bare or with ب/ف and a pronoun suffix.
# (A set of the words, not a pattern: it is asked of nearly every word after a cue.)
_COMPLEMENTIZERS = frozenset(p + "ان" + s for p in ("", "ب", "ف") for s in ("", "ه", "ها", "هم", "هما", "نا", "ني", "كم"))
# ... but not after these, where أن is "to"/"after" rather than "that".
_NOT_THAT_AFTER = {"بعد", "قبل", "منذ", "دون", "بدون", "حتي", "يجب", "يمكن", "ينبغي", "يتعين",
                   "بد", "لابد", "اجل", "عسي", "يريد", "تريد", "اراد", "ارادت", "يحاول", "تحاول",
                   "بمجرد", "ريثما", "يفترض", "المفترض", "المقرر", "المتوقع", "المنتظر"}
# "رغم أن"، "بالرغم من أن"، "على الرغم من أن": a concession, not what a verb before it said
_DESPITE = frozenset({"رغم", "برغم", "ورغم", "بالرغم", "وبالرغم", "الرغم"})
# Cue words written like a preposition: بيّن "made clear" is بين "between" unvowelled.
# They count as cues only with a that-clause a few words after them (وبين الوزير أن).
_PREPOSITION_HOMOGRAPHS = frozenset({"بين", "بينا"})
_HOMOGRAPH_REACH = 6     # tokens from the word to its أن
# Words and clitics that make the next noun the object of a preposition, not a subject.
_PREPOSITIONS = {"ب", "ل", "ك", "عن", "من", "في", "الي", "علي", "مع", "لدي", "امام", "خلال",
                 "حول", "ضد", "عبر", "بين", "جانب", "باسم", "لصالح", "بشان", "تجاه", "نحو",
                 "ازاء", "عند", "حسب", "بحسب", "وفق", "وفقا", "نقلا", "منه", "عنه"}
# Conjunctions that start a new clause: a cue's subject is never beyond them.
_CLAUSE_CONJUNCTIONS = frozenset(p + w for p in ("", "و", "ف")
                                 for w in ("لكن", "لكنه", "لكنها", "لكنهم", "بل", "ثم", "فيما", "بينما", "غير", "الا",
                                           "اذ"))
# A pronoun subject before the verb: لكنه أضاف، إلا أنها أكدت، فإنه قال.
_PRONOUN_SUBJECT = re.compile(r"^(?:و|ف)?(?:لكن|ان|بان|انما)(ه|ها|هم|هما)$")
_SUFFIX_AGREEMENT = {"ه": ("m", "sg"), "ها": ("f", "sg"), "هم": ("m", "pl"), "هما": ("m", "pl")}
# Honorifics that stand for a pronoun subject: وقال سموه، وأكدت معاليها.
_HONORIFIC_PRONOUN = re.compile(r"^(?:سمو|معالي|فخامت|سيادت|جلالت|سماحت|دولت|سعادت)(ه|ها)$")
# Relative pronouns: a verb right after one has the noun before it as subject.
_RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"}
# Auxiliaries between a relative pronoun and its verb (التي كانت تشير، الذي كان قد أكد).
_AUXILIARIES = frozenset("كان كانت كانوا قد".split())
# Words that open a question put to someone (folded, without و/ف/ب/ل): the passive سئل
# ("وعندما سئل عن ...") and the noun سؤال ("ردا على سؤال حول ..."، "وعند سؤاله عن").
_QUESTION_WORDS = frozenset("سئل سئلت سئلوا سؤال سؤاله سؤالها سؤالهم".split())
# What the question is about follows one of these (folded): عن، حول، بشأن، إن كان، عما إذا ...
_ABOUT_WORDS = frozenset("عن عما عمن حول بشان بخصوص حيال ازاء ان اذا هل ما لماذا كيف متى".split())


def _is_question_word(word: str) -> bool:
    """Is ``word`` a word of asking, with و/ف and بـ/لـ glued before it or not (وسئل، وبسؤال)?"""
    return word in _QUESTION_WORDS or word[:1] in "وفبل" and word[1:] in _QUESTION_WORDS \
        or word[:1] in "وف" and word[1:2] in "بل" and word[2:] in _QUESTION_WORDS


# The active verb of asking with the one asked as its object pronoun (folded: "وعندما سأله
# صحفي عن"، "سألتها المذيعة"، "سألوه"): the actor after it is the one who asks, and the
# pronoun is the one who answers, so neither the asker nor what is asked about speaks.
_ASKED_HIM = frozenset(verb + pronoun for verb in ("سال", "سالت", "سالو")
                       for pronoun in ("ه", "ها", "هم", "هما"))


def _is_asking_verb(word: str) -> bool:
    """Is ``word`` an active verb of asking with an object pronoun (سأله، وسألتها، فسألوه)?"""
    return word in _ASKED_HIM or word[:1] in "وف" and word[1:] in _ASKED_HIM


# A past verb with an object pronoun, the head of a relative clause with no relative
# pronoun (نشرته، بثتها، أجراها، نقلته): a verb of three letters or more, with its -t-.
_PRONOUNS = frozenset(p + w for p in ("", "و") for w in ("هو", "هي", "هم", "هما", "هن"))
_NEGATIONS = frozenset({"لم", "لا", "لن", "ما", "قد"})
# Verbs that name the one a relative clause describes: "الذي يدعى فلان"، "التي تعرف باسم"
_NAMING_VERBS = frozenset("يدعي تدعي يدعون يسمي تسمي يسمون يعرف تعرف يعرفون يلقب تلقب".split())
_RESUMPTIVE_VERB = re.compile(r"^[^\W\d_]{2,}(?:ته|تها|اه|اها)$")
# Definite words right before a verb that are no noun subject of it: relatives, time
# adverbials, "except" and "now" (folded forms).
_NO_NOUN_SUBJECT = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                              "الا", "الان", "اليوم", "الليله", "الماضي", "الماضيه", "المقبل",
                              "المقبله", "الجاري", "الحالي", "الاحد", "الاثنين", "الثلاثاء",
                              "الاربعاء", "الخميس", "الجمعه", "السبت", "الصباح", "المساء"})
# Words that end a cue's gap when a speech verb follows them ("أعرب عن قلقه، حيث قال إن";
# alone, حيث is also "where": "قال فلان حاكم الولاية حيث وقع الهجوم إن").
_BEFORE_NEXT_CUE = frozenset({"كما", "وكما", "حيث"})
# Words after which a noun opens a clause (folded), and quantifiers before its noun.
_CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "فان", "وان", "ان", "بان", "لان", "بل", "ثم", "حيث",
                             "كما", "بينما", "فيما", "اما", "اذ", "اذا", "لقد", "وقد", "فقد", "قد",
                             "حين", "حينما", "عندما", "لما", "وعندما", "ولما", "بعدما"})
# The ones of them that stand right before a verb opening a clause with its own subject
# (، إذ قال فلان؛ فيما نفى فلان؛ حيث أكد فلان).
_OWN_CLAUSE_OPENERS = frozenset({"اذ", "حيث", "فيما", "بينما", "ثم", "وفيما", "وبينما"})
# Openers a noun subject may follow ("لكن مصادر قالت"); قد opens a verb, not a noun
_NOUN_CLAUSE_OPENERS = _CLAUSE_OPENERS - {"قد", "وقد", "فقد", "لقد"}
# "one of" before a plural: أحد، إحدى (folded)
_INDEFINITE_SUBJECT_REACH = 6   # tokens from an indefinite subject to its verb (مصادر قريبة من الحركة أكدت)
_ONE_OF = frozenset({"احد", "احدي"})
_QUANTIFIERS = frozenset({"بعض", "كل", "معظم", "اغلب", "جميع", "غالبيه", "اكثر"})
# "the same" after a noun: المصدر نفسه، الصحيفة ذاتها.
_SAME = {"نفسه", "ذاته", "نفسها", "ذاتها", "نفسهم", "ذاتهم"}
# Time words that may stand between a verbal noun and its that-clause: قوله أمس إن.
_TIME_WORDS = {"امس", "اول", "من", "اليوم", "ايضا", "مساء", "صباح", "الليله", "الاحد", "الاثنين",
               "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}
# Adverbials that may sit between a verb and its that-clause without being its subject.
_ADVERBIAL_HEADS = {"في", "اليوم", "امس", "ايضا", "كذلك", "بدوره", "بدورها", "مجددا", "مساء",
                    "صباح", "ظهر", "فجر", "ليل", "خلال", "اثناء", "عبر", "لدي", "امام", "بوضوح",
                    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
                    "يوم", "اول", "من", "علي", "الي", "عن", "ان", "ب", "ل", "له", "لها", "لهم",
                    "قد", "لقد", "فقط", "صراحه", "مؤخرا", "سابقا", "لاحقا", "حينها",
                    "الليله", "هذا", "هذه", "بعد", "قبل", "عقب", "ردا", "تعليقا"}
# "To" a listener or medium after the verb (للصحفيين، لوكالة، لموقع، بالقول): not a
# subject. ل before ا is left out: لافروف is a name far more often than ل + a noun.
_TO_SOMEONE = re.compile(r"^(?:لل|بال|ل[وتمقصش]\w{3,})")
# "To" a medium or a listener, whose name follows: said to it, not by it (folded forms).
_TO_A_MEDIUM = {to + noun for to in ("ل", "لل") for noun in (
    "صحيفه", "جريده", "مجله", "وكاله", "قناه", "موقع", "محطه", "تلفزيون", "اذاعه", "راديو",
    "شبكه", "برنامج", "زميل", "زميله")} | {"للصحفيين", "للصحافيين"}
# Head nouns of a medium whose name follows them (صحيفة الغارديان: the entity is الغارديان).
_OUTLET_HEADS = {"صحيفه", "جريده", "مجله", "وكاله", "قناه", "شبكه", "موقع", "اذاعه", "تلفزيون"}
# Written pieces that a medium's name after ل belongs to: تقرير (حديث) لصحيفة، مقال لمجلة.
# Verbs a verbal noun "بالقول" says the manner of ("فرد عليها بالقول:"، "واكتفى بالقول إن"،
# "وعلق على ذلك بالقول"): the verb's subject, named or not, speaks. Folded, masculine
# singular; the feminine (ردت) and plural (ردوا) are recognised by their ending.
_ANSWERING_VERBS = frozenset("رد علق عقب اكتفي اجاب بادر سارع ختم اختتم استهل استدرك اردف".split())
# What may stand between such a verb and "بالقول": its prepositional object.
_REPLY_OBJECTS = frozenset("علي عليه عليها عليهم عليهما ذلك هذا له لها لهم".split())
_WRITTEN_PIECES = {"تقرير", "تقريرا", "دراسه", "مقال", "مقالا", "بيان", "بيانا", "افتتاحيه", "تحقيق", "تحقيقا"}
# Documents that "say" for the body that issued them: "وقال بيان للجيش إن"، "وأضاف التقرير
# أن" (folded, without ال). The speaker is the issuer, named after the noun or earlier.
_DOCUMENTS = {"بيان", "تقرير", "رساله", "مذكره", "وثيقه", "دراسه", "بلاغ", "تعميم", "تغريده"}
# Words that may stand between a document and its issuer: "بيان رسمي صادر عن"، "بيان آخر لـ".
_DOCUMENT_ADJECTIVES = {a + s for a in ("اخر", "رسمي", "مشترك", "صحفي", "صحافي", "جديد", "مكتوب",
                                        "مقتضب", "سنوي", "منفصل", "مطول", "اولي", "حديث", "لاحق")
                        for s in ("", "ه")} | {"ال" + a for a in ("رسمي", "مشترك", "صحفي", "جديد", "اخير", "سنوي")}
# "صادر عن X"، "الصادرة من X": the issuer after "issued by".
_ISSUED = {"صادر", "صادره", "الصادر", "الصادره", "صادرا"}
# "بيان نشرته X"، "تقرير أعدته X": a verb with the document as its object, the issuer after it.
_ISSUED_IT = {v + t + o for v in ("نشر", "اصدر", "وزع", "اعد", "اذاع", "بث", "قدم", "كتب", "نقل")
              for t in ("", "ت", "وا") for o in ("ه", "ها")}
# After a comma these end a reported clause: the writer's own continuation.
_CLAUSE_TAILS = re.compile(r"^(?:و?(?:ذلك|فيما|بينما|حيث)|في حين|في وقت|في اشاره|علي حد|الامر الذي|و?لكن\w*|بل|غير ان|الا ان)$")
# Particles that may stand between a comma and a new statement's verb.
_BEFORE_VERB = {"كما", "وكما", "قد", "وقد", "فقد", "ثم", "كذلك", "بينما", "فيما"}
# A circumstantial participle after a comma (مؤكدا، محملا ...): a new predication.
_PARTICIPLE_SHAPE = re.compile(r"^م\w{3,6}ا$")
# Prepositions that attach a phrase to the verb after a quotation: «...» في تصريح ...
_ADVERBIAL_AFTER_QUOTE = {"في", "خلال", "امام", "عبر", "علي", "الي", "لدي", "بعد", "قبل", "اثناء", "عقب", "حسب", "بحسب"}


# "حسب قوله"، "على حد تعبيره"، "وفقا لوصفها": the writer marks the clause just before as
# the words of the one the pronoun refers to, though no speech verb introduced them
# ("وانتقد الوزير أداء الحكومة السابقة، على حد تعبيره"). Folded; group 1 is the pronoun.
_OWN_WORDS_ASIDE = re.compile(r"(?<!\w)(?:علي حد|علي حسب|ب?حسب|وفق|وفقا ل|طبقا ل)\s*"
                              r"(?:قول|تعبير|وصف|زعم|ادعائ|اعتقاد)(ه|ها|هم|هما)(?!\w)")
# The aside's noun with its pronoun (قوله is in قولها، قولهم too): one of them must be in the text.
_OWN_WORDS_NOUNS = ("قوله", "تعبيره", "وصفه", "زعمه", "ادعائه", "اعتقاده")
# A sentence end between two words: "." before white space (not the dots of سي.ان.ان).
_ENDS_SENTENCE = re.compile(r"[؟?!؛]|\.\s")
_MAX_GAP = 22          # tokens between a cue and its that-clause (subject and adverbials)
_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)
# What stands between two words when it is not a single space (a mark, a line break, two
# spaces); tokens are whole runs of letters and digits, so this never matches inside one.
_MARKED_GAP = re.compile(r"[^\w ]|  ")


@dataclass
class _Cue:
    tok: int           # token index
    start: int         # folded span of the cue word (without its clitics)
    end: int
    form: CueForm
    prefix: str        # clitics taken off (و، ف ...)
    speaker: Entity | None = None
    resolved: bool = False     # speaker decided (possibly None)


# ---------------------------------------------------------------------------------------
# The annotator


def annotate(an) -> list[Quote]:
    if not an.text.strip():
        return []
    return _QuoteFinder(an).run()


class _QuoteFinder:
    """One article's quote search: the text's quotations, sentences, cue words and entity
    mentions indexed once (folded offsets), then the passes of ``run``."""

    def __init__(self, an):
        self.an = an
        self.f = an.f
        self.tokens = an.tokens
        self.tok_starts = an.token_starts
        self.cues_lex: dict[str, CueForm] = an.lexicon.compiled("quotes.cues", build_cues)
        # each token's cue (form, clitics) or None, from the article's one look-up of
        # its tokens (Analysis.date_and_cue_words: most words are no cue)
        self.token_cues: list[tuple[CueForm, str] | None] = [None] * len(self.tokens)
        self.cue_indices = []
        for k, _, cue in an.date_and_cue_words:
            if cue:
                self.token_cues[k] = cue
                self.cue_indices.append(k)
        self.quotations = find_quotations(self.f)
        self.q_opens = [q.open for q in self.quotations]
        self.blocks = self._blocks()
        self.block_starts = [b[0] for b in self.blocks]
        self.mentions = self._speakable(self._folded_mentions())
        self.mention_starts = [m[0] for m in self.mentions]
        self._drop_noun_readings()      # (after the mentions: بيّن reads its subject)
        self.quotes: list[tuple[int, int, bool, Entity | None, _Cue | None, str]] = []
        self.used_quotations: set[int] = set()
        self.cue_tokens_quoted: set[int] = set()
        self._block_subjects: dict[tuple[int, int], tuple[int, Entity] | None] = {}
        self._question_blocks: dict[tuple[int, int], bool] = {}   # see has_question_word
        self.speakers: list[tuple[int, Entity]] = []     # (folded position, entity) in order
        self.feminine_bodies: set[str] = set()      # ids of bodies a feminine verb had as subject (see remember)
        self.sources: list[tuple[int, Entity]] = []      # named sources of "بحسب X"
        self.unnamed: list[tuple[int, str | None, str]] = []   # (position, gender, number) of unnamed subjects
        self._folded_words: dict[str, list[str]] = {}
        self._title_words: dict[str, list[int]] | None = None    # see _title_word_index
        self._name_words: dict[str, list[int]] | None = None     # see _person_name_index

    def _folded_mentions(self) -> list[tuple[int, int, Entity]]:
        """The mention index in folded offsets. (FoldedText.to_folded bisects the offset
        map; here the bisect is called directly, and not at all when folding dropped no
        character and the offsets are the same.)"""
        index_map = self.an.folded.index_map
        mentions = mention_index(self.an)
        if index_map is None:
            return list(mentions)
        # (the bisects mapped in C over all mentions, not called one by one from Python)
        starts = map(bisect_left, repeat(index_map), map(_FIRST, mentions))
        ends = map(bisect_left, repeat(index_map), map(_SECOND, mentions))
        return list(zip(starts, ends, map(_THIRD, mentions)))

    def _speakable(self, mentions):
        """The mentions that can name a speaker: not those inside a quotation of four words
        or more (someone's words: «توقعنا أن يأتي الجانب الأميركي ...» names no one who
        speaks after it); a short quoted name (لـ«عكاظ»، عن "فالون") stays."""
        if not self.quotations:
            return mentions
        f = self.f
        spans = [(q.start, q.end) for q in self.quotations if f.count(" ", q.start, q.end) >= 3]
        if not spans:
            return mentions
        starts = [s for s, _ in spans]
        out = []
        for m in mentions:
            i = bisect_right(starts, m[0]) - 1
            if i >= 0 and m[1] <= spans[i][1]:
                continue
            out.append(m)
        return out

    # -- text structure ------------------------------------------------------------------

    def _blocks(self) -> list[tuple[int, int]]:
        """Sentences in folded offsets, joined where a stray "." is followed by a comma
        (". ، ستكون" is machine-made punctuation, not a sentence end)."""
        index_map = self.an.folded.index_map
        sentences = self.an.sentences
        if index_map is None:
            spans = sentences
        else:   # (FoldedText.to_folded of every start and end, the bisects mapped in C)
            spans = zip(map(bisect_left, repeat(index_map), map(_FIRST, sentences)),
                        map(bisect_left, repeat(index_map), map(_SECOND, sentences)))
        blocks: list[tuple[int, int]] = []
        for fs, fe in spans:
            if blocks:
                gap = self.f[blocks[-1][1]:fs]
                # ". ،" is stray punctuation; "سي.ان.ان" (a dot with no space) no sentence end
                if ("،" in gap or "," in gap or gap == "") and "\n" not in gap:
                    blocks[-1] = (blocks[-1][0], fe)
                    continue
            blocks.append((fs, fe))
        return blocks

    def block_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.block_starts, pos) - 1
        if i >= 0 and pos < self.blocks[i][1] + 1:
            return self.blocks[i]
        return (pos, para_end(self.f, pos))

    def quotation_at(self, pos: int) -> int | None:
        """Index of the quotation whose opening mark is at ``pos``."""
        i = bisect_left(self.q_opens, pos)
        if i < len(self.q_opens) and self.q_opens[i] == pos:
            return i
        return None

    def inside_quotation(self, pos: int) -> Quotation | None:
        i = bisect_right(self.q_opens, pos) - 1
        if i >= 0 and self.quotations[i].open < pos < self.quotations[i].close:
            return self.quotations[i]
        return None

    def inside_quote(self, pos: int) -> bool:
        # (a plain loop: any() over a starred unpacking costs more, and it is asked per cue)
        for quote in self.quotes:
            if quote[0] <= pos < quote[1]:
                return True
        return False

    def cue_at(self, k: int) -> tuple[CueForm, str] | None:
        return self.token_cues[k]

    def _drop_noun_readings(self) -> None:
        """Feminine and plural participles read as common nouns and adjectives too
        (ذاكرة memory، متابعة follow-up، متوقعة expected): they count as cues only when
        a that-clause, a colon or a quotation follows them at once."""
        tokens, f = self.tokens, self.f
        dropped = False
        for k in self.cue_indices:
            form, prefix = self.token_cues[k]
            if tokens[k].text[len(prefix):] in _PREPOSITION_HOMOGRAPHS:
                if not self.that_clause_soon(k) or not prefix and not self.opens_predicate(k):
                    self.token_cues[k] = None
                    dropped = True
                continue
            if form.pos != "participle" or (form.gender == "m" and form.number == "sg"):
                continue
            nxt = k + 1
            if nxt < len(tokens) and tokens[nxt].text in ("الي", "علي", "من", "عن", "في"):
                nxt += 1
            ok = False
            if nxt < len(tokens):
                between = f[tokens[k].end:tokens[nxt].start]
                ok = tokens[nxt].text in _COMPLEMENTIZERS or ":" in between \
                    or any(c in OPENERS for c in between)
            if not ok:
                self.token_cues[k] = None
                dropped = True
        if dropped:
            self.cue_indices = [k for k in self.cue_indices if self.token_cues[k]]

    def that_clause_soon(self, k: int) -> bool:
        """Does a that-clause (أن، إن، بأن ...) open within a few words after token ``k``,
        with no punctuation before it ("وبين الوزير أن"; not "بين الطرفين، أن")?"""
        tokens, f = self.tokens, self.f
        for j in range(k + 1, min(len(tokens), k + 1 + _HOMOGRAPH_REACH)):
            if f[tokens[j - 1].end:tokens[j].start].strip():
                return False
            if tokens[j].text in _COMPLEMENTIZERS:
                return True
            if self.token_cues[j]:
                return False     # "الخلافات بين البلدين قال الوزير إن": the أن of another verb
        return False

    def opens_predicate(self, k: int) -> bool:
        """Can the verb at token ``k``, written without و/ف, open its predicate: after a mark
        or a line start, or right after an actor as its subject ("الوزير فلان بين أن";
        not "الخلافات بين البلدين")?"""
        if k == 0 or self.f[self.tokens[k - 1].end:self.tokens[k].start].strip():
            return True
        i = bisect_left(self.mention_starts, self.tokens[k].start) - 1
        return i >= 0 and self.mentions[i][1] == self.tokens[k - 1].end

    # -- mentions ------------------------------------------------------------------------

    def mentions_in(self, start: int, end: int):
        i = bisect_left(self.mention_starts, start)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            yield self.mentions[i]
            i += 1

    def prepositional(self, mstart: int) -> bool:
        """Is the mention at ``mstart`` the object of a preposition (لحلف، عن الوزير)?"""
        k = bisect_right(self.tok_starts, mstart) - 1
        if k >= 0 and self.tokens[k].start < mstart < self.tokens[k].end:
            clitic = self.f[self.tokens[k].start:mstart]
            return any(c in clitic for c in "لبك")
        if k >= 0 and self.tokens[k].start == mstart:
            k -= 1
        if k < 0 or "\n" in self.f[self.tokens[k].end:mstart]:
            return False
        if _is_preposition(self.tokens[k].text) and not self.is_name_ali(k) and not self.is_verb_bayyana(k):
            return True
        # the medium spoken to: "وقال لصحيفة «الأهرام» إن", "صرح لوكالة رويترز" (but "تقرير
        # لصحيفة X" is the paper's own report)
        if self.tokens[k].text in _TO_A_MEDIUM and not self.f[self.tokens[k].end:mstart].strip(" \"«“'") \
                and not any(t.text in _WRITTEN_PIECES for t in self.tokens[max(0, k - 2):k]) \
                and not self.title_ends_with(mstart, self.tokens[k].text):
            return True
        # one noun, maybe with its adjectives, between: "عن تيار تشافيز", "إلى نظيره
        # الأمريكي أنتوني بلينكن" (the name is inside a prepositional phrase)
        j = k
        while j > 0 and k - j < 2 and self.tokens[j].text.startswith("ال"):
            j -= 1
        # (باسم there links an office to its body: "المتحدث باسم وزارة الزراعة ماجد الهاشمي";
        # a name there takes no genitive: "القيادي في حماس أسامة بدران" is the leader's name)
        return j > 0 and _is_preposition(self.tokens[j - 1].text) and not self.is_verb_bayyana(j - 1) \
            and not self.tokens[j].text.startswith("ال") \
            and not (j < k and self.tokens[j - 1].text == "باسم") \
            and not any(c in self.f[self.tokens[j - 1].end:mstart] for c in "،,:()") \
            and not any(True for _ in self.mentions_in(self.tokens[j].start, self.tokens[j].end))

    def title_ends_with(self, mstart: int, word: str) -> bool:
        """Does the person named at ``mstart`` have a title that ends with the folded
        ``word`` ("المديرة التنفيذية للبرنامج فلانة": the programme is her office's, not a
        medium she spoke to)?"""
        for s, e, ent in self.mentions_in(mstart, mstart + 1):
            return ent.type == "PER" and bool(ent.title) and fold(ent.title).split()[-1:] == [word]
        return False

    def is_verb_bayyana(self, k: int) -> bool:
        """Is token ``k`` the verb بيّن (kept as a cue before its أن), not "between"?"""
        cue = self.token_cues[k]
        return bool(cue) and self.tokens[k].text[len(cue[1]):] in _PREPOSITION_HOMOGRAPHS

    def is_name_ali(self, k: int) -> bool:
        """"علي" spelt with ي in the original is the name Ali, not the preposition على
        (they fold alike): "النائب علي عادل عسيران"."""
        if self.tokens[k].text != "علي":
            return False
        s, e = self.an.span(self.tokens[k].start, self.tokens[k].end)
        return self.an.text[s:e].endswith("ي")

    # -- the passes ----------------------------------------------------------------------

    def run(self) -> list[Quote]:
        self.scan_cues()
        self.trailing_attributions()
        self.own_words_asides()
        self.continuations()
        self.headlines()
        return self.make_quotes()

    def scan_cues(self) -> None:
        sentence_cues: list[_Cue] = []
        current_block = None
        for k in self.cue_indices:
            found = self.token_cues[k]
            tok = self.tokens[k]
            if self.inside_quotation(tok.start) or self.inside_quote(tok.start) or self.in_source_phrase(k):
                continue
            form, prefix = found
            cue = _Cue(k, tok.start + len(prefix), tok.end, form, prefix)
            block = self.block_of(tok.start)
            if block != current_block:
                current_block, sentence_cues = block, []
            self.handle_cue(cue, block, sentence_cues)
            sentence_cues.append(cue)

    def in_source_phrase(self, k: int) -> bool:
        """The verb of "بحسب ما نقلت X" / "حسبما أعلنت X" belongs to the source phrase."""
        prev = self.token_cues[k - 1] if k > 0 else None
        if prev and prev[0].kind == "source" and self.tokens[k - 1].text.endswith("ما"):
            return True
        before = self.token_cues[k - 2] if k > 1 else None
        return self.tokens[k - 1].text in ("ما", "لما") and bool(before) and before[0].kind == "source"

    def handle_cue(self, cue: _Cue, block: tuple[int, int], earlier: list[_Cue]) -> None:
        kind = cue.form.kind
        if kind in ("act", "editorial"):
            # a speech act's object follows it as a subject would (تتهم فلانا بـ...):
            # it only marks where a quoted clause ends, and names no speaker
            return
        if kind == "source":
            self.handle_source(cue, block)
            return
        found = self.find_complement(cue, block)
        if found is None:
            if kind in ("speech", "relay") and cue.form.pos in ("past", "present"):
                self.resolve_speaker(cue, block, earlier, None)
                if self.tokens[cue.tok - 1].text in ("كما", "مثلما") and cue.speaker is not None \
                        and len(self.f[cue.end:block[1]].split()) <= 10:
                    self.attribute_preceding_clause(cue, cue.speaker, block)   # "..., كما أكد الوزير"
            return
        gap_end, qstart, qend, direct, quotation = found
        answering = self.answering_verb_before(cue, block) if cue.form.pos == "noun" else None
        if answering is not None:
            # "فرد عليها بالقول:": the verb's subject speaks, named after the verb or not
            # (then the pronoun subject of the verb, as for "وأضاف"), and the quote stands
            # even when no one is found: someone said it
            verb_end, gender, number = answering
            named = next((m for m in self.mentions_in(verb_end, cue.start) if not self.prepositional(m[0])), None)
            cue.speaker = named[2] if named is not None else self.implicit(cue.start, gender, number)
            cue.resolved = True
            self.remember(cue.start, cue.speaker)
        elif cue.form.pos == "noun" and self.inherited(earlier)[1] is None and cue.form.gender is None:
            # a bare verbal noun (التأكيد على أن، بالقول إن) needs a speaker right before
            # it or opening its sentence
            if cue.tok > 0 and self.tokens[cue.tok - 1].text == "في":
                # "وهاجم الرئيس فلان الصحافة، في إشارة إلى أن ...": an adverbial of the main
                # verb, whose subject it speaks for, not the object just before it
                ent = self.main_subject(block, cue.start) or self.nearest_subject_before(cue.start, block)
            else:
                ent = self.nearest_subject_before(cue.start, block) or self.main_subject(block, cue.start)
            if ent is None:
                return
            cue.speaker, cue.resolved = ent, True
        if not cue.resolved:
            self.resolve_speaker(cue, block, earlier, gap_end)
        if quotation is not None:
            self.used_quotations.add(quotation)
        self.cue_tokens_quoted.add(cue.tok)
        self.add_quote(qstart, qend, direct, cue.speaker, cue, cue.form.row.ref)

    def answering_verb_before(self, cue: _Cue, block) -> tuple[int, str, str] | None:
        """(end of the verb, its gender, its number) when "بالقول" says how a verb just
        before it spoke: "فرد عليها بالقول"، "وعلق الوزير على ذلك بالقول"، "اكتفت بالقول".
        Up to three words between, in the same clause; None otherwise."""
        if self.tokens[cue.tok].text != "بالقول":
            return None
        for k in range(cue.tok - 1, max(cue.tok - 5, -1), -1):
            tok = self.tokens[k]
            if tok.start < block[0] or any(c in self.f[tok.end:self.tokens[k + 1].start] for c in "،,.؛:()"):
                return None
            for word in (tok.text, tok.text[1:] if tok.text[:1] in "وف" else ""):
                # (فرد، ورد are nouns too, but not right before بالقول)
                for ending, gender, number in (("", "m", "sg"), ("ت", "f", "sg"), ("وا", "m", "pl")):
                    if word.endswith(ending) and word[:len(word) - len(ending)] in _ANSWERING_VERBS:
                        return tok.end, gender, number
        return None

    # -- complements ---------------------------------------------------------------------

    def find_complement(self, cue: _Cue, block):
        """(gap end, quote start, quote end, direct, quotation index) for the clause or
        quotation the cue introduces, or None."""
        f = self.f
        tokens, token_cues = self.tokens, self.token_cues     # (locals: this loop runs for every word of every gap)
        n_tokens = len(tokens)
        b_end = block[1]
        prev_end = cue.end
        k = cue.tok + 1
        steps = 0
        noun = cue.form.pos == "noun"
        # a participle takes its that-clause at once (مشيرا إلى أن); only a colon may come
        # after a longer adverbial (قائلا في كلمة ألقاها خلال تفقده الموقع: ...)
        short_gap = 2 if noun else 5 if cue.form.pos == "participle" else _MAX_GAP
        max_gap = 2 if noun else _MAX_GAP
        while k < n_tokens and steps <= max_gap:
            tok = tokens[k]
            if tok.start >= b_end:
                break
            between = f[prev_end:tok.start]
            marked = between != " "      # anything but one space: look for : « . etc.
            # a colon: "وقال: ..." (direct, marked or not)
            colon = between.find(":") if marked else -1
            if colon != -1:
                pos = prev_end + colon + 1
                got = self.quotation_after(pos, tok.start)
                if got is not None:
                    qi = got
                    q = self.quotations[qi]
                    return prev_end + colon, q.start, q.end, True, qi
                paren = between.find("(", colon)
                if paren != -1:
                    close = f.find(")", tok.start, para_end(f, tok.start))
                    if close != -1 and f.count(" ", tok.start, close) >= 2:
                        return prev_end + colon, tok.start, close, True, None
                # words after a colon are the speaker's own: "و + verb" inside them is theirs
                return prev_end + colon, tok.start, self.clause_end(tok.start, b_end, verbatim=True), True, None
            near = steps <= short_gap
            if marked and steps <= 3 and "(" in between:
                got_paren = self.parenthesised_quote(prev_end + between.index("("), b_end)
                if got_paren is not None:
                    return prev_end, got_paren[0], got_paren[1], True, None
            # quotation marks: "وقال الوزير «...»"
            opener = self.first_opener(prev_end, tok.start) if marked and near else None
            if opener is not None:
                q = self.quotations[opener]
                if self.names_something(opener, b_end):
                    k = bisect_left(self.tok_starts, q.close)
                    prev_end = q.close + 1
                    steps += 1
                    continue
                return prev_end, q.start, q.end, True, opener
            if marked and _ENDS_SENTENCE.search(between):
                break
            word = tok.text
            if near and word in _COMPLEMENTIZERS and not (k > 0 and tokens[k - 1].text in _NOT_THAT_AFTER) \
                    and not self.concession_before(k) \
                    and not f[tok.start - 1] in "./-":     # سي.ان.ان is a name, not أن
                nk = k + 1
                if nk >= n_tokens or tokens[nk].start >= b_end:
                    return None
                got = self.quotation_after(tok.end, tokens[nk].start)
                if got is not None and self.quotation_ends_clause(got, b_end):
                    q = self.quotations[got]
                    return tok.start, q.start, q.end, True, got
                # the clause starts right after أن, with any mark or bracket it opens with
                start = tok.end
                while start < tokens[nk].start and (f[start].isspace() or f[start] in "،,:"):
                    start += 1
                end = self.clause_end(start, b_end)
                marked = self.mostly_quoted(start, end)
                if marked is not None:
                    q = self.quotations[marked]
                    return tok.start, q.start, q.end, True, marked
                return tok.start, start, end, False, None
            if k > cue.tok + 1 and (word in _CLAUSE_CONJUNCTIONS
                                    or word in _BEFORE_NEXT_CUE and k + 1 < n_tokens and token_cues[k + 1]):
                return None
            other = token_cues[k]
            adverbial = other and other[0].pos == "noun" and tokens[k - 1].text in ("في", "وفي", "خلال")
            if other and other[0].kind != "source" and not adverbial and (
                    other[0].pos in ("participle", "noun") or other[1] in ("و", "ف")
                    or "،" in between or "," in between or self.verb_with_own_subject(k)):
                return None      # the next cue takes the clause (مضيفا أن، قوله إن، وأضاف)
            prev_end = tok.end
            k += 1
            if not (noun and word in _TIME_WORDS):
                steps += 1           # قوله أول من أمس إن
        return None

    def verb_with_own_subject(self, k: int) -> bool:
        """Is the cue at token ``k`` a verb with an actor named right after it? Then the
        that-clause after it is that verb's, not an earlier one's: "ونفى الوزير علمه
        بأي تقرير تقول الصحيفة إنه بحوزتها"."""
        form = self.token_cues[k][0]
        if form.kind != "speech" or form.pos not in ("past", "present") or k + 1 >= len(self.tokens) \
                or self.f[self.tokens[k].end:self.tokens[k + 1].start] != " ":
            return False        # (not a name read as a verb: "وقال مختار إدان، مسؤول الشرطة")
        if self.tokens[k - 1].text in _PRONOUNS:
            return False        # "ويوضح النائب وهو يتابع العمال إن": the pronoun is the subject
        i = bisect_left(self.mention_starts, self.tokens[k + 1].start)
        return i < len(self.mentions) and self.mentions[i][0] == self.tokens[k + 1].start

    def concession_before(self, k: int) -> bool:
        """Does the أن at token ``k`` open a concession (رغم أن، بالرغم من أن)?"""
        prev = self.tokens[k - 1].text if k > 0 else ""
        if prev == "من" and k > 1:
            prev = self.tokens[k - 2].text
        return prev in _DESPITE

    def mostly_quoted(self, start: int, end: int) -> int | None:
        """A quotation that holds most of a reported clause and ends it ("أن المساعدات
        «لن تغير الوضع على الأرض»"): the clause is the speaker's own words, a direct quote."""
        i = bisect_left(self.q_opens, start)
        if i >= len(self.quotations):
            return None
        q = self.quotations[i]
        if q.open >= end or self.f[q.close + 1:end].strip(" .،,»”\"") or q.close > end + 1:
            return None
        inside, whole = len(self.f[q.start:q.end].split()), len(self.f[start:end].split())
        return i if inside > 0.6 * whole else None

    def quotation_after(self, pos: int, limit: int) -> int | None:
        """The quotation opening between ``pos`` and ``limit`` (only spaces before it)."""
        j = pos
        while j < limit and self.f[j].isspace():
            j += 1
        return self.quotation_at(j) if j <= limit else None

    def first_opener(self, start: int, end: int) -> int | None:
        i = bisect_left(self.q_opens, start)
        if i < len(self.q_opens) and self.q_opens[i] < end:
            return i
        return None

    def names_something(self, qi: int, b_end: int) -> bool:
        """A quoted name inside the cue's gap (لـ«الشرق الأوسط»، حركة "حماس"، أعلنت شركة
        "إيني"، مساء الأربعاء، أنها ...) rather than the quote itself."""
        q = self.quotations[qi]
        f = self.f
        before = f[max(0, q.open - 3):q.open].rstrip()
        if before.endswith(("ل", "ب")) and not before[-2:-1].isalpha():
            return True          # لـ«...» بـ"..." : the object of a preposition
        words = len(f[q.start:q.end].split())
        if words < 3:
            return True          # a short quoted name: وأفاد مراسل "سكاي نيوز"، بحسب ما نقلت "أسوشيتد برس"
        if words >= 4 and self.followed_by_adverbial(q):
            return False         # «فقدت كل أفراد عائلتي» في التفجير ...
        return not self.quotation_ends_clause(qi, b_end)

    def followed_by_adverbial(self, q: Quotation) -> bool:
        k = bisect_left(self.tok_starts, q.close + 1)
        return k < len(self.tokens) and self.tokens[k].text in _ADVERBIAL_AFTER_QUOTE \
            and "\n" not in self.f[q.close:self.tokens[k].start]

    def quotation_ends_clause(self, qi: int, b_end: int) -> bool:
        """Does the sentence stop (or hand over to a new cue) after this quotation? A
        quoted stretch with the sentence going on after it is a name or a scare-quoted
        term inside the clause, not the quote."""
        q = self.quotations[qi]
        return self.ends_after(q.close, len(self.f[q.start:q.end].split()), b_end)

    def ends_after(self, close: int, words: int, b_end: int) -> bool:
        """Does the clause end after the closing mark at ``close`` of a stretch of ``words``?"""
        f = self.f
        after = close + 1
        k = bisect_left(self.tok_starts, after)
        if k >= len(self.tokens) or self.tokens[k].start >= b_end:
            return True
        tail = f[after:self.tokens[k].start]
        if "\n" in tail or _ENDS_SENTENCE.search(tail):
            return True
        if "،" in tail or "," in tail:
            if self.ends_clause(k, True):
                return True
            return words >= 6 and self.tokens[k].text not in _COMPLEMENTIZERS
        # «...» لكنه حذر / «...» مضيفا أن / «...» وأضاف: the sentence goes on with a new
        # statement, not with the quoted words' own clause
        word = self.tokens[k].text
        return words >= 5 and (word in _CLAUSE_CONJUNCTIONS or self.ends_clause(k, False))

    def parenthesised_quote(self, open_: int, b_end: int) -> tuple[int, int] | None:
        """"وقال الوزير (لن نسمح بذلك أبدا)": parentheses used as quotation marks, right
        after the verb and its subject, hold four words or more, no figures, and end the
        clause ("(أ ف ب)"، "(55 عاما)" and asides do not)."""
        f = self.f
        close = f.find(")", open_, b_end + 1)
        if close == -1:
            return None
        start, end = open_ + 1, close
        while start < end and f[start].isspace():
            start += 1
        while end > start and f[end - 1].isspace():
            end -= 1
        words = len(f[start:end].split())
        if words < 4 or any(c.isdigit() for c in f[start:end]) or not self.ends_after(close, words, b_end):
            return None      # (1.74 مليون دولار)، (سوريا وفلسطين حاليا): an aside
        return start, end

    def clause_end(self, start: int, limit: int, verbatim: bool = False) -> int:
        """Where a reported clause starting at ``start`` ends: the sentence end, or a
        comma followed by a new speech cue, a participle or the writer's continuation.
        Quotations inside the clause are skipped whole."""
        f = self.f
        tokens, tok_starts, cue_indices = self.tokens, self.tok_starts, self.cue_indices
        n = len(tokens)
        k = bisect_left(tok_starts, start)
        end = limit
        # Only two kinds of token can end the clause: a cue word after a single space, and
        # any token after something else (a mark, a line break, a quotation). The words in
        # between are not visited: the next "marked" token is found with a regex search in
        # C, the next cue in the article's list of cue tokens.
        marked = -1             # the first token at or after k with a marked gap before it
        cue = bisect_left(cue_indices, k)       # index in cue_indices of the next cue
        while k < n and tokens[k].start < limit:
            if marked < k:
                if k == 0:
                    marked = 0  # (the first token: nothing before it, which counts as marked)
                else:
                    gap = _MARKED_GAP.search(f, tokens[k - 1].end, limit)
                    marked = n if gap is None else bisect_right(tok_starts, gap.start())
            while cue < len(cue_indices) and cue_indices[cue] < k:
                cue += 1
            next_cue = cue_indices[cue] if cue < len(cue_indices) and not verbatim else n
            if next_cue < marked:       # a cue word after one space
                k = next_cue
                if tokens[k].start >= limit:
                    break
                if tokens[k].start > start and self.ends_clause(k, False):
                    end = tokens[k - 1].end
                    break
                k += 1
                continue
            k = marked
            if k >= n or tokens[k].start >= limit:
                break
            tok = tokens[k]
            between = f[tokens[k - 1].end:tok.start] if k > 0 else ""
            opener = self.first_opener(tokens[k - 1].end, tok.start) if k > 0 else None
            if opener is not None and self.quotations[opener].open >= start - 1:
                k = max(k + 1, bisect_left(self.tok_starts, self.quotations[opener].close))
                continue
            if k > 0 and tok.start > start:
                if "؛" in between or "\n" in between or ")" in between and self.in_parentheses(start):
                    end = tokens[k - 1].end
                    break
                if self.ends_clause(k, "،" in between or "," in between):
                    end = tokens[k - 1].end
                    break
            k += 1
        while end > start and (f[end - 1].isspace() or f[end - 1] in ".،,:؛!؟?"):
            end -= 1
        q = self.inside_quotation(end - 1) if end > start else None
        if q is not None and q.open >= start - 1 and q.close < limit and not f[end:q.close].strip():
            end = q.close + 1    # the clause ends with a quoted stretch: keep its closing mark
        return end

    def in_parentheses(self, pos: int) -> bool:
        """Is ``pos`` inside an open parenthesis of its paragraph ("(ويقال إن ...)")?"""
        line_start = self.f.rfind("\n", 0, pos) + 1
        return self.f.rfind("(", line_start, pos) > self.f.rfind(")", line_start, pos)

    def ends_clause(self, k: int, after_comma: bool) -> bool:
        word = self.tokens[k].text
        cue = self.cue_at(k)
        if after_comma:
            if cue and cue[0].pos != "noun":
                return True
            two = word + " " + self.tokens[k + 1].text if k + 1 < len(self.tokens) else word
            if _CLAUSE_TAILS.match(word) or _CLAUSE_TAILS.match(two):
                return True
            if word in _BEFORE_VERB and k + 1 < len(self.tokens) and self.cue_at(k + 1):
                return True      # ، كما أوضح ... / ، وقد أعلنت ...
            if word in ("الا", "غير") and k + 2 < len(self.tokens) and _PRONOUN_SUBJECT.match(self.tokens[k + 1].text) \
                    and self.cue_at(k + 2):
                return True      # ، إلا أنه أضاف ... / ، غير أنها أكدت ... (the speaker goes on)
            return bool(_PARTICIPLE_SHAPE.match(word))
        # without a comma: "و + past speech verb" (وأضاف، وحث) or a speech participle
        # (موضحا أن، مشيرا إلى) starts a new statement
        if not cue or cue[0].kind not in ("speech", "act"):
            return False
        # (an act's participle may be a noun without its comma: اعتقلت متهما)
        return cue[1] in ("و", "ف") and cue[0].pos == "past" or cue[0].pos == "participle" and cue[0].kind == "speech"

    # -- speakers ------------------------------------------------------------------------

    def inherited(self, earlier: list[_Cue]) -> tuple[bool, Entity | None]:
        """(found, speaker) of the latest resolved cue earlier in the sentence: a
        participle or verbal noun shares its subject, even an unknown one."""
        for c in reversed(earlier):
            if c.resolved and c.form.kind not in ("editorial", "impersonal"):
                return True, c.speaker
        return False, None

    def resolve_speaker(self, cue: _Cue, block, earlier: list[_Cue], gap_end: int | None) -> None:
        cue.resolved = True
        takes_object = gap_end is None      # no clause after the verb: "ونفى وجود أي صفقة"
        form = cue.form
        pos = form.pos
        if form.kind == "impersonal":
            # "يتوقع أن" is "it is expected"; "يتوقع الخبراء أن" names who expects
            if gap_end is not None:
                cue.speaker = self.subject_after(cue, gap_end)
                self.remember(cue.start, cue.speaker)
            return
        if form.kind == "relay":
            cue.speaker = self.relayed_speaker(cue, gap_end if gap_end is not None else block[1])
            return
        if pos in ("participle", "noun"):
            shared, ent = self.inherited(earlier)
            if not shared and pos == "participle":
                ent = self.main_subject(block, cue.start, form)
                if ent is not None and form.number == "pl" and not _agrees(ent, None, "pl"):
                    # "مؤكدين" agrees with a plural subject, never with one body or country
                    # ("وأشاد المشاركون بدور مصر، مؤكدين أن"); only its number is checked, a
                    # name's gender may be guessed wrong
                    ent = None
            if not shared and ent is None:
                ent = self.implicit(cue.start, form.gender, form.number)
            cue.speaker = ent
            self.remember(cue.start, ent)
            return
        # a pronoun subject before the verb: لكنه أضاف
        if cue.tok > 0 and not cue.prefix:
            m = _PRONOUN_SUBJECT.match(self.tokens[cue.tok - 1].text)
            if m and self.tokens[cue.tok - 1].start >= block[0]:
                g, n = _SUFFIX_AGREEMENT[m.group(1)]
                cue.speaker = self.implicit(cue.start, g, n)
                self.remember(cue.start, cue.speaker)
                return
        # a relative clause: "الوزيرة فلانة التي أشارت إلى أن" speaks for its antecedent
        relative = self.relative_before(cue)
        if relative >= 0 and self.tokens[relative].start >= block[0] \
                and not self.actor_right_after(cue, gap_end if gap_end is not None else block[1]):
            # (not "الاتفاق الذي يقول كيري إن": the subject follows the verb)
            cue.speaker = self.antecedent(cue, relative)
            self.remember(cue.start, cue.speaker)
            return
        # "وأكد فلان أن ...، ودعا الدول الغربية إلى": a verb of calling on someone, joined by
        # و to an earlier speech verb of its sentence, shares that verb's subject; the actor
        # after it is the one called on, not a new speaker (a person named there is more
        # often the new subject: "ودعا الحريري إلى")
        # (so does one after "، حيث"/"، إذ": "أعلن فلان عن تحد، حيث طالب الجمهور بـ")
        if (cue.prefix[:1] in _CONJUNCTIONS or cue.tok > 0 and self.tokens[cue.tok - 1].text in _OWN_CLAUSE_OPENERS) \
                and fold(form.row["verb"]) in _CALLING_ON \
                and not self.person_right_after(cue, gap_end if gap_end is not None else block[1]):
            shared, ent = self.inherited(earlier)
            if shared and ent is not None:
                cue.speaker = ent
                self.remember(cue.start, ent)
                return
        # (a quotation in the gap is a subject's name only before a complement found)
        quoted = self.quoted_subject(cue, gap_end) if gap_end is not None else None
        gap_end = gap_end if gap_end is not None else min(block[1], self.gap_limit(cue))
        # "وأوضح المصدر نفسه"، "وأشار الموقع ذاته": the source last named
        if self.same_source(cue.tok + 1, gap_end):
            cue.speaker = self.last_source(cue.start)
            self.remember(cue.start, cue.speaker)
            return
        if quoted is not None:
            # "وأضاف «الساحر» لاعب الفريق السابق:": a name or nickname in quotation marks
            # is the subject; unknown, it is someone unnamed, not an actor after it (nor a
            # place in the nickname: "أعلن «ميسي إيران» فلان" is a player, not Iran)
            ent = next((m[2] for m in self.mentions_in(quoted.open, quoted.close + 1) if m[2].type != "LOC"), None)
            if ent is None:
                self.unnamed.append((cue.start, form.gender, form.number))
            cue.speaker = ent
            self.remember(cue.start, ent)
            return
        if self.one_of_many_after(cue, gap_end):
            # "وأفاد أحد مساعدي الكونغرس"، "وكتب أحد متابعي فلان": one unnamed member
            # speaks, not the body or person in the genitive; a person named in apposition
            # does ("أحد السكان ويدعى فلان"); a group that is the plural itself ("أحد
            # المتظاهرين") is found as before
            ent = self.member_named(cue, gap_end)
            if ent is not None or not self.group_is_the_plural(cue):
                if ent is None:
                    self.unnamed.append((cue.start, form.gender, form.number))
                cue.speaker = ent
                self.remember(cue.start, ent)
                return
        ent = None
        # subject-verb order, unless an actor stands right after the verb ("وبخصوص سلاح
        # الحزب قال الحريري": the actor before it is in a fronted phrase); "وكان فلان قد
        # طالب الحلف": a subject joined to its verb by قد is the subject all the same
        # (nor when the verb opens a clause after a comma with its subject right after it:
        # "وكان الوزير يلمح إلى ذلك، قال الجهاز إن")
        if not cue.prefix and not (self.actor_right_after(cue, gap_end)
                                   and (not self.opens_with_actor(block, cue) or self.right_after_comma(cue))
                                   and not self.subject_with_qad(cue, block)):
            ent = self.subject_before(cue, block)
        if ent is None:
            ent = self.subject_after(cue, gap_end)
        if ent is None and cue.prefix:
            ent = self.subject_before(cue, block)
        if ent is None:
            head = self.gap_head(cue, gap_end)
            honorific = _HONORIFIC_PRONOUN.match(head or "")
            noun = self.noun_subject_before(cue, block) if head is None and not cue.prefix else None
            if noun is not None:
                # "لكن الواقع يؤكد أن": a common noun is the subject, not the last speaker
                # (a bare title there still finds its person: "الوزير أكد أن")
                ent = self.by_title(noun, cue.start)
                if ent is None:
                    self.unnamed.append((cue.start, form.gender, form.number))
            elif head is None:
                ent = self.implicit(cue.start, form.gender, form.number)
            elif honorific:
                ent = self.implicit(cue.start, *_SUFFIX_AGREEMENT[honorific.group(1)])
            else:
                if head.startswith("ال") and head[2:] in _DOCUMENTS:
                    ent = self.document_issuer(cue)          # "وأضاف البيان أن"
                else:
                    ent = self.by_title(head, cue.start, cue, gap_end)
                if ent is None and takes_object and self.object_after(cue):
                    # "ونفى وجود أي صفقة، مؤكدا": the verb's object; its subject is the
                    # pronoun's, as after "وأضاف"
                    ent = self.implicit(cue.start, form.gender, form.number)
                elif ent is None:   # "وقال مصدر أمني": someone unnamed, whom a later "وأضاف" means too
                    self.unnamed.append((cue.start, form.gender, form.number))
        if ent is None or ent.type == "ROLE":
            ent = self.official_named_before(cue) or ent        # "وأضاف المسؤول الأمريكي"
        if ent is not None and ent.type == "ROLE":
            # "وأضاف الوزير المصري"; "أكد وزير الخارجية السعودي" after "وزير الخارجية السعودي، عادل الجبير"
            ent = self.holder_of_title(ent, cue.start) or self.named_with_title_before(ent, cue.start) or ent
        if ent is not None and ent.type == "PER" and form.pos == "past" and form.number == "sg" \
                and form.gender == "m" and ent.gender == "f" and self.title_only(ent, cue.end, gap_end):
            # a verb agrees with a person's gender: "وقال المتحدث" is not the woman the
            # bare title was linked to (only a bare title is checked: a name's gender may
            # be guessed wrong; a feminine verb is not: foreign women's names are often
            # taken for men's; nor a present one: "نداء يقول" is the appeal's)
            ent = None
            self.unnamed.append((cue.start, form.gender, form.number))
        cue.speaker = ent
        self.remember(cue.start, ent)

    def object_after(self, cue: _Cue) -> bool:
        """Is the word right after a verb that takes no clause its object rather than an
        unnamed subject? A noun before "أي" is: "نفى وجود أي صفقة"، "رفض تقديم أي
        تنازل"، "نفى علمه بأي اتفاق". (A definite word there is as often a family name as
        an object: "وغرد الدحيم قائلا"; it is left an unnamed subject.)"""
        k = cue.tok + 2
        return k < len(self.tokens) and self.tokens[k].text in ("اي", "لاي", "باي")

    def one_of_many_after(self, cue: _Cue, gap_end: int) -> bool:
        """Is the verb's subject "أحد/إحدى + a plural" ("وقال أحد الشهود")?"""
        k = cue.tok + 1
        return k + 1 < len(self.tokens) and self.tokens[k + 1].start < gap_end \
            and self.tokens[k].text in _ONE_OF and self.f[cue.end:self.tokens[k].start] == " "

    def member_named(self, cue: _Cue, gap_end: int) -> Entity | None:
        """The person named in apposition after "أحد + a plural" ("أحد السكان ويدعى فلان"،
        "أحد شهود العيان فلان"، "أحد المتظاهرين، الدكتور فلان"); not a name right after
        a plural in the construct state, which is its genitive ("أحد متابعي فلان")."""
        construct = self.tokens[cue.tok + 2]
        for s, e, ent in self.mentions_in(construct.start, gap_end):
            if ent.type != "PER" or self.prepositional(s):
                continue
            k = bisect_right(self.tok_starts, s) - 1
            if self.tokens[k].start == s:
                k -= 1
            if k == cue.tok + 2 and not construct.text.startswith("ال"):
                return None
            return ent
        return None

    def group_is_the_plural(self, cue: _Cue) -> bool:
        """Does a group's mention start at the plural after أحد ("أحد المتظاهرين")?"""
        plural = self.tokens[cue.tok + 2]
        return any(ent.type == "GROUP" and s == plural.start for s, e, ent in self.mentions_in(plural.start, plural.end))

    def quoted_subject(self, cue: _Cue, gap_end: int) -> Quotation | None:
        """A quotation of one to three words right after the verb, then words that
        describe it, before what the verb introduces ("وقال «أبو محمد» قائد الكتيبة إن"،
        "وأضاف «الساحر» لاعب الفريق السابق:"): the subject's name. (Alone before the
        complement, "وأكدت «ماركا» أن", the usual search finds a name known elsewhere.)"""
        pos = cue.end
        while pos < gap_end and self.f[pos] == " ":
            pos += 1
        qi = self.quotation_at(pos)
        if qi is None:
            return None
        quotation = self.quotations[qi]
        if quotation.close >= gap_end or not 1 <= len(self.f[quotation.start:quotation.end].split()) <= 3:
            return None
        # (words after it that start with و list another quotation: «...» وأخرى «...»)
        after = self.f[quotation.close + 1:gap_end].split()
        described = bool(after) and after[0][:1].isalpha() and not after[0].startswith("و")
        return quotation if described else None

    def person_right_after(self, cue: _Cue, limit: int) -> bool:
        """Whether the first actor after the cue, within ``limit``, is a person."""
        for s, e, ent in self.mentions_in(cue.end, limit):
            return ent.type == "PER"
        return False

    def remember(self, pos: int, ent: Entity | None) -> None:
        if ent is not None:
            self.speakers.append((pos, ent))
            if ent.type in ("ORG", "GROUP"):
                # a body's grammatical gender is its head noun's, which its name may not
                # show ("قالت منظمة هيومن رايتس ووتش": feminine, as منظمة): the verb
                # it was the subject of tells it, and a later "وأضافت" agrees with it
                cue = self.token_cues[bisect_right(self.tok_starts, pos) - 1]
                # (feminine only: a name read as masculine is mostly one of a body with
                # a masculine head, الحزب، المجلس, which agreement already finds)
                if cue is not None and cue[0].number == "sg" and cue[0].gender == "f":
                    self.feminine_bodies.add(ent.id)

    def title_only(self, ent: Entity, start: int, end: int) -> bool:
        """Is ``ent`` named between start and end only by a title ("المتحدث"), no word
        of its name?"""
        name = set(self.folded_words(ent.name or ""))
        for s, e, m in self.mentions_in(start, end):
            if m is ent and name.intersection(self.f[s:e].split()):
                return False
        return True

    def relative_before(self, cue: _Cue) -> int:
        """Index of the relative pronoun that opens the cue's clause, right before it or
        before one or two auxiliaries ("التوقعات التي كانت تشير إلى"، "الذي كان قد أكد"),
        else -1."""
        if cue.prefix:
            return -1
        k = cue.tok - 1
        while k > 0 and cue.tok - k <= 2 and self.tokens[k].text in _AUXILIARIES:
            k -= 1
        return k if k >= 0 and self.tokens[k].text in _RELATIVES else -1

    def antecedent(self, cue: _Cue, relative: int) -> Entity | None:
        """The actor a relative pronoun (token ``relative``) before the cue stands for: the
        mention that ends just before "الذي/التي/الذين", if it agrees with the verb; else
        someone unnamed ("المتشددين في البرلمان الذين قالوا"), no speaker."""
        rel = self.tokens[relative]
        best = None
        for s, e, ent in self.mentions_in(max(0, rel.start - 200), rel.start):
            if e <= rel.start:
                best = (e, ent)
        if best is None or self.tokens_between(best[0], rel.start) > 0 \
                or any(c in self.f[best[0]:rel.start] for c in ".؟!؛:\n"):
            # a name the entity annotator did not link here: "بثقة هاينكس الذي قال"
            word = self.tokens[relative - 1].text if relative > 0 else ""
            found = None
            if len(word) >= 4:
                for s, e, ent in self.mentions:
                    if s >= rel.start:
                        break
                    if ent.type == "PER" and word in self.folded_words(ent.name):
                        found = ent
            return found if found is not None and _agrees(found, cue.form.gender, cue.form.number) else None
        return best[1] if _agrees(best[1], cue.form.gender, cue.form.number) else None

    def same_source(self, k: int, limit: int) -> bool:
        """Tokens k, k+1 "المصدر نفسه"، "الموقع ذاته"، "الصحيفة نفسها": a noun with
        "the same", which points back at a source already named."""
        return k + 1 < len(self.tokens) and self.tokens[k + 1].start < limit \
            and self.tokens[k].text.startswith(("ال", "لل")) and self.tokens[k + 1].text in _SAME

    def last_source(self, pos: int) -> Entity | None:
        """The most recent speaker or named source ("بحسب الوزارة") before ``pos``."""
        best = None
        for p, ent in self.speakers + self.sources:
            if p < pos and (best is None or p > best[0]):
                best = (p, ent)
        return best[1] if best else None

    def opens_with_actor(self, block, cue: _Cue) -> bool:
        """Does an actor open the sentence (after one particle at most) before the cue:
        "لكن المنظمة قالت ..."? Not after a speech verb: in "ونفى بومبيو علمه بتسجيل تقول
        تركيا إنه بحوزتها" the actor is that verb's subject, and تركيا the later one's."""
        first = next(iter(self.mentions_in(block[0], cue.start)), None)
        if first is None or self.tokens_between(block[0], first[0]) > 1:
            return False
        k = bisect_left(self.tok_starts, block[0])
        return not (self.tokens[k].start < first[0] and self.cue_at(k))

    def actor_right_after(self, cue: _Cue, gap_end: int) -> bool:
        """Does an actor (not the object of a preposition) open the word right after the
        verb: "قال الحريري"، "أكدت الوزارة"?"""
        k = cue.tok + 1
        if k >= len(self.tokens) or self.tokens[k].start >= gap_end:
            return False
        tok = self.tokens[k]
        if self.f[cue.end:tok.start] != " ":
            return False
        for s, e, ent in self.mentions_in(tok.start, tok.end):
            return s == tok.start and not self.prepositional(s)
        return False

    def gap_limit(self, cue: _Cue) -> int:
        k = min(len(self.tokens) - 1, cue.tok + 8)
        return self.tokens[k].end

    def subject_after(self, cue: _Cue, gap_end: int) -> Entity | None:
        """Verb-subject order: the first actor after the verb that is not the object of a
        preposition; a person if the subject phrase names one (وزير خارجية روسيا سيرغي لافروف)."""
        issuer = self.named_issuer(cue.tok + 1, gap_end)
        if issuer is not None:
            return issuer        # "وقال بيان للجيش": the army speaks
        first = None
        comma = self.f.find("،", cue.end, gap_end)
        phrase_end = comma_end = gap_end if comma == -1 else comma
        # "وقال الأعضاء في رسالتهم لوزيرة خارجية بلادهم": a noun subject the lexicon does
        # not know, then a prepositional phrase; an actor beyond it is not the subject
        unknown_head = self.gap_head(cue, gap_end) is not None
        if unknown_head:
            k = cue.tok + 2
            while k < len(self.tokens) and self.tokens[k].start < phrase_end:
                if self.tokens[k].text in _PREPOSITIONS:
                    phrase_end = min(phrase_end, self.tokens[k].start)
                    break
                k += 1
            hidden_from = phrase_end
        else:
            hidden_from = gap_end
        # "وأضاف في المقابلة التي بثتها قناة X أن": an actor in a relative clause on a
        # prepositional phrase is that clause's subject, not the speaker
        relative_at = self.relative_clause_start(cue.tok + 1, gap_end)
        for s, e, ent in self.mentions_in(cue.end, gap_end):
            if self.prepositional(s) or s > relative_at:
                continue
            if ent.type == "PER" and s < comma_end:
                return ent       # a title with its links, then the name: السفير السابق في الأمم المتحدة جون بولتون
            if first is None and s < hidden_from:
                first = (s, ent)
            elif ent.type == "PER" and comma != -1 and s > comma and (
                    first is None or first[1].type == "ROLE" or unknown_head and first[1].type != "PER"):
                # a name in apposition after the subject: "وقال مدير المركز، (الدكتور) خالد العمري، إن";
                # "وقال ممثل مؤسسة X، سعيد آل علي، إن": the body is the unknown head's genitive
                between = self.f[comma + 1:s].split()
                if not between or (ent.title and len(between) <= 2 and "،" not in between):
                    return ent
        if first is not None and self.tokens_between(cue.end, first[0]) <= 6:
            if first[1].type in ("ORG", "LOC") and self.office_of_body(cue, first[0]):
                # "وقال مدرب مانشستر يونايتد": the body is the genitive of an office,
                # whose holder speaks: the person last introduced with that office
                return self.by_title("ال" + self.tokens[cue.tok + 1].text, cue.start)
            return first[1]
        return None

    def official_named_before(self, cue: _Cue) -> Entity | None:
        """"وأضاف المسؤول الأمريكي" right after a named American spoke (a spokesman, a
        minister): "the American official" is that person. After "قال مسؤول أمريكي"
        (someone unnamed) or anyone else, it names no one."""
        k = cue.tok + 1
        if k + 1 >= len(self.tokens) or self.tokens[k].text not in ("المسؤول", "المسئول"):
            return None
        code = self.an.lexicon.compiled("quotes.nisba_codes", _nisba_codes).get(self.tokens[k + 1].text)
        if code is None:
            return None
        for _, ent in self.candidates_before(cue.start):
            # only the last one who spoke or was talked about
            if not isinstance(ent, tuple) and ent.type == "PER" and ent.affiliation == code:
                return ent
            return None
        return None

    def relative_clause_start(self, k: int, limit: int) -> int:
        """Where the first relative clause (الذي، التي ...) from token ``k`` on starts
        before ``limit``, or ``limit``, when it describes the object of a preposition
        ("في المقابلة التي"، "إلى الفلسطينيين الذين"). One on the subject itself may
        name the speaker or the body behind it ("المتحدث الذي يفترض أنه فلان"، "البيان
        الذي نشرته الوكالة"، "الوثائق التي حصلت عليها الصحيفة")."""
        tokens = self.tokens
        while k < len(tokens) and tokens[k].start < limit:
            if tokens[k].text in _RELATIVES and k >= 2:
                head, before = tokens[k - 1].text, tokens[k - 2].text
                if before in _PREPOSITIONS or head.startswith(("بال", "لل", "كال")) \
                        or self.relative_is_subject(k, limit):
                    return tokens[k].start
            elif k >= 2 and tokens[k - 2].text in _PREPOSITIONS and not tokens[k - 1].text.startswith("ال") \
                    and tokens[k - 1].text not in ("ما", "لما") \
                    and _RESUMPTIVE_VERB.match(tokens[k].text) and not self.token_cues[k]:
                # an indefinite noun takes its relative clause with no relative pronoun,
                # its verb carrying a pronoun back to it: "في حديث نشرته وكالة X"، "في
                # مقابلة أجرتها معه صحيفة X"، "خلال لقاء أجراه التلفزيون"
                return tokens[k].start
            k += 1
        return limit

    def relative_is_subject(self, k: int, limit: int) -> bool:
        """Is the relative pronoun at token ``k`` the subject of its own clause, so that
        an actor in the clause is its verb's object ("وأضاف فلان الذي شغل منصب وزير
        المالية أن"، "وقال الوزير الذي يزور باريس إن")? Not when the verb carries a
        pronoun back to the head, whose doer then speaks for it ("البيان الذي نشرته
        الوكالة"، "الوثائق التي حصلت عليها الصحيفة"), nor after a verb of naming or a
        that-clause ("الذي يدعى فلان"، "المتحدث الذي يفترض أنه فلان")."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or tokens[k + 1].start >= limit:
            return False
        at = k + 1
        if tokens[at].text in _NEGATIONS and at + 1 < len(tokens):
            at += 1               # "المسؤولون الذين لم تسمهم الشبكة": the verb after لم
        verb = tokens[at].text
        if verb.endswith(("ه", "ها", "هم", "هما")) or verb in _NAMING_VERBS or self.token_cues[at]:
            return False
        for j in range(at + 1, min(len(tokens), at + 3)):
            if tokens[j].start >= limit:
                break
            if tokens[j].text in _COMPLEMENTIZERS or tokens[j].text.endswith(("ه", "ها", "هم", "هما")) \
                    and _is_preposition(tokens[j].text[:-2] if tokens[j].text.endswith(("ها", "هم")) else tokens[j].text[:-1]):
                return False      # "التي حصلت عليها"، "الذي يفترض أنه"
        return True

    def named_issuer(self, k: int, limit: int) -> Entity | None:
        found = self.issuer_mention(k, limit)
        return found[2] if found else None

    def issuer_mention(self, k: int, limit: int) -> tuple[int, int, Entity] | None:
        """The body named as the issuer of a document noun at token ``k``, which then speaks
        for it: "وقال بيان لوزارة الدفاع"، "وأفاد بيان رسمي صادر عن الحكومة"، "وذكر
        تقرير للبنك الدولي". None when token k is no document or names no issuer
        ("وقال بيان صادر عقب الاجتماع")."""
        tokens, f = self.tokens, self.f
        n = len(tokens)
        if k >= n or tokens[k].start >= limit:
            return None
        word = tokens[k].text
        # (with ل after a source: "وفقا لبيان صادر عن"، "طبقا للتقرير الصادر عن")
        noun = word[2:] if word.startswith(("ال", "لل")) else word[1:] if word.startswith("ل") else word
        if noun not in _DOCUMENTS:
            return None
        noun_at = k
        k += 1
        while k < n and k - noun_at <= 2 and tokens[k].text in _DOCUMENT_ADJECTIVES:
            k += 1
        if k >= n or tokens[k].start >= limit or f[tokens[k - 1].end:tokens[k].start].strip():
            return None      # (a comma, a colon or a quotation mark ends the noun phrase)
        tok = tokens[k]
        if tok.text in _ISSUED:
            # "صادر عن X": X within three words ("عن العلاقات العامة في الجيش")
            if k + 1 >= n or tokens[k + 1].text not in ("عن", "من"):
                return None
            after = tokens[k + 1].end
            last = tokens[min(n - 1, k + 4)].end
            for s, e, ent in self.mentions_in(after, min(limit, last)):
                return None if any(c in f[after:s] for c in "،,:«\"") else (s, e, ent)
            return None
        if tok.text in _ISSUED_IT:
            # "بيان نشرته وزارة الخارجية": the subject right after ("أصدره قطاع فلسطين في
            # الجامعة" names a department, not Palestine)
            if k + 1 < n and tokens[k + 1].start < limit:
                for s, e, ent in self.mentions_in(tokens[k + 1].start, tokens[k + 1].end):
                    return (s, e, ent) if s == tokens[k + 1].start else None
            return None
        # "بيان للجيش": the issuer's name with ل (not for a letter: "رسالة لـX" is sent to X)
        if tok.text.startswith("ل") and noun != "رساله":
            for s, e, ent in self.mentions_in(tok.start, tok.end):
                return (s, e, ent) if s <= tok.start + 2 else None
            if tok.text.startswith("لل"):
                # "بيان للوزارة": a body named before by its head (وزارة الخارجية ...)
                body = self.by_title("ال" + tok.text[2:], tok.start)
                if body is not None and body.type in ("ORG", "GROUP"):
                    return tok.start, tok.end, body
        return None

    def document_issuer(self, cue: _Cue) -> Entity | None:
        """"وأضاف البيان أن"، "وأشار التقرير إلى أن": the body that issued the document
        the article mentioned last: the issuer named with it ("بيان صادر عن الوزارة")
        or the speaker of a "وأضاف البيان" before; else the subject of the clause it was
        issued in ("قالت الشرطة في بيان"، "أصدرت الوزارة بيانا"). A document in any other
        place ("بحسب دراسة نشرت أمس") names no issuer: None."""
        noun = self.tokens[cue.tok + 1].text[2:]
        stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
        forms = _document_forms(noun)
        tokens = self.tokens
        for j in range(cue.tok - 1, max(0, cue.tok - 400), -1):
            word = tokens[j].text
            if word not in forms:
                continue
            named = self.named_issuer(j, len(self.f))
            if named is not None:
                return named
            if self.token_cues[j - 1]:
                # an earlier "وأضاف البيان": the same speaker (None when it had none)
                cue_tok = tokens[j - 1]
                said = [ent for p, ent in self.speakers if cue_tok.start <= p < cue_tok.end]
                return said[-1] if said else None
            # issued by the clause's subject: "في بيان (له)"، "ببيانها"، "أصدرت بيانا"
            by_subject = tokens[j - 1].text in ("في", "وفي", "عبر", "خلال") and word in (noun, stem + "ه", stem + "ها", stem + "هم") \
                or word.startswith(("ب", "وب")) and not word.startswith(("بال", "وبال")) or word == noun + "ا"
            if not by_subject:
                return None
            block = self.block_of(tokens[j].start)
            spoke = [ent for p, ent in self.speakers if block[0] <= p < tokens[j].start]
            if spoke:
                return spoke[-1]
            # the first actor of the clause that is not the object of a preposition, a
            # place only when nothing else ("أصدرت قطر بيانا")
            subjects = [ent for s, e, ent in self.mentions_in(block[0], tokens[j].start)
                        if e <= tokens[j].start and not self.prepositional(s)]
            for ent in subjects:
                if ent.type != "LOC":
                    return ent
            return subjects[0] if subjects else None
        return None

    def office_of_body(self, cue: _Cue, mstart: int) -> bool:
        """Is the mention at ``mstart`` the genitive of an office word that is the first word
        after the verb (وقال مدرب X، وأكد رئيس نادي X)?"""
        k = cue.tok + 1
        if k + 1 >= len(self.tokens) or self.tokens[k + 1].start > mstart:
            return False
        return self.tokens[k].text in self.an.lexicon.compiled("quotes.office_words", _office_words) \
            and not self.f[cue.end:self.tokens[k].start].strip() \
            and bisect_left(self.tok_starts, mstart) - k <= 2

    def subject_with_qad(self, cue: _Cue, block) -> bool:
        """Whether an actor stands right before the verb with only قد (لقد، فقد) between."""
        last = None
        for s, e, ent in self.mentions_in(block[0], cue.start):
            if e <= cue.start:
                last = e
        return last is not None and self.f[last:cue.start].split() in (["قد"], ["لقد"], ["فقد"])

    def subject_before(self, cue: _Cue, block) -> Entity | None:
        """Subject-verb order: an actor right before the verb (التحالف أكد، الوزارة قالت),
        or the actor that opens the sentence with the verb soon after it."""
        best = None
        for s, e, ent in self.mentions_in(block[0], cue.start):
            if e > cue.start:
                continue
            best = (s, e, ent)
        if best is None:
            return None
        s, e, ent = best
        if self.asked_about(s, block):
            return None        # "وعندما سئل عن زيارة القدس قال": the one asked answers
        between = self.f[e:cue.start - len(cue.prefix)]
        words = between.split()
        # (an actor right before "وقال" ends the clause before: "... يهدد إيران وقال"; but
        # "أما الشرطة فقالت" is the topic's)
        if all(w in ("قد", "فقد", "ف") for w in words) and not any(c in between for c in ".؟!؛:،,") \
                and "و" not in cue.prefix:
            return None if self.prepositional(s) else ent
        # the sentence opens with the actor: "الرئيس الروسي فلاديمير بوتين، الذي ...، قال"
        # (not a place: "دبي، الإمارات (CNN)-- أعلنت مصر" opens with a dateline)
        first = next(iter(self.mentions_in(block[0], cue.start)), None)
        if first and first[2].type != "LOC" and self.tokens_between(block[0], first[0]) <= 2 \
                and not self.prepositional(first[0]) \
                and self.tokens_between(first[1], cue.start) <= 12 and not self.cue_between(first[1], cue.start) \
                and ":" not in self.f[first[1]:cue.start] \
                and self.noun_subject_before(cue, block) is None \
                and not self.opens_own_clause(cue):
            # (not when the verb opens a clause of its own and names its subject after it:
            # "وأعرب الاتحاد عن قلقه، إذ قالت المتحدثة باسمه فلانة إن")
            # (nor across a colon: "فلان - الرياض: قالت تقارير" opens with a byline)
            # (not when a common noun stands right before the verb: "أعلنت أرامكو خطة،
            # لكن الواقع يؤكد أن" is the noun's)
            return first[2]
        return None

    def right_after_comma(self, cue: _Cue) -> bool:
        """Does a comma stand right before the verb?"""
        return cue.tok > 0 and any(c in self.f[self.tokens[cue.tok - 1].end:self.tokens[cue.tok].start] for c in "،,")

    def opens_own_clause(self, cue: _Cue) -> bool:
        """Does the verb open a new clause after a comma and a clause word, with its subject
        named after it ("...، إذ قالت المتحدثة فلانة"، "...، حيث تقول أنقرة")? Not "الوزارة
        إذ تعلن ذلك" (the subject before إذ), nor a verb of calling on someone, whose
        object follows it ("، حيث طالب الجمهور بـ")."""
        k = cue.tok - 1
        if k < 1 or self.tokens[k].text not in _OWN_CLAUSE_OPENERS \
                or not any(c in self.f[self.tokens[k - 1].end:self.tokens[k].start] for c in "،,"):
            return False
        if fold(cue.form.row["verb"]) in _CALLING_ON:
            return False
        return self.subject_after(cue, self.gap_limit(cue)) is not None

    def noun_subject_before(self, cue: _Cue, block) -> str | None:
        """Subject-verb order with a common noun as subject: the definite noun (and its
        adjectives) right before the verb, in its clause and not after a preposition
        ("الواقع يؤكد"، "المصادر الميدانية أكدت"). Its head word, or None."""
        k = cue.tok - 1
        chain = []
        while k >= 0 and len(chain) < 3 and self.tokens[k].start >= block[0]:
            word = self.tokens[k].text
            if not word.startswith("ال") or len(word) < 4 or word in _NO_NOUN_SUBJECT \
                    or self.f[self.tokens[k].end:self.tokens[k + 1].start].strip():
                break
            chain.append(k)
            k -= 1
        if not chain:
            return self.indefinite_subject_before(cue, block)
        head = chain[-1]
        # the noun must open its clause ("لكن الواقع يؤكد"، "فإن الكتيب يقول"، "بعض
        # الدراسات تؤكد"): after a noun it is that noun's adjective ("حقها الفني قالت"،
        # "«واشنطن بوست» الأمريكية ترى"), after a preposition an adverbial ("في المقابل أكد")
        k = head - 1
        if k >= 0 and self.tokens[k].start >= block[0] and self.tokens[k].text in _QUANTIFIERS \
                and not self.f[self.tokens[k].end:self.tokens[k + 1].start].strip():
            k -= 1
        if k >= 0 and self.tokens[k].start >= block[0] \
                and not self.f[self.tokens[k].end:self.tokens[k + 1].start].strip(" \"«»“”'") \
                and self.tokens[k].text not in _CLAUSE_OPENERS:
            # (a definite noun after a preposition may end an indefinite subject's phrase:
            # "إلا أن مصادر قريبة من الحركة أكدت")
            return self.indefinite_subject_before(cue, block) if self.tokens[k].text in _PREPOSITIONS else None
        if any(True for _ in self.mentions_in(self.tokens[head].start, cue.start)):
            return None
        return self.tokens[head].text

    def indefinite_subject_before(self, cue: _Cue, block) -> str | None:
        """An indefinite noun (and one or two adjectives) between a clause opener and the
        verb: "لكن مصادر محلية قالت"، "غير أن تقارير صحفية أشارت"، "بينما مسؤولون أكدوا";
        also with a prepositional phrase after it: "إلا أن مصادر قريبة من الحركة أكدت"،
        "لكن مسؤولين في الوزارة قالوا" (the actor there is the phrase's, not the subject).
        Only right after the opener, with no mark between, and no actor among its words
        but in such a phrase: the head word, or None."""
        tokens = self.tokens
        k = cue.tok - 1
        # the first preposition of the words before the verb opens the phrase; the words
        # before it are the subject and its adjectives
        window = range(max(0, cue.tok - _INDEFINITE_SUBJECT_REACH), cue.tok)
        phrase_at = next((j for j in window if tokens[j].text in _PREPOSITIONS and tokens[j].start >= block[0]), None)
        preposition_at = None
        while k >= 0 and cue.tok - k <= _INDEFINITE_SUBJECT_REACH and tokens[k].start >= block[0]:
            word = tokens[k].text
            if self.f[tokens[k].end:tokens[k + 1].start] != " " or not word.isalpha() or self.cue_at(k):
                return None
            if word in _PREPOSITIONS:
                preposition_at = k
                k -= 1
                continue
            if (phrase_at is None or k < phrase_at) and (word.startswith("ال") or word.endswith("ا") or word in _CLAUSE_OPENERS):
                return None     # the noun and its adjectives are indefinite (the phrase's object need not be)
            before = k - 1
            opens = before >= 0 and tokens[before].start >= block[0] and tokens[before].text in _NOUN_CLAUSE_OPENERS \
                and self.f[tokens[before].end:tokens[k].start] == " "
            if opens and (cue.tok - k <= 3 or preposition_at is not None):
                # (a word with the accusative ending -an is an object: "أصدرت بيانا أوضحت فيه")
                if word.startswith("ال") or word.endswith("ا"):
                    return None
                limit = tokens[preposition_at].start if preposition_at is not None else cue.start
                if any(True for _ in self.mentions_in(tokens[k].start, limit)):
                    return None
                return word
            k -= 1
        return None

    def cue_between(self, start: int, end: int) -> bool:
        k = bisect_left(self.tok_starts, start)
        while k < len(self.tokens) and self.tokens[k].start < end:
            if self.cue_at(k) or self.tokens[k].text in _COMPLEMENTIZERS:
                return True
            k += 1
        return False

    def tokens_between(self, start: int, end: int) -> int:
        return max(0, bisect_left(self.tok_starts, end) - bisect_left(self.tok_starts, start))

    def gap_head(self, cue: _Cue, gap_end: int) -> str | None:
        """The first word after the verb when it is a noun that could be the subject
        ("وقال مصدر أمني"); None when the gap holds only adverbials or nothing."""
        k = cue.tok + 1
        if k >= len(self.tokens) or self.tokens[k].start >= gap_end:
            return None
        between = self.f[cue.end:self.tokens[k].start]
        if any(c in between for c in ":«“\"”"):
            return None
        word = self.tokens[k].text
        if word in _ADVERBIAL_HEADS or word in _PREPOSITIONS or _TO_SOMEONE.match(word):
            return None
        if self.token_cues[k] or len(word) >= 4 and word.endswith("يا") and not word.startswith("ال"):
            return None      # وقال مستدركا، وقال رسميا، وأضاف هاتفيا: no noun subject
        return word

    def by_title(self, head: str, pos: int, cue: _Cue | None = None, gap_end: int | None = None) -> Entity | None:
        """A bare title (الوزير، المسؤول الروسي) or a part of a name the entity annotator
        did not link (وأضاف المهندس غسان، وقال الحميدي): the person last introduced
        with it."""
        if cue is not None and gap_end is not None:
            person = self.by_name_word(cue, gap_end, pos)
            if person is not None:
                return person
        if not head.startswith("ال") or len(head) < 4:
            return None
        bare = head[2:]
        # the last mention before pos that has the word in its title or its own words
        index = self._title_word_index()
        before = bisect_left(self.mention_starts, pos)
        best = max(_last_below(index.get(head), before), _last_below(index.get(bare), before))
        return self.mentions[best][2] if best >= 0 else None

    def holder_of_title(self, role: Entity, pos: int) -> Entity | None:
        """The person a bare title stands for: "وقال وزير البترول شريف إسماعيل ... وأضاف
        الوزير المصري" is Ismail again. A title of one or two words that the entity
        annotator left unlinked (a ROLE) is the person last named with its head word in
        their title; an anonymous one (مسؤول، مصدر) stays unnamed."""
        words = self.folded_words(role.name or "")
        if not words or len(words) > 2 or not words[0].startswith("ال"):
            return None
        if role.rule.split(":", 1)[-1] in self.an.lexicon.compiled("quotes.anonymous_titles", _anonymous_titles):
            return None
        index = self._title_word_index()
        before = bisect_left(self.mention_starts, pos)
        found = sorted({*(index.get(words[0]) or ()), *(index.get(words[0][2:]) or ())}, reverse=True)
        for i in found:
            person = self.mentions[i][2]
            if i >= before or person.type != "PER" or not _same_office(role.role, self.office_of(person)):
                continue
            # a second word must not contradict the person: "الرئيس المصري" is no Lebanese
            # (unless the word is in their name or title: "الدكتور التركي" may be a surname)
            if len(words) == 2 and role.affiliation and person.affiliation and role.affiliation != person.affiliation \
                    and words[1] not in (*self.folded_words(person.name or ""), *self.folded_words(person.title or "")):
                continue
            return person
        return self.holder_of_office(role, before)

    def holder_of_office(self, role: Entity, before: int) -> Entity | None:
        """The person last named before mention ``before`` who holds the office of a bare
        title whose word is in no earlier title: "التقى الصفدي نظيره الفرنسي جان إيف
        لودريان ... وأعرب الوزير الفرنسي عن أمله" is Le Drian, a foreign minister. With a
        nationality in the title ("الوزير الفرنسي") the person must be of that country."""
        if not role.role:
            return None
        for i in range(before - 1, -1, -1):
            person = self.mentions[i][2]
            if person.type == "PER" and _holds_office(role.role, self.office_of(person)) \
                    and (not role.affiliation or person.affiliation == role.affiliation):
                return person
        return None

    def office_of(self, person: Entity) -> str | None:
        """The office the article gives a person: the role of the longest title its
        title opens with ("رئيس الوزراء الياباني" → prime_minister; "وزير البترول ...
        المصري المهندس" → oil_minister, whatever office the gazetteer knows them by
        now), else the person's own role."""
        words = self.folded_words(person.title or "")
        offices = self.an.lexicon.compiled("quotes.title_offices", _title_offices)
        for n in range(len(words), 0, -1):
            office = offices.get(" ".join(words[:n]))
            if office:
                return office
        return person.role

    def named_with_title_before(self, role: Entity, pos: int) -> Entity | None:
        """The person whose name followed this very title earlier in the article ("قال
        وزير الخارجية السعودي، عادل الجبير، ... أكد وزير الخارجية السعودي أن"): news
        names an office holder once and then repeats the bare title. Titles of two words
        or more (shorter ones are holder_of_title's); without a comma between, a name
        of two words or more, as a word after a title may be its object ("وصف وزير
        الخارجية المفاوضات"). An anonymous title (مسؤول، مصدر) names no one."""
        words = self.folded_words(role.name or "")
        if len(words) < 2 or role.rule.split(":", 1)[-1] in self.an.lexicon.compiled("quotes.anonymous_titles", _anonymous_titles):
            return None
        title = " ".join(words)
        end = pos
        for _ in range(5):      # the title's last few occurrences
            at = self.f.rfind(title, 0, end)
            if at < 0:
                return None
            end = at
            after = at + len(title)
            if at > 0 and self.f[at - 1].isalpha() or after < len(self.f) and self.f[after].isalpha():
                continue        # part of a longer word
            while after < pos and self.f[after] in " ،,":
                after += 1
            i = bisect_left(self.mention_starts, after)
            if i < len(self.mentions) and self.mentions[i][0] == after and self.mentions[i][2].type == "PER" \
                    and ("،" in self.f[at:after] or "," in self.f[at:after]
                         or len(self.f[after:self.mentions[i][1]].split()) >= 2):
                return self.mentions[i][2]
        return None

    def _title_word_index(self) -> dict[str, list[int]]:
        """Word -> the indices (ascending) of the mentions whose title or whose own words
        hold it: built once an article, at the first bare title, instead of splitting
        every earlier mention again for each one."""
        if self._title_words is None:
            self._title_words = {}
            for i, (s, e, ent) in enumerate(self.mentions):
                # (the head of a body's name too: "صحيفة ديلي ميل" mentioned as "ديلي ميل"
                # is still "الصحيفة", "وزارة الصحة" as "الوزارة")
                head = self.folded_words(ent.name or "")[:1] if ent.type in ("ORG", "GROUP") else []
                # (and the outlet word written before a name outside it: "ذكرت صحيفة «ماركا»"
                # ... "وأضافت الصحيفة" is Marca)
                outlet = self.outlet_word_before(s) if ent.type == "ORG" else None
                for word in {*self.folded_words(ent.title or ""), *self.f[s:e].split(), *head, *filter(None, [outlet])}:
                    self._title_words.setdefault(word, []).append(i)
        return self._title_words

    def outlet_word_before(self, mstart: int) -> str | None:
        """The word of an outlet (صحيفه، وكاله، قناه، موقع ...) right before a mention, a
        quotation mark or a clitic between allowed ("لصحيفة «الغارديان»"), else None."""
        words = self.f[max(0, mstart - 12):mstart].replace("«", " ").replace('"', " ").replace("“", " ").split()
        if not words or self.f[mstart - 1:mstart].isalpha():
            return None
        word = words[-1]
        if word[:1] in "وبلف" and word[1:] in _OUTLET_HEADS:
            word = word[1:]
        return word if word in _OUTLET_HEADS else None

    def _person_name_index(self) -> dict[str, list[int]]:
        """Word -> the indices (ascending) of the person mentions whose entity's name holds it."""
        if self._name_words is None:
            self._name_words = {}
            for i, (s, e, ent) in enumerate(self.mentions):
                if ent.type == "PER":
                    for word in set(self.folded_words(ent.name)):
                        self._name_words.setdefault(word, []).append(i)
        return self._name_words

    def folded_words(self, text: str) -> list[str]:
        """fold(text).split(), once per distinct string of the article: the speaker
        searches ask it for every earlier mention of every cue."""
        got = self._folded_words.get(text)
        if got is None:
            got = self._folded_words[text] = fold(text).split()
        return got

    def by_name_word(self, cue: _Cue, gap_end: int, pos: int) -> Entity | None:
        words = [t.text for t in self.tokens[cue.tok + 1:cue.tok + 4] if t.start < gap_end]
        words = [w for w in words if len(w) >= 4 and w not in _COMPLEMENTIZERS]
        if not words:
            return None
        # the last person mention before pos whose name has one of the words
        index = self._person_name_index()
        before = bisect_left(self.mention_starts, pos)
        best = max(_last_below(index.get(w), before) for w in words)
        return self.mentions[best][2] if best >= 0 else None

    def nearest_subject_before(self, pos: int, block) -> Entity | None:
        best = None
        for s, e, ent in self.mentions_in(block[0], pos):
            if e <= pos and not self.prepositional(s):
                best = ent
        if best is not None and self.tokens_between(self.last_mention_end(block[0], pos), pos) <= 3:
            return best
        return None

    def last_mention_end(self, start: int, pos: int) -> int:
        end = start
        for s, e, ent in self.mentions_in(start, pos):
            if e <= pos:
                end = e
        return end

    def main_subject(self, block, pos: int, participle: CueForm | None = None) -> Entity | None:
        """The subject of the sentence a participle hangs on: its first actor that is not
        the object of a preposition, preferring a person. A person right after the verb of
        the clause just before the participle's comma comes first: "وفيما يتعلق بتحذيرات
        الغرب، رفض الوزير فلان التحذيرات، قائلا إن" (the clause's subject, not the topic's).
        Then the actor right after the verb that opens the sentence, if it agrees with the
        participle: "وانتقدت تركيا القرار، قائلة إن" (a country too, and before a person
        who is the verb's object: "وهاجمت الخارجية الرئيس فلان، معتبرة أن")."""
        person = self.clause_subject_before(block, pos)
        if person is not None:
            return person
        if participle is not None:
            mention = self.opening_verb_subject(block, pos)
            if mention is not None and _agrees(mention[2], participle.gender, participle.number):
                subject = mention[2]
                if subject.type == "ROLE":
                    # a title is the person named right after it ("وعلق وزير السياحة، فلان،")
                    # or before it ("ورد الوزير ... مؤكدا")
                    return self.person_in_apposition(mention[1], pos) or self.holder_of_title(subject, pos) or subject
                return subject
        near_start = self.tokens[min(len(self.tokens) - 1, bisect_left(self.tok_starts, block[0]) + 6)].end
        candidates = [(s, ent) for s, e, ent in self.mentions_in(block[0], min(pos, near_start))
                      if e <= pos and ent.type != "LOC" and not self.prepositional(s)]
        for s, ent in candidates:
            if ent.type == "PER":
                return ent
        return candidates[0][1] if candidates else None

    def opening_verb_subject(self, block, pos: int) -> tuple[int, int, Entity] | None:
        """The mention of the actor that is the sentence's second word, after a first word
        that is neither a preposition nor a definite noun (so a verb: "وانتقدت تركيا",
        "ورد الوزير"), when nothing but that actor stands between them."""
        first = bisect_left(self.tok_starts, block[0])
        if first + 1 >= len(self.tokens) or self.tokens[first + 1].start >= pos:
            return None
        verb = self.tokens[first].text
        if _is_preposition(verb) or verb.startswith(("ال", "وال", "فال")) or not verb.isalpha():
            return None
        for mention in self.mentions_in(block[0], pos):
            if mention[0] == self.tokens[first + 1].start and mention[1] <= pos:
                return mention
            return None
        return None

    def person_in_apposition(self, title_end: int, pos: int) -> Entity | None:
        """The person named right after a title that ends at ``title_end``, before ``pos``,
        with nothing but commas or further titles joined by و between ("وزير السياحة
        التركي، نعمان قورتولموش"، "نائب الرئيس ورئيس الوزراء، فلان")."""
        for s, e, ent in self.mentions_in(title_end, pos):
            if self.f[title_end:s].strip(" ،,و") or e > pos:
                return None
            if ent.type == "PER":
                return ent
            if ent.type != "ROLE":
                return None
            title_end = e
        return None

    def clause_subject_before(self, block, pos: int) -> Entity | None:
        """The person second in the clause that ends with the comma right before ``pos``
        (verb, then subject), if there is one; third after a word that opens a clause
        ("، فيما نفى المستشار فلان الاتهامات، مؤكدا أن": the denier speaks, not the
        sentence's first subject). A title there stands for the person named with it."""
        comma = max(self.f.rfind("،", block[0], pos), self.f.rfind(",", block[0], pos))
        if comma < 0 or self.f[comma + 1:pos].strip():
            return None
        opening = max(self.f.rfind("،", block[0], comma), self.f.rfind(",", block[0], comma), block[0])
        for s, e, ent in self.mentions_in(opening, comma):
            before = self.tokens_between(opening, s)
            if before == 2:
                first = self.tokens[bisect_left(self.tok_starts, opening)].text
                if first not in _OWN_CLAUSE_OPENERS:
                    break
            elif before != 1:
                break
            if self.prepositional(s):
                break
            if ent.type == "PER":
                return ent
            if ent.type == "ROLE" and before == 2:
                return self.person_in_apposition(e, pos) or self.holder_of_title(ent, pos) or ent
            break
        return None

    def relayed_speaker(self, cue: _Cue, gap_end: int) -> Entity | None:
        """"نقلت وكالة ... عن X قوله": X, not the agency."""
        k = cue.tok + 1
        while k < len(self.tokens) and self.tokens[k].start < gap_end:
            word = self.tokens[k].text
            if word in ("عنه", "عنها", "عنهم", "عنهما"):      # نقلت الوكالة عنه قوله
                return self.implicit(cue.start, *_SUFFIX_AGREEMENT[word[2:]])
            if word == "عن":
                after = self.tokens[k].end
                if k + 1 >= len(self.tokens):
                    return None
                first_end = self.tokens[k + 1].end
                j = k + 1
                while j < len(self.tokens) and j <= k + 6 and not self.token_cues[j]:
                    j += 1
                limit = min(gap_end, self.tokens[j].start) if j < len(self.tokens) else gap_end
                for s, e, ent in self.mentions_in(after, limit):
                    if self.tokens_between(after, s) > 4:
                        break
                    # the actor right after عن or not inside a phrase (عن صحيفة "X"); not
                    # one after a preposition (عن أحد المانحين لحزب المحافظين: someone
                    # unnamed), nor the cue word itself (قوله)
                    m = bisect_right(self.tok_starts, s) - 1
                    if s < first_end or not self.prepositional(s) \
                            or m <= k + 2 and not any(c.isalpha() for c in self.f[self.tokens[m].start:s]) \
                            or self.tokens[m - 1].text == "باسم":
                        return ent     # (عن صحيفة "X"، عن متحدث باسم الجيش)
                return None
            k += 1
        return None

    def implicit(self, pos: int, gender: str | None, number: str | None) -> Entity | None:
        """The referent of a pronoun subject: the most recent speaker, or sentence subject,
        that agrees in gender and number."""
        for p, ent in self.candidates_before(pos):
            if isinstance(ent, tuple):      # an unnamed speaker: the pronoun means them
                if (gender is None or ent[0] in (None, gender)) and (number is None or ent[1] == number):
                    return None
            elif _agrees(ent, gender, number) or gender == "f" and number == "sg" and ent.id in self.feminine_bodies:
                return ent
        return None

    def candidates_before(self, pos: int):
        """What a pronoun at ``pos`` may refer to, the most recent first: the speakers, the
        unnamed subjects, and the subject of each sentence that has no resolved speaker
        of its own (see ``block_subject``). At one position, an unnamed subject comes
        first, then a sentence subject, then a speaker (the later one first).

        A generator, walking back from ``pos``: the answer is mostly a recent speaker,
        and a sentence's subject is looked for only when the walk reaches that sentence."""
        # (position, kind, order) orders the speakers (kind 0), sentence subjects (1) and
        # unnamed subjects (2); the walk takes them from the largest
        others = [(p, 0, i, ent) for i, (p, ent) in enumerate(self.speakers) if p < pos]
        others += [(p, 2, i, (g, n)) for i, (p, g, n) in enumerate(self.unnamed) if p < pos]
        others.sort(key=lambda t: t[:3])
        j = len(others) - 1
        spoken = {self.block_of(p)[0] for p, _ in self.speakers} | {self.block_of(p)[0] for p, _, _ in self.unnamed}
        for bi in range(bisect_left(self.block_starts, pos) - 1, -1, -1):
            block = self.blocks[bi]
            if block[0] in spoken:
                continue
            # a sentence's subject starts inside it: what comes at or after its end is later
            while j >= 0 and others[j][0] >= block[1]:
                yield others[j][0], others[j][3]
                j -= 1
            subject = self.block_subject(block)
            if subject is None or subject[0] >= pos:
                continue
            if self.inside_quote(subject[0]):
                # one named inside a quote ("وقال: فلان وصل ... وأضاف") is talked about by
                # its speaker, not the subject of the writer's sentence
                continue
            while j >= 0 and others[j][:2] > (subject[0], 1):
                yield others[j][0], others[j][3]
                j -= 1
            yield subject
        while j >= 0:
            yield others[j][0], others[j][3]
            j -= 1

    def asked_about(self, mstart: int, block) -> bool:
        """Is the mention at ``mstart`` inside a question put to someone ("وعندما سئل إن
        كان فلان ..."، "ردا على سؤال عن موقف فلان")? One named there is talked about, not
        the one answering. What the question is about follows عن، حول، إن، عما ...; the
        one asked comes before that ("سئل الوزير فلان عن"، "وعند سؤال الوزير عن") and is
        not inside it. The question runs to the next speech verb or clause mark."""
        if not self.has_question_word(block):
            return False        # (most blocks ask nothing: one pass over their words says so)
        k = bisect_right(self.tok_starts, mstart) - 1
        if k >= 0 and self.tokens[k].start == mstart:
            k -= 1
        about = False
        gap_end = mstart        # the walk checks each gap once, from the mention back
        while k >= 0 and self.tokens[k].start >= block[0]:
            between = self.f[self.tokens[k].end:gap_end]
            if any(c in between for c in "،,.؛;:؟?!«»\"") or self.cue_at(k):
                return False
            word = self.tokens[k].text
            about = about or word in _ABOUT_WORDS
            if _is_question_word(word):
                return about
            if _is_asking_verb(word):
                return True     # "سأله صحفي عن فلان": the asker, or what is asked about
            gap_end = self.tokens[k].start
            k -= 1
        return False

    def has_question_word(self, block) -> bool:
        """Does the block hold a word of asking (سئل، سؤال ...) at all? Cached per block."""
        got = self._question_blocks.get(block)
        if got is None:
            lo, hi = bisect_left(self.tok_starts, block[0]), bisect_left(self.tok_starts, block[1])
            got = self._question_blocks[block] = any(_is_question_word(t.text) or _is_asking_verb(t.text)
                                                     for t in self.tokens[lo:hi])
        return got

    def block_subject(self, block) -> tuple[int, Entity] | None:
        if block in self._block_subjects:
            return self._block_subjects[block]
        first_tokens = bisect_left(self.tok_starts, block[0]) + 4
        opening = self.tokens[first_tokens].start if first_tokens < len(self.tokens) else block[1]
        lead_in = self.f.find("،", block[0], opening)
        if lead_in >= 0:
            # "من جهتها، أدانت منظمة العفو الدولية ..."، "وفي المقابل، رفضت الحكومة ...": the
            # words are counted after a short phrase that opens the sentence with a comma
            first_tokens = bisect_left(self.tok_starts, lead_in) + 4
            opening = self.tokens[first_tokens].start if first_tokens < len(self.tokens) else block[1]
        found = None
        for s, e, ent in self.mentions_in(block[0], block[1]):
            if self.prepositional(s) or self.asked_about(s, block):
                continue
            if ent.type == "PER":
                found = (s, ent)
                break
            if found is None and s < opening and ent.type in ("ORG", "GROUP"):
                found = (s, ent)
        self._block_subjects[block] = found
        return found

    # -- sources: "بحسب X" ---------------------------------------------------------------

    def handle_source(self, cue: _Cue, block) -> None:
        """"بحسب الوزارة، فإن ..." attributes the clause after it; "..., بحسب الوزارة."
        at a sentence's end attributes the clause before it."""
        f = self.f
        speaker = None
        speaker_end = cue.end
        # the source is the next word (وفقا للمرصد، بحسب الشرطة), or comes after "ما" and
        # its verb (بحسب ما أعلنت الوزارة); "وفقا لمركز دمشق" names a centre, not Damascus
        k = cue.tok + 1
        if k < len(self.tokens) and self.tokens[k].text in ("ما", "لما"):
            k += 2               # وفقا لما ذكرته الوكالة
        elif self.tokens[cue.tok].text.endswith("ما"):
            k += 1               # حسبما أعلنت الوزارة
        if k < len(self.tokens):
            tok = self.tokens[k]
            if self.same_source(k, block[1]):          # بحسب المصدر ذاته
                speaker = self.last_source(cue.start)
                speaker_end = self.tokens[k + 1].end
            else:
                for s, e, ent in self.mentions_in(tok.start, tok.end):
                    speaker, speaker_end = ent, e
                    break
                issuer = self.issuer_mention(k, block[1]) if speaker is None else None
                if issuer is not None:      # بحسب بيان لوزارة الصحة، وفقا لتقرير صادر عن X
                    speaker, speaker_end = issuer[2], issuer[1]
                if speaker is None and tok.text in _OUTLET_HEADS and k + 1 < len(self.tokens):
                    # بحسب صحيفة الغارديان: the outlet is named after its head
                    nxt = self.tokens[k + 1]
                    for s, e, ent in self.mentions_in(nxt.start, nxt.end):
                        speaker, speaker_end = ent, e
                        break
        if speaker is None or self.inside_quote(cue.start):
            return
        if speaker.type == "ROLE" and speaker.rule.split(":", 1)[-1] in \
                self.an.lexicon.compiled("quotes.anonymous_titles", _anonymous_titles):
            # "بحسب ما قاله ناشط حقوقي. وأضاف أن": an unnamed source, whom a later
            # pronoun subject means too, not the last one named
            self.unnamed.append((cue.start, speaker.gender, speaker.number or "sg"))
        self.sources.append((cue.start, speaker))
        cue.speaker, cue.resolved = speaker, True
        rest = f[speaker_end:block[1]]
        if len(rest.split()) <= 4 and not re.search(r"[،,]\s*[بف]?ان", rest):
            self.attribute_preceding_clause(cue, speaker, block)
            return
        m = re.match(r"\s*[،,]?\s*(?:[بف]?ان(?:ه|ها|هم)?)\s+", rest)
        if m:
            start = speaker_end + m.end()
            self.add_quote(start, self.clause_end(start, block[1]), False, speaker, cue, cue.form.row.ref)

    def attribute_preceding_clause(self, cue: _Cue, speaker: Entity | None, block) -> None:
        """"..., بحسب الشرطة." / "..., كما أكد الوزير.": the clause before the comma is
        what the source said."""
        f = self.f
        comma = max(f.rfind("،", block[0], cue.start), f.rfind(",", block[0], cue.start))
        if comma == -1:
            return
        clause_end = comma
        cue_word_start = cue.start - len(cue.prefix)
        if cue.tok > 0 and self.tokens[cue.tok - 1].text in ("كما", "مثلما"):
            cue_word_start = self.tokens[cue.tok - 1].start      # "كما قالوا" is no one's words
        if len(f[comma + 1:cue_word_start].split()) >= 3:
            # the source ends the clause it stands in, with no comma before it: "...، إذ
            # أدانه الرئيس في اتصال هاتفي وفقا لبيان الرئاسة" (that clause, not the one before)
            clause_end = cue_word_start
        clause_start = max(f.rfind("،", block[0], clause_end), f.rfind(",", block[0], clause_end))
        qs = block[0] if clause_start == -1 else clause_start + 1
        while qs < clause_end and f[qs].isspace():
            qs += 1
        if len(f[qs:clause_end].split()) >= 3 and not self.inside_quote(qs):
            self.add_quote(qs, self.trim_end(qs, clause_end), False, speaker, cue, cue.form.row.ref)

    def own_words_asides(self) -> None:
        """"..., حسب قوله." / "...» على حد تعبيرها": the clause (or quotation) right before
        the aside is what the subject named in its sentence said, the one the pronoun
        agrees with. A clause already inside a quote ("وأكد الوزير أن ... على حد قوله")
        keeps it."""
        f = self.f
        if not any(word in f for word in _OWN_WORDS_NOUNS):
            return                          # most articles: no such aside (a cheap test first)
        for m in _OWN_WORDS_ASIDE.finditer(f):
            aside = m.start()
            after = f[m.end():m.end() + 30].split(None, 2)
            if after and after[0][0] not in ".،,؛!؟" or after and after[0] in ("،", ",") \
                    and len(after) > 1 and after[1] in _PREPOSITIONS:
                # "قام بدمجها على حد وصفه «بشكل روائي»"، "ردا، حسب قولها، على ...": the
                # aside stands inside its clause, and the words come after it
                continue
            block = self.block_of(aside)
            clause_end = self.trim_end(block[0], aside)
            if clause_end <= block[0] or self.inside_quote(aside) or self.inside_quote(clause_end - 1):
                continue
            gender, number = _SUFFIX_AGREEMENT[m.group(1)]
            # the subject named in the same sentence; a pronoun alone is left unread: on
            # news prose it refers as often to the one talked about (a suspect, a youth)
            # as to the one talking
            speaker = self.agreeing_subject(block[0], clause_end, gender, number)
            if speaker is None:
                continue
            qi = bisect_right(self.q_opens, clause_end - 1) - 1
            if qi >= 0 and self.quotations[qi].close == clause_end - 1:
                # «...»، بحسب قوله: the quotation that ends right there, word for word
                quotation = self.quotations[qi]
                if qi in self.used_quotations:
                    continue
                self.used_quotations.add(qi)
                self.add_quote(quotation.start, quotation.end, True, speaker, None, "own_words")
                continue
            # what the speaker named in the sentence did or said, after their name
            # ("واتهم الوزير فلان واشنطن بدعم الإرهاب، حسب قوله"); with no name there
            # (a pronoun subject), the clause from the comma before the aside
            named_ends = [e for s, e, ent in self.mentions_in(block[0], clause_end) if ent is speaker]
            if named_ends:
                start = named_ends[-1]
            else:
                comma = max(f.rfind("،", block[0], clause_end), f.rfind(",", block[0], clause_end))
                start = block[0] if comma == -1 else comma + 1
            while start < clause_end and (f[start].isspace() or f[start] in "،,"):
                start += 1
            if len(f[start:clause_end].split()) >= 3 and not self.inside_quote(start):
                self.add_quote(start, clause_end, False, speaker, None, "own_words")

    def agreeing_subject(self, start: int, end: int, gender: str, number: str) -> Entity | None:
        """The first actor between ``start`` and ``end`` that is no object of a preposition
        and agrees with the pronoun, a person first: the subject a pronoun later in the
        same sentence refers to."""
        found = None
        for s, e, ent in self.mentions_in(start, end):
            if ent.type == "LOC" or self.prepositional(s) or self.in_parentheses(s) \
                    or not _agrees(ent, gender, number):
                continue
            if ent.type == "PER":
                return ent
            found = found or ent
        return found

    def trim_end(self, start: int, end: int) -> int:
        while end > start and (self.f[end - 1].isspace() or self.f[end - 1] in ".،,:؛"):
            end -= 1
        return end

    # -- quotation marks without a cue before them ----------------------------------------

    def trailing_attributions(self) -> None:
        """«...»، قال الوزير / "...", قالت الوزارة: the cue follows the quotation."""
        for qi, q in enumerate(self.quotations):
            if qi in self.used_quotations or self.inside_quote(q.start):
                continue
            after = q.close + 1
            k = bisect_left(self.tok_starts, after)
            if k >= len(self.tokens):
                continue
            between = self.f[after:self.tokens[k].start]
            if "\n" in between or any(c in between for c in ".؟!؛:"):
                continue
            found = self.cue_at(k)
            if not found or found[1] or found[0].kind != "speech" or found[0].pos not in ("past", "present"):
                continue
            words = len(self.f[q.start:q.end].split())
            if words < 3 or words < 6 and not any(c in between for c in "،,-–"):
                continue         # «...» كشفت: a short quoted subject, not a quote
            if k in self.cue_tokens_quoted:
                continue         # the cue has its own that-clause
            form, prefix = found
            cue = _Cue(k, self.tokens[k].start, self.tokens[k].end, form, prefix)
            block = self.block_of(cue.start)
            end = self.trailing_gap_end(k, block)
            ent = self.subject_after(cue, end)
            if ent is None:
                head = self.gap_head(cue, end)
                ent = self.implicit(cue.start, form.gender, form.number) if head is None else self.by_title(head, cue.start, cue, end)
            cue.speaker, cue.resolved = ent, True
            self.remember(cue.start, ent)
            self.used_quotations.add(qi)
            self.add_quote(q.start, q.end, True, ent, cue, form.row.ref)

    def trailing_gap_end(self, k: int, block) -> int:
        j = min(len(self.tokens) - 1, k + 10)
        return min(block[1], self.tokens[j].end)

    def continuations(self) -> None:
        """A paragraph that is one whole quotation, right after a paragraph whose last
        quote was direct, continues that speaker (the reopened-mark convention)."""
        quotes = sorted(self.quotes, key=lambda t: t[0])
        for qi, q in enumerate(self.quotations):
            if qi in self.used_quotations:
                continue
            line_start = self.f.rfind("\n", 0, q.open) + 1
            line_end = para_end(self.f, q.open)
            if self.f[line_start:q.open].strip() or self.f[q.close + 1:line_end].strip(" .،:؛"):
                continue
            words = len(self.f[q.start:q.end].split())
            ends_sentence = self.f[q.end - 1] in ".؟?!" or self.f[q.close + 1:line_end].strip()[:1] in (".", "؟", "!")
            if words < 6 or words < 12 and not ends_sentence:
                continue      # a subheading in quotes, not speech
            prev_line_end = line_start - 1
            prev = [t for t in quotes if t[1] <= prev_line_end]
            if not prev or not prev[-1][2]:
                continue
            last = prev[-1]
            gap = self.f[last[1]:line_start]
            if gap.count("\n") > 2 or len(gap.split()) > 3:
                continue
            self.used_quotations.add(qi)
            self.add_quote(q.start, q.end, True, last[3], last[4], "continuation")

    def headlines(self) -> None:
        """A line "SPEAKER: words" with no verb: a headline or subtitle quote."""
        f = self.f
        # Only a line with a colon can be one: the lines are visited colon by colon (a
        # text has far fewer colons than lines), each from the start of its line.
        text_start = len(f) - len(f.lstrip())     # where the first line that is not blank starts
        colon_at = f.find(":")
        while colon_at != -1:
            pos = f.rfind("\n", 0, colon_at) + 1
            end = para_end(f, colon_at)
            line = f[pos:end]
            # a place speaks only in a subtitle ("روسيا: لن نسمح ..."); further down the
            # body "موسكو: ..." is a dateline (the first line is the first one not blank)
            first_line = text_start >= pos
            types = ("PER", "ORG", "GROUP", "ROLE", "LOC") if first_line else ("PER", "ORG", "GROUP", "ROLE")
            colon = colon_at - pos          # the line's first colon: none stands between
            if 0 < colon <= 60 and len(line[colon + 1:].split()) >= 2 and len(line.split()) <= 30:
                head_start = pos + len(line) - len(line.lstrip())
                speaker = None
                # the actor nearest the colon; a title may stand before a person's name
                # ("الأمين العام لحلف الناتو ينس ستولتنبرغ:"), nothing else before an actor
                named = [(s, e, ent) for s, e, ent in self.mentions_in(head_start, pos + colon)
                         if ent.type in types and e <= pos + colon]
                if named and not self.cue_between(head_start, pos + colon):
                    s, e, ent = max(named, key=lambda m: m[1])
                    lead = f[head_start:s].strip()
                    lead_ok = lead in ("", "و") or bool(ent.title) and lead.split() == fold(ent.title).split()
                    if lead_ok and len(f[e:pos + colon].split()) <= 3:
                        speaker = ent
                qs = pos + colon + 1
                if speaker is not None and not self.inside_quote(qs) and not self.cue_between(qs, min(end, qs + 20)):
                    got = self.quotation_after(qs, end)
                    if got is not None:
                        q = self.quotations[got]
                        self.used_quotations.add(got)
                        qs, qe = q.start, q.end
                    else:
                        while qs < end and f[qs].isspace():
                            qs += 1
                        qe = self.trim_end(qs, end)
                    if qe > qs:
                        self.speakers.append((pos, speaker))
                        self.add_quote(qs, qe, True, speaker, None, "headline")
            colon_at = f.find(":", end + 1)       # the first colon of a later line

    # -- output --------------------------------------------------------------------------

    def add_quote(self, start, end, direct, speaker, cue, rule) -> None:
        if end <= start or not any(ch.isalnum() for ch in self.f[start:end]):
            return
        for quote in self.quotes:
            if quote[0] < end and start < quote[1]:
                return
        self.quotes.append((start, end, direct, speaker, cue, rule))

    def make_quotes(self) -> list[Quote]:
        an = self.an
        out = []
        anonymous = an.lexicon.compiled("quotes.anonymous_titles", _anonymous_titles)
        for start, end, direct, speaker, cue, rule in sorted(self.quotes, key=lambda t: t[0]):
            if speaker is not None and speaker.type == "ROLE" and speaker.rule.split(":", 1)[-1] in anonymous:
                speaker = None   # "قال مسؤول"، "مصدر": an unnamed source is no speaker
            s, e = an.span(start, end)
            q = Quote(text=an.text[s:e], start=s, end=e, direct=direct,
                      speaker=speaker.id if speaker else None, rule=rule)
            if cue is not None:
                q.cue_start, q.cue_end = an.span(cue.start, cue.end)
                q.cue = an.text[q.cue_start:q.cue_end]
            else:
                q.cue = ":" if rule == "headline" else None
            out.append(q)
        return out


# Speech verbs whose object is the one addressed (دعا الدول إلى، طالب الحكومة بأن، ناشد).
_CALLING_ON = frozenset(fold(w) for w in "دعا طالب حث ناشد".split())
_CONJUNCTIONS = ("و", "ف")


def _nisba_codes(lexicon) -> dict[str, str]:
    """Definite masculine nisba, folded → country code (الايراني → IRN)."""
    return {"ال" + fold(row["adjective"]): row["code"] for row in lexicon.rows("nisba")}


def _anonymous_titles(lexicon) -> set[str]:
    """Refs (titles:LINE) of generic titles: an unnamed holder of one is an anonymous source."""
    if "titles" not in lexicon.table_names():
        return set()
    return {row.ref for row in lexicon.rows("titles") if row["kind"] == "generic"}


def _office_words(lexicon) -> frozenset[str]:
    """The construct forms of one-word person titles (folded, without ال): مدرب، رئيس، مدير ...
    Generic titles (مسؤول، مصدر) are left out: their genitive is a place, not a body they head."""
    if "titles" not in lexicon.table_names():
        return frozenset()
    words = set()
    for row in lexicon.rows("titles"):
        first = fold(row["title"]).split()[0]
        if row["kind"] != "generic" and first.startswith("ال") and len(first) > 4:
            words.add(first[2:])
    return frozenset(words)


def _document_forms(noun: str) -> frozenset[str]:
    """The words a document noun (folded, without ال) is written as in the sentence that
    introduces it: بيان بيانا البيان ببيان وبيان بيانه بيانها (رسالة: رسالته)."""
    stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
    bare = {noun, noun + "ا", "ال" + noun} | {stem + s for s in ("ه", "ها", "هم")}
    return frozenset(p + w for p in ("", "و", "ف", "ب", "وب", "ل", "ك") for w in bare) \
        | frozenset(p + "ال" + noun for p in ("ب", "وب", "و", "ف")) | {"لل" + noun}


def _title_offices(lexicon) -> dict[str, str]:
    """Folded title, with and without ال → its role (رئيس الوزراء → prime_minister)."""
    if "titles" not in lexicon.table_names():
        return {}
    offices = {}
    for row in lexicon.rows("titles"):
        title = fold(row["title"])
        offices.setdefault(title, row["role"])
        if title.startswith("ال"):
            offices.setdefault(title[2:], row["role"])
    return offices


# Offices whose titles hold a bare title's head word but name another office: "الرئيس" is
# not رئيس الوزراء, "الوزير" is not نائب الوزير.
_OTHER_OFFICE_PREFIXES = ("prime_", "deputy_", "vice_", "assistant_")


def _same_office(bare: str | None, holder: str | None) -> bool:
    """Can a bare title of office ``bare`` (president, minister) stand for a person who
    holds ``holder``? Not when the holder's is an office named by the head word in
    construct or as a deputy: prime_minister or vice_president for "الرئيس",
    deputy_foreign_minister for "الوزير". Other offices are not checked: an honorific
    (المهندس، المشير) goes with any office, and a person's role is often a guess."""
    if not bare or not holder or bare == holder:
        return True
    return not holder.startswith(_OTHER_OFFICE_PREFIXES)


def _holds_office(bare: str, holder: str | None) -> bool:
    """Does one of office ``holder`` hold the office a bare title names: the office
    itself, or one of its kind (foreign_minister for "الوزير"), not a deputy's?"""
    return bool(holder) and (holder == bare or holder.endswith("_" + bare) and _same_office(bare, holder))


def _last_below(ascending: list[int] | None, limit: int) -> int:
    """The largest number below ``limit`` in an ascending list, or -1."""
    if not ascending:
        return -1
    i = bisect_left(ascending, limit)
    return ascending[i - 1] if i else -1


def _is_preposition(word: str) -> bool:
    return word in _PREPOSITIONS or word[:1] in "وف" and word[1:] in _PREPOSITIONS


def _agrees(ent: Entity, gender: str | None, number: str | None) -> bool:
    """Can a pronoun of this gender and number refer to ``ent``? Non-human plurals and
    places take feminine singular verbs in Arabic (قالت الوزارة، أعلنت روسيا), except the
    few countries whose names take masculine verbs too (وانتقد الأردن ...، مؤكدا)."""
    ent_number = ent.number or "sg"
    if ent.type == "PER":
        ent_gender = ent.gender
    elif ent.gender:
        ent_gender = ent.gender
    elif ent.type == "LOC":
        # None: either gender (قال العراق and, of the state, أقرت العراق)
        ent_gender = None if ent.name and takes_masculine_verbs(fold(ent.name)) else "f"
    elif ent_number == "pl" and ent.type != "PER":
        ent_gender = "f"
    else:
        words = fold(ent.name).split() if ent.name else []
        head = words[0] if words else ""
        if head.endswith("ه"):
            ent_gender = "f"
        elif ent.type == "ORG" and len(words) == 1:
            ent_gender = None     # a one-word name takes either: أعلنت الفيفا، قال الفيفا؛ قالت حماس
        else:
            ent_gender = "m"
    if number == "pl":
        return ent_number == "pl" and ent.type in ("PER", "GROUP")
    if ent_number == "pl" and ent.type == "GROUP":
        return gender == "f"      # القوات قالت
    if ent_number == "pl":
        return False
    return gender is None or ent_gender is None or ent_gender == gender
