/** The build refuses a site whose open data does not hold exactly the published practices. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BuildError } from '../../scripts/lib/build/build-error.ts';
import { verifyOpenData } from '../../scripts/lib/build/verify-open-data.ts';

let site: string;
beforeEach(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'open-data-'));
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

/** A built site's open data for `codes`, as the endpoints write it. */
async function writeSite(json: string[], csv: string[], cited: string[] = json) {
  const practices = json.map((code) => ({ code, title: `Título, "${code}"` }));
  await writeFile(path.join(site, 'practices.json'), JSON.stringify({ practices }));
  const rows = csv.map((code) => `${code},"Título, ""${code}"""`);
  await writeFile(path.join(site, 'practices.csv'), `\uFEFFcode,title\r\n${rows.join('\r\n')}\r\n`);
  await mkdir(path.join(site, 'citas'));
  for (const code of cited) {
    await writeFile(path.join(site, 'citas', `${code.toLowerCase()}.json`), '[]');
    await writeFile(path.join(site, 'citas', `${code.toLowerCase()}.bib`), '@misc{x}');
  }
}

test('open data with every practice once passes', async () => {
  await writeSite(['BP1_AH', 'LA1_AH'], ['BP1_AH', 'LA1_AH']);
  await expect(verifyOpenData(site, ['BP1_AH', 'LA1_AH'])).resolves.toBeUndefined();
});

test('a practice missing from practices.json is named', async () => {
  await writeSite(['BP1_AH'], ['BP1_AH', 'LA1_AH']);
  const failure = verifyOpenData(site, ['BP1_AH', 'LA1_AH']);
  await expect(failure).rejects.toBeInstanceOf(BuildError);
  await expect(failure).rejects.toThrow(
    'The site has 1 practices.json entries for 2 practices. Missing: LA1_AH.',
  );
});

test('an extra or repeated CSV row is named', async () => {
  await writeSite(['BP1_AH'], ['BP1_AH', 'BP1_AH', 'LN9_AH']);
  await expect(verifyOpenData(site, ['BP1_AH'])).rejects.toThrow(
    'The site has 3 practices.csv rows for 1 practices. Unexpected: LN9_AH. Repeated: BP1_AH.',
  );
});

test('a practice without its citation files is named', async () => {
  await writeSite(['BP1_AH', 'LA1_AH'], ['BP1_AH', 'LA1_AH'], ['BP1_AH']);
  await expect(verifyOpenData(site, ['BP1_AH', 'LA1_AH'])).rejects.toThrow(
    'The site lacks the citation files of LA1_AH.',
  );
});

test('a site without practices.json says which endpoint did not run', async () => {
  await expect(verifyOpenData(site, ['BP1_AH'])).rejects.toThrow('src/pages/practices.json.ts');
});
