/// <reference lib="webworker" />
import type { CheckLanguage } from '../../shared/checks/checkLanguage'
import type { CheckFlag } from '../../shared/checks/checkFlag'
import { checkBlock } from '../../shared/checks/checkDocument'
import type { CompiledDictionary } from '../../shared/checks/spelling/compiledDictionary'
import { findFurniture } from '../../shared/checks/furniture/findFurniture'
import {
  createSpellChecker,
  type SpellChecker,
} from '../../shared/checks/spelling/createSpellChecker'
import type { CheckWorkerRequest, CheckWorkerResponse } from './checkWorkerProtocol'

// The dictionaries compiled at build time (scripts/compileDictionaries.ts), each in its own
// chunk that is fetched and parsed only when its language is first used.
const COMPILED_DICTIONARIES: Record<CheckLanguage, () => Promise<{ default: string }>> = {
  'en-US': () => import('../../../generated/dictionaries/en-US.json?raw'),
  'en-GB': () => import('../../../generated/dictionaries/en-GB.json?raw'),
}
const CACHE_LIMIT = 20_000

const scope = self as unknown as DedicatedWorkerGlobalScope

const dictionaries = new Map<CheckLanguage, Promise<CompiledDictionary>>()
let spellChecker: SpellChecker | null = null
let medicalWords: string | null = null
let houseWords: string[] = []
let reviewWords: string[] = []
/** Flags by block text plus its furniture context: unchanged blocks cost nothing. */
const cache = new Map<string, CheckFlag[]>()

function compiledDictionary(language: CheckLanguage): Promise<CompiledDictionary> {
  let dictionary = dictionaries.get(language)
  if (dictionary === undefined) {
    dictionary = COMPILED_DICTIONARIES[language]().then(
      (module) => JSON.parse(module.default) as CompiledDictionary,
    )
    dictionaries.set(language, dictionary)
  }
  return dictionary
}

async function buildSpellChecker(language: CheckLanguage): Promise<SpellChecker> {
  return createSpellChecker({
    language,
    dictionary: await compiledDictionary(language),
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

async function handle(request: CheckWorkerRequest): Promise<void> {
  switch (request.type) {
    case 'init':
      medicalWords = request.medicalWords
      houseWords = request.houseWords
      spellChecker = await buildSpellChecker(request.language)
      cache.clear()
      break
    case 'setLanguage':
      spellChecker = await buildSpellChecker(request.language)
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

// Requests are handled one after another, in order: a check waits for the dictionary that an
// earlier init or language change is still loading.
let queue: Promise<void> = Promise.resolve()
scope.onmessage = (event: MessageEvent<CheckWorkerRequest>) => {
  queue = queue
    .then(() => handle(event.data))
    .catch((error: unknown) => {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
    })
}
