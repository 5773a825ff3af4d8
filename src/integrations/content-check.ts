import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check-content-fs.ts';
import { formatProblem } from '../lib/content/validate.ts';

/**
 * Runs checkContent on content/ before Astro loads it: Astro stops at the
 * first bad entry and only logs links to missing entries; this reports every
 * problem as `file:line: field: message — 提示:hint` and stops the build.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'rolebook:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { entries, problems } = await checkContent(
          fileURLToPath(new URL('./content/', config.root)),
          root,
        );
        if (problems.length === 0) {
          logger.info(`content OK: ${entries} entries`);
          return;
        }
        const report = `${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}`;
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
