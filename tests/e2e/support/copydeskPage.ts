import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** What a reviewer sees and does in Copydesk, in the words of the UI. */
export class CopydeskPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url)
  }

  get editor(): Locator {
    return this.page.getByTestId('editor').locator('.ProseMirror')
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status')
  }

  get notices(): Locator {
    return this.page.getByTestId('notice')
  }

  get libraryRows(): Locator {
    return this.page.getByTestId('library-row')
  }

  metadataField(name: 'title' | 'author' | 'role' | 'published' | 'updated' | 'credit'): Locator {
    return this.page.getByTestId(`meta-${name}`)
  }

  async typeAtEndOfFirstParagraph(text: string): Promise<void> {
    await this.editor.locator('p').first().click()
    await this.page.keyboard.press('End')
    await this.page.keyboard.type(text)
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toContainText('Saved', { timeout: 10_000 })
  }

  async openFiles(...paths: string[]): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(paths)
  }

  /** The underlined flags of one kind in the text. */
  flags(kind: 'typo' | 'claim' | 'furniture'): Locator {
    return this.editor.locator(`.check-flag--${kind}`)
  }

  flagCount(kind: 'typo' | 'claim' | 'furniture'): Locator {
    return this.page.getByTestId(`check-count-${kind}`)
  }

  get flagCard(): Locator {
    return this.page.getByTestId('flag-card')
  }

  /** Waits until the checks have painted their underlines and the status bar has counted them. */
  async waitForFlags(): Promise<void> {
    await expect(this.editor.locator('.check-flag').first()).toBeVisible({ timeout: 20_000 })
    await expect(this.page.getByTestId('check-status')).not.toContainText(
      /^\s*0 typos\s*·\s*0 claims\s*·\s*0 furniture/,
    )
  }

  /** Hovers the flag whose text is exactly `text` and waits for its card. */
  async hoverFlag(kind: 'typo' | 'claim' | 'furniture', text: string): Promise<void> {
    await this.flags(kind)
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .first()
      .hover()
    await expect(this.flagCard).toBeVisible()
  }

  /** Selects the first occurrence of `text` in the article, as a drag with the mouse would. */
  /**
   * Selects text as a reader would, and returns once the editor has read the selection
   * (its `selectionchange` handler runs a task after the DOM selection changes).
   */
  async selectText(text: string): Promise<void> {
    await this.editor.evaluate(async (root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(wanted) ?? -1
        if (index < 0) continue
        const range = document.createRange()
        range.setStart(node, index)
        range.setEnd(node, index + wanted.length)
        ;(root as HTMLElement).focus()
        const read = new Promise<void>((resolve) => {
          document.addEventListener('selectionchange', () => resolve(), { once: true })
          setTimeout(resolve, 500)
        })
        const selection = window.getSelection()
        selection?.removeAllRanges()
        selection?.addRange(range)
        await read
        await new Promise((resolve) => setTimeout(resolve, 0))
        if (window.getSelection()?.toString() !== wanted) {
          throw new Error(`the editor did not keep the selection of “${wanted}”`)
        }
        return
      }
      throw new Error(`“${wanted}” is not in one text node of the article`)
    }, text)
  }

  /** The stored flags of one kind drawn in the text. */
  storedFlags(kind: 'typo' | 'claim' | 'medical' | 'comment'): Locator {
    return this.editor.locator(`.stored-flag--${kind}`)
  }

  get storedFlagCard(): Locator {
    return this.page.getByTestId('stored-flag-card')
  }

  async acceptSuggestion(suggestion: string): Promise<void> {
    await this.flagCard.getByTestId('flag-suggestion').filter({ hasText: suggestion }).click()
  }

  /** "Ignore once" (or "Not a claim"), giving the reason the card asks for. */
  async ignoreFlag(reason = 'House style'): Promise<void> {
    await this.flagCard.getByTestId('flag-ignore').click()
    await this.flagCard.getByTestId('flag-dismiss-reason').fill(reason)
    await this.flagCard.getByTestId('flag-dismiss-confirm').click()
  }

  async addFlagToDictionary(): Promise<void> {
    await this.flagCard.getByTestId('flag-add-to-dictionary').click()
  }

  async removePageFurniture(): Promise<void> {
    await this.page.getByTestId('toolbar-remove-furniture').click()
  }

  async showLibrary(): Promise<void> {
    await this.page.getByTestId('toolbar-library').click()
    await expect(this.page.getByTestId('library-view')).toBeVisible()
  }
}
