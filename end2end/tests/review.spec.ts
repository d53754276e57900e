// The expert review journey: the secretariat sets up the shortlisting round and assigns two
// experts; both score (one of them without JavaScript), one declares a conflict; the
// secretariat reads the ranking and confirms the nominees. Opening the round moves the
// calendar into screening, which closes the submission phase the other journeys need, so
// the calendar is put back as it was found, whatever the outcome.
import { AxeBuilder } from '@axe-core/playwright';
import { Browser, BrowserContext, expect, test, type Page } from '@playwright/test';
import {
  PASSWORD, SECRETARIAT, allowScreeningDuringSubmission, collectPageErrors, linkFromCapturedMail,
  newConfirmedAccount, signIn, startDraft, words,
} from './helpers';

const PHASES = ['submission', 'screening', 'voting', 'selection', 'publication'];
const CATEGORY = 'C8';
const run = Date.now() % 100000;

/** `YYYY-MM-DDTHH:MM` in UTC, as a datetime-local input takes it. */
function utc(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 16);
}

let calendarAsFound: Record<string, string> | null = null;

async function secretariat(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  return { context, page };
}

async function saveCalendar(page: Page, fields: Record<string, string>, reason: string) {
  await page.goto('/admin/edition');
  await page.getByLabel('Time zone').fill(fields.time_zone);
  for (const phase of PHASES) {
    for (const end of ['opens', 'closes']) {
      await page.locator(`#field-${phase}_${end}`).fill(fields[`${phase}_${end}`]);
    }
  }
  await page.getByLabel('Reason for the change').fill(reason);
  await page.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(page.getByText('The calendar has been saved.')).toBeVisible();
}

test.afterAll(async ({ browser }) => {
  if (!calendarAsFound) return;
  const { context, page } = await secretariat(browser);
  await saveCalendar(page, calendarAsFound, 'The calendar as it was before the review journey');
  await context.close();
});

/** An owner sends a complete submission in the journey's category; the secretariat finds it eligible. */
async function eligibleEntry(browser: Browser, title: string, organisation: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await newConfirmedAccount(page, browser, `owner-${organisation.toLowerCase().replace(/\W/g, '')}-${run}@example.org`, 'Owner');
  await startDraft(page, CATEGORY);
  await page.getByLabel('Project title').fill(title);
  await page.getByLabel('Organisation (entity)').fill(organisation);
  await page.getByLabel('Short description (what voters read)').fill(words(170));
  await page.getByLabel('WSIS action lines').fill(CATEGORY);
  await page.getByLabel('Sustainable Development Goals').fill('4, 9');
  await page.getByLabel('Qualitative impact').fill('Local newsrooms publish in three languages.');
  await page.getByLabel('Quantitative impact').fill('2.1 million readers a month.');
  await page.getByLabel('Partnerships').fill('Two universities and a press council.');
  await page.getByLabel('Challenges and future plans').fill('Funding beyond 2027; two more regions.');
  await page.getByLabel('Start date').fill('2021-03');
  await page.getByLabel('Project status').selectOption('completed');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await page.getByRole('button', { name: 'Send my submission' }).click();
  await context.close();

  const sec = await secretariat(browser);
  await allowScreeningDuringSubmission(sec.page);
  await sec.page.goto('/admin/screening');
  await sec.page.getByRole('link', { name: title }).click();
  await sec.page.getByLabel('Decision', { exact: true }).selectOption('eligible');
  await sec.page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(sec.page.getByText('The decision has been recorded and the owners told.')).toBeVisible();
  await sec.context.close();
}

/**
 * A person invited to the expert group. With an account already, they sign in and accept;
 * without one, they create it on the invitation page, which signs them in.
 */
async function joinedExpert(browser: Browser, email: string, name: string, javaScriptEnabled: boolean, hasAccount: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  if (hasAccount) await newConfirmedAccount(page, browser, email, name);
  await page.goto(await linkFromCapturedMail(browser, email, '/review/join?token='));
  if (hasAccount) {
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
  } else {
    await expect(page.getByRole('heading', { name: 'Create your expert account' })).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Organisation', { exact: true }).fill('Panel of Independent Reviewers');
    await page.getByLabel('Country of the organisation').selectOption('CH');
    await page.getByLabel('Stakeholder type').selectOption('academia');
    await page.getByLabel('I have read the privacy notice and accept the terms of use.').check();
    await page.getByRole('button', { name: 'Create the account and join' }).click();
    // A weak password is refused with what was typed kept.
    await expect(page.locator('#field-password-error')).not.toBeEmpty();
    await expect(page.getByLabel('Your name')).toHaveValue(name);
    await expect(page.getByLabel('I have read the privacy notice and accept the terms of use.')).toBeChecked();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create the account and join' }).click();
  }
  await expect(page.getByText('Welcome to the expert group.')).toBeVisible();
  await expect(page.getByTestId('me')).toHaveText(name);
  return page;
}

async function scoreAll(page: Page, value: string, comment: string) {
  for (const input of await page.locator('.score-sheet input[name^="scores["]').all()) {
    await input.fill(value);
  }
  await page.getByLabel('Comment (optional)').fill(comment);
  await page.getByRole('button', { name: /Send my review|Revise my review/ }).click();
  await expect(page.getByTestId('review-saved')).toBeVisible();
  // Every criterion at the same share of its scale: the weighted total is that share of 100.
  await expect(page.getByTestId('review-total')).toContainText(`${(Number(value) * 10).toFixed(1)} out of 100`);
}

test('the secretariat sets up a round, two experts score (one without JavaScript, one declaring a conflict), and the nominees are confirmed', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  const titles = [`Newsroom Commons ${run}`, `Radio Schools ${run}`];
  await eligibleEntry(browser, titles[0], `Newsroom Commons ${run}`);
  await eligibleEntry(browser, titles[1], `Radio Schools ${run}`);

  // The secretariat invites two experts.
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  const experts = [`ana-${run}@panel.example`, `ben-${run}@panel.example`];
  for (const email of experts) {
    await page.goto('/admin/review');
    await expect(page.getByRole('heading', { name: 'Expert review' })).toBeVisible();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(page.getByText('The invitation has been sent.')).toBeVisible();
  }
  const ana = await joinedExpert(browser, experts[0], 'Ana Expert', true, true);
  const ben = await joinedExpert(browser, experts[1], 'Ben Expert', false, false);
  // Ana declares her ties; an unknown country is refused with a message.
  await ana.getByLabel('Countries you are tied to').fill('Atlantis');
  await ana.getByRole('button', { name: 'Save my ties' }).click();
  await expect(ana.getByText('Write each country as its two-letter ISO code')).toBeVisible();
  await ana.getByLabel('Countries you are tied to').fill('FR');
  await ana.getByRole('button', { name: 'Save my ties' }).click();
  await expect(ana.getByText('Your ties have been saved.')).toBeVisible();

  // The round: two reviews per entry, both experts on the category, then assignment.
  await page.goto('/admin/review/shortlisting');
  await page.getByLabel('Reviews per entry').fill('2');
  await page.getByRole('button', { name: 'Save the round' }).click();
  await expect(page.getByTestId('round-notice')).toHaveText('The round has been saved.');
  for (const email of experts) {
    await page.getByLabel("Expert's e-mail address").fill(email);
    await page.locator('#add-expert-category').fill(CATEGORY);
    await page.getByRole('button', { name: 'Add to the category' }).click();
    await expect(page.getByTestId('round-notice')).toHaveText('The expert now reviews that category.');
  }
  await page.getByRole('button', { name: 'Assign the entries' }).click();
  await expect(page.getByTestId('round-notice')).toHaveText('Assignments added: 4.');

  // Screening opens now: the round is open.
  await page.goto('/admin/edition');
  const found: Record<string, string> = { time_zone: await page.getByLabel('Time zone').inputValue() };
  for (const phase of PHASES) {
    for (const end of ['opens', 'closes']) {
      found[`${phase}_${end}`] = await page.locator(`#field-${phase}_${end}`).inputValue();
    }
  }
  calendarAsFound = found;
  const dates: Record<string, [number, number]> = {
    submission: [-40, -1],
    screening: [-1, 20],
    voting: [20, 40],
    selection: [40, 50],
    publication: [50, 200],
  };
  const open: Record<string, string> = { time_zone: 'UTC' };
  for (const [phase, [opens, closes]] of Object.entries(dates)) {
    open[`${phase}_opens`] = utc(opens);
    open[`${phase}_closes`] = utc(closes);
  }
  await saveCalendar(page, open, 'The expert panel scores from today');

  // Ana (JavaScript on) scores the first entry and declares a conflict on the second.
  await ana.goto('/review');
  await expect(ana.getByTestId('review-entry')).toHaveCount(2);
  await ana.getByRole('link', { name: titles[0] }).click();
  await expect(ana.getByRole('heading', { name: titles[0] })).toBeVisible();
  for (const input of await ana.locator('.score-sheet input[name^="scores["]').all()) await input.fill('11');
  await ana.getByRole('button', { name: 'Send my review' }).click();
  await expect(ana.getByText("This score is outside the criterion's scale.").first()).toBeVisible();
  await scoreAll(ana, '8.5', 'Strong reach, clear figures.');
  await ana.goto('/review');
  await ana.getByRole('link', { name: titles[1] }).click();
  await ana.getByLabel('What ties you to it').fill('I advised this radio network.');
  await ana.getByRole('button', { name: 'Declare a conflict' }).click();
  await expect(ana.getByText('The conflict is recorded')).toBeVisible();
  await expect(ana.getByTestId('review-entry')).toHaveCount(1);

  // Ben (no JavaScript) scores both, and revises one.
  await ben.goto('/review');
  await ben.getByRole('link', { name: titles[0] }).click();
  await expect(ben.locator('body')).not.toContainText('Strong reach, clear figures.');
  await scoreAll(ben, '7', 'Good.');
  await ben.goto('/review');
  await ben.getByRole('link', { name: titles[1] }).click();
  await scoreAll(ben, '6', 'Promising.');
  await scoreAll(ben, '6.5', 'Promising, on a second reading.');
  await expect(ben.getByText('Sent 2 times; every version is kept.')).toBeVisible();
  await ben.goto('/review');
  await expect(ben.getByTestId('review-progress')).toContainText('2 of 2 sent');

  // The expert's pages meet WCAG 2.2 AA, in English and in Arabic.
  const sheet = new URL(ana.url()).pathname;
  await ana.goto('/review');
  const sheetPath = await ana.getByRole('link', { name: titles[0] }).getAttribute('href');
  const axeFound: string[] = [];
  for (const lang of ['en', 'ar']) {
    await ana.goto(`/lang/${lang}?next=/`);
    for (const path of ['/review', '/review/ties', sheetPath ?? sheet]) {
      await ana.goto(path);
      const result = await new AxeBuilder({ page: ana })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      axeFound.push(...result.violations.map((v) => `[${lang}] ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
    }
  }
  await ana.goto('/lang/en?next=/');
  expect(axeFound).toEqual([]);

  // The secretariat: the conflicted entry is short of a reviewer; the ranking; the nominees.
  await page.goto('/admin/review/shortlisting');
  await page.getByRole('button', { name: 'Assign the entries' }).click();
  await expect(page.getByTestId('round-short')).toContainText(titles[1]);
  await page.goto(`/admin/review/shortlisting/${CATEGORY}`);
  const rows = page.getByTestId('ranking-row');
  await expect(rows.first()).toContainText(titles[0]);
  await expect(page.getByTestId('ranking')).toContainText('one review missing');
  await page.getByRole('button', { name: 'Confirm the nominees' }).click();
  await expect(page.getByTestId('nominees-confirmed')).toBeVisible();
  await expect(rows.filter({ hasText: titles[0] })).toContainText('nominee');
  await page.screenshot({ path: 'test-results/ranking.png', fullPage: true });
  await page.goto('/admin/audit');
  await expect(page.getByText('review.nominees_confirmed').first()).toBeVisible();
  await expect(page.getByText('review.conflict_declared').first()).toBeVisible();
  expect(errors).toEqual([]);
  void PASSWORD;
});
