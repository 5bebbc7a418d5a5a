import { expect, test } from './support/copydeskTest'

test.describe('Reviewers and the audit trail', () => {
  test.describe('on a first launch', () => {
    test.use({ reviewer: null })

    test('asks who is reviewing before anything else, and shows the answer in the window', async ({
      page,
      copydesk,
      host,
    }) => {
      await copydesk.open(host.url)
      const dialog = page.getByTestId('reviewer-dialog')
      await expect(dialog).toBeVisible()
      await expect(dialog.getByRole('heading', { name: 'Who is reviewing?' })).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(dialog).toBeVisible()

      await dialog.getByLabel('Name').fill('Morgan Lee')
      await dialog.getByLabel('Role').selectOption('medical-reviewer')
      await dialog.getByLabel('Credentials').fill('MD, MPH')
      await dialog.getByRole('button', { name: 'Add and review as this person' }).click()
      await expect(dialog).toBeHidden()
      await expect(page.getByTestId('reviewer-button')).toHaveText('Morgan Lee, MD, MPH')

      await copydesk.waitForFlags()
      await copydesk.hoverFlag('typo', 'Its')
      await copydesk.ignoreFlag()
      await expect(copydesk.flags('typo').filter({ hasText: /^Its$/ })).toHaveCount(0)
      await expect(copydesk.notices.filter({ hasText: 'could not be ignored' })).toHaveCount(0)
    })
  })

  test('switches reviewer from the toolbar; later changes carry the new name', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    const button = page.getByTestId('reviewer-button')
    await expect(button).toHaveText('Avery Test, MD')
    await button.click()
    const dialog = page.getByTestId('reviewer-dialog')
    await dialog.getByLabel('Name').fill('Sam Ortiz')
    await dialog.getByRole('button', { name: 'Add and review as this person' }).click()
    await expect(button).toHaveText('Sam Ortiz')

    await button.click()
    await dialog.getByRole('button', { name: 'Review as Avery Test' }).click()
    await expect(button).toHaveText('Avery Test, MD')
  })

  test('Verify audit trail says the trail is intact and how long it is', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.hoverFlag('typo', 'Its')
    await copydesk.ignoreFlag()
    await expect(copydesk.flags('typo').filter({ hasText: /^Its$/ })).toHaveCount(0)
    await copydesk.waitUntilSaved()

    await page.getByTestId('toolbar-verify-audit-trail').click()
    const dialog = page.getByTestId('audit-dialog')
    await expect(dialog.getByTestId('audit-result')).toContainText(/Intact: \d+ entries/)
    await expect(dialog.getByTestId('audit-result')).toContainText(/hash [0-9a-f]{64}/)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
  })
})
