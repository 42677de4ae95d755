import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readConfig } from '../../src/lib/config.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number>;
}

interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
}

const workflow = parse(readFileSync(join(import.meta.dirname, '../../.github/workflows/deploy.yml'), 'utf8')) as Workflow;
const steps = workflow.jobs.build.steps;

describe('GitHub Pages workflow', () => {
  it('builds on pushes to main', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('runs the README commands in order', () => {
    const commands = steps.flatMap((step) => (step.run ? [step.run] : []));

    expect(commands[0]).toMatch(/^npm ci\b/);
    expect(commands[1]).toBe('npm run build');
  });

  it('takes origin and base path from configure-pages', () => {
    const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    const build = steps.find((step) => step.run === 'npm run build');

    expect(pages?.id).toBe('pages');
    expect(build?.env?.SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
    expect(build?.env?.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}');
  });

  it.each([
    ['a project site', 'https://octo.github.io', '/papers-digest', '/papers-digest/'],
    ['a user site', 'https://octo.github.io', '', '/'],
  ])('gives a valid configuration for %s', (_name, origin, basePath, expected) => {
    const config = readConfig({ SITE_URL: origin, BASE_PATH: basePath });

    expect(config.siteUrl).toBe(origin);
    expect(config.basePath).toBe(expected);
  });

  it('publishes dist/', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));

    expect(upload?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
