"""Which named subjects of "what I know" the learner hedged ("a bit of python", "some react tutorials") or denied
("i don't know python", "never used docker").

A learner who "did some react tutorials" has started React; they do not know it, and a plan without React would
be quietly wrong. So the words around each subject the interpreter read are looked at: a hedge before it ("a bit
of", "some", "a little", "the basics of", "familiar with", "learning"...) applies to it and, through "and" or a
comma, to the subjects listed right after it ("a bit of python and excel"); a hedge after it ("react tutorials",
"docker basics", "sql a little") applies to it alone. A subject whose own name holds the word ("SQL basics") is
not hedged by it. A subject met once or gone rusty ("used kubernetes once", "docker a couple of times", "rusty on
react", "my react is rusty") is hedged too: the learner met it, and a plan without it would be as quietly wrong. A
denial ("don't know", "never used", "no experience with", "no idea about", "not familiar with": `DENIES`; a bare
"not", "excel, not python", "not python yet") right before a subject says the learner does not know it at all, and
carries over a list the same way ("never used javascript or typescript"); so does saying they want to learn it
("python, want to learn django": `_WANTS`), which is what they do not know yet, never what they know, and leaving it
out ("everything except docker": `EXCEPT`). What a hedge
or a denial then means is decided in understanding/known.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Words before a subject that say the learner struggles with it: "bad at javascript", "weak in sql", "not very good
#: with css", "struggling with react". They met it and it did not stick, so even a foundation (SQL basics) is only
#: started (`struggles`): a learner who says "i'm weak in sql" and gets a plan without SQL was told the opposite.
STRUGGLES_WITH = (
    r"(?:struggling|struggle|struggled) with|(?:suck|sucked) at|"
    r"(?:(?:really|pretty|quite|very|so|kinda|a bit|a little) )?(?:weak|shaky|bad|terrible|awful|poor|horrible|"
    r"not (?:very |that |so |too |really )?(?:great|good|strong|confident)) (?:on|in|at|with)"
)
#: The same after a subject: "my sql is weak", "my maths is really bad", "css (weak)".
STRUGGLES_AFTER = (
    r"(?:(?:is|are|'s|’s|am|pretty|quite|very|really|super|so|kinda|a bit|a little) )*"
    r"(?:weak|shaky|bad|terrible|awful|poor|horrible|not (?:very |that |so |too |really )?(?:great|good|strong))"
)
_STRUGGLES = re.compile(rf"^(?:{STRUGGLES_WITH}|{STRUGGLES_AFTER})$")


def struggles(hedge: str) -> bool:
    """Whether a hedge (`hedges`) says the learner struggles with the subject, not only that they met a little of
    it: then even a foundation is started, never known (`STRUGGLES_WITH`)."""
    return _STRUGGLES.match(hedge.strip().lower()) is not None


#: A hedge saying the learner knew the subject once and it has faded ("rusty on react", "my sql is a bit rusty"),
#: not that they met only a little of it ("a bit of", "some ... tutorials"): what it builds on was learnt then too
#: (understanding/beneath.py).
_KNEW_ONCE = re.compile(r"(?<![\w'’])rusty(?![\w'’])")


def knew_once(hedge: str) -> bool:
    """Whether a hedge (`hedges`) says the learner knew the subject once (`_KNEW_ONCE`), not how little they met."""
    return _KNEW_ONCE.search(hedge.lower()) is not None


#: Words before a subject that say the learner only started it.
_BEFORE = re.compile(
    # "only a bit of docker", "just the basics of git": "only" and "just" say how little, with the hedge
    r"\b(?:(?:only|just|merely) )?"
    r"(?:a (?:little )?bit(?: of)?|a little(?: of)?|little bit(?: of)?|(?:a )?lil(?: bit)?(?: of)?|abit(?: of)?|some|"
    r"basic|the basics of|basics of|"
    r"(?:an? )?(?:intro|introduction|beginner(?:'s)? course|tutorials?) (?:to|in|on)|"
    r"familiar with|new to|played (?:around )?with|dabbled (?:in|with)|tried|touched|beginner (?:at|in|with)|"
    r"(?:just |recently )?(?:started|starting|began|beginning) (?:to learn |learning |with |on )?|learning|"
    # a course still being done: "finish my c++ course", "finishing a javascript course", "taking a python class"
    r"(?:finish|finishing|complete|completing|am done with|['’]m done with|taking|doing)(?: up)? (?:my|a|an|the|this)|"
    r"barely|not much|(?:don['’]?t|do not) (?:really )?know (?:much|a lot)(?: about| of)?|"
    # "i kinda know html"; "rusty on react", "a bit rusty with sql": they knew it once, and a refresher is due
    r"(?:kinda|sorta)(?: know)?|(?:kind|sort) of know|(?:a (?:little |bit )?)?rusty(?: (?:on|with|in|at))?|"
    # part of a roadmap: "halfway through the python roadmap", "most of the react roadmap", "the first half of"
    r"(?:half ?way|part ?way) through|(?:the )?(?:first )?(?:half|part|parts|most|bits) of|"
    # a roadmap not finished yet: "i have not finished the python roadmap", "almost finished the sql roadmap"
    r"(?:haven['’]?t|hasn['’]?t|have not|has not|not|never|almost|nearly)(?: yet)? (?:finished|completed|done)|"
    # struggling with it: "struggling with react", "weak in sql", "shaky on css", "bad at javascript"
    rf"{STRUGGLES_WITH}|"
    # known once: "forgot most of my sql"
    r"forg[eo]t(?:ten)?(?: (?:most|much|a lot|all))?(?: of)?(?: my)?|"
    # met it without practice: "i've read about microservices", "watched some videos on docker", "a book on k8s"
    r"(?:read|watched|heard)(?: (?:a|an|some|a few|a couple of))?"
    r"(?: (?:books?|articles?|blog posts?|posts?|videos?|youtube videos?|talks?))? (?:on|about))\b"
)
#: Words right after a subject that say the same ("react tutorials", "docker basics", "sql a little"). A course
#: or a bootcamp is not a hedge: "i did a course on django" learnt it.
_AFTER = re.compile(
    # a level written after it: "react (beginner)", "react: beginner", "react - still learning", "node (some)"
    r"^\s*(?:[:\-–—]|\()\s*(?P<level>beginner|novice|newbie|some|basic|(?:still |just )?(?:learning|started))\b|"
    # part of its roadmap: "i did the javascript roadmap halfway"
    r"^\s*roadmaps?\s+(?P<part>half ?way|part ?way|partly|partially|mostly)\b|"
    # "docker only a bit", "git just the basics", "sql only a little": "only" and "just" say how little
    r"^\s*\(?\s*(?:(?:only|just|merely) )?(?:tutorials?|(?:the )?basics|a (?:little )?bit|a little|for beginners|"
    r"beginner level|"
    r"(?:at )?(?:a )?beginner level|intro|introduction|"
    # met once: "used kubernetes once", "react (used it once)", "docker a couple of times"
    r"(?:,? ?(?:used|tried|touched|did) (?:it |them )?)?(?:once(?: or twice)?|(?:a )?(?:few|couple(?: of)?) times)|"
    # gone rusty: "my react is rusty", "sql (a bit rusty)"
    r"(?:(?:is|are|'s|’s|am|got|gotten|a bit|a little|kinda|pretty|quite|very|super) )*rusty|"
    # struggled with: "my sql is weak", "css (weak)"
    rf"{STRUGGLES_AFTER})\b"
)
#: Words that say the learner does not know what follows: "don't know", "i've never used", "no experience with",
#: "not familiar with", a bare "no" or "zero" ("no python experience"). The one list for "what I know" (`denials`)
#: and for where a goal's clause of what the learner knows starts (understanding/goal_known.py), written without the
#: "i" in front.
DENIES = (
    # typed loosely too: "dont", "do'nt", "havent", "havnt", "not done"
    r"(?:(?:do['’]?n['’]?t|do\s+not|didn['’]?t|did\s+not|hav(?:e|)n['’]?t|have\s+not|never|not|can['’]?t|cannot)"
    r"(?:\s+(?:really|even|ever|yet|actually|properly))*"
    r"\s+(?:know|knew|learn|learned|learnt|use|used|tried|touched|studied|done|worked\s+with|heard\s+(?:of|about)|"
    r"(?:code|coded|program|programmed)\s+in|been\s+(?:learning|using))"
    r"|(?:no|zero)\s+(?:real\s+|prior\s+)?(?:experience|knowledge|background|exposure|idea|clue)\s+"
    r"(?:with|in|of|on|about|to)"
    r"|not\s+(?:familiar|comfortable|experienced|confident)\s+(?:with|in|at)"
    # "no python experience, want ...": a bare no before a word ("no sql databases" may be NoSQL: left to be read)
    r"|(?:no|zero)(?=\s+(?!sql\b)\w))"
)
#: Words before a subject in "what I know" that say the learner wants to learn it: "python, want to learn django".
#: Not in `DENIES`, which also starts a goal's clause of what the learner knows (goal_known.py), where these words
#: start the goal itself.
_WANTS = (
    r"(?:(?:want|wanting|wanna|would\s+like|i['’]d\s+like|hope|hoping|plan|planning|going|gonna|need|about|"
    r"trying|looking|aiming|aim|intend|intending)"
    r"(?:\s+to)?\s+(?:learn|study|pick\s+up|get\s+into|move\s+into|switch\s+to|go\s+into|work\s+(?:as|in)|"
    r"start(?:\s+learning|\s+with)?|be(?:come)?(?:\s+an?)?|get\s+an?|land\s+an?)"
    # a goal written where what they know goes: "want a data analyst job", "goal: data scientist", "interested in"
    r"|want(?:ing)?\s+an?|next\s+up(?:\s+is)?:?|(?:my\s+)?(?:goal|aim|target|dream)(?:\s+is)?:?"
    r"|interested\s+in|aiming\s+for|aspiring)"
)
#: "everything except docker", "all but kubernetes", "anything other than java": the subject is the one the learner
#: leaves out of what they know. Not in `DENIES` either: in a goal, "everything except" says nothing about knowing.
EXCEPT = (
    r"(?:except(?:\s+for)?|excluding|but\s+not|(?:everything|all|anything)(?:\s+else)?\s+but|other\s+than|"
    r"apart\s+from|aside\s+from|save\s+for)"
)
#: "i know nothing about backend": the subject is what the learner does not know. Not in `DENIES` either: in a goal,
#: "i know nothing about ..." is how a beginner starts (lexicon.STARTING_PHRASES), read as a level.
_KNOW_NOTHING = r"(?:know|knew|learned|learnt)\s+(?:nothing|zero)\s+(?:about|of|on|in)"
#: A denial right before a subject, give or take a little word ("never used any docker"; a bare "no", "zero" or
#: "not" in a list of what one knows: "excel, no python", "excel, not python", "not python yet"), or the wish to
#: learn it ("want to learn django"), and "yet" right after it.
_DENIED = re.compile(
    rf"(?<![\w'’])(?:{DENIES}|{_WANTS}|{_KNOW_NOTHING}|{EXCEPT}|no|zero|not|neither|nor)(?:\s+(?:any|the|a|an))?"
    r"(?=\s*$)"
)
_DENIED_AFTER = re.compile(
    # "python: none", "python - not yet", "sql no" of "python yes, sql no", "js ✘"
    r"^\s*(?:yet\b|[:\-–—(]?\s*(?:none|not\s+yet|nope|nothing|zero)\b|no(?=\s*(?:[,;.)]|$))|[✘✗❌])"
)
#: What may stand between two subjects for a hedge to carry over ("python and excel", "html, css").
_LIST_GAP = re.compile(r"^\s*(?:,|&|\+|/|and|or|,\s*and)?\s*$")


#: Words that stand only before a subject: a hedge or a denial at the end of `_SUBJECT_AHEAD`'s text, or "experience
#: with" ("i have some experience with go").
_SUBJECT_AHEAD = re.compile(
    rf"(?:{_BEFORE.pattern}|(?<![\w'’]){DENIES}|\bexperience\s+(?:with|in))(?:\s+(?:any|the|a|an))?\s*$"
)


def ends_with_subject_words(text: str) -> bool:
    """Whether `text` ends with words that only ever stand before a subject ("a bit of", "never used", "experience
    with"): what follows them is something the learner met or did not, never a verb ("go", "express")."""
    return bool(_SUBJECT_AHEAD.search(text.lower()))


#: Forgetting what was just named, said by a word pointing back at it: "studied java in college but forgot most of
#: it", "react, forgot half of it" (`hedges`).
FORGOT_IT = re.compile(
    r"(?<![\w'’])(?:i\s+)?(?:have\s+|['’]ve\s+)?"
    r"(?P<hedge>forg[eo]t(?:ten)?\s+(?:most|much|a\s+lot|all|half|some)\s+of\s+(?:it|them))(?![\w'’])",
    re.IGNORECASE,
)


def hedges(text: str, said: Sequence[str]) -> list[str]:
    """For each subject the learner wrote (`said`, in the order they appear in `text`), the words that hedge it,
    or "" when none does. Forgetting said after the subjects, pointing back at them ("studied react but forgot most
    of it": `FORGOT_IT`), hedges each subject before it in its sentence that has no hedge of its own, as "forgot most
    of my sql" hedges SQL."""
    found = _marks(text, said, _BEFORE, _AFTER)
    lowered, cursor = text.lower(), 0
    for index, subject in enumerate(said):
        start = _find(lowered, subject.lower(), cursor)
        if start < 0:
            continue
        cursor = start + len(subject)
        forgot = FORGOT_IT.search(text, cursor)
        if forgot and not found[index] and not _SENTENCE_END.search(text, cursor, forgot.start()):
            found[index] = forgot.group("hedge")
    return found


#: The end of a sentence, past which forgetting points back at nothing before it.
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def denials(text: str, said: Sequence[str]) -> list[str]:
    """For each subject the learner wrote (`said`, in the order they appear in `text`), the words that say they do
    not know it ("never used"), or "" when none do."""
    marks = _marks(text, said, _DENIED, _DENIED_AFTER)
    marks = [mark.lstrip(":-–—( ") for mark in marks]  # "python: none" says "none"
    return [mark if mark != "yet" else "" for mark in marks]  # "yet" alone denies nothing: "python yet"


def _marks(text: str, said: Sequence[str], before: re.Pattern[str], after: re.Pattern[str] | None) -> list[str]:
    """For each subject, the words `before` finds ahead of it in its clause (the last of them) and `after` right
    behind it; words ahead of a subject carry over to the subjects listed right after it."""
    lowered = text.lower()
    found: list[str] = []
    cursor = 0
    previous = ""
    for words in said:
        start = _find(lowered, words.lower(), cursor)
        if start < 0:  # not where we expect it (a reading that joined words): never guess
            found.append("")
            previous = ""
            continue
        end = start + len(words)
        marks = [lowered.rfind(mark, 0, start) for mark in (";", ". ", "\n")]
        clause_start = max(*marks, _but_before(lowered, start)) + 1
        gap = lowered[max(cursor, clause_start) : start]
        ahead_words = [m.group(0) for m in before.finditer(gap) if m.group(0) not in words.lower()]
        behind_match = after.match(lowered[end:]) if after else None
        behind = _words_of(behind_match) if behind_match else ""
        behind = behind if behind not in words.lower() else ""
        ahead = ahead_words[-1] if ahead_words else ""
        if not ahead and not behind and previous and cursor > clause_start and _LIST_GAP.match(gap):
            ahead = previous  # "a bit of python and excel": the hedge carries over a list
        found.append(" … ".join(part for part in (ahead, behind) if part))
        previous, cursor = ahead, end
    return found


#: A "but" that starts a new clause ("python but not sql"), not the one of "everything but docker", which leaves
#: the subject out of what the learner knows (`EXCEPT`).
_CLAUSE_BUT = re.compile(r"(?<!everything)(?<!else)(?<!\ball)(?<!anything) but ")


def _but_before(text: str, start: int) -> int:
    """Where the last "but" that starts a clause stands before `start`, or -1."""
    return max((m.start() for m in _CLAUSE_BUT.finditer(text, 0, start)), default=-1)


def _words_of(match: re.Match[str]) -> str:
    """The words a mark found behind a subject are, without the punctuation or the "roadmap" before them."""
    named = [words for words in match.groupdict().values() if words]
    return named[0] if named else match.group(0).strip(" (,")


def _find(text: str, words: str, start: int) -> int:
    """Where `words` stand in `text` as whole words, from `start`; -1 if they do not."""
    match = re.compile(rf"(?<![\w]){re.escape(words)}(?![\w])").search(text, start)
    return match.start() if match else -1
