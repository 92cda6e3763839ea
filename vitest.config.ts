/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that .astro components render in tests through the Container API.
export default getViteConfig(
  {
    test: {
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
        {
          extends: true,
          test: {
            name: 'build',
            include: ['tests/build/**/*.test.ts'],
            // These run `astro build`, and every build of this project writes to the same .astro/.prerender
            // folder whatever its outDir: one file at a time. In one worker without isolation, so that they share
            // one build of the fixture site (sharedFixtureBuild in tests/support/build-site.ts).
            fileParallelism: false,
            isolate: false,
            testTimeout: 240_000,
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false }, logLevel: 'warn' },
);
