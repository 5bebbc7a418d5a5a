import type { FlagFields } from '../checkFlag'
import { quote, type Rule } from '../ruleContext'
import { confusableRuleId } from '../ruleIds'

interface Confusable {
  id: string
  /** The pattern can only match when one of these appears in the block (a cheap pre-check). */
  triggers: RegExp
  /** Matches the whole context; group `word` is the part to replace. */
  pattern: RegExp
  /** The same without the `i` flag, for the lower-cased block (much faster to scan). */
  folded: RegExp
  replacement: string
  reason: string
}

const c = (id: string, source: string, replacement: string, reason: string): Confusable => ({
  id,
  // Tested on the lower-cased block: faster than a case-insensitive pattern.
  triggers: new RegExp(TRIGGERS[id] ?? '.'),
  pattern: new RegExp(source, 'giud'),
  folded: new RegExp(source, 'gud'),
  replacement,
  reason,
})

const TRIGGERS: Record<string, string> = {
  'its-its': "\\bit(?:s|['’]s)\\b",
  'affect-effect': '\\b(?:affect|effect)',
  'then-than': '\\b(?:then|than)\\b',
  'lose-loose': '\\bloos',
  'principal-principle': '\\bprincip',
  'complement-compliment': '\\bc[oa]mpl[ei]ment',
  'discreet-discrete': '\\bdiscre',
  'your-youre': '\\byour\\b',
  'there-their': "\\b(?:their|they['’]re)\\b",
  'would-of': '\\b(?:would|could|should|might|must)\\s+of\\b',
  'led-lead': '\\blead\\b',
  'advice-advise': '\\badvi[cs]e\\b',
  'breath-breathe': '\\bbreathe?\\b',
  'whose-whos': "\\bwho['’]s\\b",
  'to-too': '\\bto\\s+(?:much|many|late|often|little|few|soon|early|young|old|high|low)\\b',
  'fewer-less-quantity': '\\bfewer\\b',
  'whether-wether': '\\bwether\\b',
  'paid-payed': '\\bpayed\\b',
}

const COMPARATIVES =
  'more|less|fewer|better|worse|greater|higher|lower|larger|smaller|bigger|faster|slower|older|younger|longer|shorter|rather|other|stronger|weaker|cheaper|easier|harder|safer|riskier|earlier|healthier|likelier|wider|deeper'

const CONFUSABLES: Confusable[] = [
  c(
    'its-its',
    String.raw`\b(?<word>its)\s+(?:a|an|the|been|not|going|also|just|still|never|always|likely|unlikely|clear|possible|important|time|hard|easy|too|very|about)\b`,
    'it’s',
    '“it’s” is short for “it is” or “it has”',
  ),
  c(
    'its-its',
    String.raw`\b(?:of|in|on|for|with|by|from|at|about|into|to|and|lost|has|have|had)\s+(?<word>it['’]s)\s+(?:own|\p{L}+(?:ness|ment|tion|ity|ance|ence|ers|ies))\b`,
    'its',
    '“its” is the possessive; “it’s” means “it is”',
  ),
  c(
    'its-its',
    String.raw`\b(?<word>it['’]s)\s+own\b`,
    'its',
    '“its” is the possessive; “it’s” means “it is”',
  ),
  c(
    'affect-effect',
    String.raw`\b(?:an|the|no|any|positive|negative|significant|side|little|major|adverse|long-term|lasting|great|strong|small|big|direct|an?\s+\p{L}+)\s+(?<word>affects?)\b(?!\s+(?:the|a|an|his|her|their|our|your|its|my|how|whether|people|patients|children|women|men)\b)`,
    'effect',
    '“effect” is the noun (a result); “affect” is the verb',
  ),
  c(
    'affect-effect',
    String.raw`\b(?<word>affects?)\s+(?:on|of)\b`,
    'effect',
    '“effect” is the noun (a result); “affect” is the verb',
  ),
  c(
    'affect-effect',
    String.raw`\b(?:will|would|could|can|may|might|must|should|does|did|not|to)\s+(?<word>effect)\s+(?:the|your|their|his|her|our|my|how|whether|people|patients|children|women|men|millions|many|most|all)\b`,
    'affect',
    '“affect” is the verb (to influence); “effect” is the noun',
  ),
  c(
    'then-than',
    String.raw`\b(?:${COMPARATIVES})\s+(?<word>then)\b`,
    'than',
    '“than” compares; “then” is about time',
  ),
  c(
    'then-than',
    String.raw`\b(?:more|less|fewer)\s+\p{L}+\s+(?<word>then)\b(?!\s*,)`,
    'than',
    '“than” compares; “then” is about time',
  ),
  c(
    'then-than',
    String.raw`\b\p{L}{3,}er\s+(?<word>then)\s+(?:the|a|an|any|ever|before|expected|average|usual|in|those|that|this|men|women|people|\d)`,
    'than',
    '“than” compares; “then” is about time',
  ),
  c(
    'then-than',
    String.raw`(?:^|[.,;]\s+|\band\s+|\bjust\s+|\bsince\s+|\buntil\s+|\bby\s+|\bback\s+)(?<word>than)\b(?!\s+(?:ever|usual|expected|before)\b)`,
    'then',
    '“then” is about time; “than” compares',
  ),
  c(
    'lose-loose',
    String.raw`\b(?<word>loose)\s+(?:weight|the|their|your|his|her|our|my|its|control|money|sight|touch|track|interest|sleep|hope|faith|everything|it|them|out|ground|votes|seats|jobs|\d)\b`,
    'lose',
    '“lose” is the verb (to no longer have); “loose” means not tight',
  ),
  c(
    'lose-loose',
    String.raw`\b(?:to|will|would|could|can|may|might|not|never|could|cannot|didn['’]t|don['’]t|won['’]t)\s+(?<word>loose)\b`,
    'lose',
    '“lose” is the verb (to no longer have); “loose” means not tight',
  ),
  c(
    'lose-loose',
    // "Loosing" is a real word (loosing an arrow, loosing the hounds) but nearly always a slip.
    String.raw`\b(?<word>loosing)\b(?!\s+(?:(?:the|an?|his|her|their)\s+)?(?:arrows?|bolts?|hounds|dogs|knots?)\b)`,
    'losing',
    '“losing” is the verb (no longer having); “loosing” means setting free',
  ),
  c(
    'principal-principle',
    String.raw`\b(?:in|of|on)\s+(?<word>principal)\b(?!\s+(?:investigator|author|researcher|components?|reasons?|cause|source|amount))`,
    'principle',
    '“principle” is a rule or belief; “principal” means main',
  ),
  c(
    'principal-principle',
    String.raw`\b(?<word>principles?)\s+(?:investigators?|authors?|researchers?|reasons?|causes?|sources?|components?|owners?|officers?|dancers?|cast)\b`,
    'principal',
    '“principal” means main or chief; “principle” is a rule',
  ),
  c(
    'complement-compliment',
    String.raw`\b(?<word>complimentary)\s+(?:medicine|therapy|therapies|treatments?|health|approaches|approach|care|practices?|colou?rs?|skills?)\b`,
    'complementary',
    '“complementary” means completing; “complimentary” means praising or free',
  ),
  c(
    'complement-compliment',
    String.raw`\b(?<word>complementary)\s+(?:tickets?|drinks?|breakfast|parking|wifi|wi-fi|copies|copy|meals?|samples?)\b`,
    'complimentary',
    '“complimentary” means free or praising; “complementary” means completing',
  ),
  c(
    'complement-compliment',
    String.raw`\b(?<word>compliments?)\s+(?:each other|one another|the treatment|existing|standard|other treatments|rather than replaces?)\b`,
    'complement',
    '“complement” means complete or go well with; “compliment” means praise',
  ),
  c(
    'discreet-discrete',
    String.raw`\b(?<word>discreet)\s+(?:variables?|categories|category|steps?|units?|data|time|values?|groups?|stages?|events?|episodes?|entities|components?|phases?|mathematics)\b`,
    'discrete',
    '“discrete” means separate; “discreet” means tactful',
  ),
  c(
    'discreet-discrete',
    String.raw`\b(?:be|very|remain|stay|a|more)\s+(?<word>discrete)\b(?!\s+(?:variables?|categories|steps?|units?|data|values?|groups?|stages?|events?|episodes?|phases?))`,
    'discreet',
    '“discreet” means tactful; “discrete” means separate',
  ),
  c(
    'your-youre',
    String.raw`\b(?<word>your)\s+(?:welcome|going|not|being\s+(?:told|asked)|doing|right|sure|able|already|probably|likely|never|always|gonna|a|an|the)\b`,
    'you’re',
    '“you’re” is short for “you are”',
  ),
  c(
    'there-their',
    String.raw`\b(?<word>their)\s+(?:is|are|was|were|has|have|had|will be|may be|might be|seems?)\b`,
    'there',
    '“there is/are”; “their” is the possessive',
  ),
  c(
    'there-their',
    String.raw`\b(?<word>they['’]re)\s+(?:own|children|families|doctors|homes?|lives|bodies|health|jobs?)\b`,
    'their',
    '“their” is the possessive; “they’re” means “they are”',
  ),
  c(
    'would-of',
    String.raw`\b(?:would|could|should|might|must)\s+(?<word>of)\b(?!\s+course)`,
    'have',
    '“would have”, not “would of”',
  ),
  c(
    'led-lead',
    String.raw`\b(?:has|have|had|was|were|been|being)\s+(?<word>lead)\s+(?:to|by|astray)\b`,
    'led',
    'The past tense of “lead” is “led”',
  ),
  c(
    'advice-advise',
    String.raw`\b(?:the|some|any|this|that|good|bad|medical|expert|your|our|their|his|her|of)\s+(?<word>advise)\b`,
    'advice',
    '“advice” is the noun; “advise” is the verb',
  ),
  c(
    'breath-breathe',
    String.raw`\b(?:to|can['’]t|cannot|could|couldn['’]t|not|can)\s+(?<word>breath)\b`,
    'breathe',
    '“breathe” is the verb; “breath” is the noun',
  ),
  c(
    'advice-advise',
    String.raw`\b(?:to|will|would|could|can|may|might|should|must|i|we|they|strongly|not|also|usually|often)\s+(?<word>advice)\s+(?:you|him|her|them|us|me|people|patients|parents|readers|customers|against|that|caution|anyone|everyone)\b`,
    'advise',
    '“advise” is the verb; “advice” is the noun',
  ),
  c(
    'breath-breathe',
    String.raw`\b(?:a|one|deep|every|each|last|bad|fresh|short|shallow|long|another|of|your|his|her|my|their|our)\s+(?<word>breathe)\b`,
    'breath',
    '“breath” is the noun; “breathe” is the verb',
  ),
  c(
    'breath-breathe',
    String.raw`(?<!\b(?:a|the|one|deep|every|each|last|long|short|another|his|her|my|their|our|your)\s+)\b(?<word>breath)\s+(?:in\s+and\s+out|deeply|normally|easily|easier|freely|properly)\b`,
    'breathe',
    '“breathe” is the verb; “breath” is the noun',
  ),
  c(
    'paid-payed',
    // "Payed" survives only at sea: a rope or cable "payed out".
    String.raw`\b(?<word>payed)\b(?!\s+(?:out|away)\s+(?:(?:the|more|some)\s+)?(?:rope|line|cable|chain|anchor|slack)s?\b)`,
    'paid',
    'The past tense of “pay” is “paid” (“payed” is only for ropes let out at sea)',
  ),
  c(
    'whose-whos',
    String.raw`\b(?<word>who['’]s)\s+(?:own|children|families|mother|father|parents|work|research|\p{L}+(?:ness|ment|tion|ity))\b`,
    'whose',
    '“whose” is the possessive; “who’s” means “who is”',
  ),
  c(
    'to-too',
    String.raw`\b(?<word>to)\s+(?:much|many|late|often|little|few|soon|early|young|old|high|low)\s*[.,;!?]`,
    'too',
    '“too” means excessively',
  ),
  c(
    'fewer-less-quantity',
    String.raw`\b(?<word>fewer)\s+(?:money|time|water|sugar|salt|fat|stress|sleep|food|information|evidence|research|risk)\b`,
    'less',
    '“less” goes with uncountable nouns',
  ),
  c(
    'whether-wether',
    String.raw`\b(?<word>wether)\s+(?:or|to|the|a|an|it|they|we|you|he|she|this|that|there|their|his|her|our|any|people|patients|children)\b`,
    'whether',
    '“whether” introduces a choice; a “wether” is a castrated ram',
  ),
]

function matchCase(template: string, word: string): string {
  return template[0] === template[0]?.toUpperCase() && template[0] !== template[0]?.toLowerCase()
    ? (word[0] ?? '').toUpperCase() + word.slice(1)
    : word
}

/** Commonly confused words in contexts where the other one is almost certainly meant. */
export const confusablesRule: Rule = (context) => {
  const flags: FlagFields[] = []
  const seen = new Set<number>()
  const text = context.text
  const lower = text.toLowerCase()
  // Lower-casing keeps offsets unless the block has a letter such as "İ".
  const folded = lower.length === text.length
  const triggered = new Map<string, boolean>()
  for (const confusable of CONFUSABLES) {
    let fires = triggered.get(confusable.id)
    if (fires === undefined) {
      fires = confusable.triggers.test(lower)
      triggered.set(confusable.id, fires)
    }
    if (!fires) continue
    const pattern = folded ? confusable.folded : confusable.pattern
    for (const match of (folded ? lower : text).matchAll(pattern)) {
      const span = match.indices?.groups?.word
      if (span === undefined) continue
      const from = span[0]
      const word = text.slice(from, span[1])
      if (seen.has(from)) continue
      seen.add(from)
      const replacement = matchCase(word, confusable.replacement)
      flags.push({
        kind: 'typo',
        ruleId: confusableRuleId(confusable.id),
        severity: 'warning',
        start: from,
        end: from + word.length,
        actual: word,
        message: `Did you mean ${quote(replacement)}? ${confusable.reason}`,
        suggestions: [replacement],
      })
    }
  }
  return flags.sort((a, b) => a.start - b.start)
}
