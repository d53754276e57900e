import { expect, test } from '@playwright/test';
import { SECRETARIAT } from './helpers';

test.use({ javaScriptEnabled: false });

test('signing in works without JavaScript, and a failed attempt keeps the address and says why', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(SECRETARIAT.email);
  await page.getByLabel('Password', { exact: true }).fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert')).toContainText('Some fields need your attention.');
  await expect(page.getByText('The e-mail address or the password is not right.')).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue(SECRETARIAT.email);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');

  await page.getByLabel('Password', { exact: true }).fill(SECRETARIAT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('me')).toHaveText('WSIS Secretariat');

  await page.locator('.main-nav form button').click();
  await expect(page.locator('.main-nav a[href="/login"]')).toBeVisible();
});

test('registering without JavaScript shows each message next to its field and keeps what was typed', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('E-mail address').fill('not an address');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Your name').fill('Ivan <script>alert(1)</script> Petrov');
  await page.getByLabel('Organisation', { exact: true }).fill('Rostelecom');
  await page.getByRole('button', { name: 'Create my account' }).click();

  await expect(page.getByText('This is not a valid e-mail address.')).toBeVisible();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(page.getByText('Choose a country.')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('Ivan <script>alert(1)</script> Petrov');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Rostelecom');
  await page.screenshot({ path: 'test-results/register-errors-nojs.png', fullPage: true });
});
