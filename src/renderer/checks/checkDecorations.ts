import { Extension } from '@tiptap/core'
import { Plugin } from '@tiptap/pm/state'
import { checkPluginKey, checkPluginStateField, type CheckPluginState } from './checkPluginState'
import { CheckScheduler, type CheckSchedulerCallbacks } from './checkScheduler'
import type { CheckService } from './checkService'
import type { FlagInDocument } from './flagDecoration'
import { flagAt } from './flagQueries'

export interface CheckDecorationsOptions extends CheckSchedulerCallbacks {
  service: CheckService | null
  onHoverFlag: (flag: FlagInDocument | null, element: HTMLElement | null) => void
  /** Escape in the editor; returns true when it closed something. */
  onEscape: () => boolean
}

/**
 * The flags as underlines, checked in a Web Worker block by block. The plugin state is the
 * reducer in checkPluginState.ts; CheckScheduler talks to the worker.
 */
export const CheckDecorations = Extension.create<CheckDecorationsOptions>({
  name: 'checkDecorations',

  addOptions() {
    return {
      service: null,
      ignoredFlags: () => [],
      onFlagsChanged: () => undefined,
      onSelectionFlag: () => undefined,
      onHoverFlag: () => undefined,
      onEscape: () => false,
    }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<CheckPluginState>({
        key: checkPluginKey,
        state: checkPluginStateField,
        view: (view) => {
          const service = options.service
          if (!service) return {}
          return new CheckScheduler(view, options, service)
        },
        props: {
          decorations: (state) => checkPluginKey.getState(state)?.decorations,
          handleKeyDown: (_view, event) => {
            if (event.key === 'Escape') return options.onEscape()
            return false
          },
          handleDOMEvents: {
            mouseover: (view, event) => {
              const element = (event.target as Element | null)?.closest<HTMLElement>('.check-flag')
              if (!element) return false
              const pos = view.posAtDOM(element, 0)
              options.onHoverFlag(
                flagAt(view.state, pos, pos + 1) ?? flagAt(view.state, pos),
                element,
              )
              return false
            },
            mouseout: (_view, event) => {
              const from = (event.target as Element | null)?.closest('.check-flag')
              const to = (event.relatedTarget as Element | null)?.closest('.check-flag')
              if (from && from !== to) options.onHoverFlag(null, null)
              return false
            },
          },
        },
      }),
    ]
  },
})
