/**
 * A long health-news draft for the keystroke benchmark: plain paragraphs with misspellings
 * and claim sentences seeded at fixed intervals, so the checks find well over 1,000 flags.
 * Deterministic: the same word count always gives the same text.
 */
const FILLER = [
  'The clinic on the corner opens early on weekdays and stays busy until the evening.',
  'Nurses there say the waiting room fills up fastest on Monday mornings after the weekend.',
  'Parents often bring their children in before school for a quick check of a cough or a rash.',
  'The building was a bakery before the council bought it and turned it into a health centre.',
  'Volunteers run a small library of leaflets by the door, in several languages.',
  'Most visitors arrive by bus, and the stop outside was moved closer last spring.',
]
const TYPO_SENTENCES = [
  'The nurses recieve dozens of calls a day about appointmnets.',
  'Teh waiting list is definately shorter than it was last year.',
  'Patients say the staff are freindly and the adress is easy to find.',
  'A pharmacist explained how to seperate the tablets into a weekly box.',
]
const CLAIM_SENTENCES = [
  'A new study shows that walking after meals lowers blood sugar by 30%.',
  'Researchers found that one in four adults sleeps less than six hours a night.',
  'Drinking green tea reduces the risk of heart disease, experts say.',
  'Studies show that vitamin D prevents colds in most people.',
]

function pick(list: readonly string[], index: number): string {
  return list[index % list.length] ?? ''
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}

export function generateLongDraft(targetWords = 10_000): string {
  const paragraphs: string[] = ['Inside the Busiest Clinic in Town', 'By Dana Whitfield']
  let words = 0
  let counter = 0
  while (words < targetWords) {
    const sentences: string[] = []
    for (let index = 0; index < 6; index += 1) {
      counter += 1
      const slot = counter % 4
      const sentence =
        slot === 0 || slot === 2
          ? pick(TYPO_SENTENCES, counter >> 1)
          : slot === 1 || counter % 12 !== 3
            ? pick(CLAIM_SENTENCES, counter >> 2)
            : pick(FILLER, counter >> 2)
      sentences.push(sentence)
    }
    const paragraph = sentences.join(' ')
    paragraphs.push(paragraph)
    words += wordCount(paragraph)
  }
  return `${paragraphs.join('\n\n')}\n`
}
