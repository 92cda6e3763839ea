/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that .astro components render in tests through the Container API.
export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
      // The build-failure tests run `astro build`; give them time on a 2-core machine.
      testTimeout: 20_000,
    },
  },
  { devToolbar: { enabled: false }, logLevel: 'warn' },
);
