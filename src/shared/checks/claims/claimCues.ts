export type ClaimCueId =
  | 'research'
  | 'statistic'
  | 'trend'
  | 'record'
  | 'causal'
  | 'comparison'
  | 'absolute'
  | 'existence'
  | 'attribution'
  | 'unattributed-quote'

export interface ClaimCue {
  id: ClaimCueId
  label: string
  /** Patterns that make the sentence a claim on their own. */
  patterns: RegExp[]
  /**
   * Patterns that are named as a cue only when some other cue makes the sentence a claim: words
   * such as "never" or "the greatest" are as common in slogans as in checkable statements.
   */
  supporting?: RegExp[]
}

const p = (source: string): RegExp => new RegExp(source, 'iu')

const DIGITS = String.raw`\d[\d,.]*`
// Spelled-out numbers as debate transcripts write them: "seventy-five", "eight hundred thousand".
const SPELLED_SMALL = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`
const SPELLED_BIG = String.raw`(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-${SPELLED_SMALL})?)`
const SPELLED = String.raw`(?:${SPELLED_SMALL}|${SPELLED_BIG})`
const MAGNITUDE = String.raw`(?:hundred|thousand|million|billion|trillion)`
const NUMBER_WORD = String.raw`(?:\d[\d,.]*|${SPELLED}|hundreds?|thousands?|millions?|billions?|dozens?)`
// What a share of is counted in: "most of the money went to", "every one of those plants".
const SHARED_OUT = String.raw`(?:bill|law|budget|money|jobs|funds|cuts|spending|growth|gains|increase|tax|taxes|plants|factories|stores|people|workers|families|children|students|patients|voters|members|companies|businesses|countries|states|counties|cities|schools|hospitals|bridges|roads|homes|profits|revenue|benefits|savings|deficit|debt|loans|layoffs|cases|deaths|troops)`
const APPROXIMATELY = String.raw`(?:about|around|nearly|almost|roughly|over|under|just|only|more\s+than|less\s+than)\s+`
const COUNTED = String.raw`(?:people|patients|women|men|children|kids|adults|babies|mothers|fathers|participants|cases|deaths|jobs|voters|residents|workers|employees|students|households|families|americans|britons|infections|hospitali[sz]ations|admissions|births|homes|teachers|nurses|doctors|troops|soldiers|refugees|immigrants|years|months|weeks|days|times|hours|countries|states|cities|votes|seats|companies|businesses|factories|plants|pages|acres|miles|gallons|barrels|cents|points)`
const RESEARCH_NOUN = String.raw`(?:study|studies|trial|trials|survey|surveys|analysis|analyses|meta-analysis|review|report|reports|research|paper|poll|polls|data|experiment|findings|census|audit|investigation|figures|statistics)`
const RESEARCH_VERB = String.raw`(?:reveals?|revealed|shows?|showed|shown|finds?|found|suggests?|suggested|indicates?|indicated|concludes?|concluded|demonstrates?|demonstrated|confirms?|confirmed|links?|linked|proves?|proved|estimates?|estimated|says|said|predicts?|projects?)`
const CHANGE_PARTICIPLE = String.raw`(?:risen|fallen|grown|shrunk|dropped|declined|increased|decreased|climbed|doubled|tripled|quadrupled|halved|soared|plunged|plummeted|jumped|surged|skyrocketed|collapsed|stagnated|gone\s+(?:up|down)|been\s+(?:flat|zero|negative|unchanged|stagnant))`
// Who does something on the record: "my opponent", "the administration", "we", "Congress".
const ACTOR = String.raw`(?:he|she|they|we|i|congress|washington|republicans|democrats|(?:my|our|his|her|their)\s+opponents?|(?:the|this|that|his|her|their|our|my|(?:the|my|our|his|her|their)\s+\p{L}+['’]s)\s+(?:\p{L}+\s+)?(?:administration|government|governor|senator|president|congress|congressman|congresswoman|mayor|legislature|party|state|city|county|company|companies|campaign|council|bank|fed|reserve|senate|house|majority|leader|opponent|predecessor|republicans|democrats|minister|ministry|secretary|commissioner|chancellor|department|agency|regulators?|court|board|union|district|authority|committee|commission|treasury|chairman|chairwoman|ceo|division|unit|segment|firm|competitors?|rivals?|officials|lawmakers|legislators|prosecutors?|sheriff|judge|police|army|military|country|nation|economy|industry|town|village|region|province|school|hospital|plant|mill|factory|airline|utility|port|university))`
const ACTOR_ADVERB = String.raw`(?:(?:has|have|had|just|also|already|then|actually|once|twice|repeatedly|quietly|even|only|personally|single-handedly|never)\s+)`
const ACTION = String.raw`(?:cut|raised|lowered|created|added|lost|closed|shut|passed|signed|vetoed|expanded|eliminated|slashed|borrowed|froze|frozen|approved|rejected|blocked|repealed|fired|hired|deported|inherited|laid|took|taken|gave|given|doubled|tripled|increased|reduced|balanced|bailed|opposed|supported|backed|endorsed|sponsored|co-sponsored|voted|privatized|outsourced|defunded|funded|canceled|cancelled|ended|launched|invaded|negotiated|rescued|built|sold|shipped|filed|declared|promised|pledged|refused|broke|broken|paid|owed|received|accepted|collected|wasted|stole|stolen|pardoned|struck\s+down|overturned|upheld|controlled|repurchased|acquired|divested|exited|settled|suspended|scrapped|abandoned|withdrew|downgraded|upgraded|fined|sued|flagged|called|missed\s+(?:\p{L}+\s+){0,2}?(?:votes?|meetings?|hearings?|sessions?|deadlines?|payments?|targets?|estimates|forecasts?)|dropped\s+(?:the|its|their|his|her|our|all)\s+(?!ball\b)|moved\s+(?:\p{L}+\s+){0,2}?(?:headquarters|factor(?:y|ies)|plants?|jobs|operations|production|offices?))`
// Done to someone or something, on the record: "was indicted", "were laid off", "was cut".
const PASSIVE_RECORD = String.raw`(?:cut|fined|indicted|convicted|charged|sued|arrested|fired|elected|re-elected|appointed|built|written|closed|shut\s+down|sold|awarded|approved|rejected|vetoed|signed|passed|cancel+ed|eliminated|downgraded|impeached|censured|investigated|audited|bailed\s+out|laid\s+off|privatized|outsourced|funded|defunded|raised|lowered|doubled|tripled|halved|slashed|frozen|repealed|overturned|struck\s+down|paid|hired|deported|evicted|foreclosed|acquitted|pardoned|subpoenaed|weakened|strengthened|expanded|extended|renewed|delayed|postponed|suspended|scrapped|abandoned)`
// Whom a promise or a statement was made to when it is no record: "we promised ourselves".
const REFLEXIVE = String.raw`(?:myself|ourselves|himself|herself|themselves|yourself|yourselves)`
// What was said or promised is on the record when it is an act or a commitment: "she said she
// would raise taxes", "we told them we would not get involved", "he promised he had paid".
const STATEMENT_VERB = String.raw`(?:said|told\s+(?!${REFLEXIVE}\b)(?:\p{L}+\s+){1,2}?|promised|pledged|claimed|insisted|swore|vowed|assured\s+(?:\p{L}+\s+){1,2}?)(?!\s*${REFLEXIVE}\b)`
const COMMITMENT = String.raw`(?:would|wouldn['’]t|(?:was|were)\s+(?:not\s+)?going\s+to|had|hadn['’]t|did|didn['’]t|never)`
// Statements that are checkable whatever followed: "the minister admitted that the figures were wrong".
const CONCESSION_VERB = String.raw`(?:admitted|conceded|acknowledged|denied|testified|confessed)`
const LEGISLATION = String.raw`(?:bill|bills|law|laws|act|amendment|budget|treaty|deal|agreement|legislation|order|measure|ban|tax|taxes|cut|cuts|increase|reform|package|plan|program|ceiling|resolution|mandate|stimulus|bailout)`

// Institutions whose statements are checkable: "which the agency says is a model", "the court ruled".
const INSTITUTION = String.raw`(?:agency|ministry|department|regulator|watchdog|central\s+bank|world\s+bank|bank|treasury|court|commission|authority|inspector\s+general|inspectors|auditors?|office|bureau|institute|council|imf|oecd|un|united\s+nations|census|fund)`
const INSTITUTION_VERB = String.raw`(?:says|said|calls|called|estimates|estimated|found|finds|ranks|ranked|rates|rated|reports|reported|confirmed|confirms|rules|ruled|considers|considered|describes|described|counts|counted|lists|listed|classifies|classified|downgraded|upgraded|fined|flagged|certified|concluded|concludes)`
// What an institution says it will do is an announcement, not a record: "the council said fares
// will be reviewed next year".
const NOT_ABOUT_PLANS = String.raw`(?!\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:will|would|(?:is|are)\s+going\s+to|plans?\s+to|intends?\s+to)\b)`
// After "there is no" or "we have no": nouns of speech, not of the world ("no easy answer", "no intention").
const RHETORICAL_NOUN = String.raw`(?:answers?|reasons?|doubts?|questions?|way|ways|excuses?|need|point|room|place|substitutes?|time|shortcuts?|intentions?|plans?\s+to|choice|choices|idea|ideas|interest|desire|options?|alternatives?|comments?|update|announcement|news|regrets?|illusions?|apolog\w+|fears?|secrets?|magic|silver|guarantees?|going|turning|such|limit|end|problem|objections?|right|business|patience|tolerance|love|respect|sympathy|shame|hurry|rush|hesitation|worries|concerns?|complaints?|things?|matter|difference|words?|issues?|parts?|kinds?|types?|sides?|steps?|lessons?|priorities|points)`
// A bare "no plan" is an attack; "no plan for the water shortage" says what is missing.
const NOT_RHETORICAL = String.raw`(?!(?:[\p{L}-]+\s+)?(?:${RHETORICAL_NOUN}\b|plans?(?:\s+to\b|\s*[,.;:!?]|\s*$)))`
const HAS_NONE = String.raw`(?:(?:has|have|had)(?:n['’]t\s+got)?\s+(?:no|not\s+(?:a\s+single|one|any)|zero)|(?:does|do|did)n['’]t\s+have\s+(?:a\s+single|any|one))`
// Not "he" or "she": "he has no record", "she has no experience" are attacks on a person.
const EXISTENCE_SUBJECT = String.raw`(?:we|they|it|(?:the|this|that|our|their|his|her|its|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:country|state|city|county|district|town|company|board|government|administration|department|party|campaign|plan|budget|school|schools|hospital|army|police|region|bank|program|office|nation|economy|team|firm|business|industry|union|council|agency|province|village|island|military|navy|fleet))`
const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|\d+(?:st|nd|rd|th))`

const NOT_ATTRIBUTIVE = String.raw`(?<!\b(?:a|an|the|as|of|with|from|for|their|its|our|your|his|her|these|those|this|well|newly|poorly|more|less)\s+)`

/** The cues that make a sentence a checkable claim, each with a human label. */
export const CLAIM_CUES: readonly ClaimCue[] = [
  {
    id: 'research',
    label: 'research reporting',
    patterns: [
      p(String.raw`\b${RESEARCH_NOUN}\s+(?:\p{L}+\s+){0,3}?${RESEARCH_VERB}\b`),
      p(
        String.raw`\b(?:researchers?|scientists?|investigators|economists|analysts|experts|doctors|epidemiologists|pollsters)\s+(?:have\s+|had\s+|now\s+|also\s+)?(?:found|discovered|uncovered|showed|shown|revealed|reported|observed|identified|concluded|estimated|calculated|measured|determined|confirmed|say|said|warn|warned|agree)\b`,
      ),
      p(
        String.raw`\baccording\s+to\s+(?:a|an|the|new|recent|one|some)\s+(?:\p{L}+\s+){0,2}?${RESEARCH_NOUN}\b`,
      ),
      p(
        String.raw`\b(?:systematic\s+review|meta-analysis|randomi[sz]ed(?:\s+controlled)?\s+trial|clinical\s+trials?|cohort\s+study|peer-reviewed|conducted\s+(?:through|by|in)|(?:was|were)\s+published)\b`,
      ),
      p(String.raw`^(?:new\s+)?(?:study|research|survey|report|poll)\s*:`),
      p(String.raw`\b(?:study|studies|research|survey|report|data)\s+(?:says|show|shows)\b`),
      p(String.raw`\bnew\s+(?:discovery|findings?|research|evidence)\b`),
    ],
  },
  {
    id: 'statistic',
    label: 'statistic',
    patterns: [
      p(
        String.raw`\d(?:[\d,.]*)\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?)|\b${SPELLED}(?:\s+point\s+${SPELLED})?\s+(?:percent|per\s+cent|percentage\s+points?)\b|\bbasis\s+points?\b`,
      ),
      p(String.raw`\b${NUMBER_WORD}\s+(?:in|out\s+of)\s+(?:every\s+)?${NUMBER_WORD}\b`),
      p(
        String.raw`[$£€¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s*(?:dollars|pounds|euros|bn|m)\b|\b(?:millions?|billions?|trillions?)\b`,
      ),
      // "eight hundred thousand", "a million", "sixty thousand jobs", "hundreds of thousands".
      p(
        String.raw`\b(?:${SPELLED}|a|one\s+point\s+\p{L}+)\s+${MAGNITUDE}\b|\b(?:hundreds|thousands|dozens)\s+of\b|\b${SPELLED}\s+(?:dollars|cents)\b`,
      ),
      p(
        String.raw`\b(?:half|a\s+third|a\s+fifth|two[\s-]thirds|a\s+quarter|three[\s-]quarters|majority|minority)\s+of\b|\bhalf\s+(?:the|our|their|all)\b|\b(?:most|every\s+one|none|all|nearly\s+all|almost\s+all)\s+of\s+(?:the|those|these|this|that|our|their|his|her|its)\s+(?:[\p{L}-]+\s+)?${SHARED_OUT}\b|\b(?:in|by)\s+half\b|\btwice\s+as\s+(?:many|much)\b`,
      ),
      p(
        String.raw`\b(?:${DIGITS}|${SPELLED_BIG})\s+(?:\p{L}+\s+){0,2}?${COUNTED}\b|\b(?:${SPELLED}|${DIGITS})\s+(?:straight\s+|consecutive\s+)?times\b`,
      ),
      p(String.raw`\b(?:in|since|by|during|between)\s+(?:19|20)\d\d\b`),
      // "The average wait for an asylum hearing is four years", "it caught fire twice".
      p(
        String.raw`\b(?:average|median|typical)\s+(?:[\p{L}-]+\s+){1,5}?(?:is|was|are|were|has\s+been)\s+(?:now\s+)?(?:${APPROXIMATELY})?(?:\d|${SPELLED}\b|an?\s)|\btwice\b(?<=\b(?:\p{L}+ed|caught|went|fell|rose|lost|won|ran|broke|shut|cut|hit|sold|paid|came|took)\s+(?:[\p{L}-]+\s+){0,3}?twice)`,
      ),
      // So many of something in so long: "four police chiefs in five years".
      p(
        String.raw`\b${NUMBER_WORD}\s+(?:[\p{L}-]+\s+){1,2}?in\s+(?:the\s+(?:last|past)\s+)?(?:${NUMBER_WORD}|a|one)\s+(?:years?|months?|weeks?|days?|decades?|quarters?|terms?)\b`,
      ),
      p(
        String.raw`\b(?:rate|rates|number|share|proportion|average|median|cost|costs|price|prices|deficit|debt|budget|unemployment|inflation|turnout|revenue|spending)\s+(?:of\s+\p{L}+\s+)?(?:is|was|were|are|has|have|had|rose|fell|reached|stood|hit|doubled)\b`,
      ),
    ],
  },
  {
    id: 'trend',
    label: 'trend/change',
    patterns: [
      p(
        String.raw`\b(?:doubled|tripled|quadrupled|halved|shrank|soared|plunged|plummeted|skyrocketed|tumbled|stagnated|record\s+(?:high|low)|all-time\s+(?:high|low)|rose|fell(?!\s+(?:asleep|ill|sick|apart|in\s+love|silent|short|behind|victim|for))|grew(?!\s+up)|(?:dropped|declined|increased|decreased|jumped|climbed|surged)\s+(?:by|from|sharply|steadily|below|above))\b`,
      ),
      p(
        String.raw`\b(?:declined|increased|decreased|dropped)\s+to\s+(?:\d|${SPELLED}|${APPROXIMATELY}|a\s)|\b(?:went|gone|going|goes)\s+(?:way\s+)?(?:up|down)\b`,
      ),
      p(
        String.raw`\b(?:has|have|had|hasn['’]t|haven['’]t)\s+(?:\p{L}+ly\s+|not\s+)?${CHANGE_PARTICIPLE}\b|\b(?:is|are|was|were)\s+(?:\p{L}+ly\s+)?(?:rising|falling|growing|shrinking|climbing|declining|increasing|decreasing|dropping|soaring|plunging|skyrocketing)\b`,
      ),
      p(
        String.raw`\bfrom\s+(?:${APPROXIMATELY})?(?:[$£€]|\d|${SPELLED}\b|a\s+${MAGNITUDE}).{0,30}?\bto\s+(?:${APPROXIMATELY})?(?:[$£€]|\d|${SPELLED}\b|a\s+${MAGNITUDE})|\b(?:in\s+a\s+row|(?:straight|consecutive)\s+(?:days|weeks|months|quarters|years))\b`,
      ),
      // Earnings-call and briefing figures: "orders were flat year over year", "the sixth meeting in
      // a row", "our twelfth consecutive quarter", "for the second year running".
      p(
        String.raw`\b(?:peaked|bottomed\s+out|(?:is|are|was|were)\s+(?:roughly\s+|essentially\s+|basically\s+)?flat|year\s+over\s+year|year-over-year|quarter\s+over\s+quarter|from\s+a\s+year\s+(?:ago|earlier)|came\s+in\s+(?:at|above|below|ahead|better|higher|lower)|${ORDINAL}\s+(?:consecutive|straight|successive)|for\s+the\s+(?:first|${ORDINAL})\s+(?:year|quarter|month|week|time)\s+(?:running|in\s+a\s+row)|in\s+each\s+of\s+the\s+(?:last|past)|first\s+time\s+(?:since|in)|nothing\s+like\s+(?:this|it|that)\s+(?:has|had)\s+happened)\b`,
      ),
    ],
  },
  {
    id: 'record',
    label: 'voting/action record',
    patterns: [
      p(
        String.raw`\b(?:voted(?:\s+(?:for|against|to|no|yes|down))?|vetoed|filibustered|signed\s+into\s+law|voting\s+record|(?:cast|casting)\s+(?:the|a|his|her|my|their)\s+(?:[\p{L}-]+\s+)?vote|laid\s+off|wiped\s+out|shut\s+down\s+the|paid\s+(?:it\s+)?back|filed\s+for\s+bankruptcy|went\s+bankrupt|(?:deciding|tie-breaking|swing)\s+vote)\b`,
      ),
      p(
        String.raw`\b(?:signed|co-?sponsored|sponsored|introduced|authored|passed|repealed|enacted|blocked|killed|approved|rejected|ratified|negotiated|opposed|supported)\s+(?:\p{L}+\s+){0,3}?${LEGISLATION}\b|\b(?:bill|measure|law|budget|amendment|treaty)\s+(?:passed|failed|cleared|died)\b`,
      ),
      // A subject and a past-tense verb of record: "the administration cut", "we have added".
      p(
        String.raw`\b${ACTOR}(?:['’](?:ve|s))?\s+${ACTOR_ADVERB}{0,2}${ACTION}\b(?!\s*${REFLEXIVE}\b)`,
      ),
      // Done to someone or something, with when, how often or by whom: "was fined by the ethics
      // board", "has been indicted twice", "were built before 1960".
      p(
        String.raw`\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\p{L}+ly\s+)?${PASSIVE_RECORD}\s+(?:by|in|since|before|after|last|twice|three\s+times|under|when|while|during|(?:[\p{L}-]+\s+){1,2}ago)\b|\b(?:has|have|had)\s+been\s+${PASSIVE_RECORD}\s+(?:\p{L}+\s+)?times\b|\b(?:was|were|(?:has|have|had)\s+been)\s+(?:fined|charged|convicted|indicted|sued|arrested|fired|impeached|censured|investigated|cited|penali[sz]ed)\s+for\b`,
      ),
      // Where someone stood, and what someone used to be: "she was against the trade deal".
      p(
        String.raw`\b(?:was|were|(?:has|have)\s+been)\s+(?:against|for|in\s+favou?r\s+of)\s+(?:the|this|that|a|every)\s+(?:[\p{L}-]+\s+){0,2}?${LEGISLATION}\b|\b(?:he|she|they|(?:my|our|his|her)\s+opponents?|the\s+(?:senator|governor|mayor|president|congressman|congresswoman|candidate))\s+used\s+to\s+(?:be|work|run|sit|serve|own|lobby|represent)\b`,
      ),
      // A statement on the record: "she said she would raise taxes", "the minister admitted that".
      p(
        String.raw`\b${ACTOR}\s+${ACTOR_ADVERB}{0,2}(?:${STATEMENT_VERB}(?:\s+(?:in|on|at|during|last|back|before)\s+(?:[\p{L}\d,]+\s+){0,3}?)?\s*(?:that\s+)?(?:[\p{L}'’]+\s+){0,4}?${COMMITMENT}|${CONCESSION_VERB})\b`,
      ),
    ],
  },
  {
    id: 'causal',
    label: 'causal/health effect',
    patterns: [
      p(
        String.raw`\b(?:reduces?|reducing|reduction\s+in|lessens?|lowers?|lowering|prevents?|preventing|causes?|causing|cures?|curing|treats?|linked\s+(?:to|with)|associated\s+with|tied\s+to|connected\s+to|leads?\s+to|led\s+to|triggers?|boosts?|improves?|improvement\s+in|worsens?|protects?\s+against|alleviat\w+|relieves?|contributes?\s+to|contributed\s+to|results?\s+in|resulted\s+in|responsible\s+for|because\s+of|due\s+to|thanks\s+to|slash(?:es)?|cuts?\s+(?:the\s+)?(?:risk|rate|number|cost|deaths?|emissions|crime|unemployment|inflation)|drives?\s+(?:up|down)|drove\s+(?:up|down)|pushed\s+(?:up|down)|fuels?|saves?\s+lives|kills?|damages?|harms?)\b` +
          // A past participle after a determiner or preposition describes, it does not claim an
          // effect: "such as reduced staffing levels", "a lowered ceiling", "with improved access".
          String.raw`|${NOT_ATTRIBUTIVE}\b(?:reduced|lessened|lowered|prevented|caused|cured|treated|triggered|boosted|improved|worsened|slashed|fuelled|fueled|created|destroyed|killed|damaged|harmed)\b`,
      ),
      p(
        String.raw`\b(?:raises?|raised|increases?|increased|doubles?|doubled|heightens?|elevate[sd]?)\s+(?:the\s+|your\s+|their\s+|a\s+)?(?:\p{L}+\s+)?(?:risk|odds|chances?|likelihood|levels?)\b`,
      ),
      p(
        String.raw`\b(?:higher|lower|increased|reduced|greater|elevated)\s+risk\b|\brisk\s+(?:of|for)\s+\p{L}+`,
      ),
      p(
        String.raw`\b(?:is|are|was|were|proved|proves|been|remains?)\s+(?:\p{L}+\s+)?(?:effective|ineffective|safe|unsafe|harmful|dangerous|beneficial|toxic|deadly|carcinogenic|addictive|protective)\b`,
      ),
      p(
        String.raw`\b(?:effective|safe|harmful|beneficial)\s+(?:intervention|treatment|therapy|way|drug|vaccine|method)\b`,
      ),
      p(
        String.raw`\b(?:can|could|may|might|will|would|does|do|did|helps?|helped)\s+(?:help\s+)?(?:to\s+)?(?:bridge|prevent|reduce|lower|treat|cure|cause|protect|boost|improve|ease|relieve|stop|slow|reverse|halve|double)\b`,
      ),
      // "cost Ohio sixty thousand jobs", "cost taxpayers billions".
      p(
        String.raw`\bcost\s+(?:\p{L}+\s+){0,3}?(?:jobs|lives|money|billions|millions|dollars|workers|families)\b`,
      ),
    ],
  },
  {
    id: 'comparison',
    label: 'comparison/superlative',
    patterns: [
      // Superlatives of something measured count on their own.
      p(
        String.raw`\b(?:highest|lowest|largest|biggest|smallest|fastest|slowest|deadliest|richest|poorest|cheapest|longest|shortest|oldest|youngest|most\s+(?:common|likely|expensive|popular|widely|frequently|prescribed|used|populous)|least\s+(?:common|likely|expensive))\b`,
      ),
      // Judgements ("the greatest", "the most important") only with a record to check against.
      p(
        String.raw`\b(?:best|worst|greatest|strongest|weakest|safest|most\s+\p{L}+|least\s+\p{L}+)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:in\s+(?:\p{L}+\s+)?(?:history|decades|(?:a|the\s+last)\s+(?:decade|generation|century))|(?<!\b(?:i|you|we)(?:\s+have|['’]ve|\s+will|['’]ll|\s+had|['’]d)?\s+)ever|on\s+record|since)\b`,
      ),
      p(
        String.raw`\b(?!(?:the\s+)?last\s+time\b)(?:the\s+)?(?:first|only|last)\s+(?:\p{L}+\s+)?(?:pill|drug|treatment|vaccine|time|country|state|city|president|prime\s+minister|woman|man|person|company|study|trial|government|nation|party|ever)\b|^(?:first|only)\s+\p{L}+|\bone\s+of\s+the\s+(?:first|last|only|few)\s+(?:[\p{L}-]+\s+)?(?:to|countries|states|cities|companies|nations|places)\b|\bran(?:k|ks|ked)\s+(?:\p{L}+[\s-]+)?(?:first|last|second|third|\p{L}+th|\d+(?:st|nd|rd|th))\b`,
      ),
      // "more than", and split by a noun: "more people … than", "fewer jobs than"; not "better
      // than this", "more than I do", "rather than".
      p(
        String.raw`\b(?:more|less|fewer|higher|lower|better|worse|greater|larger|smaller|faster|slower|cheaper|stronger|weaker|richer|poorer|safer|riskier|likelier|longer|shorter|older|younger)(?<!\b(?:nothing|nobody|no\s+one|none)\s+\p{L}+)\s+(?:[\p{L}'’-]+\s+){0,5}?(?<!\brather\s)than\b(?!\s+(?:this|that|i|me|you|us|him|her|them|anybody\s+thinks)\b)`,
      ),
      // Comparisons carried by a verb or an idiom: "outpaced the market", "second to none in",
      // "leads the country in", "ahead of the industry average", "no other state has".
      p(
        String.raw`\b(?:outpac\w+|outnumber\w*|(?:was|were|is|are)\s+the\s+(?:first|last|only)\s+(?:[\p{L}-]+\s+)?to|outgr[eo]w\w*|outs[eo]l\w*|outearn\w*|outspen[dt]\w*|overt[oa]ok|overtaken|surpass\w*|lag(?:s|ged)?\s+behind|lagged|trail(?:s|ed)?\s+(?:ours|theirs|the|our|their|its|his|her|every|all)|beat(?:s|ing)?\s+(?:the\s+)?(?:index|market|estimates|consensus|forecasts?|benchmark|average|targets?)|second\s+to\s+none\s+in|(?:leads?|led|leading)\s+(?:the\s+)?(?:country|nation|world|state|region|industry|market|league|field|sector)\s+in|ahead\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:average|market|index|industry|competition|peers|rivals|forecasts?|estimates|consensus)|no\s+other\s+(?:[\p{L}-]+\s+){1,2}?(?:has|have|had|is|was|does|did|spends?|pays?)|the\s+\p{L}+est\s+(?:[\p{L}-]+\s+){0,3}?(?:on\s+record|since\s+(?:the|records|\d|${SPELLED}|we|it|its)|ever\s+recorded)|(?:a|an|another|new)\s+(?:all-time\s+|new\s+)?record(?:\s+(?:high|low|number|level|year|quarter|month|amount|volume|backlog|profits?|revenue|sales|turnout|heat))?\b(?!\s+(?:of|to|for|that|i|we)\b))\b`,
      ),
      p(
        String.raw`\b(?:compared\s+(?:with|to)|twice\s+as|three\s+times|\d+\s+times\s+(?:more|higher|less|lower|as)|outperform\w*|unprecedented|record-breaking|all-time)\b`,
      ),
    ],
    supporting: [p(String.raw`\b(?:best|worst|greatest|strongest|weakest|safest|most\s+\p{L}+)\b`)],
  },
  {
    id: 'existence',
    label: 'existence/quantity',
    patterns: [
      // "there have been ninety-five layoffs", "there is no written agreement", "not one of the".
      p(
        String.raw`\bthere(?:\s+(?:is|are|was|were|(?:has|have|had)\s+been)|['’](?:s|re))\s+(?:now\s+|still\s+|already\s+)?(?:no|not\s+(?:a\s+single|one|any)|(?:${APPROXIMATELY})?(?:${NUMBER_WORD}|a\s+${MAGNITUDE}))\s+${NOT_RHETORICAL}[\p{L}-]+|\bnot\s+(?:a\s+single|one)\s+(?:of\s+(?:the|our|their|his|her|its|these|those)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:has|have|had|is|was|were|got|came|passed)\b`,
      ),
      // "we have no energy policy", "the county has no public defender".
      p(
        String.raw`\b${EXISTENCE_SUBJECT}\s+(?:still\s+|now\s+|currently\s+|simply\s+)?${HAS_NONE}\s+${NOT_RHETORICAL}[\p{L}-]+`,
      ),
    ],
  },
  {
    id: 'attribution',
    label: 'attributed to an institution',
    patterns: [
      p(
        String.raw`\b(?:the|its|our|their)\s+(?:[\p{L}-]+\s+){0,2}?${INSTITUTION}\s+(?:has\s+|have\s+|had\s+|now\s+|also\s+)?${INSTITUTION_VERB}\b${NOT_ABOUT_PLANS}|\baccording\s+to\s+the\s+(?:[\p{L}-]+\s+){0,2}?${INSTITUTION}\b`,
      ),
    ],
  },
  {
    id: 'absolute',
    label: 'absolute',
    patterns: [
      p(
        String.raw`\b(?:proves|proved|proven|guarantee[sd]?|without\s+exception|undeniabl[ey]|beyond\s+(?:any\s+)?doubt|100\s*(?:%|percent)|all\s+(?:experts|scientists|doctors|studies|economists)|(?:has|have|had|did|was|were)(?:n['’]t)?\s+never|never\s+(?:once|been|had|paid|voted|passed))\b`,
      ),
    ],
    // Slogans use these as often as records do: "we will never give up", "nobody cares more".
    supporting: [
      p(
        String.raw`\b(?:always|never|every\s+single|no\s+one|nobody|none\s+of|everybody|everyone|prove)\b`,
      ),
    ],
  },
]

export const UNATTRIBUTED_QUOTE_CUE = {
  id: 'unattributed-quote' as const,
  label: 'unattributed quote',
}
