import { expect, test } from './support/copydeskTest'

test.describe('the browser-mode session', () => {
  test('a reload and a new tab keep working without the token in the address', async ({
    page,
    context,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.typeAtEndOfFirstParagraph(' Kept across the reload.')
    await copydesk.waitUntilSaved()
    const addressWithoutToken = page.url()
    expect(new URL(addressWithoutToken).searchParams.has('token')).toBe(false)

    await page.reload()
    await expect(copydesk.editor).toContainText('Kept across the reload.')

    const newTab = await context.newPage()
    await newTab.goto(addressWithoutToken)
    await expect(newTab.getByTestId('editor').locator('.ProseMirror')).toContainText(
      'Kept across the reload.',
    )
  })

  test('a browser without the cookie or token gets nothing', async ({ browser, host }) => {
    const stranger = await browser.newContext()
    const page = await stranger.newPage()
    const origin = new URL(host.url).origin
    const pageResponse = await page.goto(`${origin}/`)
    expect(pageResponse?.status()).toBe(401)
    const apiStatus = await page.evaluate(async () => {
      const response = await fetch('/api/listReviews', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      return response.status
    })
    expect(apiStatus).toBe(401)
    await stranger.close()
  })

  test('another origin cannot use the session of a signed-in browser', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    const api = `${new URL(host.url).origin}/api/listReviews`
    const response = await page.request.post(api, {
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      data: '{}',
    })
    expect(response.status()).toBe(403)
    expect(await response.text()).not.toContain('reviews')
  })
})
