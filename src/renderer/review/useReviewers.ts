import { useCallback, useEffect, useState } from 'react'
import type { CopydeskApi, Reviewers } from '../../shared/api/channels'
import type { ReviewerProfile } from '../../shared/review/reviewerSchema'
import { errorMessage } from '../lib/formatting'

export interface ReviewerState {
  reviewers: Reviewers | null
  active: ReviewerProfile | null
  /** The "Who is reviewing?" dialog is open. */
  switcherOpen: boolean
  /** Nobody is reviewing yet: the dialog must be answered before any change can be made. */
  required: boolean
  openSwitcher: () => void
  closeSwitcher: () => void
  chosen: (reviewer: ReviewerProfile) => void
  /** A profile main changed (e.g. its passphrase was set), without switching to it. */
  updated: (reviewer: ReviewerProfile) => void
}

/** Who is reviewing: loaded at start; on a first launch the app asks before anything else. */
export function useReviewers(
  api: CopydeskApi,
  reportError: (message: string) => void,
  showInfo: (message: string) => void,
): ReviewerState {
  const [reviewers, setReviewers] = useState<Reviewers | null>(null)
  const [switcherOpen, setSwitcherOpen] = useState(false)

  const load = useCallback(async () => {
    try {
      const loaded = await api.getReviewers({})
      setReviewers(loaded)
      if (loaded.activeReviewerId === null) setSwitcherOpen(true)
    } catch (error) {
      reportError(`The reviewer profiles could not be loaded: ${errorMessage(error)}`)
    }
  }, [api, reportError])

  useEffect(() => {
    void load()
  }, [load])

  const active =
    reviewers?.reviewers.find((reviewer) => reviewer.id === reviewers.activeReviewerId) ?? null

  return {
    reviewers,
    active,
    switcherOpen,
    required: reviewers !== null && active === null,
    openSwitcher: () => setSwitcherOpen(true),
    closeSwitcher: () => setSwitcherOpen(false),
    chosen: (reviewer) => {
      setSwitcherOpen(false)
      setReviewers((current) => ({
        reviewers: [
          ...(current?.reviewers ?? []).filter((existing) => existing.id !== reviewer.id),
          reviewer,
        ],
        activeReviewerId: reviewer.id,
      }))
      if (reviewer.id !== active?.id) showInfo(`Reviewing as ${reviewer.name}.`)
    },
    updated: (reviewer) => {
      setReviewers(
        (current) =>
          current && {
            ...current,
            reviewers: current.reviewers.map((existing) =>
              existing.id === reviewer.id ? reviewer : existing,
            ),
          },
      )
    },
  }
}
