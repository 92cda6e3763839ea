import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { contentDir } from '../config/env.ts';
import { formatProblem } from '../lib/content/rules.ts';
import { checkContentDir } from '../lib/content/loaders/content-folder.ts';

/**
 * The build's first step: the check of `npm run content:check` (src/lib/content/validate.ts), run on the content
 * folder before Astro reads it. Any problem stops `astro build`, every problem printed on its own line, the first
 * one first, so a build can never publish what the check refuses. Under `astro dev` the problems are printed as
 * warnings and the preview goes on, so that an editor can watch a half-written article.
 */
export function contentCheck(dir: string = contentDir): AstroIntegration {
  return {
    name: 'dispatch:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, warnings } = checkContentDir(dir);
        for (const problem of problems) {
          if (command === 'build') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        // What deserves attention but cannot break the site: logged after the problems, never stopping the build.
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (problems.length === 0 || command !== 'build') return;
        const error = new AstroError(
          `${String(problems.length)} content problem${problems.length === 1 ? '' : 's'}, listed above: the build stopped before reading the content.`,
          'Fix each file at the line given, then build again; `npm run content:check` lists the problems without building.',
        );
        // The problems say where to look; a stack trace into this file would only bury them.
        delete error.stack;
        throw error;
      },
    },
  };
}
