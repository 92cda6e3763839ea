import { expect, test } from '@playwright/test';

test('an article’s hero diagram is shown with its caption and credit, and every article links to its source', async ({
  page,
}) => {
  await page.goto('/articles/iran-strikes-in-pakistan-a-strategic-blunder/');
  const hero = page.getByRole('figure', { name: /The exchange of strikes across the Iran–Pakistan border/ });
  await expect(hero).toContainText('Dispatch graphic');
  const image = hero.getByRole('img', { name: /^Diagram of the Iran–Pakistan border/ });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('fetchpriority', 'high');
  await expect(page.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute(
    'href',
    /\/edit\/main\/content\/articles\/iran-strikes-in-pakistan-a-strategic-blunder\/index\.md$/,
  );
});
