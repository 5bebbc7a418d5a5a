import { resolve } from 'node:path'
import { expect, test } from './support/copydeskTest'

const fixture = (name: string): string => resolve('tests/e2e/fixtures', name)

test.describe('the library', () => {
  test('searches by title or author, sorts, and shows each review’s open flags', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    await copydesk.openFiles(fixture('evening-walks.md'))
    await expect(copydesk.metadataField('title')).toHaveValue('Evening Walks May Help You Sleep')
    await copydesk.showLibrary()
    await expect(copydesk.libraryRows).toHaveCount(2)
    await expect(page.getByTestId('library-open-flags').first()).toHaveText(/open flags?$|^No open/)

    await page.getByTestId('library-search').fill('whitfield')
    await expect(copydesk.libraryRows).toHaveCount(1)
    await expect(copydesk.libraryRows.first()).toContainText('Evening Walks May Help You Sleep')
    await expect(page.getByTestId('library-count')).toHaveText('1 of 2 reviews')
    await page.getByTestId('library-search').fill('no such draft anywhere')
    await expect(page.getByTestId('library-no-match')).toBeVisible()
    await page.getByTestId('library-search').fill('')

    await page.getByTestId('library-sort').selectOption('title')
    await expect(copydesk.libraryRows.first()).toContainText('A Ten-Minute Walk')
    await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
  })

  test('the delete button is visible without hovering and reachable with the keyboard', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    await copydesk.showLibrary()
    await page.mouse.move(0, 0)
    const deleteButton = copydesk.libraryRows.first().getByTestId('library-delete')
    expect(await deleteButton.evaluate((button) => getComputedStyle(button).opacity)).toBe('1')
    await copydesk.libraryRows.first().focus()
    await page.keyboard.press('Tab')
    await expect(deleteButton).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('confirm-delete')).toBeVisible()
  })
})
