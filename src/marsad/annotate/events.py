"""Events annotator: who did what to whom, coded in PLOVER.

A trigger (a verb or verbal noun of ``event_verbs.tsv``, in any inflection and with its
clitics) names the act and its type. Around it, in its clause:

- the source is the verb's subject, after it (verb-subject order) or before it
  (subject-verb), the agent of a passive (من قبل X), the subject of a light verb before a
  verbal noun (شن الجيش هجوما), a noun's genitive (هجوم طالبان), the speaker of the quote
  the event is told in, or, for an implicit subject (وحث، وتعهد), the last actor named;
- the target is the verb's object or the actor after one of the entry's prepositions
  (على، ضد، مع، إلى، لـ), a noun's genitive where the noun is done to someone (اغتيال
  الوزير), and for an attack or a protest with no one named, the place it happened in;
- words of ``event_cues.tsv`` mark it negated (لم، لن، نفى أن), hypothetical (قد، إذا،
  لو), future (سـ، سوف) or intended (يعتزم), and re-type ambiguous verbs (هاجم بشدة is
  in words: ACCUSE).

A verbal noun reports an act only when something pins it down: an attack, arrest,
sanction or deployment needs an anchor in its sentence (a time, a toll, a crowd) and no
reference word before it (قضية اغتيال), a verb's verbal noun needs a light verb or an
actor after it (الدعم in general is no act), and what a demand or threat asks for is
its content, not a second event (دعا إلى فرض حظر).

An attack or a protest is an event only where its sentence reports it happening, with the
act as the main predicate: not as a subjunctive (أن يفجر، ليفجر) or a possibility (إذا،
قد، سـ), and an attack not after a relative pronoun or a subordinator (الذي قتل، منذ أن،
بعد أن، عندما). A protest verb tells a protest even there (الذين تظاهروا); a protest noun
or participle is background after a time or cause conjunction only. Attack and protest
nouns and participles (مظاهرات، المتظاهرون، في هجوم، الهجوم الذي، هجمات، القتل) count
only where a staging verb makes them what happens (اندلعت مظاهرات، خرج آلاف المتظاهرين،
تعرض لهجوم) or a light verb takes them as its object (شن هجوما); protesters also where
they are the subject of an act (ورفع المتظاهرون لافتات، المحتجون رشقوا الشرطة), take a
complement (المحتجين على) or are counted (3000 متظاهر).

Two things this stage adds to the entities: a "noun + country adjective" near a trigger
that no entity covers becomes a GROUP actor (وحدة إسرائيلية → ISR, rule events:nisba),
and a collective source with no country takes the one the text gives (متظاهرون أفغان,
or protesters the place they protest in: rule …+events:place).

Statements alone are not events (the quote annotator has them): speech verbs are not
triggers. Every event records the lexicon row that produced it as ``rule``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import compress, repeat

from ..model import Entity, Event, Mention
from ..text.fold import fold
from ..text.tokens import split_suffix
from . import actors

# How far (in words) things may stand from the trigger.
WITH_WINDOW = 5          # `with` words and the rest of a multi-word trigger
PAST_NAMES_SLACK = 12    # name and date words that WITH_WINDOW may be stretched over
SUBJECT_GAP = 3          # words between a verb and a subject after it (قصفت أمس الطائرات)
OBJECT_GAP = 1           # words between a subject after the verb and the object after it
GENITIVE_GAP = 2         # words between a noun and its genitive (العملية العسكرية الروسية)
LIGHT_WINDOW = 7         # words between a light verb and its verbal noun (أجرى الرئيس ... اتصالا)
QUOTED_NAME_CHARS = 40   # a «...» this short, of a few words, is a name within its clause
QUOTED_NAME_WORDS = 4
_NAME_MARKS = {"«": "»", "“": "”", '"': '"'}     # opening mark -> its closing mark
CONTROL_WINDOW = 4       # words between أعلن / قرر / تعهد and the verbal noun its subject does
# Verbal nouns of these types must be pinned down in their sentence to count (see _reports):
# an attack is named in passing far more often than it is reported.
ANCHORED_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
WORD_CACHE_LIMIT = 400_000   # distinct words remembered per process before the caches restart
CUE_WINDOW = 8           # words before the trigger in which a clause-level cue counts
LIGHT_OBJECT_GAP = 6     # words between a light verb and the noun it stages (قام المتظاهرون بالاحتجاج)
STAGE_WINDOW = 7         # words between a staging verb and its noun (خرج أمس آلاف ... في مظاهرة)
# A noun or participle of these types is only named (وفاة متظاهرين، تفريق المظاهرة) unless
# a staging verb of `event_cues.tsv` makes it what happens (اندلعت مظاهرات).
STAGED_TYPES = {"PROTEST"}
# Acts told at the scene: after a relative pronoun or a subordinating conjunction of their
# sentence (المتظاهرين الذين هتفوا، المكان الذي خطف فيه، منذ أن احتل متظاهرون، عندما انفجرت)
# they describe someone, a time or a cause: background, not the news of the sentence.
SCENE_TYPES = {"ASSAULT", "PROTEST"}
# A protest verb tells that a protest took place even in a relative or a time clause
# (الطلاب الذين تظاهروا أمس، عندما احتشد متظاهرون): protesting is what defines those people.
TOLD_IN_PASSING = {"PROTEST"}
_SUBORDINATORS = frozenset(fold(w) for w in """الذي التي الذين اللذين اللتين اللذان اللتان
عندما بعدما حيث منذ إذ لأن كي لكي حين حينما
لماذا كيف هل متى""".split())     # and an embedded question (لا أحد يعرف لماذا قتل): asked, not told

# Violence against these is done to them: a civilian "subject" after an attack verb is
# the victim of a passive (قُتل 18 مدنيا), not the attacker.
_VICTIM_SECTORS = {"CVL", "REF", "EDU", "HLH", "MED"}
_PASSIVE_PRONE = {"ASSAULT", "COERCE"}
# Narrated at the scene: an implicit subject is not carried over from earlier sentences.
_NO_IMPLICIT = {"ASSAULT", "PROTEST", "MOBILIZE"}
# Prepositions that make the actor after them something other than a subject or object.
_PREPOSITIONS = frozenset(fold(w) for w in "في على إلى من عن مع ضد قرب داخل خارج بين حول أمام عبر لدى نحو منذ بعد قبل خلال".split())
_CONJ = ("و", "ف")
_FUTURE = ("س", "وس", "فس")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_VERB_SUFFIXES = ("", "ت", "ا", "وا", "تا", "ن", "نا", "تم", "و")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ن", "وا", "ين")
_OBJECT_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم")
_NOUN_SUFFIXES = ("", "ا", "ان", "ين", "ه", "ها", "هم", "هما", "نا")
_PLACE_TYPES = ("LOC",)


@dataclass(frozen=True)
class Trigger:
    """One compiled row of event_verbs.tsv."""

    key: str                         # folded first word of the trigger cell
    type: str
    kind: str                        # verb | noun
    rest: tuple[str, ...]            # further words of a multi-word trigger
    targets: frozenset[str]          # "obj" and prepositions
    gen: str                         # source | target | none
    with_words: frozenset[str]
    not_with: frozenset[str]
    mode: str | None
    cameo: str | None
    rule: str
    needs_target: bool = False
    needs_stage: bool = False        # a noun reading counts only where a verb stages it
    needs_negation: bool = False     # an idiom that reports an act only negated (لن نتخلى عن)
    needs_blast: bool = False        # a bomb or bomber (مفخخة، انتحاري): an attack only if it went off
    after_words: frozenset[str] = frozenset()
    active: bool = False             # flags `active`: never read as a passive (see _may_be_passive)
    firing: bool = False             # flags `firing`: shots into the air are no attack (_into_the_air)
    object_first: bool = False       # flags `object_first`: a participle before بـ is passive (_charged)


@dataclass(frozen=True)
class Form:
    trigger: Trigger
    present: bool                    # a present-tense verb (قد يقصف is hypothetical)
    noun: bool = False               # a verbal noun or participle listed with a verb (اتهام، مطالبين)
    participle: bool = False         # مطالبا، محملا: acts with the subject of its sentence


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    effect: str
    applies_to: frozenset[str]
    type: str | None


@dataclass
class EventLexicon:
    forms: dict[str, list[Form]] = field(default_factory=dict)
    cues: dict[str, list[Cue]] = field(default_factory=dict)    # first word -> cues
    retyped: set[str] = field(default_factory=set)   # trigger keys a retype cue may re-type
    blocked: set[str] = field(default_factory=set)   # first words of blocked cues
    blocked_pairs: set[tuple[str, str]] = field(default_factory=set)   # two-word blocked cues
    # per distinct word of the text, computed once per process: most words are no
    # trigger and no cue, and then cost one dictionary look-up
    word_readings: dict[str, tuple] = field(default_factory=dict)   # word -> ((plen, stem, forms), ...)
    word_cues: dict[str, tuple] = field(default_factory=dict)        # word -> cues it may start
    word_nisba: dict[str, str | None] = field(default_factory=dict)  # word -> country of its adjective
    seen_words: set[str] = field(default_factory=set)                # words already sorted into:
    trigger_words: set[str] = field(default_factory=set)             # words that may be triggers
    cue_words: set[str] = field(default_factory=set)                 # words that may start cues
    marked_words: set[str] = field(default_factory=set)              # either
    word_spellings: dict = field(default_factory=dict)               # see spellings()

    def stem_keys(self) -> set[str]:
        """Every word a reading must equal to be a trigger form or to start a cue."""
        keys = self.__dict__.get("_stem_keys")
        if keys is None:
            keys = self.__dict__["_stem_keys"] = set(self.forms) | set(self.cues)
        return keys

    def forget_words(self) -> None:
        for cache in (self.word_readings, self.word_cues, self.word_nisba,
                      self.seen_words, self.trigger_words, self.cue_words, self.marked_words):
            cache.clear()

    def spellings(self, words: str | frozenset[str]) -> frozenset[str]:
        """Every word that reads as ``words`` (one word or a set of them) once its clitics
        are off: a token is tested against the words of a rule by one set look-up of its
        text instead of a look-up of its readings. Keys come from the tables, so the cache
        stays small."""
        got = self.word_spellings.get(words)
        if got is None:
            stems = (words,) if isinstance(words, str) else words
            got = self.word_spellings[words] = frozenset(x for w in stems for x in _spellings(w))
        return got

    def rest_spellings(self, word: str) -> frozenset[str]:
        """The spellings of a later word of a several-word trigger with the noun there
        (listed as سحب السفير، قطع العلاقات) also possessed, a pronoun ending in place of
        its ال ("سحبت سفيرها"، "قطعت علاقاتها مع")."""
        key = ("rest", word)
        got = self.word_spellings.get(key)
        if got is None:
            got = self.word_spellings[key] = self.spellings(word) | frozenset(_possessed_spellings(word))
        return got

    def readings(self, word: str) -> tuple:
        got = self.word_readings.get(word)
        if got is None and word in self.blocked:
            # a blocked word (وزارة، لفتح) is no trigger anywhere: not even as a verb that
            # would stand between a subject and its own verb
            got = self.word_readings[word] = ()
        if got is None:
            got = tuple((plen, stem, forms) for plen, stem, forms in
                        ((plen, stem, self._forms_after(word[:plen], stem)) for plen, stem in _readings(word)
                         if stem in self.forms) if forms)
            self.word_readings[word] = got
        return got

    def _forms_after(self, prefix: str, stem: str) -> tuple:
        """The forms of ``stem`` that may stand after the clitics ``prefix``: the article
        never stands before a present verb (الأقضية is no ال + أقضي + ـه)."""
        forms = self.forms[stem]
        if "ال" in prefix and any(f.present for f in forms):
            return tuple(f for f in forms if not f.present)
        return forms

    def cues_of(self, word: str) -> tuple:
        got = self.word_cues.get(word)
        if got is None:
            # the future سـ stands before verbs, never before a particle: سلم is no سـ + لم
            stems = {s for n, s in _readings(word) if "س" not in word[:n]} | {word}
            got = self.word_cues[word] = tuple(
                cue for w in stems for cue in self.cues.get(w, ()))
        return got


# ------------------------------------------------------------------ lexicon

def _bare(word: str) -> str:
    """A lexicon word as the matcher sees it: folded, without ال."""
    w = fold(word).strip()
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _verb_word(word: str, kind: str) -> str:
    """A trigger's own word or form: folded; its ال is the article only in a noun. The ال
    of a verb is its own (التقى، التزم، التقت): taken off, the verb read as ال + تقت, a
    verbal noun, and "والتقت الوزيرة نظيرها" told no meeting."""
    return fold(word).strip() if kind == "verb" and not _looks_nominal(fold(word).strip()) else _bare(word)


def _verb_forms(stem: str) -> list[tuple[str, bool]]:
    """Inflected forms of a verb form as written in the table (past or present)."""
    out = []
    if stem[0] == "ي" and len(stem) >= 4:
        body = stem[1:]
        for p in _PRESENT_PREFIXES:
            for s in _PRESENT_SUFFIXES:
                for o in _OBJECT_SUFFIXES:
                    out.append((p + body + s + o, True))
    elif stem[-1] in "اوي" or stem[0] == "م":
        # weak-final verbs (دعا، نفى) and participles: the table lists their forms
        out.extend((stem + o, False) for o in _OBJECT_SUFFIXES)
    else:
        for s in _VERB_SUFFIXES:
            for o in _OBJECT_SUFFIXES:
                if s == "وا" and o:
                    out.append((stem + "و" + o, False))     # قتلوه
                else:
                    out.append((stem + s + o, False))
    return out


def _noun_forms(stem: str) -> list[str]:
    out = [stem + s for s in _NOUN_SUFFIXES]
    if stem.endswith("ه"):                                # ة before a pronoun: زيارته
        out.extend(stem[:-1] + "ت" + s for s in ("ه", "ها", "هم", "هما", "ين", "ان"))
    return out


# Relative pronouns after a feminine noun: التي (singular, and non-human plurals), اللتين/اللتان.
_FEMININE_RELATIVES = frozenset(fold(w) for w in "التي اللتين اللتان".split())


def _act_noun_described(W, i: int) -> bool:
    """Whether a م form listed as a participle is the verbal noun of a مفاعلة verb (مداهمة،
    مطالبة، مفاوضات) that a relative clause describes (المداهمة التي نفذتها الأجهزة، المطالبات
    التي رفعها النواب): a participle acts with its sentence's subject, but this noun is the
    act, whose doer the clause names. A masculine participle (مطالبا، المطالبين) never takes
    التي."""
    return i + 1 < len(W.texts) and W.texts[i + 1] in _FEMININE_RELATIVES and W.texts[i].endswith(("ه", "ات"))


# Who one prays to (داعيا الله، يدعو المولى): a call on them is a prayer.
_GOD = frozenset(fold(w) for w in "الله المولى ربه ربها الباري".split())


def _faail_participle(stem: str) -> bool:
    """A listed فاعل participle of form I in the accusative (رافضا، داعيا، نافين): like مطالبا
    it acts with the subject of its sentence."""
    return stem[1:2] == "ا" and (len(stem) == 5 and stem.endswith("ا") or len(stem) == 6 and stem.endswith("ين"))


def _mufaala_plural(stem: str) -> bool:
    """A م plural in ات of a verb (مفاوضات، مداهمات، مطالبات): acts of a kind, told as
    particular ones like a noun of the table, not a verb's verbal noun in general."""
    return stem[:1] == "م" and stem.endswith("ات")


def _act_noun_shape(stem: str) -> bool:
    """Whether a م form listed as a participle has the shape of a verbal noun: a plural in
    ات (مفاوضات، مطالبات) or a مفاعلة noun (مطالبة، مداهمة), not مطالبا، منتقدين، محملة."""
    return stem.endswith("ات") or (stem.endswith("ه") and stem[2:3] == "ا")


def _looks_nominal(word: str) -> bool:
    """A form listed with a verb that is a noun or participle by its shape: مطالبين،
    اتهامات، مجزرة، انسحاب (افتعال/انفعال/استفعال)، تنديد (تفعيل)."""
    return (word[:1] == "م" or word.endswith(("ه", "ات", "ين", "ون"))
            or (len(word) >= 5 and word[0] == "ا" and word[-2] == "ا")
            or (len(word) == 5 and word[0] == "ت" and word[3] == "ي"))


def build_event_lexicon(lex) -> EventLexicon:
    out = EventLexicon()
    for row in lex.rows("event_verbs"):
        first, *rest = row["trigger"].split()
        words = [_verb_word(first, row["kind"])] + [_bare(w) for w in rest]
        trig = Trigger(
            key=words[0], type=row["type"], kind=row["kind"], rest=tuple(words[1:]),
            targets=frozenset(_bare(p) if p != "obj" else p for p in row.list("target")),
            gen=row["gen"],
            with_words=frozenset(_bare(w) for w in row.list("with")),
            not_with=frozenset(_bare(w) for w in row.list("not_with")),
            mode=row.get("mode") or None, cameo=row.get("cameo") or None, rule=row.ref,
            needs_target=row.get("needs") == "target",
            needs_stage=row.get("needs") == "stage",
            needs_negation=row.get("needs") == "negation",
            needs_blast=row.get("needs") == "blast",
            after_words=frozenset(_bare(w) for w in row.list("after")),
            active="active" in row.list("flags"),
            firing="firing" in row.list("flags"),
            object_first="object_first" in row.list("flags"),
        )
        stems = [words[0]] + [_verb_word(f, row["kind"]) for f in row.list("forms")]
        for stem in stems:
            noun = row["kind"] == "noun" or (stem is not stems[0] and _looks_nominal(stem))
            if not noun or stem[:1] == "ي":
                forms = _verb_forms(stem)
            else:
                forms = [(f, False) for f in _noun_forms(stem)]
            for f, present in forms:
                lst = out.forms.setdefault(f, [])
                if not any(x.trigger is trig for x in lst):
                    # a م form of a verb is its participle (مطالبا، محملا، and مطالبة, which
                    # may be the feminine one), but a plural in ات names acts (مفاوضات، مداهمات)
                    participle = row["kind"] == "verb" and (
                        stem[:1] == "م" and not stem.endswith("ات") or _faail_participle(stem))
                    lst.append(Form(trig, present, noun, participle))
    for row in lex.rows("event_cues"):
        words = tuple(fold(w) for w in row["cue"].split())
        cue = Cue(words, row["effect"], frozenset(_bare(w) for w in row.list("applies_to")),
                  row.get("type") or None)
        out.cues.setdefault(words[0], []).append(cue)
        if cue.effect == "retype" and cue.type:
            out.retyped.update(cue.applies_to)
        if cue.effect == "blocked":
            out.blocked.add(words[0])
            if len(words) == 2:
                out.blocked_pairs.add(words)
    return out


def event_lexicon(an) -> EventLexicon:
    return an.lexicon.compiled("events", build_event_lexicon)


# ------------------------------------------------------------------ words

def _readings(word: str) -> list[tuple[int, str]]:
    """(prefix length, stem) readings of a token: bare first, then without clitics."""
    out = [(0, word)]
    for c in ("", *_CONJ):
        if c and not word.startswith(c):
            continue
        w1 = word[len(c):]
        for p in ("", "ب", "ل", "ك", "س"):
            if p and not w1.startswith(p):
                continue
            w2 = w1[len(p):]
            n = len(c) + len(p)
            if n and len(w2) >= 2:
                out.append((n, w2))
            if w2.startswith("ال") and len(w2) > 4:
                out.append((n + 2, w2[2:]))
            elif p == "ل" and w2.startswith("ل") and len(w2) > 3:   # لل = ل + ال
                out.append((n + 1, w2[1:]))
    return out


# pronoun endings of a possessed noun: his, her, their (two), their, our, your
_POSSESSIVE_ENDINGS = ("ه", "ها", "هما", "هم", "هن", "نا", "كم")


def _possessed_spellings(word: str) -> list[str]:
    """A noun (folded, its ال off or not) possessed by a pronoun, after و/ف and بـ/لـ:
    سفير → سفيره، سفيرها، وسفيرهم ...; a final ة (folded ه) is written ت before the
    ending (حكومه → حكومتها)."""
    if word.startswith("ال"):
        word = word[2:]
    if len(word) < 3:
        return []
    base = word[:-1] + "ت" if word.endswith("ه") else word
    return [c + p + base + e for c in ("", *_CONJ) for p in ("", "ب", "ل") for e in _POSSESSIVE_ENDINGS]


def _spellings(stem: str) -> list[str]:
    """The words _readings reads as ``stem``: the stem after و/ف, then بـ/لـ/كـ/سـ, then
    ال (or لـ + ال, written لل); each candidate is checked with _readings itself."""
    candidates = set()
    for c in ("", *_CONJ):
        for p in ("", "ب", "ل", "ك", "س"):
            candidates.update((c + p + stem, c + p + "ال" + stem))
        candidates.add(c + "لل" + stem)
    found = [x for x in candidates if any(s == stem for _, s in _readings(x))]
    if stem[-1:] not in _NO_TANWEEN_ALIF:
        # the indefinite accusative writes an alif after the noun: أغلقوا طرقا، نفذ هجوما
        found.extend(c + stem + "ا" for c in ("", *_CONJ))
    return found


# Endings that take no alif of the indefinite accusative (ة, folded ه; ا، ى، ي، ء).
_NO_TANWEEN_ALIF = frozenset("هاىيءو")


class _Words:
    """The article's tokens with their clitic-free readings, computed on demand."""

    def __init__(self, an, lex: "EventLexicon"):
        self.an = an
        self.lex = lex
        self.toks = an.tokens
        self.texts = an.token_texts
        self.starts = an.token_starts
        self._cue_idx: list[int] | None = None
        # the cues found at a token, by index: the rules ask about the same few cue words
        # again and again around each trigger
        self._cues_at: dict[int, list[Cue]] = {}
        self._covered: set[int] | None = None

    def cue_indices(self, lo: int, hi: int, backwards: bool = False) -> list[int]:
        """Indices in [lo, hi) of the tokens that may start a cue (few per article)."""
        if self._cue_idx is None:
            cues_of = self.lex.cues_of
            self._cue_idx = [j for j, t in enumerate(self.toks) if cues_of(t.text)]
        idx = self._cue_idx
        out = idx[bisect_left(idx, max(lo, 0)):bisect_left(idx, hi)]
        return out[::-1] if backwards else out

    def nisba(self, i: int) -> str | None:
        """The country of token i as a country adjective (see _nisba), or None."""
        word = self.texts[i]
        got = self.lex.word_nisba.get(word, "")
        return _nisba(self.an, self.lex, word) if got == "" else got

    def index_at(self, fpos: int) -> int:
        return bisect_left(self.starts, fpos)

    def has_any(self, lo: int, hi: int, words: frozenset[str]) -> bool:
        """Whether a token in [lo, hi) reads as one of ``words``."""
        return not self.lex.spellings(words).isdisjoint(self.texts[max(lo, 0):max(hi, 0)])

    def has_any_past_names(self, lo: int, window: int, words: frozenset[str]) -> bool:
        """has_any over the ``window`` words from ``lo`` that no name and no date expression
        covers: a verb's subject and a time may stand between it and the word it needs
        (حمّل رئيس مجلس النواب فلان الحكومة المسؤولية، فرض في فبراير الماضي حزمة عقوبات)."""
        if not self.has_any(lo, lo + window + PAST_NAMES_SLACK, words):
            return False                # (most calls: the word is nowhere near; no need to walk)
        covered = self.covered()
        spellings = self.lex.spellings(words)
        seen = 0
        for k in range(max(lo, 0), len(self.texts)):
            if self.texts[k] in spellings:
                return True             # (itself a mention: فرقت قوات الأمن مئات المحتجين)
            if k in covered or k + 1 in covered and self.texts[k] in _PREPOSITIONS:
                continue                # (في فبراير الماضي: the preposition goes with the date)
            seen += 1
            if seen >= window:
                return False
        return False

    def covered(self) -> set[int]:
        """Indices of the tokens inside a mention of an entity or a date expression."""
        if self._covered is None:
            an = self.an
            spans = [(m.start, m.end) for e in an.entities for m in e.mentions]
            spans += [(d.start, d.end) for d in an.dates]
            self._covered = set()
            for s, e in spans:
                a = bisect_left(self.starts, an.folded.to_folded(s))
                b = bisect_left(self.starts, an.folded.to_folded(e))
                self._covered.update(range(a, b))
        return self._covered

    def follow(self, i: int, seq: tuple[str, ...], window: int, possessed: bool = False) -> int | None:
        """Index of the last of ``seq`` found in order after token i, or None. ``possessed``:
        the words may also carry a pronoun ending (see EventLexicon.rest_spellings)."""
        j = i
        texts = self.texts
        for w in seq:
            spellings = self.lex.rest_spellings(w) if possessed else self.lex.spellings(w)
            for k in range(j + 1, min(j + 1 + window, len(texts))):
                if texts[k] in spellings:
                    j = k
                    break
            else:
                return None
        return j


# ------------------------------------------------------------------ annotate

def annotate(an) -> list[Event]:
    if not an.tokens:
        return []
    L = event_lexicon(an)
    W = _Words(an, L)
    events: list[Event] = []
    # one pass over the words: which may be triggers, which may start cues; most words are
    # neither and cost one look-up
    if len(L.seen_words) > WORD_CACHE_LIMIT:
        L.forget_words()                    # a long run must not grow the caches forever
    texts = an.token_texts
    words = set(texts)
    keys = L.stem_keys()
    for word in words.difference(L.seen_words):         # words this process has not seen yet
        L.seen_words.add(word)
        # every clitic-free reading is the word minus at most four leading letters
        # (و/ف + ب/ل/ك/س + ال): a word none of whose endings is a trigger or cue key is
        # neither, and new words are frequent enough in news for this check to matter
        if not any(word[k:] in keys for k in range(min(5, len(word) - 1))):
            continue
        if L.readings(word):
            L.trigger_words.add(word)
            L.marked_words.add(word)
        if L.cues_of(word):
            L.cue_words.add(word)
            L.marked_words.add(word)
    marked = words.intersection(L.marked_words)
    if marked.isdisjoint(L.trigger_words):
        return []
    # the positions of the marked words, found in C (map and compress) rather than by a
    # Python loop over every token
    hits = list(compress(range(len(texts)), map(marked.__contains__, texts)))
    trigger_words, cue_words = L.trigger_words, L.cue_words
    candidates = [i for i in hits if texts[i] in trigger_words]
    W._cue_idx = [i for i in hits if texts[i] in cue_words]
    for i in candidates:
        tok = W.toks[i]
        hit = _match(L, W, i)
        if hit is None:
            continue
        form, plen, last = hit
        if form.participle and _act_noun_described(W, i):
            form = replace(form, participle=False)   # المداهمة التي نفذتها القوات: the raid
        nominal = form.noun or _nominal_use(tok.text[:plen], form) or (
            form.trigger.kind == "verb" and plen == 0 and not form.present
            and (_after_light(L, W, i) or (i > 0 and W.toks[i - 1].text in _PREPOSITIONS)
                 or _after_construct_head(an, L, W, i))) or (
            form.trigger.kind == "verb" and not form.present and _in_noun_list(L, W, i, plen, form))
        if _is_content(an, W, i, events) and not _joined_verb(tok.text, plen, form):
            continue
        if _form_three(form.trigger) and tok.text[plen:].startswith(form.trigger.key) \
                and (tok.text[:plen].lstrip("وف").startswith(("ال", "لل"))
                     or (i > 0 and _count_word(W.texts[i - 1])
                         and tok.text[plen + len(form.trigger.key):] in ("ا", "ه", "ات", "ين"))):
            # فاعل with the article or counted is a person of form I, not the act: الطالبة
            # فاطمة، 150 طالبا (students), not طالب "demanded" (whose noun is المطالبة)
            continue
        if form.trigger.needs_blast and not _went_off(an, L, W, i):
            continue
        ttype = form.trigger.type
        staged_only = ttype in STAGED_TYPES or form.trigger.needs_stage or (
            ttype in SCENE_TYPES and tok.text.endswith("ات") and len(tok.text) - plen > 4)
        if ttype in SCENE_TYPES and nominal and (_in_phrase(W, i, tok.text[:plen]) or _referred_back(W, i)
                                                 or (form.trigger.kind == "verb" and not form.participle)):
            # a verb's own verbal noun (القتل، عملية خطف) is as often the crime in general
            staged_only = True
        if nominal and staged_only and not _staged(an, L, W, i, ttype,
                                                   ttype in SCENE_TYPES and _in_phrase(W, i, tok.text[:plen])):
            # a plural (هجمات، تفجيرات) names acts in general unless a verb stages them
            continue
        if ttype in SCENE_TYPES and nominal and _future_after(an, W, i):
            continue            # بأن هجوما سينفذ، إن انفجارا سيقع: expected, not told
        if ttype in STAGED_TYPES and nominal and i > 0 and W.toks[i - 1].text.lstrip("وف") in _DEMONSTRATIVES:
            continue            # هذه المظاهرات، تلك الاحتجاجات: one told before, spoken about again
        if ttype == "REQUEST" and i + 1 < len(W.texts) and W.texts[i + 1] in _GOD:
            continue            # داعيا الله أن يحفظ، دعا المولى عز وجل: a prayer, not a demand
        if ttype in SCENE_TYPES and _subjunctive(W, i, tok.text[:plen], form):
            continue
        if ttype in _PUNCTUAL and not nominal and not form.present and plen == 0 and _describes_object(an, W, i):
            continue
        if ttype in _PUNCTUAL and form.present and not form.noun and not (
                _seen(W, i) or _past_negated(W, i) or _headline(an, W, i)):
            # an attack is a punctual act that news tells in the past: in the present it is a
            # habit, an aim or a generality (يستهدف المصالحات، جيش يهاجم بلدا، كانوا يخطفون)
            continue
        if ttype in SCENE_TYPES and not (ttype in TOLD_IN_PASSING and not nominal) and _subordinate(
                an, W, i, relatives=ttype not in TOLD_IN_PASSING):
            continue
        if nominal and form.trigger.type in ANCHORED_TYPES and not _reports(an, L, W, i, events):
            continue
        if (nominal and not (form.participle and not _act_noun_shape(tok.text[plen:]))   # منتقدا acts
                and form.trigger.type not in ANCHORED_TYPES
                and form.trigger.type != "PROTEST" and _after_reference(an, L, W, i)):
            continue            # الحديث عن مفاوضات، بتهمة التعاون مع: an act named, not reported
        if (nominal and form.trigger.type not in ANCHORED_TYPES and form.trigger.type != "PROTEST"
                and form.trigger.kind == "verb"
                and not form.participle and not _mufaala_plural(tok.text[plen:])
                and not _names_an_act(an, L, W, i, tok.text[:plen])):
            continue
        if not form.participle and _aimed_at(an, W, i, nominal, form):
            continue            # بهدف إجراء محادثات، من أجل وقف القتال: what is aimed at is not done
        if _inside_name(W, *an.span(tok.start, tok.end)):
            continue            # asked last of the tests (all of which only read): the others are cheaper
        _add_nisba_actors(an, W, i, last)
        ev = _event(an, L, W, i, form, plen, last, events, nominal)
        if ev is not None and ev.type in SCENE_TYPES and ev.source is None and _mishap(an, W, i, last):
            continue            # قتل سبعة جراء السيول، قطعت الثلوج الطرق: no one attacked or protested
        if ev is not None and not _state_closure(an, ev):
            events.append(ev)
    events = _merge(an, events)
    for ev in events:
        if ev.type == "ASSAULT" and not _acts(_entity(an, ev.source)):
            claimant = _claimant(an, W, ev.start)
            if claimant is not None:
                ev.source = claimant.id
                ev.rule += "+events:claim"
                if ev.target == claimant.id:
                    ev.target = None
    for ev in events:
        source = _entity(an, ev.source)
        if source is not None and source.type == "GROUP" and not source.affiliation:
            place = None
            if ev.type == "PROTEST":
                place = _protest_place(an, ev)
            elif source.sector == "COP":
                # the police act at home: الشرطة في نيروبي، قوات الأمن في القاهرة
                place = _place_of_act(an, ev) or _earlier_place(an, ev, events, _SCENE_OF_FORCE)
            _lend_affiliation(an, source, place)
        target = _entity(an, ev.target)
        if ev.type == "COERCE" and target is not None and target.type == "GROUP" and not target.affiliation \
                and target.sector in _DOMESTIC_VICTIMS and target.sector != "COP":
            # those arrested in a place are its people (اعتقلت الشرطة عشرات الناشطين في كراكاس);
            # news names a foreigner arrested by his nationality
            _lend_affiliation(an, target, _place_of_act(an, ev) or _earlier_place(an, ev, events, _SCENE_OF_FORCE))
        if ev.type == "ASSAULT":
            _give_target_country(an, ev, source, events)
        elif ev.type == "PROTEST" and ev.target is not None and ev.target == ev.location:
            lo, hi = _act_span(an, ev, events)
            protested = _foreign_body_protested_at(an, ev, source, lo, hi)
            if protested is not None:
                ev.target = protested.id
                ev.rule += "+events:protested_at"
    return events


def _place_of_act(an, ev: Event):
    """Where an act happened: its location, else the first place with a country after the
    trigger in its sentence (اعتقلت الشرطة ... في العاصمة الروسية موسكو). Not a place before
    it, which may be a dateline (لندن ـ «الشرق الأوسط»:) or a country spoken of."""
    return _entity(an, ev.location) or _place_in(an, ev.end, _sentence_end(an, ev.end))


def _protest_place(an, ev: Event):
    """The place whose country protesters with none of their own take: the event's place,
    unless it is only part of a body's name (أمام سفارة فرنسا في الرباط: the protesters
    are Moroccan), then the next place of the sentence that is not."""
    place = _entity(an, ev.location)
    if place is None:
        return None
    lo, hi = _sentence(an, ev.start)
    if not any(_inside_body_name(an, s, e) for s, e, ent in actors.mentions_between(an, lo, hi, _PLACE_TYPES)
               if ent is place):
        return place
    for s, e, ent in actors.mentions_between(an, ev.end, hi, _PLACE_TYPES):
        if (ent.affiliation or ent.country) and not _inside_body_name(an, s, e):
            return ent
    return None


def _inside_body_name(an, start: int, end: int) -> bool:
    """Whether the span lies inside the longer mention of a group or an organisation
    (فرنسا in سفارة فرنسا, القاهرة in جامعة القاهرة)."""
    return any(s <= start and end <= e and (s, e) != (start, end)
               for s, e, _ in actors.mentions_between(an, max(0, start - 60), end, ("GROUP", "ORG")))


# Words that put a protest at a building or in front of a body: أمام السفارة، قرب مقر
# الأمم المتحدة، سار المتظاهرون حتى السفارة (folded; بالقرب من is read as its من).
_AT_WORDS = frozenset(fold(w) for w in "أمام قرب عند إلى الى حتى مقابل نحو من قبالة".split())
_BUILDING_WORDS = frozenset(fold(w) for w in "مبنى مقر مقرات مباني بوابة".split())


def _foreign_body_protested_at(an, ev: Event, source, lo: int, hi: int):
    """A body with a country other than the place's that protesters gathered at, within
    100 characters after the trigger (تظاهروا أمام السفارة الأمريكية في القاهرة، تجمعوا
    قرب مقر الأمم المتحدة): the protest is addressed to it, not to the place's country."""
    place = _entity(an, ev.location)
    place_country = place.affiliation or place.country if place is not None else None
    text = an.text
    for s, e, ent in actors.mentions_between(an, max(lo, ev.end), min(hi, ev.end + VICTIM_WINDOW),
                                             ("GROUP", "ORG", "PER", "ROLE")):
        code = ent.affiliation or ent.code
        if ent is source or not code or code == place_country or not _says_its_country(an, ent, s, e):
            continue
        if text[_word_start(text, s):s].strip():
            continue                            # (بالسفارة، للسفارة: not at it)
        before = fold(text[max(lo, s - 40):s]).split()
        if before and before[-1] in _BUILDING_WORDS:
            before = before[:-1]
        if before and before[-1] in _AT_WORDS and (before[-1] != "من" or before[-2:-1] == ["بالقرب"]):
            return ent
    return None


def _give_target_country(an, ev: Event, source, events: list[Event]) -> None:
    """The country of an attack's victims. The place of the attack stands for them when no
    one is named (a bombing in Baghdad is done to Iraq), but victims counted with a
    nationality are the ones hit (مقتل ثلاثة جنود أتراك في هجوم على موقع في العراق), and so
    is the owner of what it hit (دورية للجيش الأمريكي), also when no place is named. A
    person, or civilians or police, hit in a place with no nationality of their own are that
    country's (اغتيل مدير الشرطة في البصرة، مقتل ستة مدنيين في بغداد); soldiers may be foreign
    troops, and the attackers have no country by place."""
    place = _entity(an, ev.location)
    target = _entity(an, ev.target)
    if target is None or target is place:
        lo, hi = _act_span(an, ev, events)
        victims = _counted_foreign_victims(an, ev, source, place, lo, hi)
        if victims is not None:
            ev.target = victims.id
            ev.rule += "+events:victims_nationality"
            return
        owner = _owner_of_thing_hit(an, ev, source, lo, hi)
        if owner is not None:
            ev.target = owner.id
            ev.rule += "+events:owner_hit"
        return
    if target is None or target.affiliation:
        return
    place = place or _earlier_place(an, ev, events, ("ASSAULT",))
    if target.type == "GROUP":
        # a country adjective after any group (المتمردين الأكراد، جنود أتراك) says whose it is
        _lend_affiliation(an, target, place if target.sector in _DOMESTIC_VICTIMS else None)
    elif target.type in ("PER", "ROLE") and not target.code:
        _lend_affiliation(an, target, place)


STORY_WINDOW = 600       # characters back to an event told before that a later one follows on
# Events whose place a follow-up of the police in the same story takes (a protest dispersed,
# an attack answered, an arrest after a raid).
_SCENE_OF_FORCE = ("ASSAULT", "PROTEST", "COERCE")


def _earlier_place(an, ev: Event, events: list[Event], types: tuple[str, ...]):
    """The place of the last event of these types told before this one, close enough to be
    the same story (قتل ثلاثة في هجوم في سرت ... وأطلق أحدهما النار على مدنيين اثنين؛
    تظاهر المئات في نيروبي ... وفرقتهم الشرطة): the place of a follow-up that names none."""
    found = None
    for other in events:
        if other.type in types and other.location and ev.start - STORY_WINDOW <= other.end <= ev.start:
            found = other.location
    return _entity(an, found)


def _acts(ent) -> bool:
    """Whether an event's source is someone who can act: not missing, and not a mere
    city or region (a country or capital stands for its government)."""
    return ent is not None and (ent.type != "LOC" or _is_country_actor(ent))


_ANNOUNCE = frozenset(fold(w) for w in "أعلن أعلنت أعلنوا يعلن تعلن وأعلن وأعلنت وأعلنوا".split())


def _claimant(an, W, pos: int):
    """Who claims the attacks of the sentence at ``pos`` (news codes the claimant as the
    attacker): the actor after or just before تبنى (تبنت حركة X الهجوم، وتبناه تنظيم X،
    X تبنت), the actor between أعلن and مسؤوليته (أعلنت جماعة X مسؤوليتها عن), or the
    actor after نُسب إلى (نسب الهجوم إلى X). Denials (نفت مسؤوليتها) claim nothing."""
    s_start, s_end = _sentence(an, pos)
    first = W.index_at(an.folded.to_folded(s_start))
    last = W.index_at(an.folded.to_folded(s_end))

    def after(j: int, gap: int = 2, before_pos: int | None = None):
        e = an.span(W.toks[j].start, W.toks[j].end)[1]
        found = [a for a in _actors_in(an, e, s_end) if a[2].type != "LOC"]
        if found and found[0][3] <= gap and not found[0][4] and (before_pos is None or found[0][0] < before_pos):
            return found[0][2]
        return None

    def before(j: int):
        b = an.span(W.toks[j].start, W.toks[j].end)[0]
        found = _actors_in(an, s_start, b)
        if found and found[-1][2].type != "LOC" and not found[-1][4] \
                and len(an.text[found[-1][1]:b].split()) <= 1:
            return found[-1][2]
        return None

    for j in range(first, min(last, len(W.toks))):
        w = W.toks[j].text
        bare = w[1:] if w[:1] in _CONJ and len(w) > 4 else w
        got = None
        if bare.startswith(("تبن", "يتبن", "تتبن")) and len(bare) <= 7 and (
                bare.endswith(("ه", "ها")) and bare not in ("تبنيه",)
                or any(_bare_word(W.toks[k].text).startswith("مسؤولي") or W.toks[k].text in _ATTACK_NOUNS
                       for k in range(j + 1, min(j + 6, len(W.toks))))):
            # what is adopted is the attack (تبنته، تبنت الهجوم، تبنى مسؤولية), not a text
            got = after(j) or before(j)
        elif bare in _ANNOUNCE:
            for k in range(j + 1, min(j + 8, len(W.toks))):
                if _bare_word(W.toks[k].text).startswith("مسؤوليت"):
                    got = after(j, 6, an.span(W.toks[k].start, W.toks[k].end)[0]) or before(j)
                    break
        elif bare.startswith("نسب") and len(bare) <= 6 and bare != "نسبه":    # نسبة: a ratio
            for k in range(j + 1, min(j + 4, len(W.toks))):
                if W.toks[k].text in ("الي", "لي"):
                    got = after(k, 0)
                    break
        if got is not None:
            return got
    return None


def _bare_word(w: str) -> str:
    """A word without و/ف and ال (والمسؤولية → مسؤولية)."""
    w = w[1:] if w[:1] in _CONJ and len(w) > 4 else w
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


_DOMESTIC_VICTIMS = {"CVL", "REF", "EDU", "HLH", "MED", "REL", "COP", "LAB", "BUS"}


# Sectors of the state: when they close a road it is a security measure, not a protest.
_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


def _state_closure(an, ev: Event) -> bool:
    """Whether a road blocked (قطع الطريق، أغلق الشوارع) was blocked by the state (police,
    army, government): protesters block roads, the police close them."""
    source = _entity(an, ev.source)
    return (ev.type == "PROTEST" and ev.mode == "block" and source is not None
            and (source.sector in _STATE_SECTORS or _is_country_actor(source)))


def _names_an_act(an, L, W, i: int, prefix: str) -> bool:
    """Whether a verb's verbal noun (الدعم، لدعم، التنسيق، الطلب) names a particular act:
    a light verb brings it (أجرى اتصالا), or it is neither a purpose (لدعم: in order to
    support) nor a bare definite noun (الدعم، الطلب: support or demand in general)
    unless an actor or a country adjective follows it (الرفض الإسرائيلي، دعم كييف)."""
    if _after_light(L, W, i) or any(c.effect == "light" for j in W.cue_indices(i - LIGHT_WINDOW, i)
                                    for c in _cues_at(L, W, j)):
        return True
    p = prefix[1:] if prefix[:1] in _CONJ else prefix
    if not (p.startswith("ل") or p.endswith("ال")):
        return True
    if i + 1 < len(W.toks):
        nxt = W.toks[i + 1]
        start = an.span(nxt.start, nxt.end)[0]
        if _nisba(an, L, nxt.text) or any(s == start or (s < start < e)
                                          for s, e, _ in actors.mentions_between(an, start - 2, start + 60)):
            return not p.startswith("ل") or p.startswith("لل")
    return False


_MARKS = ".،,؛:!؟?\n«»\"“”"
_MARK_RE = re.compile("[" + re.escape(_MARKS) + "]")


def _break_in(an, a: int, b: int) -> bool:
    """Whether one of _MARKS stands in the folded text [a, b): one search in C, where a
    test per mark would cut the gap out and scan it a dozen times."""
    return _MARK_RE.search(an.folded.folded, a, b) is not None


def _break_in_outside_date_asides(an, a: int, b: int) -> bool:
    """_break_in over the folded text [a, b), but for the commas around a day set off by
    them in news style (قتل 17 مدنيا، صباح السبت، في قصف)."""
    if not _break_in(an, a, b):
        return False
    f = an.folded.folded
    pos = a
    for d in an.dates:
        ds, de = an.folded.to_folded(d.start), an.folded.to_folded(d.end)
        if not (ds < b and de > pos and de <= b):
            continue
        closing = de + len(f[de:b]) - len(f[de:b].lstrip())
        if not (closing < b and f[closing] in "،,"):
            continue
        if ds >= pos:       # the whole aside is in the range: its opening comma is no break
            opening = len(f[pos:ds].rstrip()) + pos - 1
            if not (opening >= pos and f[opening] in "،,"):
                continue
            if _break_in(an, pos, opening):
                return True
        pos = closing + 1
    return _break_in(an, pos, b)


def _staged(an, L, W, i: int, etype: str, in_phrase: bool = False) -> bool:
    """Whether a staging verb (اندلعت، خرج، تجمع) or a light verb (قام، نظم) stands a few
    words before the noun at token i in its clause, or a light verb opens a relative
    clause after it: the noun is what happened (اندلعت مظاهرات، خرج آلاف المتظاهرين، قام
    متظاهرون بالاحتجاج، العملية التي شنها الجيش). A verb in a relative clause before the
    noun (الذين تجمعوا) does not stage. Protesters are also staged by what they do as
    its subject (رفع المتظاهرون لافتات، المحتجون رشقوا الشرطة)."""
    if _actor_noun(W.toks[i].text) and (_with_complement(W, i) or _subject_of_act(an, L, W, i, etype)
                                        or _numbered(W, i)):
        return True
    here = W.toks[i].start
    # after a preposition (بعد الهجوم الذي شنه، صلتهم بالهجوم الذي نفذته) the doer named
    # after the noun only identifies a known attack: what stages it must come before
    ahead = range(i + 1, min(i + 4, len(W.toks) - 1)) if not (in_phrase and etype not in TOLD_IN_PASSING) \
        or _repelled(W, i) else ()
    for j in ahead:
        if j <= i + 2 and any(c.effect == "light" for c in _cues_at(L, W, j)):
            return True                         # هجوم شنه مسلحون، عمليات نفذها قراصنة
        if etype in TOLD_IN_PASSING and not _actor_noun(W.toks[i].text) and any(
                c.effect == "stage" and c.type == etype for c in _cues_at(L, W, j)):
            # subject first: الاحتجاجات قد اندلعت
            return not (_in_relative(W, j) or _break_in(an, W.toks[i].end, W.toks[j].start))
        if W.toks[j].text in _RELATIVES:        # العملية التي شنها الجيش
            if any(c.effect == "light" for c in _cues_at(L, W, j + 1)):
                return True
            break
    # a phrase's noun hangs on the clause's verb, which may stand further back (قتل أمس
    # أربعة جنود إثيوبيين في هجوم)
    window = STAGE_WINDOW if not in_phrase else 2 * STAGE_WINDOW
    for j in W.cue_indices(i - window, i, backwards=True):
        if _break_in_outside_date_asides(an, W.toks[j].end, here):
            return False            # (قتل 17 مدنيا، صباح السبت، في قصف: the day is no break)
        if _in_relative(W, j) and etype not in TOLD_IN_PASSING:
            continue
        if _verb_between(L, W, j, i, etype):
            return False                # صدامات وقعت مع الأمن التي كانت تفرق مظاهرة
        if etype not in TOLD_IN_PASSING and (j > 0 and W.toks[j - 1].text in _ABOUT or _purpose(W, j)
                                             or _light_after_preposition(L, W, j)):
            continue                    # المسؤولية عن مقتل ... في هجمات، لشن هجمات، إلى شن هجمات: spoken about or planned
        if _unreal(W, j):
            continue                    # أن يشارك آلاف المتظاهرين، سيخرج المحتجون: hoped or planned
        for c in _cues_at(L, W, j):
            if c.effect == "stage" and c.type == etype:
                return True
            if c.effect == "light" and i - j <= LIGHT_OBJECT_GAP and not _actor_noun(W.toks[i].text) \
                    and not (etype in _PUNCTUAL and _habitual_light(an, W, j)):
                return True             # the light verb's object: شن الجيش هجوما
    return False


# Verbs of standing up to an attack (تصدت القوات لهجوم): what is repelled took place, while
# what is foiled (أحبط) did not (a denial cue).
_REPEL = tuple(fold(w) for w in ("تصدى", "تصدت", "تصدوا", "يتصدى", "تتصدى"))


def _repelled(W, i: int) -> bool:
    """Whether the noun at token i, after لـ, is what a verb of repelling right before it
    stood up to (تصدت القوات لهجوم شنه مسلحون، تصدى الجيش لهجوم): the attack took place, so
    a light verb after the noun (شنه) stages it as when no preposition stands before it; a
    keeper who saves a shot (تصدى الحارس لهجمة) has no one carrying out the attack after it."""
    word = W.toks[i].text
    if not word.startswith("ل"):
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        if W.toks[j].text.lstrip("وف").startswith(_REPEL):
            return True
    return False


def _future_after(an, W, i: int) -> bool:
    """Whether a future verb (سـ + present) follows the noun at token i in its clause
    within a few words: the noun's predicate is what will happen (هجوما بالقنبلة سينفذ)."""
    for j in range(i + 1, min(i + 5, len(W.toks))):
        if _break_in(an, W.toks[j - 1].end, W.toks[j].start):
            return False
        if _future_verb(an, W, j):
            return True
    return False


def _future_verb(an, W, j: int) -> bool:
    """Whether token j reads as a future verb (سيقع، ستدخل، وسينفذ): سـ + a present
    prefix, not a noun (سيارة، سياسة: a feminine ending) nor a name (سيدني)."""
    w = W.toks[j].text.lstrip("وف")
    if not (len(w) > 3 and w[0] == "س" and w[1] in "يتن") or w.endswith(("ه", "ات", "ي")):
        return False
    s, e = an.span(W.toks[j].start, W.toks[j].end)
    return not any(ms < e and s < me for ms, me, _ in actors.mentions_between(an, s - 1, e + 1))


def _unreal(W, j: int) -> bool:
    """Whether the present verb at token j is future or subjunctive (سيخرج، أن يشارك، لن
    ينظم، ليشارك): what is planned, hoped or refused has not happened."""
    w = W.toks[j].text.lstrip("وف")
    if len(w) > 3 and w[0] in "سل" and w[1] in "يتن":
        return True
    return w[:1] in "يتن" and j > 0 and W.toks[j - 1].text.lstrip("وف") in ("ان", "لن", "كي", "لكي")


# Light verbs in the present: with an attack they tell a habit, an aim or a generality
# (تقوم قوات الاحتلال بقصف المنازل), as an attack verb in the present does.
_PRESENT_LIGHT = frozenset(fold(w) for w in "يشن تشن ينفذ تنفذ يقوم تقوم يجري تجري".split())


def _habitual_light(an, W, j: int) -> bool:
    """Whether the light verb at token j is in the present with no لم making it a past and
    no subject opening its sentence before it as in a headline (الجيش يشن هجوما)."""
    w = W.toks[j].text.lstrip("وف")
    w = w[:-2] if w.endswith(("ون", "ان")) and len(w) > 4 else w
    return w in _PRESENT_LIGHT and not _past_negated(W, j) and not _headline(an, W, j)


def _light_after_preposition(L, W, j: int) -> bool:
    """Whether the light verb at token j stands after a preposition: a verbal noun (تلجأ
    إلى شن عمليات، يتمثل في شن ضربات) that names an act resorted to or spoken of, and
    tells none."""
    return j > 0 and W.toks[j - 1].text in _PREPOSITIONS and any(c.effect == "light" for c in _cues_at(L, W, j))


def _purpose(W, j: int) -> bool:
    """Whether the light or staging verb at token j is a verbal noun of purpose (لشن هجمات،
    استعدادا لتنفيذ عملية): what is planned, not what was done."""
    return W.toks[j].text.lstrip("وف")[:1] == "ل"


# Words of purpose: a trigger up to three words after one is the aim of what the clause
# tells, not an act that happened (وصل الوفد بهدف إجراء محادثات، تدخلت من أجل وقف القتال،
# سعيا إلى فرض عقوبات، كي يوقع الاتفاق، تمهيدا لانسحاب القوات). أجل counts only after من,
# since it is also the verb "postponed" (أجل الاجتماع).
_PURPOSE_WORDS = frozenset(fold(w) for w in """بهدف بغية سعيا سعيًا كي لكي تمهيدا استعدادا أملا
بقصد لأجل""".split())
_FOR_THE_SAKE = fold("أجل")
PURPOSE_REACH = 3        # words from a purpose word to the trigger it governs
# Words of "until": what follows has not happened yet (سيستمر الإضراب إلى حين التوصل إلى
# اتفاق، حبسه ريثما يتم التحقيق، لحين رحيل الحكومة، لن نتوقف حتى يرحل النظام). حين counts only
# after إلى (في حين is "whereas", حين alone "when"); حتى only before a verbal noun or a present
# verb: before a past one it tells what did happen next (ما إن خرجوا حتى هاجمتهم قوة).
_UNTIL_WORDS = frozenset(fold(w) for w in "ريثما لحين".split())
_WHEN = fold("حين")
_UNTIL = fold("حتى")
_NOT_YET_AFTER_UNTIL = frozenset(fold(w) for w in "الآن اللحظة الساعة اليوم".split())   # حتى الآن: "so far"


def _aimed_at(an, W, i: int, nominal: bool, form: Form) -> bool:
    """Whether a purpose word (بهدف، من أجل، سعيا، كي) stands at most PURPOSE_REACH words
    before token i, in its phrase: the trigger names an aim. Right after the word it is a
    verbal noun, whatever it looks like (من أجل دعم); further on only a verbal noun or a
    present (subjunctive) verb is aimed at: a past verb starts a clause of its own (من أجل
    ذلك دعا). A preposition between (فاز بهدف لمثله في لقاء: a goal in a match) or a name
    around the word (بان كي مون) ends its reach."""
    reach = PURPOSE_REACH if nominal or form.present else 1
    if W.texts[i][:1] == "ب" and i > 0 and W.texts[i - 1].startswith("ال"):
        # a definite noun closes the aim (من أجل الحرية، من أجل السلام: it takes no genitive);
        # a بـ phrase after it tells how the clause's act was done (حملة من أجل البيئة بدعم
        # من السفارة، سباق من أجل السلام بمشاركة الآلاف), and is no aim
        reach = 1
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        w = W.texts[j]
        if w in _PREPOSITIONS and w != _TO:
            return False
        w = w[1:] if w[:1] in _CONJ and len(w) > 3 else w
        if w in _PURPOSE_WORDS or w in _UNTIL_WORDS \
                or (w == _FOR_THE_SAKE and j > 0 and W.texts[j - 1] in ("من", "ومن")) \
                or (w == _WHEN and j > 0 and W.texts[j - 1] == _TO) \
                or (w == _UNTIL and (nominal or form.present) and W.texts[j + 1] not in _NOT_YET_AFTER_UNTIL):
            return not _break_in(an, W.toks[j].end, W.toks[i].start) \
                and not _inside_name(W, *an.span(W.toks[j].start, W.toks[j].end))
    return False


_TO = fold("إلى")


# A staging word after these prepositions is itself only spoken about (المسؤولة عن مقتل،
# التحقيق في مقتل): it stages nothing.
_ABOUT = frozenset(fold(w) for w in ("عن", "في", "على"))


def _went_off(an, L, W, i: int) -> bool:
    """Whether the bomb or bomber named at token i (سيارة مفخخة، حزام ناسف، انتحاري) is
    told going off: an explosion in its sentence that is neither wanted nor awaited
    (انفجرت، تفجير، فجر نفسه; not ليفجر، قبل أن تنفجر، لتفجيرها, nor in a relative clause
    that only says who the bomber was: الانتحاري الذي فجر نفسه). A car bomb found,
    a belt worn or a bomber sent is no attack yet. Right after an attack noun the word only
    describes that attack (هجوم انتحاري، هجمات انتحارية), whose own rules decide."""
    etype = "ASSAULT"
    if i > 0 and any(f.trigger.type == etype and f.trigger.kind == "noun" and not f.trigger.needs_blast
                     for _, _, forms in L.readings(W.toks[i - 1].text) for f in forms):
        return False
    s_start, s_end = _sentence(an, an.span(W.toks[i].start, W.toks[i].end)[0])
    first = W.index_at(an.folded.to_folded(s_start))
    last = W.index_at(an.folded.to_folded(s_end))
    for k in range(first, min(last, len(W.toks))):
        if k == i or _in_relative(W, k):
            continue                            # خلية الانتحاري الذي فجر نفسه: a bomber known before
        text = W.toks[k].text
        for plen, _, forms in L.readings(text):
            prefix = text[:plen].lstrip("وف")
            for f in forms:
                t = f.trigger
                if t.type != etype or t.mode != "explosives" or t.needs_blast:
                    continue
                if f.present and (prefix or (k > 0 and W.toks[k - 1].text in ("ان", "كي", "لكي"))):
                    continue                    # ليفجر، أن تنفجر: wanted or awaited
                if prefix.startswith("ل"):
                    continue                    # لتفجيرها: a purpose
                return True
    return False


def _verb_between(L, W, j: int, i: int, etype: str) -> bool:
    """Whether a past or present verb of another event type stands between tokens j and i:
    the noun at i is that verb's object (فرقت الشرطة مظاهرة), whatever stands before."""
    for k in range(j + 1, i):
        for plen, _, forms in L.readings(W.toks[k].text):
            if any(f.trigger.kind == "verb" and f.trigger.type != etype and not f.noun
                   and not _nominal_use(W.toks[k].text[:plen], f) for f in forms):
                return True
    return False


_COMPLEMENT_PREPS = frozenset(fold(w) for w in ("على", "ضد"))


def _numbered(W, i: int) -> bool:
    """Whether a figure counts the protesters at token i (3000 متظاهر، 50 ألف متظاهر):
    someone counted them at their protest."""
    k = i - 1
    if k > 0 and fold(W.toks[k].text) in _THOUSANDS:
        k -= 1
    return k >= 0 and W.toks[k].text.isdigit()


_THOUSANDS = frozenset(fold(w) for w in "ألف ألفا آلاف".split())


def _with_complement(W, i: int) -> bool:
    """Whether the participle at token i takes its complement (المحتجين على الغلاء،
    متظاهرين ضد الحكومة): used as a verb, it tells that they protest."""
    return i + 1 < len(W.toks) and W.toks[i + 1].text in _COMPLEMENT_PREPS and _actor_noun(W.toks[i].text)


# Words between a verb and the crowd that is its subject (رشق مئات من المتظاهرين).
_CROWD_WORDS = frozenset(fold(w) for w in """آلاف ألوف مئات عشرات الآلاف المئات العشرات ألف مائة مئة
نحو حوالي حوالى قرابة زهاء من عدد عدة بضع بضعة أكثر حشد حشود جموع الاف ألفا آلاف
ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرين ثلاثين أربعين خمسين مئتي مائتي
شخص شخصا أشخاص""".split())


def _subject_of_act(an, L, W, i: int, etype: str) -> bool:
    """Whether the actor noun at token i (المتظاهرون، مئات المحتجين) is the subject of an
    act verb of `event_cues.tsv` in its clause: just after the verb, crowd words between
    (ورفع المتظاهرون، رشق مئات المحتجين), or before it in the nominative or after إن/أن
    (المتظاهرون رددوا، إن المحتجين أغلقوا). Protesters as object (فرقت الشرطة المتظاهرين)
    or in a relative clause (الذين رفعوا) are no subject."""
    def acts(j: int) -> bool:
        return not _unreal(W, j) and any(c.effect in ("act", "stage") and c.type == etype
                                         for c in _cues_at(L, W, j))

    for j in range(i - 1, max(-1, i - 7), -1):
        if _break_in(an, W.toks[j].end, W.toks[j + 1].start):
            break
        if acts(j):
            return not _in_relative(W, j)
        if not (W.toks[j].text in _CROWD_WORDS or W.toks[j].text.isdigit()):
            break
    word = W.toks[i].text
    prev = W.toks[i - 1].text if i > 0 else ""
    subject = (word.endswith(("ون", "و")) or prev in ("ان", "وان", "فان")       # المتظاهرون، إن المحتجين
               or prev in _CROWD_WORDS or prev.isdigit())                     # نحو 50 متظاهرا
    if not subject:
        return False
    for j in range(i + 1, min(i + 6, len(W.toks))):
        w = W.toks[j].text
        if _break_in(an, W.toks[j - 1].end, W.toks[j].start) or w in _RELATIVES:
            return False
        if acts(j) or _plural_verb(an, w):
            return True
    return False


# Verbs that only carry tense or aspect: the act is the verb after them (كانوا يهتفون).
_AUXILIARIES = frozenset(fold(w) for w in "كانوا ظلوا باتوا أخذوا راحوا بدأوا بدأوا صاروا عادوا".split())


def _speech_plurals(lex) -> frozenset[str]:
    """Plural forms of the speech verbs (قالوا، يقولون، يزعمون): what protesters say is
    no act of theirs."""
    out = set()
    for row in lex.rows("speech_verbs"):
        if row.get("kind") == "speech":
            out.add(fold(row.get("verb")) + "وا")
            if row.get("present"):
                out.add(fold(row.get("present")) + "ون")
    return frozenset(out)


def _plural_verb(an, word: str) -> bool:
    """Whether a word is a plural verb by its ending (رددوا، يهتفون): after a plural subject
    the verb agrees in number, so it is that subject's verb (المتظاهرون رشقوا الشرطة).
    Auxiliaries and speech verbs (قالوا) tell no act."""
    w = word.lstrip("وف")
    if w in _AUXILIARIES or w in an.lexicon.compiled("events:speech_plurals", _speech_plurals):
        return False
    return (len(w) >= 4 and w.endswith("وا")) or (len(w) >= 5 and w[0] in "يت" and w.endswith("ون"))


# إذ in news mostly explains what happened by what happened with it (فرقت الشرطة
# التجمع إذ احتشد آلاف المتظاهرين): the clause it opens is news too.
_EXPLAINING = frozenset({fold("إذ"), fold("حيث")})


def _subordinate(an, W, i: int, relatives: bool = True) -> bool:
    """Whether a relative pronoun (unless `relatives` is false) or a subordinating
    conjunction stands before token i in its sentence (the main clause comes first in a
    news sentence)."""
    s_start, _ = _sentence(an, an.span(W.toks[i].start, W.toks[i].end)[0])
    first = W.index_at(an.folded.to_folded(s_start))
    texts = W.texts[first:i]
    words = _SUBORDINATORS if relatives else _SUBORDINATORS - _RELATIVES - _EXPLAINING
    if not (words.isdisjoint(texts) and words.isdisjoint(map(str.lstrip, texts, repeat("و")))):
        return True                 # set tests in C rather than a test per word in Python
    return any(texts[k - 1].lstrip("و") in ("بعد", "قبل")                        # بعد أن
               for k in range(1, len(texts)) if texts[k] == "ان")


# Acts that happen at once (unlike a protest or a sit-in, which lasts: يعتصم الآلاف).
_PUNCTUAL = {"ASSAULT"}
# Verbs of perception: the present after them tells what was seen happening (شاهد مسلحين
# يطلقون النار).
_PERCEPTION = frozenset(fold(w) for w in "شاهد شاهدت شاهدوا رأى رأت رأوا رأيت رأينا سمع سمعت شهد".split())


# Prepositions that govern a noun phrase (not نحو of a figure, nor خلال، بعد of a time).
_GOVERNING = frozenset(fold(w) for w in "عن من على مع إلى ضد".split())


def _describes_object(an, W, i: int) -> bool:
    """Whether the past verb at token i opens an adjectival clause: it follows an
    indefinite noun (with its adjectives) that a preposition governs (أفرجوا عن سائحتين
    يابانيتين اختطفتا، لرجل قتل بعد تعذيبه). Arabic needs no relative pronoun after an
    indefinite noun: the clause describes that noun, and the news is elsewhere. Without a
    preposition the same holds when the verb carries a pronoun standing for the noun and
    has its own subject after it (إطلاق سفينة يونانية خطفها القراصنة): the noun is then
    no subject, so the clause can only describe it."""
    if _resumes_noun_before(an, W, i):
        return True
    k = i - 1
    words = 0
    while k >= 0 and words < 3:
        w = W.toks[k].text
        if _break_in(an, W.toks[k].end, W.toks[k + 1].start):
            return False
        if w in _PREPOSITIONS:
            return words > 0 and w in _GOVERNING
        if w.lstrip("وف").startswith(("ال", "بال", "لل", "بين")) or w.isdigit() or w in _BEFORE_VERB \
                or w in _THAT_PRONOUNS or w in _COMPLEMENTIZERS:
            return False
        words += 1
        if w.lstrip("وف")[:1] == "ل" and len(w.lstrip("وف")) > 3:
            return True                 # لرجل قتل
        k -= 1
    return False


_OBJECT_ENDINGS = ("ه", "ها", "هم", "هما")


def _resumes_noun_before(an, W, i: int) -> bool:
    """Whether the past verb at token i, with an object pronoun, stands right after an
    indefinite word and right before an actor that is its subject (سفينة خطفها القراصنة،
    عسكريين ماليين خطفهم مقاتلو الطوارق)."""
    word = W.toks[i].text.lstrip("وف")
    if i == 0 or not word.endswith(_OBJECT_ENDINGS) or W.toks[i].text != word:
        return False                    # وخطفها: a new clause joined by و
    prev = W.toks[i - 1].text
    if _break_in(an, W.toks[i - 1].end, W.toks[i].start) \
            or len(prev) <= 2 or prev.lstrip("وف") in ("كان", "كانت", "كانوا") \
            or prev.lstrip("وف").startswith(("ال", "بال", "لل")) or prev.isdigit() \
            or prev in _PREPOSITIONS or prev in _BEFORE_VERB or prev in _THAT_PRONOUNS or prev in _COMPLEMENTIZERS:
        return False
    if i + 1 >= len(W.toks) or _break_in(an, W.toks[i].end, W.toks[i + 1].start):
        return False
    # the subject: a definite noun that is no time word (القراصنة, not الأسبوع الماضي), or a
    # plural in construct (مقاتلو الطوارق)
    nxt = W.toks[i + 1].text
    return (nxt.startswith("ال") and nxt not in _TIME_WORDS and len(nxt) > 4) or (nxt.endswith("و") and len(nxt) > 4)


_TIME_WORDS = frozenset(fold(w) for w in """اليوم الليلة الأسبوع الاسبوع الشهر العام السنة الخميس الجمعة
السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الماضي الماضية الأول الاول""".split())


def _past_negated(W, i: int) -> bool:
    """Whether لم or لما stands before the present form at token i: a past (لم تقصف)."""
    return any(W.toks[j].text.lstrip("وف") in ("لم", "لما") for j in range(max(0, i - 2), i))


def _headline(an, W, i: int) -> bool:
    """Whether the present verb at token i comes right after its subject opening the
    sentence (الجيش التركي يقصف مواقع ...): the news present of a headline or a lead."""
    start = an.span(W.toks[i].start, W.toks[i].end)[0]
    s_start, _ = _sentence(an, start)
    head = len(an.text) - len(an.text[s_start:].lstrip()) if an.text[s_start:].strip() else s_start
    return any(ms == head and not an.text[me:start].strip()
               for ms, me, _ in actors.mentions_between(an, s_start, start))


def _seen(W, i: int) -> bool:
    """Whether a perception verb stands a few words before token i (شاهد مسلحين يطلقون)."""
    return any(W.toks[j].text.lstrip("وف") in _PERCEPTION for j in range(max(0, i - 4), i))


def _subjunctive(W, i: int, prefix: str, form: Form) -> bool:
    """Whether a present verb is subjunctive: after أن or كي, or with the لـ of purpose
    (أن يفجر، ليفجر نفسه): wanted, feared or planned, not told as done."""
    if not form.present:
        return False
    p = prefix[1:] if prefix[:1] in _CONJ else prefix
    return p == "ل" or (i > 0 and W.toks[i - 1].text in ("ان", "كي", "لكي"))


def _actor_noun(word: str) -> bool:
    """Whether a trigger word names the actors (المتظاهرون، محتجين، معتصم), a participle:
    a light verb before it is their verb, whose act follows (قام المتظاهرون بإزاحة ...)."""
    w = word[2:] if word.startswith("ال") else word.lstrip("وفبل")
    w = w[2:] if w.startswith("ال") else w
    return w[:1] == "م" and not w.endswith(("ه", "ات"))


def _in_phrase(W, i: int, prefix: str) -> bool:
    """Whether the noun at token i stands after a preposition (في هجوم، بالهجوم، عن هجوم):
    what happened is told by the verb the phrase depends on, not by the noun."""
    p = prefix[1:] if prefix[:1] in _CONJ else prefix
    return p[:1] in ("ب", "ل", "ك") or (i > 0 and W.toks[i - 1].text in _PREPOSITIONS)


_DEMONSTRATIVES = frozenset(fold(w) for w in "هذا هذه هذين هاتين هؤلاء ذلك تلك أولئك".split())


def _referred_back(W, i: int) -> bool:
    """Whether a relative pronoun follows the noun (الهجوم الذي وقع أمس، الهجوم الانتحاري
    الذي): the act is one already known that the sentence says something about."""
    return any(W.toks[j].text in _RELATIVES for j in range(i + 1, min(i + 3, len(W.toks))))


def _in_relative(W, i: int) -> bool:
    """Whether the verb at token i opens a relative clause (الذين هتفوا، التي قد وقعت)."""
    prev = [W.toks[j].text for j in range(max(0, i - 2), i)]
    return bool(prev) and (prev[-1] in _RELATIVES or (len(prev) == 2 and prev[0] in _RELATIVES
                                                        and prev[1] in ("قد", "كان", "كانت", "كانوا")))


def _after_construct_head(an, L, W, i: int) -> bool:
    """Whether a bare past form (قتل، خطف) right after an indefinite noun is the second
    term of a construct, a verbal noun (عملية خطف، جرائم قتل، تهم قتل): the head of a
    construct has no ال, and a feminine or plural ending (ـة، ـات) or a reference word
    says it is a noun. A definite word before the verb is its subject (الجيش قتل). A verb
    with a person ending (أطلقت، قتلوا) is never a verbal noun (دبابات أميركية أطلقت نيرانها)."""
    if i == 0 or _break_in(an, W.toks[i - 1].end, W.toks[i].start):
        return False
    if not any(stem == f.trigger.key for _, stem, forms in L.readings(W.toks[i].text) for f in forms):
        return False
    prev = W.toks[i - 1]
    if prev.text in _THAT_PRONOUNS or prev.text.startswith(("ال", "وال", "بال", "لل")):
        return False
    if any(c.effect == "reference" for c in _cues_at(L, W, i - 1)):
        return True
    ps, pe = an.span(prev.start, prev.end)
    original = an.text[ps:pe].rstrip("\u064b-\u065f")
    return original.endswith("ة") or (len(prev.text) >= 4 and original.endswith("ات"))   # قصة خطف; مات قتل is no construct


def _inside_name(W: _Words, start: int, end: int) -> bool:
    """Is the word at [start, end) part of a person's or organisation's name (تحالف دعم
    الشرعية، حزب العدالة والتنمية)? Such a word names, it reports nothing."""
    # only a name starting at most 120 characters before the word (and at or before it)
    # and ending at most 120 after it counts: walk back from the last mention starting
    # there, over the article's mention index itself (a few mentions stand in those 120
    # characters; a list of the names alone would cost more to build than the walk saves)
    mentions, starts = actors._indexed(W.an)
    k = bisect_right(starts, start)
    lo = max(0, start - 120)
    while k > 0:
        k -= 1
        s, e, ent = mentions[k]
        if s < lo:
            break
        if end <= e <= end + 120 and e - s > end - start and ent.type in _NAME_TYPES:
            return True
    return False


_NAME_TYPES = ("PER", "ORG")    # the events stage adds GROUP actors only, never a name


def _in_noun_list(L, W, i: int, plen: int, form: Form) -> bool:
    """Whether a bare past form (قتل، خطف) is one of a list of verbal nouns joined by و:
    after a verbal noun (اغتيال وقتل، جرائم ضد الإنسانية وقتل) or right before another
    one (قتل وذبح وخطف، قتل واغتصاب): crimes named, not a verb with its subject."""
    text = W.toks[i].text
    if not _spelt_like_its_verbal_noun(form.trigger.key):
        return False                        # وأدان ...، ودعا إلى: دعا is never a noun
    if plen == 1 and text[0] == "و" and i > 0 and _nominal_reading(L, W.toks[i - 1].text):
        return True
    if (plen == 0 or text[:plen] == "و") and i + 1 < len(W.toks) and W.toks[i + 1].text[:1] == "و":
        nxt = W.toks[i + 1].text
        if any(c.effect == "blocked" for c in L.cues.get(nxt, ())):
            return False                    # انتقدت وزارة: a ministry, not و + a second verb
        return any(plen2 == 1 and (f.noun or f.trigger.kind == "noun" or not f.present)
                   for plen2, _, forms in L.readings(nxt) for f in forms) and not any(
            f.present for _, _, forms in L.readings(nxt) for f in forms)
    return False


def _spelt_like_its_verbal_noun(past: str) -> bool:
    """Whether a verb (its trigger word: the past, masculine, folded) is written like its
    own verbal noun when unvowelled: a sound verb of three letters (قتل/قَتْل، خطف، قصف)
    or one of the patterns تفعّل and تفاعل (تدخل، تظاهر، تفاوض). Other verbs have verbal
    nouns of other shapes (دعا/دعوة، أدان/إدانة، هاجم/هجوم، اعتقل/اعتقال): their forms
    are verbs only."""
    if len(past) == 3:
        return past[-1] not in "اى"
    return past[:1] == "ت" and (len(past) == 4 or len(past) == 5 and past[2] == "ا")


def _nominal_reading(L, word: str) -> bool:
    """Whether a word reads as a verbal noun of the lexicon (اغتيال، الاعتقال، تعذيب)."""
    return any(f.noun or f.trigger.kind == "noun" or _nominal_use(word[:plen], f)
               for plen, _, forms in L.readings(word) for f in forms)


def _after_light(L, W, i: int) -> bool:
    """A bare verb form right after a light verb is its verbal noun (تواصل دعم، شن قصفا)."""
    return i > 0 and any(c.effect == "light" for c in _cues_at(L, W, i - 1))


def _nominal_use(prefix: str, form: Form) -> bool:
    """A verb entry read as its verbal noun: القتل، بقتل، للقتل (never a past verb)."""
    if form.present:
        return False
    p = prefix.lstrip("وف") if prefix[:1] in "وف" else prefix
    return p.endswith("ال") or p.startswith(("ب", "ك", "ل"))


# A verbal noun right after these acts is what is demanded, threatened, refused or
# promised, not something that happened (دعا إلى فرض حظر، هدد بقصف).
_CONTENT_OF = {"REQUEST", "THREATEN", "REJECT", "AGREE", "SUPPORT", "ACCUSE"}


def _is_content(an, W, i: int, events: list[Event]) -> bool:
    """Whether token i is what the event just before it demands, refuses, threatens or
    promises (دعا إلى فرض حظر، رفضه فرض حظر): a few words on, with no break between."""
    if not events:
        return False
    prev = events[-1]
    if prev.type not in _CONTENT_OF:
        return False
    here = an.span(W.toks[i].start, W.toks[i].end)[0]
    if not 0 <= here - prev.end < 60:
        return False
    between = an.text[prev.end:here]
    if "ان" in fold(between).split():
        return False                      # نفت أن ...: a that-clause, negated by the denial instead
    return len(between.split()) <= 6 and not any(ch in between for ch in ".،,؛:«“\"")


def _joined_verb(word: str, plen: int, form: Form) -> bool:
    """A verb joined by و/ف that no reader takes for a verbal noun ("أدان الهجوم ودعا إلى"،
    "رفض القرار ويطالب بـ"): a new act of the same subject, not what the act before it is about."""
    return (plen > 0 and word[:1] in _CONJ and form.trigger.kind == "verb" and not form.noun
            and not form.participle and (form.present or not _spelt_like_its_verbal_noun(form.trigger.key)))


def _reports(an, L, W, i: int, events: list[Event]) -> bool:
    """Whether the verbal noun at token i reports an act rather than naming one: a light
    verb brings it (شن هجوما), or its sentence has an anchor (a time, a toll, a crowd),
    and no reference word (قضية، منذ) or demanding verb stands just before it."""
    s_start, s_end = _sentence(an, an.span(W.toks[i].start, W.toks[i].end)[0])
    first = W.index_at(an.folded.to_folded(s_start))
    last = W.index_at(an.folded.to_folded(s_end))
    punctual = any(f.trigger.type in _PUNCTUAL for _, _, forms in L.readings(W.toks[i].text) for f in forms)
    for j in W.cue_indices(max(first, i - 2), i):
        if any(c.effect == "reference" for c in _cues_at(L, W, j)):
            return False
    for j in W.cue_indices(max(first, i - LIGHT_WINDOW), min(i + 4, last)):
        if j != i and any(c.effect == "light" for c in _cues_at(L, W, j)) and not _purpose(W, j) \
                and not _light_after_preposition(L, W, j) and not (punctual and _habitual_light(an, W, j)):
            return True                     # شن الجيش هجوما، ضربة جوية نفذها الجيش
    if any(s_start <= d.start < s_end and (d.value or d.period) for d in an.dates):
        return True
    if i + 1 < last and _count_word(W.texts[i + 1]) and not any(
            f.trigger.type in SCENE_TYPES for _, _, forms in L.readings(W.toks[i].text) for f in forms):
        # اعتقال 12 متظاهرا، ترحيل خمسة أشخاص: counted, so done (attacks and protests have
        # their own anchors, tolls and crowds, and a count after them is often a plan's)
        return True
    return any(c.effect == "anchor" for j in W.cue_indices(first, last) for c in _cues_at(L, W, j)
               if j != i)


# Cardinal numbers written as words (folded, masculine and feminine), for counted objects.
_COUNT_WORDS = frozenset(fold(w) for w in """اثنين اثنان ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع
ثمانية ثماني تسعة تسع عشرة عشر عشرين عشرون ثلاثين أربعين خمسين مئة مائة مئات عشرات""".split())


def _count_word(word: str) -> bool:
    """Is ``word`` (folded) a number in digits or a cardinal in words?"""
    return word[:1].isdigit() or word in _COUNT_WORDS


def _after_reference(an, L, W, i: int) -> bool:
    """Whether a reference cue (قضية، عرقلة، إمكانية) stands right before the verbal noun at
    token i, or one preposition before it (الحديث عن مفاوضات), in its phrase: the act is
    spoken of, charged or weighed, not told. Verbal nouns of attacks and the other anchored
    types ask it in _reports; protests have their own staging rules (أعمال شغب is a riot)."""
    lo = i - 2 if i >= 2 and W.texts[i - 1] in _PREPOSITIONS else i - 1
    return any(c.effect == "reference" and not _break_in(an, W.toks[j].end, W.toks[i].start)
               for j in W.cue_indices(max(0, lo), i) for c in _cues_at(L, W, j))


def _crowd_done_to(L, W, i: int, etype: str) -> bool:
    """Whether the protesters at token i, with the figures or crowd words counting them,
    are what another act is done to: the object of a verb or verbal noun of another type
    just before (قتلت الشرطة 8 متظاهرين، إصابة عشرات المتظاهرين، إبعاد 300 متظاهر) or
    the subject of an attack verb right after them (12 متظاهرا قتلوا): victims, not a protest."""
    k = i - 1
    while k >= 0 and (W.toks[k].text in _CROWD_WORDS or W.toks[k].text.isdigit()
                      or W.toks[k].text in ("الى", "و")):
        k -= 1
    if 0 <= k < i - 1:
        cues = _cues_at(L, W, k)
        if not any(c.effect in ("act", "stage", "light") and c.type in (etype, None) for c in cues) and (
                _other_act(L, W, k, etype) or any(c.effect == "stage" and c.type != etype for c in cues)):
            return True
    for j in range(i + 1, min(i + 3, len(W.toks))):
        if any(f.trigger.type == "ASSAULT" and f.trigger.kind == "verb" and not f.noun and not f.present
               and plen == 0 for plen, _, forms in L.readings(W.toks[j].text) for f in forms):
            return True                 # 12 متظاهرا قتلوا (not a slogan: يسقط)
    return False


def _other_act(L, W, k: int, etype: str) -> bool:
    """Whether token k reads as a trigger of another type than ``etype``."""
    return any(f.trigger.type != etype for _, _, forms in L.readings(W.toks[k].text) for f in forms)


def _counted(W: _Words, i: int, crowd: frozenset[str]) -> bool:
    """Whether a crowd word or a number counts the noun at token i, right before it or
    before a partitive من (آلاف المتظاهرين، 300 متظاهر، 60 شخصا من المحتجين). عدد
    counts only as a partitive (عدد من المتظاهرين): عدد المتظاهرين is the number of
    protesters told of before, whose protest is not told here."""
    k = i - 1
    if k >= 0 and W.toks[k].text.lstrip("وفب") == "عدد":
        return False
    if k > 0 and W.toks[k].text == "من":
        k -= 1
    return k >= 0 and (W.has_any(k - 1, k + 1, crowd) or any(W.toks[j].text.isdigit()
                                                              for j in range(max(0, k - 1), k + 1)))


def _match(L: EventLexicon, W: _Words, i: int) -> tuple[Form, int, int] | None:
    """The first lexicon form token i reads as whose conditions hold: (form, prefix
    length, index of the trigger's last word)."""
    text = W.toks[i].text
    readings = L.readings(text)
    if not readings or text in L.blocked:
        return None
    if i > 0 and (W.texts[i - 1], text) in L.blocked_pairs:
        return None                         # إلى اللقاء: goodbye, not a meeting
    for plen, stem, forms in readings:
        for form in forms:
            t = form.trigger
            if t.kind == "noun" and text[:plen].endswith("س") and not text[:plen].endswith("ال"):
                continue                                  # سـ stands before verbs only
            last = i
            if t.rest:
                # where a preposition names the target (قطع العلاقات مع، سحب السفير من), a
                # pronoun on the trigger's noun is the subject's own: سحبت سفيرها، قطعت علاقاتها
                last = W.follow(i, t.rest, WITH_WINDOW, possessed=bool(t.targets - {"obj"}))
                if last is None:
                    continue
            if t.with_words and not W.has_any(last + 1, last + 1 + WITH_WINDOW, t.with_words) \
                    and not W.has_any_past_names(last + 1, WITH_WINDOW, t.with_words):
                continue
            if t.not_with and (W.has_any(i - 3, i, t.not_with) or W.has_any(i + 1, i + 3, t.not_with)):
                continue
            if t.after_words and not (_counted(W, i, t.after_words) or _with_complement(W, i)):
                continue
            if t.type in STAGED_TYPES and _actor_noun(text) and _crowd_done_to(L, W, i, t.type):
                continue
            return form, plen, last
        return None          # the word is a trigger form whose conditions failed: no other reading
    return None


def _event(an, L: EventLexicon, W: _Words, i: int, form: Form, plen: int, last: int,
           events: list[Event], nominal: bool = False) -> Event | None:
    t = form.trigger
    tok = W.toks[i]
    fs, fe = tok.start + plen, W.toks[last].end
    start, end = an.span(fs, fe)
    c_start, c_end = _clause(an, start, end)
    first_tok = W.index_at(an.folded.to_folded(c_start))
    etype = t.type
    # retype cues in the clause (هاجم بشدة → ACCUSE), for the few triggers they apply to
    for j in W.cue_indices(first_tok, W.index_at(an.folded.to_folded(c_end))) if t.key in L.retyped else ():
        for cue in _cues_at(L, W, j):
            if cue.effect == "retype" and t.key in cue.applies_to and cue.type:
                etype = cue.type
    ev = Event(type=etype, start=start, end=end, mode=t.mode, cameo=t.cameo,
               trigger=an.text[start:end], rule=t.rule)
    _polarity(an, L, W, i, form, plen, first_tok, ev)
    if t.needs_negation and not ev.negated:
        return None
    if etype == "REJECT" and W.has_any(last + 1, last + 4, _OWN_NAME) \
            or etype == "REQUEST" and last + 1 < len(W.toks) and W.toks[last + 1].text == "عدم" \
            and W.has_any(last + 2, last + 5, _OWN_NAME):
        # رفض الكشف عن اسمه، طالبا عدم الكشف عن اسمه: an anonymous source, who refuses or
        # asks nothing of anyone
        return None
    if t.object_first and _charged(an, W, i, plen, last):
        return None         # دبلوماسيا متهما بالتخطيط لهجوم: the accused, who accuses no one
    if etype in SCENE_TYPES and ev.modality is not None:
        return None         # an attack or protest that may, might or will happen has not happened
    if etype == "CONSULT" and _in_game(an, L, W, start):
        return None         # تلتقي كرواتيا مع الدنمارك في دور الستة عشر: a match, not a meeting
    if etype == "ASSAULT" and t.firing and _into_the_air(W, i):
        return None         # أطلقت الشرطة النار في الهواء: warning shots or celebration, no one hit

    source = target = None
    agent = _agent(an, L, W, i, c_end)
    if agent is None and t.kind == "verb":
        agent = _verbal_noun_agent(an, W, i, plen, c_end)
    if agent is not None:
        source = agent
    implicit = None
    verbal = t.kind == "verb" and (not nominal or form.participle)
    stem = W.toks[i].text[plen:]
    if form.present and stem[:1] == "ن" and "obj" in t.targets:
        # نطالب، أدعو: the speaker acts; the actor after the verb is its object
        after = [a for a in _actors_in(an, end, c_end) if not a[4]]
        implicit = after[0][2] if after and after[0][3] <= SUBJECT_GAP else None
        if implicit is None:
            source = source or _speaker_at(an, start)
    elif verbal:
        prev = events[-1] if events else None
        joined = (prev is not None and prev.source is not None and prev.end <= start
                  and _sentence(an, prev.start) == _sentence(an, start))
        implicit = _implicit_subject(an, W, i, plen, end, c_end, t, joined, form.present)
        if implicit is not None and joined:
            source = _entity(an, prev.source)
        elif implicit is not None and _may_be_its_subject(an, W, i, plen, form, implicit) \
                and _antecedent(an, start, events, _verb_gender(W.toks[i].text, plen, form.present)) is None:
            implicit = None     # "وطالبت المعارضة بـ" with no one before it: the actor is the subject
    if implicit is not None:
        target = implicit                          # وحث موسكو على: موسكو is the object
    elif verbal:
        # an actor before an earlier trigger of the clause is that trigger's (الهجوم استهدف)
        lo = max([c_start] + [ev.end for ev in events[-1:] if c_start <= ev.end <= start])
        lo = max(lo, _that_clause_start(an, W, i, lo))
        owner = _subject_said_before(an, W, i)
        # a several-word trigger may hold its subject inside (ألقت الشرطة القبض، استدعت الخارجية السفير)
        head_end = an.span(tok.start + plen, tok.end)[1]
        # a participle (متحدثا، مطالبا) acts with the subject of its sentence: actors after it are objects
        source, target = _verb_actors(an, t, etype, start, head_end, lo, c_end, source,
                                      owner is not False or form.participle)
        if source is None and owner not in (None, False) and owner is not target:
            source = owner              # (not the victims of a passive: فرنسيان قتلوا داخل الفندق)
        if _subject_after_glued_object(an, L, W, i, plen, start, head_end, c_end, source, target):
            source, target = target, source
        prev = events[-1] if events else None
        if source is not None and prev is not None and prev.target == source.id and prev.source \
                and prev.end <= start and _joined_verb(W.toks[i].text, plen, form) \
                and _sentence(an, prev.start) == _sentence(an, start) \
                and _glued_pronoun(an, L, W, i, plen) is not None:
            # اعتقلت الشرطة فلانا واتهمته: a verb joined to the act before it, its object a
            # pronoun for that act's object, goes on with that act's doer; the one it was
            # done to, named in between, is not the subject
            source = _entity(an, prev.source)
            target = target if target is not source else None
        head = _relative_subject(an, L, W, i, plen)
        if head is not None and source is not None and source is not head and target is None \
                and "obj" in t.targets and not _act_object_after(an, source, c_end):
            # "ألباريس، الذي يزور الرباط": the relative pronoun is the verb's subject, so
            # the actor after the verb is its object; an actor before the head is neither
            # (التقى الوزير ممثلين عن المعارضة التي ترفض الاتفاق)
            after_verb = any(end <= m.start < c_end for m in source.mentions)
            source, target = head, (source if after_verb else None)
    else:
        source, target = _noun_actors(an, L, W, t, i, start, end, c_start, c_end, source, events)
        if etype in _PASSIVE_PRONE:
            undergoer = _undergoer(an, W, i, c_start, start)
            if undergoer is not None and (target is None or target.type == "LOC"):
                # تعرضت دورية للجيش لهجوم من مسلحين: who came under it is the target, and the
                # actor after من is who attacked
                target = undergoer
                if source is None or source is undergoer:
                    found = _actors_in(an, end, c_end)
                    source = found[0][2] if found and found[0][3] == 1 \
                        and fold(an.text[end:found[0][0]]).split() == ["من"] else None
    if target is None and t.targets - {"obj"}:
        # the preposition may stand inside a several-word trigger (متحدثا إلى جانب X)
        prep_from = an.span(tok.start + plen, tok.end)[1] if t.rest else end
        target = _prep_actor(an, W, t.targets - {"obj"}, prep_from, c_end, exclude=source)
    if target is None and source is not None and _WITH in t.targets:
        target = _partner_joined_to(an, source, start, c_end)
    if target is None and "obj" in t.targets:
        target = _pronoun_object(an, W, last, start, source)
    if target is None and verbal and "obj" in t.targets:
        target = _glued_object(an, L, W, i, plen, start, source, events)
    # an event told in a quote is the speaker's when the clause names no one doing it
    qi = _quote_index(an, start)
    if qi is not None:
        ev.quote = qi
        speaker = _entity(an, an.quotes[qi].speaker)
        if source is None and verbal and etype not in _NO_IMPLICIT \
                and (implicit is not None or form.participle
                     or (_subject_left_out(an, W, last) and not _noun_before(an, W, i))) \
                and not (speaker is not None and speaker.number == "sg" and _third_plural(W.toks[last].text)):
            # (not a "they" that a single speaker tells of: "أعتقد أنهم لا يلتزمون بالاتفاق")
            source = speaker
    if source is None and form.participle and an.text[:start].rstrip().endswith(("،", ",")) \
            and not _said_or_done_in_sentence(an, start, events):
        # a participle set off by a comma closes its sentence's main clause (..., مطالبا);
        # after an act or a quote in the sentence the implicit subject rules below decide
        source = _sentence_subject(an, start)
    if source is None and verbal:
        source = _relative_head(an, W, i) or _shared_subject(
            an, W, i, plen, start, events, _verb_gender(W.toks[i].text, plen, form.present))
    if source is None and verbal and etype not in _NO_IMPLICIT and qi is None \
            and (implicit is not None or form.participle
                 or (_subject_left_out(an, W, last) and not _noun_before(an, W, i))):
        source = _antecedent(an, start, events, _verb_gender(W.toks[i].text, plen, form.present))
    place = None
    if etype in ("ASSAULT", "PROTEST"):
        place = _place_in(an, end, c_end) or _place_in(an, c_end, _sentence_end(an, end))
        if place is None and etype == "PROTEST":
            # a protest's place may open its sentence (وفي ميدان التحرير، تظاهر ...)
            place = _place_before(an, _sentence(an, start)[0], start)
        if place is None and etype == "ASSAULT" and target is None:
            # so may an attack's (وفي بغداد، قال مصدر إن خمسة أشخاص قتلوا ...)
            place = _opening_place(an, _sentence(an, start)[0], start)
        if place is not None and place is not source:
            ev.location = place.id
            target = target or place       # a bombing in Baghdad is done to Iraq
    if etype == "ASSAULT" and t.key in _VERBAL_ATTACKS and verbal and _civil_office(an, source):
        # هاجم الرئيس التركي الاتحاد الأوروبي، هاجم الوزير الصحيفة: a minister or a president
        # who attacks, as the verb's subject, attacks in words (an offensive he leads is
        # told with the noun: يواصل الأسد الهجوم على درعا)
        etype = ev.type = "ACCUSE"
    if etype == "ASSAULT" and source is not None and source.type == "LOC" and not _is_country_actor(source):
        # قتل جندي في إقليم ماردين، غارات على مدينة دوما: a town or a region is where an
        # attack happened or what it hit, never who attacked (a country or a capital may
        # stand for its government and attack)
        target = target or source
        source = None
    if source is not None and source.type == "LOC" and _called_the_capital(an, source, *_sentence(an, start)):
        # في هجومين بالعاصمة الأفغانية كابول، اعتقالهم في العاصمة طرابلس: a capital called
        # one is the city where it happened, not the government it may stand for
        if etype == "ASSAULT":
            target = target or source
        source = None
    if target is not None and source is not None and target.id == source.id:
        target = None
    if t.needs_target and target is None:
        return None
    if source is None and verbal and etype in _STANCES and _in_relative(W, i):
        # المستبدين الذين يرفضون الإصغاء، الجهات التي عارضت الاتفاق: a relative clause with
        # no actor as its head or subject describes the noun before it; it tells no one's act
        return None
    ev.source = source.id if source is not None else None
    ev.target = target.id if target is not None else None
    ev.date = _date_of(an, start)
    return ev


# ------------------------------------------------------------------ actors

# Stances: an opinion held, which a relative clause may ascribe to a noun that is no actor.
_STANCES = frozenset({"REJECT", "SUPPORT", "ACCUSE"})
# One's own name or identity: what an anonymous source declines to give (رفض الكشف عن اسمه).
_OWN_NAME = frozenset(fold(w) for w in "اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم".split())

# Attack verbs that tell an attack in words when a civilian office-holder does it.
_VERBAL_ATTACKS = frozenset({"هاجم"})
# Sectors of offices whose holders fight with words (titles.tsv): government, parliament,
# parties, courts, clergy, international bodies, media, business, education.
_CIVIL_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD", "REL", "IGO", "MED", "BUS", "EDU"})
# Bodies that attack only in words: a government, a ministry, a parliament, a party, a court,
# a newspaper, a firm. Not an alliance or an opposition, which may fight (طائرات الناتو، المعارضة المسلحة).
_CIVIL_BODY_SECTORS = _CIVIL_SECTORS - {"IGO"} | {"NGO"}


def _civil_office(an, ent) -> bool:
    """Whether the actor is a person or an office of civilian government or public life
    (الرئيس، وزير الخارجية، النائب), by the sector of its title (not a commander, whose
    attack may be armed). A person named without any title is one too: news names the
    one who attacks by force by what he is (مسلح، انتحاري، قائد), while a named singer, player
    or candidate who هاجم someone attacks in words (هاجم مارادونا المدرب)."""
    if ent is not None and ent.type == "PER" and not ent.role and not ent.title:
        return True
    if ent is not None and ent.type in ("GROUP", "ORG") and ent.sector in _CIVIL_BODY_SECTORS:
        return True         # هاجمت الحكومة الإيرانية ماكرون، هاجم الحزب الوزير: in words
    if ent is None or ent.type not in ("PER", "ROLE") or not ent.role:
        return False
    sectors = an.lexicon.compiled("events:title_sectors", _title_sectors)
    return sectors.get(ent.role) in _CIVIL_SECTORS


def _title_sectors(lex) -> dict[str, str]:
    return {row["role"]: row["sector"] for row in lex.rows("titles") if row.get("sector")}


NISBA_WINDOW = 4         # words around a trigger searched for "noun + country adjective"
# and this many more after it for a counted one, which stands after a subject and a time as
# often as right after the verb (اعتقلت السلطات السعودية أمس ثلاثة مواطنين يمنيين)
COUNTED_REACH = 3


def _clitic_length(word: str) -> int:
    """Letters of و ف ب ل ك glued before a word that starts with ال (وبالعاصمة، للعاصمة):
    a mention's span leaves them out."""
    n = 1 if word[:1] in _CONJ and len(word) > 4 else 0
    if word[n:n + 1] in ("ب", "ك", "ل") and (word[n + 1:n + 3] == "ال" or word[n:n + 2] == "لل"):
        n += 1
    return n if word[n:n + 2] == "ال" or word[n:n + 1] == "ل" and n else 0


def _nisba(an, L: EventLexicon, word: str) -> str | None:
    got = L.word_nisba.get(word, "")
    if got == "":
        got = L.word_nisba[word] = actors.nisba_code(an, word)
    return got


# Nouns of sponsorship and presence after بـ: a country adjective after them names who
# sponsored, mediated or attended (بوساطة مصرية، برعاية أممية، بحضور أمريكي), not an actor
# of the act told.
_SPONSOR_NOUNS = frozenset(fold(w) for w in """رعاية وساطة إشراف حضور مشاركة مبادرة دعوة
تنظيم استضافة""".split())


def _sponsor_head(word: str) -> bool:
    """Is the word بـ + a noun of sponsorship (برعاية، وبوساطة)?"""
    w = word[1:] if word[:1] in _CONJ and len(word) > 4 else word
    return w[:1] == "ب" and w[1:] in _SPONSOR_NOUNS


# Words before a country adjective that are not its noun: the adjective stands alone
# (خطفوا أمس أميركيا، اثنان منهم أميركيان).
_NO_HEAD = frozenset(fold(w) for w in """أمس اليوم غدا الليلة صباح مساء فجر ظهر منهم منها بينهم
بينها فيهم لهم عليهم ومنهم وبينهم""".split())


# Things, not actors, that a country adjective often follows: money, markets, languages,
# issues and laws (دعم الليرة التركية، الأزمة الليبية). Land keeps its country: shelling
# "الأراضي اللبنانية" targets Lebanon.
_NOT_ACTORS = frozenset(fold(w) for w in """الليرة ليرة الدولار دولار الجنيه جنيه الريال ريال الدينار
دينار الدرهم درهم اليورو الروبل الروبية اليوان الين العملة عملة الاقتصاد اقتصاد السوق سوق الأسواق البورصة
بورصة الأسهم الصادرات الواردات النفط الغاز اللغة لغة الثقافة الهوية الأزمة أزمة القضية قضية الملف ملف
الأزمات السياسة سياسة الدبلوماسية الانتخابات انتخابات الدستور القانون قانون الدوري المنتخب""".split())


def _mention_start(mention: tuple) -> int:
    return mention[0]


def _add_nisba_actors(an, W: _Words, i: int, last: int) -> None:
    """Make a GROUP entity of each "noun + country adjective" near the trigger that no
    entity covers (وحدة إسرائيلية، دبابة إسرائيلية، ضربة جوية أميركية، قراصنة صوماليون):
    the adjective says whose the actor is. A bare adjective right after the trigger
    (هجوم أمريكي، العملية العسكرية الروسية) is the actor by itself."""
    covered = actors.mention_index(an)
    nisba = W.nisba
    sponsored = -1                          # the last adjective of a sponsorship phrase
    for k in range(max(1, i - NISBA_WINDOW), min(len(W.toks), last + 1 + NISBA_WINDOW + COUNTED_REACH)):
        if k == i:
            continue
        if k > last + NISBA_WINDOW and not (k >= 2 and _count_word(fold(W.toks[k - 2].text))
                                            and not W.nisba(k - 1)):
            continue                        # further on only a counted noun (ثلاثة مواطنين يمنيين)
        code = nisba(k)
        if code is None:
            continue
        if _sponsor_head(W.toks[k - 1].text) or sponsored == k - 1:
            sponsored = k                   # برعاية سعودية أمريكية، بوساطة قطرية: who
            continue                        # sponsored or mediated, not who acted
        tok = W.toks[k]
        if tok.text[:1] == "و" and any(s <= an.span(W.toks[k - 1].start, W.toks[k - 1].end)[0] < e
                                       for s, e, _ in covered):
            continue                        # القوات الأمريكية والبريطانية: the named actor stands
        head = k - 1
        if head <= i <= k or fold(W.toks[head].text) in _PREPOSITIONS \
                or W.nisba(head) or fold(W.toks[head].text) in _NO_HEAD:
            head = k                        # the trigger or a preposition before it: adjective alone
        if head < k and _bare_word(fold(W.toks[head].text)) in _NOT_ACTORS:
            continue                        # دعم الليرة التركية: a currency is no actor
        fs, fe = W.toks[head].start + _clitic_length(W.toks[head].text), tok.end
        start, end = an.span(fs, fe)
        if any(s < end and start < e for s, e, _ in covered):
            continue
        # the first mention at or after the adjective is the only one that can follow it
        # with nothing but space between (the index is sorted by start)
        k_next = bisect_left(covered, end, key=_mention_start)
        if k_next < len(covered) and not an.text[end:covered[k_next][0]].strip():
            continue                        # الرئيس الروسي فلاديمير بوتين: a title before a name
        ent = Entity(id=f"a{len(an.entities) + 1}", type="GROUP", name=an.text[start:end],
                     affiliation=code, mentions=[Mention(start, end, an.text[start:end])],
                     rule="events:nisba", number="pl" if tok.text.endswith(("ون", "ين")) else "sg")
        an.entities.append(ent)
        covered = actors.mention_index(an)

def _verb_actors(an, t: Trigger, etype: str, start: int, end: int, c_start: int, c_end: int, source,
                 said_before: bool = False):
    """(source, target) of a verb: subject after it (VS), else before it (SV); the object.
    ``said_before``: the subject stands right before the verb, unnamed or as a pronoun
    (طائراته قصفت، إنه قتل), so actors after the verb are objects."""
    target = None
    after = _actors_in(an, end, c_end)
    subject = None
    before = _actors_in(an, c_start, start)
    # a verb spelt as only a passive can be (اغتيل، هوجم) has no doer after it: who follows suffered it
    spelt_passive = _spelt_passive(t, an.text[start:end])
    passive = spelt_passive or etype == "ASSAULT" and _casualty_report(an.text, end)
    victims: list = []                      # who a casualty report names as killed

    def passive_seen(ent) -> bool:
        return any(v is ent for v in victims)
    subject_end = end                       # where a subject after the verb ends
    nested_until = end                      # an object starts after the subject, not inside it
    if before and not before[-1][4] and all(w in _PERFECT_PARTICLES for w in _words_before_verb(an.text, before[-1][1], start)):
        # الجيش التركي يقصف، وكان الرئيس فلان قد طالب: the subject just before the verb
        subject = before[-1][2]
        passive = passive or etype in _PASSIVE_PRONE and _may_be_passive(t) and t.targets == {"obj"} \
            and _agrees_before(an.text[start:end]) and _nothing_done_to(an, end, c_end)
        if passive:
            # جنديان قتلا في هجوم، اثنان منهم فرنسيان قتلوا داخل الفندق: the victims
            target, subject = subject, None
            victims.append(target)
    elif said_before:
        before = []
    elif len(after) > 1 and after[0][4] and after[0][3] <= SUBJECT_GAP + 2 \
            and after[0][2].type in _BODY_TYPES and _in_title_of(an, after[0], after[1]):
        # دعا الأمين العام للأمم المتحدة فلان: the body after لـ is inside the subject's title,
        # so it is neither the subject nor a prepositional target; the person is the subject
        subject, subject_end = after[1][2], after[1][1]
        after = after[2:]
    elif after and _office_of(an, end, after[0]):
        # نفى المكتب الإعلامي لفلان: the office speaks for its owner, the actor after لـ
        subject, subject_end = after[0][2], after[0][1]
        nested_until = subject_end
        after = after[1:]
    elif len(after) > 2 and (titled := _titled_person_after(an, end, after)) is not None:
        # اتهم المتحدث باسم وزارة الصحة في غزة فلان: the bodies and places inside the
        # person's title are neither subject nor object; the person is the subject
        subject, subject_end = after[titled][2], after[titled][1]
        after = after[titled + 1:]
    elif after and not after[0][4] and _unnamed_subject_between(an, end, after[0]):
        pass                                # واتهمت الصحيفة إيران: the actor after it is the object
    elif after and (after[0][3] <= SUBJECT_GAP and not _act_named_between(an, end, after[0][0])
                    or _titled_right_after(an, end, after[0])) and not after[0][4] \
            and not _agrees_before(an.text[start:end]):
        if len(after) > 1 and _in_title_of(an, after[0], after[1]):
            after = after[1:]               # اتهم المتحدث باسم الكرملين فلان: the spokesman, not the Kremlin
        subject, subject_end = after[0][2], after[0][1]
        if subject.type != "PER":
            nested_until = subject_end      # (a person's name holds no owner: what it ran into is the object)
        after = after[1:]
        if spelt_passive or etype in _PASSIVE_PRONE and _may_be_passive(t) and (
                subject.sector in _VICTIM_SECTORS
                or (etype == "ASSAULT" and _casualty_report(an.text, _past_date_aside(an, subject_end)))) \
                and not _object_after_people(an, subject_end, c_end):
            # قُتل 18 مدنيا، قُتل جنديان أمريكيان في هجوم: the people after an attack verb are its
            # victims, unless an object follows them, which a passive cannot have
            target, subject = subject, None
            victims.append(target)
    if subject is None and source is None:
        for s, e, ent, gap, prep in reversed(before):
            if etype in _PASSIVE_PRONE and ent.sector in _VICTIM_SECTORS and _may_be_passive(t):
                continue                    # civilians before an attack are its victims
            if passive:
                if not prep and ent.type != "LOC" and target is None:
                    target = ent            # خمسة جنود على الأقل قتلوا في الهجوم: the victims
                    victims.append(target)
                break                       # a passive's subject is no attacker
            if an.text[e:e + 3].strip()[:1] in ("-", "ـ", "(", "–"):
                continue                    # بروكسل - تعهد ...: a dateline, not a subject
            if not prep and (ent.type != "LOC" or _is_country_actor(ent)):
                subject = ent
                break
    if source is None and subject is None and (passive or (target is not None and passive_seen(target))):
        # قتلوا في ضربة جوية أمريكية، قتل برصاص القوات الإسرائيلية: the cause's owner acted
        # (the attack carried out may stand past a time set off by commas: قتل خمسة جنود، مساء
        # أمس، في هجوم شنه مسلحون; a cause word further on may be another act's)
        subject = _cause_agent(an, end, c_end, target) \
            or _cause_agent(an, end, _sentence(an, end)[1], target, carried_only=True)
    source = source or subject
    if target is None and "obj" in t.targets:
        for s, e, ent, gap, prep in after:
            if subject_end > end and source is not None and source.type == "PER" and ent.type == "ROLE" \
                    and not an.text[subject_end:s].strip(" ،,") and not fold(an.text[s:e]).startswith("ال"):
                continue            # the subject's own office in apposition (الأمير فلان أمير المنطقة)
            if _THAT_WORDS.intersection(fold(an.text[max(end, subject_end):s]).split()):
                break               # حذر من أن موسكو سترد: an actor of the that-clause, no object
            if prep or ent is source or s < nested_until or _coordinated(an.text, s) or _member_of(an, source, s) \
                    or _adjective_of_word_before(an, s, e):
                continue            # (طائرات التحالف العربي holds التحالف العربي: the subject's, no object;
                                    # الفصائل المعارضة: an adjective of the subject, no object)
            if _act_named_between(an, max(end, subject_end), s):
                break               # طالبت المنظمة بوقف اعتقال الصحفيين: the arrest's, not the demand's
            # near the verb, or right after a long subject that follows it, a time word or a
            # day set off by commas at most between (انتقد وزير الخارجية الفرنسي فلان إيران،
            # حذر الوزير فلان، أمس الأربعاء، إثيوبيا), "his counterpart" and its
            # country (التقى الوزير فلان نظيره الإيراني فلان), or members of the body named
            if gap <= SUBJECT_GAP + 2 or subject_end > end and (
                    len(an.text[_past_date_aside(an, subject_end):s].split()) <= OBJECT_GAP
                    or _counterpart_words(an, an.text[subject_end:s].split()) is not None
                    or _members_of(an, an.text[subject_end:s])
                    or _adjuncts_only(an, subject_end, s, ent, source)):
                target = ent
            break
    if target is None and "obj" in t.targets and source is not None and source.type == "PER":
        target = _unnamed_counterpart(an, max(end, subject_end), c_end)
    return source, target


def _words_before_verb(text: str, lo: int, start: int) -> list[str]:
    """The words from ``lo`` to a verb whose span starts at ``start``, without the future
    سـ glued to it and without quotation marks: "ماكرون سيزور" and 'إن الجزائر "ترفض"'
    have nothing between the subject and its verb."""
    words = [w for w in (w.strip(_QUOTE_MARKS) for w in text[lo:start].split()) if w]
    if words and words[-1] == "س" and not text[start - 1:start].isspace():
        words.pop()
    return words


_QUOTE_MARKS = '"«»“”'
_OPENING_MARKS = '"«“'


# "His counterpart" (نظيره): the person the verb meets or calls holds the subject's office in
# another country, which the adjective after it names (نظيره الفرنسي).
_COUNTERPART_WORDS = frozenset(fold(w) for w in "نظيره نظيرته نظيرها نظيريه نظرائه نظراءه نظيرهم".split())


def _counterpart_words(an, words: list[str]) -> str | None:
    """The country code when ``words`` are "his counterpart" and a country adjective
    (نظيره الإيراني), else None."""
    if len(words) != 2 or fold(words[0]).lstrip("و") not in _COUNTERPART_WORDS:
        return None
    return actors.nisba_code(an, fold(words[1]).strip("،,."))


def _unnamed_counterpart(an, lo: int, hi: int):
    """An actor for "نظيره الفرنسي" standing right after ``lo`` with no name after it
    (استقبل الرئيس فلان نظيره الفرنسي في القاهرة): a GROUP of that country, as the nisba
    actors are; None when the words after ``lo`` are something else."""
    m = _COUNTERPART_RE.match(an.text, lo, hi)
    if m is None:
        return None
    code = _counterpart_words(an, [m.group(1), m.group(2)])
    if code is None or actors.mentions_between(an, m.end(2), min(hi, m.end(2) + 2)):
        return None                         # a name follows: the entity pass made it
    start, end = m.start(1), m.end(2)
    ent = Entity(id=f"a{len(an.entities) + 1}", type="GROUP", name=an.text[start:end],
                 affiliation=code, mentions=[Mention(start, end, an.text[start:end])],
                 rule="events:counterpart", number="sg")
    an.entities.append(ent)
    return ent


_COUNTERPART_RE = re.compile(r"\s*(\S+)\s+([^\s،,.:؛]+)")

# Time words that may stand between a verb's subject and its object (استقبل الرئيس أمس ...).
_ADJUNCT_TIME_WORDS = _NO_HEAD | frozenset(fold(w) for w in """الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس
الجمعة السبت صباحا مساء ليلا ظهرا عصرا""".split())
ADJUNCT_WORDS = 7        # words of place and time phrases between a subject and its object


def _adjuncts_only(an, lo: int, hi: int, obj=None, subject=None) -> bool:
    """Whether [lo, hi) between a verb's subject and an actor holds only phrases of place
    and time (استقبل الرئيس في قصره بأنقرة أمس وزير الخارجية ...), so that the actor is
    still the object. The phrases must open with a preposition or a time word, and the
    word before the actor must close them: a time word, a noun with a possessive ending
    (قصره) or a place named, none of which can govern the actor as its genitive (في مكتب
    وزير الخارجية names an office, not a visitor)."""
    text = an.text[lo:hi]
    words = fold(text).split()
    # the object's own title or "his counterpart" stands before its name (أمس وزير الخارجية
    # الروسي فلان، في الرياض نظيره الأردني فلان): what comes before that is the question
    head = fold(obj.title).split() if obj is not None and obj.type == "PER" and obj.title else []
    if not (head and words[-len(head):] == head):
        head = next((words[k:] for k in range(max(0, len(words) - 2), len(words))
                     if words[k].startswith(("نظير", "ونظير"))), [])
    if head:
        words = words[:-len(head)]
        kept = text.split()[:len(words)]
        hi = lo + text.find(kept[-1]) + len(kept[-1]) if kept else lo
        text = an.text[lo:hi]
    if not words or len(words) > ADJUNCT_WORDS or any(ch in text for ch in "،,.؛:«»()\n"):
        return False
    if any(w in _CAUSE_WORDS or w[1:] in _CAUSE_WORDS or w[1:] in _ATTACK_NOUNS for w in words):
        return False                        # قتل عشرات بغارات شنتها طائرات X: a cause, X its agent
    if obj is not None and obj.type == "PER" and obj.title and any(
            fold(m.text) in fold(obj.title) for m in (subject.mentions if subject is not None else ())):
        return False                        # زعيم الحوثيين في اليمن فلان: the subject's own leader
    first = words[0]
    if not (first in _PREPOSITIONS or first in _ADJUNCT_TIME_WORDS or first[:1] == "ب" and len(first) > 3):
        return False
    last = words[-1]
    if last in _ADJUNCT_TIME_WORDS:
        return True
    if split_suffix(last)[1] in ("ه", "ها", "هم") and not text.rstrip().endswith("ة"):
        return True
    return any(e == len(an.text[:hi].rstrip()) for _, e, _ in actors.mentions_between(an, lo, hi, types=_PLACE_TYPES))


def _members_of(an, words: str) -> bool:
    """Whether ``words`` before an actor name some of its members: an optional count, a
    member noun, من and at most the body's head word (11 مسلحا من تنظيم، ثلاثة جنود من،
    عنصرين من حركة): the object of the verb is then the body they belong to."""
    w = fold(words).replace("«", " ").split()
    if w and w[0] in _NO_HEAD:
        w = w[1:]                           # اعتقلت الشرطة أمس خمسة عناصر من ...
    if w and (w[0].isdigit() or w[0] in _CROWD_WORDS):
        w = w[1:]
    return 2 <= len(w) <= 3 and w[1] == "من" and _partitive(an, w[0]) and not w[0].isdigit()


def _unnamed_subject_between(an, end: int, actor: tuple) -> bool:
    """Whether a definite noun that names no actor stands between a verb and the first
    actor after it ("واتهمت الصحيفة إيران"، "واتهمت اللجان قوات الدعم السريع"، "قصفت
    الطائرات إدلب"): in verb-subject-object order that noun is the subject, unnamed, and
    the actor is the object. Time words may stand around it (واتهمت أمس الحكومة ...). Not
    before a person or an office, whose title stands there (قال الرئيس ماكرون)."""
    if actor[2].type in ("PER", "ROLE"):
        return False
    words = [w for w in fold(an.text[end:actor[0]]).split() if w not in _TIME_WORDS and w not in _ADJUNCT_TIME_WORDS]
    if len(words) == 2 and words[1] in _DEFINITE_COUNTS:
        words = words[:1]                   # واتهمت الدول الأربع قطر: the noun and its number
    if len(words) != 1:
        return False
    w = words[0]
    if not (w.startswith("ال") and len(w) > 4 and w.isalpha()) or w in _RESUMING_PREPOSITIONS \
            or w in _RELATIVES or w.startswith("الي"):
        return False                        # (دعت إليها المعارضة، التي: no noun)
    # a mention that opens with an adjective leaves its head noun outside ("الاتحاد
    # الرياضي السوري" found as "الرياضي السوري"): the noun is the actor's own
    first = fold(an.text[actor[0]:actor[1]]).split()[:1]
    if first and first[0].startswith("ال") and first[0].endswith(("ي", "يه")):
        return False
    return not _participle_of_plural(w, fold(an.text[actor[0]:actor[1]]).split())


def _adjective_of_word_before(an, s: int, e: int) -> bool:
    """Whether the actor at [s, e) is a participle agreeing with the plural right before it
    (الفصائل المعارضة، الجماعات المسلحة): see _participle_of_plural."""
    before = an.text[max(0, s - 30):s]
    if not before[-1:].isspace():
        return False
    words = fold(before).split()
    return bool(words) and _participle_of_plural(words[-1], fold(an.text[s:e]).split())


def _participle_of_plural(noun: str, actor_words: list[str]) -> bool:
    """Whether a one-word actor that is a feminine participle (المعارضة، المسلحة، الموالية)
    follows a plural of things or bodies (الأحزاب، الفصائل، الجماعات): a plural that is not
    of people takes a feminine singular adjective, so "الأحزاب المعارضة" are opposition
    parties, who act, not a subject and the opposition its object."""
    if len(actor_words) != 1 or not (actor_words[0].startswith("الم") and actor_words[0].endswith("ه")):
        return False
    stem = noun[2:]
    return stem.endswith("ات") or (len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا") \
        or (len(stem) == 5 and stem[2] == "ا" and stem[3] in "ئي")     # أفعال، فعائل


# An actor's office that acts and speaks for it, before لـ + the actor (folded).
_OFFICES = frozenset(tuple(fold(p).split()) for p in (
    "المكتب الإعلامي", "مكتب", "المكتب", "المكتب الصحفي", "المكتب الخاص", "المكتب السياسي",
    "المركز الإعلامي", "الديوان"))


def _office_of(an, end: int, actor: tuple) -> bool:
    """Whether only an office stands between a verb and the actor after لـ (نفى المكتب
    الإعلامي لنوري المالكي، أدان المكتب الإعلامي للرئيس الفلسطيني فلان): the actor is the
    verb's subject."""
    words = fold(an.text[end:actor[0]]).split()
    ent = actor[2]
    for n in (1, 2):
        if tuple(words[:n]) not in _OFFICES or len(words) == n:
            continue
        rest = words[n:]
        if rest in (["ل"], ["لل"]):
            return True                     # لنوري المالكي: لـ glued to the name
        if ent.type == "PER" and ent.title and _title_after_preposition(rest[0], ent.title):
            return True                     # للرئيس الفلسطيني فلان: to the name's title
    return False


def _titled_person_after(an, end: int, after: list) -> int | None:
    """The index in ``after`` of a person whose whole title stands between the verb and
    the name, holding the mentions before it (المتحدث باسم وزارة الصحة في غزة فلان)."""
    for k, mention in enumerate(after[:4]):
        if mention[2].type == "PER":
            return k if k > 0 and _titled_right_after(an, end, mention) else None
    return None


def _act_named_between(an, lo: int, hi: int) -> bool:
    """Whether a verbal noun of the event table in construct (no ال: اعتقال، بوقف، على قصف)
    opens a phrase in [lo, hi) between a verb and an actor: the actor is that act's genitive
    or complement (أدانت المنظمات الحقوقية اعتقال الناشط، طالبت بوقف ملاحقة الصحفيين، حثت على
    وقف استهداف المدنيين), told inside what the verb demands or condemns, so it is neither
    the verb's subject nor its object. The noun opens a phrase when it comes first, carries
    بـ/لـ, or follows a preposition, a word with ال (which takes no genitive, so a new phrase
    starts after it) or another such noun; not when it is itself a genitive (غرفة عمليات
    الميليشيات: a place) or joined by و to a noun before (قصف مدفعي وغارات سورية: a list)."""
    L = event_lexicon(an)
    opens = True                            # may a phrase start at this word?
    for word in fold(an.text[lo:hi]).split():
        if _opens_act(L, word, opens):
            return True
        opens = word in _PREPOSITIONS or word.lstrip("بلك").startswith("ال")
    return False


def _opens_act(L, word: str, opens: bool) -> bool:
    """Whether the folded ``word`` is an act noun in construct that opens a phrase: where a
    phrase may start (``opens``) or with a glued بـ/لـ/كـ (بوقف، لإطلاق), and not joined by و."""
    return any((prefix == "" and opens or prefix in ("ب", "ل", "ك"))
               and any(f.noun or f.trigger.kind == "noun" or _nominal_use(prefix, f) for f in forms)
               for prefix, forms in ((word[:plen], forms) for plen, _, forms in L.readings(word)))


def _act_object_after(an, ent, c_end: int) -> bool:
    """Whether an act noun in construct, with no preposition, comes right after the last
    mention of ``ent`` in the clause (الذي ترفض سلطات البحرين زيارة الناشطين له): that act
    is the verb's object, so ``ent`` before it is the subject (not so before بدعم: الذي اتهم
    السعودية بدعم الإرهاب)."""
    ends = [m.end for m in ent.mentions if m.end <= c_end]
    following = fold(an.text[max(ends):c_end]).split()[:1] if ends else []
    return bool(following) and any(plen == 0 and (f.noun or f.trigger.kind == "noun")
                                   for plen, _, forms in event_lexicon(an).readings(following[0]) for f in forms)


_WITH = fold("مع")


def _partner_joined_to(an, source, lo: int, hi: int):
    """The actor joined by و right after the source in [lo, hi), for an act done with
    someone (its row's target preposition is مع: اتفق، وقع، التقى، بحث، تعاون، اشتبك): "وقعت
    مصر والسعودية اتفاقية"، "التقى وزير الخارجية الأردني ونظيره المصري" name both parties,
    and the second is the one the first acted with, as after مع."""
    for m in source.mentions:
        if lo <= m.start < hi:
            for s, e, ent in actors.mentions_between(an, m.end, hi):
                if ent is not source and fold(an.text[m.end:s]).split() == ["و"]:
                    return ent
                break
    return None


def _titled_right_after(an, end: int, person: tuple) -> bool:
    """Whether the words between ``end`` and the person are that person's title (اتهم
    المتحدث باسم الخارجية الصينية فلان: the title's words are no gap)."""
    ent = person[2]
    return ent.type == "PER" and bool(ent.title) and fold(an.text[end:person[0]]).split() == fold(ent.title).split()


def _in_title_of(an, body: tuple, person: tuple) -> bool:
    """Whether the actor ``body`` is named inside the title of the person right after it
    (المتحدث باسم الكرملين دميتري بيسكوف, وزير خارجية فرنسا ...)."""
    ent = person[2]
    if ent.type != "PER" or not ent.title or an.text[body[1]:person[0]].strip():
        return False
    return fold(an.text[body[0]:body[1]]) in fold(ent.title)


# What a title names after لـ or باسم: the body the person serves (الأمين العام للأمم المتحدة).
_BODY_TYPES = frozenset({"ORG", "LOC", "GROUP"})


# Particles between a subject and its verb (وكان الرئيس فلان قد طالب).
_PERFECT_PARTICLES = frozenset({"قد", "لقد", "فقد"})


# After a killing verb these begin a casualty report: the verb is the passive (قُتل، قُتلوا)
# and the people next to it are the victims, whatever their side (جنديان أمريكيان قتلا في
# هجوم، قتل ثلاثة جنود وأصيب خمسة، قتلوا جراء القصف، قتل برصاص قناص). An active killing
# takes its object first (قتل الجيش خمسة مسلحين في هجوم).
_CASUALTY_NEXT = frozenset(fold(w) for w in """جراء إثر اثر بنيران برصاص بانفجار بهجوم بقصف بغارة
بتفجير بقذيفة بصاروخ بعبوة بغارات بضربات بهجمات بقذائف بصواريخ بضربة وأصيب واصيب وجرح وأصيبوا وجرحوا وأصيبا وجرحا""".split())
_ATTACK_NOUNS = frozenset(fold(w) for w in """هجوم الهجوم هجمات انفجار الانفجار انفجارين انفجارات
تفجير التفجير تفجيرات غارة الغارة غارات قصف القصف اشتباك اشتباكات الاشتباكات مواجهات المواجهات
معارك معركة كمين ضربة الضربة ضربات عملية هجومين اعتداء حادث انفجاري""".split())


# Words that name the cause of a casualty, whose owner after them did it (برصاص الجيش،
# بنيران القوات، في غارة إسرائيلية، في ضربة جوية أمريكية، على يد مسلحين).
_CAUSE_WORDS = frozenset(fold(w) for w in """برصاص رصاص بنيران نيران غارة غارات ضربة ضربات قصف بقصف
قذائف بقذائف صواريخ بصواريخ يد أيدي بغارة بضربة بغارات بضربات""".split())


_CLASHES = frozenset(fold(w) for w in "مواجهات مواجهة اشتباكات اشتباك معارك معركة".split())


# A light verb carrying the pronoun of the attack noun before it (هجوم شنه، غارة نفذتها):
# the actor after it carried out that attack.
_CARRIED_OUT = frozenset(fold(w) for w in "شنه شنها شنته شنتها نفذه نفذها نفذته نفذتها".split())


def _cause_agent(an, lo: int, hi: int, victim, carried_only: bool = False):
    """The actor just after a cause word in [lo, hi) (قتلوا في ضربة جوية أمريكية), or after
    an attack noun and the light verb that resumes it (قتل خمسة جنود في هجوم شنه مسلحون).
    ``carried_only``: only the latter, which names the very attack that killed."""
    for s, e, ent, gap, prep in _actors_in(an, lo, hi):
        if ent is victim or ent.type == "LOC":
            continue
        words = fold(an.text[max(lo, s - 30):s]).split()[-2:]
        if not carried_only and any(w in _CAUSE_WORDS or w[2:] in _CAUSE_WORDS for w in words):
            return ent
        if len(words) == 2 and words[1] in _CARRIED_OUT and words[0] in _ATTACK_NOUNS:
            return ent
        if carried_only:
            continue
        if len(words) == 2 and words[1] == "مع" and (words[0] in _CLASHES or words[0][2:] in _CLASHES):
            return ent                      # قتلوا في مواجهات مع قوات الأمن: the other side
    return None


def _agrees_before(word: str) -> bool:
    """Whether a verb carries a plural or dual subject ending (خطفوا، قتلا، يهاجمون): in
    verb-subject order the verb stays singular (خطف مسلحون), so such a verb's subject is
    before it or a pronoun, and the actor after it is its object (مجهولون خطفوا مصورا)."""
    w = fold(word)
    for suf in ("هما", "هم", "ها", "ه", "نا"):
        if w.endswith(suf) and len(w) - len(suf) >= 4 and w[: -len(suf)].endswith("و"):
            w = w[: -len(suf)] + "ا"             # قتلوهم → قتلوا
            break
    return len(w) >= 5 and (w.endswith("وا") or (w[:1] in "يت" and w.endswith("ون")))


def _member_of(an, source, s: int) -> bool:
    """Whether the mention at ``s`` follows the source with only من between (مسلحون من
    حركة X): the body the source belongs to, not the object."""
    return source is not None and any(m.end <= s and fold(an.text[m.end:s]).split() == ["من"]
                                      for m in source.mentions)


# Numbers after a definite noun, its adjectives (المدنيون الخمسة، الدول الأربع، الأطراف الثلاثة).
_DEFINITE_COUNTS = frozenset(fold(w) for w in """الثلاثة الأربعة الخمسة الستة السبعة الثمانية
التسعة العشرة الثلاث الأربع الخمس الست السبع الثماني التسع العشر""".split())


# Words that may follow the people after a verb without being its object: adverbs of place,
# time and cause (قتل ثلاثة مدنيين شمال البلاد، جراء القصف، مساء الأحد), relatives, the
# adjectives of people that are broken plurals (المدنيين العزل، المتظاهرين الشبان) and
# numbers after them (المدنيون الخمسة).
_NO_OBJECT_WORDS = _NO_HEAD | _TIME_WORDS | _ADJUNCT_TIME_WORDS | frozenset(
    fold(w) for w in """الذي التي الذين اللذين اللتين اللذان اللتان جراء إثر اثر عقب نتيجة بسبب وسط شمال جنوب شرق غرب قرب نحو حوالي قرابة
    أثناء اثناء خلال بعد قبل منذ داخل خارج عند حين حيث بينما فيما أيضا كذلك يوم ليل أمام
    حسب وفق وفقا طبقا نقلا
    الآخرين الاخرين الأخرى آخرين العزل الأبرياء الشبان الجدد الصغار الكبار اللاتي اللواتي""".split()) \
    | _DEFINITE_COUNTS


def _object_after_people(an, pos: int, c_end: int) -> bool:
    """Whether the word after the people at ``pos`` opens the verb's object, which a passive
    has none of: an actor (استهدف المتظاهرون الشرطة), a definite noun that is no adjective of
    theirs (اقتحم المحتجون المبنى، أحرق المتظاهرون الإطارات) or a noun in construct (اقتحم
    مستوطنون ساحات المسجد، اقتحم عشرات المحتجين مقر المحافظة). So the people do the act,
    where without an object they are those it was done to (قُتل ثلاثة متظاهرين بالرصاص)."""
    m = _NEXT_TWO_WORDS.match(an.text, pos, c_end)
    if m is None:
        return False
    word, after = fold(m.group(1)), fold(m.group(2) or "")
    if word in _NO_OBJECT_WORDS or word in _PREPOSITIONS or not word.isalpha() \
            or word[:1] in _CONJ or word.startswith(("بال", "لل", "كال")) \
            or word.endswith(("ون", "ين", "ان", "يه", "يا")) \
            or word.endswith("ي") and not m.group(1).endswith("ى"):
        return False            # a preposition, conjunction, number or an agreeing adjective
        # (a nisba ends in ي, not in ى: مبنى، مستشفى)
    if word.startswith("ال"):
        return len(word) > 4
    # an indefinite noun is the object as the head of a construct (مبنى محافظة البصرة، مقر
    # وزارة المالية: a genitive with و is a name that starts there); not a word with a glued
    # preposition (برصاص القوات), a present verb (يبلغ من العمر) or a quantifier with its
    # pronoun (بعضهم أطفال)
    return after.isalpha() and after not in _NO_OBJECT_WORDS and after not in _PREPOSITIONS \
        and (after[:1] not in _CONJ
             or any(s == m.start(2) for s, _, _ in actors.mentions_between(an, m.start(2), c_end))) \
        and word[:1] not in ("ب", "ل", "ك", "ي") and not word.endswith(("هم", "ها", "هن"))


_NEXT_TWO_WORDS = re.compile(r"[ \t]+([^\s،,.:؛!?؟()«»\"]+)(?:[ \t]+([^\s،,.:؛!?؟()«»\"]+))?")


def _charged(an, W, i: int, plen: int, last: int) -> bool:
    """Whether the participle at token i of a verb flagged `object_first` (اتهم X بـ: whom
    first, then of what) is its passive: with بـ right after it and no one named between
    (متهم بالتخطيط، 11 متهما بتشكيل خلية) it is مُتَّهَم, a person charged; the one who
    accuses names whom first (متهما إيران بدعم الإرهاب، متهما بريطانيا بـ)."""
    if not W.toks[i].text[plen:].startswith("م") or last + 1 >= len(W.toks):
        return False
    nxt = W.toks[last + 1]
    if not nxt.text.startswith("ب") or nxt.text in _NOT_GLUED_BI:
        return False
    s, e = an.span(nxt.start, nxt.end)
    return not any(ms == s for ms, _, _ in actors.mentions_between(an, s, e + 40))


# Words that begin with ب of their own, not a glued بـ (متهما بعض وسائل الإعلام).
_NOT_GLUED_BI = frozenset(fold(w) for w in "بعض بين بلاده بلادها بلدان بلد".split())


def _may_be_passive(t: Trigger) -> bool:
    """Whether the people right after the verb may be those it was done to (قُتل مدنيون):
    not for the فاعل form (see _form_three) nor for a verb flagged `active` in the table,
    whose unvowelled past is not read as a passive with people as its subject: a clash is
    mutual (اشتبك المحتجون مع الشرطة), and what is pelted or thrown is the object (رشق
    المتظاهرون الشرطة بالحجارة، ألقى محتجون قنابل حارقة): the people after them act."""
    return not _form_three(t) and not t.active


def _spelt_passive(t: Trigger, word: str) -> bool:
    """Whether a verb is written in a passive shape its active never takes, so the person
    after it is the one it was done to (اغتيل القاضي فلان أمس): a hollow verb's long ا
    becomes ي (اغتال -> اغتيل، اجتاح -> اجتيح) and the فاعل form's ا becomes و (هاجم ->
    هوجم، داهم -> دوهم). Most passives are spelt like their actives (قتل، اعتقل) and are
    read from what follows them instead (see _casualty_report)."""
    if t.kind != "verb" or len(t.key) < 3 or " " in word:
        return False
    key = t.key
    if _form_three(t):
        passive_stem = key[0] + "و" + key[2:]
    elif key[-2] == "ا" and len(key) >= 4:
        passive_stem = key[:-2] + "ي" + key[-1]
    else:
        return False
    bare = fold(word)
    return any(bare[k:].startswith(passive_stem) for k in range(0, 3))


def _form_three(t: Trigger) -> bool:
    """Whether a verb is of the فاعل form (هاجم، داهم): its passive is spelt apart (هوجم،
    دوهم), so without diacritics the verb is active and the people after it act, civilians
    (settlers, residents) included: هاجم مستوطنون القرية."""
    return t.kind == "verb" and len(t.key) == 4 and t.key[1] == "ا"


# Forces of nature and accidents: deaths and damage they cause are no one's attack, and a
# road they cut is no protest (قتل سبعة جراء السيول، دمرت الفيضانات المنازل، قطعت الثلوج
# الطرق، لقي عامل مصرعه في حريق). Folded, without ال.
_MISHAPS = frozenset(fold(w) for w in """سيول فيضانات فيضان زلزال زلازل أمطار إعصار أعاصير عاصفة
عواصف ثلوج صاعقة صواعق حريق حرائق غرق تدافع اصطدام تصادم انزلاق انزلاقات تحطم جفاف صقيع تسرب""".split())
# Words that make the noun before them an accident (حادث سير، انهيار مبنى، انقلاب حافلة):
# alone the noun is as often an attack (الحادث الإرهابي), a truce's end or a coup.
_ACCIDENT_OF = {fold(head): frozenset(fold(w) for w in words.split()) for head, words in (
    ("حادث", "سير مروري مرور تصادم"),
    ("انهيار", "مبنى مبان منزل منازل عمارة بناية جسر سد منجم نفق جدار سقف أرضي أرضية صخري صخرية"),
    ("انقلاب", "سيارة سيارته سيارتهم حافلة شاحنة قارب مركب عربة قطار"),
    # an explosion of gas, of a container or a machine, or in a works, with no one said to
    # have set it off (انفجار أنبوب غاز، انفجار قارورة غاز في مطعم، انفجار في مصنع للكيماويات،
    # انفجار داخل مستودع للوقود); a car, a device or a belt stays a bomb (انفجار سيارة مفخخة)
    ("انفجار", "غاز الغاز أنبوب أنابيب قارورة قوارير أسطوانة أسطوانات جرة خزان خزانات مرجل غلاية "
               "محول مولد مصنع معمل مصفاة مستودع منجم مفاعل مختبر"),
)}
# other spellings of the heads: حادثة، حوادث، حادثي
_INCIDENT = fold("حادث")         # an attack too, unless its next word makes it an accident
_ACCIDENT_HEADS = {fold(w): _INCIDENT for w in ("حادثة", "حوادث", "حادثي")}
_ACCIDENT_HEADS.update({fold(w): fold("انفجار") for w in ("انفجارات", "انفجاري")})
# Prepositions that may stand between an accident noun and where it happened (انفجار في مصنع).
_ACCIDENT_IN = frozenset(fold(w) for w in ("في", "داخل"))
# Words that tie a casualty to its cause (قتلوا جراء السيول، غرق في الفيضانات، توفي إثر حريق).
_MISHAP_CAUSES = frozenset(fold(w) for w in "جراء إثر اثر بسبب نتيجة في خلال عقب بعد وسط".split())
MISHAP_AFTER = 12        # words after a casualty trigger searched for its natural or accidental cause
MISHAP_BEFORE = 3        # words before it for a force of nature as subject (السيول قطعت الطريق)


def _mishap_word(words: list[str], k: int) -> bool:
    """Whether words[k] names a force of nature or an accident (السيول، بالزلزال، حادث سير)."""
    w = _bare_word(words[k])
    if w not in _MISHAPS and w not in _ACCIDENT_OF and w not in _ACCIDENT_HEADS:
        w = _bare_word(w[1:]) if w[:1] in "بل" else w       # بالزلزال، لحريق
    if w in _MISHAPS:
        return True
    head = _ACCIDENT_HEADS.get(w, w)
    if head not in _ACCIDENT_OF or k + 1 >= len(words):
        return False
    following = words[k + 1]
    if following in _ACCIDENT_IN and k + 2 < len(words):
        following = words[k + 2]                        # انفجار في مصنع، انهيار داخل منجم
    elif following[:1] == "ب" and _bare_word(following[1:]) in _ACCIDENT_OF[head]:
        following = following[1:]                       # انفجار بمصنع
    return _bare_word(following) in _ACCIDENT_OF[head]


def _mishap(an, W: _Words, i: int, last: int) -> bool:
    """Whether a killing, destroying or blocking trigger tells what nature or an accident
    did: a force of nature as its subject (دمرت الفيضانات، السيول قطعت) or, after it, a cause
    phrase naming one (قتل ثلاثة في حادث سير، أصيب عشرة إثر انهيار مبنى) before any attack
    noun (قتل جنديان في انفجار ... خلال الأمطار is still the bombing's)."""
    start = an.span(W.toks[i].start, W.toks[i].end)[0]
    s_start, s_end = _sentence(an, start)
    lo = max(W.index_at(an.folded.to_folded(s_start)), i - MISHAP_BEFORE)
    hi = min(W.index_at(an.folded.to_folded(s_end)), last + 1 + MISHAP_AFTER)
    words = W.texts
    # the trigger itself may name the accident (وأدى انفجار أنبوب غاز إلى مقتل عاملين)
    if any(_mishap_word(words, k) for k in range(lo, i + 1)):
        return True
    for k in range(last + 1, hi):
        if _mishap_word(words, k) and (k <= last + 2 or words[k][:1] in "بل" or words[k - 1] in _MISHAP_CAUSES):
            return True         # asked first: an explosion may be the accident (في انفجار قارورة غاز)
        w = _bare_word(words[k])
        if (w in _ATTACK_NOUNS and w != _INCIDENT) or w in _CAUSE_WORDS or w[1:] in _CAUSE_WORDS:
            return False
    return False


def _past_date_aside(an, pos: int) -> int:
    """``pos``, or the end of a day set off by commas that starts there ("، الأحد،"), so
    that what follows the day is read as what follows ``pos`` (قتل ثلاثة جنود، الأحد، في هجوم)."""
    text = an.text
    comma = pos + len(text[pos:pos + 3]) - len(text[pos:pos + 3].lstrip())
    if comma >= len(text) or text[comma] not in "،,":
        return pos
    for d in an.dates:
        if d.start > comma and not text[comma + 1:d.start].strip() \
                and text[d.end:d.end + 3].lstrip()[:1] in ("،", ","):
            return text.index(text[d.end:d.end + 3].lstrip()[0], d.end) + 1
    return pos


def _casualty_report(text: str, pos: int) -> bool:
    """Whether the words at ``pos``, after a killing verb or after the people after it,
    begin a casualty report: a cause (جراء، إثر، برصاص، في هجوم) or the wounded (وأصيب)."""
    words = fold(text[pos:pos + 40]).split()[:2]
    if not words:
        return False
    if words[0] in _CASUALTY_NEXT:
        return True
    if words[0] == "علي" and len(words) > 1 and words[1] in ("يد", "ايدي"):
        return True                           # خطفوا على أيدي مسلحين: the agent of a passive
    return words[0] in ("في", "خلال") and len(words) > 1 and words[1] in _ATTACK_NOUNS


# Acts of diplomacy chain with و under one subject (زار ... والتقى ... وبحث ...).
_DIPLOMATIC = {"CONSULT", "AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
               "COOPERATE", "AID"}


def _implicit_subject(an, W, i: int, plen: int, end: int, c_end: int, t: Trigger,
                      joined: bool = False, present: bool = False):
    """"وحث موسكو على ...": a verb joined by و/ف with one actor right after it, itself
    followed by the verb's complement preposition, has an implicit subject; the actor is its
    object. Returns that object, or None when the clause reads otherwise."""
    if "obj" not in t.targets or plen == 0 or W.toks[i].text[0] not in _CONJ:
        return None
    after = _actors_in(an, end, c_end)
    if joined and t.type in _DIPLOMATIC and after and after[0][3] <= 2 and not after[0][4] \
            and len([a for a in after if not a[4]]) == 1 and not _object_follows(an, after[0][1], c_end):
        return after[0][2]                 # زار الوزير دمشق والتقى الرئيس الأسد
    if not after or after[0][3] > 0 or after[0][4]:
        return None
    if _reads_as_subject(an, t, after[0]):
        return None
    stem = W.toks[i].text[plen:]
    if after[0][2].type in ("PER", "ROLE") and not (stem.endswith("وا") or _agrees_before(stem)):
        # ودعا المبعوث الأممي إلى، وحث وزير الطاقة على: news names who calls right after the
        # verb; a person addressed follows the doer. Unless the verb is plural (ودعوا الوزير)
        # or of the other gender (ودعت الوزير)
        verb_gender = _verb_gender(W.toks[i].text, plen, present)
        person_gender = _pronoun_gender(an, after[0][2], an.text[after[0][0]:after[0][1]])
        if verb_gender is None or person_gender is None or verb_gender == person_gender:
            return None
    rest = fold(an.text[after[0][1]:c_end]).split()
    if len(after) > 1 and after[1][0] <= after[0][1] + 1 + len(rest[0] if rest else ""):
        return None                         # ويطالب البيت الأبيض بكين بخفض: an actor, not a glued بـ
    if rest and (rest[0] in {"علي", "الي", "بان", "بعدم"} or rest[0][:1] == "ب" and rest[0] not in _BA_ADVERBS):
        return after[0][2]
    return None


# Verbs of demanding whose subject is typically people without office (وطالب الأطباء بأجور
# أعلى، وطالب السكان بتوفير المياه): with such a group after them they are its demand.
_DEMAND_VERBS = frozenset(fold(w) for w in ("طالب",))
# Sectors of such people: civilians, workers, doctors, teachers, refugees, the faithful.
_LAY_SECTORS = {"CVL", "LAB", "MED", "HLH", "EDU", "REF", "REL", "BUS"}


def _may_be_its_subject(an, W, i: int, plen: int, form: Form, actor) -> bool:
    """Whether the actor after a joined verb may be its subject by form: the verb is
    singular (a plural one, ودعوا, carries its own subject), agrees with the actor in
    gender (وطالب طهران: a city is feminine, so the object), and the actor is no sound
    plural in the accusative (وحث المزارعين)."""
    gender = _verb_gender(W.toks[i].text, plen, form.present)
    if gender is None:
        return False
    mention = next((m.text for m in actor.mentions), actor.name or "")
    words = fold(mention).split()
    if words and words[0].endswith("ين") and actor.type == "GROUP":
        return False
    return _pronoun_gender(an, actor, mention) in (None, gender)


def _reads_as_subject(an, t: Trigger, actor: tuple) -> bool:
    """Whether the actor right after a verb joined by و is its subject, not the object of an
    implicit one: a sound plural or dual in the nominative (وطالب المعلمون، ودعا المحتجون،
    وحث الطرفان), or a lay group after a verb of demanding (وطالب الأطباء بأجور أعلى). An
    accusative (وحث المواطنين على) and a state or a body (وطالب موسكو بـ) stay objects."""
    s, e, ent = actor[0], actor[1], actor[2]
    words = fold(an.text[s:e]).split()
    head = words[0] if words else ""
    if len(head) > 5 and head.endswith(("ون", "ان")) and ent.type == "GROUP":
        return True
    return (t.key in _DEMAND_VERBS and ent.type == "GROUP" and ent.sector in _LAY_SECTORS
            and not head.endswith("ين"))


def _nothing_done_to(an, pos: int, c_end: int) -> bool:
    """Whether a verb of killing or arresting ending at ``pos``, one that takes its object
    with no preposition (not استولى على), has no object in its clause:
    a place or time comes first (قتلوا داخل الفندق، اعتقلوا أمس في المدينة) and no one named
    or counted follows, so the people before it are those it was done to; the active names
    its victims (المسلحون قتلوا في الهجوم خمسة جنود)."""
    words = fold(an.text[pos:c_end]).split()
    if not words or words[0] not in _PREPOSITIONS and words[0] not in _PLAIN_TIMES:
        return not words
    return not any(_count_word(w) for w in words) and all(a[4] for a in _actors_in(an, pos, c_end))


# Time words that may stand right after a verb with no object (قتلوا أمس).
_PLAIN_TIMES = frozenset(fold(w) for w in "أمس اليوم الليلة صباح مساء فجر ليلة".split())


def _object_follows(an, pos: int, c_end: int) -> bool:
    """Whether a definite noun follows ``pos`` in the clause: the actor before it was the
    subject and this its object (ودعا الأمين العام فلان الأطراف إلى ...)."""
    rest = fold(an.text[pos:c_end]).split()
    return bool(rest) and rest[0].startswith("ال") and len(rest[0]) > 3


# Adverbs in ب after a verb's subject (وأدانت فرنسا بشدة الهجوم): no complement of the verb.
_BA_ADVERBS = frozenset(fold(w) for w in """بشدة بقوة بحزم بشكل بوضوح بصورة بالمقابل بدوره بدورها بالفعل
بالتزامن بعنف بدورهم بالإجماع""".split())


_THAT_PRONOUNS = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وانه", "وانها", "وانهم"})


_COMPLEMENTIZERS = frozenset({"ان", "بان", "وان", "لان", "فان"})


def _that_clause_start(an, W, i: int, lo: int) -> int:
    """Where the that-clause holding token i begins (قال المبعوث إن الأطراف وافقت): an
    actor of the main clause is not the subject of a verb inside it."""
    j = i - 1
    lo_folded = an.folded.to_folded(lo)
    while j >= 0 and W.toks[j].end > lo_folded:
        if W.toks[j].text in _COMPLEMENTIZERS or W.toks[j].text in _THAT_PRONOUNS:
            return an.span(W.toks[j].start, W.toks[j].end)[1]
        j -= 1
    return lo


def _subject_said_before(an, W, i: int):
    """The subject expressed right before the verb as a pronoun: أنه (إنه قتل: the main
    clause's subject) or a noun's possessive ending (طائراته قصفت: their owner, the last
    actor named). Returns the actor it refers to, None when that is no one known, False
    when no such subject stands there."""
    if i == 0:
        return False
    start = an.span(W.toks[i].start, W.toks[i].end)[0]
    prev = W.toks[i - 1].text
    if prev in _THAT_PRONOUNS or (i >= 2 and prev == "قد" and W.toks[i - 2].text in _THAT_PRONOUNS):
        return _that_pronoun_referent(an, W, i - 1 if prev in _THAT_PRONOUNS else i - 2)
    if any(s < start <= e or (e <= start and len(an.text[e:start].split()) <= 1
                              and not any(ch in an.text[e:start] for ch in "،,.؛:"))
           for s, e, _ in actors.mentions_between(an, max(0, start - 80), start)):
        return False                        # an entity stands right before: the SV rule has it
    if not _noun_before(an, W, i):
        return False
    # only a noun with a possessive ending (طائراته، قواتها) is surely the subject: a bare
    # word before the verb may be an adverb (في الليلة الماضية اغتال الجيش ...)
    stem, suffix = split_suffix(prev)
    ps, pe = an.span(W.toks[i - 1].start, W.toks[i - 1].end)
    if suffix == "ه" and an.text[ps:pe].rstrip("\u064b-\u065f").endswith("ة"):
        suffix = ""                         # الماضية: a feminine ending, folded to ه, not "his"
    if suffix in ("ه", "ها", "هم") and len(stem) >= 4:
        head = an.span(W.toks[i - 1].start, W.toks[i - 1].start)[0]
        if stem.lstrip("و") in _HOME_WORDS:
            # وأضاف أن بلاده ترفض: "his country" is the speaker's, or a person's: a crowd
            # or a body named last has no country of its own to speak of
            return _speaker_at(an, start) or actors.last_actor_before(an, head, types=("PER",))
        return actors.last_actor_before(an, head, types=("PER", "ORG", "GROUP"), exclude=_carriers(an))
    return False


# Nouns for one's own country and state: with a possessive ending (بلاده، حكومتها) they point
# at a person, most often the one speaking.
_HOME_WORDS = frozenset(fold(w) for w in "بلاد بلد دولت حكومت".split())


def _said_or_done_in_sentence(an, pos: int, events: list[Event]) -> bool:
    """Whether an event with a source or a quote with a speaker ends before ``pos`` in its
    sentence (رفض الوزير التحذيرات، قائلا إن ...، متهما: the speaker is the one meant)."""
    s_start, _ = _sentence(an, pos)
    return any(ev.source and s_start <= ev.start and ev.end <= pos for ev in events[-3:]) \
        or any(q.speaker and s_start <= q.start < pos for q in an.quotes)


def _sentence_subject(an, pos: int):
    """The subject of the sentence a participle at ``pos`` closes ("أعرب منسق الأمم المتحدة
    عن صدمته، مطالبا الطرفين"، "دانت الخارجية الهجوم، داعية ..."): the first actor of the
    sentence before it that no preposition governs. None when the sentence names none
    before it, and the participle then refers back like an implicit subject."""
    s_start, _ = _sentence(an, pos)
    for s, e, ent, gap, prep in _actors_in(an, s_start, pos):
        if gap > SENTENCE_SUBJECT_WORDS or _THAT_WORDS.intersection(fold(an.text[s_start:s]).split()):
            break                           # deeper in the sentence, or in a that-clause
        if prep:
            continue
        if ent.type == "LOC" and not _is_country_actor(ent):
            continue                        # (a city or region is where, not who)
        return ent
    return None


# How far into its sentence the main clause's subject may stand: its verb, an opener
# (من جهته، في المقابل) and a particle (وقد) before it.
SENTENCE_SUBJECT_WORDS = 4


def _shared_subject(an, W, i: int, plen: int, start: int, events: list[Event], gender: str | None = None):
    """A verb whose subject is one already named in its sentence: joined by و to the act
    before it (اقتحم مسلحون المطار وخطفوا ...), unless that act's doer is a person of the
    other gender than the verb's (أعلن فلان دعم ...، وهو ما اعتبرته الجزائر "طعنة" واستدعت
    سفيرها); or after "أنه" that points back to the main clause's subject (قال الحلف إنه قتل ...)."""
    s_start, _ = _sentence(an, start)
    if plen and W.toks[i].text[0] in _CONJ and events:
        prev = events[-1]
        doer = _entity(an, prev.source)
        if doer is not None and prev.start >= s_start and not (
                gender and doer.type in ("PER", "ROLE") and doer.gender and doer.gender != gender):
            return doer
    before = [W.toks[j].text for j in range(max(0, i - 2), i)]
    if any(w in _THAT_PRONOUNS for w in before):
        return _that_pronoun_referent(an, W, i - 1 if W.toks[i - 1].text in _THAT_PRONOUNS else i - 2)
    return None


def _that_pronoun_referent(an, W, k: int):
    """The actor that "أنه/أنها/أنهم" at token k points back to: the last one named before
    it (قال الحلف إنه قتل). إنهم is a plural's: "قالت الوزارة إنهم اعتدوا" tells of others,
    not of the ministry."""
    head = an.span(W.toks[k].start, W.toks[k].start)[0]
    return actors.last_actor_before(an, head, number="pl" if W.toks[k].text.endswith("هم") else None,
                                    types=("PER", "ORG", "GROUP"), exclude=_carriers(an))


_OBJECT_PRONOUNS = frozenset({"اياه", "اياها", "اياهم", "اياهما"})


def _pronoun_object(an, W, last: int, start: int, source):
    """"محملا إياه المسؤولية": the object pronoun إياه refers to the last actor named before
    the verb other than its subject."""
    for j in (last + 1, last + 2):
        if j < len(W.toks) and W.toks[j].text in _OBJECT_PRONOUNS:
            return actors.last_actor_before(an, start, types=("PER", "ORG", "GROUP", "LOC"),
                                            exclude={source.id} if source is not None else None)
    return None


# Broken plurals naming no humans that head a body's name (الأمم المتحدة، الدول المانحة): such a
# plural agrees as a feminine singular (دعت الأمم المتحدة، أدانتها الدول), whatever its form.
_NON_HUMAN_PLURAL_HEADS = frozenset(fold(w) for w in "الأمم الدول البلدان القوى العواصم الفصائل".split())


def _pronoun_gender(an, ent, mention_text: str) -> str | None:
    """The gender an object pronoun or a singular verb takes for ``ent``: a person's own, a
    country's by its name (a few are masculine, العراق استقبله، لبنان أدانه: see
    actors.takes_masculine_verbs; the others feminine, روسيا اتهمها), a group's from its table
    (الدول، القوات: f, as plurals naming no humans are; الجنود: m), a body's by its head word
    (الحكومة، القوات، الأمم: f; الجيش، الحزب: m); None when the name does not say (a foreign
    name without ال)."""
    if ent.type == "PER":
        return ent.gender
    if ent.type == "GROUP" and ent.gender:
        return ent.gender               # the group table's: الدول، القوى، الفصائل (non-human plurals) are f
    name = fold(mention_text).split()
    if not name:
        return None
    if ent.type == "LOC":
        return "m" if actors.takes_masculine_verbs(" ".join(name)) else "f"
    head = name[0]
    if head.endswith(("ه", "ات")) or head in _NON_HUMAN_PLURAL_HEADS:
        return "f"
    return "m" if head.startswith("ال") else None


# Object pronouns glued to a verb: (gender, number) of what they stand for.
_GLUED_OBJECTS = (("هما", None, "du"), ("هم", None, "pl"), ("ها", "f", "sg"), ("ه", "m", "sg"))


def _glued_pronoun(an, L, W, i: int, plen: int) -> tuple[str | None, str] | None:
    """(gender, number) of the object pronoun glued to the verb at token i (تدعمها: f, sg),
    or None where the word carries none or is as likely a verbal noun with its owner."""
    word = W.toks[i].text
    if _taa_marbuta(an, W, i):
        return None                         # قتلة: killers, a noun whose ة folds to ه
    stem = word[plen:]
    for suffix, gender, number in _GLUED_OBJECTS:
        if stem.endswith(suffix) and L.readings(word[: len(word) - len(suffix)]):
            break
    else:
        return None
    bare = stem[: -len(suffix)]
    if any(len(bare) == 3 and bare == f.trigger.key for _, _, forms in L.readings(bare) for f in forms):
        return None                         # دعمها، رفضه: as often "her support", "his refusal"
    if bare.endswith("ت") and _nominal_reading(L, bare[:-1] + "ه"):
        return None                         # إدانته، مطالبتهم: a verbal noun in ة with its owner
    if _nominal_reading(L, bare):
        return None                         # لقاءها، اتهامه: a verbal noun with its owner
    return gender, number


def _subject_after_glued_object(an, L, W, i: int, plen: int, start: int, head_end: int,
                                c_end: int, source, target) -> bool:
    """Whether the actor read as the object right after a verb that carries its object as
    a pronoun is in fact its subject, and the actor before the verb what the pronoun
    resumes: a verb takes no second object (الجيش والشرطة تدعمها وحدات من القوات الأجنبية،
    المعارضة اتهمتها الحكومة بالتحريض: the foreign units support, the government accuses)."""
    if source is None or target is None or _glued_pronoun(an, L, W, i, plen) is None:
        return False
    after = _actors_in(an, head_end, c_end)
    if not after or after[0][2] is not target or after[0][4] or after[0][3] > SUBJECT_GAP:
        return False
    return any(m.end <= start for m in source.mentions) and not any(
        head_end <= m.start < after[0][0] for m in source.mentions)


def _glued_object(an, L, W, i: int, plen: int, start: int, source, events: list[Event]):
    """The object of a verb that carries it as a glued pronoun (اتهمها، تدعمه، هاجموه),
    where the sentence says surely whom it stands for:

    - in a relative clause, the actor the clause describes (الجماعة التي تتهمها تركيا،
      فلان الذي تحتجزه السلطات: the pronoun resumes the head before الذي/التي);
    - after و/ف, the object of the act told just before in the sentence (اتهمت روسيا
      بريطانيا ... وحذرتها، اعتقلت الشرطة فلانا واتهمته).

    Elsewhere the pronoun stands as often for a thing (المدارس استهدفها، القرار رفضته),
    which no actor table names, so the nearest actor would be a guess. Either way the
    actor must agree with the pronoun: ـه a man or a masculine body, ـها a woman, a
    country or a feminine body, ـهم a plural group."""
    glued = _glued_pronoun(an, L, W, i, plen)
    if glued is None or glued[1] == "du":
        return None                         # (two actors named apart: not told by one mention)
    gender, number = glued
    word = W.toks[i].text

    def agrees(ent, mention: str) -> bool:
        if ent is source or (ent.type == "LOC" and not _is_country_actor(ent)):
            return False                    # (a city or region is where, not whom)
        if (number == "pl") != (ent.number == "pl" and ent.type in ("GROUP", "ORG")):
            return False
        got = _pronoun_gender(an, ent, mention)
        return number == "pl" or got is None or got == gender

    for k in range(i - 1, max(-1, i - 3), -1):
        if W.toks[k].text.lstrip("و") in _RELATIVES:
            head = an.span(W.toks[k].start, W.toks[k].start)[0]
            found = [m for m in actors.mentions_between(an, max(0, head - 80), head)
                     if not an.text[m[1]:head].strip(" ،,")]
            if found and agrees(found[-1][2], an.text[found[-1][0]:found[-1][1]]):
                return found[-1][2]
            return None                     # the head is a thing (الأمر الذي رفضته): no actor
    prev = events[-1] if events else None
    if plen and word[0] in _CONJ and prev is not None and prev.target and prev.end <= start \
            and _sentence(an, prev.start) == _sentence(an, start):
        ent = _entity(an, prev.target)
        if ent is not None and ent.id != prev.location and any(
                agrees(ent, m.text) for m in ent.mentions if m.end <= start):
            return ent
    return None


def _speaker_at(an, pos: int):
    qi = _quote_index(an, pos)
    return _entity(an, an.quotes[qi].speaker) if qi is not None else None


_PARTICLES = frozenset(fold(w) for w in "أن إن أنه أنها بأن على إلى الى من عن في مع ضد لـ قد كما".split())


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
# Words that may stand right before a verb without being its subject.
_BEFORE_VERB = frozenset(fold(w) for w in """قد لقد كما ثم حيث فيما بينما عندما بعدما لكن ولكن لكنه
كذلك أيضا ايضا لم لن لا ما وقد فقد وكما أمس اليوم بدوره بدورها من جهته من جهتها وفي في""".split()) | _PARTICLES


# A preposition with a pronoun right after a relative clause's verb: the pronoun resumes
# the head, and the actor after it is the verb's subject (روسيا التي فرضت عليها واشنطن
# عقوبات، الوزير الذي اتصل به نظيره).
_RESUMING_PREPOSITIONS = frozenset(p + s for p in ("علي", "الي", "ل", "ب", "مع", "ضد", "عن", "من", "في", "مع")
                                   for s in ("ه", "ها", "هم", "هما"))


def _relative_subject(an, L, W, i: int, plen: int):
    """The head of a relative clause whose verb (token i) has it as subject: "ترامب الذي
    التقى بوتين". Not where the verb carries a pronoun for the head (الدول التي زارها
    الرئيس) or a preposition with one follows it (الوزير الذي اتصل به نظيره): then the
    head is the object and the subject comes after."""
    if plen or i < 1 or W.toks[i - 1].text not in _RELATIVES:
        return None
    word = W.toks[i].text
    if any(word.endswith(suffix) and L.readings(word[: len(word) - len(suffix)]) for suffix, _, _ in _GLUED_OBJECTS):
        return None
    if i + 1 < len(W.toks) and W.texts[i + 1] in _RESUMING_PREPOSITIONS:
        return None
    return _relative_head(an, W, i)


def _relative_head(an, W, i: int):
    """"ترامب الذي تعهد": the actor named just before the relative pronoun, or before its
    adjectives (المعارضة السورية المعتدلة التي ترفض، الحكومة العراقية الجديدة التي)."""
    if i >= 1 and W.toks[i - 1].text in _RELATIVES:
        head = an.span(W.toks[i - 1].start, W.toks[i - 1].start)[0]
        found = [m for m in actors.mentions_between(an, max(0, head - 60), head)
                 if not an.text[m[1]:head].strip(" ،,") or _head_adjectives(an.text[m[1]:head])]
        if found:
            return found[-1][2]
    return None


# Adjectives news often puts after a named actor, between it and a relative pronoun: the
# actor is still the head (المعارضة المعتدلة التي، الحكومة الجديدة التي، الفصائل الموالية
# التي). A closed list: other definite words there are as often a new noun, the object of
# a verb before (قصفت القوات الروسية المدينة التي ...).
_HEAD_ADJECTIVES = frozenset(fold(w) for w in """المعتدلة المعتدل المعتدلين المسلحة المسلح المسلحين
الموالية الموالي الموالين المتطرفة المتطرف المتطرفين المدعومة المدعوم المتحالفة المتحالف المنشقة المنشق
الجديدة الجديد الحالية الحالي السابقة السابق الحاكمة الحاكم المؤقتة المؤقت المقالة المنتهية ولايته
الكبرى الرئيسية الرئيسي الشرعية الشرعي الرسمية الرسمي""".split())


def _head_adjectives(between: str) -> bool:
    """Whether only one or two of _HEAD_ADJECTIVES stand between an actor and a relative."""
    words = fold(between).split()
    return 1 <= len(words) <= 2 and all(w in _HEAD_ADJECTIVES for w in words)


def _noun_before(an, W, i: int) -> bool:
    """Whether a plain word (not a particle or adverb) stands right before the verb in its
    clause: an unnamed subject (هتافات تطالب، الأطراف وافقت)."""
    if i == 0:
        return False
    if _break_in(an, W.toks[i - 1].end, W.toks[i].start):
        return False
    w = W.toks[i - 1].text
    return w not in _BEFORE_VERB and w not in _RELATIVES and w not in _THAT_PRONOUNS


def _subject_left_out(an, W, last: int) -> bool:
    """Whether the verb ending at token ``last`` has no subject of its own: the clause goes
    on with a preposition, a particle or a glued بـ/لـ (وتعهد بعدم، كما حذر من)
    or stops, rather than with a noun (ورحبت عواصم عربية)."""
    j = last + 1
    if j >= len(W.toks):
        return True
    between = an.folded.folded[W.toks[last].end:W.toks[j].start]
    if any(ch in between for ch in ".،,؛:!؟?\n"):
        return True
    w = W.toks[j].text
    return w in _PARTICLES or w[:1] in ("ب", "ل") or w in _THAT_PRONOUNS or w in _OBJECT_PRONOUNS


def _antecedent(an, pos: int, events: list[Event], gender: str | None = None):
    """Who an implicit subject (وتعهد، كما حذر) refers to: the source of the event or the
    speaker of the quote told just before, whichever is nearer; else the last person or
    organisation named. A person, named or by title, of the other gender than the verb's is
    skipped (ودعت after a man or وزير التربية was quoted refers to someone else), as is an
    actor the events stage made of an adjective (التهديد الإيراني: Iran named in passing is
    not who the next sentence goes on about)."""
    carriers = _carriers(an)

    def agrees(eid) -> bool:
        ent = _entity(an, eid)
        return ent is not None and eid not in carriers and ent.rule != "events:nisba" and not (
            gender and ent.type in ("PER", "ROLE") and ent.gender and ent.gender != gender)
    best, best_pos = None, -1
    for ev in events[-3:]:
        if ev.source and ev.end <= pos and pos - ev.end < 400 and ev.end > best_pos and agrees(ev.source):
            best, best_pos = ev.source, ev.end
    for q in an.quotes:
        if q.speaker and q.end <= pos and pos - q.end < 400 and q.end > best_pos and agrees(q.speaker):
            best, best_pos = q.speaker, q.end
    if best is not None:
        return _entity(an, best)
    return actors.last_actor_before(an, pos, gender=gender, types=("PER", "ORG"), exclude=carriers)


def _third_plural(word: str) -> bool:
    """A verb in the third person plural (اعتدوا، يلتزمون، قتلوه): "they" did it."""
    return word.endswith(("وا", "ون")) or (len(word) > 4 and word.endswith(("وه", "وها", "وهم")))


def _verb_gender(word: str, plen: int, present: bool) -> str | None:
    """"f" for a third person feminine singular form (دعت، تطالب), "m" for a bare
    masculine one (دعا، حث), None when the form does not say."""
    stem = word[plen:]
    if present:
        return "f" if stem[:1] == "ت" else ("m" if stem[:1] == "ي" else None)
    if stem.endswith("ت"):
        return "f"
    if stem.endswith(("وا", "ن", "نا", "تم", "ا")):
        return None
    return "m"


def _noun_actors(an, L, W, t: Trigger, i: int, start: int, end: int, c_start: int, c_end: int, source,
                 events: list[Event] = ()):
    target = None
    own = actors.entity_at(an, start, end)
    if own is not None and own.type in ("GROUP", "PER", "ORG") and source is None:
        source = own                                   # المتظاهرون، انتحاري: the actor noun itself
    after = _actors_in(an, end, c_end)
    gen = after[0] if after and after[0][3] <= GENITIVE_GAP and not after[0][4] else None
    if gen is not None and set(fold(an.text[end:gen[0]]).split()) & _PREPOSITIONS:
        gen = None                                     # غارات في شمال العراق: a place, not a genitive
    if gen is not None and set(an.text[end:gen[0]].split()) & _RELATIVES:
        gen = None                                     # المداهمة التي نفذتها الأجهزة: a relative clause's subject
    if source is None and t.gen == "none" and after and after[0][3] == 1 and after[0][2].type in ("ORG", "GROUP") \
            and fold(an.text[end:after[0][0]]).split() == ["من"]:
        source = after[0][2]                           # انتحاري من حركة X: one of them did it (_member)
    if source is None and gen is not None:
        source = _light_subject(an, L, W, i, c_start)  # شن مقاتلات تركية غارات: the light verb's subject
    if source is None and _possessed(L, W.toks[i].text) and not _taa_marbuta(an, W, i):
        # اعتداءاتها: "its attacks", by the one just spoken of: the target of the act told
        # before it in the sentence (حمّله المسؤولية نتيجة رفضه: the one blamed refused),
        # else the last actor named
        # when it can be what the ending stands for (تهديدها after "اتهمت الكويت مانيلا": the
        # feminine Manila; زيارته after a visit to France is not France's)
        prev = events[-1] if events else None
        if prev is not None and _sentence(an, prev.start) == _sentence(an, start) \
                and _possessor_agrees(an, _entity(an, prev.target), W.toks[i].text):
            source = _entity(an, prev.target)
        else:
            source = _last_actor(an, start)
    if gen is not None and gen[3] == 0 and gen[2].rule == "events:nisba" \
            and re.fullmatch(r"\S+(ي|يه|يا)", fold(an.text[gen[0]:gen[1]])):
        # التهديدات الروسية، الدعم الإيراني للحوثيين، بدعم تركي: a singular nationality
        # adjective right after the act noun says whose act it is, never whom it is aimed at
        # (a plural is a noun for people: اعتقال الأتراك، دعم اليمنيين)
        source = source or gen[2]
        target = _prep_actor(an, W, frozenset({"ل"}), gen[1], min(c_end, gen[1] + 25), exclude=gen[2]) \
            if "obj" in t.targets else None
        gen = None
    if gen is not None:
        ent = gen[2]
        lam = _prep_actor(an, W, frozenset({"ل"}), gen[1], min(c_end, gen[1] + 25), exclude=ent)
        if lam is not None and t.gen != "none":
            # استهداف القوات الروسية للمدنيين: genitive acts, لـ suffers
            source = source or ent
            target = lam
        else:
            # a verb read as its verbal noun: the genitive is its object (دعم كييف) when it takes one
            role = t.gen or ("target" if "obj" in t.targets else "source")
            if role == "source" and source is None:
                source = ent
            elif role == "target":
                target = ent
    if source is None:
        source = _light_subject(an, L, W, i, c_start)
    if source is None and t.type not in SCENE_TYPES:
        # أعلن الاتحاد الأوروبي تقديم مساعدات: who announces, decides or pledges it does it;
        # with عن the noun may stand further (أعلنت الأمم المتحدة في الثاني من أبريل عن هدنة)
        window = CONTROL_WINDOW * 2 if i > 0 and W.toks[i - 1].text == "عن" else CONTROL_WINDOW
        window += _medium_phrase_before(W, i)     # أعلنت الوزارة في بيان اعتقال ...
        window += _date_aside_words_before(an, W, i)  # أعلنت الوزارة، الأحد، اعتقال ...
        # أعلنت الوزارة، يوم الثلاثاء، اعتقال ...، أعلنت الشرطة، في بيان، توقيف: a time or
        # medium set off by commas ends no clause here
        announce_start, aside_words = _aside_before(an, c_start)
        source = _light_subject(an, L, W, i, announce_start, effect="control", window=window + aside_words)
    if source is None:
        # العملية التي شنها الكرملين: a light verb in a relative clause after the noun
        for j in range(i + 1, min(i + 5, len(W.toks))):
            if any(c.effect == "light" for c in _cues_at(L, W, j)) or _light_with_object(L, W.texts[j]):
                if j + 1 < len(W.toks) and W.texts[j + 1] in _BI_PRONOUNS:
                    j += 1              # زيارة قام بها فلان: بها is the light verb's own
                _, e = an.span(W.toks[j].start, W.toks[j].end)
                found = _actors_in(an, e, c_end)
                if found and not found[0][4] and (found[0][3] <= 1 or _titled_right_after(an, e, found[0])):
                    # (or a person after all the words of the title: زيارة أجرتها رئيسة
                    # الوزراء الإيطالية فلانة)
                    source = found[0][2]
                break
    if target is None and gen is None and "obj" in t.targets and _possessed(L, W.toks[i].text) \
            and not _taa_marbuta(an, W, i):
        # دعمه لأوكرانيا، جددت الصين دعمها لروسيا: "its support for X", X right after with ل
        target = _prep_actor(an, W, frozenset({"ل"}), end, min(c_end, end + 15), exclude=source)
    return source, target


def _light_with_object(L, word: str) -> bool:
    """A light verb carrying the pronoun of the noun before it (زيارة أجرتها، حملة نفذها)."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return any(c.effect == "light" for c in L.cues_of(word[: -len(suffix)]))
    return False


# What an announcement is made in (أعلنت الوزارة في بيان ...، أكد في تصريح صحفي ...).
_MEDIA_NOUNS = frozenset(fold(w) for w in "بيان بيانها بيانه تصريح تصريحات مؤتمر بلاغ رسالة تغريدة".split())
_MEDIA_ADJECTIVES = frozenset(fold(w) for w in "رسمي صحفي صحافي مقتضب مشترك صادر".split())


def _medium_phrase_before(W, i: int) -> int:
    """How many words "في بيان (رسمي)" takes right before token i: the medium of an
    announcement stands between the verb and what it announces, and does not count
    against the announcing verb's reach."""
    k = i - 1
    if k >= 0 and W.texts[k] in _MEDIA_ADJECTIVES:
        k -= 1
    if k >= 1 and W.texts[k] in _MEDIA_NOUNS and W.texts[k - 1] in ("في", "عبر", "خلال"):
        return i - k + 1
    return 0


def _date_aside_words_before(an, W, i: int) -> int:
    """How many words a day set off by commas takes right before token i ("أعلنت الوزارة،
    الأحد، اعتقال"): like the medium of an announcement, it does not count against the
    announcing verb's reach."""
    start = an.span(W.toks[i].start, W.toks[i].end)[0]
    text = an.text
    for d in an.dates:
        if d.end < start and text[d.end:start].strip() in ("،", ",") \
                and text[:d.start].rstrip().endswith(("،", ",")):
            return len(text[d.start:d.end].split())
    return 0


# Words of a time or a medium set off by commas (، يوم الثلاثاء، / ، مساء أمس، / ، في بيان،).
_ASIDE_WORDS = _NO_HEAD | _TIME_WORDS | _ADJUNCT_TIME_WORDS | _MEDIA_NOUNS | _MEDIA_ADJECTIVES \
    | frozenset(fold(w) for w in "يوم أول من في عبر خلال الجاري الحالي المقبل".split())


def _aside_before(an, c_start: int) -> tuple[int, int]:
    """Where the clause before a time or medium set off by commas begins, and the aside's
    words, when the clause at ``c_start`` follows one (أعلنت الوزارة، يوم الثلاثاء، اعتقال
    ...، أعلنت الشرطة، في بيان، توقيف ...); else ``c_start`` and 0."""
    text = an.text
    k = c_start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] not in "،,":
        return c_start, 0
    s_start, _ = _sentence(an, k)
    marks = [m for m in _CLAUSE_MARK_RE.finditer(text, s_start, k)]
    if not marks or marks[-1].group() not in "،,":
        return c_start, 0
    words = fold(text[marks[-1].end():k]).split()
    if not 1 <= len(words) <= 4 or not all(w in _ASIDE_WORDS or w.isdigit() for w in words):
        return c_start, 0
    return (marks[-2].end() if len(marks) > 1 else s_start), len(words)


# بـ with a pronoun after a light verb (قام بها، قاموا به): the verb's own complement.
_BI_PRONOUNS = frozenset({"به", "بها", "بهم", "بهما"})


# Verbs of undergoing: their subject suffers the act the noun after them names (تعرض لهجوم،
# يتعرضون للقصف، تعرضت لاعتداء).
_UNDERGO = ("تعرض", "يتعرض", "تتعرض")
UNDERGO_WINDOW = 6       # words between تعرض and the act it undergoes (تعرضت دورية للجيش أمس لهجوم)


def _undergoer(an, W, i: int, c_start: int, start: int):
    """Who came under the act named by the noun at token i: the subject of تعرض a few words
    before it, after the verb (تعرضت دورية للجيش اللبناني لهجوم) or before it (الجنود
    الأتراك تعرضوا لهجوم); None when no such verb stands there."""
    first = W.index_at(an.folded.to_folded(c_start))
    for j in range(i - 1, max(first, i - UNDERGO_WINDOW) - 1, -1):
        if W.toks[j].text.lstrip("وف").startswith(_UNDERGO):
            vs, ve = an.span(W.toks[j].start, W.toks[j].end)
            between = _actors_in(an, ve, start)
            if between:
                return between[0][2]        # (a patrol "of" the army: the army, after its لـ)
            # before the verb only right before it: "وتعرض للضرب" after a comma has its
            # subject left out, and an actor further back is someone else
            before = [a for a in _actors_in(an, c_start, vs) if not a[4]
                      and all(w.startswith("ال") for w in fold(an.text[a[1]:vs]).split()[:2])
                      and len(an.text[a[1]:vs].split()) <= 1]     # (an adjective: الجنود الأتراك)
            return before[-1][2] if before and before[-1][2].type != "LOC" else None
    return None


def _last_actor(an, pos: int, within: int = 300):
    """The last person, organisation, group or country named before ``pos`` (a city or a
    region is a place, not an actor)."""
    carriers = _carriers(an)
    for s, e, ent in reversed(actors.mentions_between(an, max(0, pos - within), pos)):
        if (ent.type != "LOC" or _is_country_actor(ent)) and ent.id not in carriers:
            return ent
    return None


def _carriers(an) -> set[str]:
    """Ids of the news outlets and reporters of an article (organisations and groups of the
    media sector). They carry what others say (قال لوكالة رويترز إن، في حديث لقناة، نقلت
    الصحيفة عن فلان قوله إن، بحسب الوكالة، قال للصحفيين), so an implicit or pronoun subject
    never points back at them; an outlet named as the verb's own subject (انتقدت الصحيفة
    الحكومة) is found by the subject rules and still acts."""
    return {e.id for e in an.entities if e.sector == "MED" and e.type in ("ORG", "GROUP")}


def _taa_marbuta(an, W, i: int) -> bool:
    """Whether token i ends in ة as written (ناسفة، مفخخة): folded to ه it looks like the
    possessive "his" (اعتداءاته), but it is the feminine ending (MYHUNK)."""
    s, e = an.span(W.toks[i].start, W.toks[i].end)
    return an.text[s:e].rstrip("\u064b-\u065f").endswith("ة")


def _possessor_agrees(an, ent, word: str) -> bool:
    """Whether ``ent`` can be what the possessive ending of ``word`` stands for: ـه a man or
    a masculine body or country, ـها a woman or a feminine one (by _pronoun_gender); a dual
    or plural ending, or an actor whose gender the name does not tell, agrees."""
    if ent is None:
        return False
    wanted = "f" if word.endswith("ها") else "m" if word.endswith("ه") and not word.endswith("هه") else None
    if wanted is None:
        return True
    gender = _pronoun_gender(an, ent, ent.name)
    return gender is None or gender == wanted


def _possessed(L: EventLexicon, word: str) -> bool:
    """Whether a verbal noun carries a possessive ending that names its doer (اعتداءاتها،
    هجماتهم، زيارته): the word without the ending is itself a form of the lexicon."""
    for suf in ("هما", "هم", "ها", "ه"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:     # رفضه، قتلهم
            stem = word[: -len(suf)]
            if stem.endswith("ت") and L.readings(stem[:-1] + "ه"):
                return True                 # زيارته = زيارة + ه
            return bool(L.readings(stem))
    return False


def _light_subject(an, L, W, i: int, c_start: int, effect: str = "light", window: int = LIGHT_WINDOW):
    """The subject of a light verb a few words before the noun (شن الجيش هجوما), or of a
    verb of the given cue ``effect``."""
    first = W.index_at(an.folded.to_folded(c_start))
    for j in W.cue_indices(max(first, i - window - 1), i, backwards=True):
        if any(c.effect == effect for c in _cues_at(L, W, j)):
            if effect == "control" and W.toks[j].text.startswith(("ل", "ب")):
                return None     # لعرض، بإعلان: a noun, not a verb with a subject
            s, e = an.span(W.toks[j].start, W.toks[j].end)
            after = _actors_in(an, e, an.span(W.toks[i].start, W.toks[i].end)[0])
            if after and not after[0][4]:
                return after[0][2]
            if effect == "control" and j > 0 and W.toks[j - 1].text in _RELATIVES:
                return None     # الشبكة التي أعلن عن كشفها: the one before is the object
            before = _actors_in(an, an.span(W.toks[first].start, W.toks[first].start)[0], s)
            for bs, be, ent, gap, prep in reversed(before):
                if not prep:
                    return ent
            return None
    return None


def _agent(an, L, W, i: int, c_end: int):
    """The actor after من قبل / على يد in the clause: a passive's agent."""
    last = W.index_at(an.folded.to_folded(c_end))
    for j in W.cue_indices(i + 1, min(last, i + 12)):
        for cue in _cues_at(L, W, j):
            if cue.effect == "agent":
                k = j + len(cue.words) - 1
                if k < len(W.toks):
                    _, e = an.span(W.toks[k].start, W.toks[k].end)
                    found = _actors_in(an, e, c_end)
                    if found and found[0][3] <= 1:
                        return found[0][2]
    return None


def _verbal_noun_agent(an, W, i: int, plen: int, c_end: int):
    """A verb's spelling after بـ or كـ is its verbal noun ("بطلب من فرنسا"، "بدعم من
    واشنطن"، "بقصف من الطيران"): the actor right after its من is who asked, backed or
    struck, the act's source and not its target."""
    if plen == 0 or W.toks[i].text[plen - 1] not in "بك" or i + 1 >= len(W.toks) \
            or W.texts[i + 1] != "من":
        return None
    _, e = an.span(W.toks[i + 1].start, W.toks[i + 1].end)
    found = _actors_in(an, e, c_end)
    return found[0][2] if found and found[0][3] <= 1 else None


def _actors_in(an, lo: int, hi: int):
    """Actor mentions in [lo, hi): (start, end, entity, words between lo and it, whether a
    preposition stands just before it)."""
    out = []
    prev_end = lo
    for s, e, ent in actors.mentions_between(an, lo, hi):
        gap_text = an.text[lo:s]
        words = gap_text.split()
        # (the word before may be the end of the name just before: "وانغ ون بين الولايات المتحدة")
        prep = bool(words) and fold(words[-1]) in _PREPOSITIONS and (prev_end == lo or bool(an.text[prev_end:s].strip()))
        prev_end = e
        if prep and fold(words[-1]) == "من" and len(words) >= 2 and _partitive(an, words[-2]):
            prep = False                    # قوة من الشرطة: the police act
        if not prep:
            # a clitic preposition glued to the mention (لأوكرانيا، بالجيش)
            head = _word_start(an.text, s)
            glued = fold(an.text[head:s])
            prep = glued.lstrip("وف").startswith(("ب", "ل", "ك")) if glued else False
        if not prep and words and ent.type == "PER" and ent.title:
            prep = _title_after_preposition(fold(words[0]), ent.title)
        out.append((s, e, ent, len(words), prep))
    return out


def _title_after_preposition(first_word: str, title: str) -> bool:
    """Is ``first_word`` (folded, the first word between a verb and a titled person) the
    first word of the person's title with بـ/لـ glued to it? "التقى بوزير الخارجية العماني
    فلان"، "اتصل بالرئيس فلان": the person is then the preposition's object, not the subject."""
    w = first_word.lstrip("وف")
    if w[:1] not in ("ب", "ل"):
        return False
    title_first = fold(title).split()[0] if title.strip() else ""
    bare_title = title_first[2:] if title_first.startswith("ال") else title_first
    rest = w[1:]
    return bool(bare_title) and (rest == bare_title or rest == "ال" + bare_title
                                 or w.startswith("لل") and w[2:] == bare_title)


def _partitive(an, word: str) -> bool:
    cues = event_lexicon(an).cues
    w = fold(word)
    if w.isdigit() or w in _CROWD_WORDS:
        return True                         # خمسة من عناصر الأمن، 20 من الجنود
    # العشرات من، والعناصر من: the same heads with و/ف or ال
    return any(c.effect == "partitive" for x in (w, w.lstrip("وف"), _bare_word(w)) for c in cues.get(x, ()))


def _prep_actor(an, W, preps: frozenset[str], lo: int, hi: int, exclude=None):
    """The first actor in [lo, hi) right after one of ``preps`` (on its own or glued)."""
    for s, e, ent in actors.mentions_between(an, lo, hi):
        if exclude is not None and ent is exclude:
            continue
        if ent.type == "ORG" and ent.sector == "MED" and not preps & _AGAINST:
            continue                # قال لـ«رويترز»، في اتصال مع صحيفة: the outlet spoken to
        head = _word_start(an.text, s)
        glued = fold(an.text[head:s]).lstrip("وف")
        if glued and glued[0] in ("ل", "ب") and glued[0] in preps:
            return ent
        if glued[:1] == "ل" and "الى" in preps:
            return ent
        words = fold(an.text[lo:head]).split()[-3:]
        if "ل" in preps and words and words[-1][:1] == "ل" and len(words[-1]) > 3 \
                and not words[-1].startswith(("لكن", "لدي", "لقد")) and not _CLAUSE_MARK_RE.search(an.text[lo:head]) \
                and len(an.text[lo:head].split()) <= 2:
            # لمواقع المعارضة، لمدينة إدلب: لـ on the head of a construct right after the trigger
            # or its doer (further on, لـ starts a phrase of its own: حال وصوله لمنصب)
            return ent
        for k, w in enumerate(words):
            if (w in preps or (w[:1] in "وف" and w[1:] in preps)) and not _THAT_WORDS.intersection(words[k + 1:]):
                return ent          # (not "حذر من أن موسكو سترد": a that-clause, not the preposition's object)
            if ent.type == "PER" and ent.title and w.lstrip("وف")[:1] in preps \
                    and _title_after_preposition(w, ent.title):
                return ent          # التقى بالرئيس المصري فلان: بـ on the person's title
    return None


_THAT_WORDS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه"})
_AGAINST = frozenset({"علي", "ضد"})     # an outlet may be what an attack or a ban is against


def _place_in(an, lo: int, hi: int):
    for s, e, ent in actors.mentions_between(an, lo, hi, types=_PLACE_TYPES):
        if ent.affiliation or ent.country:
            return ent
    return None


def _place_before(an, lo: int, hi: int):
    """The last place with a country named in [lo, hi)."""
    found = None
    for s, e, ent in actors.mentions_between(an, lo, hi, types=_PLACE_TYPES):
        if ent.affiliation or ent.country:
            found = ent
    return found


def _opening_place(an, lo: int, hi: int):
    """A place with a country that opens the sentence in a phrase of its own, before a
    comma (وفي بغداد، ...، وفي الموصل (شمال العراق)، ...): where what it tells happened."""
    words = an.text[lo:hi].split()
    if not words or fold(words[0]).lstrip("و") not in ("في", "ففي"):
        return None
    comma = an.text.find("،", lo, hi)
    if comma < 0:
        return None
    return _place_in(an, lo, comma)         # the first: وفي كركوك (255 كلم شمال بغداد)


def _lend_affiliation(an, ent, place) -> None:
    """A collective actor with no country takes one the text gives: a country adjective
    right after it (متظاهرون أفغان), or for protesters the place they protest in (domestic
    actors carry their country's code: المتظاهرون في أثينا are Greek)."""
    for m in ent.mentions:
        for s, e, other in actors.mentions_between(an, m.end, m.end + 20):
            if other is not ent and other.affiliation and not an.text[m.end:s].strip() \
                    and other.type == "GROUP":
                ent.affiliation = other.affiliation
                ent.rule = (ent.rule + "+" if ent.rule else "") + "events:adjective"
                return
            if other is not ent and other.affiliation and other.type in ("ORG", "GROUP") \
                    and fold(an.text[m.end:s]).split() == ["من"]:
                # مسلحون من حركة X: members of a body act for it (_member)
                ent.affiliation, ent.code = other.affiliation, ent.code or other.code
                ent.rule = (ent.rule + "+" if ent.rule else "") + "events:member"
                return
    if place is not None and place.type == "LOC" and (place.affiliation or place.country):
        ent.affiliation = place.affiliation or place.country
        ent.rule = (ent.rule + "+" if ent.rule else "") + "events:place"


VICTIM_WINDOW = 100      # characters between an attack's trigger and the count of its victims


def _act_span(an, ev: Event, events: list[Event]) -> tuple[int, int]:
    """The stretch of text that tells this act: its sentence, cut at the acts told before
    and after it (قتل في الهجوم 17 بحارا أمريكيا ... وقتل في التفجير الثاني بحار من طاقم
    الناقلة: the second toll is not the first act's)."""
    lo, hi = _sentence(an, ev.start)
    for other in events:
        if other.end <= ev.start:
            lo = max(lo, other.end)
        elif other.start >= ev.end:
            hi = min(hi, other.start)
    return lo, hi


def _counted_foreign_victims(an, ev: Event, source, place, lo: int, hi: int):
    """A group with a country other than the place's that the attack's sentence counts
    (مقتل 15 جنديا تركيا، خطف خمسة بريطانيين، 23 من الكوريين الجنوبيين، أصيب جنديان
    أمريكيان، بينهم ثلاثة أجانب اثنان منهم أميركيان) or names right after a casualty word
    (قتل جندي أمريكي في هجوم): a casualty or hostage toll, the nearest one to the trigger in
    [lo, hi). Attackers are named by what they did, not
    counted in the toll, and a group that is the event's source is never its victim."""
    place_country = (place.affiliation or place.country) if place is not None else None
    best, best_gap = None, None
    for s, e, ent in actors.mentions_between(an, lo, hi, types=("GROUP",)):
        if ent is source or not ent.affiliation or ent.affiliation == place_country \
                or not _says_its_country(an, ent, s, e):
            continue
        if not (_counted_at(an.text, lo, s) or _dual_at(an.text, s, e) or _casualty_at(an.text, s)):
            continue
        gap = ev.start - e if e <= ev.start else s - ev.end
        if gap <= VICTIM_WINDOW and (best_gap is None or gap < best_gap):
            best, best_gap = ent, gap
    return best


# What an attack hits that belongs to someone: a unit on the move, a post, a building, a
# bus or a ship (دورية للجيش، قافلة تابعة للقوات، مقر السفارة، موكب الوزير). Its owner is
# whom the attack was done to. Not planes, tanks, cars or boats, which as often carry the
# attackers (غارة لطائرة تابعة للتحالف، سيارة مفخخة للتنظيم). Folded, without the article.
_THINGS_HIT = frozenset(fold(w) for w in """دورية قافلة رتل موكب قاعدة مقر مركز نقطة حاجز ثكنة
موقع مواقع مبنى سفارة قنصلية مكتب منزل حافلة سفينة""".split())
_BELONGING = frozenset(fold(w) for w in "تابعة التابعة تابع التابع تابعين التابعين".split())


def _owner_of_thing_hit(an, ev: Event, source, lo: int, hi: int):
    """An actor with a country that owns the thing an attack in [lo, hi) hit, after the
    thing's noun as لـ (دورية للجيش الأمريكي، قافلة تابعة للقوات الفرنسية) or as its
    genitive (مقر السفارة الأمريكية): the nearest one after the trigger."""
    text = an.text
    for s, e, ent in actors.mentions_between(an, max(lo, ev.end), min(hi, ev.end + VICTIM_WINDOW)):
        if ent is source or not (ent.affiliation or ent.code) or not _says_its_country(an, ent, s, e):
            continue
        head = _word_start(text, s)
        glued = fold(text[head:s]).lstrip("وف")
        if glued and not glued.startswith("ل"):
            continue                            # بالجيش، من القوات: no owner after بـ
        before = fold(text[max(lo, head - 40):head]).split()
        if before and before[-1] in _BELONGING:
            before = before[:-1]
        if not before:
            continue
        noun = before[-1].lstrip("وف")
        noun = noun[2:] if noun.startswith("ال") else noun
        if noun.endswith("ا") and noun[:-1] in _THINGS_HIT:
            noun = noun[:-1]                    # موقعا للجيش
        if noun in _THINGS_HIT and (glued or not before[-1].lstrip("وف").startswith("ال")):
            return ent                          # (المقر الجيش is no construct)
    return None


def _says_its_country(an, ent, s: int, e: int) -> bool:
    """Whether the mention at [s, e) names the group as fully as the entity's name does: a
    bare "الشرطة" or "الجنود" joined to "الشرطة التركية" told before may be another
    country's, and its country is not said here. Named bodies and people say theirs."""
    return ent.type != "GROUP" or len(an.text[s:e].split()) >= len(ent.name.split())


def _counted_at(text: str, lo: int, s: int) -> bool:
    """Whether a number counts the mention starting at ``s``: right before it (15 جنديا،
    ثلاثة جنود، خمسة بريطانيين) or before a partitive (23 من الكوريين، اثنان منهم أميركيان)."""
    words = fold(text[max(lo, s - 40):s]).split()[-2:]
    if words and words[-1] in ("من", "منهم"):
        words = words[:-1]
    return bool(words) and _count_word(words[-1])


# Words of a casualty or a hostage right before the one hit (قتل جندي أمريكي، مقتل صحفي
# فرنسي، إصابة مواطن بريطاني، خطف مهندس صيني): one victim, told as a toll is. Folded.
_CASUALTY_WORDS = frozenset(fold(w) for w in """قتل مقتل أصيب إصابة جرح خطف اختطاف اغتيل اغتيال
استشهد استشهاد""".split())


def _casualty_at(text: str, s: int) -> bool:
    """Whether a casualty or hostage word stands right before the mention at ``s`` (it may
    be the trigger of an act told just before: قتل جندي أمريكي في هجوم)."""
    words = fold(text[max(0, s - 20):s]).split()
    return bool(words) and (words[-1] in _CASUALTY_WORDS
                            or (words[-1][:1] in _CONJ and words[-1][1:] in _CASUALTY_WORDS))


def _dual_at(text: str, s: int, e: int) -> bool:
    """Whether the mention is a noun and adjective in the nominative dual (جنديان أمريكيان،
    صحفيان فرنسيان): a count of two."""
    words = fold(text[s:e]).split()
    return len(words) == 2 and all(w.endswith("ان") for w in words)


def _coordinated(text: str, s: int) -> bool:
    """Whether the mention at ``s`` is joined by و to what precedes it (زيلينسكي وجميع
    المسؤولين): a second subject, not an object."""
    words = text[max(0, s - 12):s].split()
    head = _word_start(text, s)
    return (head < s and text[head] == "و") or (bool(words) and words[-1] in ("وجميع", "وكل", "و"))


_CAPITAL_WORD = fold("عاصمة")


def _called_the_capital(an, ent, lo: int, hi: int) -> bool:
    """Whether a mention of ``ent`` in [lo, hi) follows the word "capital" within two words
    (في العاصمة كابل، بالعاصمة الأفغانية كابول، العاصمة السورية دمشق): the city is named as a
    place, not as the government it may stand for (موسكو حذرت)."""
    for m in ent.mentions:
        if lo <= m.start < hi:
            before = fold(an.text[max(lo, m.start - 40):m.start]).split()[-2:]
            if any(w.endswith(_CAPITAL_WORD) for w in before):     # (بالعاصمة، وعاصمة)
                return True
    return False


def _is_country_actor(ent) -> bool:
    """A country or capital standing for its government (إسرائيل ردت، موسكو حذرت), not a
    city or region (the gazetteer's lexicon id says which: country:, capital:, seat:)."""
    return (ent.type == "LOC" and bool(ent.affiliation)
            and (ent.lexicon_id or "").startswith(("country:", "capital:", "seat:")))


def _entity(an, eid):
    # Ids carry the entity's place in the list (e7 is the seventh, a31 the 31st: see
    # entities.py and _add_nisba_actors), so the list is read at that place first and
    # searched only if it holds another entity there.
    if eid is None:
        return None
    k = int(eid[1:]) - 1 if eid[1:].isdigit() else -1
    if 0 <= k < len(an.entities) and an.entities[k].id == eid:
        return an.entities[k]
    for e in an.entities:
        if e.id == eid:
            return e
    return None


# ------------------------------------------------------------------ polarity, modality

def _polarity(an, L, W, i: int, form: Form, plen: int, first_tok: int, ev: Event) -> None:
    prefix = W.toks[i].text[:plen]
    if form.present and prefix.endswith(_FUTURE):
        ev.modality = "future"
    for j in W.cue_indices(max(first_tok, i - CUE_WINDOW), i, backwards=True):
        near = j >= i - 2
        for cue in _cues_at(L, W, j):
            eff = cue.effect
            if eff == "negation" and near and (j == i - 1 or cue.words[-1] not in _WITHOUT):
                ev.negated = True
                if W.toks[j].text.endswith("لن"):
                    ev.modality = ev.modality or "future"
            elif eff == "denial":
                if _joined_verb(W.toks[i].text, plen, form) and not W.has_any(j + 1, i, _THAT_WORDS):
                    continue        # "نفت الحركة ذلك واتهمت إسرائيل": a second act, not one denied
                ev.negated = True
            elif eff == "hypothetical" and ev.modality in (None, "future"):
                if cue.words == ("قد",):
                    if j == i - 1 and form.present:
                        ev.modality = "hypothetical"
                else:
                    ev.modality = "hypothetical"
            elif eff in ("future", "intent") and ev.modality is None:
                ev.modality = eff
    s_end = _sentence_end(an, ev.end)
    text = an.text
    while s_end > 0 and text[s_end - 1].isspace():     # the sentence's last visible mark,
        s_end -= 1                                      # without copying the text before it
    if text[s_end - 1:s_end] in ("؟", "?"):
        ev.modality = "hypothetical"          # a question asserts nothing


# "without" negates the word right after it only: طائرة بدون طيار بإطلاق is no denial
_WITHOUT = frozenset(fold(w) for w in ("دون", "بدون", "بلا"))


# Where shots into the air go, after a trigger flagged `firing` (أطلق النار، إطلاق الرصاص).
_AIR = frozenset(fold(w) for w in ("الهواء", "الجو"))


def _into_the_air(W: _Words, i: int) -> bool:
    """Whether "في الهواء / في الجو" follows the firing trigger at token i within a few words
    (أطلقت قوات الأمن النار في الهواء لتفريقهم، أطلقوا الأعيرة النارية في الهواء ابتهاجا)."""
    texts = W.texts
    return any(texts[k] == "في" and texts[k + 1] in _AIR for k in range(i + 1, min(i + 7, len(texts) - 1)))


def _in_game(an, L: EventLexicon, W: _Words, pos: int) -> bool:
    """Does the sentence at ``pos`` speak of a match (a `game` cue: مباراة، الشوط، وديا،
    دور الستة عشر ...)? Then لقاء، التقى، استقبل are teams playing or a net conceding."""
    s, e = _sentence(an, pos)
    lo, hi = W.index_at(an.folded.to_folded(s)), W.index_at(an.folded.to_folded(e))
    return any(cue.effect == "game" for j in W.cue_indices(lo, hi) for cue in _cues_at(L, W, j))


def _cues_at(L: EventLexicon, W: _Words, j: int) -> list[Cue]:
    got = W._cues_at.get(j)
    if got is None:
        got = W._cues_at[j] = [cue for cue in L.cues_of(W.toks[j].text)
                               if len(cue.words) == 1 or W.follow(j, cue.words[1:], 1) is not None]
    return got


# ------------------------------------------------------------------ spans

_CLAUSE_MARKS = set("،,؛;:()[]«»“”\"")


_CLAUSE_MARK_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]")


def _clause(an, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): bounded by the sentence and by clause marks."""
    s_start, s_end = _sentence(an, start)
    text = an.text
    a = s_start
    word_start = _word_start(text, start)
    aside_opens, before_aside = -1, a     # the comma that may open a day set off by commas
    for mark in _CLAUSE_MARK_RE.finditer(text, s_start, start):   # one scan for all marks
        if mark.end() == word_start and mark.group() in _OPENING_MARKS:
            continue            # a quotation opening at the verb itself: إن الجزائر "ترفض ..."
        if mark.group() in "،," and aside_opens >= 0 and not text[mark.end():word_start].strip() \
                and not (word_start < start and text[word_start] in "وف") \
                and _date_aside(an, aside_opens + 1, mark.start()):
            # وأعلنت الوزارة، الأحد، اعتقال: the trigger right after the aside is in the clause
            # before it (not a verb joined by و: زار فلان إسرائيل، الأربعاء، والتقى ...)
            a, aside_opens = before_aside, -1
            continue
        aside_opens, before_aside = (mark.start(), a) if mark.group() in "،," else (-1, a)
        a = mark.end()                              # just after the last one before the trigger
    b = actors.clause_end(text, end, s_end)
    while b < s_end and text[b] in "،,":
        # "حذر الوزير، أمس، إثيوبيا من": a day set off by commas sits inside its clause
        after = actors.clause_end(text, b + 1, s_end)
        if not (after < s_end and text[after] in "،," and _date_aside(an, b + 1, after)):
            break
        b = actors.clause_end(text, after + 1, s_end)
    if b < s_end and text[b] in "،," and tuple(fold(text[end:b]).split()) in _ASIDES_AFTER_VERB:
        # "واعترف بدوره، مدرب المنتخب فلان بـ": the aside's comma does not end the clause
        b = actors.clause_end(text, b + 1, s_end)
    while b < s_end and text[b] in _NAME_MARKS and (text[b] != '"' or text[b - 1:b].isspace()):
        # a short «...» is a name or a term in its clause (11 مسلحا من تنظيم «القاعدة»، وتتهم
        # "مراسلون بلا حدود" الحكومة), not a quotation that ends it (a straight mark opens
        # one only after a space)
        close = text.find(_NAME_MARKS[text[b]], b + 1, min(s_end, b + QUOTED_NAME_CHARS))
        if close < 0 or len(text[b + 1:close].split()) > QUOTED_NAME_WORDS:
            break
        b = actors.clause_end(text, close + 1, s_end)
    return a, b


def _date_aside(an, lo: int, hi: int) -> bool:
    """Is text [lo, hi) one date expression alone, as set off by commas in news style
    ("قال الوزير، الثلاثاء، إن"، "فرقت الشرطة، مساء الأحد، المحتجين")?"""
    seg = an.text[lo:hi]
    lo += len(seg) - len(seg.lstrip())
    hi -= len(seg) - len(seg.rstrip())
    return hi > lo and any(d.start == lo and d.end == hi for d in an.dates)


# "In turn", "for his part" set off by a comma right after a verb whose subject follows.
_ASIDES_AFTER_VERB = frozenset(tuple(fold(phrase).split()) for phrase in (
    "بدوره", "بدورها", "بدورهم", "بدورهما", "من جهته", "من جهتها", "من جهتهم",
    "من جانبه", "من جانبها", "من جانبهم"))


def _sentence(an, pos: int) -> tuple[int, int]:
    spans = an.sentences
    k = bisect_left(spans, (pos + 1,)) - 1
    if 0 <= k < len(spans) and spans[k][0] <= pos < spans[k][1]:
        return spans[k]
    return 0, len(an.text)


def _sentence_end(an, pos: int) -> int:
    return _sentence(an, pos)[1]


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and not text[pos - 1].isspace() and text[pos - 1] not in _CLAUSE_MARKS:
        pos -= 1
    if pos > 1 and text[pos - 1] == "«" and not text[pos - 2].isspace() and text[pos - 2] not in _CLAUSE_MARKS:
        return _word_start(text, pos - 1)   # بـ«رويترز»، و«حماس»: a clitic glued before the mark
    return pos


def _quote_index(an, pos: int) -> int | None:
    for k, q in enumerate(an.quotes):
        if q.start <= pos < q.end:
            return k
    return None


def _date_of(an, pos: int) -> str | None:
    """The day of the event whose trigger starts at ``pos``: of the days told in its
    sentence, the one nearest the trigger (in "أعلن الجيش، الأحد، أن طائراته قصفت في 12
    مارس مواقع" the raid was on 12 March, the announcement on Sunday), else the article's
    date."""
    s, e = _sentence(an, pos)
    nearest, distance = an.published, None
    for d in an.dates:
        if s <= d.start < e and d.value:
            gap = pos - d.end if d.end <= pos else d.start - pos
            if distance is None or gap < distance:
                nearest, distance = d.value, gap
    return nearest


def _merge(an, events: list[Event]) -> list[Event]:
    """One event per act: in a sentence, events of one type whose actors do not disagree
    are the same report (هجوم انتحاري بسيارة مفخخة is one attack)."""
    out: list[Event] = []
    for ev in events:
        sent = _sentence(an, ev.start)
        for prev in out:
            if (prev.type == ev.type and _sentence(an, prev.start) == sent
                    and prev.negated == ev.negated
                    and _agree(prev.source, ev.source) and _agree(prev.target, ev.target)
                    and (ev.source is None or ev.source != prev.target)
                    and (ev.target is None or ev.target != prev.source)):
                prev.source = prev.source or ev.source
                prev.target = prev.target or ev.target
                prev.mode = prev.mode or ev.mode
                prev.cameo = prev.cameo or ev.cameo
                break
        else:
            out.append(ev)
    return out


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


# ------------------------------------------------------------------ output

def format_event_line(article, event: Event) -> str:
    """One line for ``marsad analyze --events-only``: date, source, type, target, evidence."""
    def actor(eid):
        ent = article.entity(eid)
        if ent is None:
            return "-"
        return f"{ent.name} ({ent.affiliation})" if ent.affiliation else ent.name
    kind = event.type
    if event.negated:
        kind = "NOT " + kind
    if event.modality:
        kind += f" [{event.modality}]"
    evidence = _evidence(article.text, event.start, event.end)
    return "\t".join([event.date or article.published or "-", actor(event.source), kind,
                      actor(event.target), evidence])


def _evidence(text: str, start: int, end: int, context: int = 40) -> str:
    a = max(0, start - context)
    b = min(len(text), end + context)
    snippet = text[a:b].replace("\n", " ").replace("\t", " ")
    return ("…" if a else "") + snippet + ("…" if b < len(text) else "")
