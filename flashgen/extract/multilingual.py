"""Where a claim's point begins in French, Spanish, Italian, German and Portuguese, read from
function words alone (no lexicon of these languages is shipped): the reporting frame
("Selon lui,", "Popper argumentiert, dass"), the copula ("est", "es", "è", "ist", "é") and
what it says of its subject, the reason ("parce que", "weil") and the contrast after a
negation ("… ne … pas A, mais B", "no es A sino B").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """One language's function words, as patterns (alternatives of whole words)."""

    frames: str  # a reporting verb and its "that": "affirme que"
    leading: str  # a leading "according to X,": "selon"
    copulas: str  # "est", "sont", "était" …
    negations: str  # what makes a copula negative: "n'", "ne", "pas"
    reasons: str  # "parce que", "car" …
    contrasts: str  # "mais", "sino" …
    connectives: str  # an adverb that links to the sentence before: "jedoch", "donc" …
    subordinators: str  # what opens a clause before the main one: "pendant que", "wenn" …
    restatements: str  # what restates a clause after its comma: "c'est" ("X, c'est Y")
    auxiliaries: str  # a modal or perfect auxiliary its verb follows: "doit", "hat", "ha"
    determiners: str  # what opens a subject: "le", "son", "der" …
    reflexives: str  # a pronoun that stands before its verb: "se", "si", "sich", "la" …
    reflexive_pronouns: str  # those of them that are reflexive pronouns only: "se", "s'"
    conjunction: str  # what joins two subjects: "et", "und" …
    set_off: str  # an adverb of contrast set off by commas after the subject: "en revanche"


# A relative pronoun before a reporting verb: whoever says it, no speaker of the claim.
_WHO_BEFORE = re.compile(r"\b(?:chi|qui|quien|quienes|wer|quem|who|those\s+who)\s+\Z", re.I)


# A short aside between a reporting verb and its "that": "sosteneva, a torto, che …".
_ASIDE = r"(?:\s*,[^,;:]{1,30},)?"

# The endings of a verb in the simple past, in the third person, that no other word of the
# language has as often ("aprendió", "imparò", "equilibrou") …
SIMPLE_PAST_ENDINGS = {
    "es": "ó|ió|aron|ieron",
    "it": "ò|ì|arono|irono",
    "pt": "ou|eu|iu|aram|eram|iram",
}
# … and in the imperfect too ("trabajaba", "lavorava"; an auxiliary's may be one, "habían").
PAST_VERB_ENDINGS = {
    language: f"{SIMPLE_PAST_ENDINGS[language]}|{imperfect}"
    for language, imperfect in (
        ("es", "aba|aban|ía|ían"),
        ("it", "ava|avano|eva|evano"),
        ("pt", "ava|avam"),
    )
}
# A verb so ended, in lower case, and the space after it.
PAST_VERB = {
    language: re.compile(rf"[a-zà-ÿ]+(?:{endings})\s+")
    for language, endings in PAST_VERB_ENDINGS.items()
}


LANGUAGES = {
    "fr": Words(
        frames=r"(?:affirme|soutient|dit|écrit|explique|montre|remarque|pense|note|observe|"
        r"conclut|rappelle|estime|affirmait|soutenait|disait|écrivait|expliquait|"
        r"montrait|pensait|notait|observait|concluait|estimait|croyait|affirma|soutint|"
        r"écrivit|montra|imagine|propose|suggère|considère|souligne|insiste\s+sur\s+le\s+fait"
        # (and who answers: "Luxemburg répond que …")
        r"|répond|rétorque|répondit|objecte"
        rf"|rappelait|imaginait|soulignait){_ASIDE}\s+qu[e']|en\s+affirmant\s+qu[e']",
        leading=r"selon|pour|d['’]après",
        copulas=r"(?:doit|doivent|peut|peuvent|devrait|devraient)\s+être"
        r"|est|sont|était|étaient|sera|seront|serait",
        negations=r"n['’]|ne|pas|jamais|point|plus",
        reasons=r"parce\s+qu[e']|car|puisqu[e']",
        contrasts=r"mais",
        connectives=r"donc|pourtant|cependant|aussi|toutefois|alors|ainsi",
        subordinators=r"pendant\s+qu[e']|quand|lorsqu[e']|si|comme|bien\s+qu[e']|puisqu[e']|après|avant"
        r"|dès\s+qu[e']|depuis\s+qu[e']|tant\s+qu[e']|aussitôt\s+qu[e']",
        restatements=r"c['’]est",
        auxiliaries=r"a|ont|avait|avaient|aura|auront|doit|doivent|devait|peut|peuvent|"
        r"pouvait|faut|fallait",
        determiners=r"le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces|tout|toute|"
        r"chaque|plusieurs|certains|certaines|tous|toutes|notre|nos",
        reflexives=r"se|s['’]|ne|n['’]",
        reflexive_pronouns=r"se|s['’]",
        conjunction=r"et",
        set_off=r"en\s+revanche|au\s+contraire|par\s+contre|en\s+effet",
    ),
    "es": Words(
        frames=r"(?:afirma|sostiene|dice|escribe|explica|muestra|observa|señala|piensa|"
        r"concluye|afirmaba|sostenía|decía|escribía|explicaba|pensaba|creía|afirmó|"
        r"sostuvo|dijo|escribió|explicó|mostró|concluyó|señaló|observó|imagina|propone|sugiere"
        r"|considera|argumenta|subraya|advierte|insiste\s+en|imaginaba|proponía|creía"
        # (and who tells or recalls it: "García Márquez contó que …")
        rf"|advirtió|subrayó|contó|cuenta|relata|relató|recuerda|recordó|responde|replica"
        rf"|respondió|replicó){_ASIDE}\s+que",
        leading=r"según|para",
        copulas=r"(?:debe|deben|puede|pueden|debería|deberían)\s+ser"
        r"|es|son|era|eran|fue|fueron|será|está|están",
        negations=r"no|nunca",
        reasons=r"porque|ya\s+que|pues|puesto\s+que",
        contrasts=r"sino|pero",
        connectives=r"sin\s+embargo|pues|también|entonces|además|así",
        subordinators=r"cuando|si|aunque|mientras|como|después|antes|desde\s+que|en\s+cuanto",
        restatements=r"(?:eso|esto)\s+es",
        auxiliaries=r"ha|han|había|habían|debe|deben|debía|puede|pueden|podía|pudo|pudieron|"
        r"debió|tiene\s+que|tienen\s+que|tuvo\s+que|hay\s+que",
        determiners=r"el|la|los|las|lo|un|una|su|sus|este|esta|estos|estas|ese|esa|esos|esas|"
        r"aquel|aquella|aquellos|aquellas|nuestro|nuestra|nuestros|nuestras|todo|toda|cada|"
        r"muchos|muchas|algunos|algunas|todos|todas",
        reflexives=r"se|no|lo|la|los|las|le|les",
        reflexive_pronouns=r"se",
        conjunction=r"y|e",
        set_off=r"en\s+cambio|por\s+el\s+contrario|en\s+efecto|por\s+su\s+parte",
    ),
    "it": Words(
        frames=r"(?:afferma|sostiene|dice|scrive|spiega|mostra|osserva|dichiara|nota|pensa|"
        r"conclude|affermava|sosteneva|diceva|scriveva|spiegava|mostrava|pensava|"
        r"credeva|affermò|sostenne|disse|scrisse|spiegò|mostrò|concluse|immagina|propone"
        rf"|suggerisce|considera|sottolinea|ricorda|avverte|risponde|replica|rispose)"
        rf"{_ASIDE}\s+che",
        leading=r"secondo|per",
        copulas=r"(?:deve|devono|può|possono|dovrebbe|dovrebbero)\s+essere|è|sono|era|erano|sarà|fu",
        negations=r"non|mai",
        reasons=r"perché|poiché|giacché|dato\s+che",
        contrasts=r"ma|bensì",
        connectives=r"però|tuttavia|quindi|anche|dunque|invece|inoltre",
        subordinators=r"quando|se|mentre|benché|sebbene|come|dopo|prima|appena|finché",
        restatements=r"(?:questo|ciò)\s+è",
        auxiliaries=r"ha|hanno|aveva|avevano|deve|devono|doveva|può|possono|poteva|bisogna",
        determiners=r"il|lo|la|i|gli|le|l['’]|un|uno|una|suo|sua|suoi|sue|questo|questa|questi|"
        r"queste|quel|quello|quella|quei|quegli|quelle|nostro|nostra|nostri|nostre|ogni|"
        r"molti|molte|alcuni|alcune|tutti|tutte",
        reflexives=r"si|non|lo|la|li|le|gli|ne",
        reflexive_pronouns=r"si",
        conjunction=r"e|ed",
        set_off=r"al\s+contrario|infatti|d['’]altra\s+parte",
    ),
    "de": Words(
        frames=r"(?:behauptet|argumentiert|schreibt|sagt|zeigt|erklärt|betont|meint|"
        r"folgert|behauptete|argumentierte|schrieb|sagte|zeigte|erklärte|betonte|"
        r"meinte|folgerte|glaubte|antwortet|entgegnet|erwidert|antwortete|entgegnete"
        r"|erwiderte)\s*,?\s+dass",
        leading=r"nach|laut|für",
        copulas=r"ist|sind|war|waren|wird|werden",
        negations=r"nicht|kein|keine|keinen|keiner|nie",
        reasons=r"weil|denn|da",
        contrasts=r"sondern|aber",
        connectives=r"jedoch|aber|also|doch|zwar|auch|nur|eben|daher|somit",
        subordinators=r"wenn|als|während|obwohl|nachdem|bevor|falls",
        restatements=r"(?:das|dies)\s+ist",
        auxiliaries=r"hat|haben|hatte|hatten|muss|müssen|musste|kann|können|konnte|soll|"
        r"sollen|sollte|darf|dürfen|will|wollen",
        determiners=r"der|die|das|den|dem|ein|eine|einen|kein|keine|jede|jeder|jedes|diese|"
        r"dieser|dieses|sein|seine|ihr|ihre|unser|unsere|alle",
        reflexives=r"sich",
        reflexive_pronouns=r"sich",
        conjunction=r"und",
        set_off=r"dagegen|hingegen|dennoch",
    ),
    "pt": Words(
        frames=r"(?:afirma|sustenta|diz|escreve|explica|mostra|observa|pensa|conclui|"
        r"afirmava|sustentava|dizia|escrevia|explicava|mostrava|pensava|acreditava|afirmou|"
        r"sustentou|disse|escreveu|explicou|mostrou|concluiu|imagina|propõe|sugere|considera"
        rf"|defende|sublinha|lembra|adverte|responde|replica|respondeu){_ASIDE}\s+que",
        leading=r"segundo|para",
        copulas=r"(?:deve|devem|pode|podem|deveria|deveriam)\s+ser"
        r"|é|são|era|eram|foi|será|está|estão",
        negations=r"não|nunca",
        reasons=r"porque|pois|já\s+que|visto\s+que",
        contrasts=r"mas|senão",
        connectives=r"porém|contudo|também|portanto|então|assim",
        subordinators=r"quando|se|embora|enquanto|como|depois|antes|desde\s+que|assim\s+que",
        restatements=r"(?:isso|isto)\s+é",
        auxiliaries=r"tem|têm|tinha|tinham|deve|devem|devia|pode|podem|podia|há\s+que",
        determiners=r"o|a|os|as|um|uma|seu|sua|seus|suas|este|esta|estes|estas|esse|essa|esses|"
        r"essas|aquele|aquela|aqueles|aquelas|nosso|nossa|nossos|nossas|todo|toda|cada|muitos|"
        r"muitas|alguns|algumas|todos|todas",
        reflexives=r"se|não|o|a|os|as|lhe|lhes",
        reflexive_pronouns=r"se",
        conjunction=r"e",
        set_off=r"por\s+outro\s+lado|pelo\s+contrário|no\s+entanto|por\s+sua\s+vez",
    ),
}


@dataclass(frozen=True)
class _Patterns:
    frame: re.Pattern[str]
    leading: re.Pattern[str]
    first_leading: re.Pattern[str]
    copula: re.Pattern[str]
    negation: re.Pattern[str]
    reason: re.Pattern[str]
    contrast: re.Pattern[str]
    connectives: re.Pattern[str]
    subordinate: re.Pattern[str]
    restated: re.Pattern[str]
    auxiliary: re.Pattern[str]
    subject_verb: re.Pattern[str]
    reflexive_verb: re.Pattern[str]
    phrase_subject_verb: re.Pattern[str] | None
    joined_clause: re.Pattern[str]


def _word(alternatives: str) -> str:
    """Whole words; one that ends in an apostrophe ("qu'", "n'") is whole before a letter."""
    return rf"(?<![\w'’])(?:{alternatives})(?:(?<=['’])|(?![\w'’]))"


def _after_elision(alternatives: str) -> str:
    """Whole words, also after an elided negation ("la foire n'est pas …")."""
    return rf"(?:(?<=\bn['’])|(?<![\w'’]))(?:{alternatives})(?:(?<=['’])|(?![\w'’]))"


# What never stands inside a subject before its verb: a relative pronoun or a conjunction
# opens a clause of its own.
_IN_NO_SUBJECT = r"que|qui|che|dont|cuyo|cuya|quien|donde|où|y|et|e|o|ou|ma|mais|pero"

# Words that follow a noun in these languages and are never its verb: prepositions,
# conjunctions, relative pronouns ("La división del trabajo …", "le principe de …").
_NO_VERBS = frozenset(
    "de del des du di della dello delle dei degli da dal dalla do da dos das von vom zur zum "
    "der des à a au aux al alla en in im em no na nos nas con com mit par per por pour sur "
    "su sul sulla et y e und ou o oder que qui che dass quem cuyo dont où wo wie como come "
    "comme entre tra fra para sans sin senza ohne sobre über tout toute tous toutes todo toda "
    "todos todas tutto tutta tutti tutte".split()
)


# The word for "of" a noun's phrase opens with, in each language read by function words.
_OF = {
    "fr": r"de|du|des|d['’]",
    "es": r"de|del",
    "it": r"di|del|della|dello|dei|degli|delle|d['’]",
    "pt": r"de|do|da|dos|das",
}
# … and the other prepositions a subject's phrase may open with ("La course à l'audience
# impose …", "La guerra en el norte duró …"; not a bare "a", which is also the pronoun
# before a verb: "os portugueses a viveram …")
_PHRASE_PREPOSITIONS = {
    "fr": r"à|au|aux|en|sur|pour|contre",
    "es": r"al|en|con|para|sobre|contra",
    "it": r"a|al|alla|ai|alle|in|nel|nella|nei|nelle|su|sul|sulla|per|con|contro",
    "pt": r"ao|à|aos|às|em|no|na|nos|nas|com|para|sobre|contra",
}


# Where a determiner ends: at its apostrophe ("l'école") or a space, never inside a word
# ("Toute religion" is no "Tout" and a noun "e").
_DETERMINER_END = r"(?:(?<=['’])|\s+)"


# A short aside between a subject and its verb, opening with a word in lower case ("O mito
# do Quinto Império, herdado de Vieira, deu […]"; not a conjunction, which joins a second
# subject or clause, nor a reflexive pronoun or a negation, which open a verb of their own:
# "l'homme existe d'abord, se rencontre, surgit …").
_SUBJECTS_ASIDE = (
    r"(?:,\s+(?!(?:y|e|et|o|ou|ma|mais|pero|mas|und|oder|se|si|sich|ne|non|não|no)\s|[sn]['’])"
    r"[^\W\d_A-Z][^,;:()]{1,40},)?"
)


def _phrase_subject(words: Words, language: str) -> re.Pattern[str] | None:
    of = _OF.get(language)
    if of is None:
        return None
    noun = r"[^\W\d_][\w'’-]*"
    other = _PHRASE_PREPOSITIONS[language]
    not_a_word_of_its_own = rf"(?!(?:{words.determiners}|{of}|{other}|{'|'.join(_NO_VERBS)})\b)"
    # (no adjective ends as a simple past does: "la guerra nació de …" has its verb there)
    past = _PAST_NO_ADJECTIVE.get(language)
    not_past = rf"(?![\w-]*(?:{past})\b)" if past else ""
    adjective = rf"(?:\s+{not_a_word_of_its_own}{not_past}[^\W\d_A-Z][\w-]*)??"  # (the verb first)
    determiner = rf"(?i:{words.determiners}){_DETERMINER_END}"
    # ("O mito do Quinto Império", "I proverbi di padron 'Ntoni")
    name = r"(?:\s+['’]?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}"
    return re.compile(
        rf"(?:{determiner}{noun}{adjective}"
        rf"(?:\s+{_word(of)}\s*(?:{determiner})?{noun}{name}{adjective}){{1,2}}"
        # (or a noun right before another preposition's phrase: "La course à l'audience")
        rf"|{determiner}{noun}\s+{_word(other)}\s*(?:{determiner})?{noun}"
        # (with its adjective, a name and its year, the phrase's determiner there: "La
        # victoria cristiana en las Navas de Tolosa (1212)")
        rf"|{determiner}{noun}{adjective}\s+{_word(other)}\s*{determiner}{noun}{name}"
        rf"(?:\s+{_word(of)}\s*(?:{determiner})?{noun}{name})?(?:\s+\(\d{{3,4}}\))?)"
        rf"{_SUBJECTS_ASIDE}\s+(?P<verb>{not_a_word_of_its_own}{_NO_VERB_ENDING}[^\W\d_A-Z][\w-]+)\s+"
    )


# The simple past's endings that no adjective has ("europeu" is one: not Portuguese "-eu").
_PAST_NO_ADJECTIVE = {
    language: "|".join(e for e in endings.split("|") if (language, e) != ("pt", "eu"))
    for language, endings in SIMPLE_PAST_ENDINGS.items()
}
# Endings no verb has, only nouns and adjectives: "la vieja división internacional del trabajo
# suponía …" ("división" is the subject's noun, "suponía" its verb).
_NO_VERB_ENDING = (
    r"(?![\w-]*(?:ión|ción|zione|sione|ção|são|tion|sion|dade|idad|ità|ité|al|ales|ais)\b)"
)


# What sets a clause of its own against the one before, after a comma: "…, aber …", and
# what sets it beside it: "…, mentre …".
_BUT = {"fr": "mais", "es": "pero", "it": "ma|però", "de": "aber", "pt": "mas"}
_WHILE = {
    "fr": r"tandis\s+que|alors\s+que",
    "es": r"mientras\s+que|mientras",
    "it": "mentre",
    "pt": "enquanto",
}
_CONTRASTING = {
    language: f"{but}|{_WHILE[language]}" if language in _WHILE else but
    for language, but in _BUT.items()
}
_BUT_WORDS = frozenset(word for but in _BUT.values() for word in but.split("|"))


# A relative pronoun after a comma, in the languages whose relative clause puts its verb
# right after it (German puts it last, and is not read there).
_RELATIVE_PRONOUNS = {
    "fr": r"qui|que|qu['’]|dont|où",
    "es": r"que|quien|quienes|donde",
    "it": r"che|cui|dove",
    "pt": r"que|quem|onde",
}
# … and those of a subject's relative clause set off by commas, German's too.
_SUBJECTS_RELATIVES = {**_RELATIVE_PRONOUNS, "de": r"der|die|das|den|dem|deren|dessen"}


# A participle of naming that opens an aside after a subject ("…, detta Malavoglia, …").
_NAMING_ASIDE = (
    r"(?:detta|detto|chiamata|chiamato|llamada|llamado|conocida|conocido|dite|dit|appelée"
    r"|appelé|chamada|chamado|conhecida|conhecido)\s"
)
# An aside of examples after a subject ("Las virtudes morales, como la vergüenza y la
# fidelidad, se hallan …"): the subject goes on after it.
_EXAMPLES_ASIDE = (
    r"(?:,\s+(?:como|comme|come|wie|tels?\s+que|telles\s+que|tali\s+come)\s[^,;:()]{1,50},)?"
)


_PATTERNS = {
    language: _Patterns(
        frame=re.compile(rf"\b{words.frames}\s*", re.I),
        # "Selon lui, …", "Según Ortega, …": a short phrase and its comma
        # ("Selon lui, …", "Pour Pascal, …"; not a clause that denies with its own copula,
        # "Per Vico Omero non fu un singolo poeta, ma …")
        leading=re.compile(
            rf"^(?:{words.leading})\s+"
            rf"(?:(?![^,]*?{_word(words.negations)}\s+{_word(words.copulas)})[^,]{{1,40}},\s*"
            # (or a name without its comma, before the subject's determiner: "Per Levi i
            # contadini vivono …")
            rf"|(?-i:[A-ZÀ-Þ][\w'’-]+)\s+(?=(?:{words.determiners})\s))",
            re.I,
        ),
        # (as the first frames read it, with its comma only: what a card is known by)
        first_leading=re.compile(
            rf"^(?:{words.leading})\s+"
            rf"(?![^,]*?{_word(words.negations)}\s+{_word(words.copulas)})[^,]{{1,40}},\s*",
            re.I,
        ),
        copula=re.compile(_after_elision(words.copulas), re.I),
        negation=re.compile(_word(words.negations), re.I),
        # (its "que" may be elided: "…, puisqu'il n'y a pas de Dieu …")
        reason=re.compile(rf",?\s{_word(words.reasons)}(?:\s|(?<=['’]))", re.I),
        contrast=re.compile(rf",?\s{_word(words.contrasts)}\s", re.I),
        connectives=re.compile(rf"\s*(?:{_word(words.connectives)}\s*,?\s*)+", re.I),
        subordinate=re.compile(_word(words.subordinators), re.I),
        # "…, c'est le suicide": what a clause is restated as, after its comma
        restated=re.compile(rf",\s+(?:{words.restatements})\s+"),
        auxiliary=re.compile(_word(words.auxiliaries), re.I),
        # "Su labor modifica …", "la leggerezza si associa …": a subject of one noun after
        # its determiner, then its verb
        # (or two such subjects: "La musa y el ángel vienen […]"; an adverb set off by commas
        # may stand between subject and verb: "El duende, en cambio, sube […]")
        subject_verb=re.compile(
            rf"(?i:{words.determiners}){_DETERMINER_END}[^\W\d_][\w-]*"
            # (and the name after its noun: "La famiglia Toscano", "Il giovane 'Ntoni")
            r"(?:\s+['’]?[A-ZÀ-Þ][\w'’-]*)?"
            rf"(?:\s+(?:{words.conjunction})\s+(?i:{words.determiners}){_DETERMINER_END}"
            r"[^\W\d_][\w-]*)?"
            # (or who it is, or what it is called, between commas: "Il capofamiglia, padron
            # 'Ntoni, compra …", "La famiglia Toscano, detta Malavoglia, vive …")
            rf"(?:,\s+(?:(?i:{words.determiners}){_DETERMINER_END}|(?:[a-zà-ÿ]+\s+)?['’]?[A-ZÀ-Þ]"
            rf"|{_NAMING_ASIDE})"
            # (not an item of a list: "le catch, le steak-frites, la nouvelle …")
            rf"[^,;:()]{{1,40}},(?!\s+(?i:{words.determiners}){_DETERMINER_END}))?"
            rf"(?:\s*,\s*(?i:{words.connectives}|{words.set_off})\s*,)?"
            # (or its relative clause: "La nation, qui avait été le cadre …, cesse …")
            rf"(?:,\s+(?:{_SUBJECTS_RELATIVES[language]})\s[^,;:()]{{1,80}},)?"
            rf"\s+(?:(?:{words.reflexives}){_DETERMINER_END})?(?P<verb>[^\W\d_A-Z][\w-]+)\s+"
        ),
        # "La sociedad disciplinaria de Foucault se basaba …": a subject of a few words
        # after its determiner, then a reflexive pronoun and its verb
        reflexive_verb=re.compile(
            rf"(?i:{words.determiners}){_DETERMINER_END}[^\W\d_][\w-]*"
            # (a conjunction that joins two nouns, each with its determiner, stays in the
            # subject: "Il legame tra il capo e il suo seguito si fonda …")
            rf"(?:\s+(?:(?!{_word(_IN_NO_SUBJECT)})[^\W\d_][\w'’-]*"
            rf"|(?:{words.conjunction})(?=\s+(?i:{words.determiners}){_DETERMINER_END}))){{0,8}}?"
            # (and the name it is given between commas: "…, il comitatus, si fonda …")
            rf"(?:,\s+(?i:{words.determiners}){_DETERMINER_END}[^\W\d_][\w'’-]*,)?"
            rf"{_EXAMPLES_ASIDE}"
            rf"\s+(?:{words.reflexive_pronouns}){_DETERMINER_END}(?P<verb>[^\W\d_A-Z][\w-]+)\s+"
        ),
        # "La división internacional del trabajo consiste [en …]", "la notion d'obligation
        # prime […]": a noun, an adjective maybe, and a phrase with "de" after it
        phrase_subject_verb=_phrase_subject(words, language),
        # ", e i caratteri sono …", ", y el duende sube …": a conjunction after a comma, then
        # a subject of its own opening with its determiner
        # (or one set against it: ", aber das Einfachste ist …", ", mais le …")
        joined_clause=re.compile(
            # (or the reason given for it: "…, perché la loro libertà è più forte …")
            rf",\s+(?:{words.conjunction}|{_CONTRASTING.get(language, 'but')}"
            rf"|(?P<reason>{words.reasons}))\s+"
            rf"(?=(?i:{words.determiners}){_DETERMINER_END}\w)"
        ),
    )
    for language, words in LANGUAGES.items()
}


def joined_clauses(text: str, start: int, language: str) -> list[tuple[int, int]]:
    """Where each clause of its own that a conjunction joins after a comma is cut, and where
    the second point starts (its subject, with its determiner, and its copula within a few
    words, the point read from its conjunction; or its own verb after its subject, the point
    read from the subject)."""
    patterns = _PATTERNS.get(language)
    if patterns is None:
        return []
    found = []
    if language == "de" and " und " in text:
        # (a second verb of the same subject, in lower case as no German noun is: "senkt
        # die Produktionskosten und verschiebt [die Angebotskurve nach rechts]")
        found += [(m.start(), m.end()) for m in _GERMAN_SECOND_VERB.finditer(text, start)]
    if ", " not in text:
        return found
    result = _RESULT_JOINED.get(language)
    if result is not None:
        # (what follows from it, a point of its own whose subject may be dropped: "…, y por
        # eso [no puede prescindir de …]")
        found += [(m.start(), m.end()) for m in result.finditer(text, start)]
    for joined in patterns.joined_clause.finditer(text, start):
        at = joined.end()
        stated = copula(text, at, len(text), language)
        # (no comma inside its subject: ", und der Politik, die Sache der Regierung ist" is
        # a listed noun and its relative clause)
        if joined["reason"]:
            # (a reason is asked whole, from its conjunction: "…, porque [el lazo …]")
            if stated is not None or after_verb(text, at, len(text), language) is not None:
                found.append((joined.start(), joined.start() + 2))
        elif stated is not None and stated.start > at and "," not in text[at : stated.start]:
            found.append((joined.start(), joined.start() + 2))
        elif (
            stated is None
            and language != "de"
            and joined.group().split()[1].lower() not in _BUT_WORDS
        ):
            # (or its own verb after its subject: "…, mentre le grandi nascono da …"; not
            # after "ma", "mas": "non fu un singolo poeta, ma l'intero popolo …" is one
            # point, its contrast)
            verb = after_verb(text, at, len(text), language)
            if verb is not None and "," not in text[at:verb]:
                found.append((joined.start(), at))
    return found


# A consequence joined after a comma: ", y por eso", ", et c'est pourquoi", ", e perciò".
_RESULT_JOINED = {
    language: re.compile(rf",\s+(?:{conjunction}\s+)?(?:{therefore})\s+", re.IGNORECASE)
    for language, conjunction, therefore in (
        ("es", "y", r"por\s+eso|por\s+ello|por\s+lo\s+tanto|así\s+que|de\s+modo\s+que"),
        ("fr", "et", r"c['’]est\s+pourquoi|donc|si\s+bien\s+que|de\s+sorte\s+que"),
        ("it", "e", r"perciò|quindi|per\s+questo|sicché|cosicché"),
        ("pt", "e", r"por\s+isso|portanto|de\s+modo\s+que"),
    )
}


_GERMAN_SECOND_VERB = re.compile(
    r"\s+und\s+(?!(?:der|die|das|den|dem|ein|eine|einen|nicht|auch|zwar|so|dann|zu|von|vom"
    r"|in|an|mit|nach|aus|bei|um|ohne|gegen|durch|für|über|unter|zum|zur|wenn|dann)\b)"
    r"[a-zäöüß][\w-]*[tn]\s+(?=(?:der|die|das|den|dem|ein|eine|einen|sich)\s)"
)


# How far into a claim its copula may stand: a subject of a few words, as notes write them.
_SUBJECT_WORDS = 10
# A subject longer than this is read only when it holds no comma and no relative pronoun
# ("Le moment le plus dangereux pour un mauvais gouvernement est …").
_PLAIN_SUBJECT_WORDS = 8
_RELATIVE_IN_SUBJECT = re.compile(
    r"\b(?:qui|que|qu['’]|che|cui|quien|quienes|cuyo|dont|quem)\b", re.I
)


# The reporting frames as claims were first read (stop 40 and before: the present tense,
# no aside before the "that"): what a claim is known by starts after these, so that a card
# made before the later frames keeps its GUID.
_FIRST_FRAMES = {
    language: re.compile(rf"\b{frames}\s*", re.I)
    for language, frames in {
        "fr": r"(?:affirme|soutient|dit|écrit|explique|montre|remarque|pense|note|observe|"
        r"conclut|rappelle|estime)\s+qu[e']|en\s+affirmant\s+qu[e']",
        "es": r"(?:afirma|sostiene|dice|escribe|explica|muestra|observa|señala|piensa|"
        r"concluye)\s+que",
        "it": r"(?:afferma|sostiene|dice|scrive|spiega|mostra|osserva|dichiara|nota|pensa|"
        r"conclude)\s+che",
        "de": r"(?:behauptet|argumentiert|schreibt|sagt|zeigt|erklärt|betont|meint|"
        r"folgert)\s*,?\s+dass",
        "pt": r"(?:afirma|sustenta|diz|escreve|explica|mostra|observa|pensa|conclui)\s+que",
    }.items()
}


def claim_start(text: str, language: str, first_frames: bool = False) -> int:
    """Where the claim starts: after the last reporting frame ("… affirme que ", "Popper
    argumentiert, dass ") or a leading "according to X," ("Selon lui, "). With
    `first_frames`, as the first frames read it (what a card is known by)."""
    patterns = _PATTERNS.get(language)
    if patterns is None:
        return 0
    start = 0
    frame = _FIRST_FRAMES[language] if first_frames else patterns.frame
    for found in frame.finditer(text):
        if not first_frames and _WHO_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            continue  # ("Contro chi sosteneva che …, Bobbio difende …": no speaker's frame)
        start = found.end()
    leads = patterns.first_leading if first_frames else patterns.leading
    leading = leads.match(text, start) if start == 0 else None
    if leading:
        start = leading.end()
    return start if start < len(text) - 3 else 0


@dataclass(frozen=True)
class Copula:
    """Where a claim's copula stands (with an adverb that links it to the sentence before:
    "ist jedoch"), and whether it is negated."""

    start: int
    end: int
    negative: bool
    point: int  # where what it says starts: after it, or at the negation that follows it


# The second particle of a French negation after its elided "n'" ("n'est pas", "n'est qu'un").
_SECOND_PARTICLE = re.compile(r"\s+(?:pas|plus|jamais|point|guère|rien|nullement|qu['’]|que)\b")


def copula(text: str, start: int, end: int, language: str) -> Copula | None:
    """The copula of the claim in [start, end) within its first words, if any."""
    patterns = _PATTERNS.get(language)
    if patterns is None:
        return None
    start += len(text[start:end]) - len(text[start:end].lstrip(" ,"))
    found = patterns.copula.search(text, start, end)
    while found is not None and found.start() > start and text[found.start()].isupper():
        # (a capital inside the sentence is a name's: "em São Luís do Maranhão")
        found = patterns.copula.search(text, found.end(), end)
    if found is None:
        return None
    if text[found.start() - 2 : found.start()] in ("n'", "n’") and not _SECOND_PARTICLE.match(
        text, found.end()
    ):
        return None  # (an older "n'" alone: "il n'est désir plus naturel que …", there is none)
    subject = text[start : found.start()]
    words = len(subject.split())
    if words > _SUBJECT_WORDS:
        return None
    if words > _PLAIN_SUBJECT_WORDS and ("," in subject or _RELATIVE_IN_SUBJECT.search(subject)):
        return None  # (a long subject holds no clause: "…, qui sont en perpétuelle mutation")
    if found.start() == start or patterns.subordinate.match(text, start):
        # no subject ("Es ist …"), or the copula of a clause before the main one ("pendant
        # qu'il pensait que tout était faux, il …")
        return None
    before = text[max(start, found.start() - 8) : found.start()]
    linked = patterns.connectives.match(text, found.end(), end)
    after_at = linked.end() if linked else found.end()  # "ist jedoch kein …": "kein …"
    inverted = _GERMAN_PRONOUN_AFTER.match(text, after_at, end) if language == "de" else None
    if inverted is not None:
        # (German puts a pronoun subject after the copula when something else opens the
        # sentence: "Zugleich ist sie [eine Pflicht gegen das Gemeinwesen]")
        after_at = inverted.end()
    if patterns.negation.match(text, after_at, end):  # "ist jedoch kein …": asked with it
        return Copula(found.start(), after_at, True, after_at)
    negation = patterns.negation.search(before)  # "no es …", "n'est …"
    if negation is None:
        return Copula(found.start(), after_at, False, after_at)
    # (asked with the negation and the copula, as an English claim is: "las mujeres [no son
    # inferiores …]"; the front would otherwise hold what the learner is to say)
    at = found.start() - len(before) + negation.start()
    return Copula(found.start(), after_at, True, at)


# (not "ihr", a possessive as often: "Das ist ihr Sinn")
_GERMAN_PRONOUN_AFTER = re.compile(r"\s*(?:er|sie|es|man|wir|ich|du)(?=\s)")


# A phrase with an infinitive that opens a clause before its comma: "tras leer X, …".
_LEADING_INFINITIVE = re.compile(
    r"(?i:tras|después\s+de|antes\s+de|al|sin|para|après|avant\s+de|sans|pour|dopo|prima\s+di"
    r"|senza|per|depois\s+de|sem|ao)\s+[^,;:]{2,60},\s+"
)
_RELATIVE_ASIDE = re.compile(rf",\s+(?:{'|'.join(_RELATIVE_PRONOUNS.values())})\s[^,;:()]{{1,80}},")
# A perfect tense's participle after its auxiliary ("había sido [encomendero …]", "aveva
# perso [la battaglia]"): the verb, which stays on the front as an English verb does.
_PERFECT = {
    "es": re.compile(r"(?i:ha|han|había|habían|hubo)\s*"),
    "fr": re.compile(r"(?i:a|ont|avait|avaient|eut)\s*"),
    "it": re.compile(r"(?i:ha|hanno|aveva|avevano)\s*"),
    "pt": re.compile(r"(?i:tem|têm|tinha|tinham)\s*"),
}
_PARTICIPLE = {
    "es": re.compile(
        r"(?:\w+(?:ado|ido|ada|ida|ados|idos|adas|idas)|hecho|dicho|escrito|visto|puesto|vuelto"
        r"|muerto|abierto|roto|cubierto|descubierto|impreso)\s+(?=\w)"
    ),
    "fr": re.compile(
        r"(?:\w+(?:é|ée|és|ées|du|tu|due|tue|dus|tus|dues|tues)|vaincu|convaincu|été|fait"
        r"|dit|écrit|pris|mis|vu|eu|su|pu|dû|lu|cru|voulu"
        r"|perdu|vécu|connu|conquis|acquis|ouvert|offert|mort|né|venu|devenu|tenu|obtenu"
        r"|soutenu|fini|choisi|réussi|établi|bâti)\s+(?=\w)"
    ),
    "it": re.compile(
        r"(?:\w+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti)|stato|stata|stati|fatto"
        r"|detto|scritto|preso|messo|perso|visto|vinto|morto|nato|letto|chiuso|aperto|scelto"
        r"|difeso|diviso|rimasto|posto|risposto)\s+(?=\w)"
    ),
    "pt": re.compile(
        r"(?:\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)|feito|dito|escrito|visto|posto|aberto"
        r"|morto)\s+(?=\w)"
    ),
}


# The prepositions a participle after a copula takes ("está compuesta por", "è ambientata
# in", "est située dans").
_PARTICIPLE_PREPOSITION = {
    "es": re.compile(r"(?:por|en|de|a|con|entre|para|desde|hacia)\s+"),
    "it": re.compile(
        r"(?:da|in|a|di|con|tra|fra|per|nel|nella|nei|negli|nelle|dal|dalla|dai|sul|sulla)\s+"
    ),
    "pt": re.compile(r"(?:por|em|de|a|com|entre|para|pelo|pela|pelos|pelas|no|na|nos|nas)\s+"),
    "fr": re.compile(r"(?:par|en|de|à|dans|sur|avec|entre|pour|au|aux|du|des)\s+"),
}


# Irregular participles in every gender and number ("compuesta", "escrita", "feitos").
_IRREGULAR_PARTICIPLE = {
    "es": re.compile(
        r"(?:hech|dich|escrit|vist|puest|vuelt|abiert|cubiert|descubiert|impres|compuest"
        r"|propuest|dispuest)(?:o|a|os|as)\s+"
    ),
    "pt": re.compile(r"(?:feit|dit|escrit|vist|post|abert|compost|propost)(?:o|a|os|as)\s+"),
}


def after_participle(text: str, at: int, end: int, language: str) -> int | None:
    """Where what a participle at `at` (right after a copula, or a comma) and its
    preposition take starts ("La novela está compuesta por [unos setenta fragmentos …]",
    "La vicenda è ambientata in [Lombardia …]"): the participle is the verb, on the front as
    an English passive's is; or None."""
    participle = _PARTICIPLE.get(language)
    at += len(text[at:end]) - len(text[at:end].lstrip())
    found = participle.match(text, at, end) if participle is not None else None
    irregular = _IRREGULAR_PARTICIPLE.get(language)
    if found is None and irregular is not None:
        found = irregular.match(text, at, end)
    if found is None:
        return None
    preposition = _PARTICIPLE_PREPOSITION[language].match(text, found.end(), end)
    if preposition is None or len(text[preposition.end() : end].split()) < 2:
        return None
    return preposition.end()


def _past_participle(text: str, at: int, end: int, language: str) -> int:
    """Where what a perfect auxiliary found just before `at` introduces starts: after its
    participle (a passive's participle after "been" is asked, as in English: "avait été
    [battu à Pavie]")."""
    participle = _PARTICIPLE.get(language)
    found = participle.match(text, at, end) if participle is not None else None
    return found.end() if found is not None else at


def after_auxiliary(text: str, start: int, end: int, language: str) -> int | None:
    """Where what a modal or perfect auxiliary of the claim's main clause introduces starts
    ("Der Verantwortungsethiker muss [für die … Folgen … aufkommen]", "Les dieux avaient
    [condamné Sisyphe à …]"), if it stands after a subject of a few words."""
    patterns = _PATTERNS.get(language)
    if patterns is None:
        return None
    start += len(text[start:end]) - len(text[start:end].lstrip(" ,"))
    found = patterns.auxiliary.search(text, start, end)
    leading = _LEADING_INFINITIVE.match(text, start, end)
    placed = after_place_phrase(text, start, end, language) if leading is None else None
    if placed is not None:
        start = placed  # ("Senza processo, il prefetto poteva [obbligare …]")
    if found is not None and leading is not None and found.start() == leading.end():
        # ("…, tras leer *Pedro Páramo*, pudo [escribir …]": the subject the frame named)
        return found.end() + len(text[found.end() : end]) - len(text[found.end() : end].lstrip())
    if found is None or found.start() == start or patterns.subordinate.match(text, start):
        return None
    # (a relative clause between commas is the subject's own: "La fin des sociétés
    # paysannes, qui vivaient dans une mémoire vraie, a [détruit …]")
    subject = _RELATIVE_ASIDE.sub("", text[start : found.start()])
    if len(subject.split()) > _SUBJECT_WORDS or "," in subject:
        return None
    after = found.end() + len(text[found.end() : end]) - len(text[found.end() : end].lstrip())
    perfect = _PERFECT.get(language)
    if perfect is not None and perfect.fullmatch(text, found.start(), after):
        return _past_participle(text, after, end, language)
    return after


def after_verb(text: str, start: int, end: int, language: str) -> int | None:
    """Where what the verb of a short subject says starts ("Su labor modifica [nuestra
    concepción …]"), when the sentence opens with that subject: a determiner and its noun
    (in German, capitalised, and the phrase that qualifies it)."""
    patterns = _PATTERNS.get(language)
    if patterns is None:
        return None
    placed = after_place_phrase(text, start, end, language)
    if placed is not None:
        start = placed  # ("En el realismo mágico, lo extraordinario se narra …")
    adverbial = _WHEN_FIRST.get(language)
    opening = adverbial.match(text, start, end) if adverbial is not None else None
    if opening is not None:
        start = opening.end()  # ("Alla fine gli arrestati vengono [rilasciati …]")
    if language == "de":
        return _after_german_verb(text, start, end)
    if language in _NEGATION_FIRST:
        # "não existe [educação neutra]", "no hay […]": a claim that opens with its negated verb
        negated = _NEGATION_FIRST[language].match(text, start, end)
        if negated is not None and negated["verb"].lower() not in _NO_VERBS:
            return negated.end()
    reflexive = patterns.reflexive_verb.match(text, start, end)
    if reflexive is not None and reflexive["verb"].lower() not in _NO_VERBS:
        return reflexive.end()
    pronoun = _PRONOUN_THEN_VERB.get(language)
    # (only a later point's, after its colon or semicolon: a sentence that opens with a
    # pronoun has its own readings, a marked term or a quotation)
    later = text[:start].rstrip().endswith((":", ";"))
    said = pronoun.match(text, start, end) if pronoun is not None and later else None
    if said is not None and said["verb"].lower() not in _NO_VERBS:
        return said.end()  # ("il accomplit [tous les travaux …]": a pronoun, then its verb)
    adverb = _ADVERB_BEFORE_VERB.get(language)
    found_adverb = adverb.match(text, start, end) if adverb is not None else None
    if found_adverb is not None and found_adverb["verb"].lower() not in _NO_VERBS:
        return found_adverb.end()
    phrase = patterns.phrase_subject_verb
    found_phrase = phrase.match(text, start, end) if phrase is not None else None
    if found_phrase is not None:
        verb = found_phrase["verb"]
        if not patterns.copula.fullmatch(verb) and not patterns.connectives.fullmatch(verb):
            return found_phrase.end()
    found = patterns.subject_verb.match(text, start, end)
    if found is not None and found["verb"].lower() not in _NO_VERBS:
        adjectived = _ADJECTIVE_THEN_VERB.get(language)
        longer = adjectived.match(text, start, end) if adjectived is not None else None
        if (
            longer is not None
            and longer["verb"].lower() not in _NO_VERBS
            # (what the verb takes says enough: "comenzó en Asturias" stays asked whole)
            and len(text[longer.end() : end].split()) >= _TAKEN_WORDS
        ):
            # ("La révolution industrielle commence [en Grande-Bretagne …]": an adjective
            # after the noun, then the verb and its preposition or determiner)
            found = longer
    if found is None and language == "fr":
        # (a longer subject, its verb marked by the "ne" before it)
        found = _FRENCH_NEGATED_VERB.match(text, start, end)
    if found is None or not found["verb"][:1].islower():
        return None
    verb = found["verb"]
    if verb.lower() in _NO_VERBS or patterns.copula.fullmatch(verb):
        return None
    if patterns.connectives.fullmatch(verb):
        return None
    infinitive = _INFINITIVE_ENDING.get(language)
    if infinitive is not None and infinitive.fullmatch(verb.lower()):
        return None  # ("A ditadura militar de 1926 …": an adjective in -ar, no finite verb)
    return found.end()


# An infinitive's ending, which no finite verb of a Romance language has (an adjective in
# -ar, -are, -ier may look like one: "militar", "popolare", "premier").
_INFINITIVE_ENDING = {
    "es": re.compile(r"\w{2,}(?:ar|er|ir)"),
    "pt": re.compile(r"\w{2,}(?:ar|er|ir)"),
    "it": re.compile(r"\w{2,}(?:are|ere|ire)"),
    "fr": re.compile(r"\w{2,}(?:er|ir)"),
}


def after_reflexive_verb(text: str, start: int, end: int, language: str) -> int | None:
    """Where what a reflexive verb says starts after a subject that opens the claim ("Il
    legame tra il capo e il suo seguito si fonda [sulla fedeltà]"), or None: the pronoun
    marks the verb, so two words after it are enough of a point."""
    patterns = _PATTERNS.get(language)
    found = patterns.reflexive_verb.match(text, start, end) if patterns is not None else None
    if found is None or found["verb"].lower() in _NO_VERBS:
        return None
    return found.end()


def after_opening_pronoun(text: str, start: int, end: int, language: str) -> int | None:
    """Where what a verb says starts after a subject pronoun that opens the claim ("Il se
    transmet [surtout dans la famille …]", "Ela finge [ser cega …]"), or None: not an
    impersonal one ("Il y a", "Il faut", "Il est … de"), nor a copula's."""
    pronoun = _PRONOUN_THEN_VERB.get(language)
    said = pronoun.match(text, start, end) if pronoun is not None else None
    if said is None or not text.startswith(_SUBJECT_PRONOUNS[language], start):
        return None
    verb = said["verb"].lower()
    copular = _PATTERNS[language].copula.fullmatch(verb)
    if verb in _NO_VERBS or _IMPERSONAL.fullmatch(verb) or copular or _NAMING.fullmatch(verb):
        return None  # (nor a verb of naming, whose name is the point: "Er nennt … die **X**")
    return said.end()


# The subject pronouns of a person or a thing, capitalised as they open a sentence.
_SUBJECT_PRONOUNS = {
    "fr": ("Il ", "Elle ", "Ils ", "Elles "),
    "es": ("Él ", "Ella ", "Ellos ", "Ellas "),
    "it": ("Egli ", "Ella ", "Esso ", "Essa ", "Essi ", "Esse ", "Lui ", "Lei ", "Loro "),
    "pt": ("Ele ", "Ela ", "Eles ", "Elas "),
    "de": ("Er ", "Sie "),
}
# Verbs of naming, in the languages read.
_NAMING = re.compile(
    r"nennt|nannte|bezeichnet|bezeichnete|appelle|appela|nomme|nomma|llama|llamó|denomina"
    r"|chiama|chiamò|chama|chamou"
)
# What an impersonal pronoun opens: "Il y a", "Il faut", "Il s'agit", "Il semble".
_IMPERSONAL = re.compile(r"y|faut|fallait|agit|semble|paraît|suffit|reste|convient|importe|vaut")


# A subject pronoun that opens a point, and its verb (after a negation or a reflexive
# pronoun, if any): "il accomplit …", "ella rechaza …".
_PRONOUN_THEN_VERB = {
    language: re.compile(
        rf"(?i:{pronouns})\s+(?:(?:ne|non|no|não)\s+|n['’])?"
        r"(?:(?:se|si|le|la|les|lui|leur|y|en|lo|gli|ci|vi)\s+|[sl]['’])?"
        r"(?P<verb>[a-zà-ÿ][\w-]+)\s+(?:(?:pas|plus|jamais|point)\s+)?"
    )
    for language, pronouns in (
        ("fr", "il|elle|ils|elles"),  # (not a general "on": "on ne la mesure qu'à …" whole)
        ("es", "él|ella|ellos|ellas"),
        ("it", "egli|ella|esso|essa|essi|esse|lui|lei|loro"),
        ("pt", "ele|ela|eles|elas"),
        # (German's of a person: "es" opens what is impersonal too, "Es gibt …")
        ("de", "er|sie"),
    )
}


# An adverb that stands before its verb in Portuguese, Spanish and Italian ("a classe
# dominante brasileira sempre tratou [o povo …]", "la herencia colonial todavía pesa […]"):
# the verb is the word after it, whatever adjectives the subject carries.
_PRE_VERB_ADVERBS = {
    "pt": r"sempre|nunca|jamais|já|ainda|também|só|apenas|não",
    "es": r"siempre|nunca|jamás|ya|todavía|también|sólo|solo|no",
    "it": r"sempre|mai|già|ancora|anche|solo|non",
}
_ADVERB_BEFORE_VERB = {
    language: re.compile(
        rf"(?i:{LANGUAGES[language].determiners}){_DETERMINER_END}[^\W\d_][\w-]*"
        rf"(?:\s+(?!{_word(_IN_NO_SUBJECT)}|{_word(LANGUAGES[language].copulas)})"
        rf"[^\W\d_][\w'’-]*){{0,3}}?"
        rf"\s+(?:{adverbs})\s+(?P<verb>[^\W\d_A-Z][\w-]+)\s+"
    )
    for language, adverbs in _PRE_VERB_ADVERBS.items()
}


def after_place_phrase(text: str, start: int, end: int, language: str) -> int | None:
    """Where the claim goes on after a phrase of place, time or domain that opens it
    (`_PLACE_FIRST`: "Dans le conte, …", "En el realismo mágico, …"), or None."""
    place = _PLACE_FIRST.get(language)
    opening = place.match(text, start, end) if place is not None else None
    return opening.end() if opening is not None else None


# A phrase of place or domain that opens a claim before its comma ("En el realismo mágico,
# …", "Dans la société disciplinaire, …"): the subject and its verb come after it.
_PLACE_FIRST = {
    # (or, without its comma, a preposition and a pronoun: "com elas os limites …")
    language: re.compile(
        rf"(?i:{words})\s+(?:[^,;:]{{1,40}},\s*|(?:{pronouns})\s+(?=(?i:{determiners})\s))"
    )
    for language, words, pronouns, determiners in (
        (
            "fr",
            # (and when: "Jusqu'au XIIe siècle, …", "Au XVIIe siècle, …")
            "dans|en|chez|depuis|avec|sans|au|aux|à|jusqu['’]au|jusqu['’]à|pendant|durant|vers",
            "eux|elles|lui|elle",
            "le|la|les|un|une|des",
        ),
        (
            "es",
            "en|con|desde|durante|tras|entre|sin|hasta|hacia|a|al",
            "ellos|ellas|él|ella",
            "el|la|los|las|un|una",
        ),
        (
            "it",
            r"in|nel|nella|nei|nelle|con|durante|senza|fino\s+al|fino\s+a|verso|al|alla",
            "loro|lui|lei|esso|essa",
            "il|lo|la|i|gli|le",
        ),
        (
            "pt",
            "em|no|na|nos|nas|com|durante|sem|até|ao|à",
            "eles|elas|ele|ela",
            "o|a|os|as|um|uma",
        ),
        (
            "de",
            "in|im|bei|mit|seit|ohne|bis|vor|nach|während",
            "ihnen|ihm|ihr",
            "der|die|das|den|dem",
        ),
    )
}


_TAKEN_WORDS = 3
ADJECTIVE_ENDINGS = (
    # (not "-ano", a verb's as often: "Molti artigiani vendevano …")
    "al|ale|ales|aux|ar|aire|aria|ario|ária|ário|ique|ico|ica|ivo|iva|if|ive|aine"
    "|ien|ienne|iano|iana|elle|el|ense|ista|iste|oso|osa|eux|euse|ble|ais|aise|ês|esa|ese"
)
# A Romance subject's determiner, noun and adjective, then its verb and the preposition or
# determiner that opens what the verb takes.
_ADJECTIVE_THEN_VERB = {
    language: re.compile(
        rf"(?i:{LANGUAGES[language].determiners}){_DETERMINER_END}[^\W\d_][\w-]*"
        # (an adjective by its ending, which no verb of the third person has: "industrielle",
        # "cristiana", "bancária", "disciplinaire")
        rf"\s+[^\W\d_A-Z][\w-]*(?:{ADJECTIVE_ENDINGS})\s+(?P<verb>[^\W\d_A-Z][\w-]+)\s+"
        rf"(?=(?:{takes})\s)"
    )
    for language, takes in (
        ("fr", "en|à|au|aux|dans|sur|par|vers|avec|pour|le|la|les|un|une|des|du|de"),
        ("es", "en|a|al|con|por|para|hacia|sobre|el|la|los|las|un|una|de|del"),
        ("it", "in|a|al|alla|con|per|su|verso|il|lo|la|i|gli|le|un|una|di|del|della"),
        ("pt", "em|a|ao|com|por|para|sobre|o|a|os|as|um|uma|de|do|da"),
    )
}


# When, opening the sentence with no comma before its subject ("Alla fine gli arrestati
# vengono …", "Au début les marchands …"): the subject and its verb come after it.
_WHEN_FIRST = {
    language: re.compile(rf"(?:{words})\s+(?=(?i:{LANGUAGES[language].determiners})\s)")
    for language, words in (
        # (and the words that stress the subject: "Même les jeux d'argent ne font que …")
        ("fr", "À la fin|Au début|Enfin|Ensuite|Aujourd['’]hui|Puis|Alors|Plus tard|Même"),
        ("es", "Al final|Al principio|Hoy|Luego|Después|Finalmente|Más tarde|Entonces|Incluso"),
        ("it", "Alla fine|All['’]inizio|Oggi|Poi|Infine|Dopo|Più tardi|Allora|Perfino|Persino"),
        ("pt", "No fim|No início|Hoje|Depois|Finalmente|Por fim|Mais tarde|Então|Até mesmo"),
    )
}


# "Aucun destin biologique, psychique ou économique ne définit […]": a French subject of
# a few words, commas and all, then "ne" and its verb.
_FRENCH_NEGATED_VERB = re.compile(
    rf"(?i:{LANGUAGES['fr'].determiners}|aucun|aucune|nul|nulle)\s+(?:[^\W\d_][\w'’-]*,?\s+){{1,8}}?"
    r"(?:ne\s+|n['’])(?:se\s+|s['’])?(?P<verb>[^\W\d_][\w-]+)\s+"
)


# Capitalised words that open a German sentence and are no name: its prepositions and the
# adverbs of time and consequence (`_GERMAN_INVERTED` reads them).
_GERMAN_OPENERS = (
    "Im|In|Am|An|Auf|Nach|Vor|Seit|Bei|Während|Um|Ab|Bis|Mit|Durch|Für|Gegen|Ohne|Unter|Über"
    "|Aus|Zwischen|Wegen|Trotz|Später|Danach|Dann|Damals|Zuerst|Schließlich|Früher|Bald"
    "|Zugleich|Deshalb|Daher|Darum|Deswegen|Trotzdem|Dennoch|Heute|Es|Er|Sie|Man|Wir|Ich|So"
    "|Auch|Nur|Doch|Noch|Hier|Dort|Jetzt|Immer|Oft|Nie|Wie|Wenn|Als|Weil|Dass|Ob"
)


# A German subject: a determiner, maybe adjectives, its noun (capitalised, as every German
# noun is), maybe a phrase of prepositions, articles and nouns after it.
_GERMAN_SUBJECT = re.compile(
    # (its adjectives, a place's in capitals too: "Der Versailler Vertrag wurde …")
    rf"(?:(?:(?i:{LANGUAGES['de'].determiners})\s+)"
    r"(?:[a-zäöüß][\w-]*\s+|[A-ZÄÖÜ][\w-]*er\s+(?=[A-ZÄÖÜ])){0,2}"
    # (or an adjective and its noun with no determiner: "Technischer Fortschritt senkt …")
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:er|es|e|en)\s+(?=[A-ZÄÖÜ])"
    # (or a name alone, before a verb in the third person: "Stresemann beendete …")
    # (not before a verb of naming, whose name is the point: "Zweig nennt … das **X**")
    rf"|(?!(?:{_GERMAN_OPENERS})\s)(?=[A-ZÄÖÜ][a-zäöüß]+\s+"
    r"(?!(?:nennt|nannte|bezeichnet|bezeichnete|heißt|hieß)\s)[a-zäöüß]+(?:te|ten|t)\s))"
    r"[A-ZÄÖÜ][\w-]*(?:\s+\(\d{3,4}\))?"  # (and its year: "Der Dawes-Plan (1924) regelte …")
    r"(?:\s+(?:(?:im|in|am|an|auf|aus|bei|mit|nach|von|vom|zu|zum|zur|für|über|unter|ohne|gegen"
    r"|durch|zwischen|seit|bis|wegen|des|der|dem|den|eines|einer)\s+)+(?:[a-zäöüß][\w-]*\s+)?"
    r"(?:[A-ZÄÖÜ][\w-]*|\d{3,4}))?"  # ("Die Hyperinflation von 1923 ruinierte …")
    r"\s+(?P<verb>[a-zäöüß][\w-]*),?\s+"  # (its comma: "… entsteht, [wenn …]")
)


def after_german_subject(text: str, start: int, end: int) -> int | None:
    """Where what the verb says starts after a German subject that opens the sentence ("Ein
    **Höchstpreis** unter dem Gleichgewichtspreis führt [zu …]"); or None."""
    found = _GERMAN_SUBJECT.match(text, start, end)
    return found.end() if found is not None and found["verb"] not in _NO_VERBS else None


def _after_german_verb(text: str, start: int, end: int) -> int | None:
    """ "Der Erfolg im Beruf galt [als Zeichen der Erwählung]": German puts the finite verb
    second, after its subject; what the verb says is asked. (After a time or place that
    opens the sentence, the subject follows the verb: "Im August 1914 erlebte Zweig [die
    Begeisterung der Massen]".)"""
    found = _GERMAN_SUBJECT.match(text, start, end)
    if found is not None and found["verb"] not in _NO_VERBS:
        return found.end()
    found = _GERMAN_INVERTED.match(text, start, end) or _GERMAN_IF.match(text, start, end)
    if found is None or found["verb"] in _NO_VERBS or _GERMAN_DETERMINER.fullmatch(found["verb"]):
        return None
    return found.end()


# A condition that opens with its verb, then the main clause's verb after the comma: "Liegt
# der Preis über dem Gleichgewichtspreis, entsteht [ein Angebotsüberschuss]".
_GERMAN_IF = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+[td]\s+(?:der|die|das|ein|eine|den|dem)\s+[^,;:]{3,80},\s+"
    r"(?P<verb>[a-zäöüß][\w-]*)\s+"
)


_GERMAN_DETERMINER = re.compile(LANGUAGES["de"].determiners, re.I)
# A time, a place or another phrase with its preposition that opens a German sentence
# ("Mit der Reproduzierbarkeit tritt der Ausstellungswert […]"), its finite verb, and the
# subject after it.
_GERMAN_INVERTED = re.compile(
    r"(?:(?i:im|in|am|an|auf|nach|vor|seit|bei|während|um|ab|bis|mit|durch|für|gegen|ohne"
    # (a date's words too: "Am 9. November 1918 rief …")
    r"|unter|über|aus|zwischen|wegen|trotz)\s+(?:[\w.-]+\s+){1,5}?"
    r"|(?i:später|danach|dann|damals|zuerst|schließlich|früher|bald|zugleich|deshalb|daher"
    r"|darum|deswegen|trotzdem|dennoch)\s+)"
    r"(?P<verb>[a-zäöüß][\w-]*)\s+"
    rf"(?:er|sie|es|man|wir|ich|[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w-]*)?"
    rf"|(?:{LANGUAGES['de'].determiners})\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:des|der|eines|einer)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*)?),?\s+"
)


# Where the negation comes before the verb, a claim may open with both.
def opens_negated(text: str, start: int, end: int, language: str) -> bool:
    """Whether the claim at `start` opens with its negated verb ("não existe …", "no hay
    …"), two words after which say a point ("não existe [educação neutra]")."""
    negated = _NEGATION_FIRST.get(language)
    return negated is not None and negated.match(text, start, end) is not None


_NEGATION_FIRST = {
    language: re.compile(
        rf"(?i:{LANGUAGES[language].negations})\s+(?:(?:se|si)\s+)?(?P<verb>[^\W\d_][\w-]+)\s+"
    )
    for language in ("es", "pt", "it")
}


# "È molto più sicuro [essere temuto che amato]", "Es mejor [ser temido]", "Il est plus sûr
# d'[être craint]": a copula with no subject, a few words that judge, then the infinitive
# that is what they judge (by its ending; French puts "de" before it).
_INFINITIVE_ENDS = {
    "it": r"(?:are|ere|ire)(?:si)?",
    "es": r"(?:ar|er|ir)(?:se)?",
    "pt": r"(?:ar|er|ir)(?:-se)?",
}
_EXTRAPOSED = {
    **{
        language: re.compile(rf"(?i:{opening})\s+(?:[^\W\d_]+\s+){{1,5}}?(?=[^\W\d_]+{ends}\b)")
        for language, opening, ends in (
            ("it", "è|era|sarà|sarebbe", _INFINITIVE_ENDS["it"]),
            ("es", "es|era|será|sería", _INFINITIVE_ENDS["es"]),
            ("pt", "é|era|será|seria", _INFINITIVE_ENDS["pt"]),
        )
    },
    "fr": re.compile(
        r"(?i:il\s+est|c['’]est|il\s+était|il\s+serait|il\s+vaut)\s+(?:[^\W\d_]+\s+){1,5}?"
        r"d(?:e\s+|['’])(?=[^\W\d_])"
    ),
}


def extraposed(text: str, start: int, end: int, language: str) -> int | None:
    """Where the infinitive starts that a claim opening with a subjectless copula judges, or
    None."""
    pattern = _EXTRAPOSED.get(language)
    found = pattern.match(text, start, end) if pattern is not None else None
    if found is None or "," in found.group():
        return None
    return found.end()


def restated(text: str, begin: int, end: int, language: str) -> int | None:
    """Where Y starts in "X, c'est Y" ("…, das ist …", "…, eso es …")."""
    patterns = _PATTERNS.get(language)
    found = patterns.restated.search(text, begin, end) if patterns else None
    return found.end() if found else None


def main_clause(text: str, begin: int, end: int, language: str) -> int | None:
    """Where the main clause starts after a leading subordinate one ("Quand la raison nous
    fait défaut, [nous y employons …]"), or None."""
    patterns = _PATTERNS.get(language)
    if patterns is None or not patterns.subordinate.match(text, begin):
        return None
    comma = text.find(", ", begin, end)
    return comma + 2 if comma > begin else None


def reason(text: str, begin: int, end: int, language: str) -> int | None:
    """Where the reason after "parce que", "weil", "porque" … starts."""
    patterns = _PATTERNS.get(language)
    found = patterns.reason.search(text, begin, end) if patterns else None
    return found.end() if found else None


def opening_reason(text: str, start: int, end: int, language: str) -> int | None:
    """Where the reason starts in a point that opens with its "parce que", "perché",
    "porque" … (the second point of "A, perché B"), or None."""
    patterns = _PATTERNS.get(language)
    if patterns is None or start == 0:
        return None
    found = patterns.reason.match(text, start - 1, end)
    return found.end() if found else None


# "Trincheras de ideas valen más que [trincheras de piedra]": what a thing is set above or
# below (words before "que" stay with the verb, within a few words of the comparative).
_COMPARED = {
    "fr": re.compile(r"\b(?:plus|moins|mieux)\b[^,;:]{0,30}?\bqu(?:e\s+|['’])", re.I),
    "es": re.compile(r"\b(?:más|menos|mejor|peor)\b[^,;:]{0,30}?\bque\s+", re.I),
    "it": re.compile(r"\b(?:più|meno|meglio|peggio)\b[^,;:]{0,30}?\b(?:che|di)\s+", re.I),
    "pt": re.compile(r"\b(?:mais|menos|melhor|pior)\b[^,;:]{0,30}?\b(?:do\s+)?que\s+", re.I),
    "de": re.compile(r"\b(?:mehr|weniger|eher|lieber|besser)\b[^,;:]{0,30}?\bals\s+", re.I),
}


# A pronoun that a relative "che"/"que" follows: "uno che si faccia amare" compares nothing.
_BEFORE_A_RELATIVE = frozenset(
    "uno una quello quella ciò chi colui colei celui celle ceux ce lo el la los las aquel "
    "aquello aquele aquilo o a".split()
)


def compared(text: str, begin: int, end: int, language: str) -> int | None:
    """Where what a comparison sets a thing against starts ("… valen más que [B]")."""
    pattern = _COMPARED.get(language)
    found = pattern.search(text, begin, end) if pattern else None
    if found is None:
        return None
    before = found.group().split()[-2:-1]
    if before and before[0].lower() in _BEFORE_A_RELATIVE:
        return None
    return found.end()


def parallel_comparison(text: str, begin: int, end: int, language: str) -> bool:
    """Whether a comparison names both sides in one form, the same word opening each ("más
    [en] primavera que [en] otoño"): the point is the comparison whole, not its second side
    ("il n'est désir plus naturel que [le désir de connaissance]")."""
    pattern = _COMPARED.get(language)
    found = pattern.search(text, begin, end) if pattern else None
    if found is None:
        return False
    between = found.group().split()[1:-1]
    after = text[found.end() : end].split(None, 1)
    return len(between) >= 2 and bool(after) and between[0].lower() == after[0].lower()


# "Kracauer beschreibt die Angestellten als [geistig obdachlos]", "Bentinho descreve os olhos
# dela como ["olhos de ressaca"]": what a thing is described as.
_DESCRIBED_AS = {
    language: re.compile(rf"\b(?:{verbs})\s+[^,;:]{{2,60}}?\s+(?:{as_word})\s+", re.I)
    for language, verbs, as_word in (
        ("fr", "décrit|dépeint|présente|voit|considère", "comme"),
        ("es", "describe|presenta|ve|considera", "como"),
        ("it", "descrive|presenta|vede|considera", "come"),
        ("pt", "descreve|apresenta|vê|considera", "como"),
        ("de", "beschreibt|schildert|sieht|betrachtet|bezeichnet", "als"),
    )
}


def described_as(text: str, begin: int, end: int, language: str) -> int | None:
    """Where what a thing is described as starts ("… beschreibt X als [Y]"), or None."""
    pattern = _DESCRIBED_AS.get(language)
    found = pattern.search(text, begin, end) if pattern is not None else None
    return found.end() if found else None


def contrast(text: str, begin: int, end: int, language: str) -> int | None:
    """Where B starts in "not A, but B" ("mais", "sino", "sondern" …)."""
    patterns = _PATTERNS.get(language)
    found = patterns.contrast.search(text, begin, end) if patterns else None
    return found.end() if found else None


# What may stand between the relative pronoun and its verb: a subject pronoun, the
# language's pronouns before a verb (`Words.reflexives`, with its negation) and the other
# object pronouns ("qu'il tient pour …", "che non lascia …", "qui nous rend …").
_BEFORE_RELATIVES_VERB = {
    language: f"{subjects}|{LANGUAGES[language].reflexives}|{objects}"
    for language, subjects, objects in (
        (
            "fr",
            r"il|elle|ils|elles|on",
            r"le|la|les|l['’]|lui|leur|y|en|me|m['’]|te|t['’]|nous|vous",
        ),
        ("es", r"él|ella|ellos|ellas", r"me|te|nos|os"),
        ("it", r"egli|ella|essi|esse|lui|lei|loro", r"mi|ti|ci|vi"),
        ("pt", r"ele|ela|eles|elas", r"me|te|nos|vos"),
    )
}
_RELATIVE_CLAUSE = {
    language: re.compile(
        rf",\s+(?:{pronouns})(?:(?<=['’])|\s+)"
        rf"(?:(?:{_BEFORE_RELATIVES_VERB[language]})(?:(?<=['’])|\s+)){{0,2}}"
        r"(?P<verb>[^\W\d_A-Z][\w-]+)\s+"
    )
    for language, pronouns in _RELATIVE_PRONOUNS.items()
}
_BEFORE_RELATIVE_WORDS = 3  # what the blank keeps before the relative says enough alone
_RELATIVES_WORDS = 3  # … and so does what the relative's verb introduces


def relative_clause(text: str, start: int, end: int, language: str) -> tuple[int, int, int] | None:
    """Where a blank [start, end) holding a relative clause after a comma is cut ("Le Goff
    défend [l'idée d'un long Moyen Âge], qui se prolongerait [jusqu'à la fin du XVIIIe
    siècle]"), and where what the relative's verb introduces starts and ends: a second
    point; or None. A relative whose own subject follows it (after "em que", "in cui", "où")
    is asked whole ("a educação problematizadora, em que [educador e educandos se tornam
    …]"), and so is a German one but for its verb, which comes last ("die Verantwortung des
    Staatsmannes, die [ebenfalls total … und zukunftsbezogen] ist")."""
    if ", " not in text[start:end]:
        return None
    pattern = _RELATIVE_CLAUSE.get(language)
    found = pattern.search(text, start, end) if pattern is not None else None
    if found is not None and found["verb"].lower() in _NO_VERBS:
        found = None
    stop = end
    if found is None:
        found = _WHOLE_RELATIVE[language].search(text, start, end)
        if found is None or _APPOSITIVE_ARTICLE.match(text, found.end(), end):
            return None  # (nor an article: "die vergegenwärtigte Zukunft, das Noch-Nicht, …")
        last = _LAST_VERB.search(text, found.end(), end) if language == "de" else None
        if language == "de" and last is None:
            return None  # (a German relative ends on its verb, or it is no relative read here)
        stop = last.start() if last is not None else end
    before = text[start : found.start()]
    if len(before.split()) < _BEFORE_RELATIVE_WORDS or re.search(r"[;:]", before):
        return None
    said = text[found.end() : stop]
    if len(said.split()) < _RELATIVES_WORDS or (
        ", " in said and not _LISTED_TO_THE_END.search(said)
    ):
        # (a relative that a comma closes is an aside inside a longer phrase: "peu de
        # relation de nos actions, qui sont en perpétuelle mutation, avec les lois …"; not
        # one whose commas list its last words: "total, kontinuierlich und …")
        return None
    return found.start(), found.end(), stop


# A relative whose own subject follows it: a preposition and the relative, or German's
# relative pronoun (its verb last).
_WHOLE_RELATIVE = {
    language: re.compile(rf",\s+(?:{relatives})\s+")
    for language, relatives in (
        ("fr", r"dans lequel|dans laquelle|dans lesquels|dans lesquelles|par lequel|par laquelle"),
        ("es", r"en (?:el|la|los|las) que|en que|en (?:el|la) cual|por (?:el|la) que"),
        ("it", r"in cui|nel quale|nella quale|per cui"),
        ("pt", r"em que|no qual|na qual|nos quais|nas quais|pelo qual|pela qual"),
        ("de", r"der|die|das|den|dem|deren|dessen|in dem|in der|in denen"),
    )
}
# A German noun after "der", "die", "das", and the comma or the next article that shows the
# word an article.
_APPOSITIVE_ARTICLE = re.compile(r"[A-ZÄÖÜ][\w-]*(?:,|\s+(?:der|die|das|des|und)\s)")
# A German verb that ends its clause, and the sentence's end after it.
_LAST_VERB = re.compile(r"\s(?:[a-zäöüß]+)\s*[.;]?\s*$")
# Words a list's last comma leaves before the end: "…, kontinuierlich und zukunftsbezogen".
_LISTED_TO_THE_END = re.compile(
    r",\s+[\wÀ-ÿ'’-]+(?:\s+[\wÀ-ÿ'’-]+)?\s+(?:und|oder|et|ou|y|o|e|ed)\s+[\wÀ-ÿ'’-]+"
    r"(?:\s+[\wÀ-ÿ'’-]+)?\s*$"
)
