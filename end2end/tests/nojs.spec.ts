import { expect, test } from '@playwright/test';
import { PASSWORD, SECRETARIAT, confirmThroughSignIn, linkFromCapturedMail, signIn, words } from './helpers';

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
  await expect(page.getByText('Accept the terms of use to create an account.')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('Ivan <script>alert(1)</script> Petrov');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Rostelecom');
  await page.screenshot({ path: 'test-results/register-errors-nojs.png', fullPage: true });
});

// Every short form works as a plain HTML form: a failed post comes back as the same page (422),
// with what was typed (never a password) and the message next to its field.

async function registerAndConfirm(page: import('@playwright/test').Page, browser: import('@playwright/test').Browser, email: string, name: string) {
  await page.goto('/register');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Organisation', { exact: true }).fill('Plain Forms Association');
  await page.getByLabel('Country of the organisation').selectOption('GH');
  await page.getByLabel('Stakeholder type').selectOption('civil_society');
  await page.getByLabel('I have read the privacy notice and accept the terms of use.').check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your mailbox' })).toBeVisible();
  await confirmThroughSignIn(page, browser, email, PASSWORD);
}

test('the password is reset and changed, and the profile edited, without JavaScript', async ({ page, browser }) => {
  const email = `plain-${Date.now()}@example.org`;
  await registerAndConfirm(page, browser, email, 'Kofi Mensah');

  // Profile: a bad value comes back with the message and what was typed.
  await page.goto('/account');
  await page.getByLabel('Your name').fill('');
  await page.getByLabel('Organisation', { exact: true }).fill('Accra <b>Digital</b> Centre');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter your name.')).toBeVisible();
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Accra <b>Digital</b> Centre');
  expect(page.url()).not.toContain('Digital');
  await page.getByLabel('Your name').fill('Kofi A. Mensah');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Your profile has been saved.')).toBeVisible();
  await expect(page.getByTestId('me')).toHaveText('Kofi A. Mensah');

  // Change the password: a wrong current one is refused, then it works.
  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel('New password').fill('river baobab lantern 1957');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The e-mail address or the password is not right.')).toBeVisible();
  await expect(page.getByLabel('New password')).toHaveValue('');
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password').fill('river baobab lantern 1957');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed. Other devices have been signed out.')).toBeVisible();

  // Forgotten password, from a signed-out browser.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const other = await context.newPage();
  await other.goto('/forgot');
  await other.getByLabel('E-mail address').fill('not an address');
  await other.getByRole('button', { name: 'Send me a link' }).click();
  await expect(other.getByText('This is not a valid e-mail address.')).toBeVisible();
  await other.getByLabel('E-mail address').fill(email);
  await other.getByRole('button', { name: 'Send me a link' }).click();
  await expect(other.getByText('If an account uses this address, a link is on its way.')).toBeVisible();
  await other.goto(await linkFromCapturedMail(browser, email, '/reset?token='));
  await other.getByLabel('New password').fill('password1234');
  await other.getByRole('button', { name: 'Save the new password' }).click();
  await expect(other.getByRole('alert')).toBeVisible();
  await expect(other.getByLabel('New password')).toHaveValue('');
  await other.getByLabel('New password').fill('harmattan violet compass 88');
  await other.getByRole('button', { name: 'Save the new password' }).click();
  await expect(other.getByText('Your password has been changed. Sign in with the new one.')).toBeVisible();
  await signIn(other, email, 'harmattan violet compass 88');
  await expect(other.getByTestId('me')).toHaveText('Kofi A. Mensah');
  await context.close();
});

test('the owner invites and revokes, and the secretariat manages accounts, the calendar and screening, without JavaScript', async ({ page, browser }) => {
  const stamp = Date.now();
  const email = `plain-owner-${stamp}@example.org`;
  const title = `Plain Radio ${stamp % 100000}`;
  await registerAndConfirm(page, browser, email, 'Ama Owusu');

  // A draft, sent.
  await page.goto('/submissions');
  await page.getByLabel('Category').selectOption('C9');
  await page.getByRole('button', { name: 'Start a draft' }).click();
  await page.getByLabel('Project title').fill(title);
  await page.getByLabel('Organisation (entity)').fill(`Plain Radio Network ${stamp}`);
  await page.getByLabel('Short description (what voters read)').fill(words(170));
  await page.getByLabel('Action lines').fill('C9');
  await page.getByLabel('Sustainable Development Goals').fill('4, 16');
  await page.getByLabel('Qualitative impact').fill('Villages hear their own news.');
  await page.getByLabel('Quantitative impact').fill('Twelve stations.');
  await page.getByLabel('Partnerships').fill('Two universities.');
  await page.getByLabel('Challenges and future plans').fill('Power; ten more stations.');
  await page.getByLabel('Start date').fill('2021-03');
  await page.getByLabel('Project status').selectOption('completed');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('Your draft has been saved.')).toBeVisible();

  // Invitations: a bad address comes back with the message; a good one can be revoked.
  await page.getByLabel('Invite a co-owner (e-mail address)').fill('not an address');
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(page.getByText('This is not a valid e-mail address.')).toBeVisible();
  await expect(page.getByLabel('Invite a co-owner (e-mail address)')).toHaveValue('not an address');
  await page.getByLabel('Invite a co-owner (e-mail address)').fill(`maybe-${stamp}@example.org`);
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(page.getByText('The invitation has been sent.')).toBeVisible();
  await expect(page.locator('.people')).toContainText(`maybe-${stamp}@example.org`);
  await page.locator('.people li', { hasText: `maybe-${stamp}@example.org` }).getByRole('button', { name: 'Revoke' }).click();
  await expect(page.locator('.people')).not.toContainText(`maybe-${stamp}@example.org`);
  await page.getByRole('button', { name: 'Send my submission' }).click();
  await expect(page.getByText('Your submission has been sent to the WSIS secretariat.')).toBeVisible();

  // The secretariat, without JavaScript either.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const sec = await context.newPage();
  await signIn(sec, SECRETARIAT.email, SECRETARIAT.password);
  await expect(sec.getByTestId('me')).toBeVisible();

  // Accounts: a role without a reason is refused, with one it is granted.
  await sec.goto(`/admin/accounts?q=${encodeURIComponent(email)}`);
  const row = sec.locator(`tr[data-email="${email}"]`);
  await row.locator('select[name=op]').selectOption('grant-expert');
  await row.getByRole('button', { name: 'Apply' }).click();
  await expect(sec.getByText('Give a reason; it is kept in the audit log.')).toBeVisible();
  await sec.locator(`tr[data-email="${email}"] select[name=op]`).selectOption('grant-expert');
  await sec.locator(`tr[data-email="${email}"] input[name=reason]`).fill('Joins the expert group');
  await sec.locator(`tr[data-email="${email}"]`).getByRole('button', { name: 'Apply' }).click();
  await expect(sec.locator(`tr[data-email="${email}"]`)).toContainText('Expert');

  // Calendar: a broken date comes back with the message, then screening is allowed early.
  await sec.goto('/admin/edition');
  const opens = await sec.locator('#field-selection_opens').inputValue();
  await sec.locator('#field-selection_opens').fill('');
  await sec.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(sec.getByText('Enter a date and time.')).toBeVisible();
  await sec.locator('#field-selection_opens').fill(opens);
  await sec.getByLabel('Let the secretariat screen submissions while the submission phase is still open').check();
  await sec.getByLabel('Reason for the change').fill('Screen submissions as they arrive');
  await sec.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(sec.getByText('The calendar has been saved.')).toBeVisible();

  // Screening: "not eligible" without a reason is refused, then the project is found eligible.
  await sec.goto('/admin/screening');
  await sec.getByRole('link', { name: title }).click();
  await sec.getByLabel('Decision', { exact: true }).selectOption('not_eligible');
  await sec.getByRole('button', { name: 'Record the decision' }).click();
  await expect(sec.getByText('Give a reason; it is kept in the audit log.')).toBeVisible();
  await sec.getByLabel('Decision', { exact: true }).selectOption('eligible');
  await sec.getByRole('button', { name: 'Record the decision' }).click();
  await expect(sec.getByText('The decision has been recorded and the owners told.')).toBeVisible();
  await context.close();

  await page.goto('/submissions');
  await expect(page.locator('tr', { hasText: title })).toContainText('eligible');
});
