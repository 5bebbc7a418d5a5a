import { Plugin, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  checkPluginKey,
  checkPluginStateField,
} from '../../../src/renderer/checks/checkPluginState'
import {
  answerToCheckMeta,
  CheckScheduler,
  type CheckWorkerConnection,
} from '../../../src/renderer/checks/checkScheduler'
import type {
  CheckWorkerRequest,
  CheckWorkerResponse,
} from '../../../src/renderer/checks/checkWorkerProtocol'
import {
  flagCardRequestsPlugin,
  requestFlagCard,
} from '../../../src/renderer/checks/flagCardRequests'
import type { FlagInDocument } from '../../../src/renderer/checks/flagDecoration'
import type { CheckFlag } from '../../../src/shared/checks/checkFlag'
import type { ReviewFlag } from '../../../src/shared/review/reviewSchema'
import { flagOn } from '../support/checkFlags'
import { draftState } from '../support/draftDocument'
import { dismissedFlagAt } from '../support/storedFlags'

type CheckRequest = Extract<CheckWorkerRequest, { type: 'check' }>
type CheckResults = Extract<CheckWorkerResponse, { type: 'results' }>

const first = 'Walkng after dinner helps.'
const second = 'Most adults slept betterr.'

/** Stands in for the check worker: records requests, answers when the test says so. */
class FakeWorker implements CheckWorkerConnection {
  readonly requests: CheckRequest[] = []
  private nextId = 1
  private listener: ((response: CheckResults) => void) | null = null

  post(request: CheckWorkerRequest): void {
    if (request.type === 'check') this.requests.push(request)
  }
  requestId(): number {
    return this.nextId++
  }
  onResults(listener: (response: CheckResults) => void): () => void {
    this.listener = listener
    return () => (this.listener = null)
  }
  onLanguageChange(): () => void {
    return () => undefined
  }

  /** Answers a request with flags found by `flagsFor` in each block's text. */
  answer(request: CheckRequest, flagsFor: (text: string) => CheckFlag[]): void {
    this.listener?.({
      type: 'results',
      requestId: request.requestId,
      blocks: request.blocks.map(({ key, text }) => ({ key, flags: flagsFor(text) })),
    })
  }
}

/** Just enough of an EditorView: state, dispatch and the plugin view's update. */
class FakeView {
  state: EditorState
  scheduler: CheckScheduler | null = null
  readonly isDestroyed = false
  readonly dom = { ownerDocument: { getSelection: () => null } }

  constructor(state: EditorState) {
    this.state = state
  }
  dispatch(transaction: Transaction): void {
    const previous = this.state
    this.state = this.state.apply(transaction)
    this.scheduler?.update(this as unknown as EditorView, previous)
  }
  type(text: string, at: number): void {
    this.dispatch(this.state.tr.insertText(text, at))
  }
}

function misspellings(text: string): CheckFlag[] {
  return ['Walkng', 'betterr']
    .filter((word) => text.includes(word))
    .map((word) => flagOn(text, word))
}

function underlinedWords(state: EditorState): string[] {
  return (checkPluginKey.getState(state)?.decorations.find() ?? [])
    .sort((a, b) => a.from - b.from)
    .map((decoration) => state.doc.textBetween(decoration.from, decoration.to))
}

function startScheduler(ignored: ReviewFlag[] = []) {
  const view = new FakeView(
    draftState(
      [first, second],
      [new Plugin({ key: checkPluginKey, state: checkPluginStateField }), flagCardRequestsPlugin()],
    ),
  )
  const worker = new FakeWorker()
  const flagsChanged: FlagInDocument[][] = []
  // The words of each flag the card is asked to show; null when the card is asked to close.
  const cardFlags: (string | null)[] = []
  view.scheduler = new CheckScheduler(
    view as unknown as EditorView,
    {
      ignoredFlags: () => ignored,
      onFlagsChanged: (flags) => flagsChanged.push(flags),
      onSelectionFlag: (flag) => cardFlags.push(flag?.flag.actual ?? null),
    },
    worker,
  )
  return { view, worker, flagsChanged, cardFlags }
}

/** Moves the cursor as the arrow keys do, or as a click does (`pointer`). */
function moveCursor(view: FakeView, position: number, pointer = false): void {
  const transaction = view.state.tr.setSelection(TextSelection.create(view.state.doc, position))
  view.dispatch(pointer ? transaction.setMeta('pointer', true) : transaction)
}

describe('CheckScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('checks every block when it starts and underlines the answer', () => {
    const { view, worker } = startScheduler()
    expect(worker.requests).toHaveLength(1)
    expect(worker.requests[0]?.blocks.map((block) => block.text)).toEqual([first, second])
    worker.answer(worker.requests[0] as CheckRequest, misspellings)
    expect(underlinedWords(view.state)).toEqual(['Walkng', 'betterr'])
  })

  it('sends only the edited block, 150 ms after the last keystroke', () => {
    const { view, worker } = startScheduler()
    view.type('Very ', 1)
    vi.advanceTimersByTime(100)
    view.type('x', 1)
    vi.advanceTimersByTime(149)
    expect(worker.requests).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(worker.requests).toHaveLength(2)
    expect(worker.requests[1]?.blocks).toEqual([{ key: 0, index: 0, text: `xVery ${first}` }])
    expect(worker.requests[1]?.allBlockTexts).toEqual([`xVery ${first}`, second])
  })

  it('discards the answer for a block edited after the request, keeping the rest', () => {
    const { view, worker } = startScheduler()
    view.type('Very ', 1)
    worker.answer(worker.requests[0] as CheckRequest, misspellings)
    expect(underlinedWords(view.state)).toEqual(['betterr'])
    vi.advanceTimersByTime(150)
    worker.answer(worker.requests[1] as CheckRequest, misspellings)
    expect(underlinedWords(view.state)).toEqual(['Walkng', 'betterr'])
  })

  it('leaves out flags the reviewer ignored once', () => {
    const flag = flagOn(second, 'betterr')
    const secondStart = first.length + 3
    const dismissed = dismissedFlagAt(draftState([first, second]).doc, {
      flag,
      from: secondStart + flag.start,
      to: secondStart + flag.end,
    })
    const { view, worker } = startScheduler(dismissed ? [dismissed] : [])
    worker.answer(worker.requests[0] as CheckRequest, misspellings)
    expect(underlinedWords(view.state)).toEqual(['Walkng'])
  })

  it('opens no card while the cursor moves through a flag with the keys', () => {
    const { view, worker, cardFlags } = startScheduler()
    worker.answer(worker.requests[0] as CheckRequest, misspellings)
    for (let position = 1; position <= 8; position += 1) moveCursor(view, position)
    expect(cardFlags).toEqual([])
  })

  it('opens the card of the flag at the cursor on a click or when asked, and closes it on leaving', () => {
    const { view, worker, cardFlags } = startScheduler()
    worker.answer(worker.requests[0] as CheckRequest, misspellings)
    moveCursor(view, 3, true)
    expect(cardFlags).toEqual(['Walkng'])
    moveCursor(view, 4)
    expect(cardFlags).toEqual(['Walkng'])
    moveCursor(view, 12)
    expect(cardFlags).toEqual(['Walkng', null])
    moveCursor(view, 5)
    view.dispatch(requestFlagCard(view.state.tr))
    expect(cardFlags).toEqual(['Walkng', null, 'Walkng'])
  })

  it('reports the flags once, 120 ms after the underlines change', () => {
    const { worker, flagsChanged } = startScheduler()
    worker.answer(worker.requests[0] as CheckRequest, misspellings)
    expect(flagsChanged).toEqual([])
    vi.advanceTimersByTime(120)
    expect(flagsChanged.map((flags) => flags.map(({ flag }) => flag.actual))).toEqual([
      ['Walkng', 'betterr'],
    ])
  })
})

describe('answerToCheckMeta', () => {
  it('ignores an answer to a request that is no longer pending', () => {
    const { view, worker } = startScheduler()
    const request = worker.requests[0] as CheckRequest
    worker.answer(request, misspellings)
    const again: CheckResults = { type: 'results', requestId: request.requestId, blocks: [] }
    expect(answerToCheckMeta(view.state, again, [])).toBeNull()
  })

  it('leaves out empty flags', () => {
    const { view, worker } = startScheduler()
    const request = worker.requests[0] as CheckRequest
    const empty = { ...flagOn(first, 'after'), end: flagOn(first, 'after').start }
    const meta = answerToCheckMeta(
      view.state,
      { type: 'results', requestId: request.requestId, blocks: [{ key: 0, flags: [empty] }] },
      [],
    )
    expect(meta).toMatchObject({ type: 'replace-blocks', blocks: [{ key: 0, decorations: [] }] })
  })
})
