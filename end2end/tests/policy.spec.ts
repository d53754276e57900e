import { Page, expect, test } from '@playwright/test';
import { SECRETARIAT, collectPageErrors, newConfirmedAccount, signIn, startDraft } from './helpers';

// With JavaScript on, no page type trips its Content-Security-Policy: the hydration loader
// carries the page's nonce, the wasm compiles under 'wasm-unsafe-eval', and nothing else is
// inline.

async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Visits each path, waits for the page to hydrate, and collects any violation. */
async function visitAll(page: Page, paths: string[], violations: () => Promise<string[]>) {
  const found: string[] = [];
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.headers()['content-security-policy'] ?? '', path).toContain("'nonce-");
    await page.waitForLoadState('networkidle');
    for (const v of await violations()) found.push(`${path}: ${v}`);
  }
  return found;
}

test('no page type trips the content security policy, signed out, as an owner and as the secretariat', async ({ page, browser }) => {
  const errors = collectPageErrors(page);
  const violations = await watchPolicy(page);
  const signedOut = await visitAll(
    page,
    ['/', '/categories/C7.4', '/login', '/register', '/forgot', '/reset?token=x', '/confirm?token=x', '/invitations?token=x', '/problem', '/no-such-page'],
    violations,
  );
  expect(signedOut).toEqual([]);

  await newConfirmedAccount(page, browser, `policy-${Date.now()}@example.org`, 'Policy Owner');
  const draft = await startDraft(page, 'C2');
  const owner = await visitAll(page, ['/account', '/submissions', draft], violations);
  expect(owner).toEqual([]);

  const context = await browser.newContext();
  const sec = await context.newPage();
  const secViolations = await watchPolicy(sec);
  const secErrors = collectPageErrors(sec);
  await signIn(sec, SECRETARIAT.email, SECRETARIAT.password);
  await expect(sec.getByTestId('me')).toBeVisible();
  const back = await visitAll(
    sec,
    ['/admin/screening', '/admin/registry', '/admin/accounts', '/admin/edition', '/admin/editions', '/admin/categories', '/admin/mail', '/admin/audit'],
    secViolations,
  );
  expect(back).toEqual([]);
  await context.close();
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  expect(secErrors).toEqual([]);
});
