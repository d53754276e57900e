import { Browser, Page, expect } from '@playwright/test';

/** The secretariat account serve.sh creates with the command line. */
export const SECRETARIAT = {
  email: 'secretariat@itu.example',
  password: process.env.E2E_SECRETARIAT_PASSWORD ?? 'granite orchard lantern 2027',
};

export const PASSWORD = 'saffron pelican harbour 31';

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Errors the page itself reports (failed hydration, panics, uncaught exceptions). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => {
    // A 4xx answer to a form the test fills wrongly on purpose is expected; anything else is not.
    const expectedRefusal = /Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text());
    if (msg.type() === 'error' && !expectedRefusal) errors.push(msg.text());
  });
  return errors;
}

/** The secretariat reads the captured mail and returns the first link of the newest message to `to`. */
export async function linkFromCapturedMail(browser: Browser, to: string, path: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  await page.goto('/admin/mail');
  const link = page.locator(`article.mail[data-to="${to}"]`).first().locator(`a[href*="${path}"]`).first();
  const href = await link.getAttribute('href');
  await context.close();
  if (!href) throw new Error(`no ${path} link in the mail to ${to}`);
  return href;
}
