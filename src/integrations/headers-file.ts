import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import {
  cspDirectives,
  headerOnlyDirectives,
  scriptHashes,
  scriptResources,
  securityHeaders,
  styleResources,
} from '../config/security.ts';
import { headersFile } from '../lib/security/http-headers.ts';

/**
 * Writes `_headers` into the built site from src/config/security.ts, so that the header policy and the
 * <meta> policy come from the same settings and the paths follow the base path.
 */
export function headersFileIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'dispatch:headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const policy = {
          directives: cspDirectives,
          scriptResources,
          scriptHashes,
          styleResources,
          headerOnly: headerOnlyDirectives,
          headers: securityHeaders,
        };
        writeFileSync(new URL('_headers', dir), headersFile(policy, base));
      },
    },
  };
}
