import type { CopydeskApi } from '../../shared/api/channels'
import {
  DEFAULT_CHECK_LANGUAGE,
  isCheckLanguage,
  type CheckLanguage,
} from '../../shared/checks/checkLanguage'
import type { CheckWorkerRequest, CheckWorkerResponse } from './checkWorkerProtocol'

const LANGUAGE_STORAGE_KEY = 'copydesk.checkLanguage'

type ResultsListener = (response: Extract<CheckWorkerResponse, { type: 'results' }>) => void

function storedLanguage(): CheckLanguage | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isCheckLanguage(value) ? value : null
  } catch {
    return null
  }
}

/**
 * The one check worker of this window, shared by every editor that opens. Messages posted
 * before the dictionaries have arrived from the main process wait, in order.
 */
export class CheckService {
  private static shared: CheckService | null = null

  /** The window's service, created on first use (React may run initialisers twice). */
  static forWindow(api: CopydeskApi, onError: (message: string) => void): CheckService {
    CheckService.shared ??= new CheckService(api, onError)
    return CheckService.shared
  }

  private readonly worker: Worker
  private readonly api: CopydeskApi
  private readonly waiting: CheckWorkerRequest[] = []
  private readonly resultsListeners = new Set<ResultsListener>()
  private readonly languageListeners = new Set<(language: CheckLanguage) => void>()
  private initialised = false
  private nextRequestId = 1
  private reviewWordsKey = ''
  language: CheckLanguage

  constructor(api: CopydeskApi, onError: (message: string) => void) {
    this.api = api
    this.language = storedLanguage() ?? DEFAULT_CHECK_LANGUAGE
    this.worker = new Worker(new URL('./checkWorker.ts', import.meta.url))
    this.worker.onmessage = (event: MessageEvent<CheckWorkerResponse>) => {
      const response = event.data
      if (response.type === 'error') onError(`The checks stopped: ${response.message}`)
      else for (const listener of this.resultsListeners) listener(response)
    }
    this.worker.onerror = (event) => onError(`The checks could not start: ${event.message}`)
    api.getCheckResources({}).then(
      (resources) => {
        this.language = storedLanguage() ?? resources.language
        this.worker.postMessage({
          type: 'init',
          language: this.language,
          houseWords: resources.houseWords,
          medicalWords: resources.medicalWords,
        } satisfies CheckWorkerRequest)
        this.initialised = true
        for (const request of this.waiting.splice(0)) this.worker.postMessage(request)
        for (const listener of this.languageListeners) listener(this.language)
      },
      (error: unknown) => onError(`The checks could not load their dictionaries: ${String(error)}`),
    )
  }

  post(request: CheckWorkerRequest): void {
    if (this.initialised) this.worker.postMessage(request)
    else this.waiting.push(request)
  }

  requestId(): number {
    return this.nextRequestId++
  }

  onResults(listener: ResultsListener): () => void {
    this.resultsListeners.add(listener)
    return () => this.resultsListeners.delete(listener)
  }

  onLanguageChange(listener: (language: CheckLanguage) => void): () => void {
    this.languageListeners.add(listener)
    return () => this.languageListeners.delete(listener)
  }

  setLanguage(language: CheckLanguage): void {
    if (language === this.language) return
    this.language = language
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
    } catch {
      // Not remembered; the choice still applies now.
    }
    this.post({ type: 'setLanguage', language })
    for (const listener of this.languageListeners) listener(language)
  }

  /** Saves the word to the house dictionary, then tells the worker. */
  async addHouseWord(word: string): Promise<void> {
    await this.api.addHouseWord({ word })
    this.post({ type: 'addHouseWord', word })
  }

  /** Takes a word out of the house dictionary; the worker starts again without it. */
  async removeHouseWord(word: string): Promise<void> {
    await this.api.removeHouseWord({ word })
    await this.reloadHouseWords()
  }

  /** The words the review being checked knows (names in its metadata); re-checks on a change. */
  setReviewWords(words: readonly string[]): void {
    const key = words.join('\n')
    if (key === this.reviewWordsKey) return
    this.reviewWordsKey = key
    this.post({ type: 'setReviewWords', words: [...words] })
    for (const listener of this.languageListeners) listener(this.language)
  }

  /** After an import: the worker starts again with the merged house dictionary. */
  async reloadHouseWords(): Promise<void> {
    const resources = await this.api.getCheckResources({})
    this.post({
      type: 'init',
      language: this.language,
      houseWords: resources.houseWords,
      medicalWords: resources.medicalWords,
    })
    for (const listener of this.languageListeners) listener(this.language)
  }
}
