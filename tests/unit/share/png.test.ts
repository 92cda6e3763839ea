import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { encodePng } from '../../../src/lib/share/png.ts';

/** Opaque RGBA pixels of a small picture: a gradient, so that rows and columns all differ. */
function picture(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      rgba.set([(x * 7) % 256, (y * 13) % 256, (x + y) % 256, 255], (y * width + x) * 4);
  return rgba;
}

describe('encodePng', () => {
  test('writes a PNG whose pixels decode to exactly the pixels given', async () => {
    const rgba = picture(37, 23);
    for (const level of [1, 3, 9]) {
      const { data, info } = await sharp(encodePng(rgba, 37, 23, level))
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(info).toMatchObject({ width: 37, height: 23, channels: 4 });
      expect(Buffer.compare(data, Buffer.from(rgba))).toBe(0);
    }
  });

  test('gives the same bytes for the same pixels (the build cache and the warm = cold proof rely on it)', () => {
    const rgba = picture(200, 120);
    const copy = Uint8Array.from(rgba);
    expect(encodePng(rgba, 200, 120, 3).equals(encodePng(copy, 200, 120, 3))).toBe(true);
  });

  test('refuses pixels that are not width × height RGBA', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2, 3)).toThrow(/10 bytes are not 2×2 RGBA pixels/);
  });
});
