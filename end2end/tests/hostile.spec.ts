import { expect, test } from '@playwright/test';
import { PAYLOADS, collectPageErrors, newConfirmedAccount, trap, words } from './helpers';

test('text that breaks out of a textarea, the title, a script, a style or an attribute never runs', async ({ page, browser }) => {
  const caught = trap(page);
  const errors = collectPageErrors(page);
  await newConfirmedAccount(page, browser, `hostile-${Date.now()}@example.org`, 'Hostile Typist');
  await page.goto('/submissions');
  await page.getByLabel('Category').selectOption('C3');
  await page.getByRole('button', { name: 'Start a draft' }).click();
  await expect(page.getByLabel('Project title')).toBeVisible();
  const url = page.url();

  for (const [i, payload] of PAYLOADS.entries()) {
    const title = `Library ${i} ${payload}`;
    await page.goto(url);
    await page.getByLabel('Project title').fill(title);
    await page.getByLabel('Organisation (entity)').fill(`Library Trust ${payload}`);
    await page.getByLabel('Short description (what voters read)').fill(`${payload} ${words(160)}`);
    await page.getByLabel('Qualitative impact').fill(payload);
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await expect(page.getByText('Your draft has been saved.')).toBeVisible();

    // Loaded afresh, every field shows exactly what was typed, and nothing ran.
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByLabel('Project title')).toHaveValue(title);
    await expect(page.getByLabel('Qualitative impact')).toHaveValue(payload);
    await expect(page.getByLabel('Short description (what voters read)')).toHaveValue(`${payload} ${words(160)}`);
    await page.goto('/submissions');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  expect(caught.dialogs).toEqual([]);
  expect(caught.serverErrors).toEqual([]);
  expect(errors).toEqual([]);
});
