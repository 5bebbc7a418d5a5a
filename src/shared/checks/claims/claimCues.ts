export type ClaimCueId =
  'research' | 'statistic' | 'causal' | 'comparison' | 'absolute' | 'unattributed-quote'

export interface ClaimCue {
  id: ClaimCueId
  label: string
  patterns: RegExp[]
}

const p = (source: string): RegExp => new RegExp(source, 'iu')

const NUMBER_WORD = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)`
const RESEARCH_NOUN = String.raw`(?:study|studies|trial|trials|survey|surveys|analysis|analyses|meta-analysis|review|report|reports|research|paper|poll|polls|data|experiment|findings|census|audit|investigation|figures|statistics)`
const RESEARCH_VERB = String.raw`(?:reveals?|revealed|shows?|showed|shown|finds?|found|suggests?|suggested|indicates?|indicated|concludes?|concluded|demonstrates?|demonstrated|confirms?|confirmed|links?|linked|proves?|proved|estimates?|estimated|says|said|predicts?|projects?)`

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
      p(String.raw`\d(?:[\d,.]*)\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?)`),
      p(String.raw`\b${NUMBER_WORD}\s+(?:in|out\s+of)\s+(?:every\s+)?${NUMBER_WORD}\b`),
      p(
        String.raw`[$£€¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s*(?:dollars|pounds|euros|bn|m)\b|\b(?:million|billion|trillion)\b`,
      ),
      p(
        String.raw`\b(?:half|a\s+third|two-thirds|a\s+quarter|three-quarters|majority|minority)\s+of\b`,
      ),
      p(
        String.raw`\b(?:doubled|tripled|quadrupled|halved|(?:rose|fell|grew|dropped|declined|increased|decreased|jumped|climbed|surged|plunged)\s+(?:by|to|from|sharply|steadily)|record\s+(?:high|low))\b`,
      ),
      p(
        String.raw`\b\d[\d,.]*\s+(?:\p{L}+\s+){0,2}?(?:people|patients|women|men|children|adults|babies|mothers|fathers|participants|cases|deaths|jobs|voters|residents|workers|students|households|families|americans|britons|infections|hospitali[sz]ations|admissions|births|homes|teachers|nurses|doctors|troops|refugees|immigrants|years|months|times|hours|countries|states|cities)\b`,
      ),
      p(String.raw`\b(?:in|since|by|during|between)\s+(?:19|20)\d\d\b`),
      p(
        String.raw`\b(?:rate|rates|number|share|proportion|average|median|cost|costs|price|prices|deficit|debt|budget|unemployment|inflation|turnout|revenue|spending)\s+(?:of\s+\p{L}+\s+)?(?:is|was|were|are|has|have|had|rose|fell|reached|stood|hit|doubled)\b`,
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
    ],
  },
  {
    id: 'comparison',
    label: 'comparison/superlative',
    patterns: [
      p(
        String.raw`\b(?:highest|lowest|largest|biggest|smallest|greatest|fastest|slowest|best|worst|deadliest|safest|strongest|weakest|richest|poorest|cheapest|longest|shortest|most\s+\p{L}+|least\s+\p{L}+)\b`,
      ),
      p(
        String.raw`\b(?:the\s+)?(?:first|only|last)\s+(?:\p{L}+\s+)?(?:pill|drug|treatment|vaccine|time|country|state|city|president|prime\s+minister|woman|man|person|company|study|trial|government|nation|party|candidate|ever)\b|^(?:first|only)\s+\p{L}+`,
      ),
      p(
        String.raw`\b(?:more|less|fewer|higher|lower|better|worse|greater|larger|smaller|faster|slower|cheaper|stronger|weaker|richer|poorer|safer|riskier|likelier|more\s+likely|less\s+likely)\s+than\b`,
      ),
      p(
        String.raw`\b(?:compared\s+(?:with|to)|twice\s+as|three\s+times|\d+\s+times\s+(?:more|higher|less|lower|as)|outperform\w*|unprecedented|record-breaking|all-time)\b`,
      ),
    ],
  },
  {
    id: 'absolute',
    label: 'absolute',
    patterns: [
      p(
        String.raw`\b(?:proves?|proved|proven|always|never|guarantee[sd]?|without\s+exception|undeniabl[ey]|beyond\s+(?:any\s+)?doubt|100\s*(?:%|percent)|every\s+single|no\s+one|nobody|none\s+of|all\s+(?:experts|scientists|doctors|studies|economists))\b`,
      ),
    ],
  },
]

export const UNATTRIBUTED_QUOTE_CUE = {
  id: 'unattributed-quote' as const,
  label: 'unattributed quote',
}
