import { expect, test } from '@playwright/test';
import { PASSWORD, collectPageErrors, confirmThroughSignIn } from './helpers';

test('a newcomer registers, confirms the address, signs in, reads the site in Arabic and signs out', async ({ page, browser }) => {
  const errors = collectPageErrors(page);
  const email = `newcomer-${Date.now()}@example.org`;

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('WSIS Prizes');
  await expect(page.getByTestId('standing')).toContainText('Submission of projects is open until');
  await page.getByRole('link', { name: 'Register' }).click();

  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Your name').fill('Awa Ndiaye');
  await page.getByLabel('Organisation', { exact: true }).fill('Sénégal Numérique SA');
  await page.getByLabel('Country of the organisation').selectOption('SN');
  await page.getByLabel('Stakeholder type').selectOption('business_sector');
  // The terms are one click away, and accepting them is asked for.
  await expect(page.getByRole('link', { name: 'Privacy notice' }).first()).toHaveAttribute('href', '/privacy');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByText('Accept the terms of use to create an account.')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('I have read the privacy notice and accept the terms of use.').check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your mailbox' })).toBeVisible();

  // The link asks to sign in first: the address is confirmed by the one who knows the password.
  await confirmThroughSignIn(page, browser, email, PASSWORD);
  await expect(page.getByTestId('me')).toHaveText('Awa Ndiaye');
  await page.getByTestId('me').click();
  await expect(page.getByText('ITU region: Africa')).toBeVisible();

  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.screenshot({ path: 'test-results/home-arabic.png', fullPage: true });

  await page.locator('.main-nav form button').click();
  await expect(page.locator('.main-nav a[href="/login"]')).toBeVisible();
  await expect(page.getByTestId('me')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the home page and a category page render in French from Accept-Language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('standing')).toContainText('Soumission des projets : ouverte jusqu');
  await page.getByRole('link', { name: /C7\.4/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Catégorie C7.4')).toBeVisible();
  await page.screenshot({ path: 'test-results/category-french.png', fullPage: true });
  expect(errors).toEqual([]);
  await context.close();
});
