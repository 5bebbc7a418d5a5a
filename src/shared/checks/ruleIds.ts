/**
 * Every rule id is `<namespace>/<name>`; the namespace says which family of checks raised the
 * flag. Ids are printed by the CLI and stored with "ignore once" flags in reviews.
 */
export const RULE_NAMESPACES = ['spelling', 'grammar', 'claim', 'furniture'] as const

export type RuleNamespace = (typeof RULE_NAMESPACES)[number]

export function ruleId(namespace: RuleNamespace, name: string): string {
  return `${namespace}/${name}`
}

/** The namespace of a rule id, or null for an id outside every namespace. */
export function ruleNamespace(id: string): RuleNamespace | null {
  const namespace = id.slice(0, id.indexOf('/'))
  return (RULE_NAMESPACES as readonly string[]).includes(namespace)
    ? (namespace as RuleNamespace)
    : null
}

/** The rules with a single id. Rules with one id per cue or word pair build theirs below. */
export const RULE_IDS = {
  unknownWord: ruleId('spelling', 'unknown-word'),
  possibleName: ruleId('spelling', 'name'),
  properNounSlip: ruleId('spelling', 'proper-noun'),
  commonMisspelling: ruleId('spelling', 'common-misspelling'),
  closedCompound: ruleId('spelling', 'closed-compound'),
  article: ruleId('grammar', 'article'),
  repeatedWord: ruleId('grammar', 'repeated-word'),
  lessFewer: ruleId('grammar', 'less-fewer'),
  furnitureReadingList: ruleId('furniture', 'reading-list'),
} as const

export function confusableRuleId(confusableId: string): string {
  return ruleId('grammar', `confusable/${confusableId}`)
}

export function claimRuleId(cueId: string): string {
  return ruleId('claim', cueId)
}

/** "image credit" becomes `furniture/image-credit`. */
export function furnitureRuleId(reason: string): string {
  return ruleId('furniture', reason.replace(/[^a-z]+/g, '-'))
}

/** Ids used before every rule had a namespace, as reviews saved then still hold them. */
const RENAMED_RULE_IDS: Record<string, string> = {
  spelling: RULE_IDS.unknownWord,
  'common-misspelling': RULE_IDS.commonMisspelling,
  article: RULE_IDS.article,
  'repeated-word': RULE_IDS.repeatedWord,
  'less-fewer': RULE_IDS.lessFewer,
}
const RENAMED_CONFUSABLE_PREFIX = 'confusable/'

/** A stored rule id as the rules write it today (an id from before the namespaces, renamed). */
export function currentRuleId(storedId: string): string {
  if (Object.hasOwn(RENAMED_RULE_IDS, storedId)) return RENAMED_RULE_IDS[storedId] ?? storedId
  if (storedId.startsWith(RENAMED_CONFUSABLE_PREFIX)) {
    return confusableRuleId(storedId.slice(RENAMED_CONFUSABLE_PREFIX.length))
  }
  return storedId
}
