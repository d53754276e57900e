// Around the contest: an owner and the secretariat write to each other about an entry, the
// secretariat corrects it, and writes to a group; the thread and the correction also work
// without JavaScript. axe checks the new pages in English and Arabic.
import { AxeBuilder } from '@axe-core/playwright';
import { Browser, BrowserContext, Page, expect, test } from '@playwright/test';
import { SECRETARIAT, collectPageErrors, newConfirmedAccount, signIn, trap, words } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A confirmed owner who has sent an entry in C3; returns their page and the entry's path. */
async function ownerWithSentEntry(browser: Browser, title: string): Promise<{ context: BrowserContext; page: Page; path: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await newConfirmedAccount(page, browser, `thread-${Date.now()}@example.org`, 'Amara Nwosu');
  await page.goto('/submissions');
  await page.getByLabel('Category').selectOption('C3');
  await page.getByRole('button', { name: 'Start a draft' }).click();
  await expect(page.getByLabel('Project title')).toBeVisible();
  await page.getByLabel('Project title').fill(title);
  // One sent entry per organisation and category: each journey's entry has its own.
  await page.getByLabel('Organisation (entity)').fill(`${title} Trust`);
  await page.getByLabel('Short description (what voters read)').fill(words(170));
  await page.getByLabel('Sustainable Development Goals').fill('4');
  await page.getByLabel('Qualitative impact').fill('Libraries lend laptops and teach their use.');
  await page.getByLabel('Quantitative impact').fill('9,000 readers trained in two years.');
  await page.getByLabel('Partnerships').fill('The state library board and two universities.');
  await page.getByLabel('Challenges and future plans').fill('Power cuts; ten more branches next year.');
  await page.getByLabel('Start date').fill('2021-03');
  await page.getByLabel('Project status').selectOption('completed');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('Everything required is filled in.')).toBeVisible();
  await page.getByRole('button', { name: 'Send my submission' }).click();
  await expect(page.getByText('Your submission has been sent to the WSIS secretariat.')).toBeVisible();
  return { context, page, path: new URL(page.url()).pathname };
}

async function secretariat(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  return page;
}

async function axe(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const lang of ['en', 'ar']) {
    await page.goto(`/lang/${lang}?next=/`);
    for (const path of paths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBeLessThan(500);
      const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      found.push(...result.violations.map((v) => `[${lang}] ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
    }
  }
  await page.goto('/lang/en?next=/');
  return found;
}

test('an owner and the secretariat write to each other about an entry, and the secretariat corrects it', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Open Libraries ${Date.now() % 100000}`;
  const owner = await ownerWithSentEntry(browser, title);
  const ownerErrors = collectPageErrors(owner.page);
  const admin = await secretariat(browser);
  const caught = trap(admin);

  // The secretariat asks from the screening page.
  await admin.goto('/admin/screening');
  await admin.getByRole('link', { name: title }).click();
  const screening = new URL(admin.url()).pathname;
  await admin.getByLabel('Your message').fill('Which libraries take part? <b>List them</b>, please.');
  await admin.getByRole('button', { name: 'Send the message' }).click();
  await expect(admin.getByText('Your message is sent.')).toBeVisible();

  // The owner reads it on the entry's page, as the secretariat's, and answers.
  await owner.page.goto(owner.path);
  const thread = owner.page.getByTestId('thread');
  await expect(thread).toContainText('Which libraries take part? <b>List them</b>, please.');
  await expect(thread).toContainText('WSIS Prizes secretariat');
  await owner.page.getByLabel('Your message').fill('Twelve branch libraries in Lagos State.');
  await owner.page.getByRole('button', { name: 'Send the message' }).click();
  await expect(owner.page.getByText('Your message is sent.')).toBeVisible();

  // The inbox counts it unread until the thread is opened.
  await admin.goto('/admin/inbox');
  const line = admin.locator('[data-testid="inbox-line"]', { hasText: title });
  await expect(line).toHaveAttribute('data-unread', '1');
  await line.getByRole('link', { name: title }).click();
  await expect(admin.getByTestId('thread')).toContainText('Twelve branch libraries in Lagos State.');
  await admin.goto('/admin/inbox');
  await expect(admin.locator('[data-testid="inbox-line"]', { hasText: title })).toHaveAttribute('data-unread', '0');

  // A typo in the title, corrected with a reason: the owner's page shows it at once.
  await admin.goto(screening);
  const corrected = `${title} Network`;
  await admin.locator('#correct-title').fill(corrected);
  await admin.locator('#correction-reason').fill('The network name was left out.');
  await admin.getByRole('button', { name: 'Save the correction' }).click();
  await expect(admin.getByText('The correction is saved and the owners are told.')).toBeVisible();
  await expect(admin.getByRole('heading', { name: corrected, level: 1 })).toBeVisible();
  await admin.screenshot({ path: 'test-results/correction.png', fullPage: true });
  await owner.page.goto(owner.path);
  await expect(owner.page.getByRole('heading', { name: corrected, level: 1 })).toBeVisible();

  expect(await axe(admin, ['/admin/inbox', screening])).toEqual([]);
  expect(await axe(owner.page, [owner.path])).toEqual([]);
  expect(caught).toEqual({ dialogs: [], serverErrors: [] });
  expect(ownerErrors).toEqual([]);
  await owner.context.close();
});

test('the secretariat writes to a group, checks each version and its recipients, and confirms', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await secretariat(browser);
  const errors = collectPageErrors(admin);
  await admin.goto('/admin/mailings');
  await admin.getByLabel('Group').selectOption('sent');
  await admin.locator('#mailing-subject_en').fill('Screening has begun');
  await admin.locator('#mailing-body_en').fill('The secretariat is reading every entry. Answers by the end of the month.');
  await admin.locator('#mailing-subject_fr').fill("L'examen a commencé");
  await admin.locator('#mailing-body_fr').fill('Le secrétariat lit chaque candidature. Réponses à la fin du mois.');
  await admin.getByRole('button', { name: 'Check the message and its recipients' }).click();
  await expect(admin.getByRole('heading', { name: 'Check and confirm the group message' })).toBeVisible();
  await expect(admin.getByTestId('mailing-version')).toHaveCount(2);
  await expect(admin.locator('[data-testid="mailing-version"][data-locale="en"]')).toContainText('recipients');
  const page = new URL(admin.url()).pathname;
  expect(await axe(admin, ['/admin/mailings', page, '/admin/exports'])).toEqual([]);
  await admin.goto(page);
  await admin.getByRole('button', { name: /^Send to \d+ people$/ }).click();
  await expect(admin.getByText('Confirmed: the message is being sent.')).toBeVisible();
  await admin.screenshot({ path: 'test-results/group-message.png', fullPage: true });
  await admin.goto('/admin/mailings');
  await expect(admin.getByTestId('mailing').filter({ hasText: 'Screening has begun' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the thread and the correction work without JavaScript', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Plain Libraries ${Date.now() % 100000}`;
  const owner = await ownerWithSentEntry(browser, title);
  const plainOwner = await browser.newContext({ javaScriptEnabled: false, storageState: await owner.context.storageState() });
  const ownerPage = await plainOwner.newPage();
  const admin = await secretariat(browser, false);

  // The owner writes first, from a plain form.
  await ownerPage.goto(owner.path);
  await ownerPage.getByLabel('Your message').fill('Can we add a partner after sending?');
  await ownerPage.getByRole('button', { name: 'Send the message' }).click();
  await expect(ownerPage.getByText('Your message is sent.')).toBeVisible();
  // An empty message comes back with its reason.
  await ownerPage.getByRole('button', { name: 'Send the message' }).click();
  await expect(ownerPage.getByText('Write the message first.')).toBeVisible();

  await admin.goto('/admin/screening');
  await admin.getByRole('link', { name: title }).click();
  await expect(admin.getByTestId('thread')).toContainText('Can we add a partner after sending?');
  await admin.getByLabel('Your message').fill('Yes: write to us with its name.');
  await admin.getByRole('button', { name: 'Send the message' }).click();
  await expect(admin.getByText('Your message is sent.')).toBeVisible();

  // A correction without a reason is refused and keeps what was typed; with one, it is saved.
  const corrected = `${title} (Lagos)`;
  await admin.locator('#correct-title').fill(corrected);
  await admin.getByRole('button', { name: 'Save the correction' }).click();
  await expect(admin.getByText('Give a reason; it is kept in the audit log.')).toBeVisible();
  await expect(admin.locator('#correct-title')).toHaveValue(corrected);
  await admin.locator('#correction-reason').fill('The place belongs in the title.');
  await admin.getByRole('button', { name: 'Save the correction' }).click();
  await expect(admin.getByText('The correction is saved and the owners are told.')).toBeVisible();
  await ownerPage.goto(owner.path);
  await expect(ownerPage.getByTestId('thread')).toContainText('Yes: write to us with its name.');
  await expect(ownerPage.getByRole('heading', { name: corrected, level: 1 })).toBeVisible();
  await plainOwner.close();
  await owner.context.close();
});
