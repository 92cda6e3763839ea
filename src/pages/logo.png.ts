import type { APIRoute } from 'astro';
import sharp from 'sharp';
import logo from '../../public/favicon.svg?raw';
import { LOGO } from '../lib/seo/page-meta.ts';

/** The publisher's logo as a square PNG (JSON-LD and feed icons want a raster image), drawn from the favicon. */
export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(logo), { density: 1200 })
    .resize(LOGO.width, LOGO.height)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
