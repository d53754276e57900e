// The secretariat's journeys. Opening the public vote closes the submission phase that the
// other journeys need, so the calendar is put back as it was found, whatever the outcome:
// the journeys run in any order.
import { expect, test, type Page } from '@playwright/test';
import { PAYLOADS, SECRETARIAT, collectPageErrors, signIn, trap } from './helpers';

/** `YYYY-MM-DDTHH:MM` in UTC, as a datetime-local input takes it. */
function utc(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 16);
}

const PHASES = ['submission', 'screening', 'voting', 'selection', 'publication'];

/** The calendar form's fields as found, to put back after the journey. */
let calendarAsFound: Record<string, string> | null = null;

async function readCalendar(page: Page): Promise<Record<string, string>> {
  const found: Record<string, string> = { time_zone: await page.getByLabel('Time zone').inputValue() };
  for (const phase of PHASES) {
    for (const end of ['opens', 'closes']) {
      found[`${phase}_${end}`] = await page.locator(`#field-${phase}_${end}`).inputValue();
    }
  }
  return found;
}

test.afterAll(async ({ browser }) => {
  if (!calendarAsFound) return;
  const page = await browser.newPage();
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  await page.goto('/admin/edition');
  await page.getByLabel('Time zone').fill(calendarAsFound.time_zone);
  for (const phase of PHASES) {
    for (const end of ['opens', 'closes']) {
      await page.locator(`#field-${phase}_${end}`).fill(calendarAsFound[`${phase}_${end}`]);
    }
  }
  await page.getByLabel('Reason for the change').fill('The calendar as it was before the journey');
  await page.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(page.getByText('The calendar has been saved.')).toBeVisible();
  await page.close();
});

test('the secretariat opens the public vote in the calendar and the home page shows the new phase', async ({ page }) => {
  const errors = collectPageErrors(page);
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  await page.getByRole('link', { name: 'Secretariat', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await page.getByRole('link', { name: 'Edition and calendar' }).click();
  await expect(page.getByRole('heading', { name: 'Edition and calendar' })).toBeVisible();
  calendarAsFound = await readCalendar(page);

  await page.getByLabel('Time zone').fill('UTC');
  const dates: Record<string, [number, number]> = {
    submission: [-40, -30],
    screening: [-30, -2],
    voting: [-2, 20],
    selection: [20, 30],
    publication: [30, 200],
  };
  for (const [phase, [opens, closes]] of Object.entries(dates)) {
    await page.locator(`#field-${phase}_opens`).fill(utc(opens));
    await page.locator(`#field-${phase}_closes`).fill(utc(closes));
  }
  // Without a reason the change of opened phases is refused, and nothing is saved.
  await page.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(page.getByText('A phase that has already opened is changing: give a reason.')).toBeVisible();

  await page.getByLabel('Reason for the change').fill('Public voting opens early by decision of the secretariat');
  await page.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(page.getByText('The calendar has been saved.')).toBeVisible();
  await page.screenshot({ path: 'test-results/calendar.png', fullPage: true });

  await page.goto('/');
  await expect(page.getByTestId('standing')).toContainText('Public online voting is open until');

  await page.goto('/admin/audit');
  await expect(page.getByText('edition.calendar.update').first()).toBeVisible();
  await expect(page.getByText('Public voting opens early by decision of the secretariat')).toBeVisible();
  await expect(page.getByText('The chain of audit entries is intact.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the secretariat adds a special prize with two winners and it appears on the home page', async ({ page }) => {
  const errors = collectPageErrors(page);
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  await page.goto('/admin/categories');
  await expect(page.getByRole('heading', { name: 'Categories', exact: true })).toBeVisible();
  // The 18 action lines, and any category another journey added before this one.
  const before = await page.locator('details.category-edit').count();
  expect(before).toBeGreaterThanOrEqual(18);

  await page.locator('#c0-code').fill('SR');
  await page.locator('#c0-number').fill('19');
  await page.locator('#c0-winners').fill('2');
  await page.locator('#c0-title_en').fill('Special Recognition');
  await page.locator('#c0-description_en').fill('Projects of exceptional merit beyond the action lines.');
  await page.locator('#c0-title_fr').fill('Mention spéciale');
  await page.locator('#c0-reason').fill('Decided by the WSIS secretariat for this edition');
  await page.locator('#c0-reason').press('Enter');
  await expect(page.getByText('The category has been saved.').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('details.category-edit')).toHaveCount(before + 1);
  await page.screenshot({ path: 'test-results/categories.png', fullPage: false });

  await page.goto('/');
  const card = page.locator('.category-card', { hasText: 'Special Recognition' });
  await expect(card).toContainText('SR');
  await expect(card).toContainText('2 winner(s)');
  expect(errors).toEqual([]);
});

test('a category titled with markup is shown as text in the page and in its title', async ({ page }) => {
  const caught = trap(page);
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  await page.goto('/admin/categories');
  const title = `Hostile ${PAYLOADS[2]}`;
  await page.locator('#c0-code').fill('HX');
  await page.locator('#c0-number').fill('30');
  await page.locator('#c0-title_en').fill(title);
  await page.locator('#c0-description_en').fill(PAYLOADS[0]);
  await page.locator('#c0-title_fr').fill('Hostile');
  await page.locator('#c0-reason').fill('A test of hostile titles');
  await page.locator('#c0-reason').press('Enter');
  await expect(page.getByText('The category has been saved.').first()).toBeVisible();
  await page.goto('/categories/HX');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('.lead')).toHaveText(PAYLOADS[0]);
  await page.goto('/admin/categories');
  await page.locator('details.category-edit', { hasText: 'HX' }).locator('summary').click();
  await expect(page.locator('details.category-edit', { hasText: 'HX' }).locator('textarea').first()).toHaveValue(PAYLOADS[0]);
  expect(caught.dialogs).toEqual([]);
  expect(caught.serverErrors).toEqual([]);
});

test('the secretariat starts the next edition, with and without JavaScript, and a broken date comes back', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
    await expect(page.getByTestId('me')).toBeVisible();
    await page.goto('/admin/editions');
    const form = page.getByTestId('editions-start');
    const heading = (await page.locator('#start-next').textContent()) ?? '';
    const year = heading.match(/\d{4}/)?.[0] ?? '';
    expect(year, heading).not.toEqual('');
    await expect(page.locator(`tr[data-year="${year}"]`)).toHaveCount(0);
    // The proposed calendar is there to edit: a broken date is refused with its message.
    const opens = await form.locator('#field-voting_opens').inputValue();
    expect(opens.startsWith(year) || opens.startsWith(String(Number(year) - 1))).toBeTruthy();
    await form.locator('#field-voting_opens').fill('');
    await form.getByRole('button', { name: 'Start the edition' }).click();
    await expect(page.getByText('Enter a date and time.')).toBeVisible();
    await page.locator('#field-voting_opens').fill(opens);
    await page.getByTestId('editions-start').getByRole('button', { name: 'Start the edition' }).click();
    await expect(page.getByTestId('editions-done')).toContainText(`The ${year} edition has started.`);
    await expect(page.locator(`tr[data-year="${year}"]`)).toHaveCount(1);
    // The next form proposes the year after.
    await expect(page.locator('#start-next')).toContainText(String(Number(year) + 1));
    expect(errors).toEqual([]);
    await context.close();
  }
});
