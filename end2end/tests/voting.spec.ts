// The public vote, on a server of its own with the demo edition (nominees in every category):
// a newcomer registers and confirms, votes in every category over two visits, without any
// script, and sees "Voting complete"; the secretariat closes the vote and fixes the results;
// once they are published, anyone finds the newcomer's receipt in the ledger.
import { AxeBuilder } from '@axe-core/playwright';
import { Browser, BrowserContext, expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SECRETARIAT, collectPageErrors, linkFromCapturedMail, newConfirmedAccount, signIn } from './helpers';

const PORT = Number(process.env.E2E_VOTE_PORT ?? 3102);
const PHASES = ['submission', 'screening', 'voting', 'selection', 'publication'];
let server: ChildProcess | null = null;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = spawn('./serve.sh', [String(PORT)], {
    env: { ...process.env, E2E_DEMO: '300' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The demo loads before the server listens: wait for it, within the hook's bound.
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`the voting server exited (${server.exitCode})`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

/** `YYYY-MM-DDTHH:MM` in UTC, as a datetime-local input takes it. */
function utc(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 16);
}

/** The secretariat moves the calendar: each phase's [opens, closes] in days from now. */
async function moveCalendar(browser: Browser, days: number[][], reason: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  await page.goto('/admin/edition');
  await page.getByLabel('Time zone').fill('UTC');
  for (const [i, phase] of PHASES.entries()) {
    await page.locator(`#field-${phase}_opens`).fill(utc(days[i][0]));
    await page.locator(`#field-${phase}_closes`).fill(utc(days[i][1]));
  }
  await page.getByLabel('Reason for the change').fill(reason);
  await page.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(page.getByText('The calendar has been saved.')).toBeVisible();
  await context.close();
}

/** Votes for the first nominee in each of the first `n` categories still open on the ballot. */
async function voteIn(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    await page.goto('/vote');
    const open = page.locator('[data-testid=ballot-category]').filter({ has: page.locator('form') }).first();
    const code = (await open.getAttribute('id')) ?? '';
    await open.locator('input[type=radio]').first().check();
    await open.getByRole('button', { name: `Vote in ${code}` }).click();
    await expect(page.getByTestId('vote-cast')).toContainText(code);
    await expect(page.locator(`[id="${code}"]`).getByTestId('receipt')).toBeVisible();
  }
}

/** Presses Tab until the focus is on an element matching `selector`. */
async function tabUntil(page: Page, selector: string, max = 800) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Votes in `n` categories with the keyboard alone: from the top of the ballot, Tab to the
 * first open category's nominees, Space to choose, Tab to its button, Enter to vote. */
async function voteWithKeyboard(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    await page.goto('/vote');
    const open = page.locator('[data-testid=ballot-category]').filter({ has: page.locator('form') }).first();
    const code = (await open.getAttribute('id')) ?? '';
    await tabUntil(page, `[id="${code}"] input[type=radio]`);
    await page.keyboard.press('Space');
    await expect(open.locator('input[type=radio]:checked')).toHaveCount(1);
    await tabUntil(page, `[id="${code}"] button`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('vote-cast')).toContainText(code);
    await expect(page.locator(`[id="${code}"]`).getByTestId('receipt')).toBeVisible();
  }
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${page.url()}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('a visitor searches the gallery, keeps the winners, finds one by a word and opens its page', async ({ browser }) => {
  // The demo's past edition is published: its winners come first. (Scripts stay on for axe;
  // the gallery itself loads none.)
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto('/');
  await page.getByTestId('gallery-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects gallery');
  await expect(page.getByTestId('gallery-count')).toContainText('projects found');
  await expect(page.getByTestId('gallery-project').first().getByTestId('gallery-award')).toHaveText('Winner');
  expect(await axeViolations(page)).toEqual([]);

  // Only the winners, by the form (sent with GET: the address is the search).
  await page.getByLabel('Award', { exact: true }).selectOption('winner');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/award=winner/);
  const cards = page.getByTestId('gallery-project');
  const winners = await cards.count();
  expect(winners).toBeGreaterThan(0);
  for (const card of await cards.all()) await expect(card.getByTestId('gallery-award')).toHaveText('Winner');

  // A word of a winner's title finds it, winners still kept.
  const title = ((await cards.last().locator('h2 a').textContent()) ?? '').trim();
  const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0];
  await page.getByLabel('Words to find').fill(word.toUpperCase());
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByLabel('Award', { exact: true })).toHaveValue('winner');
  const found = page.getByTestId('gallery-project').locator('h2 a', { hasText: title });
  await expect(found.first()).toBeVisible();
  await found.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByTestId('project-award')).toHaveText('Winner');

  // A search nobody could match says so; a page that is no page says what is wrong.
  await page.goto('/gallery?q=zzqqxxyy');
  await expect(page.getByTestId('gallery-none')).toBeVisible();
  const res = await page.goto('/gallery?page=5000');
  expect(res?.status()).toBe(422);
  await expect(page.getByTestId('gallery-error')).toContainText('Choose a page from 1 to 1,000.');

  // The gallery in Arabic: right to left, the same results, no accessibility violation.
  await page.goto('/lang/ar?next=/gallery');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('gallery-project').first().getByTestId('gallery-award')).toHaveText('فائز');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/gallery-arabic.png', fullPage: true });
  expect(errors).toEqual([]);
  await context.close();
});

test("a visitor reads a winner's story in the book, and downloads the book as PDF", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (/\.(js|wasm)(\?|$)/.test(r.url())) scripts.push(r.url());
  });
  await page.goto('/gallery');
  await page.getByTestId('book-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('WSIS Stocktaking: Success Stories');
  await expect(page.getByTestId('book-contents')).toBeVisible();
  // The web edition is a plain page: no script at all.
  expect(scripts).toEqual([]);
  // A winner whose story was approved: its page tells the story.
  const entry = page
    .locator('[data-testid="book-entry"][data-award="winner"]')
    .filter({ hasNot: page.getByTestId('book-stand-in') })
    .first();
  const title = ((await entry.locator('h3 a').textContent()) ?? '').trim();
  await entry.locator('h3 a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByTestId('project-story')).toContainText('The challenge');
  // Back to the book, at its entry, and the PDF.
  await page.getByTestId('project-book').click();
  await expect(page).toHaveURL(/\/book\?edition=\d{4}#project-\d+/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('book-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/^wsis-success-stories-\d{4}\.pdf$/);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(20_000);
  // The book has no accessibility violation, in English and in Arabic.
  await page.goto('/book');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/lang/ar?next=/book');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a visitor reads the archive: every edition with its figures, and a past category page by its year', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  // From the book, the archive.
  await page.goto('/book');
  await page.getByTestId('editions-link').click();
  await expect(page).toHaveURL(/\/editions$/);
  const past = page.locator('[data-testid="archive-edition"][data-published="true"]').first();
  const year = (await past.getAttribute('data-year')) ?? '';
  expect(year).toMatch(/^\d{4}$/);
  await expect(past.getByTestId('archive-votes')).not.toBeEmpty();
  // Its category page names the year in its address and lists that year's nominees.
  await past.locator('summary').click();
  await past.getByRole('link', { name: /^C7\.4 / }).click();
  await expect(page).toHaveURL(new RegExp(`/editions/${year}/categories/C7\\.4$`));
  await expect(page.locator('nav.crumbs')).toContainText(year);
  await expect(page.getByTestId('nominees').locator('li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/editions');
  expect(await axeViolations(page)).toEqual([]);
  for (const path of ['/editions', `/editions/${year}/categories/C7.4`]) {
    await page.goto(`/lang/ar?next=${encodeURIComponent(path)}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.goto('/lang/en?next=/');
  expect(errors).toEqual([]);
  await context.close();
});

test("a champion's owner writes the story, and the secretariat asks for a change and approves it", async ({ browser }) => {
  const editions = await (await fetch(`http://127.0.0.1:${PORT}/api/v1/editions`)).json();
  const year = editions.data.find((e: { published: boolean }) => e.published).year;
  // The secretariat invites the owners the demo has no story from.
  const office = await browser.newContext();
  const sec = await office.newPage();
  await signIn(sec, SECRETARIAT.email, SECRETARIAT.password);
  await expect(sec.getByTestId('me')).toBeVisible();
  await sec.goto(`/admin/stories?edition=${year}`);
  await expect(sec.getByTestId('stories-missing')).toContainText('no approved story yet');
  await sec.getByRole('button', { name: 'Invite the owners of the champions and winners' }).click();
  await expect(sec.getByTestId('stories-invited')).toBeVisible();
  const row = sec.locator('[data-testid="story-row"][data-status="invited"]').first();
  const id = await row.getAttribute('data-submission');
  expect(id).toBeTruthy();
  // Who was invited to write it, from the captured mail.
  await sec.goto('/admin/mail');
  const mail = sec.locator('article.mail').filter({ has: sec.locator(`a[href$="/stories/${id}"]`) }).first();
  const owner = (await mail.getAttribute('data-to')) ?? '';
  expect(owner).toContain('@');

  // The owner (a demo account without a password) sets one, then writes without scripts.
  const home = await browser.newContext({ javaScriptEnabled: false });
  const page = await home.newPage();
  await page.goto('/forgot');
  await page.getByLabel('E-mail address').fill(owner);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText('If an account uses this address, a link is on its way.')).toBeVisible();
  await page.goto(await linkFromCapturedMail(browser, owner, '/reset?token='));
  await page.getByLabel('New password').fill('harmattan violet compass 88');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('Your password has been changed. Sign in with the new one.')).toBeVisible();
  await signIn(page, owner, 'harmattan violet compass 88');
  await expect(page.getByTestId('me')).toBeVisible();
  await page.goto(`/stories/${id}`);
  await expect(page.getByTestId('story-status')).toContainText('Invited');
  await page.getByLabel('The challenge').fill('Farmers had no prices. <b>Markets</b> were far.');
  await page.getByLabel('The solution').fill('Prices by SMS, every morning, in four languages.');
  // Sent without results: refused, what was typed kept.
  await page.getByTestId('story-send').click();
  await expect(page.getByText('This section is needed to send the story.')).toBeVisible();
  await expect(page.getByLabel('The challenge')).toHaveValue('Farmers had no prices. <b>Markets</b> were far.');
  await page.getByLabel('Results, with figures').fill('Incomes rose by 23 % for 41,000 farmers.');
  await page.getByTestId('story-send').click();
  await expect(page.getByTestId('story-done')).toContainText('sent to the secretariat');
  await expect(page.getByTestId('story-status')).toContainText('Sent for approval');

  // The secretariat asks for a change; the owner makes it and sends again.
  await sec.goto(`/stories/${id}`);
  await sec.getByLabel('What should change?').fill('Name the four languages.');
  await sec.getByTestId('story-ask').click();
  await expect(sec.getByTestId('story-done')).toContainText('asked for changes');
  await page.goto(`/stories/${id}`);
  await expect(page.getByTestId('story-changes-asked')).toContainText('Name the four languages.');
  await page.getByLabel('The solution').fill('Prices by SMS, every morning, in Hausa, Yoruba, Igbo and English.');
  await page.getByTestId('story-send').click();
  await expect(page.getByTestId('story-status')).toContainText('Sent for approval');
  await sec.goto(`/stories/${id}`);
  await sec.getByTestId('story-approve').click();
  await expect(sec.getByTestId('story-done')).toContainText('The story is approved');
  expect(await axeViolations(sec)).toEqual([]);
  await sec.goto(`/admin/stories?edition=${year}`);
  await expect(sec.locator(`[data-testid="story-row"][data-submission="${id}"]`)).toHaveAttribute('data-status', 'approved');
  // Published: the project's page tells it, the markup typed shown as text.
  await page.goto(`/projects/${id}`);
  await expect(page.getByTestId('project-story')).toContainText('Farmers had no prices. <b>Markets</b> were far.');
  await expect(page.getByTestId('project-story').locator('b')).toHaveCount(0);
  await home.close();
  await office.close();
});

test('a newcomer votes in every category over two visits, the second with the keyboard alone, and finds the receipt in the ledger', async ({ browser }) => {
  // The vote opens today.
  await moveCalendar(browser, [[-60, -30], [-30, -1], [-1, 30], [30, 40], [40, 200]], 'The public vote opens');
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `voter-${Date.now()}@example.org`;
  await newConfirmedAccount(page, browser, email, 'Wanjiru Voter');

  // First visit: the ballot lists every category; half of them are voted in.
  await page.goto('/vote');
  const categories = await page.getByTestId('ballot-category').count();
  expect(categories).toBe(18);
  await expect(page.getByTestId('vote-progress')).toHaveText('You have voted in 0 of 18 categories.');
  // No choice made: the category's form says so, and nothing is recorded.
  const first = page.getByTestId('ballot-category').first();
  const firstCode = (await first.getAttribute('id')) ?? '';
  await first.getByRole('button', { name: `Vote in ${firstCode}` }).click();
  await expect(page.getByText('Choose a nominee before voting.')).toBeVisible();
  await voteIn(page, 9);
  await expect(page.getByTestId('vote-progress')).toHaveText('You have voted in 9 of 18 categories.');
  await expect(page.getByTestId('vote-left').locator('li')).toHaveCount(9);
  const receipt = (await page.getByTestId('receipt').first().textContent())?.trim() ?? '';
  expect(receipt).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await context.close();

  // Second visit, another browser with scripts on: the ballot remembers; the rest is voted
  // in, and the ballot is complete.
  const later = await browser.newContext();
  const again = await later.newPage();
  await signIn(again, email, 'saffron pelican harbour 31');
  await expect(again.getByTestId('me')).toBeVisible();
  await again.goto('/vote');
  await expect(again.getByTestId('vote-progress')).toHaveText('You have voted in 9 of 18 categories.');
  const axe = await new AxeBuilder({ page: again }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 2).join(', ')}`)).toEqual([]);
  // The rest with the keyboard alone.
  await voteWithKeyboard(again, 9);
  await expect(again.getByTestId('vote-complete')).toHaveText('Voting complete: you have voted in every category. Thank you.');
  await later.close();

  // The vote closes; the secretariat fixes the results.
  await moveCalendar(browser, [[-90, -60], [-60, -30], [-30, -1], [-1, 30], [30, 200]], 'The public vote is over');
  const office = await browser.newContext();
  const admin = await office.newPage();
  await signIn(admin, SECRETARIAT.email, SECRETARIAT.password);
  await expect(admin.getByTestId('me')).toBeVisible();
  await admin.goto('/admin/vote');
  await expect(admin.getByTestId('vote-figures')).toContainText('18');
  await admin.getByRole('button', { name: 'Fix the results' }).click();
  await expect(admin.getByText('The results are final')).toBeVisible();
  await expect(admin.getByTestId('results-final')).toContainText('18 valid votes of 18 cast');
  await office.close();

  // Published: anyone checks the receipt.
  await moveCalendar(browser, [[-100, -80], [-80, -60], [-60, -30], [-30, -1], [-1, 200]], 'The winners are published');
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const anyone = await visitor.newPage();
  await anyone.goto('/vote/receipt');
  await anyone.getByLabel('Receipt').fill(receipt.toUpperCase());
  await anyone.getByRole('button', { name: 'Check' }).click();
  await expect(anyone.getByTestId('receipt-result')).toContainText('It counted.');
  await anyone.goto('/vote/receipt?receipt=0000-0000-0000-0000-0000-0000-0000-0000');
  await expect(anyone.getByTestId('receipt-result')).toHaveText('No vote has this receipt.');
  // The results, from the home page: every category's count, and the ledger to check it.
  await anyone.goto('/');
  await anyone.getByRole('link', { name: 'See the results of the vote' }).click();
  await expect(anyone.getByTestId('results-summary')).toContainText('18 valid votes of 18 cast');
  await expect(anyone.getByTestId('results-category')).toHaveCount(18);
  const download = anyone.waitForEvent('download');
  await anyone.getByTestId('ledger-download').click();
  const ledger = await download;
  expect(ledger.suggestedFilename()).toMatch(/^wsis-prizes-\d{4}-ledger\.jsonl$/);
  await visitor.close();
});
