export type ClaimCueId =
  | 'research'
  | 'statistic'
  | 'trend'
  | 'record'
  | 'causal'
  | 'comparison'
  | 'absolute'
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
const APPROXIMATELY = String.raw`(?:about|around|nearly|almost|roughly|over|under|just|only|more\s+than|less\s+than)\s+`
const COUNTED = String.raw`(?:people|patients|women|men|children|kids|adults|babies|mothers|fathers|participants|cases|deaths|jobs|voters|residents|workers|employees|students|households|families|americans|britons|infections|hospitali[sz]ations|admissions|births|homes|teachers|nurses|doctors|troops|soldiers|refugees|immigrants|years|months|weeks|days|times|hours|countries|states|cities|votes|seats|companies|businesses|factories|plants|pages|acres|miles|gallons|barrels|cents|points)`
const RESEARCH_NOUN = String.raw`(?:study|studies|trial|trials|survey|surveys|analysis|analyses|meta-analysis|review|report|reports|research|paper|poll|polls|data|experiment|findings|census|audit|investigation|figures|statistics)`
const RESEARCH_VERB = String.raw`(?:reveals?|revealed|shows?|showed|shown|finds?|found|suggests?|suggested|indicates?|indicated|concludes?|concluded|demonstrates?|demonstrated|confirms?|confirmed|links?|linked|proves?|proved|estimates?|estimated|says|said|predicts?|projects?)`
const CHANGE_PARTICIPLE = String.raw`(?:risen|fallen|grown|shrunk|dropped|declined|increased|decreased|climbed|doubled|tripled|quadrupled|halved|soared|plunged|plummeted|jumped|surged|skyrocketed|collapsed|stagnated|gone\s+(?:up|down)|been\s+(?:flat|zero|negative|unchanged|stagnant))`
// Who does something on the record: "my opponent", "the administration", "we", "Congress".
const ACTOR = String.raw`(?:he|she|they|we|i|congress|washington|republicans|democrats|(?:my|our|his|her|their)\s+opponents?|(?:the|this|that|his|her|their|our|my)\s+(?:\p{L}+\s+)?(?:administration|government|governor|senator|president|congress|congressman|congresswoman|mayor|legislature|party|state|city|county|company|companies|campaign|council|bank|fed|reserve|senate|house|majority|leader|opponent|predecessor|republicans|democrats))`
const ACTOR_ADVERB = String.raw`(?:(?:has|have|had|just|also|already|then|actually|once|twice|repeatedly|quietly|even|only|personally|single-handedly|never)\s+)`
const ACTION = String.raw`(?:cut|raised|lowered|created|added|lost|closed|shut|passed|signed|vetoed|expanded|eliminated|slashed|borrowed|froze|frozen|approved|rejected|blocked|repealed|fired|hired|deported|inherited|laid|took|taken|gave|given|doubled|tripled|increased|reduced|balanced|bailed|opposed|supported|backed|endorsed|sponsored|co-sponsored|voted|privatized|outsourced|defunded|funded|canceled|cancelled|ended|launched|invaded|negotiated|rescued|built|sold|shipped|filed|declared|promised|pledged|refused|broke|broken|paid|owed|received|accepted|collected|wasted|stole|stolen)`
const LEGISLATION = String.raw`(?:bill|bills|law|laws|act|amendment|budget|treaty|deal|agreement|legislation|order|measure|ban|tax|taxes|cut|cuts|increase|reform|package|plan|program|ceiling|resolution|mandate|stimulus|bailout)`

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
        String.raw`\d(?:[\d,.]*)\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?)|\b${SPELLED}(?:\s+point\s+${SPELLED})?\s+(?:percent|per\s+cent|percentage\s+points?)\b`,
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
        String.raw`\b(?:half|a\s+third|a\s+fifth|two[\s-]thirds|a\s+quarter|three[\s-]quarters|majority|minority)\s+of\b|\b(?:in|by)\s+half\b|\btwice\s+as\s+(?:many|much)\b`,
      ),
      p(
        String.raw`\b(?:${DIGITS}|${SPELLED_BIG})\s+(?:\p{L}+\s+){0,2}?${COUNTED}\b|\b(?:${SPELLED}|${DIGITS})\s+(?:straight\s+|consecutive\s+)?times\b`,
      ),
      p(String.raw`\b(?:in|since|by|during|between)\s+(?:19|20)\d\d\b`),
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
    ],
  },
  {
    id: 'record',
    label: 'voting/action record',
    patterns: [
      p(
        String.raw`\b(?:voted(?:\s+(?:for|against|to|no|yes|down))?|vetoed|filibustered|signed\s+into\s+law|voting\s+record|(?:cast|casting)\s+(?:the|a|his|her|my|their)\s+(?:[\p{L}-]+\s+)?vote|laid\s+off|wiped\s+out|shut\s+down\s+the|paid\s+(?:it\s+)?back|filed\s+for\s+bankruptcy|went\s+bankrupt)\b`,
      ),
      p(
        String.raw`\b(?:signed|co-?sponsored|sponsored|introduced|authored|passed|repealed|enacted|blocked|killed|approved|rejected|ratified|negotiated|opposed|supported)\s+(?:\p{L}+\s+){0,3}?${LEGISLATION}\b|\b(?:bill|measure|law|budget|amendment|treaty)\s+(?:passed|failed|cleared|died)\b`,
      ),
      // A subject and a past-tense verb of record: "the administration cut", "we have added".
      p(String.raw`\b${ACTOR}(?:['’](?:ve|s))?\s+${ACTOR_ADVERB}{0,2}${ACTION}\b`),
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
        String.raw`\b(?:best|worst|greatest|strongest|weakest|safest|most\s+\p{L}+|least\s+\p{L}+)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:in\s+(?:\p{L}+\s+)?(?:history|decades|(?:a|the\s+last)\s+(?:decade|generation|century))|ever|on\s+record|since)\b`,
      ),
      p(
        String.raw`\b(?:the\s+)?(?:first|only|last)\s+(?:\p{L}+\s+)?(?:pill|drug|treatment|vaccine|time|country|state|city|president|prime\s+minister|woman|man|person|company|study|trial|government|nation|party|ever)\b|^(?:first|only)\s+\p{L}+|\bran(?:k|ks|ked)\s+(?:\p{L}+[\s-]+)?(?:first|last|second|third|\p{L}+th|\d+(?:st|nd|rd|th))\b`,
      ),
      // "more than", and split by a noun: "more people … than", "fewer jobs than"; not "better
      // than this", "more than I do", "rather than".
      p(
        String.raw`\b(?:more|less|fewer|higher|lower|better|worse|greater|larger|smaller|faster|slower|cheaper|stronger|weaker|richer|poorer|safer|riskier|likelier|longer|shorter|older|younger)\s+(?:[\p{L}'’-]+\s+){0,5}?(?<!\brather\s)than\b(?!\s+(?:this|that|i|me|you|us|him|her|them|anybody\s+thinks)\b)`,
      ),
      p(
        String.raw`\b(?:compared\s+(?:with|to)|twice\s+as|three\s+times|\d+\s+times\s+(?:more|higher|less|lower|as)|outperform\w*|unprecedented|record-breaking|all-time)\b`,
      ),
    ],
    supporting: [p(String.raw`\b(?:best|worst|greatest|strongest|weakest|safest|most\s+\p{L}+)\b`)],
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
