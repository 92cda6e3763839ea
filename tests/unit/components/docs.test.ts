import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Every .astro file of the components and layouts, with its front matter. */
const components = ['src/components', 'src/layouts'].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.astro'))
    .map((file) => ({
      file: join(dir, file),
      frontMatter: readFileSync(join(dir, file), 'utf8').split('---')[1] ?? '',
    })),
);

test('every component opens with a one-line comment of what it shows', () => {
  expect(components.length).toBeGreaterThan(20);
  for (const { file, frontMatter } of components)
    expect(frontMatter.trimStart().split('\n')[0], file).toMatch(/^\/\*\* \S.* \*\/$/);
});

test('every prop of every component is documented', () => {
  for (const { file, frontMatter } of components) {
    const lines = (/interface Props \{\n([\s\S]*?)\n\}/.exec(frontMatter)?.[1] ?? '').split('\n');
    lines.forEach((line, i) => {
      if (/^ {2}\w+\??:/.test(line)) expect(lines[i - 1]?.trim(), `${file}: ${line.trim()}`).toMatch(/\*\/$/);
    });
  }
});
