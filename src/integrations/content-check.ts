import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateEntries } from '../lib/content/validate.ts';
import { readContent } from '../lib/content/read-content-fs.ts';

/**
 * Checks all of content/ before Astro loads it: Astro stops at the first bad
 * entry and only logs links to missing entries; this reports every problem as
 * `file:line: field: message` and stops the build.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'rolebook:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { entries, errors } = await readContent(fileURLToPath(new URL('./content/', config.root)), root);
        const lines = [
          ...errors.map((e) => `${e.file}: (file): ${e.message}`),
          ...validateEntries(entries).map(formatProblem),
        ];
        if (lines.length === 0) {
          logger.info(`content OK: ${entries.length} entries`);
          return;
        }
        const report = `${lines.length} content problem(s):\n${lines.join('\n')}`;
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
