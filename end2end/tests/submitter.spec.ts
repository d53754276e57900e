import { Browser, expect, test } from '@playwright/test';
import { SECRETARIAT, allowScreeningDuringSubmission, collectPageErrors, linkFromCapturedMail, newConfirmedAccount, signIn, words } from './helpers';

async function screen(browser: Browser, title: string, decision: string, text: string, days = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, SECRETARIAT.email, SECRETARIAT.password);
  await expect(page.getByTestId('me')).toBeVisible();
  await allowScreeningDuringSubmission(page);
  await page.goto('/admin/screening');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByLabel('Decision', { exact: true }).selectOption(decision);
  await page.getByLabel('Reason or message to the owner').fill(text);
  if (days) await page.getByLabel('Days for the changes').fill(days);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByText('The decision has been recorded and the owners told.')).toBeVisible();
  await page.screenshot({ path: `test-results/screening-${decision}.png`, fullPage: true });
  await context.close();
}

test('an owner drafts, leaves, comes back, submits, is asked for changes, resubmits, and the project is found eligible', async ({ page, browser }) => {
  const errors = collectPageErrors(page);
  const email = `owner-${Date.now()}@example.org`;
  const title = `MamaCare Records ${Date.now() % 100000}`;
  await newConfirmedAccount(page, browser, email, 'Wanjiru Otieno');

  await page.getByRole('link', { name: 'My submissions' }).click();
  await expect(page.getByText('You have no submission yet.')).toBeVisible();
  await page.getByLabel('Category').selectOption('C7.4');
  await page.getByRole('button', { name: 'Start a draft' }).click();
  await expect(page.getByLabel('Project title')).toBeVisible();

  await page.getByLabel('Project title').fill(title);
  await page.getByLabel('Organisation (entity)').fill('Kenya Digital Health Trust');
  await page.getByLabel('Short description (what voters read)').fill(words(100));
  await expect(page.getByText('100 words (between 150 and 200)')).toBeVisible();
  await page.getByLabel('Sustainable Development Goals').fill('3, 5');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('Your draft has been saved.')).toBeVisible();
  await expect(page.locator('.missing')).toContainText('Short description');

  // Leave, come back: the draft is there with what it still needs.
  await page.goto('/');
  await page.goto('/submissions');
  const row = page.locator('tr', { hasText: title });
  await expect(row).toContainText('draft');
  await expect(row).toContainText('Short description');
  await row.getByRole('link', { name: title }).click();

  await page.getByLabel('Short description (what voters read)').fill(words(170));
  await page.getByLabel('Qualitative impact').fill('Mothers are followed from the first visit to the sixth week after birth.');
  await page.getByLabel('Quantitative impact').fill('41,000 pregnancies followed in three counties.');
  await page.getByLabel('Partnerships').fill('County health departments and two nursing schools.');
  await page.getByLabel('Challenges and future plans').fill('Connectivity in the north; extension to five more counties.');
  await page.getByLabel('Start date').fill('2022-09');
  await page.getByLabel('Project status').selectOption('completed');
  // The browser runs the same rules as the server as the owner types, before any save.
  await expect(page.getByText('Everything required is filled in.')).toBeVisible();
  await page.getByLabel('Short description (what voters read)').fill(words(210));
  await expect(page.locator('.missing')).toContainText('The short description is too long');
  await page.getByLabel('Short description (what voters read)').fill(words(170));
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('Everything required is filled in.')).toBeVisible();
  await page.screenshot({ path: 'test-results/submission-form.png', fullPage: true });
  await page.getByRole('button', { name: 'Send my submission' }).click();
  await expect(page.getByText('Your submission has been sent to the WSIS secretariat.')).toBeVisible();

  await screen(browser, title, 'request_changes', 'Please say how many community health workers use the record.', '3');

  await page.goto('/submissions');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByText('Please say how many community health workers use the record.').first()).toBeVisible();
  await page.getByLabel('Quantitative impact').fill('41,000 pregnancies followed by 1,200 community health workers.');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('Your draft has been saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Send my submission' }).click();
  await expect(page.getByText('Your submission has been sent to the WSIS secretariat.')).toBeVisible();

  await screen(browser, title, 'eligible', '');
  await page.goto('/submissions');
  await expect(page.locator('tr', { hasText: title })).toContainText('eligible');
  expect(errors).toEqual([]);
});

test('an owner invites a co-owner, who registers with the invited address, accepts and edits the draft', async ({ page, browser }) => {
  const errors = collectPageErrors(page);
  const stamp = Date.now();
  const ownerEmail = `lead-${stamp}@example.org`;
  const partnerEmail = `partner-${stamp}@example.org`;
  const title = `Skills Caravan ${stamp % 100000}`;
  await newConfirmedAccount(page, browser, ownerEmail, 'Amara Diop');
  await page.goto('/submissions');
  await page.getByLabel('Category').selectOption('C4');
  await page.getByRole('button', { name: 'Start a draft' }).click();
  await page.getByLabel('Project title').fill(title);
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('Your draft has been saved.')).toBeVisible();
  await page.getByLabel('Invite a co-owner (e-mail address)').fill(partnerEmail);
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(page.getByText('The invitation has been sent.')).toBeVisible();

  // The partner, in another browser, registers with the invited address and accepts.
  const context = await browser.newContext();
  const partner = await context.newPage();
  const partnerErrors = collectPageErrors(partner);
  const invitation = await linkFromCapturedMail(browser, partnerEmail, '/invitations?token=');
  await newConfirmedAccount(partner, browser, partnerEmail, 'Lucas Moreau');
  await partner.goto(invitation);
  await partner.getByRole('button', { name: 'Accept the invitation' }).click();
  await expect(partner.getByLabel('Project title')).toHaveValue(title);
  await partner.getByLabel('Partnerships').fill('Three technical colleges and the national library.');
  await partner.getByRole('button', { name: 'Save the draft' }).click();
  await expect(partner.getByText('Your draft has been saved.')).toBeVisible();
  await expect(partner.getByLabel('Invite a co-owner (e-mail address)')).toHaveCount(0);
  await context.close();

  // The owner sees the co-owner and the change.
  await page.reload();
  await expect(page.locator('.people')).toContainText('Lucas Moreau');
  await expect(page.getByLabel('Partnerships')).toHaveValue('Three technical colleges and the national library.');
  expect(errors).toEqual([]);
  expect(partnerErrors).toEqual([]);
});
