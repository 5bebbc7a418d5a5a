import type { CheckLanguage } from '../../shared/checks/checkLanguage'
import type { CheckFlag } from '../../shared/checks/checkFlag'

export interface BlockToCheck {
  /** Chosen by the sender; results come back under the same key. */
  key: number
  /** The block's position among all textblocks, to find its furniture context. */
  index: number
  text: string
}

export type CheckWorkerRequest =
  | {
      type: 'init'
      language: CheckLanguage
      houseWords: string[]
      medicalWords: string | null
    }
  | { type: 'setLanguage'; language: CheckLanguage }
  | { type: 'addHouseWord'; word: string }
  | { type: 'setReviewWords'; words: string[] }
  | {
      type: 'check'
      requestId: number
      blocks: BlockToCheck[]
      /** Every textblock's text, in order: furniture is judged with its neighbours. */
      allBlockTexts: string[]
    }

export type CheckWorkerResponse =
  | { type: 'results'; requestId: number; blocks: { key: number; flags: CheckFlag[] }[] }
  | { type: 'error'; message: string }
