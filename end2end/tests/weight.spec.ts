import { Browser, BrowserContext, Page, expect, test } from '@playwright/test';
import { SECRETARIAT, collectPageErrors, newConfirmedAccount, signIn, startDraft } from './helpers';

// What a first visit downloads: the script and wasm of every page type, as sent (brotli),
// counted in a fresh browser with an empty cache. Pages without islands load none at all.

/** The budget of script (JS + wasm) a first visit may download, compressed as sent. */
const SCRIPT_BUDGET = 100_000;

type Download = { url: string; bytes: number; encoding?: string; cache?: string };

/** Records every script and wasm response of `page` with its size on the wire. */
function recordScripts(page: Page): Download[] {
  const seen: Download[] = [];
  page.on('requestfinished', async (req) => {
    const url = req.url();
    if (!/\.(js|wasm)(\?|$)/.test(url) && req.resourceType() !== 'script') return;
    const res = await req.response();
    const sizes = await req.sizes();
    seen.push({
      url,
      bytes: sizes.responseBodySize,
      encoding: res?.headers()['content-encoding'],
      cache: res?.headers()['cache-control'],
    });
  });
  return seen;
}

async function firstVisit(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const scripts = recordScripts(page);
  const res = await page.goto(path);
  // No book is published on this server: /book says so (404); the published book's page is
  // weighed in the voting journey, on the demo's past edition.
  expect(res?.status(), path).toBeLessThan(['/no-such-page', '/book'].includes(path) ? 500 : 400);
  await page.waitForLoadState('networkidle');
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`${path}: ${scripts.length} script files, ${total} bytes as sent`);
  return { page, scripts, total, errors };
}

/** Page types with no island: no script, no wasm. */
const PLAIN = ['/', '/categories/C7.4', '/vote/receipt', '/vote/results', '/statistics', '/gallery', '/book', '/privacy', '/terms', '/login', '/register', '/forgot', '/reset?token=x', '/confirm?token=x', '/draw', '/problem', '/no-such-page'];

test('public pages download no script and no wasm at all', async ({ browser }) => {
  for (const path of PLAIN) {
    const context = await browser.newContext();
    const { scripts, errors } = await firstVisit(context, path);
    expect(scripts, path).toEqual([]);
    expect(errors, path).toEqual([]);
    await context.close();
  }
});

async function ownerWithDraft(browser: Browser): Promise<{ context: BrowserContext; draft: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await newConfirmedAccount(page, browser, `weight-${Date.now()}@example.org`, 'Weight Owner');
  const draft = await startDraft(page, 'C3');
  await page.close();
  // A new context with the same session: an empty cache for the measured visit.
  const state = await context.storageState();
  await context.close();
  return { context: await browser.newContext({ storageState: state }), draft };
}

test('the submission form, the one page with islands, stays within the script budget', async ({ browser }) => {
  const { context, draft } = await ownerWithDraft(browser);
  const { page, scripts, total, errors } = await firstVisit(context, draft);
  const wasm = scripts.filter((s) => s.url.endsWith('.wasm'));
  expect(wasm.length, 'one wasm file').toBe(1);
  expect(total, JSON.stringify(scripts)).toBeLessThanOrEqual(SCRIPT_BUDGET);
  for (const s of scripts) {
    expect(s.encoding, s.url).toBe('br');
    expect(s.cache, s.url).toContain('immutable');
    // The name carries the content's hash: a new build is a new name.
    expect(s.url, s.url).toMatch(/\/pkg\/wsis-prizes\.[A-Za-z0-9_-]{8,}\.(js|wasm)$/);
  }

  // The islands are alive: the word count follows the typing.
  await page.getByLabel('Short description (what voters read)').fill('one two three');
  await expect(page.locator('#field-short_description-count')).toHaveText('3 words (between 150 and 200)');
  await page.getByLabel('Short description (what voters read)').fill('one');
  await expect(page.locator('#field-short_description-count')).toHaveText('1 word (between 150 and 200)');
  await expect(page.getByTestId('missing')).toContainText('Project title');
  await page.getByLabel('Project title').fill('Mobile records for mothers');
  await expect(page.getByTestId('missing')).not.toContainText('Project title');
  expect(errors).toEqual([]);

  // The other signed-in pages of the owner have no island.
  for (const path of ['/submissions', '/account']) {
    const other = await firstVisit(context, path);
    expect(other.scripts, path).toEqual([]);
  }
  await context.close();
});

test('back-office pages download no script either', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  for (const path of ['/admin/screening', '/admin/registry', '/admin/accounts', '/admin/edition', '/admin/categories', '/admin/audit']) {
    const { scripts } = await firstVisit(context, path);
    expect(scripts, path).toEqual([]);
  }
  await context.close();
});

test('the stylesheet is sent compressed and cached for a year under a hashed name', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(href).toMatch(/\/pkg\/wsis-prizes\.[A-Za-z0-9_-]{8,}\.css$/);
  const br = await request.get(href!, { headers: { 'accept-encoding': 'br' } });
  expect(br.status()).toBe(200);
  expect(br.headers()['content-encoding']).toBe('br');
  expect(br.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const gzip = await request.get(href!, { headers: { 'accept-encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(href!, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).toString()).toContain('.site-header');
});

test('the wasm carries no message catalogue: islands get their words from the page', async ({ page, request }) => {
  // The wasm is named in the submission form's loader only; its name is in the hash file's
  // place, so take it from the page that loads it.
  const { context, draft } = await ownerWithDraft(page.context().browser()!);
  const owner = await context.newPage();
  const wasmUrls: string[] = [];
  owner.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmUrls.push(r.url()); });
  await owner.goto(draft);
  await owner.waitForLoadState('networkidle');
  expect(wasmUrls.length).toBe(1);
  const wasm = await request.get(wasmUrls[0], { headers: { 'accept-encoding': 'identity' } });
  const bytes = await wasm.body();
  expect(bytes.length).toBeGreaterThan(10_000);
  const contains = (text: string) => bytes.includes(Buffer.from(text, 'utf8'));
  // An island's own code is in it...
  expect(contains('MissingList')).toBe(true);
  // ...but no message of any language: neither one an island shows nor one it never shows.
  for (const message of [
    'Tous les champs obligatoires sont remplis',
    'تم ملء جميع الحقول المطلوبة',
    'Everything required is filled in',
    'Se connecter',
    'تسجيل الدخول',
    "Des projets portés par des gouvernements",
  ]) {
    expect(contains(message), message).toBe(false);
  }
  await context.close();
});
