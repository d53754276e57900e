import { AxeBuilder } from '@axe-core/playwright';
import { BrowserContext, Page, expect, test } from '@playwright/test';
import { SECRETARIAT, newConfirmedAccount, signIn, startDraft } from './helpers';

// axe-core finds no WCAG 2.2 AA violation on any page type, in English and in Arabic (right
// to left), signed out, as an owner and as the secretariat.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, path: string): Promise<string[]> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(500);
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(result.passes.length, `${path}: axe checked the page`).toBeGreaterThan(10);
  return result.violations.map(
    (v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

async function inLanguage(context: BrowserContext, lang: string) {
  const page = await context.newPage();
  await page.goto(`/lang/${lang}?next=/`);
  await page.close();
}

async function check(context: BrowserContext, paths: string[]) {
  const found: string[] = [];
  for (const lang of ['en', 'ar']) {
    await inLanguage(context, lang);
    const page = await context.newPage();
    for (const path of paths) found.push(...(await violations(page, path)).map((v) => `[${lang}] ${v}`));
    await page.close();
  }
  expect(found).toEqual([]);
}

test('public pages have no WCAG 2.2 AA violation, in English and Arabic', async ({ browser }) => {
  // Twenty page types, twice: more than the default minute.
  test.setTimeout(180_000);
  const context = await browser.newContext();
  await check(context, ['/', '/categories/C7.4', '/login', '/register', '/forgot', '/reset?token=x', '/confirm?token=x', '/invitations?token=x', '/draw', '/review/join?token=x', '/vote/receipt', '/vote/receipt?receipt=0123', '/vote/results', '/statistics', '/gallery', '/gallery?q=digital&region=africa', '/book', '/privacy', '/terms', '/mail/stop?key=x', '/problem', '/no-such-page']);
  await context.close();
});

test('a chart reads the same in Arabic: each label stands clear of its bar', async ({ browser }) => {
  // A right-to-left page would anchor the labels of a chart drawn left to right on the wrong
  // side, under the bars.
  const context = await browser.newContext();
  await inLanguage(context, 'ar');
  const page = await context.newPage();
  await page.goto('/statistics');
  const rows = page.locator('[data-testid="stats-regions"] svg g');
  expect(await rows.count()).toBeGreaterThan(5);
  for (const row of await rows.all()) {
    const label = await row.locator('text').first().boundingBox();
    const bar = await row.locator('rect').boundingBox();
    expect(label && bar, 'a label and a bar').toBeTruthy();
    expect(label!.x + label!.width).toBeLessThanOrEqual(bar!.x + 1);
    expect(label!.width).toBeGreaterThan(10);
  }
  await context.close();
});

test("an owner's pages have no WCAG 2.2 AA violation, in English and Arabic", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await newConfirmedAccount(page, browser, `access-${Date.now()}@example.org`, 'Access Owner');
  const draft = await startDraft(page, 'C4');
  await page.close();
  await check(context, ['/', '/submissions', draft, '/account', '/vote']);
  await context.close();
});

test("the secretariat's pages have no WCAG 2.2 AA violation, in English and Arabic", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  await page.close();
  await check(context, ['/admin/screening', '/admin/registry', '/admin/accounts', '/admin/edition', '/admin/editions', '/admin/categories', '/admin/mail', '/admin/audit', '/admin/review', '/admin/review/shortlisting', '/admin/review/shortlisting/C7.4', '/admin/review/selection', '/admin/review/selection/C7.4', '/admin/vote', '/admin/stories']);
  await context.close();
});
