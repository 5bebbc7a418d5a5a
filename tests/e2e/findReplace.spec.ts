import { expect, test } from './support/copydeskTest'

test.describe('Find and replace', () => {
  test('the match the counter points at is scrolled into view and highlighted', async ({
    page,
    copydesk,
    host,
  }) => {
    await page.setViewportSize({ width: 1000, height: 500 })
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.editor.locator('p').first().click()
    await page.keyboard.press('Control+f')
    await page.getByTestId('find-input').fill('walk')
    await expect(page.getByTestId('find-count')).toHaveText(/^\d+ of 9$/)
    // From the first match, Shift+Enter wraps round to the last one, far down the draft.
    await page.keyboard.press('Home')
    while (!/^1 of 9$/.test(await page.getByTestId('find-count').innerText())) {
      await page.keyboard.press('Enter')
    }
    await page.keyboard.press('Shift+Enter')
    await expect(page.getByTestId('find-count')).toHaveText('9 of 9')
    const active = copydesk.editor.locator('.ProseMirror-active-search-match')
    await expect(active).toHaveCount(1)
    await expect(active).toBeInViewport()
    const findBar = await page.getByTestId('find-bar').boundingBox()
    const match = await active.boundingBox()
    // Not hidden under the find bar, which floats over the top of the text.
    expect(match && findBar && match.y >= findBar.y + findBar.height).toBe(true)
  })

  test('a match inside a flag does not open the flag’s card over it', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.editor.locator('p').first().click()
    await page.keyboard.press('Control+f')
    await page.getByTestId('find-input').fill('Studies show')
    await expect(page.getByTestId('find-count')).toHaveText('1 of 1')
    await page.keyboard.press('Enter')
    await expect(copydesk.flagCard).toBeHidden()
  })

  test('replace takes one match at a time, replace all the rest, and each is one undo step', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const strolls = () =>
      copydesk.editor.evaluate((root) => root.textContent?.match(/\bstroll\b/g)?.length ?? 0)
    const before = await strolls()
    await copydesk.editor.locator('p').first().click()
    await page.keyboard.press('Control+h')
    const find = page.getByTestId('find-input')
    await expect(find).toBeFocused()
    await find.fill('walk')
    await expect(page.getByTestId('find-count')).toHaveText(/of 9$/)
    await page.getByRole('button', { name: 'Whole words' }).click()
    await expect(page.getByTestId('find-count')).toHaveText(/of 3$/)
    await page.getByRole('button', { name: 'Match case' }).click()
    await expect(page.getByTestId('find-count')).toHaveText(/of 2$/)
    await page.getByTestId('replace-input').fill('stroll')
    await page.getByTestId('replace-one').click()
    await expect(page.getByTestId('find-count')).toHaveText('1 of 1')
    await expect(copydesk.editor).toContainText('stroll')
    await page.getByTestId('replace-all').click()
    await expect(page.getByTestId('find-count')).toHaveText('No matches')
    await expect(copydesk.notices.filter({ hasText: 'Replaced 1 match' })).toBeVisible()
    expect(await strolls()).toBe(before + 2)
    // "Walk" and "walking" were left alone by whole words and match case.
    await expect(copydesk.editor).toContainText('Walk')

    await page.keyboard.press('Escape')
    await expect(page.getByTestId('find-bar')).toBeHidden()
    await expect(copydesk.editor).toBeFocused()
    await page.keyboard.press('Control+z')
    expect(await strolls()).toBe(before + 1)
    await expect(copydesk.notices.filter({ hasText: 'Replaced 1 match' })).toBeHidden()
    await page.keyboard.press('Control+z')
    expect(await strolls()).toBe(before)
  })
})
