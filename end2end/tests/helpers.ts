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
  // The newest message to `to` that carries such a link (a later mail may be another kind).
  const link = page
    .locator(`article.mail[data-to="${to}"]`)
    .filter({ has: page.locator(`a[href*="${path}"]`) })
    .first()
    .locator(`a[href*="${path}"]`)
    .first();
  const href = await link.getAttribute('href');
  await context.close();
  if (!href) throw new Error(`no ${path} link in the mail to ${to}`);
  return href;
}

/** Registers through the form, confirms through the captured mail, and signs in. */
export async function newConfirmedAccount(page: Page, browser: Browser, email: string, name: string) {
  await page.goto('/register');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Organisation', { exact: true }).fill('Kenya Digital Health Trust');
  await page.getByLabel('Country of the organisation').selectOption('KE');
  await page.getByLabel('Stakeholder type').selectOption('civil_society');
  await page.getByLabel('I have read the privacy notice and accept the terms of use.').check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your mailbox' })).toBeVisible();
  await confirmThroughSignIn(page, browser, email, PASSWORD);
  await expect(page.getByTestId('me')).toHaveText(name);
}

/** Starts a draft in `category` from the owner's submissions page; returns the form's path. */
export async function startDraft(page: Page, category: string): Promise<string> {
  await page.goto('/submissions');
  await page.getByLabel('Category').selectOption(category);
  await page.getByRole('button', { name: 'Start a draft' }).click();
  await expect(page.getByLabel('Project title')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Opens the confirmation link while signed out: the site asks to sign in first, then confirms. */
export async function confirmThroughSignIn(page: Page, browser: Browser, email: string, password: string) {
  await page.goto(await linkFromCapturedMail(browser, email, '/confirm?token='));
  await expect(page.getByText('Sign in to confirm your e-mail address.')).toBeVisible();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('your e-mail address is confirmed')).toBeVisible();
}

/** Lets the secretariat screen while the submission phase is open (the journeys screen right
 * after sending). Idempotent. */
export async function allowScreeningDuringSubmission(page: Page) {
  await page.goto('/admin/edition');
  const box = page.getByLabel('Let the secretariat screen submissions while the submission phase is still open');
  if (await box.isChecked()) return;
  await box.check();
  await page.getByLabel('Reason for the change').fill('Screen submissions as they arrive');
  await page.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(page.getByText('The calendar has been saved.')).toBeVisible();
}

/** `n` words of plausible text. */
export function words(n: number): string {
  const source = 'Community health workers in rural counties use a shared mobile record to follow pregnant women and newborns, book referrals and receive reminders, while district nurses see the same record and plan visits'.split(' ');
  return Array.from({ length: n }, (_, i) => source[i % source.length]).join(' ');
}

// Text that tries to break out of every element whose content HTML does not parse as markup
// (textarea, title, script, style, noscript), or out of an attribute. None may run.
export const PAYLOADS = [
  `</textarea><script>alert('textarea')</script>`,
  `</textarea><img src=x onerror=alert('textarea-img')>`,
  `</title><script>alert('title')</script>`,
  `</title><img src=x onerror=alert('title-img')>`,
  `</script><script>alert('script')</script>`,
  `</style><img src=x onerror=alert('style')>`,
  `</noscript><img src=x onerror=alert('noscript')>`,
  `"><img src=x onerror=alert('attribute')>`,
  `'><svg onload=alert('svg')>`,
  `<iframe srcdoc="<script>parent.alert('iframe')</script>"></iframe>`,
];

/** Fails the test if any dialog opens (an injected script ran) or any page answers 5xx. */
export function trap(page: Page): { dialogs: string[]; serverErrors: string[] } {
  const caught = { dialogs: [] as string[], serverErrors: [] as string[] };
  page.on('dialog', async (d) => {
    caught.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('response', (r) => {
    if (r.status() >= 500) caught.serverErrors.push(`${r.status()} ${r.url()}`);
  });
  return caught;
}
