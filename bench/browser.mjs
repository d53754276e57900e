// The browser side of `make bench`, against a running release server:
//   - per page type, on an emulated 3G link (1.6 Mbit/s down, 750 kbit/s up, 150 ms round
//     trip), an empty cache: the time from navigation until the page is usable with its
//     script loaded (the load event, and the last script or wasm received);
//   - the script (JS + wasm) bytes a first visit downloads, as sent.
// Usage: node bench/browser.mjs http://127.0.0.1:3200 (Chromium from CHROMIUM or Debian).
import { createRequire } from 'node:module';

const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const base = process.argv[2] ?? 'http://127.0.0.1:3200';
const secretariat = {
  email: process.env.BENCH_SECRETARIAT_EMAIL ?? 'secretariat@itu.example',
  password: process.env.BENCH_SECRETARIAT_PASSWORD ?? 'granite orchard lantern 2027',
};
const password = 'saffron pelican harbour 31';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function signIn(page, email, pass) {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(pass);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('me').waitFor();
}

/** An owner with a draft: registered, confirmed through the captured mail, signed in. */
async function ownerWithDraft() {
  const email = `bench-${Date.now()}@example.org`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/register`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Your name').fill('Bench Owner');
  await page.getByLabel('Organisation', { exact: true }).fill('Bench Trust');
  await page.getByLabel('Country of the organisation').selectOption('KE');
  await page.getByLabel('Stakeholder type').selectOption('civil_society');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('heading', { name: 'Check your mailbox' }).waitFor();

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, secretariat.email, secretariat.password);
  await adminPage.goto(`${base}/admin/mail`);
  const href = await adminPage
    .locator(`article.mail[data-to="${email}"]`).first()
    .locator('a[href*="/confirm?token="]').first().getAttribute('href');
  await admin.close();

  await page.goto(href);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('your e-mail address is confirmed').waitFor();
  await page.goto(`${base}/submissions`);
  await page.getByLabel('Category').selectOption('C3');
  await page.getByRole('button', { name: 'Start a draft' }).click();
  await page.getByLabel('Project title').waitFor();
  const draft = new URL(page.url()).pathname;
  const state = await context.storageState();
  await context.close();
  return { draft, state };
}

/** One first visit on 3G: milliseconds until usable with its script, and script bytes. */
async function onSlowLink(path, storageState) {
  const context = await browser.newContext(storageState ? { storageState } : {});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  let scriptBytes = 0;
  const pending = [];
  page.on('requestfinished', (req) => {
    if (/\.(js|wasm)$/.test(new URL(req.url()).pathname)) {
      pending.push(req.sizes().then((s) => { scriptBytes += s.responseBodySize; }));
    }
  });
  await page.goto(`${base}${path}`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
  await Promise.all(pending);
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => /\.(js|wasm)$/.test(new URL(r.name).pathname))
      .map((r) => r.responseEnd);
    return Math.round(Math.max(nav.loadEventEnd, ...scripts));
  });
  await context.close();
  return { ms, scriptBytes };
}

const { draft, state } = await ownerWithDraft();
const pages = [
  ['home', '/'],
  ['category', '/categories/C7.4'],
  ['sign in', '/login'],
  ['register', '/register'],
  ['forgotten password', '/forgot'],
  ['submission form (signed in)', draft, state],
];
console.log('3G (1.6 Mbit/s down, 150 ms RTT), empty cache: usable with its script loaded');
for (const [name, path, storage] of pages) {
  const { ms, scriptBytes } = await onSlowLink(path, storage);
  console.log(`  ${name.padEnd(30)} ${String(ms).padStart(6)} ms   script ${String(scriptBytes).padStart(7)} bytes as sent`);
}
await browser.close();
