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

  async showLibrary(): Promise<void> {
    await this.page.getByTestId('toolbar-library').click()
    await expect(this.page.getByTestId('library-view')).toBeVisible()
  }
}
