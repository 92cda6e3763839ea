import { describe, expect, test } from 'vitest';
import { renderShareImage, type ShareCard } from '../../../src/lib/share/card.ts';
import { CardWorkers } from '../../../src/lib/share/card-workers.ts';
import { loadShareFonts } from '../../../src/lib/share/share-fonts.ts';

const card: ShareCard = {
  lang: 'en',
  kicker: 'Analysis',
  headline: 'Second article',
  byline: 'By Jane Doe',
  siteName: 'Dispatch',
};

describe('CardWorkers', () => {
  test('draws a card the same, byte for byte, on every thread of a fresh pool, from its first card on', async () => {
    // Threads that registered their fonts while another drew gave a card two ways (2 distinct PNGs in one run of two of this test
    // before the threads started one after another).
    const drawn = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const pool = new CardWorkers(2);
      try {
        const pngs = await Promise.all(Array.from({ length: 12 }, () => pool.draw(card)));
        for (const { png } of pngs) drawn.add(png.toString('base64'));
      } finally {
        await pool.close();
      }
    }
    expect(drawn.size).toBe(1);
    expect([...drawn][0]).toBe((await renderShareImage(card, loadShareFonts())).toString('base64'));
  }, 120_000);

  test('refuses a card it cannot draw with the reason, and every card after the pool is closed', async () => {
    const pool = new CardWorkers(1);
    await expect(pool.draw({ ...card, lang: 'xx' as ShareCard['lang'] })).rejects.toThrow(
      /share card "Second article"/,
    );
    await pool.close();
    await expect(pool.draw(card)).rejects.toThrow(/stopped/);
  }, 60_000);
});
