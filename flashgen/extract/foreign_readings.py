"""Readings of a claim not in English (French, Spanish, Italian, German, Portuguese): the
candidate blanks its function words point to (`multilingual`), what its copula says of the
subject, a passive's agent, the reason it gives, what it asserts instead of what it denies,
and, where none of these reads, what follows a marked term, a leading clause, a colon or
the verb. `claims` judges them as it judges the English readings (`readings`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flashgen.extract.multilingual import (
    ADJECTIVE_ENDINGS,
    PAST_VERB,
    PAST_VERB_ENDINGS,
    SIMPLE_PAST_ENDINGS,
    after_auxiliary,
    after_german_subject,
    after_opening_pronoun,
    after_participle,
    after_place_phrase,
    after_reflexive_verb,
    after_verb,
    compared,
    contrast,
    copula,
    described_as,
    extraposed,
    main_clause,
    opening_reason,
    opens_negated,
    parallel_comparison,
    reason,
    restated,
)
from flashgen.extract.readings import (
    COLON,
    PASSIVE_AGENT,
    TOPIC,
    Candidate,
    Reading,
    arrowed_candidate,
    blank_end,
    scored_blank,
)
from flashgen.extract.salience import content_words, is_trivial
from flashgen.extract.sentences import positioned
from flashgen.extract.words import and_or_words, top_level

_AFTER_SECOND_VERB = re.compile(r"\sund\s+[a-zäöüß][\w-]*[tn]\s+$")
# What a predicate points ahead to with a pronominal adverb or "the fact that": "ist nach
# Koselleck dadurch gekennzeichnet, dass …", "se caractérise par le fait que …".
_POINTING_AHEAD = re.compile(
    r"[^.;:]{0,60}?\b(?:dadurch|darin|daran|davon|damit|dazu|dafür)\b[^.;:,]{0,30},\s+dass\s+"
    r"|[^.;:]{0,60}?\b(?:le\s+fait\s+qu(?:e\s+|['’])|el\s+hecho\s+de\s+que\s+|il\s+fatto\s+che\s+"
    r"|o\s+fato\s+de\s+que\s+)"
)


def foreign_candidates(sentence: Reading) -> list[Candidate | None]:
    """A claim not in English, read by its function words (`multilingual`): what its copula
    says of the subject, the reason it gives, what it asserts instead of what it denies."""
    text, start, stop, language = sentence.text, sentence.start, sentence.end, sentence.language
    opening = re.match(r"[«\"“„]\s*", text[start:stop])
    if opening and text[:stop].rstrip(" .").endswith(("»", '"', "”", "“")):
        start += opening.end()  # a quotation as a whole: its own copula is read
    if language == "de" and start > sentence.opening and _AFTER_SECOND_VERB.search(text, 0, start):
        # (a later point read after the second verb of its subject: "… und verschiebt [die
        # Angebotskurve nach rechts]")
        end = blank_end(text, start, stop)
        return [scored_blank(sentence, start, end, "predicate") if end > 0 else None]
    given = opening_reason(text, start, stop, language)
    if given is not None and len(text[given:stop].split()) >= 3:
        # (a reason asked as a point of its own is asked whole: "…, porque [el lazo con
        # España ya está roto]")
        return [scored_blank(sentence, given, blank_end(text, given, stop), "reason")]
    topic = TOPIC.match(text[:stop], start) if start == 0 else None
    topic_taken = (
        topic is not None
        and len(text[topic.end() : stop].split()) >= 4
        # (not a claim of its own before the colon: "Le fonti devono essere accessibili: …")
        and copula(text, start, topic.end(), language) is None
    )
    if topic is not None and topic_taken:
        start = topic.end()  # "Ortega abre el libro con un hecho: las ciudades … están …"
    made: list[Candidate | None] = []
    found = copula(text, start, stop, language)
    begin = start
    if found is not None and _EXAMPLES_LABEL.fullmatch(text[found.point : stop].strip(" .")):
        # ("[Radioaktivität, Schadstoffe … und das Waldsterben] sind seine Beispiele": what a
        # label of examples names is the point, as "listed" reads it in English)
        subject = text[start : found.start].rstrip()
        words = set(subject.lower().replace(",", " ").split())
        if "," in subject or words & and_or_words(language):
            return [scored_blank(sentence, start, start + len(subject), "listed")]
    if found is not None:
        begin = found.point
        taken = after_participle(text, begin, stop, language) if not found.negative else None
        said = re.split(r"[,;:]", text[taken:stop], maxsplit=1)[0] if taken is not None else ""
        if taken is not None and not is_trivial(said, language):
            # ("está compuesta por [unos setenta fragmentos …]"; but everyday words are
            # asked with their participle: "è [paragonata a un fiume in piena]")
            begin = taken
        ahead = _POINTING_AHEAD.match(text, begin, stop)
        if ahead is not None and len(text[ahead.end() : stop].split()) >= 4:
            begin = ahead.end()  # ("ist dadurch gekennzeichnet, dass [sich …]": what it points to)
        agent = PASSIVE_AGENT.match(text, begin, stop)
        if agent is not None and len(text[agent.end() : stop].split()) >= 2:
            # "Macondo es fundado por [José Arcadio Buendía, …]": who did it is the point
            made.append(
                scored_blank(sentence, agent.end(), blank_end(text, agent.end(), stop), "agent")
            )
        # (what the copula says stops at a colon: what follows it is another point)
        colon = next(top_level(text[:stop], COLON.pattern, begin), None)
        end = blank_end(text, begin, begin + colon.start() if colon else stop)
        # (what a denial before a colon denies is not its point: what follows the colon
        # asserts instead, "… n'est pas une conquête de la Révolution : [c'est un produit …]")
        denial = found.negative and colon is not None
        if end > 0 and not (denial and len(text[begin + colon.end() : stop].split()) >= 4):
            made.append(scored_blank(sentence, begin, end, "predicate"))
        if colon is not None and len(text[begin + colon.end() : stop].split()) >= 4:
            after = begin + colon.end()  # (asked when the copula's own point cannot be)
            end = blank_end(text, after, stop)
            made.append(scored_blank(sentence, after, end, "after-colon") if end > 0 else None)
    # (each where its function words put it, when at least so many words follow)
    plain = found is None
    set_against = compared(text, begin, stop, language) if plain else None
    read_from = (
        (contrast(text, begin, stop, language) if plain or found.negative else None, 2, "contrast"),
        (set_against, 2, "contrast"),
        (reason(text, begin, stop, language), 3, "reason"),
        (described_as(text, begin, stop, language) if plain else None, 2, "contrast"),
        (extraposed(text, start, stop, language) if plain else None, 2, "extraposed"),
        (restated(text, begin, stop, language) if plain else None, 2, "predicate"),
    )
    for at, least, reading in read_from:
        if (
            reading == "contrast"
            and language == "de"
            and at is not None
            and _GERMAN_FINAL_VERB.fullmatch(text[at:stop].rstrip(" ."))
        ):
            # ("…, dass Kredit und Kartelle die Widersprüche nicht aufheben, sondern
            # [verschärfen]": a German verb, last in its clause, is what the contrast says)
            least = 1
        if at is not None and len(text[at:stop].split()) >= least:
            made.append(scored_blank(sentence, at, blank_end(text, at, stop), reading))
    if not any(made) and found is None:
        # ("6 CO₂ + 6 H₂O + luce → [C₆H₁₂O₆ + 6 O₂]": what an arrow leads to, in any language)
        made.append(arrowed_candidate(sentence))
    readings = [c for c in made if c]
    only_compared = set_against is not None and [c.start for c in readings] == [set_against]
    if not any(made) or only_compared:
        # (what a comparison sets a thing against may say too little alone, "crece más
        # rápido que [la producción]": the verb's point competes with it; and is only its
        # other side when the thing is named between the comparative and "que", "más en
        # las mujeres que [en los hombres]": the whole comparison is asked then)
        unread = _unread_claim(sentence, start, stop, topic_taken)
        if unread is not None and parallel_comparison(text, begin, stop, language):
            made = [c for c in made if c is None or c.reading != "contrast"]
        made.append(unread)
    made += _held_on_conditions(sentence, made) + _after_pronoun(sentence, start, stop)
    return made + _narrowed(sentence, made, _limited_to) if language == "fr" else made


def _narrowed(
    sentence: Reading,
    made: list[Candidate | None],
    narrower: Callable[[str, Candidate], int | None],
) -> list[Candidate]:
    """A "condition" blank for each predicate candidate that `narrower` says where to start
    asking inside (the words before it stay on the front), up to the candidate's end."""
    text = sentence.text
    narrowed = []
    for candidate in made:
        if candidate is None or candidate.reading != "predicate":
            continue
        at = narrower(text, candidate)
        end = blank_end(text, at, candidate.end) if at is not None else -1
        found = scored_blank(sentence, at, end, "condition") if at is not None and end > 0 else None
        narrowed.extend([found] if found else [])
    return narrowed


def _limited_to(text: str, candidate: Candidate) -> int | None:
    """ "… ne font que [déplacer la propriété …]": after French "ne … que" (only), what the
    verb is limited to is the point, the verb on the front."""
    only = _VERB_THEN_QUE.match(text, candidate.start, candidate.end)
    negated = only is not None and (
        only["ne"] is not None or text[: candidate.start].rstrip().endswith(("ne", "n'", "n’"))
    )
    return only.end() if negated and len(text[only.end() : candidate.end].split()) >= 2 else None


_VERB_THEN_QUE = re.compile(r"(?P<ne>ne\s+|n['’])?[^\W\d_][\w-]*\s+qu(?:e\s+|['’])")


def _after_pronoun(sentence: Reading, start: int, stop: int) -> list[Candidate]:
    """What a sentence that opens with its subject pronoun says, read after the sentence
    before, which the card shows first ("Le **capital culturel** désigne … . Il se
    transmet [surtout dans la famille …]"); with no sentence before, there is no card."""
    if start != sentence.opening:
        return []
    text = sentence.text
    pointed = after_opening_pronoun(text, start, stop, sentence.language)
    if pointed is None or len(text[pointed:stop].split()) < 2:
        return []
    found = scored_blank(sentence, pointed, blank_end(text, pointed, stop), "predicate")
    return [replace(found, leans=True)] if found else []


def _held_on_conditions(sentence: Reading, made: list[Candidate | None]) -> list[Candidate]:
    """ "Eine Zahlung heißt [hylogenisch, wenn sie … geschieht]": when a verb's point is a
    term and the condition it holds on, the term stays on the front and the condition is
    asked ("… heißt hylogenisch, wenn [sie durch das Zuwägen … geschieht]")."""
    return _narrowed(sentence, made, _condition_held_on)


def _condition_held_on(text: str, candidate: Candidate) -> int | None:
    """Where the condition starts that a term after a copula or a verb of naming holds on."""
    term = _TERM_THEN_CONDITION.match(text, candidate.start, candidate.end)
    if term is None or len(text[term.end() : candidate.end].split()) < 4:
        return None
    # (only a term a copula or a verb of naming gives: "resistió hasta 1492, cuando …"
    # asks when, "arrivaient trop tard, quand …" how late)
    naming = _NAMING_OR_BEING.search(text, max(0, candidate.start - 16), candidate.start)
    return term.end() if naming is not None else None


# A term of one to three words after a copula, then what opens the condition it holds on
# ("… heißt hylogenisch, wenn …", "… est dit chartal lorsque …", "… se llama X cuando …").
_TERM_THEN_CONDITION = re.compile(
    r"\s*[\wÀ-ÿ'’-]+(?:\s+[\wÀ-ÿ'’-]+){0,2},?\s+"
    r"(?:wenn|falls|sobald|quand|lorsqu['’]|lorsque|cuando|quando|sempre\s+que)(?:\s+|(?<=['’]))"
)


# A copula or a verb of naming, last before a term.
_NAMING_OR_BEING = re.compile(
    r"\b(?:heißt|hieß|ist|sind|est|sont|dit|dite|es|son|llama|dice|è|sono|chiama|é|são|"
    r"diz-se|chama-se)\s+$"
)


# A predicate that only labels its subject as the author's examples: "seine Beispiele",
# "ses exemples", "los ejemplos principales".
_EXAMPLES_LABEL = re.compile(
    r"(?:(?:seine|ihre|unsere|die|ses|leurs|les|sus|los|las|suoi|sue|i|gli|seus|suas|os|as)\s+)?"
    r"(?:(?:wichtigsten|liebsten|principaux|principales|principali|principais)\s+)?"
    r"(?:Beispiele|Belege|exemples|ejemplos|esempi|exemplos)"
    r"(?:\s+(?:principaux|principales|principali|principais))?",
    re.I,
)


def _unread_claim(sentence: Reading, start: int, stop: int, topic_taken: bool) -> Candidate | None:
    """A blank for a claim not in English whose function words read nothing, the first of:
    what is said of a marked term that opens it ("Die **charismatische Herrschaft** [beruht
    auf …]": its verb unread, asked with the rest), its main clause after a leading
    subordinate one ("Quand la raison nous fait défaut, [nous y employons l'expérience]"),
    what follows its colon (or the topic taken before it), what its auxiliary introduces
    ("Der Verantwortungsethiker muss [für die … Folgen … aufkommen]")."""
    text = sentence.text
    after = _after_opening_term(sentence, start, stop)
    if after is not None and sentence.language == "de":
        # (a German subject may go on past its marked term: "Ein **Höchstpreis** unter dem
        # Gleichgewichtspreis führt [zu …]")
        verb = after_german_subject(text, start, stop)
        if verb is not None and verb > after and len(text[verb:stop].split()) >= 3:
            after = verb
    if after is not None:
        end = blank_end(text, after, _before_colon(text, after, stop))
        found = scored_blank(sentence, after, end, "after-marked")
        if found:
            return found
    main = main_clause(text, start, stop, sentence.language)
    if main is not None and len(text[main:stop].split()) >= 3:
        found = scored_blank(sentence, main, blank_end(text, main, stop), "after-colon")
        if found:
            return found
    # (German capitalises its nouns: its verb is read before what a colon says; after a
    # phrase of place or time that opens the clause, it comes second: "In China lebten …")
    verb_first = sentence.language == "de"
    verb = after_verb(text, start, stop, sentence.language) if verb_first else None
    placed = _AFTER_OPENING_PHRASE.match(text, start, stop) if verb_first else None
    if placed is not None and (verb is None or _SUBJECT_GOES_ON.match(text, verb)):
        # (what follows the verb is its subject whole: "In China lebten [Konfuzius und
        # Laotse]", not "In China lebten Konfuzius [und Laotse]")
        verb = placed.end()
    # (two words may be what a German verb says: "…, entsteht [ein Angebotsüberschuss]")
    if verb is not None and len(text[verb:stop].split()) >= 2:
        end = blank_end(text, verb, _before_colon(text, verb, stop))
        return scored_blank(sentence, verb, end, "predicate")
    colon = text.find(": ", start, stop)
    stated = colon + 2 if colon > start else start if topic_taken else -1
    if stated >= 0 and len(text[stated:stop].split()) >= 4:
        end = blank_end(text, stated, stop)
        if end > 0:
            return scored_blank(sentence, stated, end, "after-colon")
    # ("Bellodi crede [nella legge …]": a name, then its verb and what it takes; not before
    # a colon, where the verb only frames what follows: "Ortega abre el libro con un hecho:
    # …")
    if ":" not in text:
        named = _after_opening_word(sentence, start, stop, _NAME_THEN_VERB, "name")
        placed = after_place_phrase(text, start, stop, sentence.language) if named is None else None
        if placed is not None:
            # (after a phrase of where or when that opens it: "Dans le conte, Pangloss
            # explique [le séisme …]")
            named = _after_opening_word(sentence, placed, stop, _NAME_THEN_VERB, "name")
        if named is not None:
            return named
    # (after "… cuenta que", the reported clause may open with its verb too: "cuenta que
    # aprendió [a leer a los tres años …]")
    reported = PAST_VERB.get(sentence.language)
    # (and so may an item under the one whose subject it shares: "- Salazar entrou no
    # governo em 1928" / "  - equilibrou [o orçamento …]")
    after_item = sentence.bullet and start == 0
    if reported is not None and (after_item or text[:start].rstrip().endswith(("que", "che"))):
        verb = reported.match(text, start, stop)
        if verb is not None and len(text[verb.end() : stop].split()) >= 2:
            end = blank_end(text, verb.end(), _before_colon(text, verb.end(), stop))
            return scored_blank(sentence, verb.end(), end, "predicate")
    # ("Rechaza [el darwinismo social, que …]": a Romance verb needs no subject, which is
    # the one the sentences before speak of)
    dropped = _after_opening_word(sentence, start, stop, _VERB_FIRST, "verb")
    if dropped is not None:
        return dropped
    # ("A ditadura militar de 1926 acabou [com a Primeira República]": a subject and its
    # "de" phrase, then a verb in a past tense its ending shows; "A Lei do Ventre Livre de
    # 1871, que declarou livres …, deixou [intacta a …]": a subject and its relative clause
    # between commas, then the main verb)
    for subject_then_verb in (_AFTER_PHRASED_SUBJECT, _AFTER_RELATIVE_SUBJECT):
        pattern = subject_then_verb.get(sentence.language)
        found = pattern.match(text, start, stop) if pattern is not None else None
        if found is not None and len(text[found.end() : stop].split()) >= 2:
            end = blank_end(text, found.end(), stop)
            return scored_blank(sentence, found.end(), end, "predicate")
    # (after a negated verb that opens the claim, two words are enough: "não existe
    # [educação neutra]")
    negated = opens_negated(text, start, stop, sentence.language)
    for reading, least in (
        (after_auxiliary, 3),
        (after_reflexive_verb, 2),
        (after_verb, 2 if negated else 3),
    ):
        verb = reading(text, start, stop, sentence.language)
        if verb is not None and len(text[verb:stop].split()) >= least:
            said = text[verb:stop].strip(" .;")
            if (
                reading is after_reflexive_verb
                and len(content_words(said)) <= 1
                and is_trivial(said, sentence.language)
            ):
                # ("la mémoire et l'histoire [s'opposent en tout]": two words say little
                # without their verb, which is asked with them, its pronoun too)
                verb = _reflexive_start(text, start, verb)
            return scored_blank(sentence, verb, blank_end(text, verb, stop), "predicate")
    return _after_authors_verb(sentence, start, stop)


def _reflexive_start(text: str, start: int, after: int) -> int:
    """Where the reflexive pronoun of the verb that ends right before `after` starts: at the
    verb's own word when the pronoun is elided onto it ("s'opposent"), or the word before."""
    words = list(re.finditer(r"\S+", text[start:after]))
    if len(words) >= 2 and not any(mark in words[-1].group() for mark in "'’"):
        return start + words[-2].start()
    return start + words[-1].start()


# A German verb alone, in lower case as no German noun is.
_GERMAN_FINAL_VERB = re.compile(r"[a-zäöüß]+(?:en|ern|eln|t)")
# A subject (its determiner, a noun and an adjective) and its "de" phrase, then a verb in a
# past tense its ending shows.
_AFTER_PHRASED_SUBJECT = {
    language: re.compile(
        rf"(?:{determiners})\s+[\wÀ-ÿ]+(?:\s+[a-zà-ÿ]+)?\s+(?:{of})\s+"
        rf"(?:[\wÀ-ÿ'’-]+\s+){{1,3}}?[a-zà-ÿ]+(?:{endings})\s+"
    )
    # (the simple past only: an imperfect may be an auxiliary's, "habían llegado")
    for language, determiners, of in (
        ("es", "El|La|Los|Las", "de|del"),
        ("it", "Il|Lo|La|I|Gli|Le|L['’]", "di|del|della|dei|delle"),
        ("pt", "O|A|Os|As", "de|do|da|dos|das"),
    )
    for endings in (SIMPLE_PAST_ENDINGS[language],)
}
# A verb in the third person that opens the sentence, then its object's determiner.
_VERB_FIRST = {
    # (or an acronym, which takes no determiner: "Produce ATP e NADPH, …")
    language: re.compile(
        rf"(?P<verb>[A-ZÁÉÍÓÚ][a-zà-ÿ]+(?:{endings}))\s+"
        rf"(?=(?:{objects})\s|[A-Z][A-Z0-9₀-₉]{{1,8}}\b)"
    )
    for language, endings, objects in (
        ("es", "a|e|an|en|ó|ía|ían|aba|aban", "el|la|los|las|un|una|su|sus"),
        ("it", "a|e|ano|ono|ò|ì|ava|eva|iva", "il|lo|la|i|gli|le|un|una|uno|la|sua|suo"),
        ("pt", "a|e|am|em|ou|eu|iu|ava|ia", "o|a|os|as|um|uma|seu|sua"),
    )
}
# Adverbs that come between a Romance verb and its object.
_VERB_ADVERBS = (
    "même|aussi|encore|déjà|surtout|toujours|souvent|également|ensuite|alors|incluso|también"
    "|además|ya|siempre|todavía|luego|anche|già|sempre|perfino|persino|pure|poi|ancora"
    "|também|ainda|já|até|depois"
)
# A name that opens the sentence, then a verb in the third person and the determiner or the
# preposition of what it takes.
_NAME_THEN_VERB = {
    language: re.compile(
        # (an aside between commas may say who the name is: "Cavour, primo ministro del
        # Regno di Sardegna dal 1852, modernizzò l'economia …")
        # (a first name and a surname too: "Étienne Lantier, un ouvrier …, arrive …")
        rf"(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+(?:d[aei]\s+|del\s+)?['’]?[A-ZÀ-Þ][a-zà-ÿ]+){{0,2}})"
        rf"(?:,\s+[a-zà-ÿ][^,;:()]{{2,60}},)?"
        rf"\s+(?P<verb>[a-zà-ÿ]+(?:{endings}))\s+"
        # (an adverb may come between the verb and what it takes: "Pangloss explique même
        # le séisme …", which stays on the front with the verb)
        rf"(?:(?:{_VERB_ADVERBS})\s+)?"
        rf"(?=(?:{takes})\s|[ld]['’])"
    )
    for language, endings, takes in (
        # (or a demonstrative: "Padron 'Ntoni incarna questo ideale")
        (
            "es",
            "a|e|ó|ía|aba",
            "el|la|los|las|un|una|en|a|al|con|de|del|que|su|sus|este|esta|estos|estas|ese|esa",
        ),
        (
            "it",
            "a|e|ò|ì|ava|eva|iva",
            "il|lo|la|i|gli|le|un|una|in|nel|nella|a|al|alla|con|di|che|questo|questa|questi"
            "|queste|quel|quella",
        ),
        (
            "pt",
            "a|e|ou|eu|iu|ava|ia",
            "o|a|os|as|um|uma|em|no|na|com|de|do|da|que|este|esta|esse|essa",
        ),
        ("fr", "e|a|it|ait", "le|la|les|un|une|en|dans|à|au|avec|de|du|que|ce|cet|cette|ces"),
    )
}
# The function words that open Romance sentences, capitalised there, and are neither a
# verb nor a name ("Según …", "Toda la …", "Per spiegare …", "Il …", "Hoy …").
_FUNCTION_OPENERS = frozenset(
    # (articles, demonstratives, quantifiers and pronouns)
    "el la los las lo un una il le les gli uno une des ce cette ces cet o a os as um uma "
    "esta este esa ese essa esse questa questo toda todo tutta tutto cada ogni otra otro "
    "outra outro altra altro nuestra nuestro nostra nostro nossa nosso "
    "he ella él ele ela elle lui lei egli noi nous nos vous voi ils elles eles elas ecco "
    # (adverbs and conjunctions)
    "hoy oggi hoje aujourd ensuite puis alors poi infine dopo luego después depois antes "
    "prima sin sans senza sem tampoco también anche aussi também même mesmo incluso "
    "mientras aunque cuando donde como pero quando dove come onde "
    # (prepositions: "Per spiegare la …")
    "per in con da di su tra fra alla allo al ai agli alle nel nella nei negli dal dalla "
    "para por en de desde hasta sobre entre hacia tras ante bajo contra según durante "
    "secondo contro sotto sopra verso segundo à au aux dans avec pour par sur sous chez "
    "no na nos nas em com pelo pela".split()
)
# German words in lower case that are no verb and may follow a subject's comma.
_GERMAN_NOT_VERBS = frozenset(
    "der die das dem den des ein eine einen einem einer und oder aber so wie als mit von zu "
    "in an auf für bei nach seit weil wenn dass denn jedoch heute damals erst selbst "
    # (prepositions joined to their article, and adverbs: "Beim Übergang zur …", "Für das
    # Seminar nur …")
    "zur zum im am vom beim ins ans über unter vor hinter neben zwischen durch gegen ohne "
    "um bis ab nur noch auch schon nicht sehr fast etwa bereits kaum dann da hier dort".split()
)
# … and those, the pronouns and the relatives that open a clause: none of them is a verb.
_NOT_A_VERB = "|".join(
    sorted(_FUNCTION_OPENERS | _GERMAN_NOT_VERBS | {"se", "si", "que", "che", "comme"})
)
# A subject that opens with its determiner, its relative clause between commas, then a verb
# in the third person (not a conjunction or a preposition: its ending says so).
_AFTER_RELATIVE_SUBJECT = {
    language: re.compile(
        rf"(?:{determiners})\s[^,;:()]{{2,80}}?,\s+(?:{relatives})\s[^;:()]{{4,200}}?,\s+"
        # (its verb no article, pronoun or preposition that happens to end so)
        rf"(?:(?:{adverbs})\s+)?(?!(?:{_NOT_A_VERB})\s)[a-zà-ÿ]+(?:{endings})\s+"
    )
    for language, determiners, relatives, adverbs, endings in (
        (
            "es",
            "El|La|Los|Las|Un|Una|Este|Esta",
            "que|quien|quienes|cuyo|cuya",
            "no|ya|también",
            f"{PAST_VERB_ENDINGS['es']}|a|e|an|en",
        ),
        (
            "it",
            "Il|Lo|La|I|Gli|Le|L['’]|Un|Una|Uno",
            "che|cui|il quale|la quale",
            "non|già|anche",
            f"{PAST_VERB_ENDINGS['it']}|a|e|ano|ono",
        ),
        (
            "pt",
            "O|A|Os|As|Um|Uma|Este|Esta",
            "que|cujo|cuja",
            "não|já|também",
            f"{PAST_VERB_ENDINGS['pt']}|ia|iam|a|e|am|em",
        ),
        (
            "fr",
            "Le|La|Les|L['’]|Un|Une|Ce|Cette",
            "qui|que|dont",
            "ne|n['’]|aussi",
            "a|it|ut|èrent|irent|urent|ait|aient|e|ent|ont",
        ),
        # ("Eine Theorie, die eines dieser Elemente vernachlässigt, gerät [mit …]": a German
        # verb in lower case, as no German noun is, and no function word)
        (
            "de",
            "Der|Die|Das|Ein|Eine|Dieser|Diese|Dieses|Jeder|Jede|Jedes",
            "der|die|das|dem|den|deren|dessen|welcher|welche|welches",
            "auch|schon|nicht",
            "[a-zäöüß]",  # (any: "gerät", "verlor", "kam")
        ),
    )
}


# What goes on after a German subject's first noun: another of its nouns.
_SUBJECT_GOES_ON = re.compile(r"(?:und|oder|sowie)\s|,\s")
# A German clause that opens with a phrase of place or time, then its verb (second, as
# German has it) and what follows: "In China lebten [Konfuzius und Laotse]", "Im Jahr 1848
# scheiterte [die Revolution]".
_AFTER_OPENING_PHRASE = re.compile(
    r"(?:In|Im|An|Am|Auf|Aus|Bei|Beim|Mit|Nach|Seit|Vor|Zu|Zur|Zum|Unter|Über|Während"
    r"|Durch|Für|Gegen|Um|Bis)\s+(?:(?:der|die|das|dem|den|des|einer|einem|eines)\s+)?"
    r"(?:[A-ZÄÖÜ][\w-]*|\d[\d.]*)(?:\s+(?:[A-ZÄÖÜ][\w-]*|\d[\d.]*)){0,2}\s+"
    rf"(?!(?:{'|'.join(sorted(_GERMAN_NOT_VERBS))})\s)[a-zäöüß]{{2,}}\s+"
)


def german_placed_statement(text: str) -> bool:
    """Whether `text` is a German statement that opens with its phrase of place or time and
    then its verb ("In China lebten Konfuzius und Laotse"): a list item that says a point."""
    return len(text.split()) >= _PLACED_STATEMENT_WORDS and bool(_AFTER_OPENING_PHRASE.match(text))


_PLACED_STATEMENT_WORDS = 5


def _after_opening_word(
    sentence: Reading, start: int, stop: int, patterns: dict[str, re.Pattern[str]], word: str
) -> Candidate | None:
    """What a verb says after the word that opens the claim (`patterns`' group `word`, a
    name or the verb itself), when that word is no function word and three words or more
    follow; or None."""
    pattern = patterns.get(sentence.language)
    found = pattern.match(sentence.text, start, stop) if pattern is not None else None
    if (
        found is None
        or found[word].lower() in _FUNCTION_OPENERS
        or len(sentence.text[found.end() : stop].split()) < 3
    ):
        return None
    end = blank_end(sentence.text, found.end(), _before_colon(sentence.text, found.end(), stop))
    return scored_blank(sentence, found.end(), end, "predicate")


def _before_colon(text: str, start: int, stop: int) -> int:
    """Where what a verb says ends: at a colon after two words or more (what follows it is
    another point, as after a copula), or at `stop`."""
    colon = next(top_level(text[:stop], COLON.pattern, start), None)
    if colon is None or len(text[start : start + colon.start()].split()) < 2:
        return stop
    return start + colon.start()


def _after_authors_verb(sentence: Reading, start: int, stop: int) -> Candidate | None:
    """ "…, Bobbio difende [la sua validità]": the author's name opening the claim (or
    after a leading clause), the verb after it, and what it says, in a Romance language;
    not in a sentence with a colon, where the verb only frames what follows ("Montaigne
    ouvre l'essai sur un constat : …")."""
    if sentence.language == "de" or ":" in sentence.text:
        return None
    text = sentence.text
    for found in _NAME_THEN_WORD.finditer(text, start, stop):
        if found["name"].lower() not in sentence.who:
            continue
        # (the name opens the claim, or follows a leading clause and its comma)
        if found.start() != start and not text[: found.start()].endswith(", "):
            continue
        at = found.end()
        if len(text[at:stop].split()) >= 2:
            return scored_blank(sentence, at, blank_end(text, at, stop), "predicate")
    return None


# A capitalised word and the lower-case word after it ("Bobbio difende "), past the pronoun
# that may stand before that verb ("Nora y range ", "Vico ci mostra "; not a negation's
# "ne", whose "pas" would open the blank).
_NAME_THEN_WORD = re.compile(
    r"(?<!\w)(?P<name>[A-Z][\w'’-]+)\s+"
    r"(?:(?:y|en|lui|leur|ci|vi|si|se|le|la|les|lo|gli|lhe)\s+(?=[a-zà-ÿ]+\s)|[sl]['’])?"
    r"[a-zà-ÿ]+\s+"
)


def _after_opening_term(sentence: Reading, start: int, stop: int) -> int | None:
    """Where what follows a bold, highlighted or linked term opening the claim (after at
    most an article) starts, when three words or more follow it."""
    for begin, end, span in positioned(sentence.spans):
        if end <= start:
            continue
        if span.kind == "text" and not span.marks:
            if len(sentence.text[max(begin, start) : end].split()) > 1:
                return None  # more than an article before any term
            continue
        if span.kind != "wikilink" and not span.marks & {"strong", "mark"}:
            return None
        after = end + len(sentence.text[end:stop]) - len(sentence.text[end:stop].lstrip(" ,"))
        # (a plural noun's plural adjective, before the verb: "As **bandeiras** paulistas
        # [buscavam …]"; a singular one may be the verb, "critica")
        adjective = _ROMANCE_ADJECTIVE.match(sentence.text, after, stop)
        plural = span.text.rstrip().endswith(("s", "x"))
        if adjective is not None and plural and sentence.language in ("fr", "es", "it", "pt"):
            after = adjective.end()
        return after if len(sentence.text[after:stop].split()) >= 3 else None
    return None


# A plural adjective after a Romance noun, before the verb: "paulistas", "industriels".
_ROMANCE_ADJECTIVE = re.compile(rf"[a-zà-ÿ]+(?:{ADJECTIVE_ENDINGS})[sx]\s+(?=[a-zà-ÿ])")
