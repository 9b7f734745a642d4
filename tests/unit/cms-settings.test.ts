/** Settings that connect the published site to its repository and the browser editor's sign-in. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { withBuildHostDefaults } from '../../src/lib/catalogue-settings.ts';
import { authEndpoint, cmsConfig } from '../../src/lib/cms/config.ts';
import { catalogueSchema } from '../../src/schemas/catalogue.ts';
import { checkMessages, createSandbox } from '../helpers/content-sandbox.ts';

const actions = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'oim/catalogo' };

test('built in GitHub Actions, the site links to the repository being built', () => {
  expect(withBuildHostDefaults({ title: 'T' }, actions)).toEqual({
    title: 'T',
    repositoryUrl: 'https://github.com/oim/catalogo',
  });
});

test('a repositoryUrl in catalogue.yaml wins over the one GitHub Actions gives', () => {
  const settings = { repositoryUrl: 'https://github.com/other/repo' };
  expect(withBuildHostDefaults(settings, actions)).toEqual(settings);
});

test('built elsewhere without repositoryUrl, there is none (and no edit links)', () => {
  expect(withBuildHostDefaults({ title: 'T' }, {})).toEqual({ title: 'T' });
});

test('the OAuth proxy address becomes Decap’s base_url, with its path in auth_endpoint', () => {
  expect(authEndpoint('https://auth.example.org')).toEqual({
    base_url: 'https://auth.example.org',
  });
  expect(authEndpoint('https://auth.example.org/catalogo/')).toEqual({
    base_url: 'https://auth.example.org',
    auth_endpoint: 'catalogo/auth',
  });
  const config = cmsConfig({
    repository: 'oim/catalogo',
    authUrl: 'https://auth.example.org',
    areas: [],
  });
  expect(config['backend']).toMatchObject({
    name: 'github',
    repo: 'oim/catalogo',
    base_url: 'https://auth.example.org',
  });
});

test('without an OAuth proxy the backend has no base_url (Decap then signs in through Netlify)', () => {
  const config = cmsConfig({ repository: 'oim/catalogo', areas: [] });
  expect(config['backend']).not.toHaveProperty('base_url');
});

test('cmsAuthUrl must be an https address', () => {
  const base = { title: 'T', organisation: 'O', edition: 2024, siteUrl: 'https://example.org/' };
  expect(
    catalogueSchema.safeParse({ ...base, cmsAuthUrl: 'http://auth.example.org' }).success,
  ).toBe(false);
  expect(
    catalogueSchema.safeParse({ ...base, cmsAuthUrl: 'https://auth.example.org' }).success,
  ).toBe(true);
});

test('the checker says what cmsAuthUrl expects', async () => {
  const sandbox = await createSandbox();
  try {
    const settings = await readFile(path.join(sandbox.root, 'content/catalogue.yaml'), 'utf8');
    await sandbox.write(
      'content/catalogue.yaml',
      `${settings}cmsAuthUrl: "http://auth.example.org"\n`,
    );
    expect(await checkMessages(sandbox)).toEqual([
      expect.stringMatching(
        /^content\/catalogue\.yaml:\d+ cmsAuthUrl: .*the address of the OAuth service, starting with https:\/\//,
      ),
    ]);
  } finally {
    await sandbox.dispose();
  }
});
