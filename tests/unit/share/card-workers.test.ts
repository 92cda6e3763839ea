import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
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

const folder = mkdtempSync(join(tmpdir(), 'dispatch-card-workers-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('CardWorkers', () => {
  test('draws a card the same, byte for byte, on every thread of a fresh pool, from its first card on', async () => {
    // Threads that registered their fonts while another drew gave a card two ways (2 distinct PNGs in one run of two of this test
    // before the threads started one after another).
    const drawn = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const pool = new CardWorkers(2);
      try {
        const files = Array.from({ length: 12 }, (_, i) => join(folder, String(round), `${String(i)}.png`));
        await Promise.all(files.map((file) => pool.draw(card, file)));
        for (const file of files) drawn.add(readFileSync(file).toString('base64'));
      } finally {
        await pool.close();
      }
    }
    expect(drawn.size).toBe(1);
    expect([...drawn][0]).toBe(renderShareImage(card, loadShareFonts()).toString('base64'));
    // Each PNG was written under another name and renamed: nothing half-written is left.
    for (let round = 0; round < 20; round++)
      expect(readdirSync(join(folder, String(round))).filter((name) => !name.endsWith('.png'))).toEqual([]);
  }, 120_000);

  test('stops its threads once idle, not while a card is drawn, and starts them again for the next card', async () => {
    const pool = new CardWorkers(2);
    try {
      const first = join(folder, 'idle-1.png');
      const drawing = pool.draw(card, first);
      // A card under way: the threads stay.
      await pool.stopIdle();
      expect(pool.threads).toBeGreaterThan(0);
      await drawing;
      await pool.stopIdle();
      expect(pool.threads).toBe(0);
      // Stopping is not a failure: the next card starts a thread and is drawn the same.
      const second = join(folder, 'idle-2.png');
      await pool.draw(card, second);
      expect(pool.threads).toBeGreaterThan(0);
      expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('refuses a card it cannot draw with the reason, and every card after the pool is closed', async () => {
    const pool = new CardWorkers(1);
    const file = join(folder, 'refused.png');
    await expect(pool.draw({ ...card, lang: 'xx' as ShareCard['lang'] }, file)).rejects.toThrow(
      /share card "Second article"/,
    );
    await pool.close();
    await expect(pool.draw(card, file)).rejects.toThrow(/stopped/);
  }, 60_000);
});
